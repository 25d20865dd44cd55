"""Targets (spot check 33, fix78a): a count of bags (袋) is read with its unit, so the goal keeps its row and the next
list member's name no longer opens with the unit (随州 L67: 香菇种植规模扩大到3.6亿袋、油茶种植面积达到60万亩以上)."""
from __future__ import annotations

from target_cases import targets

from govreport import extract_quantities, read_text
from govreport.lexicon import unit_field

REVIEW = "粮食产量稳定在30万吨。"
PLAN = "力争香稻种植面积突破90万亩、香菇种植规模扩大到3.6亿袋、油茶种植面积达到60万亩以上。"


def test_bags_are_a_count_unit() -> None:
    """袋 is a unit of count, read after a digit (3.6亿袋)."""
    assert unit_field("袋", "kind") == "count"
    q = extract_quantities(read_text(f"政府工作报告\n一、2024年工作回顾\n{REVIEW}\n二、2025年重点工作\n{PLAN}\n"))
    row = q[q["text"] == "3.6亿袋"]
    assert len(row) == 1 and row.iloc[0]["unit"] == "袋"


def test_a_count_of_bags_is_a_target_and_the_next_name_starts_clean() -> None:
    """香菇种植规模扩大到3.6亿袋 gets a row; the 60万亩 row is named 油茶种植面积, not 袋油茶种植面积."""
    t = targets(REVIEW, PLAN)
    assert "3.6亿袋" in t.index
    assert t.loc["3.6亿袋", "unit"] == "袋"
    assert str(t.loc["60万亩", "indicator"]) == "油茶种植面积"
