"""Spot audit 38 (中卫 2025), round fix96b: project sets and their investment — 计划 before a verb is no kind of project,
a mechanism names no set of projects, and a set named by examples takes the field its sentence names."""
from __future__ import annotations

from target_cases import baseline_of, targets

from govreport.tables.noun_words import noun_words


def test_plan_word_before_a_verb_is_no_kind() -> None:
    # 中卫 L5/L43 (row 9): 计划实施重点项目353个 and 399个重大项目加快推进 name one list
    assert noun_words("计划实施重点项目") == noun_words("重点项目")
    assert "计划" in noun_words("投资计划")  # before no verb: a noun, kept
    t = targets("持续抓有效投资，399个重大项目加快推进，完成投资320亿元。",
                "扎实开展扩大有效投资专项行动，计划实施重点项目353个。")
    assert baseline_of(t, "353个") == "399个"


def test_a_mechanism_names_no_set_of_projects() -> None:
    # 中卫 L5/L43 (row 14): 落实领导包联服务机制，…，年内完成投资370亿元 — the key projects' investment, not a named set's
    t = targets("持续抓有效投资，399个重大项目加快推进，完成投资320亿元。",
                "计划实施重点项目353个。落实领导包联服务机制，强化项目建设“五个力度”，年内完成投资370亿元以上。")
    assert baseline_of(t, "370亿元") == "320亿元"


def test_a_set_by_examples_takes_its_sentences_field() -> None:
    # 中卫 L7/L45 (row 40): …等15个项目 in a 文旅 sentence; L11/L47 (row 100): …等项目9个 beside 新增学位
    t = targets("实施钻石酒店等文旅项目16个，举办“青春漠漠搭”等文旅活动50场次。",
                "实施大麦地岩画保护利用、沙坡头冰雪主题馆等15个项目，开展文化旅游消费季等50项文旅活动。")
    assert baseline_of(t, "15个") == "16个"
    t = targets("实施中卫十中等教育项目15个，新增学位1万个。",
                "优化基础教育布局，实施中卫十四小、海原九小等项目9个，新增学位2520个。落实国家教育数字化战略，实施智慧教室等项目13个。")
    assert baseline_of(t, "9个") == "15个"
    assert baseline_of(t, "13个") == ""  # nothing else stated alike in its sentence: its examples may be another kind
