"""Targets after the audit of three unseen reports (audit 15: national 2004, Shanxi 2026, Harbin 2024): names
that kept a modal, a payer's verb, an ordinal, a section lead or framing words; a protected stock; a goal over
用N年时间. One test per rule, on paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

import pytest

from name_cases import names
from target_cases import targets

GOALS = "今年地区生产总值增长5%左右，城镇新增就业100万人，居民消费价格涨幅3%左右。"


@pytest.mark.parametrize("sentence, figure, name", [
    # 可使 (may make) names nothing of what is measured
    ("取消农业特产税后，每年可使农民减轻负担30亿元。", "30亿元", "每年农民减轻负担"),
    # 拿出 is a payer's verb, like 安排: the purpose after the amount names it
    ("为支持农村改革，今年省财政拿出200亿元用于转移支付。", "200亿元", "省财政农村改革转移支付"),  # (fix18: the aim before too)
    # an ordinal above 十 opening the clause is dropped like 三是
    ("十三是新建农村供水工程900处。", "900处", "农村供水工程新建数"),
    ("十四是送戏下乡5000场。", "5000场", "送戏下乡场次"),
    # a section lead 方面， is no part of the name; 这些方面 is the thing itself
    ("煤层气开发方面，加快增储上产，产量稳定在80亿立方米左右。", "80亿立方米", "煤层气产量"),  # (fix18: the work 开发 is no part of the thing)
    ("今年省财政用于这些方面的支出300亿元。", "300亿元", "省财政用于这些方面的支出"),
    # framing words: who set it and 预期目标 closing the name
    ("中央提出今年经济增长预期目标为6%左右。", "6%", "经济增长"),
    ("今年经济增长的预期目标是6%左右。", "6%", "经济增长"),
    ("城镇新增就业预期目标比去年多50万人。", "50万人", "城镇新增就业预期目标比去年多人数"),
    # a name left with a verb alone takes the object of the same verb in the clause before
    ("要逐步增加省级预算内建设投资，今年拟先增加20亿元。", "20亿元", "省级预算内建设投资增加"),
])
def test_names_keep_no_modal_payer_verb_ordinal_section_lead_or_framing(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_economic_growth_framed_by_the_centre_takes_last_years_gdp_growth() -> None:
    """中央提出今年经济增长预期目标为6%: 经济增长 with no subject is GDP growth, measured by the review's rate."""
    t = targets("国内生产总值比上年增长8.5%。", "中央提出今年经济增长预期目标为6%左右。")
    row = t.loc["6%"]
    assert row["indicator"] == "经济增长" and row["indicator_key"] == "gdp_growth" and row["baseline_text"] == "8.5%"


def test_a_protected_stock_is_no_target() -> None:
    """守护、利用好300处文物保护单位: what is kept, not a count to produce; a new count stays."""
    t = targets("城镇新增就业100万人。", GOALS + "守护、利用好300处文物保护单位，新建博物馆5个。")
    assert "300处" not in t.index and "5个" in t.index


def test_goals_after_a_span_of_years_are_not_the_plan_years() -> None:
    """用3—5年时间，集聚专业人才800人以上: a goal over the span, not this year's; a figure before it stays."""
    plan = GOALS + "投资3亿元建设人工智能研究院，用3—5年时间，集聚专业人才800人以上、累计产值20亿元以上。"
    t = targets("城镇新增就业100万人。", plan)
    assert "3亿元" in t.index and "800人" not in t.index and "20亿元" not in t.index


def test_a_span_of_stated_years_sets_the_goal_year() -> None:
    from govreport.tables.year_spans import EFFORT_SPAN

    m = EFFORT_SPAN.search("力争用三年时间，基本建成")
    assert m is not None and m.group(1) == "三" and m.group(2) is None


def test_a_count_opening_a_sentence_with_a_copula_describes_the_present() -> None:
    """我市3个国家级、9个省级开发区是发展的主战场: what there is; 200余户企业分布在制造业 alike. A count opening a
    sentence with a goal verb (新建) stays a target."""
    plan = GOALS + ("我市3个国家级、9个省级开发区是经济发展的主战场，必须增强顶层设计。"
                    "200余户驻市企业大多分布在制造业，贡献了全市四成的工业增加值。12个产业园区新建标准厂房。")
    t = targets("城镇新增就业100万人。", plan)
    assert "3个" not in t.index and "9个" not in t.index and "200余户" not in t.index and "12个" in t.index


def test_counts_of_a_five_year_review_are_no_one_year_baselines() -> None:
    """一、“十四五”时期工作回顾: counts before 刚刚过去的2025年 are the term's totals; the one-year part's stay baselines."""
    from govreport import extract_quantities, read_text
    from govreport.tables import build_targets

    text = ("政府工作报告\n一、“十四五”时期工作回顾\n五年来，实施省级重点工程项目超1500个。\n"
            "刚刚过去的2025年，全年地区生产总值增长5%，新建公园30个。\n二、2026年工作安排\n"
            "今年地区生产总值增长5%左右。实施省级重点工程项目500个。新建公园40个。\n")
    t = build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)
    assert t.loc["500个", "baseline_text"] in ("", None) or str(t.loc["500个", "baseline_text"]) == "nan"
    assert t.loc["40个", "baseline_text"] == "30个"
