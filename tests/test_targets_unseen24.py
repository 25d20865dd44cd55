"""Targets after unseen audit 24 (docs/audits/targets_24.md): a five-year term opening a figure's own
clause sets the term's goals, not the plan year's; paraphrased sentences through the real reader."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

from target_cases import targets

PLAN = ("推进新型城镇化，“十五五”时期省会城市新增常住人口80万、县城新增人口60万。"
        "今年新建城市公园20个。")


def test_a_term_opening_the_clause_sets_the_terms_goals() -> None:
    """…，“十五五”时期X新增人口80万、Y新增人口60万 (Guizhou 2026, G26#76/#77): goals for 2026–2030, out of the
    plan year's table and kept as later goals dated 2030 (from 2026)."""
    t = targets("城镇新增就业60万人。", PLAN, review_year=2025)
    assert t.text.tolist() == ["20个"]
    text = "政府工作报告\n一、2025年工作回顾\n城镇新增就业60万人。\n二、2026年重点工作\n" + PLAN + "\n"
    later = build_targets(extract_quantities(read_text(text)), include_later=True)
    later = later[later.horizon == "later"]
    assert set(later.text) == {"80万", "60万"}
    assert set(later.year) == {2030} and set(later.year_from) == {2026}


def test_a_term_named_inside_a_clause_or_already_over_sets_nothing() -> None:
    """A term that does not open the clause (为“十五五”开好局，今年…) or that ends by the plan year (a 十四五
    figure in a 2025 plan) leaves the plan year's goal where it is."""
    t = targets("城镇新增就业60万人。", "为“十五五”时期开好局，新建城市公园20个。", review_year=2025)
    assert t.text.tolist() == ["20个"]
    t = targets("城镇新增就业60万人。", "“十四五”时期收官之年，新建城市公园20个，“十四五”时期新增公园30个。", review_year=2024)
    assert "20个" in t.text.tolist() and "30个" in t.text.tolist()
