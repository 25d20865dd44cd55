"""Final held-out spot 38 (株洲 2025, given on 25 December): a review heading with no review word before the next year's plan
heading, and the plan year's headline goals opened with 明年 (docs/assumptions.md#parts-and-years)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

TEXT = ("一、2029年所做的工作\n2029年是实现“十四五”规划目标任务的关键一年。全市地区生产总值增长5.7%，城镇新增就业8.1万人。\n"
        "二、当前面临的基本形势\n宏观形势更加有利。\n"
        "三、2030年工作安排\n2030年是全面完成“十四五”规划目标的收官之年。\n"
        "明年全市经济社会发展的主要预期目标是:地区生产总值增长5.5%以上；城镇新增就业8万人以上。\n")


def test_the_year_before_the_plan_heading_is_the_review() -> None:
    # 株洲 L3: 一、2024年所做的工作, whose opening paragraph names 目标任务, before 三、2025年工作安排
    report = read_text(TEXT)
    assert report.parts["plan"].start == TEXT.index("三、")
    assert report.parts["review"].start == 0
    assert report.plan_year == 2030


def test_headline_goals_opened_with_next_year_are_the_plan_years() -> None:
    # 株洲 L21: 明年全市经济社会发展的主要预期目标是:地区生产总值增长5.5%以上 (said in December: 明年 is the plan year)
    t = build_targets(extract_quantities(read_text(TEXT))).set_index("text", drop=False)
    assert {"5.5%", "8万人"} <= set(t.index) and "5.7%" not in t.index
    assert t.loc["5.5%", "year"] == 2030
    assert float(t.loc["5.5%", "baseline_value"]) == 5.7


def test_next_year_elsewhere_in_a_plan_is_still_the_year_after() -> None:
    text = ("一、2029年工作回顾\n全市地区生产总值增长5.7%。\n二、2030年工作安排\n地区生产总值增长5.5%以上。明年，力争新建学校10所。\n")
    t = build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)
    assert "10所" not in t.index or t.loc["10所", "year"] == 2031
