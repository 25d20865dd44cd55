"""Held-out audit 43 (七台河, 保定, 平顶山, 临沧 2023; 海口 of set 42), round fix106a: counts that are no plan-year goals
(a span opened by 通过N年努力, the plan's own work items, indicator frameworks, who is in charge of what, a size in the
last project of a list closed by 等项目), and two goals that were dropped (问题厕所, 建设…等41个)."""
from __future__ import annotations

import pandas as pd

from target_cases import targets

REVIEW = "地区生产总值增长3.8%。"


def _plan_year_rows(t: pd.DataFrame, text: str) -> pd.DataFrame:
    """The rows written ``text`` set for the plan year (2025 here) alone."""
    rows = t[t["text"] == text]
    return rows[(rows["year"].astype(str) == "2025") & rows["year_from"].isna()]


def test_a_span_opened_by_years_of_effort_sets_later_goals() -> None:
    # 保定 rows 10-12: 力争通过3年努力，培育产业集群上市企业10家以上，…完成200家以上企业智能化改造
    t = targets(REVIEW, "力争通过3年努力，培育产业集群上市企业10家以上，完成200家以上企业智能化改造。")
    assert _plan_year_rows(t, "10家").empty and _plan_year_rows(t, "200家").empty
    # no span word: the plan year's goal
    t = targets(REVIEW, "力争培育产业集群上市企业10家以上，完成200家以上企业智能化改造。")
    assert not _plan_year_rows(t, "10家").empty


def test_the_plans_own_programme_list_after_complete() -> None:
    # 保定 row 63: 高标准完成省定20项民生工程
    t = targets(REVIEW, "高标准完成省定20项民生工程。")
    assert "20项" not in t.index
    # 完成 of a thing to produce stays a goal
    t = targets(REVIEW, "完成20项重大科技攻关项目。")
    assert "20项" in t.index


def test_own_work_items_and_their_tasks() -> None:
    # 七台河 rows 76-77: 推进15项工作283个具体年度建设任务; 海口: 重点做好十个方面、32项具体工作
    t = targets(REVIEW, "扎实开展创森工作，推进15项工作283个具体年度建设任务。市政府聚力抓5项、每个部门抓3项创新性亮点工作。")
    assert not {"15项", "283个", "5项", "3项"} & set(t.index)
    # a count of things made, not of work items, stays a goal
    t = targets(REVIEW, "新建15项重点水利工程。")
    assert "15项" in t.index


def test_an_indicator_framework_measured_against() -> None:
    # 七台河 rows 68-69: 对照承接的20个一级指标和83个二级指标
    t = targets(REVIEW, "对标国家一流营商环境，对照承接的20个一级指标和83个二级指标，建立工作台账。")
    assert "20个" not in t.index and "83个" not in t.index
    # indicators to reach without 对照: not this rule's (a goal stays)
    t = targets(REVIEW, "新增20个监测站点。")
    assert "20个" in t.index


def test_who_is_in_charge_of_what() -> None:
    # 七台河 rows 37-38: 5位副市级领导分别分管5个园区工作
    t = targets(REVIEW, "组建园区建设管理委员会，5位副市级领导分别分管5个园区工作。")
    assert "5位" not in t.index and "5个" not in t.index
    t = targets(REVIEW, "新建5个园区。")
    assert "5个" in t.index


def test_a_size_in_the_last_project_of_a_list_closed_by_etc_projects() -> None:
    # 平顶山 row 9: 抓好4.7万吨新材料…、500万件高性能医疗器械等项目建设
    t = targets(REVIEW, "抓好4.7万吨新材料及新药中间体、医药新材料精细化工、500万件高性能医疗器械等项目建设。")
    assert "500万件" not in t.index
    # a count of the things built, in a counter, stays a goal (…、3个街心公园等项目)
    t = targets(REVIEW, "开工建设雅江天街二期、5个老旧小区改造、3个街心公园等项目。")
    assert "3个" in t.index


def test_a_substandard_thing_is_no_problem() -> None:
    # 七台河 missed target 2: 完成农村5138户问题厕所年度改造任务
    t = targets(REVIEW, "完成农村5138户问题厕所年度改造任务。")
    assert "5138户" in t.index
    # problems the plan tackles stay no goal
    t = targets(REVIEW, "解决11个难点问题。")
    assert "11个" not in t.index


def test_a_count_closing_examples_after_a_building_verb_is_the_set_built() -> None:
    # 七台河 missed target 3: 建设森林小区、学校、单位等41个
    t = targets(REVIEW, "持续推广市树市花栽植，建设森林小区、学校、单位等41个，创建20个以上森林村庄绿化示范村。")
    assert "41个" in t.index
    # a set named by example with its noun after the count stays the set worked on
    t = targets(REVIEW, "深化洛阳、郑州等10个国家物流枢纽建设。")
    assert "10个" not in t.index
