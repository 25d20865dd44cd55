"""Spot audit 38 (中卫 2025), the merge of round 95: projects brought to the grid are not projects only pushed on."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_completed_projects_take_no_count_pushed_on() -> None:
    # 中卫 L6/L27: 沙漠光伏二期等20个项目加速推进 (under way) is no baseline of 力促沙漠光伏二期等13个项目并网发电 (completed)
    review = "明阳中宁光伏等4个项目建成投运，沙漠光伏二期等20个项目加速推进。"
    t = targets(review, "力促沙漠光伏二期等13个项目并网发电。")
    assert baseline_of(t, "13个") == ""
    t = targets("沙漠光伏二期等20个项目并网发电。", "力促沙漠光伏二期等13个项目并网发电。")  # the same stage: taken
    assert baseline_of(t, "13个") == "20个"
