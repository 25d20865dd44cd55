"""Spot audit 38 (fix95c): sets named by example that the plan builds or carries out, PFLOPS, the plan's own
list and package, and a name in a 、 list of names (docs/assumptions.md#non-targets)."""
from __future__ import annotations

from target_cases import targets

from govreport import extract_quantities, read_text

REVIEW = "城镇新增就业30万人。"


def test_example_sets_built_or_carried_out_are_goals() -> None:
    """等N个 sets the year builds (智算中心, 建设…等N个项目), carries out (规划实施…等8个项目), connects (并网) or holds (活动)."""
    t = targets(REVIEW, "加快建设中联数据等17个智算中心。力促沙漠光伏二期等13个项目并网发电。"
                        "开展“青春漠漠搭”文化旅游消费季等50项文旅活动。规划实施中卫机场二期扩建等8个项目。"
                        "建设黄河一街雨污分流管网等33个项目，更新管线139公里。强化天湖、香山湖等8个自然保护地管理。")
    assert {"17个", "13个", "50项", "33个"} <= set(t.index)
    assert list(t.index).count("8个") == 1  # 规划实施…8个项目 kept; 8个自然保护地 (a set worked on) still dropped


def test_pflops_is_a_unit_of_computing_power() -> None:
    """算力规模突破21万PFLOPS: the figure in P (PFLOPS), baseline the review's 4.4万PFLOPS."""
    q = extract_quantities(read_text("算力规模突破21万PFLOPS。"))
    assert list(q["unit"]) == ["PFLOPS"] and float(q["value"].iloc[0]) == 210000
    t = targets("算力规模达到4.4万PFLOPS。", "标准机架达到26万架，算力规模突破21万PFLOPS。")
    assert t.loc["21万PFLOPS", "baseline_text"] == "4.4万PFLOPS"


def test_the_plans_own_list_and_package_are_no_goals() -> None:
    """巴彦淖尔市2025年20件民生实事清单 (a heading), 涵盖了10个方面27项内容 (the package's contents)."""
    t = targets(REVIEW, "征集确定了10件民生实事，涵盖了10个方面27项内容，这是庄重承诺。\n"
                        "某市2025年20件民生实事清单\n1.新建充电桩1000枪以上。")
    assert "27项" not in t.index and "20件" not in t.index and "1000枪" in t.index


def test_a_name_in_a_list_of_names_is_no_count() -> None:
    """推进岩朝、三人（慈利段）、中天等国省道建设: 三人 is a road; 新增博士三人 stays a count."""
    t = targets(REVIEW, "推进岩朝、三人（慈利段）、中天、天刘等国省道建设。新增博士三人、硕士五人。")
    assert list(t.index).count("三人") == 1 and t.loc["三人", "indicator"] == "新增博士人数"
