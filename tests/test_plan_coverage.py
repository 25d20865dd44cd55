"""The plan-coverage check (docs/assumptions.md#check-plan-coverage): a targets table that holds
under half of the plan-year goals the extractor read says so in the checks table. Audit 10 found
a heading that emptied one report's targets table with no warning anywhere; this is the warning.
Paraphrased sentences through the real reader."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_checks, build_targets
from govreport.tables.plan_checks import check_plan_coverage
from govreport.tables.figures import figures

GOALS = ("地区生产总值增长5%左右，城镇新增就业10万人以上，城镇调查失业率5.5%左右，居民消费价格涨幅2%左右，"
         "一般公共预算收入增长3%，固定资产投资增长6%，社会消费品零售总额增长5%，粮食产量稳定在100万吨以上，"
         "新增高新技术企业200家，新建改造农村公路500公里，新增城镇绿地100公顷，完成造林10万亩。")
TEXT = ("政府工作报告\n一、2025年工作回顾\n全市地区生产总值增长4.8%，城镇新增就业9.6万人。\n"
        "二、2026年工作安排\n今年主要预期目标是：" + GOALS + "\n")


def _tables(text: str):
    quantities = extract_quantities(read_text(text))
    figs = figures(quantities)
    return figs, build_targets(figs)


def test_a_full_targets_table_adds_no_check():
    figs, targets = _tables(TEXT)
    assert len(targets) >= 10
    checks = build_checks(figs, [], [], review_year=2025, targets=targets)
    assert "plan_coverage" not in set(checks["check"])


def test_a_targets_table_that_lost_most_goals_is_flagged_with_where_they_stand():
    figs, targets = _tables(TEXT)
    kept = [int(i) for i in targets["id"][:3]]  # as if a heading had sent the rest to another period
    rows = check_plan_coverage(figs, kept, 2026)
    assert len(rows) == 1
    row = rows[0]
    assert row["status"] == "flag" and row["computed"] == 3 and row["stated"] >= 10
    assert "9 under '2026年工作安排'" in row["explanation"]  # the heading the lost goals stand under
    assert row["starts"] and row["sentences"]  # provenance: the first lost goals, with their sentence


def test_few_goals_are_not_judged():
    figs, _ = _tables("政府工作报告\n一、2025年工作回顾\n增长4.8%。\n二、2026年工作安排\n地区生产总值增长5%左右。\n")
    assert check_plan_coverage(figs, [], 2026) == []  # under plan_coverage_min_goals: too few to say


def test_the_briefing_says_the_flag_in_either_language():
    import pandas as pd

    from govreport.present.briefing import _flag_sentence

    figs, targets = _tables(TEXT)
    row = pd.Series(check_plan_coverage(figs, [int(i) for i in targets["id"][:3]], 2026)[0])
    assert _flag_sentence(row, "zh").startswith("2026年目标：报告中读到12项，目标表只收录3项")
    assert "the targets table holds only 3" in _flag_sentence(row, "en")


def test_a_plan_read_wholly_as_review_is_flagged_with_where_its_goals_stand():
    """Audit 14: a plan under a heading read as review (二、主要工作: a review word, no year) leaves
    the targets table empty and no plan-year goal counted; the review's figures that state goals
    for the plan year (今年，…力争…) are counted instead, and the check names their heading. (No plan
    formula opens a paragraph: 做好全年工作 there would start the plan, see test_parts_lost_plan_heading.)"""
    text = ("政府工作报告\n一、过去一年工作回顾\n全市地区生产总值增长4.8%，城镇新增就业9.6万人。\n"
            "二、主要工作\n各项任务艰巨繁重。\n今年，我们要力争地区生产总值增长5%左右，"
            "规模以上工业增加值增长6%左右，固定资产投资增长7%左右。\n")
    figs, targets = _tables(text)
    assert len(targets) == 0  # the parts misread: what the check is for
    rows = check_plan_coverage(figs, [], 2026)
    assert len(rows) == 1 and rows[0]["status"] == "flag" and rows[0]["stated"] == 3
    assert "3 under '主要工作'" in rows[0]["explanation"]


def test_a_review_stating_no_goals_is_not_flagged_for_a_tiny_table():
    """A short table with a review that only states results (同比增长, no goal words) is not flagged."""
    figs, _ = _tables("政府工作报告\n一、2025年工作回顾\n全市地区生产总值增长4.8%，城镇新增就业9.6万人，"
                      "固定资产投资增长3%。\n二、2026年工作安排\n地区生产总值增长5%左右。\n")
    assert check_plan_coverage(figs, [], 2026) == []
