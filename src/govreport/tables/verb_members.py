"""A plan list's member paired with the review list's member under the same verb (audit 37).

A list of stages whose members are verbs, with the head on the last member and one figure per member after it, states one
count per verb: 新签约、新开工、新竣工亿元以上产业项目分别不少于1400个、800个和500个 and the review's 新开工、新竣工亿元以上产业项目750
个、450个. Each plan member takes the review member with the same verb (data/measure_equivalents.json equivalent_verbs: 新开工 is
开工) and the same head, whatever the lengths of the two lists; a verb the review does not name (新签约) takes none. The review's
lists are read once per baseline index; a list is read from its sentence's figures (a few per sentence), so matching stays
linear in the number of figures.

A member that is only a title level in a 分别 list of levels before one head (新培育国家级、省级专精特新企业分别达50家和200家以上) is
read with that head (``level_member``): the review's count of its key at that level (国家级 is 国家: kinds_apart.level_form).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any, Final

from govreport.extract.keys import indicator_key
from govreport.lexicon import clause_breaks, read_json, unit_group, verbs
from govreport.tables.baselines import BaselineIndex, own_scope, plausible
from govreport.tables.figures import Figure, PhraseBook, canonical, words
from govreport.tables.kinds_apart import level_form
from govreport.tables.verb_actions import actions
from govreport.tables.measures import stock_for_a_flow
from govreport.tables.name_scopes import scope_of

CLAUSE_BREAKS: Final = clause_breaks()
JOINS: Final = ("、", "和", "及", "、和")  # what stands between two figures of one run (750个、450个; 800个和500个)
EACH: Final = "分别"
LEADS: Final = re.compile(r"^(?:今年|全年|年内|全市|全省|全区|全县)+")
MIN_HEAD: Final = 2

_LAST: list[tuple[BaselineIndex, dict[str, list[tuple[str, Figure]]]]] = []  # the last index's review lists (one report at a time)


@cache
def _data() -> dict[str, Any]:
    return read_json("measure_equivalents.json")


@cache
def _verbs() -> frozenset[str]:
    """Every verb a list member may be: actions, the package's verbs and the list verbs of measure_equivalents.json."""
    return frozenset(actions()) | frozenset(verbs()) | frozenset(_data()["list_verbs"])


@cache
def _verb_class() -> dict[str, str]:
    """Verb -> the first verb of its equivalence class (新培育 -> 新培育, 新增 -> 新培育)."""
    return {v: group[0] for group in _data()["equivalent_verbs"] for v in group}


def same_verb(one: str, other: str) -> bool:
    """Two verbs that count one year's flow of one thing (equal, or one class of equivalent_verbs)."""
    classes = _verb_class()
    return one == other or one in classes and classes.get(one) == classes.get(other)


def _run(fig: Figure, phrase_of: PhraseBook) -> tuple[list[Figure], int]:
    """The figures of the figure's clause in its unit group joined to it only by 、/和 (750个、450个), in order, and its place
    among them."""
    group = unit_group(fig.unit)
    figs = sorted((o for o in phrase_of.groups.get(fig.sentence_start, ()) if o.role != "label" and unit_group(o.unit) == group),
                  key=lambda o: o.rel_start)
    at = next((i for i, o in enumerate(figs) if o.id == fig.id), -1)
    if at < 0:
        return [fig], 0
    s = fig.sentence
    lo = at
    while lo > 0 and s[figs[lo - 1].rel_end:figs[lo].rel_start] in JOINS:
        lo -= 1
    hi = at
    while hi + 1 < len(figs) and s[figs[hi].rel_end:figs[hi + 1].rel_start] in JOINS:
        hi += 1
    return figs[lo:hi + 1], at - lo


