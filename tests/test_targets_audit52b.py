"""Non-targets after audit 52 (round fix68b): the real sentences of the audit's texts (/work/notes/holdout52), each a size or a
set the plan acts on, and the neighbouring goals that stay targets."""
from __future__ import annotations

from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def test_a_size_after_nian_chan_in_a_project_list_is_no_target() -> None:
    """实施年产400万套新能源汽车玻璃、年产120万平方米…等项目 (bengbu row 8): the project's size; the 产值 after it stays a goal."""
    t = targets("地区生产总值增长5.8%。", GOALS + "做强汽车零部件产业集群，重点发展专用车、通用汽车零部件、车用传感器、动力电池等细分产业，"
                "实施年产400万套新能源汽车玻璃、年产120万平方米全固态电致变色电子薄膜等项目，产值突破330亿元。", review_year=2023)
    assert "400万套" not in t.index
    assert "330亿元" in t.index


def test_an_annual_output_without_a_project_stays_a_target() -> None:
    """形成年产400万套的生产能力: no 项目 in the clause, the capacity the year is to reach."""
    t = targets("地区生产总值增长5.8%。", GOALS + "推动汽车玻璃产能扩张，形成年产400万套的生产能力。", review_year=2023)
    assert "400万套" in t.index


def test_a_count_whose_members_each_reach_a_goal_is_no_target() -> None:
    """6个省级以上开发区均实现全省综合考核进位 (bengbu row 27): the set the goal covers."""
    t = targets("6个省级以上开发区合计经营销售收入突破1600亿元。",
                GOALS + "完善开发区考核评价体系，6个省级以上开发区均实现全省综合考核进位。", review_year=2023)
    assert "6个" not in t.index


def test_a_count_after_a_goal_verb_before_jun_stays_a_target() -> None:
    """新建5个产业园，均按期投用: the count after 新建 is built in the year, a target (the rule asks for the count to open its clause)."""
    t = targets("地区生产总值增长5.8%。", GOALS + "新建5个产业园均按期投用。", review_year=2023)
    assert "5个" in t.index


def test_a_count_closing_members_named_after_gengxin_is_no_target() -> None:
    """更新保护亳州北关历史街区、涡阳新华街、蒙城北大街3个国家、省级街区 (bozhou row 126): the named districts acted on."""
    t = targets("接待游客3558.2万人次。", GOALS + "优化沿涡河两岸文旅资源开发规划，更新保护亳州北关历史街区、涡阳新华街、蒙城北大街3个国家、"
                "省级街区。", review_year=2023)
    assert "3个" not in t.index


def test_a_count_of_new_districts_stays_a_target() -> None:
    """创建3个省级历史文化街区: no members named, a count to reach."""
    t = targets("接待游客3558.2万人次。", GOALS + "创建3个省级历史文化街区。", review_year=2023)
    assert "3个" in t.index
