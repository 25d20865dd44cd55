"""Spot audit 37 (宿迁 2025), round fix92d: a topic's opening verb is no part of what its thing's output or
investment measures, an industry the sentence opens with is not the effort made on it, and a 、 member that is
only a product takes the sales its sibling states."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.extract.sibling_scopes import sibling_amount
from govreport.extract.topic_things import thing_of_topic
from govreport.report import read_text


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text("二、2025年重点工作\n" + text))
    return dict(zip(q["text"], q["indicator"]))


def test_the_output_of_a_thing_built_is_the_things() -> None:
    # 宿迁 L37 (row 74): the parks' output, not 建设新型食品产业园产值
    assert _names("高标准建设5个新型食品产业园，全年产值突破30亿元。")["30亿元"] == "新型食品产业园产值"
    # 宿迁 L35 (row 26): 巩固提升 is the plan's work on the industry
    assert _names("巩固提升高端纺织产业，年内产值达1100亿元。")["1100亿元"] == "高端纺织产业产值"


def test_an_investment_drops_only_the_verb_that_starts_the_works() -> None:
    # 宿迁 L33 (row 16): 启动…重点工程，完成投资近50亿元
    assert _names("启动生态环境基础设施重点工程，完成投资近50亿元。")["50亿元"] == "生态环境基础设施重点工程投资"
    assert thing_of_topic("改造老旧小区供水管网", "投资") == "改造老旧小区供水管网"  # the work itself is invested in
    assert thing_of_topic("建设产业园", "产值") == "建设产业园"  # too little left


def test_an_industry_held_steady_is_the_industry() -> None:
    # 宿迁 L35 (row 28): 努力稳住 is a commitment, the growth is the industry's output's
    assert _names("努力稳住新能源产业，力争年内产值增长20%以上。")["20%"] == "新能源产业产值增长"


def test_a_product_alone_after_a_siblings_sales_takes_the_sales() -> None:
    # 宿迁 L39 (row 76): 霸王蟹超5亿元 after “宿有千香”销售额突破15亿元
    assert _names("市县联动打造更多“大单品”，“宿有千香”销售额突破15亿元、霸王蟹超5亿元。")["5亿元"] == "霸王蟹销售额"
    assert sibling_amount("利润", "网络销售额") == "利润"  # a measure of its own
    assert sibling_amount("霸王蟹", "网络零售额") == "霸王蟹"  # no sales word the list names
