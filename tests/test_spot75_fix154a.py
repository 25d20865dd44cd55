"""Round 154, fix154a (held-out set 75): members of a 均 list lost or glued into one row. Two indicators sharing one
ceiling under 均控制在 (城镇登记失业率、居民消费价格指数涨幅均控制在3%以内) are two rows, each named, keyed and matched
on its own; a count closing examples by 等 whose set reaches a national or provincial grade (…等3个博物馆达到国家一级馆
标准) is a goal, as its twin 建成投用 is. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, names_by_text, targets

_REVIEW = "全年物价总体平稳，居民消费价格指数上涨2.4%，城镇登记失业率2.35%，均控制在计划范围内。"


def test_a_shared_ceiling_parts_its_two_members() -> None:
    plan = "今年主要预期目标是：地区生产总值增长6.5%以上，城镇登记失业率、居民消费价格指数涨幅均控制在3%以内。"
    t = targets(_REVIEW, plan)
    rows = t.loc[["3%"]]
    assert list(rows["indicator"]) == ["城镇登记失业率", "居民消费价格指数涨幅"]
    assert list(rows["indicator_key"]) == ["registered_unemployment_rate", "cpi"]
    assert list(rows["baseline_text"]) == ["2.35%", "2.4%"]
    assert list(rows["measure"]) == ["share", "growth_rate"]


def test_a_shared_growth_keeps_its_change() -> None:
    # the boundary: a shared change verb (均增长) leaves each member a growth, no share
    plan = "今年城镇居民人均可支配收入、农村居民人均可支配收入均增长7%左右。"
    t = targets("城镇居民人均可支配收入增长4%，农村居民人均可支配收入增长6.5%。", plan)
    assert set(t.loc[["7%"]]["measure"]) == {"growth_rate"}
    assert len(t.loc[["7%"]]) == 2


def test_one_ceiling_alone_is_unchanged() -> None:
    # not firing where it should not: one indicator under 控制在 stays one row with its baseline
    plan = "今年居民消费价格指数涨幅控制在3%以内。"
    t = targets(_REVIEW, plan)
    assert len(t.loc[["3%"]]) == 1 and baseline_of(t, "3%") == "2.4%"


def test_examples_reaching_a_national_grade_are_a_goal() -> None:
    plan = ("确保城市博物馆、民俗纪念馆等8个博物馆建成开放，推动遗址博物馆等4个博物馆达到国家一级馆标准。")
    got = names_by_text("新建成博物馆3个。", plan)
    assert "8个" in got and "4个" in got


def test_examples_worked_on_stay_a_set() -> None:
    # the boundary: a set named by example that the plan only works on (no grade reached) has no row
    plan = "推动遗址博物馆等4个博物馆提质发展。"
    got = names_by_text("新建成博物馆3个。", plan)
    assert "4个" not in got
