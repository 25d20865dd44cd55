"""Held-out audit 45 (朝阳 2023), round fix109b: a part of a year named in a plan part (一季度新开工项目123个) is a
milestone within the plan year, not last year's result; a clause opening with 年度 names the whole year again."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from target_cases import targets

PLAN = "全年开复工项目1000个以上，一季度新开工项目123个，二季度达产项目160个，动态储备项目1000个以上，年度完成投资500亿元以上。"


def _rows(review: str, plan: str) -> dict[str, tuple[str, int, str]]:
    """(role, year, period) of each figure of the text, by its text (the last one written so)."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年工作安排\n{plan}\n"
    q = extract_quantities(read_text(text))
    return {r.text: (r.role, 0 if pd.isna(r.year) else int(r.year), r.period if isinstance(r.period, str) else "") for r in q.itertuples()}


def test_a_quarter_in_a_plan_sentence_is_a_plan_year_milestone() -> None:
    # 朝阳 line 41: the quarter's figures and the clauses after it are 2023 goals
    rows = _rows("地区生产总值增长3%。", PLAN)
    assert rows["123个"] == ("target", 2023, "一季度") and rows["160个"] == ("target", 2023, "二季度")
    assert rows["500亿元"] == ("target", 2023, "")  # 年度 names the whole year again: no quarter carried
    t = targets("地区生产总值增长3%。", PLAN, review_year=2022)
    assert {"123个", "160个", "500亿元"} <= set(t["text"])


def test_a_quarter_with_a_past_year_stays_a_result() -> None:
    # negative: a period whose year is named (2022年一季度, 去年上半年) stays a result, in the review as in the plan
    rows = _rows("2022年一季度，地区生产总值增长4.1%。", "去年上半年，新开工项目120个。")
    assert rows["4.1%"][:2] == ("actual", 2022) and rows["120个"][:2] == ("actual", 2022)


def test_a_year_word_inside_a_clause_keeps_the_period() -> None:
    # negative: 年度 not opening a clause (一季度完成年度投资计划的25%) does not name the whole year
    rows = _rows("地区生产总值增长3%。", "一季度完成年度投资计划的25%。")
    assert rows["25%"] == ("target", 2023, "一季度")
