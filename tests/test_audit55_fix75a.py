"""Plan targets dropped (audit 54, fix75a): research tasks named by example before their count (池州 P1 #68), a sized
list member whose 工程 is the list's shared head (池州 P1 #80), and an amount of project investment under another heading
whose sentence names other projects (广安 #48); beside each, the neighbouring reading kept."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import targets

REVIEW = "全年地区生产总值增长6%。"


def _texts(plan: str) -> list[str]:
    return list(targets(REVIEW, plan, 2022)["text"])


def test_research_tasks_named_by_example_are_carried_out() -> None:
    """组织开展高性能5G通信用电子铜箔、…等10项重点科技攻关 (池州 P1 #68): the year's research tasks, a target."""
    got = _texts("组织开展高性能5G通信用电子铜箔、低成本高品质镁冶炼、教学行为分析机器人等10项重点科技攻关，技术合同交易额增长10%以上。")
    assert "10项" in got and "10%" in got


def test_a_set_named_by_example_is_still_worked_on() -> None:
    """洛阳等10个国家物流枢纽 (the rule's own example): the set there is, no target."""
    assert "10个" not in _texts("支持洛阳、郑州等10个国家物流枢纽提升能级，技术合同交易额增长10%以上。")


def test_a_sized_member_sharing_the_lists_head_is_an_amount() -> None:
    """实施18公里污水管网新改建、5.2公里高压杆线优化工程 (池州 P1 #80): 工程 heads both members, both amounts."""
    got = _texts("实施18公里污水管网新改建、5.2公里高压杆线优化工程，基本完成平天湖区域棚改。")
    assert "18公里" in got and "5.2公里" in got


def test_the_size_in_a_projects_name_stays_out() -> None:
    """推进…200万亩整区域工程化建设高标准农田项目: a project's name, no amount of the year (the first member a project too)."""
    got = _texts("推进10万亩高标准农田建设工程、200万亩整区域工程化建设高标准农田项目，新建市政道路10条。")
    assert "200万亩" not in got


def _plan_targets(text: str) -> list[str]:
    return list(build_targets(extract_quantities(read_text(text)), text=text)["text"])


def test_investment_of_other_projects_under_another_heading_is_a_goal() -> None:
    """广安 #48: 川渝科创基地等53个产业项目，完成投资50亿元以上 under one heading, 渠江…堤防等20个项目，完成投资50亿元以上
    under 基础建设: two subjects, two goals."""
    text = ("政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长6%。\n二、2024年重点工作\n（一）聚力做强成渝中部支撑\n"
            "加快推进川渝路二期等67个基础设施项目、川渝科创基地等53个产业项目，完成投资50亿元以上。\n"
            "（二）聚力打好基础建设硬仗\n开工全民水库中型灌区改造等40个项目，建成渠江华蓥永兴堤防等20个项目，完成投资50亿元以上。\n")
    assert _plan_targets(text).count("50亿元") == 2


def test_the_same_projects_investment_restated_stays_one() -> None:
    """The same projects named under two headings (a summary of the section): one goal."""
    text = ("政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长6%。\n二、2024年重点工作\n（一）聚力做强成渝中部支撑\n"
            "建成渠江华蓥永兴堤防等20个项目，完成投资50亿元以上。\n"
            "（二）聚力打好基础建设硬仗\n开工全民水库中型灌区改造等40个项目，建成渠江华蓥永兴堤防等20个项目，完成投资50亿元以上。\n")
    assert _plan_targets(text).count("50亿元") == 1
