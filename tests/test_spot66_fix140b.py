"""Held-out audit 66 (伊犁, 西双版纳, 吐鲁番, 博尔塔拉 2023), round fix140b: review figures that measure more than a target
(a running total since a start, 营造林 for 人工造林, the whole place's figure for one region's goal) are no baseline (tables/named_subsets.py, data/baseline_scopes.json)."""
from __future__ import annotations

from govreport.tables.named_subsets import clause_places
from target_cases import baseline_of, targets


def test_a_running_total_since_a_start_is_no_years_flow() -> None:
    # 西双版纳 row 29: 中老铁路通车以来，西双版纳段累计发送…货物381.4万吨 for 年发送…货物360万吨以上
    t = targets("中老铁路通车以来，西双版纳段累计发送旅客255.7万人次、货物381.4万吨。",
                "推动中老国际货运班列规模化运行，实现西双版纳段年发送旅客280万人次以上、货物360万吨以上。")
    assert baseline_of(t, "360万吨") == ""
    # the year's own flow, no start named: kept
    t = targets("西双版纳段发送旅客255.7万人次、货物381.4万吨。",
                "推动中老国际货运班列规模化运行，实现西双版纳段发送旅客280万人次以上、货物400万吨以上。")
    assert baseline_of(t, "400万吨") == "381.4万吨"


def test_afforestation_and_tending_is_wider_than_planting() -> None:
    # 吐鲁番 row 24: 完成人工造林1.93万亩 and 完成营造林5.27万亩
    t = targets("完成营造林5.27万亩。", "完成人工造林1.93万亩。")
    assert baseline_of(t, "1.93万亩") == ""
    t = targets("完成营造林5.27万亩。", "完成营造林6万亩。")
    assert baseline_of(t, "6万亩") == "5.27万亩"


def test_a_named_part_is_left_alone() -> None:
    # 博尔塔拉 row 11 (通行中欧班列 and 通行班列) is left: an inserted noun (人均, 城镇, 卫生) mostly names the same measure
    t = targets("推动龙头企业发挥作用，实现普洱茶综合产值252亿元。", "完成普洱茶全产业链综合产值370亿元。")
    assert baseline_of(t, "370亿元") == "252亿元"


def test_a_regions_goal_takes_no_whole_place_figure() -> None:
    # 伊犁 row 84: 州直农村劳动力外出务工40万人次、塔城地区7.1万人次 and 全州…外出务工59.8万人次
    t = targets("全州城镇新增就业6万人、农村劳动力外出务工59.8万人次。",
                "促进各族群众就业增收，州直农村劳动力外出务工40万人次、塔城地区7.1万人次、阿勒泰地区4.3万人次。")
    assert baseline_of(t, "40万人次") == ""
    # a place named inside a clause or fused with a verb at the start (支持博乐市…示范市) is no region beside another
    assert clause_places("支持博乐市加快建设国家乡村振兴示范市，打造自治区级示范乡镇1个、重点示范村19个。") == set()
    assert clause_places("促进就业，州直外出务工40万人次、塔城地区7.1万人次。") == {"州直", "塔城地区"}
