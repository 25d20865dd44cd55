"""Round fix64b (audit 50, 广元): counters of events held (次, 批次, 场次) are one family for baselines, and a set
named by its examples (新开工米仓山大峡谷旅游景区等项目828个) takes the key of the wording left when the examples go."""
from __future__ import annotations

from target_cases import targets

from govreport.extract.keys import indicator_key

GOALS = "地区生产总值增长7%。"


def _row(review: str, plan: str, value: str) -> dict[str, str]:
    t = targets("地区生产总值增长6%。" + review, GOALS + plan)
    return t.loc[[value]].iloc[0].to_dict()


def test_batches_of_events_take_the_review_count_in_times() -> None:
    """广元 row 9: 全年开展重大项目现场推进活动4批次 vs the review's 开展重大项目现场推进活动4次."""
    row = _row("深入实施项目攻坚三年行动，开展重大项目现场推进活动4次。",
               "推动项目早开工早建设，全年开展重大项目现场推进活动4批次。", "4批次")
    assert row["baseline_value"] in (4, "4") and row["baseline_unit"] == "次"


def test_events_in_another_counter_need_alike_words() -> None:
    """Neighbouring right behaviour: another event (招商推介活动) in 次 is no baseline of 推进活动 in 批次."""
    row = _row("举办招商推介活动12次。", "全年开展重大项目现场推进活动4批次。", "4批次")
    assert row["match"] == "none"


def test_a_set_named_by_examples_takes_the_projects_started_key() -> None:
    """广元 row 10: 新开工米仓山大峡谷旅游景区等项目828个 is the review's projects_started."""
    assert indicator_key("新开工米仓山大峡谷旅游景区等项目数", "个", "level", "新开工米仓山大峡谷旅游景区等项目") == "projects_started"
    row = _row("大力实施“四新一盘活”行动，新开工米仓山大峡谷旅游景区等项目828个。", "推动项目早开工早建设，开工项目600个以上。", "600个")
    assert row["baseline_value"] in (828, "828")


def test_a_set_named_by_examples_keeps_its_own_wording() -> None:
    """Neighbouring right behaviour: 新竣工…等项目 is no started project; no wording is left to key."""
    assert indicator_key("新竣工万顺中基高精铝板带箔等项目数", "个", "level", "新竣工万顺中基高精铝板带箔等项目") == ""
    assert indicator_key("新开工项目数", "个", "level", "新开工项目") == "projects_started"
