"""A section whose level-1 heading names the years ahead (二、今后五年的目标任务 in a term's first report, between
一、过去五年工作回顾 and 三、2023年工作安排), or a five-year plan's goals (二、“十四五”时期主要目标和任务): its goals are for the
end of those years, not the plan year (held-out audit 47, 濮阳 G1; held-out set 69, 丽江 and 金华)."""
from __future__ import annotations

from functools import lru_cache

from govreport.lexicon import read_json
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


LEAD_REACH = 120  # how far into its paragraph a lead's colon may stand (…结合当前发展实际，建议今后五年…的主要目标是：)
PLAN_YEAR_WORDS = ("今年", "明年")  # with f"{plan_year}年": the paragraph turns to the plan year after its lead


@lru_cache(maxsize=1)
def _goal_leads() -> tuple[str, ...]:
    return tuple(sorted(read_json("tables_words.json")["later_goal_leads"], key=len, reverse=True))


def lead_goal_years(title: str, plan_year: int | None, scan: str, para_start: int, start: int) -> tuple[int, int] | None:
    """(year, year_from) of a plan-year goal whose paragraph opens with a lead announcing the goals of the years ahead
    (建议今后五年经济社会发展的主要目标是：…: 2027, 2023) under a heading naming those years and the plan year too
    (二、今后五年奋斗目标和2023年总体要求: ``later_section`` leaves it to the paragraph), or announcing a five-year plan's
    goals under any heading (“十四五”时期全市经济社会发展的主要目标任务是：… under 二、“十四五”时期主要目标任务和2021年重点工作:
    every sentence of the paragraph, not only the first that names the plan; held-out set 74); None when the lead names
    no such years or announces no goals (tables_words.json later_goal_leads), or the plan year is named between the lead
    and the figure."""
    if plan_year is None or para_start < 0:
        return None
    colon = min((i for i in (scan.find("：", para_start, para_start + LEAD_REACH),
                             scan.find(":", para_start, para_start + LEAD_REACH)) if i >= 0), default=-1)
    if colon < 0 or colon >= start or not scan[para_start:colon].rstrip().endswith(_goal_leads()):
        return None
    lead = scan[para_start:colon]
    clause = lead[max(lead.rfind(c) for c in "，,；;。") + 1:]  # the term must be in the lead's own clause
    years = _lead_term(clause, title, plan_year)
    if years is None or any(scan.find(w, colon, start) >= 0 for w in (f"{plan_year}年", *PLAN_YEAR_WORDS)):
        return None
    return years


def _lead_term(clause: str, title: str, plan_year: int) -> tuple[int, int] | None:
    """(last, first year) of the years a goals lead's clause names: a five-year plan ending after the plan year (its
    name says which years, whatever the heading), or a span of years ahead (今后五年) under a heading naming such a span
    and the plan year (a bare 今后五年 elsewhere may be the span's words, not its goals')."""
    plans_pattern, plans = _five_year_plans()
    plan = plans_pattern.search(clause)
    if plan is not None:
        first, last = plans[plan.group(1)]
        return (last, first) if last > plan_year else None
    if not title or f"{plan_year}年" not in title:
        return None
    pattern, spans = _relative_terms()
    m = pattern.search(title)
    term = pattern.search(clause)
    if m is None or spans[m.group(0)] < 2 or term is None or spans[term.group(0)] < 2:
        return None
    return plan_year + spans[term.group(0)] - 1, plan_year


def term_section_years(term: tuple[int, int] | None, plan_year: int | None, before: str) -> tuple[int, int] | None:
    """(year, year_from) of a plan-year goal under a heading setting a five-year plan's goals (``terms.sentence_term``:
    二、“十四五”时期主要目标和任务 … 高速公路通车里程达到660公里: 2025, 2021), whatever cue its own sentence has; None
    outside such a section, or when the sentence names the plan year before the figure (今年…, 2021年…: that year's)."""
    if term is None or plan_year is None or term[1] <= plan_year:
        return None
    if any(w in before for w in (f"{plan_year}年", *PLAN_YEAR_WORDS)):
        return None
    return term[1], term[0]
