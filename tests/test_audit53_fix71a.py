"""Baselines after audit 53 (fix71a): 扶持 and 支持 are one action on 自主创业 (连云港), 汽车 before 充电桩 is no scope of the
charging points (淮南), a list's count after 各 is each member's, no sum of one amount (淮南); beside each, the neighbouring
right behaviour kept."""
from __future__ import annotations

from target_cases import baseline_of as _base, targets

GOALS = "地区生产总值增长7%左右。"


def test_fuchi_and_zhichi_are_one_action() -> None:
    """扶持自主创业1.1万人 against 支持自主创业1.8万人 (连云港 row 101): the same people, 1.8万人."""
    t = targets("新增城镇就业5.8万人，支持自主创业1.8万人。",
                GOALS + "扩大“归雁回连”返乡创业就业品牌效应，扶持自主创业1.1万人。", 2023)
    assert _base(t, "1.1万人") == "1.8万人"


def test_another_action_on_the_same_noun_stays_apart() -> None:
    """培训自主创业 is no 支持自主创业: another action, none."""
    t = targets("开展创业培训1.8万人次，支持自主创业1.8万人。",
                GOALS + "扶持农民工返乡就业1.1万人。", 2023)
    assert _base(t, "1.1万人") == ""


def test_car_is_no_scope_of_charging_points() -> None:
    """新建汽车公共充电桩1200个 against 新增…公共充电桩1239个 (淮南 row 91): the same points, 1239个."""
    t = targets("新增城市绿道和健身步道61.4公里、公共停车泊位5312个、公共充电桩1239个。",
                GOALS + "加快智慧停车系统建设，新建汽车公共充电桩1200个、换电站5个，新增公共停车泊位2250个。", 2023)
    assert _base(t, "1200个") == "1239个"
    assert _base(t, "2250个") == "5312个"


def test_each_count_of_a_pair_is_no_sum() -> None:
    """新增…省级专精特新企业60家 against …战略性新兴产业企业和省级专精特新企业各54家 (淮南 row 32): each has 54家."""
    t = targets("新增规上工业企业105家、高新技术企业75家、战略性新兴产业企业和省级专精特新企业各54家。",
                GOALS + "新增规上工业企业200家以上、高新技术企业70家、战略性新兴产业企业60家、省级专精特新企业60家。", 2023)
    assert _base(t, "200家") == "105家"
    assert _base(t, "70家") == "75家"
    assert _base(t, "60家") == "54家"


def test_a_pair_with_one_amount_is_still_a_sum() -> None:
    """战略性新兴产业企业和省级专精特新企业54家 (no 各): one amount for both, no baseline of one member."""
    t = targets("新增规上工业企业105家、高新技术企业75家、战略性新兴产业企业和省级专精特新企业54家。",
                GOALS + "新增规上工业企业200家以上、高新技术企业70家、战略性新兴产业企业60家、省级专精特新企业60家。", 2023)
    assert _base(t, "60家") == ""


def test_one_sites_member_is_no_baseline_of_the_citys() -> None:
    """港口吞吐量、集装箱量分别增长6%、8% against 中哈物流合作基地集装箱量、上合物流园物流量分别增长10.1%、6.8% (连云港 row 50):
    one logistics base's volume, not the port's; none."""
    t = targets("中哈物流合作基地集装箱量、上合物流园物流量分别增长10.1%、6.8%，丰树物流产业园、丰禾粮仓等项目建成投用。",
                GOALS + "港口吞吐量、集装箱量分别增长6%、8%。", 2023)
    assert _base(t, "8%") == ""


def test_the_same_members_keep_their_baseline() -> None:
    """港口吞吐量、集装箱量分别增长5.2%、7.1% in the review: each member its own figure, as before."""
    t = targets("港口吞吐量、集装箱量分别增长5.2%、7.1%。", GOALS + "港口吞吐量、集装箱量分别增长6%、8%。", 2023)
    assert _base(t, "6%") == "5.2%"
    assert _base(t, "8%") == "7.1%"
