"""Spot audits 38 (葫芦岛, 新余 2025), round fix98a: the review's same measure taken for a stretch figure and for loans
given, and not a whole network for a part of it."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_a_stretch_figure_takes_the_headline_figures_baseline() -> None:
    # 葫芦岛 row 1: 地区生产总值增长5.5%左右，力争实现6% against the review's 地区生产总值增长5%
    t = targets("2024年，全市地区生产总值增长5%。", "今年的预期目标是:地区生产总值增长5.5%左右，力争实现6%;")
    assert baseline_of(t, "6%") == "5%"


def test_loans_given_in_the_year_are_the_years_flow() -> None:
    # 新余 row 51: 新增发放创业担保贷款5.2亿元 against the review's 发放创业担保贷款11.6亿元
    t = targets("开展个人创业担保贷款试点，发放创业担保贷款11.6亿元，带动就业2.7万人次。",
                "保持零就业家庭动态清零，新增发放创业担保贷款5.2亿元，新增城镇就业1.5万人。")
    assert baseline_of(t, "5.2亿元") == "11.6亿元"


def test_a_list_of_networks_is_a_part_of_all_old_networks() -> None:
    # 葫芦岛 row 24: 改造供热、燃气老旧管网85公里 is no 老旧管网379.6公里
    t = targets("深化城市更新，改造老旧小区67个、老旧管网379.6公里。",
                "推进城市更新，改造老旧小区110个以上，改造供热、燃气老旧管网85公里以上。")
    assert baseline_of(t, "85公里") == ""
    assert baseline_of(t, "110个") == "67个"
