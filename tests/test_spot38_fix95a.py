"""Spot audits 38 (中卫, 朝阳 2025), round fix95a: the same measure stated in the review in other words — a road list's
member read by its own work, and project funds."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_a_list_members_own_work_not_its_neighbours() -> None:
    # 朝阳 L34/L64 (row 27): 维修 is the trunk roads' work; 农村公路建设改造1056公里 is new work on rural roads
    t = targets("完成干线公路维修改造305.2公里、农村公路建设改造1056公里。", "新建改造农村公路790公里。")
    assert baseline_of(t, "790公里") == "1056公里"
    t = targets("维修干线公路305公里、农村公路1000公里。", "新建改造农村公路790公里。")  # a shared verb: repair for both
    assert baseline_of(t, "790公里") == ""


def test_project_funds_are_the_funds_won() -> None:
    # 中卫 L5 (row 17): 上争项目资金268亿元 for 上争资金295亿元
    t = targets("上争项目资金268亿元。", "上争资金295亿元、增长10%以上。")
    assert baseline_of(t, "295亿元") == "268亿元"

