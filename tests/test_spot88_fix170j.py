"""Round 170, fix170j (held-out set 87, a city report of 2018): a year's portfolio of major projects split by stage
(今年实施N个重大项目…其中，新开工…A个项目；续建…B个项目；竣工…C个项目). The total carried out takes no review count of
one stage (开工M个…重大项目) as its baseline; a size inside one project's name between an owner and a build verb
(竣工某汽车公司迁建10万辆商用车等122个项目) is no goal. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import baseline_of, targets

_REVIEW = ("——重点项目投资建设加速推进。实施60项省级层面重大项目建设，圆满完成省下达投资目标。"
           "开工160个市级层面重大项目、竣工80个市级层面重大项目，全年重大项目完成投资800亿元，增长12%。")
_PLAN = ("继续抓好省级层面、市级层面等项目建设，今年实施520个重大项目，计划投资810亿元。其中，新开工动车存车场等200个项目，年度计划投资260亿元；"
         "续建外环工程等200个项目，年度计划投资400亿元；竣工某汽车公司迁建10万辆商用车等120个项目，年度计划投资150亿元。")


def test_the_total_carried_out_takes_no_count_of_one_stage() -> None:
    t = targets(_REVIEW, _PLAN)
    assert baseline_of(t, "520个") == ""  # was 160个 (开工…), very_stretch
    assert baseline_of(t, "810亿元") == "800亿元"  # the year's investment in all of them: unchanged


def test_a_stage_count_still_takes_the_same_stage() -> None:
    # the boundary: a plan count at one stage is no 实施 total and keeps its own stage's review count
    t = targets(_REVIEW, "今年新开工重大项目180个，竣工重大项目90个。")
    assert baseline_of(t, "180个") == "160个"


def test_a_size_in_a_named_project_is_no_goal() -> None:
    t = targets(_REVIEW, _PLAN)
    assert "10万辆" not in set(t["text"]) and "120个" in set(t["text"])


def test_a_build_right_after_the_stage_names_no_project() -> None:
    # the boundary: no owner between the stage and the build verb, so the rule does not read it as a project's name
    t = targets(_REVIEW, "竣工新建5万辆商用车等3个项目。")
    assert "5万辆" in set(t["text"])
