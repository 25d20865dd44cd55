"""Round fix63b (audit 50, 舟山): a review figure that opens with the target's words but ends in another measure
(投资增长 for 增加值增长) is no baseline, nor is a share of another thing (高新技术产业增加值占规上工业比重) for a
coverage rate of 规上工业企业."""
from __future__ import annotations

from target_cases import targets

from govreport.tables.names_apart import two_heads
from govreport.tables.share_numerators import unshared_numerator

GOALS = "地区生产总值增长7%。"


def _row(review: str, plan: str, value: str) -> dict[str, str]:
    t = targets("地区生产总值增长6%。" + review, GOALS + plan)
    return t.loc[[value]].iloc[0].to_dict()


def test_value_added_growth_is_not_measured_by_investment_growth() -> None:
    """舟山 row 21: 数字经济核心产业增加值增长10% takes no 数字经济核心产业投资增长153.8%."""
    row = _row("打造“数字海洋”金名片，数字经济核心产业投资增长153.8%。",
               "发展海洋智能装备、智能电子、海洋通信等数字海洋产业，力争数字经济核心产业增加值增长10%以上。", "10%")
    assert row["match"] == "none"


def test_value_added_growth_keeps_its_own_baseline() -> None:
    """Neighbouring right behaviour: the same measure (增加值增长) with and without 规上 still matches."""
    assert not two_heads("数字经济核心产业增加值增长", "数字经济核心产业制造业增加值增长")
    row = _row("数字经济核心产业增加值增长8.5%。", "力争数字经济核心产业增加值增长10%以上。", "10%")
    assert row["baseline_value"] in (8.5, "8.5")


def test_two_heads_after_a_shared_change_word() -> None:
    assert two_heads("数字经济核心产业增加值增长", "数字经济核心产业投资增长")
    assert two_heads("一般公共预算收入增长", "一般公共预算支出增长")
    assert not two_heads("城镇居民人均可支配收入增长", "城镇居民人均收入增长")


def test_coverage_rate_is_not_measured_by_a_share_of_another_thing() -> None:
    """舟山 row 22: 规上工业企业数字化改造覆盖率达到85% takes no 高新技术产业增加值占规上工业比重82.3%."""
    row = _row("实施海洋经济翻番行动，深化打造九大产业链，高新技术产业增加值占规上工业比重82.3%、占比全省第一。",
               "推进工业“智改数转”，规上工业企业数字化改造覆盖率达到85%以上。", "85%")
    assert row["match"] == "none"


def test_a_rate_and_a_share_of_the_same_thing_stay_one_measure() -> None:
    """Neighbouring right behaviour: 城镇化率 and 城镇常住人口占总人口比重 count the same people."""
    assert unshared_numerator("规上工业企业数字化改造覆盖率", "高新技术产业增加值占规上工业比重")
    assert not unshared_numerator("城镇化率", "城镇常住人口占总人口比重")
    assert not unshared_numerator("数字经济核心产业增加值占比", "数字经济核心产业增加值占GDP比重")
