"""Baselines a target's own sentence gives (tables/sentence_baselines.py): last year's amount implied by a change
stated right after the target (比上年增加N亿元), on paraphrased sentences of national reports."""
from __future__ import annotations

from decimal import Decimal

from target_cases import targets

from govreport.present.briefing import targets as briefing_targets

REVIEW = "经济运行总体平稳，国内生产总值比上年增长6%。"


def test_a_rise_from_last_year_implies_last_years_amount() -> None:
    """中央财政拟安排补贴资金1230亿元，比上年增加200亿元: last year 1030亿元, ×1.19, modest; the row cites the words."""
    row = targets(REVIEW, "中央财政拟安排种粮补贴资金1230亿元，比上年增加200亿元。").loc["1230亿元"]
    assert (row.match, Decimal(str(row.baseline_value)), row.baseline_year) == ("implied", Decimal("103000000000"), 2024)
    assert row.baseline_text == "1230亿元，比上年增加200亿元" and row.feasibility == "modest"
    assert row.baseline_indicator == row.indicator


def test_a_fall_from_last_year_implies_a_larger_amount() -> None:
    """拟发行建设国债800亿元，比去年减少300亿元: last year 1100亿元, the target below it."""
    row = targets(REVIEW, "拟发行建设国债800亿元，比去年减少300亿元。").loc["800亿元"]
    assert (row.match, Decimal(str(row.baseline_value)), row.feasibility) == ("implied", Decimal("110000000000"),
                                                                              "below_last_year")


def test_scales_may_differ_between_the_amount_and_its_change() -> None:
    """地方政府专项债券2.15万亿元，比去年增加8000亿元: last year 1.35万亿元."""
    row = targets(REVIEW, "今年拟安排地方政府专项债券2.15万亿元，比去年增加8000亿元。").loc["2.15万亿元"]
    assert Decimal(str(row.baseline_value)) == Decimal("1350000000000") and row.feasibility == "stretch"


def test_a_list_mark_may_stand_for_the_comma() -> None:
    """一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元 (national 2024): last year 27.4万亿元."""
    row = targets(REVIEW, "一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元。").loc["28.5万亿元"]
    assert (row.match, Decimal(str(row.baseline_value))) == ("implied", Decimal("27400000000000"))


def test_a_change_from_last_years_budget_or_estimate_implies_nothing() -> None:
    """比上年预算减少, 比上年预计数增加 compare with another measure; a change not right after the amount implies nothing."""
    t = targets(REVIEW, "拟安排中央财政赤字3000亿元，比上年预算减少198亿元。中央财政拟投入社会保障资金2930亿元，"
                        "比上年预计数增加439亿元。中央财政安排资金500亿元支持就业，比上年增加50亿元。")
    assert set(t.loc[["3000亿元", "2930亿元", "500亿元"], "match"]) == {"none"}


def test_a_stated_review_figure_comes_first() -> None:
    """The review's 中央财政用于三农的支出7253亿元 stays the baseline of 三农投入8183亿元，比上年增加930亿元."""
    row = targets("中央财政用于“三农”的支出7253亿元。", "中央财政拟安排“三农”投入8183亿元，比上年增加930亿元。").loc["8183亿元"]
    assert row.match != "implied" and row.baseline_text == "7253亿元"


def test_a_rate_or_a_range_implies_nothing() -> None:
    """A growth rate's change in points (增长8%，比上年提高1个百分点) may be against last year's target, and a range has no
    one amount (a planned share's change in points does imply last year's: test_spot_national25_fix120a)."""
    t = targets(REVIEW, "居民收入增长8%，比上年提高1个百分点。")
    assert t.loc["8%"].match != "implied"


def test_the_briefing_gives_an_implied_amount_by_its_value() -> None:
    """The briefing writes last year's implied amount as a figure (1030亿元), not the words it was worked out from."""
    t = targets(REVIEW, "中央财政拟安排种粮补贴资金1230亿元，比上年增加200亿元。")
    said = briefing_targets(t.reset_index(drop=True), 2025, "zh")
    assert "1030亿元" in said and "比上年增加" not in said


def test_a_payers_amount_is_measured_by_the_same_payers_amount_for_the_same_purpose() -> None:
    """中央财政拟投入433亿元用于促进就业 (named 中央财政促进就业投入) and the review's 中央财政安排就业专项资金426亿元 name one
    purpose of one payer; so do 社会保障投入 and 社会保障资金. Another purpose (创业) is no baseline."""
    t = targets("中央财政安排就业专项资金426亿元，比上年增长59%。中央财政安排社会保障资金2906亿元。",
                "中央财政拟投入433亿元用于促进就业。各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元。"
                "中央财政拟投入350亿元用于支持创业。")
    assert (t.loc["433亿元"].baseline_text, t.loc["433亿元"].feasibility) == ("426亿元", "modest")
    assert t.loc["3185亿元"].baseline_text == "2906亿元"
    assert t.loc["350亿元"].baseline_text == ""


def test_a_name_purpose_drops_payer_plain_words_and_verbs() -> None:
    from govreport.tables.fund_purposes import name_purpose

    assert name_purpose("中央财政促进就业投入") == name_purpose("中央财政就业专项资金") == ("中央财政", "就业")
    assert name_purpose("中央财政资金") == ("中央财政", "") and name_purpose("新增就业人数") == ("", "")


def test_a_change_after_a_list_of_amounts_implies_nothing() -> None:
    """安排种粮补贴资金100亿元、农机补贴资金200亿元，比上年增加50亿元: the change may be of the two together."""
    t = targets(REVIEW, "中央财政安排种粮补贴资金100亿元、农机补贴资金200亿元，比上年增加50亿元。")
    assert set(t["match"]) == {"none"}


def test_a_bare_change_after_a_plan_amount_implies_last_years_amount() -> None:
    """其中棚户区改造580万套，增加110万套 (national 2015, audit 33 spot check): last year 470万套; a bare 增加 whose amount goes
    on (增加保障房50万套) is a second amount, not a change."""
    row = targets(REVIEW, "今年保障性安居工程新安排740万套，其中棚户区改造580万套，增加110万套，把城市危房改造纳入棚改政策范围。").loc["580万套"]
    assert (row.match, Decimal(str(row.baseline_value))) == ("implied", Decimal("4700000"))
    row = targets(REVIEW, "农村危房改造366万户，增加100万户，统筹推进农房抗震改造。").loc["366万户"]
    assert (row.match, Decimal(str(row.baseline_value))) == ("implied", Decimal("2660000"))
    row = targets(REVIEW, "农村危房改造366万户，增加100万户以上危房的抗震改造。").loc["366万户"]
    assert row.match != "implied"
