"""Round fix66m (audit 51 names, 贵港 rows 28 and 30): a later 、 member with no verb takes the first member's 补充, and a
bare work area after a count of projects takes what the projects work on."""
from __future__ import annotations

from name_cases import names


def test_a_later_quota_takes_the_first_members_verb() -> None:
    """补充耕地数量指标3000亩以上、水田规模指标1万亩以上: the paddy quota is one to 补充, not the whole paddy quota."""
    got = names("补充耕地数量指标3000亩以上、水田规模指标1万亩以上，流失耕地整改恢复10万亩以上；")
    assert got["1万亩"] == "补充水田规模指标面积"
    assert got["10万亩"] == "流失耕地整改恢复面积"  # after a comma: a clause of its own


def test_a_bare_work_area_takes_the_projects_object() -> None:
    """实施废弃矿山生态修复项目85个、治理面积250公顷以上: the area treated by those projects."""
    got = names("落实田长制、河湖长制、林长制，实施废弃矿山生态修复项目85个、治理面积250公顷以上；")
    assert got["85个"] == "实施废弃矿山生态修复项目数"
    assert got["250公顷"] == "废弃矿山生态修复治理面积"


def test_a_repair_list_of_sites_is_kept() -> None:
    """The neighbouring rule stays: 修复退化草地15万亩、历史遗留矿山4075亩 -> 修复历史遗留矿山面积."""
    got = names("修复退化草地15万亩、历史遗留矿山4075亩。")
    assert got["4075亩"] == "修复历史遗留矿山面积"
