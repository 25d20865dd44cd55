"""Audit 30 (three unseen city texts): one test per rule, on paraphrased texts run through the real
reader and extractor (docs/assumptions.md#parts-and-years, #ranks, #review-part-targets, #target-kinds)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets


def _targets(text: str):
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


def test_a_year_is_sentence_before_the_formula_starts_the_plan() -> None:
    """A text with no headings: 2031年是…关键一年，做好今年工作… opens the plan at the year, so the goals
    paragraph after it (no lead-in of its own) is plan, not 2030 actuals (audit 30 MY24 #1–#6)."""
    text = ("各位代表：现在，我代表市人民政府向大会报告工作。2030年是开局之年。过去一年，全市地区生产总值"
            "增长6.1%，规上工业增加值增长7.4%。\n"
            "2031年是承上启下的关键一年，做好今年工作意义重大。政府工作的总体要求是：坚持稳中求进。\n"
            "地区生产总值增长6.5%左右，规上工业增加值增长7%，城镇调查失业率控制在5.5%左右。\n"
            "实现上述目标，我们将重点做好六个方面工作。\n新建口袋公园20个。\n")
    report = read_text(text)
    assert report.parts["plan"].start == text.index("2031年是")
    t = _targets(text)
    assert {"6.5%", "7%", "5.5%", "20个"} <= set(t.index)
    assert "6.1%" not in t.index


def test_the_overall_requirements_sentence_opens_the_plan() -> None:
    """政府工作的总体要求是… opening a sentence is a plan formula like 今年工作的总体要求."""
    text = ("各位代表：过去一年，全市地区生产总值增长6.1%。\n"
            "政府工作的总体要求是：坚持稳中求进。\n地区生产总值增长6.5%左右。\n")
    report = read_text(text)
    assert report.parts["plan"].start == text.index("政府工作")
    assert "6.5%" in _targets(text).index


def test_a_contribution_to_growth_is_no_gdp_growth() -> None:
    """对经济增长贡献率超50%: a sector's share of the growth, not the growth (key_vetoes.csv), so it is no
    GDP growth figure and no baseline of the GDP growth goal."""
    q = extract_quantities(read_text("过去一年，服务业增加值增长9%，对经济增长贡献率超50%。\n"))
    row = q[q.text == "50%"].iloc[0]
    assert row.indicator_key != "gdp_growth"


def test_newly_filed_and_recognised_counts_are_flows() -> None:
    """新入库科技型中小企业1500家、认定高新技术企业300家以上: counts added this year (flows) whatever the key,
    so the review's larger stock does not make them met_already (audit 30 GZ24#29, #30)."""
    text = ("一、2030年工作回顾\n全市科技型中小企业达2400家，高新技术企业达500家。\n"
            "二、2031年工作安排\n新入库科技型中小企业1500家、认定高新技术企业300家以上。\n")
    t = _targets(text)
    assert t.loc["1500家", "measure"] == "flow" and t.loc["300家", "measure"] == "flow"
    assert "met_already" not in set(t.feasibility)


def test_existing_parks_moving_up_are_no_amount() -> None:
    """推动11个国省级园区在同类园区中晋级升位: the parks there are, moved up their class; no amount to produce."""
    text = "二、2031年工作安排\n推动9个省级开发区在同类开发区中晋级升位，新建标准厂房20万平方米。\n"
    t = _targets(text)
    assert "9个" not in t.index and "20万平方米" in t.index


def test_a_ranked_class_many_are_to_enter_is_no_rank() -> None:
    """推动更多经济强镇进入全国镇域500强: the 500 names the class many towns enter, no place of the city;
    跻身全国90强 (the place's own rank) stays a rank target."""
    t = _targets("二、2031年工作安排\n推动更多经济强镇进入全国镇域500强。\n")
    assert "500" not in t.index and "500强" not in t.index
    t = _targets("二、2031年工作安排\n推动综合保税区跻身全国90强。\n")
    assert (t.unit == "位").any()


def test_bandwidth_in_gbps_and_latency_in_milliseconds_are_amounts() -> None:
    """省网骨干带宽达6000G（Gbps）, 网络单向时延降到10毫秒以内: G（Gbps） and 毫秒 are units (units.csv); 5G stays a
    label; 时延 is a length of time already (no 时长 added to the name)."""
    t = _targets("二、2031年工作安排\n建设5G基站3000个，骨干带宽达8000G（Gbps），网络单向时延控制在8毫秒以内。\n")
    assert "8000G（Gbps）" in t.index and t.loc["8000G（Gbps）", "value"] == 8000
    assert t.loc["8毫秒", "target_kind"] == "ceiling" and t.loc["8毫秒", "indicator"] == "网络单向时延"
    assert "5G" not in t.index


def test_an_index_value_without_a_unit_is_an_amount() -> None:
    """力争数字经济融合指数达50左右: a bare number after 指数 and a level word is the index's value, a band goal;
    a price index still states a rise (居民消费价格指数控制在103左右 -> 3%)."""
    t = _targets("二、2031年工作安排\n力争数字经济融合指数达50左右，居民消费价格指数控制在103左右。\n")
    assert t.loc["50", "target_kind"] == "band"
    assert (t.indicator_key == "cpi").any() and (t.value == 3).any()


def test_a_share_of_things_is_no_citation_of_an_equal_rate() -> None:
    """实现90%的村（居）配备专职调解员 after another 90%以上 goal: 90%的村 is a share of villages, not the first goal
    cited; 6%左右的增长 still cites the growth goal."""
    t = _targets("二、2031年工作安排\n实现政务系统上云率90%以上。实现90%的社区配备专职调解员。\n")
    assert len(t[t.value == 90]) == 2
    t = _targets("二、2031年工作安排\n地区生产总值增长6%左右。6%左右的增长能够带动较为充分的就业。\n")
    assert len(t[t.value == 6]) == 1


def test_households_counted_by_their_counter_are_the_amount() -> None:
    """抓好2000户以上困难家庭无障碍改造: 户 counts the 家庭 after it, a floor on the count; 100户以上自然村 stays a
    threshold that classes villages."""
    t = _targets("二、2031年工作安排\n抓好2000户以上困难残疾人家庭无障碍改造。推动100户以上自然村通硬化路。\n")
    assert t.loc["2000户", "target_kind"] == "floor"
    assert "100户" not in t.index


def test_a_range_made_in_each_county_is_an_amount() -> None:
    """每个县培育1-3个主导产业链 (also written 每个县（市）): made (培育), a band per county, neither a guideline (做大做强1—2个
    主导产业) nor a specification per unit (每户企业打造1-2个优势板块)."""
    for county in ("每个县", "每个县（市）"):
        t = _targets(f"二、2031年工作安排\n{county}培育1-3个主导产业链。支持各县做大做强1—2个主导产业。\n")
        assert "1-3个" in t.index and "1—2个" not in t.index
    t = _targets("二、2031年工作安排\n推动企业重组，每户企业逐步打造1-2个优势板块。\n")
    assert "1-2个" not in t.index


def test_projects_carried_on_this_year_are_counted() -> None:
    """加快推进300个省市重点项目建设: the year's projects carried on, a count; 加快6个抽水蓄能电站建设 stays a set."""
    t = _targets("二、2031年工作安排\n加快推进300个省市重点项目建设。加快6个抽水蓄能电站建设。\n")
    assert "300个" in t.index and "6个" not in t.index
