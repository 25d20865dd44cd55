"""Round 167, fix167a (held-out set 85): counts of works at one stage. A plan count of major projects or roads at a stage
(…等200个重大项目开工, …等10条道路建成通车) takes the review's one count of the same thing at the same stage, though its name
says nothing alike (新开工项目251个 after a 重大项目 count in the same sentence; 6条新建、改造道路开工建设); a reserve of new
projects (新谋划储备重大项目) takes no count of the projects pushed on (谋划推进重大项目). Paraphrased texts through the real
reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

_PROJECTS_REVIEW = "坚持项目为王，谋划推进重大项目突破400个，新开工项目231个、竣工112个，数量均为历年之最。"
_PROJECTS_PLAN = ("全年新谋划储备重大项目450个以上。全年统筹推进重大项目600个以上。"
                  "推动甲灌区主体工程、乙产业园一期等180个重大项目开工，推动丙公路等80个重大项目竣工。")


def test_a_bare_project_count_after_major_projects_is_theirs_at_its_own_stage() -> None:
    t = targets(_PROJECTS_REVIEW, _PROJECTS_PLAN)
    assert baseline_of(t, "180个") == "231个" and class_of(t, "180个") == "below_last_year"
    assert baseline_of(t, "80个") == "112个" and class_of(t, "80个") == "below_last_year"


def test_a_reserve_takes_no_count_of_projects_pushed_on() -> None:
    t = targets(_PROJECTS_REVIEW, _PROJECTS_PLAN)
    assert baseline_of(t, "450个") == ""
    assert baseline_of(t, "600个") == "400个"  # the pool pushed on keeps its own


def test_a_stage_said_twice_in_the_review_with_other_counts_gives_none() -> None:
    # guard: two start counts of differing values: neither is the one count of the stage
    review = "谋划推进重大项目突破400个，新开工项目231个、竣工112个。全年重大项目新开工150个。"
    t = targets(review, _PROJECTS_PLAN)
    assert baseline_of(t, "180个") == "" and baseline_of(t, "80个") == "112个"


def test_a_bare_project_count_of_another_set_is_not_major_projects() -> None:
    # guard: 产业项目 is a set of its own, not the 重大项目 of the clause before
    review = "谋划推进重大项目突破400个，新开工产业项目231个。"
    t = targets(review, _PROJECTS_PLAN)
    assert baseline_of(t, "180个") == ""


_ROADS_REVIEW = ("甲路、乙路等5条道路通车，丙路下延等9条道路竣工，7条城区主次干道完成改造提升，"
                 "丁路、戊路等7条新建、改造道路开工建设。")
_ROADS_PLAN = ("围绕完善路网结构，开工建设甲一路、乙大道南段等15条城市道路，完成长江路等20条道路提升改造任务，"
               "己路改扩建、庚路等11条道路建成通车。")


def test_road_counts_match_on_the_stage_verb_and_the_road() -> None:
    t = targets(_ROADS_REVIEW, _ROADS_PLAN)
    assert baseline_of(t, "15条") == "7条"  # 开工建设 ↔ 开工建设
    assert baseline_of(t, "20条") == "7条"  # 提升改造 ↔ 改造提升 (主次干道 are roads)
    assert baseline_of(t, "11条") == "5条"  # 建成通车 ↔ 通车, not the 竣工 count


def test_a_road_count_at_no_stage_takes_none() -> None:
    # guard: a plan road count with no stage word finds nothing by stage
    t = targets(_ROADS_REVIEW, "推进中心城区二环路和12条干线道路建设。")
    assert baseline_of(t, "12条") == ""


def test_start_and_finish_together_is_one_stage() -> None:
    review = "大力实施重大项目攻坚，甲电厂配套铁路专用线等170个重大项目实现开竣工。"
    plan = "统筹推进560个以上重大项目，实现项目开竣工185个，完成投资400亿元以上。"
    t = targets(review, plan)
    assert baseline_of(t, "185个") == "170个" and class_of(t, "185个") == "modest"
    # guard: a start count alone is no baseline of starts and finishes together
    t = targets("大力实施重大项目攻坚，甲电厂等170个重大项目开工。", plan)
    assert baseline_of(t, "185个") == ""
