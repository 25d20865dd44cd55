"""The year's investment of a set of projects, measured by the review's investment of the same set (held-out set 78 三门峡
rows 15, 18, fix159f).

A plan sentence counts a set of projects and, in the clause right after, their year's investment (354个省市重点项目，确保年度
完成投资860亿元以上; 实施“三大改造”项目150个以上，完成年度投资100亿元以上). The review states last year's set the same way
(大力推进260个省市重点项目建设，累计完成投资935.2亿元，占年度目标的130%; 全年实施项目269个，累计完成投资134.8亿元). Where the
count has taken the review count as its baseline, the investment of the clause right after that review count is the
investment of the same set: its baseline. 累计 there sums the year only where the year says so (全年 in its clauses, or
占年度目标 after it: ``tables_words.json:set_investments``); a bare 累计 may be a term's running total and is left alone.
"""
from __future__ import annotations

from functools import cache

from govreport.lexicon import unit_field
from govreport.tables.baselines import AVERAGE, BaselineIndex, Match, plausible
from govreport.tables.figures import Figure, words

INVESTMENT = "投资"
CLAUSE_MARKS = "，,；;"  # what ends a clause (not the 、 of a list)


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]:
    """The set's heads (项目, 工程), the words that make a 累计 the year's (before it, after it), and 累计 itself."""
    w = words()["set_investments"]
    return tuple(words()["project_heads"]), tuple(w["year_sum_leads"]), tuple(w["year_sum_tails"]), w["running_total"]


def _bare_investment(fig: Figure) -> tuple[str, str, int] | None:
    """(own clause, clause before, that clause's offset in its sentence) of a money figure whose own clause invests without
    naming projects (确保年度完成投资) right after a clause naming projects; None otherwise."""
    if INVESTMENT not in fig.indicator or unit_field(fig.unit, "kind") != "money":
        return None
    before = fig.before
    cut = max(before.rfind(c) for c in CLAUSE_MARKS)
    if cut < 0:
        return None
    prior_at = max(before.rfind(c, 0, cut) for c in CLAUSE_MARKS) + 1
    own, prior = before[cut + 1:], before[prior_at:cut]
    heads = _words()[0]
    if INVESTMENT not in own or any(h in own for h in heads) or not any(h in prior for h in heads):
        return None
    return own, prior, prior_at


def _count_in(fig: Figure, prior: str, prior_at: int, figures: list[Figure]) -> Figure | None:
    """The one count figure of ``fig``'s sentence standing in the clause before its own (354个, 项目150个)."""
    start = fig.sentence_start + prior_at
    found = [o for o in figures if o.sentence_start == fig.sentence_start and start <= o.start and o.end <= start + len(prior)
             and unit_field(o.unit, "kind") == "count" and o.role != "label"]
    return found[0] if len(found) == 1 else None


def _summed_in_year(fig: Figure, own: str, prior: str) -> bool:
    """No 累计 in the review figure's clause, or one the year bounds (全年 in its clauses, 占年度目标 after it)."""
    _, leads, tails, running = _words()
    if running not in own:
        return True
    return any(w in own + prior for w in leads) or fig.after.lstrip("，,").startswith(tails)


def year_summed_investment(fig: Figure) -> bool:
    """A review investment after a clause of projects whose 累计 the year bounds (全年实施项目269个，累计完成投资134.8亿元): the
    year's flow, though 累计 reads as a stock elsewhere (baseline_refusals asks, for a match found here or beside)."""
    theirs = _bare_investment(fig)
    return theirs is not None and _words()[3] in theirs[0] and _summed_in_year(fig, theirs[0], theirs[1])


def _only_summed(fig: Figure) -> bool:
    """The one word of several years in the figure's sentence is its clause's 累计, and no year span is stated: set among
    the averages for that word only, which the year bounds here (全年实施项目269个，累计完成投资134.8亿元)."""
    return fig.year_from is None and AVERAGE.findall(fig.sentence) == [_words()[3]] and _words()[3] in fig.clause_before


def set_investment_match(target: Figure, index: BaselineIndex, siblings: frozenset[int], claimed: dict[int, str]) -> Match | None:
    """The review's investment of the set whose count gave the count before ``target`` its baseline; None where not one."""
    if not siblings or (mine := _bare_investment(target)) is None:
        return None
    groups = index.phrase_of.groups.get(target.sentence_start, [])
    count = _count_in(target, mine[1], mine[2], groups)
    if count is None:
        return None
    found = []
    for a in index.figures:
        if a.sentence_start not in siblings or a.unit != target.unit or (theirs := _bare_investment(a)) is None \
                or a.id in index.average and not _only_summed(a):
            continue
        review_count = _count_in(a, theirs[1], theirs[2], index.phrase_of.groups.get(a.sentence_start, []))
        if review_count is not None and claimed.get(review_count.id) == count.indicator and _summed_in_year(a, theirs[0], theirs[1]) and plausible(target, a):
            found.append(a)
    if len(found) != 1:
        return None
    fig = found[0]
    return Match(fig, "same", 1.0, f"the investment of the same set of projects ({fig.indicator}, {fig.text}) after the review "
                 f"count that gave '{count.indicator}' its baseline", fig.year)
