"""Held-out audits 46/47 (2023 city reports), round fix112b: baselines missed or mismatched because the review figure's
name loses a pair's members (城乡 levels stated before a 分别 clause)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def _names(review: str) -> dict[str, str]:
    """The indicator of each figure of ``review`` (a review part), by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n地区生产总值增长5%。\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_city_and_country_pair_before_each_splits_the_levels_and_the_rates() -> None:
    # 渭南 G1: 城乡居民人均可支配收入达到39529元和16183元，分别增长4.7%和6.6%
    review = "其中城乡居民人均可支配收入达到39529元和16183元，分别增长4.7%和6.6%。"
    names = _names(review)
    assert names["39529元"] == "城镇居民人均可支配收入" and names["16183元"] == "农村居民人均可支配收入"
    assert names["4.7%"] == "城镇居民人均可支配收入增长" and names["6.6%"] == "农村居民人均可支配收入增长"
    t = targets(review, "城乡居民人均可支配收入分别增长7%和8%左右。", review_year=2022)
    assert baseline_of(t, "7%") == "4.7%" and baseline_of(t, "8%") == "6.6%"
    # no 分别 after the pair: the levels are not split member by member
    names = _names("城乡居民人均可支配收入达到39529元和16183元，增长较快。")
    assert names["39529元"] != "城镇居民人均可支配收入"
