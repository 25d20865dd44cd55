"""Texts as users have them, not only whole reports: an opening cut off before the plan, a report
whose headings run into the text, a news item quoting a report, a half-year report, ranking
sentences. Each is read (never refused) and its figures get the roles and years its wording says.

The texts are written for these tests in the style of such sources (no real report is copied).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import govreport
from govreport.errors import GovReportError


def read(tmp_path: Path, text: str, name: str = "pasted.txt") -> tuple[govreport.Report, pd.DataFrame]:
    """As a user reads a pasted text: a .txt file on its own, through read_report."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = govreport.read_report(path)
    return report, govreport.extract_quantities(report)


def row(table: pd.DataFrame, text: str) -> dict:
    found = table[table["text"] == text]
    assert len(found) == 1, f"{text!r}: {len(found)} rows"
    out = found.iloc[0].to_dict()
    out["year"] = None if pd.isna(out["year"]) else int(out["year"])
    return out


OPENING = (
    "各位代表：\n"
    "现在，我代表县人民政府，向大会报告政府工作，请予审议。\n"
    "过去的一年，是极不平凡的一年。全县地区生产总值完成312.6亿元，增长5.8%；"
    "规模以上工业增加值增长9.1%，城乡居民人均可支配收入分别达到41250元、18630元。\n"
    "一年来，我们坚持项目为王，实施重点项目146个，完成投资98.4亿元，新增市场主体5120户。\n"
)


def test_an_opening_without_headings_is_the_review(tmp_path):
    report, table = read(tmp_path, OPENING)
    assert report.parts_source == "opening"
    figures = table[table["role"].isin(["actual", "target"])]
    assert len(figures) == 8 and set(figures["role"]) == {"actual"}
    assert set(figures["part"]) == {"review"}
    assert report.years_source == ""  # nothing in the text dates it: the year is left blank, not guessed
    assert figures["year"].isna().all()


def test_a_dated_opening_takes_its_years_from_the_sentence_that_names_one(tmp_path):
    report, table = read(tmp_path, OPENING.replace("过去的一年，是", "过去的一年，2023年，是"))
    assert (report.review_year, report.plan_year, report.years_source) == (2023, 2024, "text")
    assert row(table, "312.6亿元")["year"] == 2023


@pytest.mark.parametrize("name, years", [
    ("成都2024年政府工作报告节选.txt", (2023, 2024)),  # titled as reports are: delivered in 2024
    ("report_20240305.txt", (2023, 2024)),  # a delivery date
    ("东湖街道2023年上半年工作总结.txt", (2023, 2023)),  # a half-year report covers its own year
])
def test_a_text_naming_no_year_takes_the_year_in_its_file_name_as_a_visible_guess(tmp_path, name, years):
    report, table = read(tmp_path, OPENING, name)
    assert (report.review_year, report.plan_year, report.years_source) == (*years, "file_name")
    assert row(table, "312.6亿元")["year"] == years[0]


@pytest.mark.parametrize("name", ["十四五2021-2025节选.txt", "excerpt_3.txt"])
def test_a_file_name_with_no_year_or_several_dates_nothing(tmp_path, name):
    report, _ = read(tmp_path, OPENING, name)
    assert report.review_year is None and report.years_source == ""


def test_the_text_own_year_outranks_the_file_name(tmp_path):
    report, _ = read(tmp_path, OPENING.replace("过去的一年，是", "过去的一年，2021年，是"), "成都2024.txt")
    assert (report.review_year, report.years_source) == (2021, "text")


RUN_ON = (
    "东湖街道办事处2024年政府工作报告一、2023年工作回顾2023年，街道上下团结奋进，完成一般公共预算收入2.36亿元，"
    "同比增长6.4%，改造老旧小区12个。二、2024年工作安排今年街道发展的主要预期目标是：一般公共预算收入增长5%，"
    "新增城镇就业岗位1500个，建成口袋公园6个。"
)


