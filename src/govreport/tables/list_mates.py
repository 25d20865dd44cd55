"""A plan list's member read against the review list that names the same members (audit 39).

Two lists of counts name the same things when, their opening verbs of adding or attracting aside (新增, 新引进, 引进 …), they
share a member besides the target's: 力争新引进10家央企（含子公司）、10家总部企业、10家持牌金融机构、50家“三类500强”企业 and
新增央企（含子公司）12家、“三类500强”企业[3]45家、持牌金融机构10家 (持牌金融机构 in both). The member of the review list
named as the target is then its baseline, its name compared less that verb, an aside in brackets （含子公司）, a footnote
marker [3], a word of rank that is no scope (重大: 投资2亿元以上重大项目 and 投资2亿元以上项目) and the measure word at its
end (data/baseline_scopes.json ``mate_verbs``, ``mate_free_words``). One figure must fit: the same form, a counter alike,
no average over years, a plausible amount. Core names are made once per baseline index; per target, a few look-ups.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from govreport.extract.name_fillers import FOOTNOTE
from govreport.lexicon import read_json
from govreport.tables.baselines import BaselineIndex, Match, _form, plausible
from govreport.tables.figures import Figure, PhraseBook
from govreport.tables.name_agreement import counts_alike

ASIDE: Final = re.compile(r"[（(][^（）()]{1,8}[）)]")  # （含子公司）; footnote markers ([3]) are name_fillers.FOOTNOTE
MIN_CORE: Final = 2
_LAST: list[tuple[BaselineIndex, dict[str, list[Figure]], dict[int, frozenset[str]]]] = []


@cache
def _words() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    d = read_json("baseline_scopes.json")
    verbs = tuple(sorted(d["mate_verbs"], key=len, reverse=True))
    free = re.compile("|".join(re.escape(w) for w in sorted(d["mate_free_words"], key=len, reverse=True)))
    ends = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(d["name_end_words"], key=len, reverse=True)) + ")$")
    return verbs, free, ends


@lru_cache(maxsize=8192)
def core(name: str) -> str:
    """The name less its opening verb of adding, asides, footnote markers, free words and its measure word."""
    verbs, free, ends = _words()
    out = FOOTNOTE.sub("", ASIDE.sub("", name))
    out = out[len(next((v for v in verbs if out.startswith(v)), "")):]
    return ends.sub("", free.sub("", out))


def _cores(index: BaselineIndex) -> tuple[dict[str, list[Figure]], dict[int, frozenset[str]]]:
    """Core name -> review figures, and sentence start -> the core names of its figures; made once per index."""
    if _LAST and _LAST[0][0] is index:
        return _LAST[0][1], _LAST[0][2]
    named: dict[str, list[Figure]] = {}
    sentences: dict[int, set[str]] = {}
    for a in index.figures:
        if a.indicator and a.id not in index.average and len(c := core(a.indicator)) >= MIN_CORE:
            named.setdefault(c, []).append(a)
            sentences.setdefault(a.sentence_start, set()).add(c)
    out = {s: frozenset(cs) for s, cs in sentences.items()}
    _LAST[:] = [(index, named, out)]
    return named, out


def mate_match(target: Figure, index: BaselineIndex, phrase_of: PhraseBook) -> Match | None:
    """The one review figure named as the target (core names equal) in a review sentence that names another member of the
    target's sentence alike (see the module's doc), or None."""
    own = core(target.indicator)
    named, sentences = _cores(index)
    if len(own) < MIN_CORE or own not in named:
        return None
    mates = {core(f.indicator) for f in phrase_of.groups.get(target.sentence_start, ()) if f.id != target.id and f.indicator} - {own}
    found = [a for a in named[own] if mates & sentences.get(a.sentence_start, frozenset())
             and _form(a) == _form(target) and counts_alike(target.unit, a.unit) and plausible(target, a)]
    if len(found) != 1:
        return None
    fig = found[0]
    return Match(fig, "same", 1.0, f"the member '{fig.indicator}' ({fig.text}) of a review list that names another member of the "
                 "target's list alike", fig.year)
