"""Held-out set 69 (萍乡, 丽江, 金华 2021), round fix145e: a plan formula inside a sentence that reports the goals
met (2020年主要目标任务的完成，标志着…) opens no plan; a plan-year goal under a heading setting a five-year plan's
goals (二、“十四五”时期主要目标和任务) is for the plan's last year in quantities.csv too. Paraphrased texts through the
real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

_REVIEW = ("一、2020年及“十三五”时期发展回顾\n过去一年，全市地区生产总值增长3.6%，固定资产投资增长8%。\n"
           "2020年主要目标任务的完成，标志着“十三五”圆满收官。五年来，我们整治改造577条背街小巷，建成绿道182公里。\n")
_TERM = "二、编制“十四五”规划和2035年远景目标纲要的主要考虑\n描绘好未来发展蓝图。\n"
_PLAN = "三、2021年工作安排\n今年全市经济社会发展的主要预期目标是：生产总值增长8.2%左右，固定资产投资增长8.5%左右。\n"


def test_a_formula_reporting_the_goals_met_starts_no_plan() -> None:
    # 萍乡 rows 0–6: the five-year recap after 2020年主要目标任务的完成 stays review
    text = _REVIEW + _TERM + _PLAN
    report = read_text(text)
    assert report.parts["plan"].start >= text.index("二、编制")
    assert report.parts["review"].end >= text.index("二、编制") > text.index("2020年主要目标任务的完成")
    t = build_targets(extract_quantities(report)).set_index("text", drop=False)
    assert not {"577条", "182公里"} & set(t.index)
    assert {"8.2%", "8.5%"} <= set(t.index) and float(t.loc["8.5%", "baseline_value"]) == 8


def test_a_formula_setting_the_goals_still_starts_the_plan() -> None:
    # not firing where it should not: 2021年主要目标是… under the review heading (its plan heading lost) plans
    text = (_REVIEW.replace("2020年主要目标任务的完成", "2021年主要目标任务是：生产总值增长8%左右")
            + "三、加强政府自身建设\n全面推进依法行政，一般性支出下降5%。\n")
    report = read_text(text)
    assert report.parts["plan"].start == text.index("2021年主要目标任务是")


def test_goals_met_before_a_this_year_formula_leave_the_plan_there() -> None:
    # guard: 主要目标任务圆满完成 in the review, then 今年… starts the plan (no headings: the opening formulas decide)
    text = ("各位代表：\n过去的一年，全市地区生产总值增长5.7%。2020年主要目标任务圆满完成，“十三五”圆满收官。\n"
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n")
    report = read_text(text)
    assert report.parts["plan"].start == text.index("今年全市")


_FIVE_YEAR = ("一、2020年工作回顾\n过去一年，全市地区生产总值增长4.6%。\n"
              "二、“十四五”时期主要目标和任务\n“十四五”时期的主要目标和任务是：高速公路通车里程达到660公里。"
              "铁路运营里程达到120公里。今年先建成高速公路50公里。\n"
              "三、2021年重点工作\n地区生产总值增长8.5%以上。\n")


def _years(text: str) -> dict[str, tuple[object, object]]:
    q = extract_quantities(read_text(text))
    return {str(r.text): (r.year, r.year_from) for r in q.itertuples() if r.role == "target"}


def test_goals_under_a_five_year_plans_heading_are_for_its_last_year() -> None:
    # 丽江 高速公路660公里, 铁路120公里: 2025 (from 2021), not 2021, though their sentences have no cue
    got = _years(_FIVE_YEAR)
    assert got["660公里"] == (2025, 2021) and got["120公里"] == (2025, 2021)
    assert got["8.5%"][0] == 2021  # the plan year's own section: unchanged
    assert got["50公里"][0] == 2021  # a sentence naming 今年 under that heading: the plan year's


def test_a_heading_shared_with_the_plan_year_keeps_the_plan_year() -> None:
    # not firing where it should not: “十四五”时期目标任务和2021年工作安排 names the plan year too
    text = _FIVE_YEAR.replace("二、“十四五”时期主要目标和任务", "二、“十四五”时期目标任务和2021年工作安排")
    assert _years(text)["120公里"][0] == 2021
