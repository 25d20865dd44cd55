"""Held-out audit 46 (德宏, 洛阳, 渭南, 湛江 2023), round fix111b: review baselines missed because the review states
the same measure in other words (a basis word before the fall verb, the four farming sectors in another order)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_a_basis_word_before_a_fall_keeps_the_fall() -> None:
    # 德宏 row 1: 地方一般公共预算收入同口径下降22% is the revenue's growth at −22
    t = targets("地方一般公共预算收入同口径下降22%；", "地方一般公共预算收入增长39.6%。", 2022)
    assert baseline_of(t, "39.6%") == "22%" and class_of(t, "39.6%") == "very_stretch"
    # another measure before the basis word: no baseline
    t = targets("税收收入同口径下降22%；", "地方一般公共预算收入增长39.6%。", 2022)
    assert baseline_of(t, "39.6%") == ""


def test_the_farming_sectors_in_another_order_are_one_measure() -> None:
    # 德宏 row 14: 农林渔牧业总产值 (plan) and 农林牧渔业总产值 (review)
    t = targets("农林牧渔业总产值增长5.5%。", "全年农林渔牧业总产值同比增长6.5%。", 2022)
    assert baseline_of(t, "6.5%") == "5.5%" and class_of(t, "6.5%") == "modest"
    # another measure of the sectors: no baseline
    t = targets("农林牧渔业增加值增长5.5%。", "全年农林渔牧业总产值同比增长6.5%。", 2022)
    assert baseline_of(t, "6.5%") != "5.5%"


def test_new_bonds_sought_are_the_new_bonds_quota() -> None:
    # 湛江 row 16: 新争取政府债券150亿元左右 against 争取政府新增债券资金167.79亿元
    t = targets("争取政府新增债券资金167.79亿元。", "新争取政府债券150亿元左右。", 2022)
    assert baseline_of(t, "150亿元") == "167.79亿元" and class_of(t, "150亿元") == "below_last_year"
    # the bonds sought are no other fund sought
    t = targets("争取中央预算内投资16.79亿元。", "新争取政府债券150亿元左右。", 2022)
    assert baseline_of(t, "150亿元") == ""


def test_a_gap_to_the_same_place_is_a_level() -> None:
    # 洛阳 row 48: 高于全省8个百分点以上 against 高于全省11.8个百分点: a gap between levels, already met
    review = "规上工业企业研发活动覆盖率高于全省11.8个百分点。"
    t = targets(review, "规上工业企业研发活动覆盖率高于全省8个百分点以上。", 2022)
    assert baseline_of(t, "8个百分点") == "11.8个百分点" and class_of(t, "8个百分点") == "met_already"
    # a gap is still no baseline of the year's change in points
    t = targets(review, "规上工业企业研发活动覆盖率提高8个百分点。", 2022)
    assert baseline_of(t, "8个百分点") == ""


def test_the_heating_rate_with_or_without_puji() -> None:
    # 洛阳 row 81: 集中供热普及率提高到97% against 城市集中供热率…达到96.4%
    t = targets("城市集中供热率达到96.4%。", "集中供热普及率提高到97%。", 2022)
    assert baseline_of(t, "97%") == "96.4%" and class_of(t, "97%") == "modest"
    # the rate of another utility: no baseline
    t = targets("城市燃气普及率达到96.4%。", "集中供热普及率提高到97%。", 2022)
    assert baseline_of(t, "97%") != "96.4%"


def test_one_fields_projects_investment_is_not_all_key_projects() -> None:
    # 湛江 row 25: 实施交通项目60个，计划完成投资169亿元 takes no 重点项目…完成投资840.19亿元
    review = "推进464个重点项目建设，完成投资840.19亿元。"
    t = targets(review, "实施交通项目60个，计划完成投资169亿元。", 2022)
    assert baseline_of(t, "169亿元") == ""
    # key projects counted before: the key projects' investment is the baseline
    t = targets(review, "实施重点项目500个，计划完成投资900亿元。", 2022)
    assert baseline_of(t, "900亿元") == "840.19亿元"
