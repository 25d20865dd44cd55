"""A plan year's goal list under a heading of the five-year plan's start (三、全力以赴做好“十四五”开局工作) that mentions
指标 in passing (…，能源和环境指标完成省下达目标) is the plan year's: 指标 speaks of the plan only in a sentence that sets
out no goals of the plan year (held-out set 76, a city's 2021 report: its six headline goals had left the table as 2025's)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

TEXT = ("政府工作报告\n一、2020年工作回顾\n全市地区生产总值增长11%，固定资产投资增长4%。\n"
        "二、“十四五”发展目标和主要任务\n到2025年，全市地区生产总值突破2500亿元。\n"
        "三、全力以赴做好“十四五”开局工作\n"
        "建议全市经济社会发展的主要预期目标为：全市地区生产总值增长9%，固定资产投资增长6%，能源和环境指标完成省下达目标。\n")


def test_a_plan_year_goal_list_mentioning_indicators_stays_the_plan_years() -> None:
    t = build_targets(extract_quantities(read_text(TEXT))).set_index("text")
    assert {"9%", "6%"} <= set(t.index)
    assert t.loc["9%", "year"] == 2021 and t.loc["9%", "baseline_text"] == "11%"


def test_indicators_named_without_the_plan_years_goals_are_still_the_plans() -> None:
    text = TEXT.replace("建议全市经济社会发展的主要预期目标为：", "围绕民生提出8项指标，其中：")
    t = build_targets(extract_quantities(read_text(text)))
    assert "9%" not in set(t["text"])  # (a sentence on the plan's indicators, under the plan's start: 2025)


def test_a_five_year_programme_named_in_the_plan_years_work_is_no_cue() -> None:
    # (held-out set 76, another city: 实施数字经济五年倍增计划，…建成…平台30个…，…增加值增长15%以上 under the plan's start)
    text = TEXT.replace("建议全市经济社会发展的主要预期目标为：全市地区生产总值增长9%，固定资产投资增长6%，能源和环境指标完成省下达目标。",
                        "实施数字经济五年倍增计划，建成工业互联网平台30个，数字经济核心产业增加值增长15%以上。")
    t = build_targets(extract_quantities(read_text(text))).set_index("text")
    assert {"30个", "15%"} <= set(t.index) and t.loc["15%", "year"] == 2021


def test_five_years_of_the_plan_itself_still_speak_of_it() -> None:
    text = TEXT.replace("建议全市经济社会发展的主要预期目标为：全市地区生产总值增长9%，固定资产投资增长6%，能源和环境指标完成省下达目标。",
                        "今后五年，建成工业互联网平台30个，数字经济核心产业增加值年均增长15%以上。")
    assert "30个" not in set(build_targets(extract_quantities(read_text(text)))["text"])
