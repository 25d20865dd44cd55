"""A text copied from a PDF, hard-wrapped at the column width, with page footers 「— N —」 on
their own lines, some inside a sentence (audit 42, city_chengde_2024: rows 0, 40, 45, 94).
The lines are the report's own, quoted; offsets must still index the original text."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.report.fold import fold_for_scan
from govreport.report.layout import PAGE_BREAK, unwrap_lines
from govreport.tables import build_targets

REVIEW = (
    "一、2023年工作回顾\n"
    "场县获批国家级谷子优势特色产业集群，宽城县传统板栗栽培系统\n"
    "被联合国粮农组织认定为全球重要农业文化遗产。打造省级和美乡\n"
    "村示范区7个、和美乡村116个，新建改造农村公路1065公里、电力\n"
    "线路1200公里，改造提升农村户厕5423座。兴隆县获评全国村庄清\n"
    "洁行动先进县。\n"
)
PLAN = (
    "二、2024年目标任务和主要工作\n"
    "今年经济社会发展主要预期目标是：地区生产总值增长6%左\n"
    "右，一般公共预算收入增长5%左右，规模以上工业增加值增长6.5%\n"
    "左右，固定资产投资增长7%左右，社会消费品零售总额增长6%左右，\n"
    "进出口总值增长3.5%左右；居民人均可支配收入增长6%左右；居民\n"
    "消费价格指数涨幅控制在3%左右。\n"
    "与首农、大北农等企业集团合作，提质提效绿色食品及生物医药产\n"
    "业，推动230家重点企业扩能升级，全产业链产值达到1100亿元以\n"
    "上。推动文旅产业融合提质。牢固树立“旅游精准化”理念，加快\n"
    "娱乐项目，承办越野滑雪、速度滑冰等高水平赛事10场以上。持续\n"
    "放大“旅游+文化”综合效应，打造云漫疏林大草原等高品质文旅\n"
    "— 13 —\n"
    "项目20个，罗汉山文化创意产业园建成运营，中国马镇创建国家级\n"
    "旅游度假区，办好全市乡村旅游与民宿产业发展大会。\n"
    "洁攻坚行动，完成污水治理村48个，改造农村户厕4930座，每个县\n"
    "打造1-2个集中连片示范片区，创建省级和美乡村100个、美丽庭院\n"
    "4.2万户。着力改善乡村基础设施条件，建设改造“四好农村路”\n"
    "850公里，农村自来水普及率提高到87.5%，改造农村电网565公里。\n"
    "— 18 —\n"
)
TEXT = REVIEW + PLAN


def _targets():
    report = read_text(TEXT)
    return report, build_targets(extract_quantities(report)).set_index("text", drop=False)


def test_a_qualifier_split_by_a_line_break_is_read():
    # 地区生产总值增长6%左⏎右: about (a band), as 6.5%⏎左右; 1100亿元以⏎上: at least (a floor)
    _, t = _targets()
    assert (t.loc["6%", "qualifier"].iloc[0], t.loc["6%", "target_kind"].iloc[0]) == ("about", "band")
    assert (t.loc["1100亿元", "qualifier"], t.loc["1100亿元", "target_kind"]) == ("at_least", "floor")


def test_a_page_footer_inside_a_name_is_skipped_and_kept_in_the_text():
    # 打造云漫疏林大草原等高品质文旅⏎— 13 —⏎项目20个: the name reads across the footer
    report, t = _targets()
    assert t.loc["20个", "indicator"] == "打造高品质文旅项目数"  # (the examples before 等 left out since fix101c)
    assert report.text == TEXT and len(report.scan) == len(TEXT)
    row = t.loc["20个"]
    assert TEXT[row["start"]:row["end"]] == "20个"  # offsets index the original text
    footer = TEXT.index("— 13 —")
    assert report.scan[footer:footer + 6].strip() == "" and PAGE_BREAK in report.scan[footer - 2:footer + 8]
    assert "— 13 —" in row["sentence"]  # the sentence is the text's, footer and all


def test_a_line_ending_in_a_closing_quote_mid_sentence_runs_on():
    # 建设改造“四好农村路”⏎850公里: the quote closes a name, not the paragraph
    _, t = _targets()
    assert t.loc["850公里", "indicator"] == "建设改造四好农村路长度"
    assert t.loc["850公里", "baseline_text"] == "1065公里"


def test_real_paragraph_ends_and_a_last_footer_stay_breaks():
    scan = unwrap_lines(fold_for_scan(TEXT))
    lines = scan.split("\n")
    assert any(line.endswith("居民 消费价格指数涨幅控制在3%左右。") for line in lines)  # 。 ends the paragraph
    assert any(line.startswith("与首农、大北农") for line in lines)
    assert "— 18 —" in lines and PAGE_BREAK not in scan[TEXT.index("— 18 —") - 3:]  # after 。: a page number, kept
    assert "二、2024年目标任务和主要工作" in lines  # a heading
    assert unwrap_lines("“好”。\n") == "“好”。\n"


def test_a_report_a_paragraph_a_line_is_unchanged():
    one_a_line = ("一、2023年工作回顾\n" + "全年地区生产总值增长5.2%，" * 12 + "成绩来之不易。\n"
                  "二、2024年工作安排\n地区生产总值增长6%左右，建设改造“四好农村路”850公里。\n")
    assert unwrap_lines(one_a_line) == one_a_line
