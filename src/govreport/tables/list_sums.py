"""A target's baseline summing fewer members of its own list (audit 33).

A target that is one amount for a list of nouns (创建国家生态文明建设示范县、国家“绿水青山就是金山银山”实践创新基地和省级生态县3个) is
measured by a review figure that is one amount for a shorter list of the same nouns (新增国家“绿水青山就是金山银山”实践创新基地、
省级生态县4个): every member of the review's list (its nouns, verbs and general words left out: noun_words.noun_words) is one of the
target's, at least two of them, and fewer than the target's. Exactly one such figure, in a unit alike, plausible, no average over years.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.baselines import BaselineIndex, Match, _form, plausible
from govreport.tables.clauses import clause_before
from govreport.tables.figures import Figure
from govreport.tables.kinds_apart import SUM_JOINS
from govreport.tables.noun_words import EDGES, noun_words
from govreport.tables.name_agreement import counts_alike

MIN_MEMBER: Final = 4  # characters of a member's nouns (省级生态县): shorter ones name too little to be one of another list's


def _members(fig: Figure) -> list[str]:
    """The nouns of each member of the list the figure sums (likeness.sums_a_list has told it does)."""
    return [noun_words(m.strip(EDGES)) for m in SUM_JOINS.split(clause_before(fig.before))]


def fewer_members_match(target: Figure, index: BaselineIndex) -> Match | None:
    """The review figure summing fewer members of the target's list (see the module's doc), or None."""
    like = index.likeness
    if "、" not in clause_before(target.before) or not like.sums_a_list(target):
        return None
    mine = _members(target)
    if min(map(len, mine)) < MIN_MEMBER:
        return None
    form = _form(target)
    found = []
    for a in index.figures:
        if a.sentence_start == target.sentence_start or not counts_alike(target.unit, a.unit) or _form(a) != form:
            continue
        if a.id in index.average or not any(m[-2:] in a.before for m in mine) or not like.sums_a_list(a):
            continue
        theirs = _members(a)
        if 2 <= len(theirs) < len(mine) and all(len(m) >= MIN_MEMBER and m in mine for m in theirs) and plausible(target, a):
            found.append(a)
    if len(found) != 1:
        return None
    fig = found[0]
    return Match(fig, "same", 1.0, f"sums {len(_members(fig))} of the {len(mine)} members the target sums ({fig.text})", fig.year)


SET_SIZE_NAME: Final = re.compile(r"[一二三四五六七八九十两]大[\u4e00-\u9fff]{4}")  # 六大特色优势: a set's size and its name's start


def names_the_set(target: Figure, candidate: Figure) -> bool:
    """A list spelled out before its set's own N大 name (陈皮、大米、…、禽蛋六大特色优势农业产业链总产值) sums that set, which
    the review may name whole (六大特色优势农业产业全链条总产值): the same size and name start in the candidate's clause."""
    before = clause_before(target.before)
    last = before[before.rfind("、") + 1:] if "、" in before else ""
    m = SET_SIZE_NAME.search(last)
    return m is not None and m.group() in clause_before(candidate.before)
