"""Held-out audit 50 (珠海, 楚雄 2023), round fix117a: which figures are targets — a step in a word numeral crossed, 其中
parts of a whole summed over several counts, a count in the subject a goal is aimed at."""
from __future__ import annotations

from target_cases import targets

REVIEW = "全年工业投资完成593.8亿元，新开工项目300个。"


def test_a_word_numeral_step_crossed_is_a_floor() -> None:
    # 珠海 G3: 力争全年工业投资迈上千亿元台阶 — the step passed (floor), named without 迈上
    t = targets(REVIEW, "力争全年工业投资迈上千亿元台阶。")
    row = t.loc["千亿元台阶"]
    assert row["target_kind"] == "floor" and row["indicator"] == "工业投资"
    # the same in digits is a floor and named alike
    t = targets(REVIEW, "力争全年工业投资迈上1000亿元台阶。")
    assert t.loc["1000亿元", "indicator"] == "工业投资" and t.loc["1000亿元", "target_kind"] == "floor"
    # no step after the amount: 实现 is no crossing, the amount stays exact
    t = targets(REVIEW, "全年工业投资实现1000亿元。")
    assert t.loc["1000亿元", "target_kind"] == "exact"


def test_parts_summing_to_several_counts_are_no_goals() -> None:
    # 珠海 G7: 137+568+127+12 = 457+387 — the parts split started and sped-up projects together
    plan = ("推动457个项目开工、387个在建项目提速，其中，市级项目137个，区级项目568个，镇级项目127个，村级项目12个，"
            "镇村项目中“三农”、水利项目占43.2%。")
    t = targets(REVIEW, plan)
    assert list(t["text"]) == ["457个"]
    # a 其中 split of one target total stays a set of sub-targets
    t = targets(REVIEW, "推动457个项目开工，其中，市级项目137个，区级项目300个，镇级项目20个。")
    assert {"137个", "300个", "20个"} <= set(t["text"])
    # two counts before 其中 but parts that do not sum to them: kept
    t = targets(REVIEW, "推动457个项目开工、387个在建项目提速，其中，市级项目137个，区级项目568个。")
    assert {"137个", "568个"} <= set(t["text"])


def test_a_count_in_the_subject_aimed_at_a_goal_is_the_set() -> None:
    # 楚雄 G5: 武定工业园及6个州级特色产业集聚区要瞄准百亿园区目标
    t = targets(REVIEW, "武定工业园及6个州级特色产业集聚区要瞄准百亿园区目标，推动取得更大突破。")
    assert "6个" not in set(t["text"])
    # a verb opens the clause and no 要 follows the count: a goal
    t = targets(REVIEW, "推进武定工业园和6个产业集聚区建设。")
    assert "6个" in set(t["text"])
