"""Held-out audit 63 (陇南 2023), round fix135b: a headline the review states after a rank aside (…增速居全省第3位，预计全年
完成560亿元，增长7%) is the subject's level and growth; an estimate word is no subject; 工业固定资产投资 is 工业投资; the city's
own budget is not the city's and counties' together."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_growth_after_a_rank_aside_is_the_subjects() -> None:
    # 陇南 rows 0, 3: the aside's place names the pace's rank; the level and growth after it are the subject's
    review = "三季度，地区生产总值增速居全省第3位，预计全年完成560亿元，增长7%；固定资产投资增速居全省第4位，预计全年完成350亿元，增长15%。农业固定资产投资增长3.3倍。"
    t = targets(review, "地区生产总值增长6.5%以上，固定资产投资增长11%。", 2022)
    assert baseline_of(t, "6.5%") == "7%" and class_of(t, "6.5%") == "below_last_year"
    assert baseline_of(t, "11%") == "15%"  # not 农业固定资产投资增长3.3倍
    # a growth stated before the rank keeps its own subject (实际使用外资…，总量居全省第二位，增长…)
    t = targets("实际使用外资1.6亿美元，总量居全省第二位，增长50%。", "实际使用外资增长10%。", 2022)
    assert baseline_of(t, "10%") == "50%"


def test_an_estimate_word_is_no_subject_of_a_change_on_a_basis() -> None:
    # 陇南 row 5: 预计全年完成27.5亿元，同口径增长3.5% (not 预计全年增长)
    t = targets("一般公共预算收入增速居全省第10位，预计全年完成27.5亿元，同口径增长3.5%。", "一般公共预算收入增长6%。", 2022)
    assert baseline_of(t, "6%") == "3.5%" and class_of(t, "6%") == "stretch"
    # a subject of its own before the level still names the change
    t = targets("地方一般公共预算收入78.3亿元，按可比口径增长7.2%。", "地方一般公共预算收入增长6%。", 2022)
    assert baseline_of(t, "6%") == "7.2%"


def test_industrial_fixed_asset_investment_is_industrial_investment() -> None:
    # 陇南 row 32 (partly: the review's 近2倍 is in another unit): 工业固定资产投资增长 is 工业投资增长
    t = targets("工业固定资产投资增长20%。", "工业投资增长50%以上。", 2022)
    assert baseline_of(t, "50%") == "20%"
    # all fixed-asset investment is not measured by industry's part
    t = targets("工业固定资产投资增长20%。", "固定资产投资增长11%。", 2022)
    assert baseline_of(t, "11%") == ""


def test_the_city_and_counties_budget_is_no_baseline_of_the_citys_own() -> None:
    # 陇南 row 10: 市本级继续安排项目前期费5000万元 vs 市县两级安排项目前期费1.4亿元
    t = targets("市县两级安排项目前期费1.4亿元。", "市本级继续安排项目前期费5000万元。", 2022)
    assert baseline_of(t, "5000万元") == ""
    # the same tier named in both, or in one only: still its baseline
    assert baseline_of(targets("市本级安排项目前期费1.4亿元。", "市本级继续安排项目前期费5000万元。", 2022), "5000万元") == "1.4亿元"
    assert baseline_of(targets("安排项目前期费1.4亿元。", "市本级继续安排项目前期费5000万元。", 2022), "5000万元") == "1.4亿元"
