"""Round 161, fix161e (held-out set 81): three non-targets of a plan part. A recap of running totals achieved since last
year (去年以来，…累计改造了…) is actual, not the plan year's goal; an area after a zone's part and phase whose works are
started (启动起步区一期3.1平方公里基础设施建设) is the part's size; counts of a yardstick's indicators (我们将对标…35项指标，
特别是…7项指标) size the framework measured against. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import targets

_REVIEW = "全年完成棚户区改造320万平方米，老旧小区改造202万平方米。"


def test_running_total_since_last_year_is_no_target() -> None:
    plan = ("去年以来，我们持续建设美丽新城，中心城区面积已扩大到130平方公里，"
            "累计改造了棚户区1047万平方米、老旧小区680万平方米。在此基础上，今年，我们将新开工棚户区改造65万平方米。")
    t = targets(_REVIEW, plan, 2019)
    assert not {"1047万平方米", "680万平方米", "130平方公里"} & set(t["text"])
    assert "65万平方米" in set(t["text"])


def test_running_total_with_a_commitment_stays_a_goal() -> None:
    # boundary: without the past opening, or with a commitment before it, a 累计 figure in the plan part is still a goal
    for plan in ("今年累计改造棚户区1047万平方米。", "去年以来，我们将力争累计改造了棚户区1047万平方米。"):
        t = targets(_REVIEW, plan, 2019)
        assert "1047万平方米" in set(t["text"]), plan


def test_area_of_a_started_zone_part_is_no_target() -> None:
    plan = "把新站区打造成产业集中区，在启动起步区一期3.1平方公里基础设施建设的同时，开展精准招商。新建道路12公里。"
    t = targets(_REVIEW, plan, 2019)
    assert "3.1平方公里" not in set(t["text"]) and "12公里" in set(t["text"])


def test_area_of_a_zone_part_built_stays_a_goal() -> None:
    # boundary: an output verb (建成) builds the area in the year; 启动区 itself names the part, not a start
    for plan in ("今年建成起步区一期3.1平方公里基础设施。", "加快建设启动区3.1平方公里基础设施建设。"):
        t = targets(_REVIEW, plan, 2019)
        assert "3.1平方公里" in set(t["text"]), plan


def test_indicators_measured_against_after_a_subject_are_no_targets() -> None:
    plan = "我们将对标全面小康35项指标，特别是达标较为困难的7项指标，制定具体落实方案。新建农村公路300公里。"
    t = targets("新建农村公路280公里。", plan, 2019)
    assert not {"35项", "7项"} & set(t["text"]) and "300公里" in set(t["text"])


def test_indicators_without_a_yardstick_stay_goals() -> None:
    # boundary: 特别是 after a clause that measures against nothing leaves the count a goal
    plan = "我们将完善考核办法，特别是新增考核指标12项，推动工作落实。"
    t = targets("新建农村公路280公里。", plan, 2019)
    assert "12项" in set(t["text"])