def test_headings_running_into_the_text_mark_the_parts(tmp_path):
    report, table = read(tmp_path, RUN_ON)
    assert report.parts_source == "heading"
    assert (report.review_year, report.plan_year, report.years_source) == (2023, 2024, "heading")
    titles = [h.title for h in report.headings if h.level == 1]
    assert titles == ["2023年工作回顾", "2024年工作安排"]
    assert (row(table, "2.36亿元")["role"], row(table, "2.36亿元")["year"]) == ("actual", 2023)
    assert (row(table, "12个")["role"], row(table, "12个")["part"]) == ("actual", "review")
    assert (row(table, "1500个")["role"], row(table, "1500个")["year"]) == ("target", 2024)
    assert row(table, "6个")["part"] == "plan"


NEWS = (
    "省十四届人大三次会议开幕 省长作政府工作报告\n"
    "2025-01-16 09:45:02 来源：省日报 编辑：李华\n"
    "本报讯 1月15日上午，省十四届人大三次会议在省城开幕。省长代表省人民政府作政府工作报告。\n"
    "报告指出，去年全省地区生产总值增长5.4%，城镇新增就业68.2万人。\n"
    "会议提到，今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业65万人以上。\n"
    "（图片来源网络，图侵删）\n"
)


def test_a_news_item_reads_like_the_report_it_quotes(tmp_path):
    report, table = read(tmp_path, NEWS)
    assert (report.review_year, report.plan_year, report.years_source) == (2024, 2025, "date")
    assert (row(table, "5.4%")["role"], row(table, "5.4%")["year"]) == ("actual", 2024)
    assert (row(table, "68.2万人")["role"], row(table, "68.2万人")["year"]) == ("actual", 2024)
    assert (row(table, "5.5%")["role"], row(table, "5.5%")["year"]) == ("target", 2025)
    assert (row(table, "65万人")["role"], row(table, "65万人")["qualifier"]) == ("target", "at_least")
    furniture = table[table["start"] < NEWS.index("本报讯") + 12]  # the date line and the dateline
    assert set(furniture["role"]) == {"meta"}, furniture[["text", "role"]]


HALF_YEAR = (
    "2024年上半年工作总结\n"
    "一、上半年主要指标完成情况\n"
    "2024年1-6月，全镇完成固定资产投资5.6亿元，同比增长12.3%。上半年，农村居民人均可支配收入8650元，增长7.2%。\n"
    "前五个月，新增市场主体236户。\n"
    "二、下半年工作打算\n"
    "力争全年完成固定资产投资11亿元。\n"
)


def test_a_half_year_report_states_results_for_part_of_the_year(tmp_path):
    report, table = read(tmp_path, HALF_YEAR)
    invest = row(table, "5.6亿元")
    assert (invest["role"], invest["year"], invest["period"]) == ("actual", 2024, "1-6月")
    income = row(table, "8650元")
    assert (income["role"], income["year"], income["period"]) == ("actual", 2024, "上半年")
    assert (row(table, "236户")["role"], row(table, "236户")["period"]) == ("actual", "前五个月")
    months = table[(table["start"] >= HALF_YEAR.index("2024年1-6月")) & (table["start"] < HALF_YEAR.index("，全镇"))]
    assert list(months["text"]) == ["2024年", "1", "6月"] and set(months["role"]) == {"meta"}
    assert (row(table, "11亿元")["role"], row(table, "11亿元")["year"], row(table, "11亿元")["period"]) == ("target", 2024, "")
    assert (report.review_year, report.plan_year) == (2024, 2024)  # the plan is the year's second half


SUMMARY = (
    "东湖县2024年上半年工作总结和下半年工作打算\n"
    "一、上半年工作完成情况\n"
    "1-6月，全县实现地区生产总值98.6亿元，同比增长5.8%；固定资产投资完成46.3亿元。"
    "上半年新增城镇就业2860人，完成全年目标的57.2%。\n"
    "二、下半年工作打算\n"
    "下半年，力争全年地区生产总值增长6%以上，新增城镇就业5000人以上。\n"
)


