"""Round fix69b (audit 52, 蚌埠): a count each of a list of rank bands must hold (前20、30、50名各不少于1个) shares places out
over the bands; it is a distribution rule, not an amount to reach, so it gives no target row. A single 前N名 goal stays."""
from __future__ import annotations

from target_cases import targets

PLAN_WORDS = "地区生产总值增长6%以上。"
REVIEW = "地区生产总值增长6.8%。"


def test_a_count_each_rank_band_holds_is_no_target() -> None:
    """蚌埠 row 30: 前20、30、50名各不少于1个 — neither the thresholds nor the 1个 per band is a goal."""
    t = targets(REVIEW, PLAN_WORDS + "完善开发区考核评价体系，6个省级以上开发区均实现全省综合考核进位，前20、30、50名各不少于1个。")
    assert "1个" not in t.index and "20" not in t.index and "30" not in t.index


def test_a_count_for_one_rank_stays_a_goal() -> None:
    """A count of places in one ranking, no list of bands (5个…进入全省前10名), keeps its row."""
    t = targets(REVIEW, PLAN_WORDS + "力争新增5个企业进入全省民营企业前10名。")
    assert "5个" in t.index
