"""Spot audits 37 (宁德, 山南 2025), round fix91a: the same measure stated in the review under a short form or a
name of another wording, so no baseline was taken; and a wider set named by example taken as one kind's baseline."""
from __future__ import annotations

from target_cases import baseline_of, targets

from govreport.extract import extract_quantities
from govreport.report import read_text


def _names(text: str) -> dict[str, tuple[str, str]]:
    q = extract_quantities(read_text("一、2024年工作回顾\n" + text))
    return {t: (n, k or "") for t, n, k in zip(q["text"], q["indicator"], q["indicator_key"])}


def test_guto_is_the_short_form_of_fixed_asset_investment() -> None:
    # 宁德 L3 (row 3): 全年固投增长5.4% for 固定资产投资增长5%
    assert _names("全年固投增长5.4%。")["5.4%"][1] == "fai_growth"
    t = targets("全年固投增长5.4%，338个省市重点项目完成投资785亿元。", "固定资产投资增长5%。")
    assert baseline_of(t, "5%") == "5.4%"


def test_waimao_zonge_is_foreign_trade() -> None:
    # 山南 (row 33): 全市外贸总额预计完成2386万元、增长50.4% for 外贸进出口总额增长10%
    names = _names("全市外贸总额预计完成2386万元、增长50.4%。")
    assert names["2386万元"][1] == "foreign_trade" and names["50.4%"][1] == "foreign_trade_growth"
    t = targets("全市外贸总额预计完成2386万元、增长50.4%。", "确保外贸进出口总额增长10%以上。")
    assert baseline_of(t, "10%") == "50.4%"


def test_one_kind_of_several_named_by_example_is_a_narrower_set() -> None:
    # 宁德 (row 39): 开展文化惠民、全民健身等活动1500多场 is no baseline of 开展全民健身活动300场
    t = targets("开展文化惠民、全民健身等活动1500多场。", "开展全民健身活动300场以上。")
    assert baseline_of(t, "300场") == ""
    t = targets("开展全民健身活动1500多场。", "开展全民健身活动300场以上。")  # the kind alone stays its baseline
    assert baseline_of(t, "300场") == "1500多场"
