"""Held-out audit 43 (七台河, 保定, 平顶山, 临沧 2023), round fix106c: names and kinds of list members — a floor closing a
和-pair of subjects, tiers of one noun joined by 、, a member's noun cut inside itself, and a per-unit word after 实现."""
from __future__ import annotations

from target_cases import targets


def _rows(plan: str) -> dict[str, tuple[str, str]]:
    """text -> (indicator, target_kind) of each target row of ``plan`` (a plan part)."""
    t = targets("地区生产总值增长5%。", plan, review_year=2022)
    return {x: (i, k) for x, i, k in zip(t["text"], t["indicator"], t["target_kind"])}


def test_a_floor_closing_a_pair_of_subjects_is_every_members() -> None:
    # 保定 row 48: 确保粮食播种面积和产量保持在1000万亩、400万吨以上
    rows = _rows("确保粮食播种面积和产量保持在1000万亩、400万吨以上。")
    assert rows["1000万亩"][1] == "floor" and rows["400万吨"][1] == "floor"
    # no qualifier after the last figure: both stay exact
    assert _rows("确保粮食播种面积和产量保持在1000万亩、400万吨。")["1000万亩"][1] == "exact"


def test_grades_joined_by_a_pause_mark_modify_one_noun() -> None:
    # 保定 row 8: 力争新增10家央企二级、三级子公司在保落地
    assert "二三级子公司" in _rows("力争新增10家央企二级、三级子公司在保落地。")["10家"][0]
    # grades each with its own noun are two members
    assert "三级子公司" in _rows("新增10家一级子公司、三级子公司。")["10家"][0]


def test_a_member_noun_ends_at_its_own_end_not_at_the_siblings_head() -> None:
    # 平顶山 row 22: 加快推进15个城市游园、11条城市道路和3个高速路口改造提升
    assert _rows("加快推进15个城市游园、11条城市道路和3个高速路口改造提升。")["3个"][0] == "高速路口改造提升数"
    # a shared head followed by words of the list is still cut there
    assert _rows("新建123个提升村、74个整治村人居环境整治。")["74个"][0] == "新建整治村数"


def test_a_per_unit_word_after_shixian_belongs_to_the_measure() -> None:
    # 临沧 row 12: 发展壮大村级集体经济，经营性收入实现村均10万元以上
    assert _rows("发展壮大村级集体经济，经营性收入实现村均10万元以上。")["10万元"][0] == "村均经营性收入"
    # 实现 before a plain figure names the measure alone
    assert _rows("社会消费品零售总额实现4.6万亿元。")["4.6万亿元"][0] == "社会消费品零售总额"
