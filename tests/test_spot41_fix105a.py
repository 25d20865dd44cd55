"""Spot audit 42 (东莞, 海口, 甘孜 2023), round fix105a: review figures read from words that are no goal or no subject
(an inline adjustment before a growth, a glossary heading)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import baseline_of, targets


def test_inline_adjustment_before_growth_names_the_level_subject() -> None:
    # 东莞 G2 row 6: 市一般公共预算收入766亿元，扣除留抵退税因素后增长4.1%
    t = targets("市一般公共预算收入766亿元，扣除留抵退税因素后增长4.1%。", "一般公共预算收入增长5%。")
    assert baseline_of(t, "5%") == "4.1%"
    # no adjustment words: the growth after a comma keeps its own (empty) subject rules, not the level's by this rule
    t = targets("市一般公共预算收入766亿元，税收收入增长4.1%。", "一般公共预算收入增长5%。")
    assert baseline_of(t, "5%") != "4.1%"


def test_a_glossary_headed_term_notes_sets_no_goal() -> None:
    # 东莞 G8 rows 84, 85: 名词注解： then 学前教育“5080”：指…占比达到80%以上
    text = ("政府工作报告\n一、2022年工作回顾\n地区生产总值增长4%。\n二、2023年重点工作\n地区生产总值增长5%。\n"
            "名词注解：\n学前教育“5080”：指公办幼儿园和普惠性民办幼儿园在园幼儿数占比达到80%以上。\n")
    q = extract_quantities(read_text(text))
    row = q[q["text"] == "80%"].iloc[0]
    assert row["part"] == "notes"
    # a line that only mentions the word inside a sentence is no heading
    text2 = text.replace("名词注解：\n", "以下为名词注解等内容。\n")
    q2 = extract_quantities(read_text(text2))
    assert q2[q2["text"] == "80%"].iloc[0]["part"] != "notes"


def test_a_note_the_review_cites_states_last_years_results() -> None:
    # 海口 G1 rows 1–3: 主要表现在：部分经济指标未达预期；… with [16]部分经济指标未达预期：…固定资产投资增长-12.7%…
    text = ("政府工作报告\n一、2022年工作回顾\n全年地区生产总值增长1.3%。主要表现在：部分经济指标未达预期；创新能力不强。\n"
            "二、2023年重点工作\n今年主要预期目标是：固定资产投资增长12%左右。\n名词解释\n"
            "[1]两品一标：绿色食品、有机农产品和农产品地理标志。\n"
            "[16]部分经济指标未达预期：地区生产总值增长1.3%，固定资产投资增长-12.7%。\n")
    q = extract_quantities(read_text(text))
    row = q[q["text"] == "12.7%"].iloc[0]
    assert row["role"] == "actual" and int(row["year"]) == 2022 and row["direction"] == "decrease"
    t = build_targets(q)
    row = t[t["text"] == "12%"].iloc[0]
    assert row["baseline_text"] == "12.7%" and float(row["baseline_value"]) == -12.7
    # a note on a term the review does not say as a phrase stays a note
    q2 = extract_quantities(read_text(text.replace("主要表现在：部分经济指标未达预期；", "主要表现在：")))
    assert q2[q2["text"] == "12.7%"].iloc[0]["part"] == "notes"
