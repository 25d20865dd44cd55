"""Spot audit 34 (安顺 2024), round fix79b: baselines of the same measure found, and one of another measure refused."""
from __future__ import annotations

from target_cases import baseline_of, targets

from govreport.tables.name_scopes import same_scope, scope_of
from govreport.tables.value_measures import value_measures_apart


def test_value_added_is_not_gross_output() -> None:
    """力争航空装备制造产业增加值增长15%以上 has no baseline in …航空装备制造产业总产值增长16.2% (安顺 row 12)."""
    assert value_measures_apart("航空装备制造产业增加值增长", "航空装备制造产业总产值增长")
    assert not value_measures_apart("白酒产值增长", "白酒总产值增长")
    t = targets("全市航空装备制造产业总产值增长16.2%。", "力争航空装备制造产业增加值增长15%以上。")
    assert baseline_of(t, "15%") == ""


def test_installed_power_capacity_is_the_same_level() -> None:
    """全市电力装机规模达到800万千瓦 is measured by the review's 全市电力装机达662.1万千瓦 (安顺 row 14)."""
    t = targets("全市电力装机达662.1万千瓦。", "全市电力装机规模达到800万千瓦。")
    row = t.loc["800万千瓦"]
    assert row["indicator_key"] == "power_capacity" and row["measure"] == "stock"
    assert baseline_of(t, "800万千瓦") == "662.1万千瓦"


def test_scope_is_read_after_a_verb_of_becoming() -> None:
    """26家企业成为省级专精特新中小企业: the firms that became 省级 are of the scope 省级 (安顺 row 47's scope)."""
    assert scope_of("企业成为省级专精特新中小企业数", "specialised_smes") == "省级"
    assert same_scope(scope_of("新增省级专精特新企业户数", "specialised_smes"),
                      scope_of("企业成为省级专精特新中小企业数", "specialised_smes"))
