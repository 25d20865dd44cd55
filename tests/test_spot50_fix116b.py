"""Held-out audit 50 (楚雄, 安阳, 咸阳, 齐齐哈尔, 珠海 2023), round fix116b: names and baselines read from the wrong words
(a long rank clause between a level and its growth, a ranking's 位 read as people)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, targets


def _names(review: str, plan: str = "地区生产总值增长5%。") -> dict[str, str]:
    """The indicator of each figure of a report of ``review`` and ``plan``, by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n{plan}\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_growth_after_a_level_and_a_long_rank_clause_is_the_levels() -> None:
    # 楚雄 G1: 地区生产总值达到1763.42亿元、上升至…第6位和全省第5位，增长6.7%
    review = "地区生产总值达到1763.42亿元、上升至全国30个民族自治州第6位和全省第5位，增长6.7%、居全省第2位。"
    assert _names(review)["6.7%"] == "地区生产总值增长"
    t = targets(review, "地区生产总值增长7%以上。", review_year=2022)
    assert baseline_of(t, "7%") == "6.7%"
    # a growth with its own subject after the rank clause stays its own
    names = _names("地区生产总值达到1763.42亿元、上升至全省第5位，城镇居民收入增长6.7%。")
    assert names["6.7%"] != "地区生产总值增长"


def test_places_moved_up_a_ranking_are_no_people() -> None:
    # 楚雄 G4: 国家高新区综合评价排位上升3位以上
    names = _names("工业增长5%。", "确保国家高新区综合评价排位上升3位以上。")
    assert "人数" not in names["3位"] and names["3位"].endswith("位次")
    # 位 after no ranking word: the count is kept as it was named
    names = _names("工业增长5%。", "引进院士专家3位。")
    assert not names["3位"].endswith("位次")
