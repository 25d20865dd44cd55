"""Wordings that are no scope (spot checks of 钦州 and 随州, session 33): 环境空气 is ambient air — 确保环境空气质量优良天数比率达到96.4%以上 is measured by
the review's 全市环境空气优良天数比率98.9% (met_already), which had been refused as a figure of another scope ('环境')."""
from __future__ import annotations

import pytest

from govreport.tables.name_scopes import same_scope, scope_of


@pytest.mark.parametrize("name", ["环境空气优良天数比率", "环境空气优良天数比例", "环境空气质量优良天数比率", "空气质量优良天数比例"])
def test_ambient_air_wordings_have_no_scope(name):
    assert scope_of(name, "good_air_days") == ""


def test_a_real_scope_before_the_wording_is_still_one():
    assert not same_scope(scope_of("中心城区空气质量优良天数比例", "good_air_days"), scope_of("空气质量优良天数比例", "good_air_days"))


def test_childcare_places_for_young_children_are_no_other_scope():
    """随州 (spot check, session 33): 新增婴幼儿托位1200个 is measured by the review's 新增幼儿托位1580个 (幼儿 托位 are childcare places too)."""
    assert same_scope(scope_of("新增婴幼儿托位数", "childcare_places"), scope_of("新增幼儿托位数", "childcare_places"))
