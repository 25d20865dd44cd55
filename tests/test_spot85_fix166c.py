"""Round 166, fix166c (held-out set 85): figures that are no plan-year goals, though they read like counts or amounts —
a 、 inside （） splits no 分别 list, a multi-year campaign's totals before its 今年 figure, a multi-year programme's task
list, named sets worked on (巩固发展/扶持壮大/培育 A、B、C N个), a size threshold of a count, a forecast among the
favourable conditions — and a 做好…N个新建水库前期工作 goal kept. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import names_by_text, targets

_REVIEW = "全年地区生产总值增长6%。"


def _texts(plan: str) -> set[str]:
    return set(targets(_REVIEW, plan)["text"])


def test_a_bracket_list_is_no_each_list() -> None:
    # 推动各县（市、区）分别打造1个以上…集聚区: one per-county goal, not two rows named after bracket fragments
    got = names_by_text(_REVIEW, "推动各县（市、区）分别打造1个以上特色农产品加工集聚区，争取新增龙头企业7家以上。")
    assert len(got["1个"]) == 1 and "（" not in got["1个"][0] and "区）" not in got["1个"][0]
    # the boundary: two members outside brackets still split
    got = names_by_text(_REVIEW, "推动甲县、乙县分别打造1个以上特色农产品加工集聚区。")
    assert len(got["1个"]) == 2


def test_a_campaign_total_before_this_years_figure() -> None:
    plan = "强力推进交通网、能源网“两网”建设三年大会战，计划实施项目300个，完成投资700.5亿元，今年计划投资210.4亿元。"
    got = _texts(plan)
    assert "210.4亿元" in got and not {"300个", "700.5亿元"} & got
    # the boundary: with no 今年 figure after them, the figures stay
    got = _texts("强力推进交通网、能源网建设，计划实施项目300个，完成投资700.5亿元。")
    assert {"300个", "700.5亿元"} <= got


def test_a_programme_task_list_is_no_goal() -> None:
    assert "120项" not in _texts("深入实施国企改革，全面完成120项三年总体改革任务，强化国有企业治理。")
    assert "120项" in _texts("深入实施国企改革，完成120项改革任务，强化国有企业治理。")  # no span: the year's tasks


def test_named_sets_worked_on() -> None:
    plan = ("推进农业结构调整，巩固发展稻谷、生猪、果蔬3个基础产业，培育菌菇、林果、药材3个战略产业。"
            "扶持壮大80家农业产业化重点龙头企业。")
    got = _texts(plan)
    assert not {"3个", "80家"} & got
    assert "80家" in _texts("新培育80家农业产业化重点龙头企业。")  # a new count stays a goal


def test_a_size_threshold_of_a_count() -> None:
    got = _texts("各县（市、区）、市工业园区各引进20亿元以上产业项目1～2个。")
    assert "20亿元" not in got and "1～2个" in got
    assert "20亿元" in _texts("引进产业项目总投资20亿元以上。")  # an amount to reach


def test_a_forecast_among_favourable_conditions() -> None:
    plan = ("我市持续发展具有多方面有利条件，一批重大产业项目迎来投产高峰期，甲电站等40多个产业项目陆续竣工投产，"
            "这必将支撑我市经济运行总体回升。今年新开工产业项目40个以上。")
    got = names_by_text(_REVIEW, plan)
    assert "40多个" not in got and "40个" in got


def test_preparatory_work_on_new_reservoirs_is_a_goal() -> None:
    assert "2个" in _texts("加大水利建设力度。做好防洪治理重点工程和2个新建水库前期工作。")


def test_a_designated_pair_after_a_counted_member_stays() -> None:
    # 培育…中小企业15家、智能工厂和绿色工厂2家: the count of new factories, a goal (the members named are kinds, not a set)
    assert "2家" in _texts("培育专精特新中小企业15家、智能工厂和绿色工厂2家。")
