"""Audit 38 leftovers mended in session 21: dated milestones under one commitment (extract/period_commits.py) and a
count of people before an age class (tables/bare_figures.people_count)."""
from __future__ import annotations

from target_cases import targets

GOALS = "今年地区生产总值增长5%左右，城镇新增就业50万人，居民消费价格涨幅2%左右。"
REVIEW = "地区生产总值增长5.2%。"
# city_jincheng_2024 (audit 38, #38), the plan part's project paragraph
MILESTONES = "确保一季度续建项目全部复工、新建项目开工40％以上，上半年开工80％以上。"


def test_a_later_milestone_of_a_committed_chain_is_a_plan_year_goal() -> None:
    """确保一季度…开工40％以上，上半年开工80％以上: the 确保 governs both dated floors (the second was read as 2023's result)."""
    t = targets(REVIEW, GOALS + MILESTONES)
    assert t.loc["40％", "year"] == 2025
    assert t.loc["80％", "year"] == 2025
    assert t.loc["80％", "target_kind"] == "floor"


def test_a_milestone_after_a_semicolon_or_without_a_bound_is_a_plan_year_milestone() -> None:
    """The commitment reaches over ， only, and only to a bounded figure (以上/以内/以下); since fix109b 上半年开工80％
    after ； or with no bound is a milestone of the plan year all the same (a period with no year named in a plan part)."""
    for plan in ("确保一季度续建项目全部复工、新建项目开工40％以上；上半年开工80％以上。",
                 "确保一季度续建项目全部复工、新建项目开工40％以上，上半年开工80％。"):
        t = targets(REVIEW, GOALS + plan)
        assert t.loc["80％", "year"] == 2025


def test_a_count_before_an_age_class_and_people_counts_the_people() -> None:
    """为全市29万65岁及以上老年人免费体检一次 (city_tongren_2024, audit 38 #144): the bare 29万 counts the elderly of the
    age class (人), a goal kept with the class in its name; the age itself is no target."""
    t = targets(REVIEW, GOALS + "为全市29万65岁及以上老年人免费体检一次。")
    row = t.loc["29万"]
    assert (row.unit, row.indicator) == ("人", "65岁及以上老年人人数")
    assert "65岁" not in t.index