def test_a_work_summary_is_dated_by_its_title_and_its_results_are_the_review(tmp_path):
    """No year but the title's; a 完成情况 heading opens the review; the share of a goal done
    so far (完成全年目标的57.2%) is a result, not a goal."""
    report, table = read(tmp_path, SUMMARY)
    assert (report.review_year, report.plan_year, report.years_source) == (2024, 2024, "title")
    for figure in ("98.6亿元", "2860人", "57.2%"):
        assert (row(table, figure)["role"], row(table, figure)["year"], row(table, figure)["part"]) == (
            "actual", 2024, "review"), figure
    assert (row(table, "5000人")["role"], row(table, "5000人")["year"]) == ("target", 2024)


PLAN_PASSAGE = (
    "2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。今年全市经济社会发展的主要预期目标是："
    "地区生产总值增长6%左右；一般公共预算收入增长5%；城镇调查失业率控制在5.5%以内，城镇新增就业1.2万人以上；"
    "居民人均可支配收入增长与经济增长同步；单位地区生产总值能耗下降2%左右。\n"
    "实现上述目标，要重点抓好以下工作：\n（一）扩大有效投资。全年安排重点项目150个。"
    "到2030年，全市常住人口城镇化率达到60%。\n"
)


def test_a_plan_passage_is_dated_by_its_year_not_by_a_later_deadline(tmp_path):
    """A formula may name the place (今年全市…主要预期目标); the sentence before it plans too;
    到2030年 dates its own goal only."""
    report, table = read(tmp_path, PLAN_PASSAGE)
    assert (report.review_year, report.plan_year) == (2024, 2025)
    for figure in ("6%", "1.2万人", "150个"):
        assert (row(table, figure)["role"], row(table, figure)["year"]) == ("target", 2025), figure
    assert (row(table, "60%")["role"], row(table, "60%")["year"]) == ("target", 2030)


RELATIVE_TERMS = (
    "一、2024年工作回顾\n过去五年，累计新增就业60万人。今年城镇新增就业12万人。\n"
    "二、2025年工作安排\n城镇新增就业11万人以上。资助以训稳岗，今明两年职业技能培训50万人次以上，高职院校扩招2万人。"
    "今后五年，单位地区生产总值能耗、二氧化碳排放量分别下降13%、18%。三年内新建保障性住房3万套。\n"
)


def test_a_goal_for_this_year_and_the_next_years_is_dated_by_its_span(tmp_path):
    """今明两年 (this year and next), 今后五年, 三年内: a goal for the span from the plan year on,
    dated by its last year with year_from the plan year; it is not one year's target."""
    _, table = read(tmp_path, RELATIVE_TERMS)
    dates = {figure: (row(table, figure)["role"], row(table, figure)["year"], row(table, figure)["year_from"])
             for figure in ("11万人", "50万人次", "2万人", "13%", "18%", "3万套", "60万人")}
    assert dates["11万人"][:2] == ("target", 2025) and pd.isna(dates["11万人"][2])
    assert dates["50万人次"] == dates["2万人"] == ("target", 2026, 2025)
    assert dates["13%"] == dates["18%"] == ("target", 2029, 2025)
    assert dates["3万套"] == ("target", 2027, 2025)
    assert dates["60万人"][:2] == ("actual", 2024)  # a review's 过去五年 is no goal


def test_a_year_opening_a_sentence_that_plans_is_the_plan_year(tmp_path):
    text = ("2023年，全县一般公共预算收入完成12.6亿元，排名全市第5位。"
            "2024年，力争地区生产总值增长7%，综合实力进入全省前10位。")
    report, table = read(tmp_path, text)
    assert (report.review_year, report.plan_year) == (2023, 2024)
    assert (row(table, "12.6亿元")["role"], row(table, "12.6亿元")["year"]) == ("actual", 2023)
    assert (row(table, "7%")["role"], row(table, "7%")["year"]) == ("target", 2024)


