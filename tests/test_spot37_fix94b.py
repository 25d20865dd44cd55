"""Spot audit 37 (西双版纳 2025), round fix94b: a bare whole-chain measure (全产业链综合产值) is named with the industry
its sentence names before it, so the chains of one paragraph are told apart."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.report import read_text


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text("二、2025年重点工作\n" + text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_whole_chain_measure_takes_the_industry_named_before_it() -> None:
    # 西双版纳 L29 / L30 (rows 11, 12, 16)
    got = _names("办好世界橡胶木产业大会、中国天然橡胶产业发展大会，实现全产业链综合产值250亿元以上。"
                 "出台普洱茶行业助企纾困系列政策措施，实现全产业链综合产值500亿元以上。"
                 "促进傣医药产业取得新突破，力争实现全产业链综合产值50亿元以上。")
    assert got["250亿元"] == "天然橡胶全产业链综合产值"
    assert got["500亿元"] == "普洱茶全产业链综合产值"
    assert got["50亿元"] == "傣医药全产业链综合产值"


def test_a_class_of_industries_names_no_chain() -> None:
    # 西双版纳 L29: 配套产业 is a class, not the chain's industry
    got = _names("积极发展“橡胶木加工+五金”配套产业，实现全产业链综合产值250亿元以上。")
    assert got["250亿元"] == "全产业链综合产值"


def test_a_chain_of_the_product_whose_output_opens_the_sentence() -> None:
    # 张掖 L17 (row 13): the seed maize's chain, not another chain of the city's
    got = _names("力争玉米种子产量稳定在5.5亿公斤以上，全产业链产值达120亿元以上。")
    assert got["120亿元"] == "玉米种子全产业链产值"


def test_a_part_after_qizhong_is_the_chains() -> None:
    # 西双版纳 L29 (row 13): 其中批发零售额 is the tea chain's part, not the city's wholesale and retail sales
    got = _names("出台普洱茶行业助企纾困系列政策措施，实现全产业链综合产值500亿元以上，其中批发零售额超过280亿元。")
    assert got["280亿元"] == "普洱茶批发零售额"
