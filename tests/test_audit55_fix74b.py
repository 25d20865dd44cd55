"""Baselines after audit 55 (fix74b): 城区 no scope.

Each case is a review sentence and a plan sentence written as a report would, shortened from the audited text."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_chengqu_before_a_keyed_wording_is_no_scope() -> None:
    """打通15条城区断头路 (枣庄 row 31) and the review's 打通断头路19条 (key dead_end_roads): 城区 narrows nothing, like 城市."""
    t = targets("开展城市更新“九大行动”，完成老旧小区改造135个，打通断头路19条。",
                "推进欣兴路、青啤大道东延等城市道路建设，打通15条城区断头路，完成18处主干道路交叉口快速化改造。", 2023)
    assert baseline_of(t, "15条") == "19条"


def test_zhongxin_chengqu_stays_a_scope() -> None:
    """中心城区 still names a part of the place: 中心城区打通断头路 is not measured by the city's 打通断头路19条."""
    t = targets("开展城市更新行动，打通断头路19条。", "实施中心城区道路畅通工程，中心城区打通断头路5条。", 2023)
    assert baseline_of(t, "5条") != "19条"