QUARTERS = (
    "关于全镇前三季度经济运行情况和第四季度工作安排的报告\n"
    "（2022年10月18日）\n"
    "一、前三季度经济运行情况\n"
    "1-9月，全镇完成固定资产投资6.2亿元，占全年目标任务的71.3%，同比增长9.6%。"
    "截至9月底，各项存款余额达到48.5亿元。\n"
    "二、第四季度工作安排\n"
    "确保全年完成固定资产投资8.5亿元以上。\n"
)


def test_a_report_on_three_quarters_plans_the_rest_of_its_year(tmp_path):
    """The document's title heads no part; 运行情况 opens the review; a share of the year's goal
    keeps its period; 截至9月底 is a period; the fourth quarter's plan is for the same year."""
    report, table = read(tmp_path, QUARTERS)
    assert (report.review_year, report.plan_year) == (2022, 2022)
    assert [row(table, f)["period"] for f in ("6.2亿元", "71.3%", "9.6%", "48.5亿元")] == ["1-9月"] * 3 + ["截至9月底"]
    assert {row(table, f)["role"] for f in ("6.2亿元", "71.3%", "48.5亿元")} == {"actual"}
    assert (row(table, "8.5亿元")["role"], row(table, "8.5亿元")["year"]) == ("target", 2022)


def test_goals_for_a_five_year_term_are_for_its_last_year(tmp_path):
    """“十四五”时期…主要目标是：… names the term the goals are for (and the items ；-joined after
    it); a plan that only uses the term as an occasion (以“十五五”规划编制为契机) keeps the plan year."""
    text = ("政府工作报告\n一、2020年工作回顾\n全年地区生产总值增长3.6%。\n二、2021年工作安排\n"
            "“十四五”时期经济社会发展的主要目标是：地区生产总值年均增长6%左右；研发经费投入年均增长10%以上。"
            "今年以“十五五”规划编制为契机，力争储备重大项目30个以上。\n")
    report, table = read(tmp_path, text)
    for figure in ("6%", "10%"):
        assert (row(table, figure)["role"], row(table, figure)["year"], row(table, figure)["year_from"]) == (
            "target", 2025, 2021), figure
    assert (row(table, "30个")["role"], row(table, "30个")["year"]) == ("target", 2021)


def test_goals_under_a_heading_for_the_next_term_are_for_its_last_year(tmp_path):
    """A section that sets the next term's goals (“十五五”时期主要目标任务): what its words commit to
    is a goal for 2030, not for the plan year."""
    text = ("政府工作报告\n一、2025年工作回顾\n全年地区生产总值增长5.2%。\n"
            "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
            "围绕上述目标，规划纲要设置了主要指标，包括：地区生产总值年均增速4.5%-5%，全社会研发投入占比6%以上。\n"
            "三、2026年重点工作\n今年地区生产总值增长5%左右。\n")
    report, table = read(tmp_path, text)
    for figure in ("4.5%-5%", "6%"):
        assert (row(table, figure)["role"], row(table, figure)["year"], row(table, figure)["year_from"]) == (
            "target", 2030, 2026), figure
    assert (row(table, "5%")["role"], row(table, "5%")["year"]) == ("target", 2026)


