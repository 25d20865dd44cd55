"""fix175d (held-out set 92 锦州 2022, 鞍山 2022, 株洲 2021): non-targets and lost goals.

A share right after 「X的」 placed by 在/来自 + a noun with no commitment or change word describes the whole's make-up now
(tables/present_shares); the whole a focus verb (围绕) names is read past a 的-attribute and a 特别是 lead
(tables/focus_wholes); 拉通/建设 + a built structure (匝道, “断头路”) make a count named by example a goal
(data/tables_words.json); two keyless names alike but for one content word are two goals of one amount
(tables/counted_nouns.one_word_apart); a size in 平方米 before 改造项目 with only a year before it is the batch's size, no
product capacity in a firm's project (tables/scope_figures). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd
import pytest

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

_HEAD = ("——2022年2月1日在某市人民代表大会上\n\n某市市长 某某\n\n各位代表：\n\n现在，我代表市人民政府向大会作工作报告，请予审议。\n\n"
         "一、2021年工作回顾\n\n过去的一年，全年地区生产总值增长6.2%。\n\n二、2022年工作安排\n\n全年地区生产总值增长6.5%。\n\n")
_GDP = ("6.5%", "地区生产总值增长", 2022, "6.2%")


def _rows(plan: str) -> list[tuple[str, str, int, str]]:
    """(target text, indicator, year, baseline text) of every row, in order."""
    report = read_text(_HEAD + plan + "\n")
    t = build_targets(extract_quantities(report), text=report.text)
    return [(str(r["text"]), str(r["indicator"]), int(r["year"]), "" if pd.isna(r["baseline_text"]) else str(r["baseline_text"]))
            for _, r in t.iterrows()]


@pytest.mark.parametrize(("plan", "rows"), [
    # 锦州 2022 row 39: how the economy is made up now, no target named 锦州经济总量的
    ("锦州经济总量的45%在县域，县域强则锦州强。", [_GDP]),
    ("全市税收收入的30%来自民营企业，民营经济是发展的主力军。", [_GDP]),
    # near miss: a commitment word makes it a share to reach
    ("力争锦州经济总量的45%在县域。", [_GDP, ("45%", "锦州经济总量的", 2022, "")]),
], ids=["present-in", "present-from", "committed-share"])
def test_a_share_placed_after_de_with_no_commitment_is_the_present(plan: str, rows: list) -> None:
    assert _rows(plan) == rows


@pytest.mark.parametrize(("plan", "rows"), [
    # 锦州 2022 row 70: the verbs of a 的-attribute describe the fields, the clause's own action is none
    ("坚守高科技门槛，围绕全市重点发展和培育的七大产业方向25个细分领域，集聚一流科技创新资源。", [_GDP]),
    # 鞍山 2022 row 11: 特别是 points at the part dwelt on, a quoted label of signs (“12+4”) a name
    ("围绕“八个方面”特别是“12+4”重点产业链上70个断点、堵点，确定延链补链强链项目清单。", [_GDP]),
    # near miss: the clause's own verb between the whole and the count makes the count the work to do
    ("围绕重点产业方向实施20个专项。", [_GDP, ("20个", "专项数", 2022, "")]),
], ids=["de-attribute", "especially-lead", "own-verb"])
def test_a_count_of_the_fields_a_focus_verb_names_is_no_target(plan: str, rows: list) -> None:
    assert _rows(plan) == rows


def test_works_that_connect_or_build_named_by_example_are_goals() -> None:
    # 株洲 2021 missed 2, 3: 拉通 joins roads as 打通 does; 建设 + a built structure (匝道)
    plan = "拉通南塘路、白云路等10条“断头路”，打通新华桥、先锋路等7个交通堵点，建设建宁大桥等4个城区匝道，让市民出行更通畅。"
    assert _rows(plan) == [_GDP, ("10条", "断头路数", 2022, ""), ("7个", "打通交通堵点数", 2022, ""), ("4个", "建设城区匝道数", 2022, "")]


def test_roads_named_by_example_and_only_upgraded_stay_a_set() -> None:
    # near miss: no verb that creates or connects
    assert _rows("推进南塘路、白云路等10条道路提质。") == [_GDP]


def test_two_names_apart_by_a_content_word_are_two_goals() -> None:
    # 株洲 2021 missed 1: 产品 vs 科技, the same amount in one paragraph
    plan = ("聚焦轨道交通、新材料等领域，突破一批“卡脖子”技术，新增重点科技创新项目100个以上、国省科技计划立项100个以上。"
            "依托现有优势产品，加快推动产品迭代升级，新增重点产品创新项目100个以上。")
    assert _rows(plan) == [_GDP, ("100个", "新增重点科技创新项目数", 2022, ""), ("100个", "新增国省科技计划立项数", 2022, ""),
                           ("100个", "新增重点产品创新项目数", 2022, "")]


def test_two_names_apart_by_a_verb_say_one_goal() -> None:
    # near miss: 实施 and 推进 name one set of projects
    assert _rows("实施重点项目100个以上，推进重点项目100个。") == [_GDP, ("100个", "实施重点项目数", 2022, "")]


@pytest.mark.parametrize(("plan", "rows"), [
    # 鞍山 2022 missed 1: a year before the area, no firm's name: the batch of renovation's size
    ("全面完成近三年开工的老旧小区改造任务，2022年268万平方米改造项目要实现当年开工、当年竣工。",
     [_GDP, ("268万平方米", "改造项目要实现当年开工面积", 2022, "")]),
    # near miss: a firm's name before the area: the product capacity in the project's name
    ("加快利虎1000万平方米节能玻璃项目建设。", [_GDP]),
], ids=["year-before", "firm-before"])
def test_an_area_before_a_project_with_no_name_before_it_is_a_goal(plan: str, rows: list) -> None:
    assert _rows(plan) == rows
