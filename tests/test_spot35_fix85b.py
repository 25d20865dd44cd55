"""Round fix85b (spot audits of 惠州, 赤峰 2024 and 包头 2025): plan targets dropped, and sets the plan only works on
kept. One test per rule, on hand-written sentences from those texts run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

REVIEW = "城镇新增就业3万人。"


def test_a_floor_in_a_unit_its_noun_completes_is_a_goal() -> None:
    """节能10万吨以上标煤: 吨 + 标煤 is 吨标煤, the measure's own unit, a floor to reach (包头 2025 L47, missed);
    年运量150万吨以上的物流园区 still classes the parks."""
    t = targets(REVIEW, "实施10个工业节能改造项目，节能10万吨以上标煤。建设年运量150万吨以上物流园区2个。")
    assert "10万吨" in t.index and t.loc["10万吨", "target_kind"] == "floor"
    assert "150万吨" not in t.index


def test_models_built_named_by_example_are_a_goal() -> None:
    """建设徐田村等30个新时代电气化示范村: new demonstration villages to build (惠州 L77, missed); a set named by example
    the plan only works on stays out (推进洛阳等10个国家物流枢纽建设)."""
    t = targets(REVIEW, "促进能源消费转型，建设徐田村等30个新时代电气化示范村。推进洛阳等10个国家物流枢纽建设。")
    assert "30个" in t.index and "10个" not in t.index


def test_a_named_set_that_completes_or_is_recognised_is_a_goal() -> None:
    """…白土营子钨多金属矿、…八家矿区大型锌多金属矿等6个大型矿山完成探转采; 加快推进东山、克旗等5个化工园区认定工作
    (赤峰 L26, L29, missed): the named set's result counted, a goal."""
    t = targets(REVIEW, "力促白土营子钨多金属矿、八家矿区大型锌多金属矿等6个大型矿山完成探转采。"
                        "加快推进东山、克旗等5个化工园区认定工作。")
    assert "6个" in t.index and "5个" in t.index


def test_projects_landed_already_and_sped_up_are_no_goal() -> None:
    """重点推动70宗已落地项目加快建设: projects there are, their building sped up (惠州 row 12); 推动20个已签约项目加快落地
    makes them land, a goal."""
    t = targets(REVIEW, "重点推动70宗已落地项目加快建设。推动20个已签约项目加快落地。")
    assert "70宗" not in t.index and "20个" in t.index


def test_belts_consolidated_are_no_goal() -> None:
    """持续巩固提升“环罗浮山”等13条示范带建设成效: belts there are, consolidated (惠州 row 17); 抓好12个市级储备典型镇建设 stays."""
    t = targets(REVIEW, "抓好12个市级储备典型镇建设，持续巩固提升“环罗浮山”等13条示范带建设成效。")
    assert "13条" not in t.index and "12个" in t.index
