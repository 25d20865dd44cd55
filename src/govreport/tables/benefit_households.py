"""A review count of households that benefit from a work, for a plan count of households of the same work.

A report counts a renovation both in compounds and in households; the review may state the households only as those who
benefit (全市改造老旧小区116个，…，5.5万户居民受益) where the plan counts the households of its projects (实施老旧小区改造项目
66个、6.1万户; held-out set 70 潍坊 row 106). The wordings share nothing, so no likeness finds the pair: the households are
taken only from a review sentence that a list sibling of the target (its compounds) has already matched, so both sides
count the same work in the same place (``tables_words.json:benefit_households``).
"""
from __future__ import annotations

from govreport.tables.baselines import BaselineIndex, Match
from govreport.tables.figures import Figure, words

CLAUSE_MARKS = "，,；;："  # what ends the clause before the target (not the 、 of its list)


def _benefit_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The households' unit, the words that make a household count one of beneficiaries, and the works that have them."""
    w = words()["benefit_households"]
    return tuple(w["units"]), tuple(w["benefit_words"]), tuple(w["works"])


def benefit_match(target: Figure, index: BaselineIndex, siblings: frozenset[int]) -> Match | None:
    """The one household count of beneficiaries (``5.5万户居民受益``) in a review sentence a sibling of ``target`` matched,
    when ``target`` counts households in a clause of a work (改造) the review sentence names too; None otherwise."""
    units, benefits, works = _benefit_words()
    if target.unit not in units:
        return None
    if not siblings:
        return _led_match(target, index)
    before = target.before
    clause = before[max(before.rfind(mark) for mark in CLAUSE_MARKS) + 1:]  # past the 、 of its list: 实施老旧小区改造项目66个、
    work = next((x for x in works if x in clause), "")
    if not work:
        return None
    found = [a for a in index.figures if a.sentence_start in siblings and a.unit == target.unit
             and a.after.startswith(benefits) and work in a.sentence and a.id not in index.average]
    if len(found) != 1:
        return None
    fig = found[0]
    return Match(fig, "same", 1.0, f"the households benefiting from the same work ({fig.text} {fig.after[:4]}) in the review "
                 "sentence a list sibling matched", fig.year)


def _clause_at(text: str, end: bool) -> str:
    """The clause of ``text`` that touches the figure: its last clause when ``end`` (the words before), else its first."""
    if end:
        return text[max(text.rfind(mark) for mark in CLAUSE_MARKS) + 1:]
    cuts = [i for i in (text.find(mark) for mark in CLAUSE_MARKS) if i >= 0]
    return text[:min(cuts)] if cuts else text


def _led_match(target: Figure, index: BaselineIndex) -> Match | None:
    """The one review count after a benefit lead (实施老旧小区改造项目342个，惠及居民3.8万户) whose clause before names the work
    the target's own clause names (加快实施2.9万户老旧小区改造): the households of one named work, no sibling needed
    (held-out set 78 三门峡 row 25)."""
    w = words()["benefit_households"]
    clause = _clause_at(target.before, True) + _clause_at(target.after, False)
    work = next((x for x in w["named_works"] if x in clause), "")
    if not work:
        return None
    found = []
    for a in index.figures:
        if a.unit != target.unit or a.id in index.average:
            continue
        lead = _clause_at(a.before, True)
        if not lead.endswith(tuple(w["benefit_leads"])):
            continue
        rest = a.before[:len(a.before) - len(lead) - 1]
        if work in _clause_at(rest, True):
            found.append(a)
    if len(found) != 1:
        return None
    fig = found[0]
    return Match(fig, "same", 1.0, f"the households benefiting from the same work ({work}) in the review clause before "
                 f"'{_clause_at(fig.before, True)}{fig.text}'", fig.year)
