"""Round 148, fix149h (held-out set 72: 济宁, 大庆, 亳州 2021): five-year totals of a term review taken as last year's
baselines, 年均 before 分别, the aspect particle 了 opening review names, stage words (加快建设 is not 开工), and the
year's build-out of a stock (建设海绵城市12平方公里) as a flow. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.extract.name_polish import polish
from govreport.tables import build_targets
from tests.target_cases import baseline_of, class_of, targets

_TERM_OPENING = "“十三五”时期，是全市经济社会加快转型的五年。全市上下攻坚克难，“十三五”规划圆满收官。\n"
_TERM_SECTION = ("（一）乡村振兴全面起势\n"
                 "现代农业提质增效，建设高标准农田500万亩，完成农村改厕100万户、污水治理村2900个。\n"
                 "（二）城市能级大幅跃升\n"
                 "打通断头路120条，建成海绵城市110平方公里。\n")
_YEAR_PARAGRAPH = "各位代表，2020年是极不平凡的一年。一年来，全市地区生产总值增长3.6%，一般公共预算收入增长1.7%。\n"
_PLAN = ("二、2021年工作安排\n"
         "地区生产总值增长6%以上。新建高标准农田50万亩。完成800个行政村生活污水治理。打通断头路12条。\n")


def _table(text: str) -> pd.DataFrame:
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


def _term_report(opening: str) -> str:
    return "政府工作报告\n一、“十三五”时期和2020年工作回顾\n" + opening + _TERM_SECTION + _YEAR_PARAGRAPH + _PLAN


def test_numbered_sections_after_a_term_opening_are_the_terms() -> None:
    # 济宁 rows 59, 83: 「建设高标准农田530万亩」「污水治理村2984个」 of the 十三五 sub-sections are no 2020 baselines
    q = extract_quantities(read_text(_term_report(_TERM_OPENING)))
    years = {str(r.text): None if pd.isna(r.year_from) else int(r.year_from) for r in q.itertuples() if r.role == "actual"}
    assert years["500万亩"] == 2016 and years["2900个"] == 2016 and years["120条"] == 2016
    assert years["3.6%"] is None  # the review year's own paragraph (各位代表，2020年是…) ends the term's sections
    t = _table(_term_report(_TERM_OPENING))
    assert baseline_of(t, "50万亩") == "" and baseline_of(t, "800个") == "" and baseline_of(t, "12条") == ""
    assert baseline_of(t, "6%") == "3.6%"


def test_a_review_without_a_term_opening_keeps_its_year() -> None:
    # boundary: the same sub-sections under a plain year's opening (no 是…的五年) are the review year's results
    t = _table(_term_report("2020年，全市上下攻坚克难，经济社会保持稳定发展。\n"))
    assert baseline_of(t, "50万亩") == "500万亩" and class_of(t, "50万亩") == "below_last_year"


def test_an_average_before_each_governs_every_member() -> None:
    # 大庆 row 1: 「…一般公共预算收入、固定资产投资年均分别增长了2.4%、3.7%和5.1%」: 3.7% is a five-year average
    review = ("地区生产总值、一般公共预算收入、固定资产投资年均分别增长了2.4%、3.7%和5.1%。"
              "全年地区生产总值增长0.7%。\n")
    plan = "地区生产总值增长5%。一般公共预算收入增长1%。\n"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "1%") == "" and baseline_of(t, "5%") == "0.7%"


def test_each_without_an_average_stays_the_years() -> None:
    # boundary: with no 年均 before 分别 the members are the year's growth rates
    review = "地区生产总值、一般公共预算收入、固定资产投资分别增长了2.4%、3.7%和5.1%。\n"
    t = targets(review, "一般公共预算收入增长1%。\n", 2020)
    assert baseline_of(t, "1%") == "3.7%"


def test_an_aspect_particle_opens_no_review_name() -> None:
    # 大庆 row 3: 「确保了粮食总产量实现90.7亿斤」 was named 了粮食总产量 and refused for 粮食产量稳定在90亿斤以上
    t = targets("有效应对台风灾害，确保了粮食总产量实现90.7亿斤。\n", "粮食产量稳定在90亿斤以上。\n", 2020)
    assert baseline_of(t, "90亿斤") == "90.7亿斤" and class_of(t, "90亿斤") == "below_last_year"
    assert polish("了解企业诉求件数") == "了解企业诉求件数"  # boundary: 了解 is a verb of its own


def test_firms_entering_the_size_line_and_industrial_projects() -> None:
    # 大庆 rows 11, 19: 「80户企业新晋入规」 for 新培育规上企业; 「引进亿元以上产业项目109个」 for 引进亿元以上项目
    review = "全年80户企业新晋入规。全年引进亿元以上产业项目109个。\n"
    plan = "力争全年新培育规上企业80户。全年力争引进亿元以上项目100个。\n"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "80户") == "80户" and baseline_of(t, "100个") == "109个"


def test_projects_under_way_are_no_starts() -> None:
    # 亳州 row 53: 「开工建设亿元以上项目140个以上」 took 「460个亿元以上项目加快建设」; 竣工 keeps its own
    review = "460个亿元以上项目加快建设，103个亿元以上项目顺利竣工。\n"
    plan = "开工建设亿元以上项目140个以上、竣工80个以上。\n"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "140个") == "" and baseline_of(t, "80个") == "103个"


def test_a_review_count_of_starts_stays_the_baseline_of_starts() -> None:
    # boundary: a review clause that says 开工 counts starts, the baseline of a start target
    t = targets("全年开工建设亿元以上项目160个。\n", "开工建设亿元以上项目140个以上。\n", 2020)
    assert baseline_of(t, "140个") == "160个"
    # and a target that names no stage still takes the projects under way (实施 and 加快建设: one stage, 亳州 row 33)
    t = targets("总投资152亿元的28个重大技改项目加快建设。\n", "实施重大技改项目25个。\n", 2020)
    assert baseline_of(t, "25个") == "28个"


def test_building_a_stock_area_in_the_year_is_a_flow() -> None:
    # 济宁 row 48: 「建设海绵城市12平方公里」 against the cumulative 海绵城市115平方公里 was met_already
    t = targets("城市功能更加完善，建成海绵城市115平方公里。\n", "实施城市更新行动，建设海绵城市12平方公里。\n", 2020)
    assert t.loc["12平方公里", "measure"] == "flow" and class_of(t, "12平方公里") != "met_already"


def test_a_stock_area_reached_stays_a_stock() -> None:
    # boundary: 达到 names the level there will be
    t = targets("城市功能更加完善，建成海绵城市115平方公里。\n", "海绵城市建成面积达到130平方公里。\n", 2020)
    assert t.loc["130平方公里", "measure"] == "stock" and baseline_of(t, "130平方公里") == "115平方公里"
