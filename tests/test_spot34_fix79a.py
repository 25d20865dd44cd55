"""Spot audit 34 (安顺 2024, 十件民生实事): an inline numbered list's item number is no part of a name, and a
quoted thing counted by 条 (打通“断头路”10条) is a goal, not the articles of a quoted policy."""
from __future__ import annotations

from target_cases import targets

from govreport.extract.indicators import strip_clause

REVIEW = "城镇新增就业3万人。"
PLAN = ("扎实办好“十件民生实事”。1.开展农业技能技术培训1600人以上。2.新建、改扩建公办幼儿园9所、中小学10所，新增学位4380个以上。"
        "6.打通“断头路”10条；中心城区新投用公厕12座。7.新增公共停车位1200个、新能源汽车充电桩400个以上。")


def test_item_number_is_no_part_of_a_name() -> None:
    """2.新建、改扩建公办幼儿园9所 / 7.新增公共停车位1200个: the item number goes; the list's verb reaches its later member
    (安顺 rows 89, 90, 96, 97)."""
    t = targets(REVIEW, PLAN)
    assert t.loc["9所", "indicator"] == "新建改扩建公办幼儿园数"
    assert t.loc["10所", "indicator"] == "新建改扩建中小学数"
    assert t.loc["1200个", "indicator"] == "新增公共停车位数"
    assert t.loc["400个", "indicator"] == "新增新能源汽车充电桩数"
    assert not {"2", "6", "7"} & set(t.index)  # item numbers are no targets either


def test_item_number_strip_keeps_decimals_and_counts() -> None:
    """（3）实施… and 8、实施… lose their number; 2.5倍 and 3、5年 (no item numbers) are left alone."""
    assert strip_clause("8.实施农村公路生命安全防护工程")[0] == strip_clause("实施农村公路生命安全防护工程")[0]
    assert strip_clause("（3）实施农村公路生命安全防护工程")[0] == strip_clause("实施农村公路生命安全防护工程")[0]
    assert strip_clause("2.5倍")[0].startswith("2.5")


def test_quoted_road_counted_by_tiao_is_a_goal() -> None:
    """6.打通“断头路”10条: roads opened (安顺 L165, missed); 落实落细“民营经济”33条 stays the articles of a policy."""
    t = targets(REVIEW, PLAN + "落实落细“民营经济”33条。")
    assert t.loc["10条", "indicator"] == "打通断头路数"
    assert "33条" not in t.index

