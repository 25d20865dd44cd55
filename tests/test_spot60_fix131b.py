"""Held-out audit 60 (郴州, 鄂州, 铁岭, 衢州, 酒泉 2023), round fix131b: baselines the review states in other words (a size
class as one token, a comparable basis, all sites met, wind and solar capacity as new energy)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_a_size_class_is_one_token_over_or_above() -> None:
    # 铁岭 row 6: 超亿元项目 and 亿元以上项目 are one class of signed projects
    t = targets("新签约亿元以上项目130个。", "全市新签约1000万元以上项目480个，其中超亿元项目144个。", 2022)
    assert baseline_of(t, "144个") == "130个" and class_of(t, "144个") == "modest"
    # another class amount is another measure: 1000万元以上 finds no baseline in 亿元以上
    assert baseline_of(t, "480个") == ""


def test_a_hundred_billion_output_class_is_output_over_100_yi() -> None:
    # 衢州 row 10: 百亿产值企业 and 产值超100亿元企业
    t = targets("新培育产值超100亿元企业1家。", "新增省级以上专精特新企业50家、百亿产值企业2家。", 2022)
    assert baseline_of(t, "2家") == "1家"
    # a class over 10亿元 is not the class over 100亿元
    t = targets("新培育产值超10亿元企业8家。", "新增百亿产值企业2家。", 2022)
    assert baseline_of(t, "2家") == ""


def test_a_revenue_fall_net_of_refunds_on_a_like_basis_is_its_growth() -> None:
    # 铁岭 row 3: 扣除留抵退税因素后同口径下降2.1% is the same revenue measure, at −2.1
    t = targets("一般公共预算收入扣除留抵退税因素后同口径下降2.1%。", "一般公共预算收入增长7%。", 2022)
    assert baseline_of(t, "7%") == "2.1%" and class_of(t, "7%") == "stretch"
    # another measure's fall is no baseline
    t = targets("税收收入扣除留抵退税因素后同口径下降2.1%。", "一般公共预算收入增长7%。", 2022)
    assert baseline_of(t, "7%") == ""


def test_sites_that_all_met_the_standard_are_a_rate_of_100() -> None:
    # 铁岭 row 43: 21个国考省考断面水质全部达标 -> 100 %, met already
    t = targets("21个国考省考断面水质全部达标。", "国考省考断面和水源地水质达标率均达100%。", 2022)
    rows = t.loc[["100%"]]
    got = dict(zip(rows["indicator"], rows["baseline_text"].fillna("")))
    assert got["国考省考断面达标率"] == "全部达标" and got["水源地水质达标率"] == ""
    assert set(rows[rows["indicator"] == "国考省考断面达标率"]["feasibility"]) == {"met_already"}


def test_wind_and_solar_capacity_is_new_energy_capacity() -> None:
    # 酒泉 row 13: 新增风光电装机 measures 新能源装机
    t = targets("预计年内新增风光电装机超过500万千瓦。", "新能源装机600万千瓦以上。", 2022)
    assert baseline_of(t, "600万千瓦") == "500万千瓦"
    # thermal capacity is still another scope
    t = targets("预计年内新增火电装机超过500万千瓦。", "新能源装机600万千瓦以上。", 2022)
    assert baseline_of(t, "600万千瓦") == ""
