"""Held-out audit 66 (伊犁 2023, with set 65), round fix139c: sub-region breakdowns named by the region alone — a
parenthesis of <place><change or amount> after a headline figure names each member by its place and the headline's
measure; a later 、 member of a place alone takes the first member's measure; a baseline matched on a place word only
is no match."""
from __future__ import annotations

import pandas as pd

from target_cases import baseline_of, targets

REVIEW = ("预计实现地区生产总值2854亿元、增长3.2%左右（州直1548亿元、增长2.5%左右，塔城地区890亿元、增长5%，阿勒泰地区416亿元、"
          "增长2%）；规模以上工业增加值增长4.9%以上（州直增长10%以上，塔城地区增长3%，阿勒泰地区下降7.5%）；"
          "一般公共预算收入完成219.7亿元、增长6.2%（州直135亿元、增长2%，塔城地区48.3亿元、增长19.1%）。")
PLAN = ("全州地区生产总值增长7.6%（州直增长7.5%、塔城地区增长8.5%、阿勒泰地区增长7%），规模以上工业增加值增长10.8%"
        "（州直增长12%、塔城地区增长8.5%、阿勒泰地区增长4%），一般公共预算收入增长11.3%（州直增长12%、塔城地区增长11%）。")


def _row(t, text: str, n: int = 0):  # type: ignore[no-untyped-def]
    """The n-th target row of ``text``."""
    return t[t["text"] == text].iloc[n]


def test_breakdown_members_take_the_headlines_measure() -> None:
    t = targets(REVIEW, PLAN)
    names = set(t["indicator"])
    assert {"州直地区生产总值增长", "塔城地区地区生产总值增长", "州直规模以上工业增加值增长", "塔城地区一般公共预算收入增长"} <= names
    assert "州直增长" not in names and "塔城地区增长" not in names
    # each region's plan figure meets its own review figure of the same measure (塔城 budget revenue: 19.1%, not GDP's 5%)
    assert _row(t, "11%")["baseline_text"] == "19.1%"
    assert _row(t, "7.5%")["baseline_text"] == "2.5%"
    # the sub-region figures take no key of the whole place; the headline keeps its own
    assert pd.isna(_row(t, "7.5%")["indicator_key"]) or not _row(t, "7.5%")["indicator_key"]
    assert _row(t, "7.6%")["indicator_key"] == "gdp_growth"
    assert baseline_of(t, "7.6%") == "3.2%"


def test_a_parenthesis_of_other_words_is_left_alone() -> None:
    # a parenthesis that is no breakdown of places (含…) names nothing anew
    t = targets("地区生产总值增长3%。", "地区生产总值增长7%（含新增项目增长2%）。")
    assert not any(n.startswith("含") and "地区生产总值" in n for n in t["indicator"])
    assert "地区生产总值增长" in set(t["indicator"])


def test_a_later_place_member_takes_the_first_members_measure() -> None:
    t = targets("新增就业1万人。", "州直实施棚户区改造9160套、塔城地区1250户，州直实施老旧小区改造247个2.4万户、塔城地区25个0.5万户。")
    names = set(t["indicator"])
    assert {"塔城地区实施棚户区改造户数", "塔城地区实施老旧小区改造数", "塔城地区实施老旧小区改造户数"} <= names
    assert "塔城地区户数" not in names and "塔城地区数" not in names
    # a member with its own measure keeps it
    t = targets("新增就业1万人。", "州直新建保障性租赁住房5566套、塔城地区新建公共租赁住房600套。")
    assert "塔城地区新建公共租赁住房数" in set(t["indicator"])


def test_a_place_word_alone_is_no_baseline_match() -> None:
    review = "预计实现地区生产总值2854亿元、增长3.2%左右（州直1548亿元、增长2.5%左右，塔城地区890亿元、增长5%）。"
    plan = "力争州直实现招商引资到位资金1661亿元以上、增长15%，塔城地区500亿元以上、增长12%。"
    t = targets(review, plan)
    assert _row(t, "12%")["match"] == "none"
    # the same place and the same measure still match
    t = targets(review, "全州地区生产总值增长7.6%（州直增长7.5%、塔城地区增长8.5%）。")
    assert _row(t, "8.5%")["baseline_text"] == "5%"
