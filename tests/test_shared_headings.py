"""A heading shared by a five-year plan and the plan year (audit 10, docs/audits/targets_10.md):
“十五五”时期目标任务和2026年工作安排 set every goal under it to 2030, and the year's own targets,
headline goals included, left the table. Paraphrased sentences through the real reader."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

TEXT = ("政府工作报告\n一、2025年工作回顾\n全省地区生产总值增长3.7%，城镇新增就业48万人。\n"
        "二、“十五五”时期目标任务和2026年工作安排\n"
        "规划纲要草案提出的目标是：地区生产总值年均增长5%左右。\n"
        "三是围绕民生，提出8项指标。\n"
        "今年是开局之年。全省主要预期目标是：地区生产总值增长4.5%左右，城镇新增就业45万人以上。\n")


def test_the_plan_years_goals_under_a_shared_heading_are_the_plan_years():
    quantities = extract_quantities(read_text(TEXT)).set_index("text")
    assert quantities.loc["4.5%", "year"] == 2026 and quantities.loc["45万人", "year"] == 2026
    assert quantities.loc["5%", "year"] == 2030  # its sentence speaks of the plan (年均, 纲要)
    t = build_targets(extract_quantities(read_text(TEXT))).set_index("text")
    assert list(t.index) == ["4.5%", "45万人"]
    assert t.loc["4.5%", "baseline_text"] == "3.7%" and t.loc["4.5%", "year"] == 2026


def test_a_heading_of_the_five_year_plan_alone_keeps_its_goals_apart():
    text = TEXT.replace("和2026年工作安排", "").replace("今年是开局之年。", "三、2026年工作安排\n今年是开局之年。")
    quantities = extract_quantities(read_text(text)).set_index("text")
    assert quantities.loc["5%", "year"] == 2030
    assert list(build_targets(extract_quantities(read_text(text))).text) == ["4.5%", "45万人"]  # 8项 too is the plan's


def test_a_heading_of_the_plans_start_is_the_plan_years_when_the_plan_year_is_its_first():
    # audit 11: the 2026 plan under a heading that names 十五五 and its start, not the year
    text = (TEXT.replace("二、“十五五”时期目标任务和2026年工作安排\n", "二、一张蓝图绘到底，“十五五”时期主要目标\n")
            .replace("今年是开局之年。", "三、一鼓作气勇争先，全力推动“十五五”开好局、起好步\n"))
    t = build_targets(extract_quantities(read_text(text))).set_index("text")
    assert list(t.index) == ["4.5%", "45万人"] and set(t["year"]) == {2026}
    later = build_targets(extract_quantities(read_text(text)), include_later=True).set_index("text")
    assert later.loc["5%", "year"] == 2030  # the goal of the plan's own heading stays the plan's


def test_a_start_heading_of_a_plan_that_began_before_keeps_its_goals_the_plans():
    # 2021 is 十四五's first year: a 2022 plan under “十四五”开好局 words is not that plan's start
    from govreport.extract.terms import shares_plan_year

    assert shares_plan_year("全力推动“十五五”开好局、起好步", 2026, 2026)
    assert not shares_plan_year("推动“十四五”开好局", 2022, 2021)
    assert not shares_plan_year("“十五五”时期主要目标", 2026, 2026)