def stage_list(fig: Figure, phrase_of: PhraseBook) -> tuple[list[str], str, int] | None:
    """(the members' verbs, the head they share, the figure's place) of a list of verbs before a run of figures, one per member
    (新签约、新开工、新竣工亿元以上产业项目分别不少于1400个、800个和500个 -> ([新签约, 新开工, 新竣工], 亿元以上产业项目, k)); None
    for any other figure."""
    if "、" not in fig.before:
        return None
    run, k = _run(fig, phrase_of)
    if len(run) < 2:
        return None
    members = _listed(run)
    if len(members) != len(run) or not all(m in _verbs() for m in members[:-1]):
        return None
    last = members[-1]
    verb = next((last[:i] for i in range(len(last) - MIN_HEAD, 0, -1) if last[:i] in _verbs()), "")
    if not verb:
        return None
    return members[:-1] + [verb], canonical(last[len(verb):]), k


def _review_lists(index: BaselineIndex, figures: list[Figure], phrase_of: PhraseBook) -> dict[str, list[tuple[str, Figure]]]:
    """Head -> (verb, review figure) of every stage list of the review, read once per index."""
    if _LAST and _LAST[0][0] is index:
        return _LAST[0][1]
    out: dict[str, list[tuple[str, Figure]]] = {}
    for a in figures:
        found = stage_list(a, phrase_of) if "、" in a.before else None
        if found is not None:
            verbs_, head, k = found
            out.setdefault(head, []).append((verbs_[k], a))
    _LAST[:] = [(index, out)]
    return out


def verb_member(target: Figure, index: BaselineIndex, figures: list[Figure], phrase_of: PhraseBook) -> Figure | None:
    """The review figure of the target's stage list member: the same head, the same verb (or an equivalent one); None unless
    exactly one."""
    found = stage_list(target, phrase_of) if "、" in target.before else None
    if found is None:
        return None
    verbs_, head, k = found
    lists = _review_lists(index, figures, phrase_of)
    fit = {a.id: a for verb, a in lists.get(head, ()) if same_verb(verbs_[k], verb) and unit_group(a.unit) == unit_group(target.unit)}
    return next(iter(fit.values())) if len(fit) == 1 else None


def _listed(run: list[Figure]) -> list[str]:
    """The 、 members before a run of figures, in the run's clause up to 分别."""
    before = run[0].before
    listed = before[max(before.rfind(c) for c in CLAUSE_BREAKS) + 1:]
    return LEADS.sub("", listed[:listed.rfind(EACH)] if EACH in listed else listed).split("、")


def level_member_name(target: Figure, phrase_of: PhraseBook) -> str:
    """The whole name of a member that is only a title level in a 分别 list of levels before one head (新培育国家级、省级专精特新
    企业分别达50家和200家以上: 新培育国家级专精特新企业 for the 50家), '' for any other figure: the level stands for a class
    the head names (audit 37 YC24#30)."""
    if EACH not in target.clause_before or "、" not in target.before:
        return ""
    run, k = _run(target, phrase_of)
    members = _listed(run) if len(run) >= 2 else []
    if len(members) != len(run) or k == len(members) - 1:
        return ""
    levels = words()["title_levels"]
    last = members[-1]
    lead = next((w for w in levels if last.startswith(w)), "")
    own = members[k]
    if not lead or len(last) - len(lead) < MIN_HEAD or not own.endswith(tuple(levels)):
        return ""
    return own + last[len(lead):]


def level_member(target: Figure, index: BaselineIndex) -> Figure | None:
    """The review figure of the target's key at the level its list member names (``level_member_name``: 新增国家专精特新小巨人
    企业33家 for 新培育国家级专精特新企业; 国家级 is 国家), if exactly one: a flow for a flow, plausible, no average over years."""
    whole = level_member_name(target, index.phrase_of)
    key = indicator_key(whole, target.unit, target.direction, whole) if whole else ""
    if not key:
        return None
    named = replace(target, indicator=whole, indicator_key=key)
    scope = level_form(scope_of(whole, key) or "")
    found = [a for a in index.same_key(named) if a.id not in index.average and plausible(named, a)
             and not stock_for_a_flow(named, a) and scope and level_form(own_scope(a) or "") == scope]
    return found[0] if len(found) == 1 else None
