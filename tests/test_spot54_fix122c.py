"""Held-out set 54 (株洲, 信阳 2023), round fix122c: a synonym folded in the named-set test of project investment, and
three sets named by example or worked on whose clause delivers them (贯通, 编制, 实现脱困解难): goals."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_a_synonym_of_the_set_name_is_the_same_set() -> None:
    # 株洲 row 15: 实施重点建设项目549个，完成投资1068亿元 against 重点项目完成投资突破1000亿元 (重点建设项目 = 重点项目)
    t = targets("重点项目完成投资突破1000亿元。", "实施重点建设项目549个，完成投资1068亿元。")
    assert baseline_of(t, "1068亿元") == "1000亿元"
    # another named set of projects still has none (乡村振兴项目 is not 重点项目)
    t = targets("重点项目完成投资突破1000亿元。", "实施乡村振兴项目549个，完成投资1068亿元。")
    assert baseline_of(t, "1068亿元") == ""
    # 重大项目 is a related list whose scope can differ: not folded (regression text 乌海 2022)
    t = targets("实施重点项目146个，完成投资140亿元。", "组织实施重大项目186个，完成投资190亿元以上。")
    assert baseline_of(t, "190亿元") == ""


def test_roads_joined_up_after_examples_are_a_goal() -> None:
    # 信阳 missed 1: 贯通新二十街南段、新二十八大街南段等10条断头路
    t = targets("新建道路20条。", "贯通新二十街南段、新二十八大街南段等10条断头路，实施湖东大道等道路提质改造。")
    assert "10条" in set(t["text"])
    # roads named by example and only kept up stay the set (养护A、B等10条道路)
    t = targets("新建道路20条。", "养护新二十街、新二十八大街等10条道路。")
    assert "10条" not in set(t["text"])


def test_plans_drawn_up_after_examples_are_a_goal() -> None:
    # 信阳 missed 4: 加快编制…等5个控制性详细规划和城市公园、绿道、有机更新等18个专项规划
    t = targets("新建公园5个。", "加快编制羊山西、科创新城、两湖片区等5个控制性详细规划和城市公园、绿道、有机更新等18个专项规划。")
    assert {"5个", "18个"} <= set(t["text"])
    # plans named by example that are carried out stay the set (落实A、B等18个专项规划)
    t = targets("新建公园5个。", "落实城市公园、绿道、有机更新等18个专项规划。")
    assert "18个" not in set(t["text"])


def test_firms_brought_out_of_difficulty_are_a_goal() -> None:
    # 信阳 missed 5: 紧盯20家重点困难企业彻底实现脱困解难 (the same sentence's 推动50家边缘规上企业稳定运行 is not counted)
    t = targets("新增规上工业企业150家。", "紧盯20家重点困难企业彻底实现脱困解难，确保新增规上工业企业200家。")
    assert {"20家", "200家"} <= set(t["text"])
    # firms watched with no outcome of their own stay the set (紧盯20家重点企业)
    t = targets("新增规上工业企业150家。", "紧盯20家重点企业，确保新增规上工业企业200家。")
    assert "20家" not in set(t["text"])
