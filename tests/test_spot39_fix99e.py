"""Held-out audit 39a (吴忠, 莆田, 文山 2025), round fix99e: what is a target — sets worked on, a document's title, goals once
missed — and one row per goal of a 均 list (docs/assumptions.md#review-part-targets, #shared-values)."""
from __future__ import annotations

import pandas as pd
from target_cases import baseline_of, class_of, targets

REVIEW = "城镇新增就业30万人。"


def _names(t: pd.DataFrame, text: str) -> list[str]:
    """The names of the target rows written ``text`` ([] when there is none)."""
    return list(t.loc[[text], "indicator"]) if text in t.index else []


def test_fields_given_and_pushed_to_show_progress_are_a_set() -> None:
    """吴忠 row 37: 推动政府系统承担的15个领域改革取得阶段性成效 — the fields assigned, a relative clause after the pivot verb."""
    t = targets(REVIEW, "推动政府系统承担的15个领域改革取得阶段性成效。")
    assert "15个" not in t.index
    t = targets(REVIEW, "推动新谋划的16个项目签约落地。")  # no state of progress: the projects to sign, a goal
    assert "16个" in t.index


def test_the_whole_set_a_state_is_reached_by_is_no_count() -> None:
    """吴忠 row 67: 力促5个化工园区（集中区）安全风险等级全部降为D级 — 全部 before a state reached."""
    t = targets(REVIEW, "力促5个化工园区（集中区）安全风险等级全部降为D级。")
    assert "5个" not in t.index
    t = targets(REVIEW, "确保14个重点项目上半年全部开工。")  # an output after 全部: the projects started, a goal
    assert "14个" in t.index


def test_a_documents_title_is_no_count() -> None:
    """莆田 row 48: 出台园区20条 — N条 after a verb of issuing a document and a short noun, closing its clause."""
    t = targets(REVIEW, "出台园区20条，聚焦规划提升。")
    assert "20条" not in t.index
    t = targets(REVIEW, "推出精品旅游线路21条，提升服务质量。")  # routes put on offer: a goal
    assert "21条" in t.index


def test_zones_whose_building_is_raised_in_quality_are_a_set() -> None:
    """莆田 row 105: 提质木兰溪流域7个乡村振兴重点片区建设 — a quality verb, a place, the zones' building."""
    t = targets(REVIEW, "提质木兰溪流域7个乡村振兴重点片区建设，创建省级以上乡村振兴示范镇2个。")
    assert "7个" not in t.index and "2个" in t.index
    t = targets(REVIEW, "加快济东等5条高速建设。")  # examples closed by 等: facilities built (audit 36), a goal
    assert "5条" in t.index


def test_works_under_way_completed_and_a_need_met_are_goals() -> None:
    """文山: 完成25个在建小区建设 (their completion), 满足7万人以上进城住房需求 (people served), 做实…等57个项目前期工作."""
    t = targets(REVIEW, "改造老旧小区25个，完成26个在建小区建设，满足7万人以上进城住房需求。")
    assert "26个" in t.index and "7万人" in t.index
    assert t.loc["7万人", "target_kind"] == "floor"
    t = targets(REVIEW, "加快26个在建小区建设。")  # sped up, not completed: the set under way
    assert "26个" not in t.index
    t = targets(REVIEW, "做实文山至靖西铁路、暮底河水库扩建等57个项目前期工作，新开工时代名苑三期等70个项目。")
    assert "57个" in t.index and "70个" in t.index
    t = targets(REVIEW, "做实高速公路、水库等57个重点领域。")  # no project's preparatory work: a set named by example
    assert "57个" not in t.index


def test_two_rates_sharing_one_figure_through_jun_are_two_rows() -> None:
    """莆田 row 47: 项目签约率、开工率均超70% (均超 shares too; 开工率 takes the first member's 项目); 吴忠 row 44: two quoted
    names side by side before 覆盖率均达到."""
    t = targets(REVIEW, "项目签约率、开工率均超70%，以招商引资冲锋号奏响最强音。")
    assert sorted(_names(t, "70%")) == ["项目开工率", "项目签约率"]
    t = targets(REVIEW, "确保“网上可办”“一网通办”覆盖率均达到90%以上。")
    assert sorted(_names(t, "90%")) == ["一网通办覆盖率", "网上可办覆盖率"]
    t = targets(REVIEW, "确保“一网通办”覆盖率达到90%以上。")  # one quoted name: one row
    assert _names(t, "90%") == ["一网通办覆盖率"]


def test_a_mark_crossed_in_the_review_is_a_floor_baseline() -> None:
    """吴忠 row 36: 全市工业园区总产值跨过千亿大关 (1000亿元 and more), the baseline of 总产值突破1300亿元."""
    t = targets("全市工业园区总产值跨过千亿大关。", "力争5个工业园区总产值突破1300亿元。")
    assert baseline_of(t, "1300亿元") == "千亿大关"
    # a lower bound: stretch at 1000, modest from 1083, so no class stated (held-out set 88, fix170i)
    assert class_of(t, "1300亿元") == "no_baseline"