def test_a_fourth_probe_of_pasted_texts(tmp_path):
    """Cases a fourth probe of texts written for it found: a year opening a sentence that plans,
    after a 过去一年 opening; a 关于…的报告 on three quarters with its 第四季度 plans; an explainer's
    【2026年主要目标】; 明年 in a plan; 周岁, 份 and 剂次."""
    report, table = read(tmp_path, "过去一年，全镇综合考核位居全县第2位，实现旅游收入9000万元。"
                                   "2018年，全镇将力争综合考核进入全县前3名，新培育企业5家。")
    assert (report.review_year, row(table, "9000万元")["year"]) == (2017, 2017)
    assert (row(table, "5家")["role"], row(table, "5家")["year"]) == ("target", 2018)
    report, table = read(tmp_path, "关于2023年前三季度经济运行情况和第四季度工作安排的报告\n"
                                   "今年以来，1-9月，地区生产总值完成156.8亿元。\n"
                                   "第四季度，我们将确保全年地区生产总值增长6.5%以上；力争新开工项目15个。\n")
    assert (report.review_year, report.plan_year) == (2023, 2023)
    assert [(row(table, f)["role"], row(table, f)["year"]) for f in ("156.8亿元", "6.5%", "15个")] == [
        ("actual", 2023), ("target", 2023), ("target", 2023)]
    _, table = read(tmp_path, "图解\n【2025年成绩单】\n新增市场主体1.2万户\n【2026年主要目标】\n新引进项目100个\n")
    assert (row(table, "100个")["role"], row(table, "100个")["year"]) == ("target", 2026)
    _, table = read(tmp_path, "政府工作报告\n一、2024年工作回顾\n全年增长5%。\n二、2025年工作安排\n"
                              "今年增长5.5%左右。明年，力争研发投入强度提高到2.8%。\n")
    assert (row(table, "2.8%")["role"], row(table, "2.8%")["year"]) == ("target", 2026)
    _, table = read(tmp_path, "过去一年，为80周岁以上老人发放补贴，建立档案312份，接种疫苗21.5万剂次。")
    assert [row(table, f)["unit"] for f in ("80周岁", "312份", "21.5万剂次")] == ["周岁", "份", "剂次"]


def test_a_fifth_probe_of_pasted_texts(tmp_path):
    """展望2035年 dates no plan; the items after a year's goal list keep its year, not a term's
    named in the sentence before; 2026年主要预期目标 heads the plan; …2026年工作报告 titles date it."""
    report, table = read(tmp_path, "展望2035年，基本实现现代化。\n"
                                   "“十四五”时期主要目标是：到2025年，地区生产总值达到8.5万亿元左右；城镇化率达到75%。\n"
                                   "2021年主要预期目标：地区生产总值增长6.5%以上；城镇新增就业100万人。\n")
    assert report.plan_year == 2021
    assert [row(table, f)["year"] for f in ("75%", "6.5%", "100万人")] == [2025, 2021, 2021]
    _, table = read(tmp_path, "2025年成绩单\n新增市场主体1.2万户\n2026年主要预期目标\n城镇新增就业6万人以上\n")
    assert (row(table, "6万人")["role"], row(table, "6万人")["year"]) == ("target", 2026)
    report, _ = read(tmp_path, "临港开发区管委会2026年工作报告\n2025年，实现规上工业总产值1520亿元。"
                               "2026年是“十五五”开局之年。主要目标是：规上工业总产值增长8%左右。\n")
    assert (report.review_year, report.plan_year) == (2025, 2026)


PRESS_RELEASE = (
    "记者从市十五届人大二次会议获悉 全市去年地区生产总值增长5.9%\n"
    "发布时间：2024-01-20 09:10　来源：某某新闻网\n"
    "2023年，全市地区生产总值完成812亿元，增长5.9%，新增城镇就业2.1万人。\n"
    "报告提出，2024年全市地区生产总值增长6%左右，城乡居民收入增长与经济增长同步。"
    "力争引进亿元以上项目60个以上，新增规上工业企业40家，维修山坪塘120口。\n"
    "【责任编辑：张三】\n"
)


