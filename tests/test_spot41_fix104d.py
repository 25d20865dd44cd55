"""Held-out audit 41 (曲靖, 呼伦贝尔, 通化, 黄冈 2023), round fix104d: a bare part of a measure (产值, 全产业链产值, 增幅,
产量, a 其中 part, a class over an amount, a revenue, a coverage, 投资) named from the part of the sentence that states its
subject, not from a project list, a place or the sentence's opening."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def _names(text: str) -> dict[str, str]:
    """The indicator of each figure of ``text`` (a plan part), by its text."""
    q = extract_quantities(read_text("二、2023年重点工作\n" + text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_bare_output_after_an_industry_heading_is_the_industrys() -> None:
    # 曲靖 G1 (rows 12, 16): 全力打造千亿级新能源电池产业集群。…推动…补锂剂一期…等项目建成投产，力争实现产值500亿元以上
    names = _names("全力打造千亿级新能源电池产业集群。推动德方纳米2万吨补锂剂一期、中科电气10万吨锂电池负极材料等项目建成投产，"
                   "力争实现产值500亿元以上。")
    assert names["500亿元"] == "新能源电池产业产值"
    review = ("大力发展绿色铝精深加工产业，索通云铝90万吨阳极炭素二期等项目建成投产，原铝全部实现就地精深加工，"
              "预计全年实现产值230亿元、增长26%。")
    t = targets(review, "全力打造千亿级绿色铝精深加工产业集群。推动格威二期50万套摩托车发动机壳体等项目建成投产，力争实现产值300亿元以上。",
                2022)
    assert baseline_of(t, "300亿元") == "230亿元" and class_of(t, "300亿元") == "stretch"
    # no heading and an opening of no industry: the output keeps the namer's subject
    assert _names("招商引资成效明显，新增规上企业10户，实现产值80亿元以上。")["80亿元"] != "招商引资产值"


def test_a_whole_chain_output_takes_the_chain_its_sentence_opens_with() -> None:
    # 呼伦贝尔 G5 (rows 59, 60, 66)
    names = _names("做大做强奶业产业链，以阿荣旗为核心，力争全产业链产值达到30亿元左右。"
                   "培育壮大生物制药产业链，完善中草药产业技术服务体系，力争全产业链产值达到4亿元左右。")
    assert names["30亿元"] == "奶业全产业链产值" and names["4亿元"] == "生物制药全产业链产值"
    # an opening with no lead verb names no industry (深化产业链招商)
    assert _names("深化产业链招商，力争全产业链产值达到9亿元。")["9亿元"] == "全产业链产值"


def test_a_part_by_place_after_qizhong_is_the_wholes_measure() -> None:
    # 呼伦贝尔 G6 (rows 149-153)
    names = _names("新建5G基站1000个，其中，主要交通干线410个、主要城区200个、其他145个。")
    assert names["410个"] == "主要交通干线5G基站新建数" and names["145个"] == "其他5G基站新建数"
    # a part by kind, not by place, is left to the namer
    assert "5G基站" not in _names("新建5G基站1000个，其中，宏基站410个。")["410个"]


def test_a_bare_growth_after_a_raised_standard_is_the_standards() -> None:
    # 呼伦贝尔 G7 (rows 110, 111)
    assert _names("9.提高城乡低保保障标准，增幅达到6.5%（牵头责任单位：市民政局）。")["6.5%"] == "城乡低保保障标准增幅"
    # a clause raising no standard lends nothing
    assert _names("加快发展文化旅游，增幅达到6.5%。")["6.5%"] != "文化旅游增幅"


def test_a_bare_output_after_a_crop_area_is_the_crops() -> None:
    # 曲靖 G6 (row 20)
    assert _names("种植粮食948万亩、实现产量330万吨以上。")["330万吨"] == "粮食产量"
    # after an area of no crop, no crop output
    assert _names("新建高标准农田64万亩、实现产量330万吨以上。")["330万吨"] != "高标准农田产量"


def test_a_class_over_an_amount_keeps_its_threshold() -> None:
    # 通化 G1 (rows 9, 10)
    names = _names("支持企业成长壮大，产值超10亿元企业达到8户、超亿元企业达到50户。")
    assert names["8户"] == "产值超10亿元企业户数" and names["50户"] == "产值超亿元企业户数"
    # 永州 2025 (regression read): a measure of trade over an amount (data: threshold_measures)
    assert _names("外贸破零倍增企业达到50家，进出口额超1亿元企业突破20家。")["20家"] == "进出口额超1亿元企业数"
    # the namer's own threshold with what stands before it is kept (新培育营业收入过50亿元企业数, audit 19)
    assert _names("新培育营业收入过100亿元企业3家、过50亿元企业5家。")["5家"] == "新培育营业收入过50亿元企业数"
    # a count with no threshold is untouched
    assert "超" not in _names("支持企业成长壮大，规上企业达到8户。")["8户"]


def test_a_facility_revenue_and_a_network_coverage_and_a_works_investment() -> None:
    # 通化 G5 (row 19), 黄冈 G3 (row 20), 呼伦贝尔 G4 (row 70)
    assert _names("启动北方中药材（人参）商品交易中心建设，力争年内运营、实现销售收入50亿元。")["50亿元"] == "北方中药材商品交易中心销售收入"
    assert _names("实现县城和3A及以上景区5G网络全覆盖，乡镇镇区基本覆盖，行政村覆盖50%以上。")["50%"] == "行政村5G网络覆盖率"
    assert _names("坚决扛起生态安全屏障政治责任，坚持系统治理，突出抓好呼伦湖流域生态环境保护治理，投资2.7亿元。")["2.7亿元"] \
        == "呼伦湖流域生态环境保护治理投资"
    # a clause before that works on nothing (坚持…) lends nothing: the opening clause's subject stays
    assert _names("扛起生态安全屏障政治责任，坚持系统治理，投资2.7亿元。")["2.7亿元"] != "系统治理投资"
