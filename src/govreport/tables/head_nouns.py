"""A shared head noun with the same counter and the same action (audit 42 CZ80, JA9), read where no baseline was found.

Two shapes (data/head_nouns.json), each with one review figure only, of the target's form and unit group, plausible, no average
over years, no other key, and the verb opening the target's clause in the review figure's clause (完成 and 完成, 实现 and 实现):

- a work on a thing: 完成12万户散煤清零改造 and 完成上党革命老区散煤清零工程7.4万户 — the head noun (散煤清零, ``min_head``
  characters at least) and one ``work_ends`` word end both names, the review's prefixed at most by the programme area the place
  is (``area_ends``: 上党革命老区), nothing else; a list sibling (散煤清零 of 燃煤锅炉…) holds other words and is not taken;
- a sector's bare measure: 提质运营电子信息“三驾马车”，…，实现营收1900亿元以上 and 电子信息产业实现营收1670亿元 — the target's
  own clause states the measure bare after its verb, the sentence's lead clause (one, no 、 list of sectors) names the sector,
  and the review name is that sector (``sector_ends`` after it) and the measure, nothing else.

A few substring tests per review figure of the target's unit group and form; no pattern over whole texts.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

from govreport.lexicon import read_json
from govreport.report.chars import is_ideograph
from govreport.tables.baselines import BaselineIndex, Match, _form, group_of, plausible
from govreport.tables.clauses import own_clause
from govreport.tables.figures import Figure
from govreport.tables.likeness import other_keys

VERB_CHARS: Final = 2  # the verb opening a clause (完成, 实现)
LEAD_END: Final = re.compile(r"[，,；;：:]")


@cache
def _data() -> dict[str, Any]:
    d = read_json("head_nouns.json")
    areas = "|".join(d["area_ends"])
    d["area"] = re.compile(f"^[\u4e00-\u9fff]{{0,{d['area_prefix_chars']}}}(?:{areas})$")
    return d


def _flat(name: str) -> str:
    return name.replace("\n", "")


def _strip_end(name: str, ends: list[str]) -> tuple[str, str]:
    """The name less the first of ``ends`` it ends with, and that word ('' if none)."""
    for w in ends:
        if name.endswith(w) and len(name) > len(w):
            return name[: -len(w)], w
    return name, ""


def _verb(fig: Figure) -> str:
    clause = own_clause(fig.before).lstrip("\n")
    return clause[:VERB_CHARS] if len(clause) >= VERB_CHARS and all(is_ideograph(c) for c in clause[:VERB_CHARS]) else ""


def _fits(target: Figure, a: Figure, index: BaselineIndex, verb: str) -> bool:
    return (a.id not in index.average
            and not other_keys(target, a)
            and verb in own_clause(a.before) and plausible(target, a))


def _work_head(name: str) -> str:
    d = _data()
    rest, _ = _strip_end(_flat(name), d["count_ends"])
    head, work = _strip_end(rest, d["work_ends"])
    return head if work and len(head) >= d["min_head"] else ""


def _same_work(head: str, a: Figure) -> bool:
    """The review name is the head noun and a work word, prefixed at most by the place's programme area."""
    other = _work_head(a.indicator)
    if not other.endswith(head):
        return False
    prefix = other[: len(other) - len(head)]
    return not prefix or _data()["area"].match(prefix) is not None


def _sector_measure(target: Figure, phrase: str) -> tuple[str, str]:
    """The target's bare measure and its sentence's lead clause ('' , '' when the shape does not hold)."""
    d = _data()
    measure = next((m for m in d["bare_measures"] if phrase.rsplit("|", 1)[-1] == m), "")
    if not measure or not own_clause(target.before).endswith(measure):
        return "", ""
    lead = LEAD_END.split(_flat(target.sentence), 1)[0]
    if "、" in lead or len(lead) >= len(_flat(target.before)):
        return "", ""
    return measure, lead


def _sector_of(a: Figure, measure: str) -> str:
    d = _data()
    name = _flat(a.indicator)
    if not name.endswith(measure):
        return ""
    sector, _ = _strip_end(name[: -len(measure)], d["sector_ends"])
    return sector if len(sector) >= d["min_head"] else ""


def head_noun_match(target: Figure, index: BaselineIndex, phrase: str) -> Match | None:
    """The one review figure sharing the target's head noun under the same verb (see the module's doc), or None."""
    head = _work_head(target.indicator)  # (the shapes, on the target's own words, before any review figure is looked at)
    measure, lead = ("", "") if head else _sector_measure(target, phrase)
    if not head and not measure:
        return None
    verb = _verb(target)
    if not verb:
        return None
    bucket = index.in_bucket.get((group_of(target), _form(target)), ())  # (its unit group and form only)
    if head:
        found = [a for i in bucket if head in (a := index.figures[i]).indicator and _same_work(head, a) and _fits(target, a, index, verb)]
        how = f"the same head noun '{head}' and work under the same verb ({verb})"
    else:
        found = [a for i in bucket if measure in (a := index.figures[i]).indicator and (s := _sector_of(a, measure)) and s in lead
                 and _fits(target, a, index, verb)]
        how = f"the sector its sentence opens with and the same measure '{measure}' under the same verb ({verb})"
    if len(found) != 1:
        return None
    fig = found[0]
    return Match(fig, "same", 1.0, f"{how}: '{fig.indicator}' ({fig.text})", fig.year)