def test_a_press_release_reads_the_plan_it_reports(tmp_path):
    """报告提出 and 力争 make their sentences plan, whatever the paragraph's weak words (增长,
    新增); 口 counts ponds."""
    report, table = read(tmp_path, PRESS_RELEASE)
    assert (report.review_year, report.plan_year) == (2023, 2024)
    assert (row(table, "812亿元")["role"], row(table, "812亿元")["year"]) == ("actual", 2023)
    for figure in ("6%", "60个", "40家", "120口"):
        assert (row(table, figure)["role"], row(table, figure)["year"]) == ("target", 2024), figure
    assert row(table, "120口")["unit"] == "口"


WORD_COPY = (
    "（二〇一九年一月二十二日）\n"
    "各位代表：\n"
    "　　2018年，全省生产总值增长7.2%；一般公共预算收入突破900亿元。\n"
    "　　2019年全省经济社会发展的主要预期目标是：生产总值增长7%左右；一般公共预算收入增长6%；"
    "城镇新增就业50万人以上。\n"
    "　　全年计划实施重大项目300个。\n"
)


def test_a_word_copy_is_dated_by_its_chinese_date_and_its_goal_list_stays_plan(tmp_path):
    """A date in Chinese numerals; a year after full-width indentation opens its sentence; a goal
    list joined by ；keeps the cue of its head; 计划实施 plans."""
    report, table = read(tmp_path, WORD_COPY)
    assert report.meta["delivered"] == "2019-01-22" and (report.review_year, report.plan_year) == (2018, 2019)
    assert (row(table, "7.2%")["role"], row(table, "7.2%")["year"]) == ("actual", 2018)
    for figure in ("7%", "6%", "50万人", "300个"):
        assert (row(table, figure)["role"], row(table, figure)["year"]) == ("target", 2019), figure


def test_a_second_heading_running_into_the_text_is_found(tmp_path):
    text = ("东坝镇2024年政府工作报告一、2023年工作回顾2023年，全镇完成农业总产值3.6亿元，增长4.2%。"
            "二、2024年工作打算2024年，全镇力争农业总产值增长5%，粮食播种面积稳定在3.2万亩以上。")
    report, table = read(tmp_path, text)
    assert "plan" in report.parts
    assert (row(table, "3.2万亩")["role"], row(table, "3.2万亩")["year"]) == ("target", 2024)


@pytest.mark.parametrize("sentence, figure, qualifier", [
    ("全市地区生产总值位居全省第3位。", "3位", ""),
    ("营商环境评价排名第5，较上年提升两位。", "5", ""),
    ("跻身全国综合实力百强县第48位。", "48位", ""),
    ("综合保税区跻身全国90强。", "90", "at_most"),  # (3家企业入选…500强: the class counted firms enter, a label; audit 39)
    ("县域经济竞争力进入全省前10。", "10", "at_most"),
    ("粮食单产居全省第一，", "一", ""),
    ("外贸进出口总额跃居全国第二位。", "二位", ""),
    ("高新区综合排名首次跻身全国前十。", "十", "at_most"),
    ("我县首次跻身全国县域经济百强县。", "百", "at_most"),
])
def test_a_place_in_a_ranking_is_a_result(tmp_path, sentence, figure, qualifier):
    _, table = read(tmp_path, "2023年工作回顾\n" + sentence)
    r = row(table, figure)
    assert (r["role"], r["kind"], r["unit"], r["qualifier"]) == ("actual", "rank", "位", qualifier)


@pytest.mark.parametrize("sentence, figure", [
    ("两家医院进入同类十强。", "十"),  # (a class counted entrants enter, in Chinese numerals too: session 21's closing note)
    ("2家企业入选全球同行业五百强。", "五百"),
    ("成功举办第3届农民丰收节，增收200万元。", "3"),
    ("入选第2批国家级试点，投入500万元。", "2批"),
])
def test_a_numbered_item_stays_a_label(tmp_path, sentence, figure):
    _, table = read(tmp_path, sentence)
    r = row(table, figure)
    assert (r["role"], r["kind"]) == ("label", "")


