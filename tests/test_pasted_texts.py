"""More texts as users paste them (issue #10, probe 6): a press item whose headline states a
target, goals listed after one deadline, a problems section in a part-year report, a PDF copy
with page numbers and hard line breaks, an opening formula that names the place.

Every text here is written for these tests in the style of such sources (no real report copied).
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd

import govreport
from govreport.report.fold import fold_for_scan
from govreport.report.layout import find_headings, split_paragraphs, unwrap_lines
from govreport.report.opening_formulas import opening_part


def read(tmp_path: Path, text: str, name: str = "pasted.txt") -> tuple[govreport.Report, pd.DataFrame]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = govreport.read_report(path)
    return report, govreport.extract_quantities(report)


def rows(table: pd.DataFrame, text: str) -> list[tuple[str, int | None, str]]:
    """(role, year, qualifier) of every row whose text is ``text``, in text order."""
    found = table[table["text"] == text]
    assert len(found), text
    return [(r.role, None if pd.isna(r.year) else int(r.year), r.qualifier) for r in found.itertuples()]


def headings_of(text: str) -> list[str]:
    scan = fold_for_scan(text)
    return [h.title for h in find_headings(scan, split_paragraphs(scan), text) if h.level == 1]


def test_a_headline_that_states_a_figure_is_no_part_heading():
    assert headings_of("解读｜今年全区经济增长预期目标为6%左右\n报告显示，去年增长5%。\n") == []
    assert headings_of("1-9月经济运行情况\n前三季度增长5%。\n") == ["1-9月经济运行情况"]  # months name a part
    assert headings_of("【2025年主要目标】\n地区生产总值增长6%左右\n") == ["【2025年主要目标】"]


PRESS = (
    "政府工作报告解读｜今年全区经济增长预期目标为6%左右\n"
    "2024-01-10 09:00 来源：区融媒体中心\n"
    "报告显示，2023年全区地区生产总值完成412.3亿元，同比增长5.6%；一般公共预算收入28.4亿元，增长3.9%。\n"
    "2024年全区经济社会发展的主要预期目标为：地区生产总值增长6%左右；城镇调查失业率5.5%以内；"
    "居民消费价格涨幅3%左右。\n"
)


def test_a_press_item_under_a_headline_with_a_target_reads_the_review_it_quotes(tmp_path):
    report, table = read(tmp_path, PRESS)
    assert rows(table, "412.3亿元") == [("actual", 2023, "")]
    assert rows(table, "3.9%") == [("actual", 2023, "")]
    # the formula names the place (全区 here, a place's own name elsewhere) and its items keep the plan
    assert rows(table, "5.5%") == [("target", 2024, "at_most")]
    assert rows(table, "3%") == [("target", 2024, "about")]


def test_an_opening_formula_may_name_the_place_by_its_own_name():
    assert opening_part("2025年江宁经济社会发展的主要预期目标") == "plan"
    assert opening_part("今年苏州经济社会发展的主要预期目标") == "plan"
    assert opening_part("今年全市经济社会发展的主要预期目标") == "plan"
    assert opening_part("今年以来") == "review"


def test_the_place_named_in_a_press_formula_starts_the_plan(tmp_path):
    text = PRESS.replace("2024年全区经济社会发展", "2024年江宁经济社会发展")
    report, table = read(tmp_path, text)
    assert report.parts_source == "opening"
    assert rows(table, "5.5%") == [("target", 2024, "at_most")]
    assert rows(table, "3%") == [("target", 2024, "about")]


PLAN = (
    "一、2024年工作回顾\n全市地区生产总值增长5.1%。\n"
    "二、2025年工作安排\n"
    "今后五年的主要目标是：到2030年，全市生产总值突破8000亿元；常住人口城镇化率达到70%；"
    "研发经费投入强度达到3%。\n"
    "加快建设综合交通枢纽，到2027年建成高铁站2座；新建农村公路300公里。\n"
)


def test_a_deadline_heading_a_list_of_goals_dates_every_item(tmp_path):
    _, table = read(tmp_path, PLAN)
    assert rows(table, "8000亿元")[0][:2] == ("target", 2030)
    assert rows(table, "70%")[0][:2] == ("target", 2030)
    assert rows(table, "3%")[0][:2] == ("target", 2030)
    # an item's own deadline (…，到2027年建成…) is not the list's: the next item is this year's
    assert rows(table, "2座")[0][:2] == ("target", 2027)
    assert rows(table, "300公里")[0][:2] == ("target", 2025)


def test_a_problems_section_before_the_plan_is_part_of_the_review(tmp_path):
    text = ("关于2022年前三季度经济运行情况的报告\n"
            "一、前三季度经济运行情况\n前三季度，全县地区生产总值同比增长4.6%。\n"
            "二、存在的困难和问题\n部分指标完成年度目标的68.5%，低于序时进度3.5个百分点。\n"
            "三、第四季度工作安排\n确保全年地区生产总值增长6%以上。\n")
    report, table = read(tmp_path, text)
    assert rows(table, "68.5%")[0][:2] == ("actual", 2022)
    assert rows(table, "3.5个百分点")[0][:2] == ("actual", 2022)
    assert rows(table, "6%") == [("target", 2022, "at_least")]


WRAPPED = (
    "- 4 -\n"
    "二、“十四五”发展目标和2021年工作安排\n"
    "今后五年，全区发展的主要目标是：到2025年，地\n"
    "区生产总值达到900亿元，年均增长7%以上；城乡居\n"
    "民人均可支配收入年均增长8%，城镇登记失业率控\n"
    "制在4%\n"
    "以内。\n"
    "2021年全区经济社会发展的主要预期目标是：地区生\n"
    "产总值增长7%左右，固定资产投资增长9%。\n"
    "—5—\n"
)


def test_a_pdf_copy_reads_its_sentences_across_hard_line_breaks(tmp_path):
    report, table = read(tmp_path, WRAPPED)
    assert len(report.scan) == len(report.text) and report.text == WRAPPED
    assert rows(table, "900亿元")[0][:2] == ("target", 2025)
    assert rows(table, "8%")[0][:2] == ("target", 2025)  # the deadline heads the list across the breaks
    assert rows(table, "9%")[0][:2] == ("target", 2021)
    assert [r[0] for r in rows(table, "4")] == ["meta"]  # - 4 -: a page number
    assert [r[0] for r in rows(table, "5")] == ["meta"]  # —5—


def test_a_short_line_break_is_kept_and_a_report_a_paragraph_a_line_is_unchanged():
    assert unwrap_lines(fold_for_scan(WRAPPED)).count("\n") == 6  # after 以内。, 。, headings and page lines
    one_a_line = "一、2023年工作回顾\n" + "全年地区生产总值增长5.2%，" * 12 + "成绩来之不易。\n二、2024年工作安排\n力争增长6%。\n"
    assert unwrap_lines(one_a_line) == one_a_line


def test_a_qualifier_after_a_space_is_read(tmp_path):
    _, table = read(tmp_path, "2024年全市经济社会发展的主要预期目标是：城镇登记失业率控制在4.5% 以内。\n")
    assert rows(table, "4.5%") == [("target", 2024, "at_most")]


EXPLAINER = (
    "数说2021 ｜ 一组数据看全县这一年\n\n"
    "地区生产总值 达到236.8亿元 增长8.3%\n"
    "一般公共预算收入 完成14.2亿元 增长10.6%\n"
    "城镇居民人均可支配收入 35120元 增长7.9%\n"
    "农村居民人均可支配收入 15460元 增长10.2%\n"
    "新增城镇就业 6200人\n\n"
    "2022年主要预期目标\n"
    "地区生产总值增长7.5%左右\n"
)


def test_an_explainer_of_one_figure_lines_is_no_hard_wrapped_copy(tmp_path):
    # its lines are as wide as each other and end without a full stop, but hold no clause break
    assert unwrap_lines(fold_for_scan(EXPLAINER)) == fold_for_scan(EXPLAINER)
    assert headings_of(EXPLAINER) == ["数说2021 ｜ 一组数据看全县这一年", "2022年主要预期目标"]  # a year is no figure
    report, table = read(tmp_path, EXPLAINER)
    assert rows(table, "236.8亿元") == [("actual", 2021, "")]
    assert rows(table, "6200人") == [("actual", 2021, "")]
    assert rows(table, "7.5%") == [("target", 2022, "about")]


def test_a_bulletin_on_part_of_a_year_reviews_the_year_its_title_names(tmp_path):
    # published in June: a whole-year report of that date would review the year before
    text = ("2021年1-5月全县经济运行简况\n\n发布日期：2021年06月18日\n\n"
            "1-5月，全县规模以上工业增加值同比增长9.4%。\n"
            "5月份，规模以上工业增加值增长7.1%。\n"
            "5月末，全县金融机构各项存款余额623.5亿元，比年初增加41.2亿元。\n")
    report, table = read(tmp_path, text)
    assert (report.review_year, report.years_source) == (2021, "title")
    for figure in ("9.4%", "7.1%", "623.5亿元", "41.2亿元"):
        assert rows(table, figure)[0][:2] == ("actual", 2021), figure


def test_a_goal_met_is_no_plan_formula(tmp_path):
    text = ("过去一年，全县地区生产总值增长5.6%。\n"
            "2023年确定的主要目标全面完成，城镇新增就业4200人。\n"
            "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")
    _, table = read(tmp_path, text)
    assert rows(table, "4200人")[0][0] == "actual"
    assert rows(table, "6%")[0][0] == "target"


def test_a_news_headline_over_the_whole_text_divides_nothing(tmp_path):
    text = ("区政府召开常务会议 回顾2023年工作 部署2024年任务\n\n"
            "1月5日，区政府召开常务会议。会议指出，2023年全区地区生产总值增长6.2%，高于年初预期目标0.7个百分点；"
            "一般公共预算收入完成年度预算的101.3%。\n"
            "会议强调，2024年要确保地区生产总值增长6%左右，新增城镇就业1.2万人以上。\n")
    report, table = read(tmp_path, text)
    assert report.parts_source != "heading"
    for figure in ("6.2%", "0.7个百分点", "101.3%"):  # 高于年初预期目标 and 年度预算的 are results against goals
        assert rows(table, figure)[0][:2] == ("actual", 2023), figure
    assert rows(table, "6%") == [("target", 2024, "about")]
    assert rows(table, "1.2万人") == [("target", 2024, "at_least")]


def test_a_headline_naming_the_plan_year_is_not_the_review_heading(tmp_path):
    text = ("市政府工作报告提出2019年主要预期目标\n人民网 2019年1月20日\n\n"
            "报告指出，过去五年，全市生产总值年均增长8.3%；地方一般公共预算收入年均增长9.5%。"
            "2018年，全市生产总值增长7.1%。\n"
            "报告提出，2019年全市经济社会发展的主要预期目标是：生产总值增长7%左右，城镇登记失业率控制在4%以内。\n")
    report, table = read(tmp_path, text)
    assert (report.review_year, report.plan_year) == (2018, 2019)
    assert rows(table, "9.5%")[0][:2] == ("actual", 2018)
    assert rows(table, "7.1%")[0][:2] == ("actual", 2018)
    assert rows(table, "7%") == [("target", 2019, "about")]


def test_a_goal_for_part_of_the_year_is_a_target(tmp_path):
    text = ("2024年一季度全县经济运行情况\n一季度，全县地区生产总值同比增长5.9%。\n"
            "下一步，要确保上半年地区生产总值增长6%以上，力争全年增长6.5%。\n")
    _, table = read(tmp_path, text)
    assert rows(table, "5.9%")[0][:2] == ("actual", 2024)
    assert rows(table, "6%") == [("target", 2024, "at_least")]  # 确保上半年…: committed to, not achieved
    assert rows(table, "6.5%")[0][:2] == ("target", 2024)


def test_the_span_in_a_programme_name_is_not_the_figure_year(tmp_path):
    text = ("一、2022年工作回顾\n全年地区生产总值增长5%。\n二、2023年工作安排\n"
            "实施乡村振兴三年行动（2023—2025年），新建高标准农田2万亩。\n")
    _, table = read(tmp_path, text)
    assert rows(table, "2万亩")[0][:2] == ("target", 2023)


def test_a_year_figure_in_a_five_year_sentence_keeps_its_year(tmp_path):
    text = ("一、过去五年工作回顾\n过去五年，全县生产总值由2015年的86.4亿元增加到2020年的132.7亿元，年均增长8.9%。\n"
            "2020年，全县生产总值增长4.1%。\n二、2021年工作安排\n全县生产总值增长7%左右。\n")
    _, table = read(tmp_path, text)
    assert rows(table, "86.4亿元")[0][:2] == ("actual", 2015)  # 由2015年的…: that year's figure
    assert rows(table, "8.9%")[0][:2] == ("actual", 2020)  # over the five years to the review year


def test_a_first_line_naming_one_part_still_heads_the_text(tmp_path):
    # an explainer's target block pasted alone: 【…主要目标】 is the plan, though its lines say only 增长
    report, table = read(tmp_path, "【2023年主要目标】\n地区生产总值增长6.5%左右\n固定资产投资增长10%\n")
    assert report.parts_source == "heading"
    assert rows(table, "6.5%") == [("target", 2023, "about")]
    assert rows(table, "10%") == [("target", 2023, "")]


def test_next_steps_in_a_review_part_are_plans(tmp_path):
    text = ("2023年前三季度全市经济运行情况\n前三季度，全市地区生产总值增长5.4%。\n"
            "下一步，全市将全力冲刺，为实现全年增长6%的目标打下基础。\n")
    _, table = read(tmp_path, text)
    assert rows(table, "5.4%")[0][:2] == ("actual", 2023)
    assert rows(table, "6%")[0][:2] == ("target", 2023)


def test_a_space_between_a_figure_and_its_unit_keeps_the_unit(tmp_path):
    """A Word or PDF copy puts a space (ASCII, full-width or no-break) between a number and its
    multiplier or unit: the figure keeps them (probe 10), and a space before other words does not."""
    text = ("各位代表：过去一年，全镇完成固定资产投资４．６ 亿元，修建村组道路１７．５　公里，"
            "帮扶脱贫户58 户，地区生产总值增长7.1 %。今年力争新增就业2.3\u00a0万人。文件编号0110002 公文目录。\n")
    _, table = read(tmp_path, text)
    found = {r.text: (r.value, r.unit, r.role) for r in table.itertuples()}
    assert found["４．６ 亿元"] == (460000000, "元", "actual")
    assert found["１７．５　公里"] == (Decimal("17.5"), "公里", "actual")
    assert found["58 户"] == (58, "户", "actual")
    assert found["7.1 %"] == (Decimal("7.1"), "%", "actual")
    assert found["2.3\u00a0万人"] == (23000, "人", "target")
    unit = found["0110002"][1]  # a code before 公文目录: no unit taken across the space
    assert pd.isna(unit) or unit == ""


def test_a_past_year_opening_a_clause_of_the_plan_gives_its_results(tmp_path):
    """A county report mixing last year's results and this year's goals in one paragraph, the
    clauses joined by ； (probe 10): the clause that opens with the past year states results."""
    text = ("二、2026年主要任务\n2025年建成高标准农田1.6万亩，新增城市绿地12.5公顷；2026年计划新建高标准农田2万亩，"
            "新增绿地15公顷。在2025年基础上，力争粮食产量增长2%。\n")
    _, table = read(tmp_path, text)
    assert rows(table, "1.6万亩") == [("actual", 2025, "")] and rows(table, "12.5公顷") == [("actual", 2025, "")]
    assert rows(table, "2万亩") == [("target", 2026, "")] and rows(table, "15公顷") == [("target", 2026, "")]
    assert rows(table, "2%") == [("target", 2026, "")]  # a past year with a commitment after it: still a goal


def test_later_sentences_of_a_paragraph_that_opens_with_the_plan_plan_too(tmp_path):
    """A half-year report reviews the year so far; its last paragraph opens with 下半年，… and
    its later sentences are plans too, with or without a commitment word (probe 10)."""
    text = ("某区2026年上半年工作总结和下半年工作打算\n上半年，全区地区生产总值完成88.2亿元，同比增长5.6%。"
            "新签约项目31个。\n下半年，我们将聚焦全年目标，确保地区生产总值增长6%。加快推进42个重点项目，"
            "力争年底前完成投资70亿元。\n")
    _, table = read(tmp_path, text)
    assert rows(table, "88.2亿元")[0][:2] == ("actual", 2026) and rows(table, "31个")[0][:2] == ("actual", 2026)
    assert [rows(table, f)[0][:2] for f in ("6%", "42个", "70亿元")] == [("target", 2026)] * 3
