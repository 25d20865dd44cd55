"""Round 150, fix150j (held-out sets 71 南充, 72 济宁/大庆/阳泉): names that take the counted noun after the figure and keep
what defines the measure: a count followed by verb-opened modifiers and 的 counts the head after 的 (培育50个达到…水平、具备…
潜质的品牌学科), things that reach a standard are named by it (达到国家基本标准的乡镇卫生院数), a % after 完成 is the share of
the work done (…改革完成比例, 机场高速路基工程完成比例), a % of things of a kind after 达到 is their share (智能化煤矿比例),
the partners of 与N所… are named by what they do together, 做强/出让 stay in the name, a per-county count after 全力推动各县区
is per county, a 提升… task is no subject of a figure with words of its own, and a year's planned investment after 计划实施
项目N个 is those projects'. Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "全年地区生产总值增长3%。"


def _names(plan: str) -> dict[str, list[str]]:
    return names_by_text(_REVIEW, plan, 2020)


def test_count_then_verb_opened_modifiers_counts_the_head() -> None:
    got = _names("实施医学登峰工程，放大5个区域医疗中心引领作用，培育40个达到省级重点学科水平、具备冲击国家级重点学科潜质的品牌学科。")
    assert got["40个"] == ["培育品牌学科数"]


def test_count_then_modifier_without_verb_is_unchanged() -> None:
    # near miss: a noun right after the count is named by its own rules
    got = _names("培育30个品牌学科。")
    assert got["30个"] == ["培育品牌学科数"]


def test_things_reaching_a_standard_keep_it() -> None:
    got = _names("提升农村公共服务水平，推动80家乡镇卫生院达到国家基本标准。")
    assert got["80家"] == ["达到国家基本标准的乡镇卫生院数"]


def test_things_doing_something_else_are_unchanged() -> None:
    # near miss: 达到 something that is no standard (a level) leaves the count named by its noun
    got = _names("推动80家乡镇卫生院达到二级医院水平。")
    assert got["80家"] != ["达到二级医院水平的乡镇卫生院数"]


def test_share_after_done_is_the_share_done() -> None:
    got = _names("深化农村集体产权制度改革，确保村集体资产股份合作制改革完成85%以上。")
    assert got["85%"] == ["村集体资产股份合作制改革完成比例"]


def test_share_after_done_with_its_work_after() -> None:
    got = _names("完成城际铁路建设，南环高速完成80%以上路基工程，打造综合交通枢纽。")
    assert got["80%"] == ["南环高速路基工程完成比例"]


def test_share_of_a_kind_of_things_reached() -> None:
    got = _names("抓好安全生产，突出重点领域，智能化煤矿达到70%以上。")
    assert got["70%"] == ["智能化煤矿比例"]


def test_share_reached_by_a_measure_is_unchanged() -> None:
    # near miss: a subject that names its measure keeps its name
    got = _names("抓好生态建设，森林覆盖率达到40%以上。")
    assert got["40%"] == ["森林覆盖率"]


def test_partners_named_by_what_they_do_together() -> None:
    got = _names("推进龙头企业与20所重点高校共建共用实习实训基地，培养更多产业人才。")
    assert got["20所"] == ["共建共用实习实训基地的重点高校数"]


def test_defining_verbs_stay() -> None:
    got = _names("支持商贸企业创新经营模式，做强15户骨干企业，培育40户达限企业。")
    assert got["15户"] == ["做强骨干企业户数"] and got["40户"] == ["培育达限企业户数"]
    got = _names("打造4000亩产业平台，建设50万平方米标准化厂房，出让800亩标准地。")
    assert got["800亩"] == ["出让标准地面积"]


def test_per_county_count_after_an_adverb_lead() -> None:
    # a per-county RANGE of whole industries (…培育1—2个主导产业) is no target since held-out audits 76, 77 (fix156e,
    # tables/set_frames.place_focus); a chain (主导产业链, audit 30) stays a per-county goal, so the naming is tested on it
    got = _names("坚持以招商为突破口，全力推动各县区加快培育1—2个主导产业链。")
    assert got["1—2个"] == ["每个县区主导产业链数"]


def test_a_raising_task_is_no_subject_of_its_own_words() -> None:
    got = _names("巩固提升国家园林城市创建成果，全面落实林长制，完成新造林2万亩、荒山绿化1万亩。")
    assert got["2万亩"] == ["新造林面积"]


def test_planned_investment_of_the_planned_projects() -> None:
    got = _names("今年计划实施项目300个，年度计划投资400亿元，重点推进60个省市重点工程。")
    assert got["400亿元"] == ["项目年度计划投资"]
