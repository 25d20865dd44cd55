"""Round 161, fix161f (held-out set 82 海东 2020): a level-1 heading that names a year and no plan word of its own
(一、砥砺初心，2023年经济社会呈现新气象) is the review's when a later level-1 heading plans in its own words
(二、…准确把握今年经济社会工作新方向), whatever its opening's 目标/任务 say (圆满完成了…确定的主要目标任务). Before
the fix the whole text was read as the plan of the heading's year. Paraphrased text through the real reader."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

_REVIEW_HEAD = "一、不忘初心，2023年经济社会呈现新面貌\n"
_REVIEW = "2023年，市政府团结带领全市人民，圆满完成了市人大会议确定的主要目标任务，全市生产总值增长5%。\n"
_PLAN_HEAD = "二、秉持初心，准确把握今年经济社会工作新方向\n"
_PLAN = "今年经济社会发展的主要预期目标是：全市生产总值增长6%左右。\n"


def _text(plan_head: str) -> str:
    return "政府工作报告\n——2024年2月1日在某市人民代表大会上\n各位代表：\n" + _REVIEW_HEAD + _REVIEW + plan_head + _PLAN


def test_a_year_heading_before_a_heading_that_plans_is_the_review() -> None:
    report = read_text(_text(_PLAN_HEAD))
    assert (report.review_year, report.plan_year) == (2023, 2024)
    targets = build_targets(extract_quantities(report)).set_index("text")
    assert list(targets.index) == ["6%"]  # the review's 5% is no target
    assert targets.loc["6%", "baseline_text"] == "5%"


def test_without_a_later_plan_heading_the_reading_stays() -> None:
    # guard: the later heading plans in no words of its own, so the first heading's reading is as before
    # (its opening's 目标任务 make it the plan): the rule needs a heading that plans
    before = read_text(_text("二、践行初心，在推动经济社会发展中展现新作为\n"))
    assert before.plan_year == 2023
