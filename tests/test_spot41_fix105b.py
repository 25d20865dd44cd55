"""Held-out audit 42 (东莞, 海口, 甘孜 2023), round fix105b: the names of coordinated goals (a 、 list before 均增长 led by
a scope word, X和Y before a shared 进出口) and a bare 投入 amount opening a sentence."""
from __future__ import annotations

from target_cases import baseline_of, targets


def _names(plan: str) -> list[tuple[str, str]]:
    """(text, indicator) of each target row of ``plan`` (a plan part)."""
    t = targets("地区生产总值增长5%。", plan, review_year=2022)
    return list(zip(t["text"], t["indicator"]))


def test_a_bare_input_takes_its_purpose_from_the_next_clause() -> None:
    # 甘孜 rows 14, 65: 投入3.75亿元，实施牦牛产业集群项目20个 -> the projects' input, as 投资 is named
    names = _names("投入3.75亿元，实施牦牛产业集群项目20个。投入12.3亿元，高质量建设宜居工程12个。")
    assert ("3.75亿元", "牦牛产业集群项目投入") in names and ("12.3亿元", "宜居工程投入") in names
    assert ("1.88亿元", "藏香猪产业项目投资") in _names("投资1.88亿元，实施藏香猪产业项目43个。")
    # a next clause that carries nothing out gives no purpose: the name stays bare
    assert ("3亿元", "投入") in _names("投入3亿元，力争财政收入稳步提高。")


def test_a_scope_word_before_a_shared_growth_list_is_every_members() -> None:
    # 海口 rows 34, 39: 园区工业产值、税收均增长10%以上
    names = _names("力争园区工业产值、税收均增长10%以上。")
    assert ("10%", "园区工业产值增长") in names and ("10%", "园区税收增长") in names
    names = _names("园区营业收入、税收均增长20%以上。")
    assert ("20%", "园区营业收入增长") in names and ("20%", "园区税收增长") in names
    # without a scope word the members stay as they are
    names = _names("营收、税收均增长15%以上。")
    assert ("15%", "营收增长") in names and ("15%", "税收增长") in names


def test_a_shared_trade_head_is_taken_whole() -> None:
    # 海口 row 10: 货物和服务进出口均增长15%以上 -> 货物进出口增长 (not 货物出口增长), baseline 货物进出口…增长28.6%
    names = _names("力争货物和服务进出口均增长15%以上。")
    assert ("15%", "货物进出口增长") in names and ("15%", "服务进出口增长") in names
    t = targets("对外贸易稳健发展，货物进出口605.6亿元、增长28.6%。", "力争货物和服务进出口均增长15%以上。", review_year=2022)
    got = t.loc[["15%"]]
    assert got[got["indicator"] == "货物进出口增长"]["baseline_text"].tolist() == ["28.6%"]
    # a head that is whole already is still shared (工业投资和高技术制造业投资: each its own)
    names = _names("工业投资和高技术制造业投资均增长8%以上。")
    assert ("8%", "工业投资增长") in names and ("8%", "高技术制造业投资增长") in names


def test_a_respective_list_after_a_three_character_verb() -> None:
    # 东莞 rows 27, 28: 分别新认定市级以上重点实验室、工程技术中心30家和200家 -> member i takes figure i
    names = _names("分别新认定市级以上重点实验室、工程技术中心30家和200家。")
    assert names == [("30家", "新认定市级以上重点实验室数"), ("200家", "新认定市级以上工程技术中心数")]
    # a two-character verb keeps its reading (分别完成粮食、油菜种植面积…: 粮食种植面积)
    names = _names("分别完成粮食、油菜种植面积274万亩以上、35.5万亩以上。")
    assert names == [("274万亩", "粮食种植面积"), ("35.5万亩", "油菜种植面积")]
    # a word after 分别 that is no verb opens no such list
    assert all(n != "新增重点实验室数" for _, n in _names("分别新增重点实验室、工程技术中心30家和200家。"))


def test_a_work_word_before_a_review_figure_names_no_thing() -> None:
    # 甘孜 row 57: 规划建设8个车站配套工程 took 开工建设“宜居工程”试点项目11个 (…专项规划，…) at a score of 0.18
    review = "实施全州城镇供气供暖供氧总体规划和专项规划，开工建设“宜居工程”试点项目11个，新增供暖面积54.9万平方米。"
    t = targets(review, "做好川藏铁路甘孜段建设服务保障，规划建设8个车站配套工程。", review_year=2022)
    assert baseline_of(t, "8个") == ""
    # the thing said whole still finds it (投入…建设宜居工程12个 and the review's 宜居工程 projects)
    t = targets(review, "投入12.3亿元，高质量建设“宜居工程”12个。", review_year=2022)
    assert baseline_of(t, "12个") == "11个"