@pytest.mark.parametrize("sentence", [
    "全年实现投资12亿元，位居全市前三季度平均水平之上。",  # 前三季度 is a period, not a place
    "坚持发展是第一要务，排名靠前的企业增加8家。",
    "保持开一备三强度，新开工项目20个。",
])
def test_chinese_numerals_that_are_no_places_give_no_row(tmp_path, sentence):
    _, table = read(tmp_path, sentence)
    assert (table["kind"] != "rank").all() and not table["text"].isin(["一", "三"]).any()


@pytest.mark.parametrize("sentence, place", [
    ("跻身全国综合实力百强县第48位，", "48位"),
    ("新区位居全国发展潜力百强榜第1名。", "1名"),
])
def test_a_list_followed_by_the_place_in_it_gives_the_place_only(tmp_path, sentence, place):
    _, table = read(tmp_path, "2023年工作回顾\n" + sentence)
    ranks = table[table["kind"] == "rank"]
    assert ranks["text"].tolist() == [place]


def test_a_plan_passage_without_headings_is_read_as_plan(tmp_path):
    text = ("加快建设现代化产业体系。力争规模以上工业增加值增长7%，新培育专精特新企业30家。"
            "着力扩大有效投资，计划实施重点项目120个，确保完成投资300亿元。")
    report, table = read(tmp_path, text)
    assert report.parts_source == "sentence_cues"
    figures = table[table["role"].isin(["actual", "target"])]
    assert set(figures["role"]) == {"target"} and set(figures["part"]) == {"plan"}


def test_a_review_passage_without_headings_is_read_as_review(tmp_path):
    text = ("全年实现农业总产值46.2亿元，同比增长4.1%。新建高标准农田3.2万亩，完成造林1.5万亩。"
            "累计发放惠农补贴1.08亿元，较上年增加12%。")
    report, table = read(tmp_path, text)
    assert report.parts_source == "sentence_cues"
    figures = table[table["role"].isin(["actual", "target"])]
    assert set(figures["role"]) == {"actual"}


@pytest.mark.parametrize("text, words", [
    ("The report says GDP grew by 5.2% in 2023, with 12.44 million new jobs (新增就业).", "no Chinese text"),
    ("各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。", "no figure"),
])
def test_only_text_that_is_not_chinese_with_figures_is_refused(tmp_path, text, words):
    with pytest.raises(GovReportError, match=words):
        read(tmp_path, text)


def test_a_single_short_line_is_read(tmp_path):
    """A user may paste one headline: a few Chinese characters with a figure are a text to read."""
    _, table = read(tmp_path, "今年GDP增长5%左右。")
    (row,) = table.itertuples()
    assert (row.text, row.role, row.qualifier, row.indicator_key) == ("5%", "target", "about", "gdp_growth")


WEB_PAGE = (
    "首页 > 信息公开 > 计划总结\n"
    "某区2025年上半年工作总结和下半年工作打算\n"
    "发布时间：2025-07-18 来源：区政府办 字号：大 中 小\n"
    "今年以来，全区上下凝心聚力，经济运行总体平稳。1-6月，全区规模以上工业增加值增长7.2%；"
    "社会消费品零售总额46.8亿元，增长5.3%，增速居全市第4位。\n"
    "下半年，我们将聚焦全年目标，力争全年固定资产投资增长8%。\n"
    "【打印本页】【关闭窗口】\n"
)


def test_a_web_page_copy_is_dated_by_its_page_and_keeps_its_periods(tmp_path):
    report, table = read(tmp_path, WEB_PAGE)
    assert (report.review_year, report.plan_year, report.years_source) == (2025, 2025, "date")
    assert (row(table, "7.2%")["role"], row(table, "7.2%")["year"], row(table, "7.2%")["period"]) == ("actual", 2025, "1-6月")
    assert row(table, "46.8亿元")["period"] == "1-6月"  # the period opens the sentence the ；-list belongs to
    assert (row(table, "4位")["kind"], row(table, "4位")["period"]) == ("rank", "1-6月")
    assert (row(table, "8%")["role"], row(table, "8%")["year"]) == ("target", 2025)
    page_date = table[table["sentence"].str.startswith("发布时间")]
    assert set(page_date["role"]) == {"meta"}


