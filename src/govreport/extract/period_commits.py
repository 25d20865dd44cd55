"""Commitment words around a time cue: whether a figure after 上半年 / 去年 is still a goal.

Split out of roles.py (which decides a figure's role) so the period and past-cue exceptions can
grow without it: 确保上半年…, 在去年基础上，力争增长…
"""
from __future__ import annotations

import re

from govreport.extract.periods import period_marks_in
from govreport.cue_words import cue_pattern, cues
from govreport.report.model import Report


COMMIT_BEFORE_PERIOD = re.compile(r"(?:确保|力争|争取)(?:在|到)?$")
# the bound after a milestone figure (80％以上, 50亿元以上, 5%以内): what makes a dated figure a goal, not a result
MILESTONE_BOUND = re.compile(r"[\d.．]+[^，,。；;：:、\d]{0,4}?(?:以上|以内|以下)")


def commits_before_period(scan: str, sentence_start: int, pos: int, clause: bool = False) -> bool:
    """确保/力争/争取 just before the last period named before ``pos`` (确保上半年…), or with ``clause`` (a plan part) a
    commitment word anywhere in its clause before it (确保新开工重大项目上半年开工率达到75%: a goal of the plan year)."""
    last = max((at for at, _ in period_marks_in(scan, sentence_start, pos)), default=-1)
    if last <= sentence_start:
        return False
    if not clause:
        return COMMIT_BEFORE_PERIOD.search(scan, max(sentence_start, last - 4), last) is not None
    lo = max(sentence_start, *(scan.rfind(c, sentence_start, last) + 1 for c in "，,；;：:"))
    return cue_pattern("commit").search(scan, lo, last) is not None or _commits_to_milestones(scan, sentence_start, last, pos)


# 累计改造了…: a perfective verb after 累计, the running total already reached, not one to reach
RUNNING_TOTAL_DONE = re.compile(r"累计[\u4e00-\u9fff]{1,3}了[^，,；;。：:]*$")


def achieved_running_total(scan: str, sentence_start: int, pos: int) -> bool:
    """去年以来，…累计改造了棚户区1047万平方米 (a plan part's recap, held-out audit 81 安庆 G1): a total achieved so far,
    in a sentence that opens with a past cue and commits to nothing before the figure, is an actual, not a goal."""
    window = scan[sentence_start:pos]
    if RUNNING_TOTAL_DONE.search(window) is None:
        return False
    past = cue_pattern("review", "review_multi").match(scan, sentence_start)
    return past is not None and cue_pattern("plan", "plan_next", "commit").search(window) is None


def _commits_to_milestones(scan: str, sentence_start: int, period: int, pos: int) -> bool:
    """确保一季度…开工40％以上，上半年开工80％以上: a commitment opening a chain of dated milestones
    (clauses joined by ，, no ； between) governs each, when the figure is itself a floor or ceiling."""
    lo = max(sentence_start, *(scan.rfind(c, sentence_start, period) + 1 for c in "；;：:"))
    return MILESTONE_BOUND.match(scan, pos) is not None and cue_pattern("commit").search(scan, lo, period) is not None


def commitment_after_cue(report: Report, sentence_start: int, pos: int,
                         kinds: tuple[str, ...] = ("review", "review_multi")) -> bool:
    """在去年基础上，力争增长… : a commitment word after the past cue keeps the figure a target."""
    window = report.scan[sentence_start:pos]
    if kinds == ("period",):
        last_past = max((at for at, _ in period_marks_in(window, 0, len(window))), default=-1)
    else:
        last_past = max(window.rfind(w) for w, k in cues().items() if k in kinds)
    return cue_pattern("commit").search(window, last_past) is not None
