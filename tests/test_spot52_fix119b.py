"""Held-out set 52 (许昌, 长治, 肇庆 2023), round fix119b: review figures that are no one-year baseline (a term's total under
a heading naming the term by its ordinal, a floor held over the term, the bar counted units cleared, a begun project's size,
a route's whole length, key projects of other levels) and a method word read as a scope."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from govreport.tables.name_scopes import scope_of
from target_cases import baseline_of, class_of, targets


def _term_targets(heading: str, term: str, year: str, plan: str) -> pd.DataFrame:
    """Targets of a report whose review heading is ``heading``: the term's part, then the 2022 part, then the plan."""
    text = (f"政府工作报告\n一、{heading}\n{term}\n刚刚过去的2022年，是极不平凡的一年。{year}\n"
            f"二、2023年工作安排\n{plan}\n")
    report = read_text(text)
    return build_targets(extract_quantities(report), text=report.text).set_index("text", drop=False)


TERM = "2017年以来，累计实施重点项目1144个，完成投资6099亿元。粮食种植面积稳定在650万亩以上。"
YEAR = "366个省、市重点项目完成投资超过2200亿元。"
PLAN = "抓好360个以上省、市重点项目建设，完成年度投资1700亿元以上。确保粮食面积稳定在674万亩以上。"


def test_a_term_named_by_its_ordinal_holds_the_terms_totals() -> None:
    # 许昌 G1, G7: 一、七届政府工作回顾 names the term: 累计…6099亿元 is five years', the floor 稳定在650万亩以上 held over them
    t = _term_targets("七届政府工作回顾", TERM, YEAR, PLAN)
    assert baseline_of(t, "1700亿元") == "2200亿元"
    assert baseline_of(t, "674万亩") == ""
    # a level the term's part says is reached, with no floor (达到650万亩), stays the year's
    t = _term_targets("七届政府工作回顾", TERM.replace("稳定在650万亩以上", "达到650万亩"), YEAR, PLAN)
    assert baseline_of(t, "674万亩") == "650万亩"


def test_whole_village_work_is_no_scope() -> None:
    # 许昌 G2: 整村推进农村户厕改造2.6万户 and 新完成农村户厕改造7.1万户 are one measure
    assert scope_of("整村推进农村户厕改造户数", "sanitary_toilets") == scope_of("农村户厕改造户数", "sanitary_toilets")
    t = targets("新完成农村户厕改造7.1万户。", "整村推进农村户厕改造2.6万户。", 2022)
    assert baseline_of(t, "2.6万户") == "7.1万户" and class_of(t, "2.6万户") == "below_last_year"
    # a real scope stays one (城镇 of 城镇户厕)
    assert scope_of("整村推进城镇户厕改造户数", "sanitary_toilets") != scope_of("农村户厕改造户数", "sanitary_toilets")


def test_the_bar_counted_villages_cleared_is_no_baseline() -> None:
    # 肇庆 G2: 推动231个村级集体经济年经营性收入超10万元: 10万元 is the bar
    t = targets("推动231个村级集体经济年经营性收入超10万元。", "推动全市所有村级集体经济年经营性收入达10万元以上。", 2022)
    assert baseline_of(t, "10万元") == "" and class_of(t, "10万元") == "no_baseline"
    # the villages' income itself (no count before it) stays a baseline
    t = targets("村级集体经济年经营性收入达到8万元。", "推动全市所有村级集体经济年经营性收入达10万元以上。", 2022)
    assert baseline_of(t, "10万元") == "8万元"


def test_a_begun_projects_size_is_no_flow() -> None:
    # 肇庆 G3: 启动实施国家储备林基地一期20万亩项目 is the project's size
    t = targets("完成生态修复造林9.8万亩，启动实施国家储备林基地一期20万亩项目。", "新建国家储备林20万亩。", 2022)
    assert baseline_of(t, "20万亩") == ""
    t = targets("完成生态修复造林9.8万亩，新建国家储备林15万亩。", "新建国家储备林20万亩。", 2022)
    assert baseline_of(t, "20万亩") == "15万亩"


def test_a_route_reached_through_is_its_whole_length() -> None:
    # 长治 G6: 太行一号旅游公路300公里主线贯通 is the route, built over years
    t = targets("太行一号旅游公路300公里主线贯通。", "新建太行一号旅游公路100公里。", 2022)
    assert baseline_of(t, "100公里") == ""
    t = targets("新建太行一号旅游公路80公里。", "新建太行一号旅游公路100公里。", 2022)
    assert baseline_of(t, "100公里") == "80公里"


def test_one_levels_key_projects_invest_apart() -> None:
    # 肇庆 G1: 安排市重点项目172项，年度计划投资492亿元 and 289项省、市重点项目完成投资735.7亿元
    review = "289项省、市重点项目完成投资735.7亿元。"
    t = targets(review, "今年安排市重点项目172项，年度计划投资492亿元。", 2022)
    assert baseline_of(t, "492亿元") == ""
    # the same levels on both sides stay a baseline
    t = targets(review, "今年安排省、市重点项目300项，年度计划投资800亿元。", 2022)
    assert baseline_of(t, "800亿元") == "735.7亿元"


def test_a_count_of_projects_and_their_total_is_no_bar() -> None:
    # 自贡: 499个市重项目完成投资超900亿元 is the projects' total, a baseline of 市重项目年度投资超900亿元
    t = targets("499个市重项目完成投资超900亿元。", "市重项目年度投资超900亿元。", 2022)
    assert baseline_of(t, "900亿元") == "900亿元"
    # nor an investment after a count of areas (50个重点片区投资超1007亿元: their total)
    t = targets("完成城市更新投资1331.5亿元，其中50个重点片区投资超1007亿元。", "重点片区完成投资1100亿元以上。", 2022)
    assert baseline_of(t, "1100亿元") == "1007亿元"
