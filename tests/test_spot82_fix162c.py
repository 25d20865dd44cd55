"""Round 162, fix162c (held-out set 82): plan-part figures that are no targets: results of the plan year so far (…已全部返岗
复工, …率先实现开学开课), a higher level's range a goal was set against (按照全省预期…的上限目标), the growth goal's gap from
last year's rate in points (预期经济增长速度较上年只提高1个百分点), a per-head payment's terms (给予每人每月50元的护理补贴)
and a count per unit over a list of places (每个乡镇、街道、社区至少建成1个…). Paraphrased texts through the real reader
and extractor; each near miss stays a target."""
from __future__ import annotations

from tests.target_cases import targets

_REVIEW = "全市地区生产总值增长7%，城镇新增就业9000人。"


def _texts(plan: str) -> set[str]:
    return set(targets(_REVIEW, plan, 2019)["text"])


def test_results_reached_in_the_plan_part_are_no_targets() -> None:
    plan = ("坚决打赢疫情防控阻击战。有序组织餐馆开业运营，1.2万名返乡务工人员已全部返岗复工；"
            "全市760所学校23万名学生率先实现开学开课，教学活动全面步入正轨。新建农村公路300公里。")
    got = _texts(plan)
    assert not {"1.2万名", "760所", "23万名"} & got
    assert "300公里" in got


def test_a_count_after_a_verb_or_a_committed_result_stays() -> None:
    # near misses: a commitment in the clause (确保…全部实现) or a count that is no subject (推动…) stays a goal
    got = _texts("确保1.5万名农民工全部实现返岗就业。推动新谋划的100个项目签约落地、60个已签约项目开工建设。")
    assert "1.5万名" in got and "60个" in got


def test_a_higher_levels_range_cited_is_no_target() -> None:
    plan = ("今年主要预期目标是：地区生产总值增长6.5%左右。我们把增长目标确定为6.5%左右，是按照全省预期6%—6.5%的上限目标来考虑的。"
            "新建农村公路300公里。")
    got = _texts(plan)
    assert "6%—6.5%" not in got and "6.5%" in got


def test_the_growth_goals_gap_in_points_is_no_target() -> None:
    plan = ("今年主要预期目标是：地区生产总值增长8%以上。虽然今年预期经济增长速度较上年只提高1个百分点，但完成目标仍需努力。"
            "城镇化率提高1.5个百分点。")
    got = _texts(plan)
    assert "1个百分点" not in got and "8%" in got
    assert "1.5个百分点" in got  # near miss: a change of a share to reach stays a goal


def test_a_per_head_monthly_grant_is_a_policy_term() -> None:
    plan = "对失能老人，由户籍所在地政府给予每人每月60元的护理补贴。全年发放护理补贴资金3000万元。"
    got = _texts(plan)
    assert "60元" not in got and "3000万元" in got


def test_a_count_for_each_of_a_list_of_places_is_per_unit() -> None:
    plan = "每个乡镇、街道、人口集中社区至少建成1个应急供应点。新建社区服务中心20个。"
    got = _texts(plan)
    assert "1个" not in got and "20个" in got


def test_each_county_and_district_growing_a_count_stays_a_goal() -> None:
    # near miss: 每个…培育 makes each place bring the things into being, a goal for each (as without a list)
    got = _texts("每个县、区培育3个以上龙头企业。")
    assert "3个" in got
    got = _texts("每个县（市、区）打造2个以上重点文旅项目。")  # one unit, its kinds in brackets: no list of places
    assert "2个" in got
