"""Targets after audit 8 (docs/audits/targets_8.md, issue #11: three reports from outside the corpus):
one test per rule, on paraphrased sentences run through the real reader and extractor
(docs/assumptions.md#non-targets, #parts-and-years)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import targets


def test_a_closing_glossary_sets_no_goal() -> None:
    """附注 on a line of its own after the closing words: its notes explain terms (预计…新建幼儿园5万多所
    under the note) and are neither goals nor baselines; the plan's own goals stay."""
    text = ("政府工作报告\n一、2024年工作回顾\n城镇新增就业1200万人。\n二、2025年重点工作\n"
            "城镇新增就业1100万人以上。\n各位代表！\n让我们团结奋斗。\n附注：\n"
            "1、学前教育行动计划：预计各地将新建改扩建幼儿园5万多所，可新增园位300多万个。\n")
    report = read_text(text)
    assert "notes" in report.parts and report.parts["plan"].end == report.parts["notes"].start
    t = build_targets(extract_quantities(report)).set_index("text", drop=False)
    assert "1100万人" in t.index and "5万多所" not in t.index and "300多万个" not in t.index