def test_a_plan_passage_opening_with_its_targets_is_all_plan(tmp_path):
    text = ("2025年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业4500人以上。"
            "实现上述目标，要重点抓好以下工作。全年实施重点项目150个以上，完成投资120亿元。")
    report, table = read(tmp_path, text)
    assert report.parts_source == "opening"
    assert (report.plan_year, report.years_source) == (2025, "text")
    figures = table[table["role"].isin(["actual", "target"])]
    assert list(figures["role"]) == ["target"] * 4 and set(figures["year"]) == {2025}


def test_a_period_holds_over_a_list_joined_by_semicolons_in_a_plan_passage(tmp_path):
    text = ("今年以来，全市经济持续回升。1-5月，全市规模以上工业增加值增长6.8%；固定资产投资增长9.2%。"
            "下半年，力争全年地区生产总值增长6%。")
    _, table = read(tmp_path, "2024年6月20日\n" + text)
    for figure in ("6.8%", "9.2%"):
        assert (row(table, figure)["role"], row(table, figure)["year"], row(table, figure)["period"]) == ("actual", 2024, "1-5月")
    assert (row(table, "6%")["role"], row(table, "6%")["period"]) == ("target", "")


def test_a_news_item_dated_in_its_first_sentence(tmp_path):
    text = ("2025年2月10日，某州第十五届人民代表大会第六次会议隆重开幕，州长代表州人民政府作政府工作报告。"
            "报告回顾，2024年全州粮食总产量达到62.4万吨，农村居民人均可支配收入增长6.8%。"
            "报告明确，2025年全州地区生产总值预期增长6.5%左右，力争实施重点项目300个。")
    report, table = read(tmp_path, text)
    assert (report.meta["delivered"], report.review_year, report.plan_year, report.years_source) == (
        "2025-02-10", 2024, 2025, "date")
    assert [(row(table, f)["role"], row(table, f)["year"]) for f in ("62.4万吨", "6.8%", "6.5%", "300个")] == [
        ("actual", 2024), ("actual", 2024), ("target", 2025), ("target", 2025)]
    assert set(table[table["text"].isin(["2025年", "2月", "10日"])]["role"]) == {"meta"}


def test_the_first_months_of_a_year_are_a_period_but_months_ahead_are_a_duration(tmp_path):
    _, table = read(tmp_path, "前4个月，全县完成投资8.5亿元。园区项目提前3个月建成投产。")
    assert row(table, "4个月")["role"] == "meta"
    assert (row(table, "8.5亿元")["role"], row(table, "8.5亿元")["period"]) == ("actual", "前4个月")
    assert (row(table, "3个月")["role"], row(table, "3个月")["period"]) == ("actual", "")


def test_quantities_of_a_simplified_text_are_not_folded_and_a_traditional_one_folds(tmp_path):
    """tables/traditional.py: the report's text is searched once for traditional characters;
    without any, the quantities are used as they are (no cell of theirs has one either)."""
    from govreport.tables.traditional import fold_quantities

    text = "一、2023年工作回顾\n全年地区生产总值增长5.2%，农业总产值15.6亿元。\n"
    report, table = read(tmp_path, text)
    folded, back = fold_quantities(table, report.text)
    assert folded is table and back == {}
    traditional = "一、2023年工作回顧\n全年地區生產總值增長5.2%，農業總產值15.6億元。\n"
    report, table = read(tmp_path, traditional, "traditional.txt")
    folded, back = fold_quantities(table, report.text)
    assert folded is not table and "农业总产值15.6亿元" in folded["sentence"].iloc[-1]
    assert back and fold_quantities(table)[1] == back  # the same as folding cell by cell
