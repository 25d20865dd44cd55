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
    if target.unit not in units or not siblings:
        return None
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
