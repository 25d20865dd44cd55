"""Spot audits 43 (held-out 2023 city reports: 宝鸡, 儋州, 怀化, 惠州), round fix108d: names, subjects and scopes — a bare
完成+amount after a clause that opens with a measure; a per-unit word (亩均) opening a 均 list."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def _names(review: str) -> dict[str, str]:
    """The indicator of each figure of ``review`` (a review part), by its text."""
    text = f"政府工作报告\n一、2024年工作回顾\n{review}\n二、2025年重点工作\n地区生产总值增长5%。\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_bare_done_amount_takes_the_measure_of_the_clause_before() -> None:
    # 儋州 row 0: 从年初开始，…，地区生产总值逆势转正，完成878.9亿元 — the GDP level, not the sentence opening's
    review = "从年初开始，以拼搏姿态，有效应对下行压力，地区生产总值逆势转正，完成878.9亿元，总量跃居全省第二。"
    assert _names(review)["878.9亿元"].startswith("地区生产总值")
    t = targets(review, "主要预期目标是：地区生产总值突破千亿元，增长11%左右。")
    assert baseline_of(t, "千亿元") == "878.9亿元" and class_of(t, "千亿元") == "modest"
    # a clause before with no measure of the amount's unit lends no subject
    names = _names("从年初开始，以拼搏姿态，有效应对下行压力，扎实推进项目建设，完成35个。")
    assert not names["35个"].startswith("扎实推进")


def test_a_per_unit_word_opening_a_shared_list_is_every_members() -> None:
    # 怀化 G2 rows 23-24: 亩均生产总值、税收均增长15%以上 — 亩均税收, and no city GDP growth
    t = targets("亩均生产总值、亩均税收均增长15%。", "实现园区技工贸总收入增长15%以上，亩均生产总值、税收均增长15%以上。")
    rows = t[t["text"] == "15%"]
    names = set(rows["indicator"])
    assert {"亩均生产总值增长", "亩均税收增长"} <= names
    assert "gdp_growth" not in set(rows["indicator_key"])
    # a long member is a measure of its own: no per-unit word given to it
    t = targets("人均地区生产总值、一般公共预算收入均增长8%。", "人均地区生产总值、一般公共预算收入均增长10%。")
    assert "一般公共预算收入增长" in set(t["indicator"])
