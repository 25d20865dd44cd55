"""Round fix62a (audit 49): a 翻一番 goal is a growth of 100 % of its measure, compared with the review's growth of it (北海)."""
from __future__ import annotations

from target_cases import targets

GOALS = "地区生产总值增长7%。"


def test_doubling_is_a_growth_of_a_hundred_percent() -> None:
    """实际使用外资翻一番 (beihai L50) against 实际使用外资增长396% (L5): a growth of 100 %, below last year's."""
    t = targets("地区生产总值增长6%，实际使用外资增长396%。",
                GOALS + "精准承接产业转移升级，力争新增规上工业产值350亿元，实际使用外资翻一番。")
    row = t.loc[["翻一番"]].iloc[0]
    assert row["unit"] == "%" and float(row["value"]) == 100.0
    assert row["indicator"] == "实际使用外资增长" and float(row["baseline_value"]) == 396.0
    assert row["feasibility"] == "below_last_year"


def test_two_doublings_are_three_hundred_percent() -> None:
    """翻两番: four times the measure, a growth of 300 %."""
    t = targets("地区生产总值增长6%。", GOALS + "力争实际使用外资翻两番。")
    assert float(t.loc[["翻两番"]].iloc[0]["value"]) == 300.0


def test_a_multiple_in_digits_keeps_its_unit() -> None:
    """Neighbouring right behaviour: 储备库项目达到2倍 written in digits stays a figure in 倍."""
    t = targets("地区生产总值增长6%。", GOALS + "储备库充实项目总投资达到年度计划的2倍。")
    if "2倍" in t.index:
        assert t.loc[["2倍"]].iloc[0]["unit"] == "倍"
