"""Held-out sets 46/47 (2023 city reports), round fix112a: names of target rows (a noun that opens like a verb)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import targets


def _plan_names(plan: str) -> dict[str, str]:
    """The indicator of each figure of ``plan`` (a plan part), by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n地区生产总值增长3%。\n二、2023年重点工作\n{plan}\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_built_up_area_opens_a_list_of_rates() -> None:
    # 焦作 G2: 建成区供热、燃气普及率分别达到91.1%、98.3%: 建成区 is a noun, no verb 建成 opening a predicate of its own
    names = _plan_names("更新改造城市地下管线，建成区供热、燃气普及率分别达到91.1%、98.3%。")
    assert names["91.1%"] == "建成区供热普及率" and names["98.3%"] == "燃气普及率"
    t = targets("建成区供热普及率达到90%。", "建成区供热、燃气普及率分别达到91.1%、98.3%。", review_year=2022)
    assert t.loc[["91.1%"]].iloc[-1]["indicator"] == "建成区供热普及率"
    # 建成区域…: the verb 建成 after all, moved after its object as before
    assert _plan_names("建成区域性养老服务中心128个。")["128个"] == "区域性养老服务中心建成数"
    # a verb phrase before 、 still opens a level of its own
    assert _plan_names("建设智慧管理平台、实时可调负荷提升至75万千瓦。")["75万千瓦"] == "实时可调负荷"


def test_members_quoted_back_to_back_are_a_list() -> None:
    # 洛阳 G1: “达标集镇”“示范集镇”“精品集镇”分别达到25%、10%、5%: each its own quoted name
    names = _plan_names("加快建设试点集镇，“达标集镇”“示范集镇”“精品集镇”分别达到25%、10%、5%。")
    assert (names["25%"], names["10%"], names["5%"]) == ("达标集镇", "示范集镇", "精品集镇")
    # one quoted name alone is no list
    names = _plan_names("“两癌”筛查率分别达到90%、85%。")
    assert "两癌" in names["90%"]
