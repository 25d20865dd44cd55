"""Members of a list of periods (audit 28): 开工率一季度达到30%、二季度达到60%、三季度85%以上 — the measure is named once,
before the first period; a later member named by its period alone (二季度) is the same measure in that period."""
from __future__ import annotations

from functools import cache
from typing import Final

from govreport.lexicon import read_rows
from govreport.report.chars import first_opening


@cache
def part_periods() -> tuple[str, ...]:
    """The parts of a year (data/periods.csv kind part: 一季度, 上半年 …), longest first."""
    return tuple(sorted((r["period"] for r in read_rows("periods.csv") if r["kind"] == "part"), key=len, reverse=True))


def period_member(name: str, before: str) -> str:
    """``before`` (the name of the figure before, in the same sentence) with its period replaced by ``name`` when ``name``
    is a period alone and ``before`` names a measure for another period (重大项目开工率一季度 + 二季度 -> 重大项目开工率二季度);
    else ``name``. A word the names of both end with (the commitment word 新建 moved to the end: 确保新建…开工率一季度达40%、
    二季度达60% -> …一季度新建, 二季度新建) is no part of the period (audit 45)."""
    own = next((p for p in part_periods() if name.startswith(p) and before.endswith(name[len(p):])), "") if before else ""
    if not own:
        return name
    for period in part_periods():
        at = before.rfind(period)
        if at > 0 and period != own:
            return before[:at] + own + before[at + len(period):]
    return name


@cache
def whole_periods() -> tuple[str, ...]:
    """The words of a whole year (data/periods.csv kind whole: 全年, 全年度 …), longest first."""
    return tuple(sorted((r["period"] for r in read_rows("periods.csv") if r["kind"] == "whole"), key=len, reverse=True))


def whole_member(name: str, clause: str) -> str:
    """A figure whose clause opens with the whole year (…、三季度累计增长6.6%，全年累计增长6.7%) named after the part-year figure before
    it (GDP一季度累计增长): that name with its part of the year replaced by the whole year's word (GDP全年累计增长, audit 47), else ``name``."""
    whole = first_opening(clause, whole_periods())
    part = next((p for p in part_periods() if p in name), "") if whole and whole not in name else ""
    return name.replace(part, whole, 1) if part and part not in clause else name


RATE_ENDS: Final = ("率", "比例", "比重", "占比")


def rate_free_topic(topic: str, unit: str) -> str:
    """A topic borrowed by an amount from a rate before it that names a part of the year (年度计划实施项目一季度开复工率达到60%以上，
    …，全年完成投资568亿元以上): the subject before that period, the rate of another kind and time no part of the amount's name
    (年度计划实施项目, not …开复工率投资; fix99d 吴忠 row 12); ``topic`` for a rate figure or a topic of no such rate."""
    if unit in ("%", "‰") or not topic.endswith(RATE_ENDS):
        return topic
    at = min((i for p in part_periods() if (i := topic.find(p)) >= 2), default=-1)
    return topic[:at] if at >= 2 else topic

