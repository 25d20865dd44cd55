"""Baselines after audit 55 (fix73b): a 、 pair of building verbs (新建、改扩建) is one action, no list of kinds, so a count of
one kind of a list counted apart is not measured by the review's one amount for the kinds together, whichever member it is
(宿州 rows 36, 37)."""
from __future__ import annotations

from target_cases import baseline_of as _base, targets

from govreport.tables.kinds_apart import one_action

GOALS = "地区生产总值增长5.5%左右。"
REVIEW = "城镇新增就业2.69万人。组建智慧学校共同体20个，新建、改扩建公办幼儿园和中小学88所。"


def test_a_pair_of_building_verbs_is_one_action() -> None:
    """新建、改扩建公办幼儿园 (宿州 L51): the verbs written as one, the kinds after them left to be split; asides dropped."""
    assert one_action("新建、改扩建公办幼儿园和中小学") == "新建改扩建公办幼儿园和中小学"
    assert one_action("新（改、扩）建公办中小学校") == "新建公办中小学校"
    assert one_action("绿色建筑、装配式建筑") == "绿色建筑、装配式建筑"  # nouns joined by 、 stay a list


def test_each_kind_counted_apart_is_no_part_of_the_sum() -> None:
    """新建、改扩建公办幼儿园24所、中小学校31所 (宿州 L51) vs 新建、改扩建公办幼儿园和中小学88所 (L16): first and last member apart."""
    t = targets(REVIEW, GOALS + "新建、改扩建公办幼儿园24所、中小学校31所。", 2023)
    assert _base(t, "24所") == ""
    assert _base(t, "31所") == ""


def test_kinds_in_the_other_order_are_apart_too() -> None:
    """The review's kinds the other way round (中小学和幼儿园): the first member is no part either; the sum keeps its sum."""
    t = targets("新建、改扩建公办中小学和幼儿园88所。", GOALS + "新建、改扩建公办幼儿园24所、中小学校31所。新建、改扩建中小学和幼儿园90所。", 2023)
    assert _base(t, "24所") == ""
    assert _base(t, "31所") == ""
    assert _base(t, "90所") == "88所"


def test_a_member_of_a_review_list_of_counts_is_no_sum() -> None:
    """新增公共停车泊位2700个、充电桩1776个 (蚌埠) keeps 新建公共充电桩1177个、停车泊位3496个: the review figure is one member of its
    own list of counts, no amount for a list of kinds."""
    t = targets("推进智慧停车，新建公共充电桩1177个、停车泊位3496个。", GOALS + "推进智慧停车建设，新增公共停车泊位2700个、充电桩1776个。", 2023)
    assert _base(t, "2700个") == "3496个"
