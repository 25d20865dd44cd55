"""Spot audits 37 (黔东南, 绥化 2025), round fix92a: review baselines left untaken — a recipient frame and a bracketed
aside read as scopes, a household toilet counted in 户 against toilets in 个, a year's vouchers summed with 累计, and
a 分别 list's second tourism member without its field."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

from govreport.extract import extract_quantities
from govreport.report import read_text
from govreport.tables.counter_baselines import within
from govreport.tables.scope_asides import without_asides


def test_a_recipient_frame_and_a_bracketed_aside_are_no_scope() -> None:
    assert without_asides("向社会提供") == "社会"
    assert without_asides("城市(县城") == "城市"
    assert without_asides("城市(县城)") == "城市"
    assert without_asides("小微") == "小微"


def test_parking_for_the_public_takes_the_public_parking_built() -> None:
    # 黔东南 L13 / plan (6) (audit row 70)
    t = targets("建成社会公共停车位3184个。", "向社会提供公共停车位2200个以上。")
    assert baseline_of(t, "2200个") == "3184个"
    assert class_of(t, "2200个") == "below_last_year"


def test_a_city_rate_with_its_county_aside_takes_the_city_rate() -> None:
    # 黔东南 L13 / plan (audit row 42)
    t = targets("城市污水处理率达97%。", "城市（县城）生活污水处理率、生活垃圾无害化处理率分别保持在97%、98%以上。")
    assert baseline_of(t, "97%") == "97%"


def test_household_toilets_in_hu_take_the_rural_toilets_in_ge() -> None:
    # 黔东南 L13 新（改）建农村厕所15716个 / plan (8) (audit row 76)
    assert within("建农村厕所", "建|农村户用卫生厕所") and not within("建农村公路", "建|农村户用卫生厕所")
    t = targets("新（改）建农村厕所15716个。", "持续改善人居环境，新（改）建2万户以上农村户用卫生厕所。")
    assert baseline_of(t, "2万户") == "15716个"


def test_vouchers_handed_out_with_leiji_are_the_years_total() -> None:
    # 绥化 L7 累计投放政府消费券4410万元 (audit row 33)
    t = targets("消费活力有效激发。累计投放政府消费券4410万元，预计拉动社会消费超9亿元。", "发放政府消费券4000万元以上。")
    assert baseline_of(t, "4000万元") == "4410万元"
    assert class_of(t, "4000万元") == "below_last_year"


def test_a_fenbie_members_takings_share_the_field_of_its_visits() -> None:
    # 绥化 L7 旅游接待人次、综合收入分别增长130%、134% (audit row 38)
    q = extract_quantities(read_text("一、2024年工作回顾\n旅游接待人次、综合收入分别增长130%、134%。"))
    assert dict(zip(q["text"], q["indicator"]))["134%"] == "旅游综合收入增长"
