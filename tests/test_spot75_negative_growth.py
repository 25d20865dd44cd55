"""A growth written with a minus sign after its level (出口98.2亿元，增长-35.1%): the minus is the figure's sign, no word
of its name, and the fall is the baseline of next year's growth target below zero (held-out set 75, a city's 2021 report:
exports had fallen by two fifths and a 3 % rise was called below last year's)."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets

REVIEW = "全年外贸出口98.2亿元，增长-35.1%；固定资产投资增长6.2%。"
PLAN = "今年主要预期目标是：外贸出口增长4%；固定资产投资增长8%。"


def test_the_minus_is_no_word_of_the_name() -> None:
    q = extract_quantities(read_text(f"政府工作报告\n一、2020年工作回顾\n{REVIEW}\n"))
    row = q[q["text"] == "35.1%"].iloc[0]
    assert row["indicator"] == "外贸出口增长"
    assert row["direction"] == "decrease"


def test_a_fall_found_by_wording_is_a_growth_below_zero() -> None:
    t = targets(REVIEW, PLAN, 2020)
    assert baseline_of(t, "4%") == "35.1%"
    row = t.loc[["4%"]].iloc[-1]
    assert float(row["baseline_value"]) == -35.1
    assert class_of(t, "4%") == "very_stretch"  # +39.1 points, not below last year's


def test_a_rise_stays_a_rise() -> None:
    t = targets(REVIEW, PLAN, 2020)
    row = t.loc[["8%"]].iloc[-1]
    assert float(row["baseline_value"]) == 6.2 and not pd.isna(row["baseline_value"])
