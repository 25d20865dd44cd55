"""Spot audit 38 (中卫, 朝阳 2025), round fix95b: a fall since a year long past is no one-year baseline, a count reached is
not measured by the year's creations, one rate shared by a 分别 list is each named member's, and homes 筹集 in the year
are homes added."""
from __future__ import annotations

import pandas as pd
from target_cases import baseline_of, targets


def _row(t: pd.DataFrame, indicator: str) -> pd.Series:
    return t[t["indicator"] == indicator].iloc[0]


def test_a_fall_since_a_year_long_past_is_no_baseline() -> None:
    """万元GDP用水量…分别下降16%和10% and the review's …较2020年分别下降32.5%和45.5% (中卫 rows 64/65)."""
    t = targets("万元GDP用水量、万元工业增加值用水量较2020年分别下降32.5%和45.5%。",
                "万元GDP用水量、万元工业增加值用水量分别下降16%和10%以上。")
    assert baseline_of(t, "16%") == "" and baseline_of(t, "10%") == ""
    kept = targets("万元GDP用水量、万元工业增加值用水量较2023年分别下降3.5%和4.5%。",
                   "万元GDP用水量、万元工业增加值用水量分别下降3%和4%以上。")
    assert baseline_of(kept, "3%") == "3.5%"


def test_a_count_reached_is_not_measured_by_the_years_creations() -> None:
    """省级美丽宜居村达到400个以上 and the review's 创建省级美丽宜居村117个 (朝阳 row 30)."""
    t = targets("创建省级美丽宜居村117个。", "农村生活垃圾处置体系实现全覆盖，省级美丽宜居村达到400个以上。")
    assert baseline_of(t, "400个") == ""


def test_one_rate_shared_by_a_list_is_each_named_members() -> None:
    """全年接待游客人次、旅游花费分别增长10%以上 and the review's 接待游客1850万人次、旅游花费110亿元，分别增长23.1%和24.5% (中卫 row 42)."""
    t = targets("接待游客1850万人次、旅游花费110亿元，分别增长23.1%和24.5%。",
                "开展文旅活动50项，全年接待游客人次、旅游花费分别增长10%以上。")
    assert _row(t, "旅游花费增长")["baseline_text"] == "24.5%"


def test_homes_raised_in_the_year_are_homes_added() -> None:
    """新增保障性租赁住房650套以上 and the review's 筹集保障性租赁住房654套 (中卫 row 108)."""
    t = targets("筹集保障性租赁住房654套。", "新增保障性租赁住房650套以上。")
    assert baseline_of(t, "650套") == "654套"


def test_a_list_of_one_figure_each_keeps_its_order() -> None:
    """新签约、新落地亿元以上项目分别达到2000个和1100个: 2000个 is the first member's, not measured by a 落地 count (沈阳)."""
    t = targets("招引落地亿元以上项目1129个。", "确保新签约、新落地亿元以上项目分别达到2000个和1100个。")
    assert baseline_of(t, "2000个") == ""
