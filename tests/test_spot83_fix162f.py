"""fix162f (held-out set 83): how a report's parts and years are read when its headings say more than one thing.
- A plan heading naming the five-year outline, the 2035 vision and the year's work
  (二、“十四五”总体部署、2035年远景目标及2021年工作安排) plans the year after the review's: before the fix every goal of
  the text was dated 2035.
- A sentence opening 展望2035年 sets goals for 2035, like 到2035年.
- A review heading saying its goals were met (一、…各项目标任务圆满完成) is the review's, though 目标 and 任务 are plan
  words: before the fix the whole text was read as the plan.
Paraphrased text through the real reader."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

_HEAD = "政府工作报告\n——2021年1月20日在某州人民代表大会上\n各位代表：\n"
_REVIEW = "一、2020年和“十三五”工作回顾\n过去一年，全州地区生产总值增长2.5%，固定资产投资增长10%。\n"
_VISION = "展望2035年，全州经济总量在2020年基础上翻一番。\n"
_PLAN = "2021年主要预期目标是：地区生产总值增长7%左右，固定资产投资增长8%。\n"


def test_a_plan_heading_naming_the_vision_year_and_the_year_plans_the_year() -> None:
    text = _HEAD + _REVIEW + "二、“十四五”总体部署、2035年远景目标及2021年工作安排\n" + _VISION + _PLAN
    report = read_text(text)
    assert (report.review_year, report.plan_year) == (2020, 2021)
    targets = build_targets(extract_quantities(report)).set_index("text")
    assert sorted(targets.index) == ["7%", "8%"]  # the vision's 翻一番 is no goal of 2021
    assert set(targets["year"]) == {2021}
    assert targets.loc["8%", "baseline_text"] == "10%"


def test_a_vision_sentence_dates_its_goal() -> None:
    quantities = extract_quantities(read_text(_HEAD + _REVIEW + "二、2021年工作安排\n" + _VISION + _PLAN))
    vision = quantities[quantities["text"] == "翻一番"]
    assert list(vision["year"]) == [2035]


def test_a_plan_heading_naming_only_the_vision_year_keeps_it() -> None:
    # guard: without the year after the review's named anywhere in a plan heading, the heading's year stands
    report = read_text(_HEAD + _REVIEW + "二、2035年远景目标\n" + _PLAN)
    assert report.plan_year == 2035


_TERM_HEAD = "政府工作报告\n——2022年2月11日在某州人民代表大会上\n各位代表：\n"
_TERM_REVIEW = ("一、克难奋进，本届州人民政府各项目标任务圆满完成\n（一）关于过去五年的工作\n"
                "过去五年，全州生产总值年均增长8%。\n（二）关于2021年的工作\n2021年，全州生产总值增长9%。城镇新增就业2万人。\n")
_TERM_PLAN = ("二、勇毅前行，奋力谱写高质量发展新篇章\n（一）关于今后五年的工作\n今后五年，全州经济总量突破2700亿元。\n"
              "（二）关于2022年的工作\n2022年主要预期目标是：全州生产总值增长8%，城镇新增就业2.2万人。\n")


def test_a_heading_saying_the_goals_were_met_is_the_review() -> None:
    text = _TERM_HEAD + _TERM_REVIEW + _TERM_PLAN
    report = read_text(text)
    assert (report.review_year, report.plan_year) == (2021, 2022)
    assert report.parts["review"].start <= text.index("一、") and report.parts["review"].end == text.index("二、")
    targets = build_targets(extract_quantities(report)).set_index("text")
    assert sorted(targets.index) == ["2.2万人", "8%"]  # the review's 8%, 9% and 2万人 are no targets
    assert targets.loc["8%", "baseline_text"] == "9%"
    assert targets.loc["2.2万人", "baseline_text"] == "2万人"
