"""Held-out audit 49 (吕梁, 邯郸, 遵义, 嘉兴 2023), round fix115b: targets and non-targets — a set launched or worked on, sizes
and labels inside names, the plan's own tasks, a share of the whole named before it, an index level, 每县 over a list."""
from __future__ import annotations

import pandas as pd

from target_cases import targets

REVIEW = "全市地区生产总值增长5%。"


def _goals(plan: str) -> pd.DataFrame:
    """The targets table of ``plan`` under a short review part."""
    return targets(REVIEW, plan, review_year=2022)


def _kept(t: pd.DataFrame, text: str) -> bool:
    """A target row written ``text`` is in the table."""
    return text in set(t["text"])


def _name(t: pd.DataFrame, text: str) -> str:
    return str(t.loc[[text]].iloc[-1]["indicator"])


def test_a_launched_set_named_by_examples_is_a_goal_and_a_fully_named_set_sped_up_is_not() -> None:
    # 吕梁 missed target 2 and row 72 (G13)
    assert _kept(_goals("上马实施三川河、文峪河等10个生态修复和防洪能力提升工程。"), "10个")
    assert not _kept(_goals("加快中阳木耳、交口食用菌、文水肉牛3个市级专业镇建设。"), "3个")
    # a set with no members named stays the year's count
    assert _kept(_goals("新建10个生态修复和防洪能力提升工程。"), "10个")


def test_sizes_and_labels_inside_names_are_no_goals() -> None:
    # 吕梁 G2, G3, G4; 邯郸 G6
    assert not _kept(_goals("年底前全面关停4.3米焦炉。"), "4.3米")
    assert not _kept(_goals("加快孝义鹏飞30万台氢能重卡项目建设。"), "30万台")
    t = _goals("推进晋能300万千瓦太阳能高效组件、利虎1000万平方米节能玻璃、太行6000吨汽车配件等项目竣工投产。")
    assert not _kept(t, "1000万平方米") and not _kept(t, "6000吨")
    assert not _kept(_goals("确保15个国考断面全部稳定达到优良以上。"), "15个")
    assert not _kept(_goals("全面落实办好人民满意教育35条。"), "35条")
    assert not _kept(_goals("支持晨光生物、中船718所创建国家级创新平台。"), "718所")
    assert not _kept(_goals("提高曲周色素等7个国家、省外贸基地发展水平。"), "7个")
    assert not _kept(_goals("按照建成区每平方公里公厕不少于4座的标准，全市新建改建公共厕所100座。"), "4座")
    # the opposite: a level formed with no project named, an amount built, toilets to build
    assert _kept(_goals("钢铁产业，年内形成400万吨优特钢生产规模。"), "400万吨")
    assert _kept(_goals("新增10万台充电桩。"), "10万台")
    assert _kept(_goals("按照建成区每平方公里公厕不少于4座的标准，全市新建改建公共厕所100座。"), "100座")
    assert _kept(_goals("力争15个国考断面水质优良比例达到90%。"), "90%")


def test_a_count_of_the_plans_own_tasks_is_no_goal() -> None:
    # 嘉兴 G1
    assert not _kept(_goals("落实落细国家、省支持政策，实施19项示范任务。"), "19项")
    assert _kept(_goals("新建19项水利工程。"), "19项")


def test_a_share_of_the_whole_named_before_it_is_a_floor_goal() -> None:
    # 遵义 G9
    t = _goals("推动白酒包装配套产业80%以上实质性落户遵义。")
    assert _kept(t, "80%") and _name(t, "80%") == "白酒包装配套产业落户遵义比例"
    t = _goals("实现产业项目到位资金800亿元以上，园区50%以上转化为固定资产投资。")
    assert _kept(t, "50%") and _name(t, "50%") == "园区转化为固定资产投资比例"
    # a threshold classifying a noun stays no goal
    assert not _kept(_goals("支持30%以上企业上市。"), "30%")


def test_an_index_level_after_pass_is_a_floor_goal() -> None:
    # 遵义 G10
    t = _goals("力争数字经济占地区生产总值比重提高到40%，大数据与三次产业融合指数超45。")
    assert _kept(t, "45") and _name(t, "45") == "大数据与三次产业融合指数" and t.loc[["45"]].iloc[-1]["target_kind"] == "floor"
    # a bare number with no index named stays no goal
    assert not _kept(_goals("力争数字经济占地区生产总值比重提高到40%，排名超45。"), "45")


def test_each_county_carries_to_every_member_of_its_list() -> None:
    # 吕梁 G12
    t = _goals("每县建设1所“城市健康客厅”、1所示范性综合托育机构。")
    assert not _kept(t, "1所")
    # with no 每 the members stay goals
    assert _kept(_goals("建设1所“城市健康客厅”、2所示范性综合托育机构。"), "2所")


def test_tasks_completed_stay_goals() -> None:
    # regression read (潍坊, 绥化 2025): 完成/推进 N项…任务 stay the year's goals
    assert _kept(_goals("高质量完成93项改革任务。"), "93项")
    assert _kept(_goals("深入推进393项改革任务。"), "393项")


def test_named_members_sped_to_an_output_stay_goals() -> None:
    # regression read (晋城 2024): 加快 before named members whose clause ends in an output is the year's goal
    assert _kept(_goals("加快兰花沁裕、百盛2座年产90万吨煤矿竣工转产。"), "2座")


def test_an_area_after_a_list_link_stays_an_amount_to_build() -> None:
    # regression read (海拉尔 2013): members of a list of areas to start building
    assert _kept(_goals("开工建设10万平方米职工住宅小区、5万平方米公安小区和2万平方米回迁房等开发项目。"), "2万平方米")
