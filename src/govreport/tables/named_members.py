"""The member of a review 分别 list of one wording that the target's name ends with (audit 43, YY25).

省、市重点建设项目分别完成投资309亿元、529亿元 gives both figures one phrase (重点建设项目…完成投资), so wording alone
ties them and the first (省) is taken; 实施市重点建设项目…完成投资530亿元以上 names the 市 member, whose own name
(市重点建设项目投资) the target's name ends with. Only figures of the same sentence, unit family and form as the one found, with
the same phrase, are looked at (``BaselineIndex.by_sentence``): a handful of string tests per target.

A plan 分别 member and a review one whose names share their measure but open with members that disagree (城镇…提高 5% and
农村居民…提高 10%, both of 城乡…分别提高: held-out set 87, fix170a) are other members: the review sentence's member whose
opening agrees is taken. Where none agrees the figure found stands (实际使用内资 for 实际引进内资: one member in other words).
"""
from __future__ import annotations

from govreport.report.chars import common_tail
from govreport.tables.baselines import BaselineIndex, Match, _form, group_of, plausible
from govreport.tables.figures import Figure

MIN_NAME = 4  # a member's own name at least this long (市重点建设项目投资), not a bare head (投资)
EACH = "分别"


def own_named_member(target: Figure, m: Match, index: BaselineIndex) -> Match:
    """``m`` with its figure replaced by the member of the same 分别 list (same sentence, same phrase) whose name the
    target's name ends with, where the figure found is not that member; ``m`` itself otherwise."""
    fig = m.figure
    if fig is None or m.kind != "same" or target.indicator.endswith(fig.indicator) or EACH not in fig.sentence:
        return m
    phrase = index.phrase_of(fig)
    mates = [index.figures[i] for i in index.by_sentence.get((group_of(fig), _form(fig), fig.sentence_start), ())]
    for other in mates:
        if other.id != fig.id and len(other.indicator) >= MIN_NAME and target.indicator.endswith(other.indicator) \
                and index.phrase_of(other) == phrase and plausible(target, other):
            return Match(other, "same", m.score, f"the member of the review's 分别 list named as the target ('{other.indicator}', "
                         f"{other.text}), not '{fig.text}' of the same wording", other.year)
    return _scoped_member(target, m, fig, mates)


def _agree(mine: str, theirs: str) -> bool:
    """Two member openings agree where one opens the other (城镇 and 城镇居民)."""
    return mine.startswith(theirs) or theirs.startswith(mine)


def _scoped_member(target: Figure, m: Match, fig: Figure, mates: list[Figure]) -> Match:
    """For a target in a 分别 list: ``m`` where the member openings of the two names (the words before the measure they share)
    agree or either is empty; else the review sentence's member whose opening agrees; else ``m``."""
    tail = target.indicator[len(target.indicator) - common_tail(target.indicator, fig.indicator):]  # (最低生活保障标准提高)
    if EACH not in target.before or len(tail) < MIN_NAME:
        return m
    mine, theirs = target.indicator[:-len(tail)], fig.indicator[:-len(tail)]
    if not mine or not theirs or _agree(mine, theirs):
        return m
    for other in mates:
        if other.id != fig.id and other.indicator.endswith(tail) and (rest := other.indicator[:-len(tail)]) and _agree(mine, rest) \
                and plausible(target, other):
            return Match(other, "same", m.score, f"the member of the review's 分别 list that opens as the target ('{other.indicator}', "
                         f"{other.text}), not '{fig.text}' of another member", other.year)
    return m  # (实际使用内资 and 实际引进内资: the same member in other words, where no other member fits better; 西安 2024)
