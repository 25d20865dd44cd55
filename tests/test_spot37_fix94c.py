"""Spot audit 37 (final held-out: 大庆, 三明, 西双版纳, 张掖 2025), round fix94c: sets and project sizes kept as targets,
real counts dropped — a capacity that is the amount itself, a project name opening with a letter, a goal verb after a
pushed set of places, the count before an amount that describes its things, a set of chains whose output is the goal,
the plan's own 惠企 tasks, and parks pushed to strengthen what they have."""
from __future__ import annotations

from target_cases import targets

REVIEW = "全年生产总值增长3%。"


def _kept(plan: str) -> set[str]:
    return set(targets(REVIEW, plan)["text"])


def test_a_capacity_added_is_a_target() -> None:
    # 大庆 L26 (M2): 新增9万吨日处理能力 is the capacity added, not a project's size
    assert "9万吨" in _kept("竣工投用东风污水处理厂，新增9万吨日处理能力。")


def test_a_project_size_before_a_letter_is_no_target() -> None:
    # 大庆 L20 (row 11): 5万吨α烯烃项目 — the size in a project's name, even when the name opens with a letter
    assert "5万吨" not in _kept("推动3万吨POE高端弹性体、5万吨α烯烃项目建设。")


def test_places_pushed_to_a_title_or_a_grade_are_targets() -> None:
    # 三明 L46 (missed 5个乡镇) and 大庆 L25 (M1): 推动 + places, then a goal verb (创建, 升级二级)
    kept = _kept("推动5个乡镇、61个村创建省级乡村振兴示范镇、村。推动5家乡镇卫生院升级二级医院。")
    assert {"5个", "61个", "5家"} <= kept


def test_an_amount_describing_the_counted_things() -> None:
    # 三明 L44 (missed): 实施55个总投资14.6亿元的海绵项目 — the total describes the projects; the count is the goal
    assert "55个" in _kept("实施55个总投资14.6亿元的海绵项目。")


def test_chains_whose_output_is_the_goal() -> None:
    # 三明 L25 (row 12): 力争11条市级特色产业链实现产值超6000亿元 — the set the amount covers
    kept = _kept("力争11条市级特色产业链实现产值超6000亿元。")
    assert "11条" not in kept and "6000亿元" in kept


def test_the_plans_own_tasks_for_firms() -> None:
    # 西双版纳 L52 (row 36): 抓好10件惠企实事和“暖心行动” — the plan's own list
    assert "10件" not in _kept("抓好10件惠企实事和“暖心行动”。")


def test_parks_pushed_to_strengthen_what_they_have() -> None:
    # 张掖 L40 (row 73): 推动5个省级工业园区做强优势产业链 — existing parks, no count to produce
    assert "5个" not in _kept("推动5个省级工业园区做强优势产业链。")
