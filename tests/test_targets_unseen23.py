"""Targets after audit 23 (notes targets_23: Anhui 2026, Jilin 2026, Hohhot 2024 from outside the corpus),
the target-side fault classes: one test per rule, on paraphrased sentences run through the real reader
and extractor."""
from __future__ import annotations

from target_cases import targets


def test_a_ratio_lowered_to_a_level_about_is_a_ceiling() -> None:
    # 降低至 (like 下降到, 降至) is a fall verb: the level it falls to, 左右 or not, is a ceiling
    t = targets("地区生产总值增长5%。", "完善冷链物流网络，物流费用占地区生产总值比重降低至14.2%左右。")
    assert t.loc["14.2%", "target_kind"] == "ceiling"
    t = targets("地区生产总值增长5%。", "完善冷链物流网络，物流费用占地区生产总值比重下降至14.2%。")
    assert t.loc["14.2%", "target_kind"] == "ceiling"


def test_a_condition_opening_a_goal_is_no_scope_of_its_baseline() -> None:
    # 正常年景下 (under a normal harvest), 在正常情况下: a condition, not which grain; the review's total is the baseline
    review = "粮食总产量达到650亿斤，创历史新高。"
    for plan in ("正常年景下粮食产量稳定在680亿斤以上。", "在正常情况下粮食产量稳定在680亿斤以上。"):
        t = targets(review, plan)
        assert t.loc["680亿斤", "baseline_text"] == "650亿斤"


def test_a_real_scope_before_grain_still_blocks_the_total() -> None:
    t = targets("粮食总产量达到650亿斤。", "山区粮食产量稳定在80亿斤以上。")
    assert t.loc["80亿斤", "baseline_text"] != "650亿斤"
