"""Spot check of national_2025 (read against its sentences), round fix120a: a planned rate and its change in points
imply last year's rate; a year's new borrowing in all (新增…总规模) is a flow; a debt instrument's amount earmarked for a
purpose is that part, named by its purpose and keyed with none; ultra-long special treasury bonds a key of their own."""
from __future__ import annotations

import pandas as pd

from target_cases import baseline_of, class_of, targets


def test_a_planned_rate_and_its_change_in_points_imply_last_years_rate() -> None:
    # national_2025: 今年赤字率拟按4%左右安排、比上年提高1个百分点 — last year's deficit ratio was 3%
    t = targets("粮食增产。", "今年赤字率拟按4%左右安排、比上年提高1个百分点，赤字规模5.66万亿元、比上年增加1.6万亿元。")
    row = t.loc["4%"]
    assert row["indicator_key"] == "deficit_ratio"
    assert float(row["baseline_value"]) == 3 and row["baseline_unit"] == "%" and int(row["baseline_year"]) == 2024
    assert row["baseline_text"] == "4%左右安排、比上年提高1个百分点"
    assert float(row["change_abs"]) == 1 and class_of(t, "4%") == "modest"
    # a fall in points implies a higher rate last year
    t = targets("粮食增产。", "城镇调查失业率控制在5.5%左右、比上年下降0.3个百分点。")
    assert float(t.loc["5.5%", "baseline_value"]) == 5.8
    # points that go on (a second clause, no change of this rate alone) imply nothing
    t = targets("粮食增产。", "研发投入强度达到2.5%、比上年提高0.2个百分点以上。")
    assert baseline_of(t, "2.5%") == ""


def test_a_years_new_borrowing_in_all_is_a_flow() -> None:
    # national_2025: 今年合计新增政府债务总规模11.86万亿元、比上年增加2.9万亿元
    t = targets("粮食增产。", "今年合计新增政府债务总规模11.86万亿元、比上年增加2.9万亿元。")
    assert t.loc["11.86万亿元", "measure"] == "flow"
    assert float(t.loc["11.86万亿元", "baseline_value"]) == 8.96e12
    # a total held (资产总规模) stays a stock
    t = targets("粮食增产。", "市属国有企业资产总规模达到5000亿元。")
    assert t.loc["5000亿元", "measure"] == "stock"


def test_an_earmarked_part_of_a_debt_instrument_is_named_by_its_purpose_and_not_keyed() -> None:
    # national_2025: 安排超长期特别国债3000亿元支持消费品以旧换新 — the part for trade-ins, not the 1.3万亿元 issued
    t = targets("粮食增产。", "拟发行超长期特别国债1.3万亿元、比上年增加3000亿元。安排超长期特别国债3000亿元支持消费品以旧换新。")
    part = t.loc[t["text"] == "3000亿元"]
    part = part[part["indicator"].str.contains("以旧换新")].iloc[0]
    assert part["indicator"] == "消费品以旧换新超长期特别国债"
    assert pd.isna(part["indicator_key"]) or part["indicator_key"] == ""
    assert t.loc["1.3万亿元", "indicator_key"] == "ultra_long_special_treasury_bonds"
    # another instrument (the bank-capital special bonds) keeps its own key
    t = targets("粮食增产。", "拟发行特别国债5000亿元，支持国有大型商业银行补充资本。")
    assert t.loc["5000亿元", "indicator_key"] == "special_treasury_bonds"
    # a purpose after a comma leaves a total a total (重点用于 lists uses, no earmarked part)
    t = targets("粮食增产。", "拟安排地方政府专项债券4.4万亿元、比上年增加5000亿元，重点用于投资建设。")
    assert t.loc["4.4万亿元", "indicator_key"] == "local_special_bonds"
