"""A plan word in an earlier clause of a sentence (赤字率拟按3%安排，赤字规模4.06万亿元) makes every amount of the
sentence planned: exact, like 拟安排财政赤字, not a ceiling the past year already meets (spot check of national_2024)."""
from __future__ import annotations

from target_cases import targets

REVIEW = "居民消费价格上涨0.2%。"


def test_a_plan_word_in_an_earlier_clause_covers_the_deficit_amount() -> None:
    # national_2024: 赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。
    t = targets(REVIEW, "赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。")
    assert t.loc["3%", "target_kind"] == "exact"
    assert t.loc["4.06万亿元", "target_kind"] == "exact"


def test_without_a_plan_word_a_down_indicator_is_a_ceiling() -> None:
    # the same amounts with no 拟 in the sentence keep the ceiling of an indicator whose good direction is down
    t = targets(REVIEW, "居民消费价格涨幅3%左右，赤字规模4.06万亿元。")
    assert t.loc["3%", "target_kind"] == "ceiling"
    assert t.loc["4.06万亿元", "target_kind"] == "ceiling"
