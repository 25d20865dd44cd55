"""Audit 55 (round fix75b): the same measure in other words found as a baseline (d/e rows)."""
from __future__ import annotations

import re

import pytest

from govreport.tables.scope_groups import _scopes
from govreport.tables.figures import canonical, similarity
from govreport.tables.verb_actions import actions, same_action
from govreport.tables.title_inserts import fuller_title


@pytest.mark.parametrize("plan, review", [
    ("新增校车", "购置校车"),  # 枣庄 row 70: 新增校车60辆 / 购置校车70辆
    ("新型政银担业务", "新型政银担贷款"),  # 宿州 row 16: 新增新型政银担业务超110亿元 / 发放新型政银担贷款135.2亿元
    ("亿元产值企业", "亿元企业"),  # 黄山 row 27: 培育亿元产值企业3家以上 / 新增…亿元企业5家
])
def test_same_measure_in_other_words(plan: str, review: str) -> None:
    assert canonical(plan) == canonical(review)
    assert similarity(canonical(plan), canonical(review)) > similarity(plan, review)


def test_striving_for_a_title_is_creating_it() -> None:
    # 枣庄 row 45: 积极争创省级齐鲁样板示范区2个 / 创建省级乡村振兴齐鲁样板示范区4个 — one action
    assert same_action(actions()["争创"], actions()["创建"])


def _title_group() -> re.Pattern[str]:
    return dict(_scopes()[0])["title"]


@pytest.mark.parametrize("target, review, same", [
    ("争创省级齐鲁样板示范区数", "省级乡村振兴齐鲁样板示范区创建数", True),  # 枣庄 row 45: 乡村振兴 written inside the title
    ("省级美丽城镇示范乡镇数", "省级乡村振兴示范乡镇数", False),  # both name a title word: two titles
    ("省级示范乡镇数", "省级乡村振兴示范乡镇数", False),  # only a grade after the title word: no distinctive noun
    ("乡村振兴示范村数", "省级乡村振兴示范村数", False),  # the target names the title word itself
    ("省级衔接推进区数", "省级乡村振兴齐鲁样板示范区创建数", False),  # another noun
])
def test_fuller_title(target: str, review: str, same: bool) -> None:
    assert fuller_title(target, review, _title_group()) is same


def test_one_count_of_a_list_takes_no_single_member() -> None:
    # with 争创 an action of building, 争创省级农业园区、林业园区3个 (one count of both, 泸州) must not take the review's
    # 现代林业园区2个 alone through the thing named whole with the same action (audit 29: one amount for a list)
    from govreport.report import read_text
    from govreport.tables import build_tables
    text = ("一、2023年工作回顾\n创建四川省星级现代农业园区4个、现代林业园区2个，三镇入选首批国家农业产业强镇。\n"
            "二、2024年工作安排\n新认证绿色食品、有机农产品10个以上，争创省级农业园区、林业园区3个以上。\n")
    targets = build_tables(read_text(text))["targets"]
    row = targets[targets["indicator"].str.contains("林业园区")].iloc[0]
    assert row["match"] == "none" and row["feasibility"] == "no_baseline"


@pytest.mark.parametrize("before, name, every", [
    ("争创省级农业园区、林业园区", "四川省星级现代林业园区创建数", False),  # 泸州: one member of the sum only
    ("打造西部中试中心，建设中试平台、概念验证中心", "中试平台和概念验证中心首批建设备案数", True),  # 成都: both named
    ("每个县打造1-2个集中连片示范片区，创建省级和美乡村", "打造和美乡村数", True),  # 承德: 和美乡村 is one noun, no list
])
def test_names_every_member(before: str, name: str, every: bool) -> None:
    from govreport.tables.sum_members import names_every_member
    assert names_every_member(before, name) is every
