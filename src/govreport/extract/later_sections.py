"""A section whose level-1 heading names the years ahead (二、今后五年的目标任务 in a term's first report, between
一、过去五年工作回顾 and 三、2023年工作安排): its goals are for the end of those years, not the plan year (held-out
audit 47, 濮阳 G1)."""
from __future__ import annotations

from functools import lru_cache

from govreport.extract.terms import _five_year_plans, _relative_terms

CLAUSE_MARKS = "，,；;：:"


@lru_cache(maxsize=64)
def later_section(title: str, plan_year: int | None) -> tuple[int, int] | None:
    """(first, last year) of the years a section heading names ahead of the plan year (今后五年, 未来五年: tables_words.json
    relative_terms), when it does not name the plan year too (今后五年目标和2023年工作安排: shared); None otherwise."""
    if plan_year is None or not title or f"{plan_year}年" in title:
        return None
    pattern, spans = _relative_terms()
    m = pattern.search(title)
    if m is None or spans[m.group(0)] < 2:
        return None
    return plan_year, plan_year + spans[m.group(0)] - 1


def later_goal_years(title: str, plan_year: int | None, before: str) -> tuple[int, int] | None:
    """(year, year_from) of a plan-year goal in a ``later_section``: the section's last year, or the last year of a
    five-year plan the goal's clause (``before`` the figure) names ending within them (力争生产总值“十四五”末迈上3000亿元台阶:
    2025); None outside such a section."""
    span = later_section(title, plan_year)
    if span is None:
        return None
    clause = before[max(before.rfind(c) for c in CLAUSE_MARKS) + 1:]
    pattern, plans = _five_year_plans()
    named = [plans[m.group(1)][1] for m in pattern.finditer(clause)]
    last = named[-1] if named and span[0] <= named[-1] <= span[1] else span[1]
    return last, span[0]
