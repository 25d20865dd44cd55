"""Held-out set 48 (漯河 2023), round fix113a: a review heading naming the government's term beside the year
(本届政府及2022年工作回顾) and a part of the year written 前11个月: figures of neither are one year's baselines."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import baseline_of, class_of, targets


def _report(heading: str, review: str, plan: str) -> pd.DataFrame:
    """build_targets of ``review`` under the review ``heading`` and ``plan`` under 二、2023年重点工作."""
    text = f"政府工作报告\n{heading}\n{review}\n二、2023年重点工作\n{plan}\n"
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


TERM = "——城乡面貌日新月异。打通断头路41条、48公里。\n各位代表！刚刚过去的2022年，是本届政府的收官之年。全年新建5G基站1086个。"
PLAN = "打通断头路9条。新建5G基站600个。"


def test_a_term_named_beside_the_year_keeps_its_totals_from_the_years_baselines() -> None:
    # 漯河 G1 rows 41/43/53/62: 一、本届政府及2022年工作回顾 — the part before 刚刚过去的2022年 sums the term
    t = _report("一、本届政府及2022年工作回顾", TERM, PLAN)
    assert baseline_of(t, "9条") == "" and class_of(t, "9条") == "no_baseline"
    assert baseline_of(t, "600个") == "1086个"  # the year's part stays the year's
    t = _report("一、过去五年及2022年工作回顾", TERM, PLAN)
    assert baseline_of(t, "9条") == ""


def test_a_year_alone_in_the_heading_keeps_every_figure() -> None:
    # negative: 一、2022年工作回顾 names no term, so the same figure is the year's
    t = _report("一、2022年工作回顾", TERM, PLAN)
    assert baseline_of(t, "9条") == "41条"


def test_first_months_are_a_part_of_the_year() -> None:
    # 漯河 G3 row 4: 前11个月，…一般公共预算收入增长15.2% is no baseline of the year's 增长6%
    t = targets("前11个月，一般公共预算收入增长15.2%。", "一般公共预算收入增长6%。", 2022)
    assert baseline_of(t, "6%") == "" and class_of(t, "6%") == "no_baseline"
    # negative: the whole year's figure is one
    t = targets("全年一般公共预算收入增长15.2%。", "一般公共预算收入增长6%。", 2022)
    assert baseline_of(t, "6%") == "15.2%"


def test_a_growth_in_multiples_after_an_amount_restates_it() -> None:
    # 哈密 G2 row 28: 全年力争招商引资到位资金480亿元、增长1倍 (review 250.5亿元: 480/250.5 ≈ 2)
    t = targets("全年招商引资到位资金250.5亿元。", "全年力争招商引资到位资金480亿元、增长1倍。", 2022)
    assert "1倍" not in t.index and baseline_of(t, "480亿元") == "250.5亿元"
    # negative: the amount far from twice the review's (480 vs 400): the 增长1倍 stays a goal
    t = targets("全年招商引资到位资金400亿元。", "全年力争招商引资到位资金480亿元、增长1倍。", 2022)
    assert "1倍" in t.index


def test_a_growth_after_a_level_and_its_net_addition_restates_them() -> None:
    # 怒江 G3 row 67: 市场主体数达4.82万户，净增6285户、增长15%以上 (6285 / (48200 − 6285) = 15 %)
    t = targets("市场主体数达到4.19万户。", "力争市场主体数达4.82万户，净增6285户、增长15%以上。", 2022)
    assert "15%" not in t.index and "4.82万户" in t.index
    # negative: a rate the two amounts do not give (30%) is a goal of its own
    t = targets("市场主体数达到4.19万户。", "力争市场主体数达4.82万户，净增6285户、增长30%以上。", 2022)
    assert "30%" in t.index
