"""Round 172, fix172c (held-out sets 89 and 90): one measure in other wordings. 新修 is a flow verb of building anew (宝鸡 2014
row 9); a short name its sentence said whole before (省级园区 of 省级现代农业园区, rows 5, 6); the 社会 a whole place's 全 left of
全社会 (株洲 2016 row 3); 全社会投资 and 减贫 in the registry (rows 9, 13); a verb and a noun said the other way round (徐州 2021 row
44). Near misses: a narrower scope, a generic noun turned, a longer verb, a generic head. Texts paraphrased from the reports, run
through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from tests.target_cases import baseline_of, text_targets


def _targets(review: str, plan: str) -> pd.DataFrame:
    return text_targets(f"政府工作报告\n一、2023年工作回顾\n{review}\n二、2024年工作安排\n{plan}\n")


def _row(t: pd.DataFrame, text: str) -> pd.Series:
    return t.loc[[text]].iloc[-1]


_FARM_REVIEW = "全年粮食总产达到145.59万吨。新建省级现代农业园区10个、市级35个。新建基本农田7.8万亩，发展节水灌溉13万亩。"
_FARM_PLAN = "做大做优25个省级现代农业园区，新增省级园区3个、市级园区30个。新修改造基本农田4万亩，发展节水灌溉2万亩。"


def test_newly_repaired_farmland_is_a_flow_measured_by_the_farmland_built_new() -> None:
    # 宝鸡 row 9: 新修 left 修 as a scope and the target a stock
    row = _row(_targets(_FARM_REVIEW, _FARM_PLAN), "4万亩")
    assert (row["indicator_key"], row["measure"], row["baseline_text"], row["feasibility"]) == \
        ("basic_farmland", "flow", "7.8万亩", "below_last_year")


def test_a_short_park_name_said_whole_before_takes_the_parks_built_new() -> None:
    # 宝鸡 rows 5, 6: 省级园区 and 市级园区 are the 现代农业园区 the sentence named before
    t = _targets(_FARM_REVIEW, _FARM_PLAN)
    assert (baseline_of(t, "3个"), _row(t, "3个")["feasibility"]) == ("10个", "below_last_year")
    assert (baseline_of(t, "30个"), _row(t, "30个")["feasibility"]) == ("35个", "below_last_year")


def test_a_short_name_of_another_head_said_before_takes_nothing() -> None:
    # near miss: the sentence names 现代农业园区 but the target counts 示范区, a head the review does not count
    t = _targets(_FARM_REVIEW, "做大做优25个省级现代农业园区，新增省级示范区3个。")
    assert baseline_of(t, "3个") == ""


_FAI_REVIEW = "全市完成社会固定资产投资2181亿元，增长18.7%。减少贫困村31个、6.16万人实现脱贫。"


def test_the_whole_society_said_after_the_whole_city_is_no_scope() -> None:
    # 株洲 row 3: 全市完成社会固定资产投资 — the 全 of 全社会 is the 全 of 全市
    row = _row(_targets(_FAI_REVIEW, "全社会固定资产投资增长18%。"), "18%")
    assert (row["indicator_key"], row["baseline_text"], row["feasibility"]) == ("fai_growth", "18.7%", "below_last_year")


def test_society_after_a_part_of_the_city_or_a_flow_verb_stays_a_scope() -> None:
    # near misses: 城区完成社会固定资产投资 is the urban district's; 全市新增社会公共停车位 has a verb of its own between, not a
    # light one, so 社会 stays the kind of parking (both refused before the rule too)
    t = _targets("城区完成社会固定资产投资800亿元，增长10%。", "全社会固定资产投资增长18%。")
    assert baseline_of(t, "18%") == ""
    t = _targets("全市新增社会公共停车位2000个。", "新增公共停车位3000个。")
    assert baseline_of(t, "3000个") == ""


def test_investment_of_the_whole_society_is_fixed_asset_investment() -> None:
    # 株洲 row 9: 带动全社会投资 against 社会固定资产投资
    row = _row(_targets(_FAI_REVIEW, "全年实施重点项目200个以上，带动全社会投资2500亿元以上。"), "2500亿元")
    assert (row["indicator_key"], row["baseline_text"], row["feasibility"]) == ("fai", "2181亿元", "modest")


def test_poverty_reduced_is_measured_by_people_lifted_out() -> None:
    # 株洲 row 13: 减贫 against 实现脱贫
    row = _row(_targets(_FAI_REVIEW, "确保全年减贫4.98万人，实现60个贫困村摘帽。"), "4.98万人")
    assert (row["indicator_key"], row["baseline_text"], row["feasibility"]) == \
        ("rural_poor_reduction", "6.16万人", "below_last_year")


def test_housing_improved_said_the_other_way_round_is_one_measure() -> None:
    # 徐州 row 44: 农房改善任务 against 新改善农房
    row = _row(_targets("新改善农房3.7万户，新建农村公路579公里。", "确保完成2.5万户农房改善任务。"), "2.5万户")
    assert (row["baseline_text"], row["feasibility"]) == ("3.7万户", "below_last_year")


def test_projects_started_said_the_other_way_round_stay_apart() -> None:
    # near miss: 项目开工 and 开工项目 turn a generic noun; one programme's projects are no baseline of all projects started
    t = _targets("上半年产业新空间全面铺开建设，已开工项目35个。", "推动457个项目开工、387个在建项目提速。")
    assert baseline_of(t, "457个") == ""


def test_flow_verbs_are_one_verb_but_not_a_longer_verb() -> None:
    from govreport.tables.name_agreement import one_verb

    assert one_verb("基本农田新建面积") == one_verb("基本农田新修面积") == "基本农田新增面积"
    assert one_verb("新发展家庭农场数") == "新增家庭农场数" and one_verb("增加值增长") == "增加值增长"
    assert one_verb("新建成学校数") == "新建成学校数"


def test_a_generic_head_is_never_said_in_full() -> None:
    from govreport.tables.phrase_likeness import said_in_full

    assert said_in_full("省级园区", "做大做优25个省级现代农业园区，新增") == "省级现代农业园区"
    assert said_in_full("重点项目", "推进20个重点产业项目，新开工") == "重点项目"
    assert said_in_full("省级园区", "建设25个省级建设改造园区，新增") == "省级园区"  # the left-out words hold a verb
