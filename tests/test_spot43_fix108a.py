"""Held-out audit 43 (七台河, 平顶山, 临沧 2023), round fix108a: the size classes of a counted set keep the set's scope,
and a task programme of some years is no subject of a bare task after it."""
from __future__ import annotations

from target_cases import targets


def _names(plan: str) -> dict[str, str]:
    """The indicator of each target row of ``plan`` (a plan part), by its text."""
    t = targets("地区生产总值增长5%。", plan, review_year=2022)
    return dict(zip(t["text"], t["indicator"]))


def test_size_classes_keep_the_scope_of_the_set_they_split() -> None:
    # 七台河 G1: 全年计划实施千万元以上省市重点项目122个。…亿元以上项目71个，千万元以上项目43个
    plan = ("全年计划实施千万元以上省市重点项目122个。总投资100亿元以上项目1个，30亿元以上项目4个，10亿元以上项目3个，"
            "亿元以上项目71个，千万元以上项目43个，总投资532.86亿元。")
    names = _names(plan)
    assert names["71个"] == "省市重点亿元以上项目数" and names["43个"] == "省市重点千万元以上项目数"
    assert names["532.86亿元"] == "省市重点项目总投资"  # (the total stays the whole set's: class_run_head)
    # classes that do not add up to the set split no set: no scope
    names = _names("全年计划实施千万元以上省市重点项目150个。亿元以上项目71个，千万元以上项目43个。")
    assert "省市重点" not in names["71个"]


def test_a_task_programme_is_no_subject_of_a_bare_task() -> None:
    # 平顶山 G6: 深入实施农村人居环境整治提升五年行动，…，完成改厕1.6万户
    plan = "深入实施农村人居环境整治提升五年行动，大力开展美丽乡村创建活动，完成改厕1.6万户。"
    assert _names(plan)["1.6万户"] == "农村改厕户数"
    # a programme for a thing before a measure stays its subject
    assert _names("推进天麻产业高质量发展三年行动，实现综合产值100亿元。")["100亿元"] == "天麻产业综合产值"
    # a bare verb's amount is the programme's
    assert _names("深入实施生态环境安全与应急管理“强基提能”三年行动，投入35.4亿元。")["35.4亿元"] == "生态环境安全与应急管理强基提能投入"


def test_a_level_member_after_a_comma_takes_the_lists_verb() -> None:
    # 临沧 G2 row 15: 建成省级绿美乡镇10个、绿美村庄22个，市级绿美村庄778个
    names = _names("建成省级绿美乡镇10个、绿美村庄22个，市级绿美村庄778个。")
    assert names["778个"] == "市级绿美村庄建成数"
    # a noun the list before does not hold takes no verb
    assert _names("建成省级绿美乡镇10个、绿美村庄22个，市级示范村庄778个。")["778个"] == "市级示范村庄数"


def test_a_level_before_a_pair_of_one_kind_is_each_members() -> None:
    # 临沧 G2 row 57: 建成省级智慧县城和智慧园区各1个
    t = targets("地区生产总值增长5%。", "建成省级智慧县城和智慧园区各1个。", review_year=2022)
    assert set(t["indicator"]) == {"省级智慧园区建成数", "省级智慧县城建成数"}
    # members of other kinds keep their own words
    t = targets("地区生产总值增长5%。", "建成省级智慧县城和数字园区各1个。", review_year=2022)
    assert "数字园区建成数" in list(t["indicator"])


def test_a_count_of_pieces_before_a_length_counts_the_noun_after_it() -> None:
    # 七台河 G6: 建设19条96公里农村公路、改造3座危桥
    names = _names("统筹乡村基础设施和公共服务布局，建设19条96公里农村公路、改造3座危桥。")
    assert names["19条"] == "建设农村公路数" and names["96公里"] == "农村公路长度"
    # a count with its own noun before the length keeps it
    assert _names("实施12个自然村28.6公里道路硬化。")["12个"] == "实施自然村数"

