"""Round 91 (fix91e): rules from the spot audits of 庆阳 and 营口 2025 (plan 2025, review 2024)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

from govreport.extract.name_polish import polish


def test_a_cycle_length_is_a_ceiling_not_a_span() -> None:
    """营口 L45: 商品住宅去化周期不超过18个月 is a goal (a cycle length), not a span of time."""
    t = targets("商品住宅库存面积较年初减少192.4万平方米。", "统筹消化存量商品房，商品住宅去化周期不超过18个月。")
    assert "18个月" in t.index
    assert t.loc["18个月", "target_kind"] == "ceiling"


def test_a_sectors_growth_is_no_gdp_growth() -> None:
    """营口 #24: 数字经济增长10% is the digital economy's growth, not GDP growth."""
    t = targets("地区生产总值增长5.6%。", "数字经济增长10%。")
    assert t.loc["10%", "indicator_key"] != "gdp_growth"
    assert baseline_of(t, "10%") != "5.6%"


def test_courted_firms_and_widened_parks_are_sets_not_goals() -> None:
    """庆阳 #45 and #13: 紧盯5000家上市公司 (firms to court) and 扩大3个市管工业集中区产业集聚 (parks that exist)."""
    t = targets("新增规上工业企业24户。", "紧盯5000家上市公司、500强企业，提升招商成效。扩大3个市管工业集中区产业集聚，加快化工园区设立。")
    assert "5000家" not in t.index
    assert "3个" not in t.index


def test_a_run_of_years_leaves_the_name() -> None:
    """营口 L(review): 安全利用率连续五年保持100% names the rate; the run of years is how long it was kept."""
    assert polish("农用地重点建设用地安全利用率连续五年") == "农用地重点建设用地安全利用率"
    assert polish("粮食产量连续六年") == "粮食产量"


def test_a_level_held_five_years_running_is_the_review_years_level() -> None:
    """营口 #54: 连续五年保持100% states 2024's rate too: the baseline of 安全利用率100%, met already."""
    t = targets("农用地、重点建设用地安全利用率连续五年保持100%。", "确保农用地、重点建设用地安全利用率100%。")
    assert baseline_of(t, "100%") == "100%"
    assert class_of(t, "100%") == "met_already"
