"""Held-out sets 69/70 (2021 city reports), round fix146b: review figures of the same measure in other words taken as
baselines — 新认证 a flow word, a title's span of levels met by its floor, 国土绿化 the plain 绿化 of a task, a 累计 set
against the year's plan summing the year, one programme's yearly editions one set of projects."""
from __future__ import annotations

from target_cases import baseline_of, targets


def _measure(t, text: str) -> str:
    return str(t.loc[[text]].iloc[-1]["measure"])


def test_newly_certified_is_a_flow() -> None:
    # 潍坊 row 14: 新认证“三品一标”60个 is the year's certifications, measured by 新增“三品一标”141个
    t = targets("新增“三品一标”141个。", "新认证“三品一标”60个。", 2020)
    assert _measure(t, "60个") == "flow" and baseline_of(t, "60个") == "141个"
    # a count reached with no adding word stays the stock, no baseline of the year's certifications
    t = targets("“三品一标”农产品达到1410个。", "新认证“三品一标”60个。", 2020)
    assert baseline_of(t, "60个") == ""


def test_a_span_of_levels_takes_its_floors_title_count() -> None:
    # 开封 row 13: 培育…省级以上绿色工厂5家 and 5家企业获评省级绿色工厂 (the list neighbour's 绿色园区 is no part of the place)
    review = "上云企业达2229家，5家企业获评省级绿色工厂，亚普汽车被评为国家级绿色工厂。"
    t = targets(review, "实施绿色化改造项目30个以上，培育国家级绿色园区1家、省级以上绿色工厂5家。", 2020)
    assert baseline_of(t, "5家") == "5家"
    # another title (获评 of 智能工厂) is no baseline of the green factories cultivated
    t = targets("上云企业达2229家，5家企业获评省级智能工厂。", "实施绿色化改造项目30个以上，培育国家级绿色园区1家、省级以上绿色工厂5家。", 2020)
    assert baseline_of(t, "5家") == ""


def test_land_greening_is_the_plain_greening_task() -> None:
    # 开封 row 35: 高标准完成20.3万亩绿化任务 and 完成国土绿化27.7万亩
    t = targets("完成国土绿化27.7万亩，林木覆盖率提前达到创建国家森林城市标准。", "高标准完成20.3万亩绿化任务，全力创建国家森林城市。", 2020)
    assert baseline_of(t, "20.3万亩") == "27.7万亩"
    # a road's greening is not the land's
    t = targets("完成道路绿化27.7万亩。", "高标准完成20.3万亩绿化任务，全力创建国家森林城市。", 2020)
    assert baseline_of(t, "20.3万亩") == ""


def test_a_total_over_the_years_plan_sums_the_year() -> None:
    # 开封 row 21: 累计完成投资1133亿元，超年计划13个百分点 is the year's, one programme under yearly codes
    plan = "加快实施“8712”投资促进计划，围绕八大领域，实施700个以上重点项目，完成投资1200亿元以上。"
    t = targets("实施“7610”投资促进计划，累计完成投资1133亿元，超年计划13个百分点。", plan, 2020)
    assert baseline_of(t, "1200亿元") == "1133亿元"
    # a 累计 over a span of years stays no year's baseline
    t = targets("实施“7610”投资促进计划，三年累计完成投资1133亿元，超年计划13个百分点。", plan, 2020)
    assert baseline_of(t, "1200亿元") == ""
