"""Targets after the audit of three unseen reports (audit 17): money named by its purpose after a raising verb,
baselines the review states, figures that are no plan-year targets, and names. One test per rule, on paraphrased
sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

GOALS = "今年地区生产总值增长5%左右，城镇新增就业50万人，居民消费价格涨幅2%左右。"
REVIEW = "地区生产总值增长5.2%。"


def test_money_named_only_by_its_raising_verb_takes_the_purpose_after_it() -> None:
    """筹集5亿元实施养老惠民工程 / 深入推进“暖心”行动，筹措300亿元实施八大民生工程项目: the purpose after the amount
    names the money, not the verb nor the programme of the clause before; words of the amount's own clause stay."""
    plan = GOALS + ("持续推进“安心养老”三年行动，筹措300亿元实施八大民生工程项目。筹集5亿元实施养老惠民工程，"
                    "加强护理员培训。今年投入80亿元支持职业教育发展。")
    t = targets(REVIEW, plan)
    assert t.loc["300亿元", "indicator"] == "八大民生工程资金"
    assert t.loc["5亿元", "indicator"] == "养老惠民工程资金"
    assert t.loc["80亿元", "indicator"] == "职业教育发展投入"


def test_the_end_of_a_from_to_path_after_a_part_of_the_year_is_the_years_level() -> None:
    """年末城镇调查失业率从上半年5.6%降到5.2%: 上半年 is the start's period only; the year-end 5.2% (named by the path's
    subject, not by the clause before) is the baseline of next year's rate."""
    review = "城镇新增就业38万人，年末城镇调查失业率从上半年5.6%降到5.2%。"
    row = targets(review, "城镇调查失业率5.5%左右。").loc["5.5%"]
    assert (row.baseline_text, row.baseline_indicator, row.feasibility) == ("5.2%", "年末城镇调查失业率", "met_already")


def test_a_change_already_made_keeps_no_verb_in_its_name() -> None:
    """我国关税总水平已由15.3%降到12% / 单位缴费比例从20%降至16%: 已由…降到 is the path, not part of what is measured."""
    plan = GOALS + "从今年起，我国关税总水平已由15.3%降到12%。"
    t = targets(REVIEW, plan)
    assert t.loc["12%", "indicator"] == "我国关税总水平"


def test_a_later_member_opening_with_its_count_takes_the_action_after_it() -> None:
    """实施120个老旧小区改造、150条背街小巷整治: the 150条 are treated (整治), as the review's 背街小巷整治180条,
    not built like the member before."""
    t = targets("完成老旧小区改造101个、背街小巷整治180条。", "实施120个老旧小区改造、150条背街小巷整治。")
    assert t.loc["150条", "baseline_text"] == "180条"


def test_shared_berths_are_parking_spaces() -> None:
    """新增共享泊位4000个 and the review's 新增共享停车泊位1.5万个: one measure (parking_spaces)."""
    t = targets("新增共享停车泊位1.5万个。", "打造停车共享场景20个，新增共享泊位4000个。")
    row = t.loc["4000个"]
    assert (row.indicator_key, row.baseline_text) == ("parking_spaces", "1.5万个")


def test_a_list_member_is_measured_by_its_own_wording_not_its_neighbours() -> None:
    """筹集保障性租赁住房8000套、配售型保障性住房3000套左右 vs the review's 筹集人才房2万套、保障性租赁住房2.5万套:
    the 8000套 are the review's 保障性租赁住房 (its own wording), the 配售型 homes another kind."""
    t = targets("筹集人才房2万套、保障性租赁住房2.5万套（间）。", "筹集保障性租赁住房8000套、配售型保障性住房3000套左右。")
    assert t.loc["8000套", "baseline_text"] == "2.5万套" and t.loc["3000套", "baseline_text"] == ""


def test_homes_of_the_elderly_adapted_are_home_based_adaptation() -> None:
    """居家适老化改造1000户 and the review's 完成老年人家庭适老化改造3000户: the same homes."""
    t = targets("完成老年人家庭适老化改造3000户。", "新增机构养老床位1000张、居家适老化改造1000户。")
    assert t.loc["1000户", "baseline_text"] == "3000户"


def test_the_scope_of_a_change_already_made_is_no_target() -> None:
    """从1月1日起，关税总水平已由15%降到12.5%，涉及5000多个税目: the tariff lines are the scope of a done cut."""
    plan = GOALS + "从1月1日起，我国关税总水平已由15%降到12.5%，涉及5000多个税目。今年新建学校20所。"
    t = targets(REVIEW, plan)
    assert "5000多个" not in t.index and "20所" in t.index


def test_a_set_kept_in_a_state_with_no_figure_is_no_target() -> None:
    """完成湿地修复600亩，15条入江支流水质保持优良: the 15 rivers are the set the goal covers; 600亩 stays."""
    plan = GOALS + "完成沿江湿地修复600亩，15条省控入江支流水质保持优良。"
    t = targets(REVIEW, plan)
    assert "15条" not in t.index and "600亩" in t.index


def test_an_amount_allotted_over_n_years_is_no_plan_year_target() -> None:
    """三年安排300亿元支持新质生产力发展: a three-year total from the plan year, a later horizon."""
    plan = GOALS + "深化拓展人工智能应用，三年安排300亿元支持新质生产力发展。"
    t = targets(REVIEW, plan)
    assert "300亿元" not in t.index


def test_people_helped_above_a_count_are_the_goal() -> None:
    """帮助6万户以上群众实现安居: 帮助 makes the households the count to reach, not a threshold classing them."""
    plan = GOALS + "筹措6亿元实施安居惠民工程，帮助6万户以上群众实现安居梦。"
    row = targets(REVIEW, plan).loc["6万户"]
    assert row.target_kind == "floor"


def test_a_part_of_the_year_inside_a_committed_plan_goal_is_of_the_plan_year() -> None:
    """确保新开工重大项目上半年开工率达到70%: a goal for the first half of the plan year, not last year's result."""
    plan = GOALS + "确保新开工重大项目上半年开工率达到70%。"
    row = targets(REVIEW, plan).loc["70%"]
    assert row.year == 2025


def test_a_growth_held_steady_then_a_percentage_is_a_growth_rate() -> None:
    """固定资产投资保持稳定增长、力争达到4%: the growth rate of investment (a floor), 保持稳定 left out of the name."""
    plan = "今年主要预期目标是：地区生产总值增长5%以上，固定资产投资保持稳定增长、力争达到4%。"
    row = targets(REVIEW, plan).loc["4%"]
    assert (row.indicator, row.indicator_key, row.measure, row.target_kind) == ("固定资产投资增长", "fai_growth", "growth_rate", "floor")


def test_units_counted_with_a_verb_of_doing_are_named_by_what_they_do() -> None:
    """推动40家企业开展5G工厂建设: a count of firms building 5G factories, not of 企业开展."""
    row = targets(REVIEW, GOALS + "推动40家企业开展5G工厂建设。").loc["40家"]
    assert row.indicator == "开展5G工厂建设企业数"


def test_a_member_crossing_a_level_keeps_no_shared_lead() -> None:
    """力争新增智能工厂60家、工业机器人产量突破3000台: 突破 is the member's own verb; 新增 stays with the first."""
    t = targets(REVIEW, GOALS + "力争新增智能工厂60家、工业机器人产量突破3000台。")
    assert t.loc["3000台", "indicator"] == "工业机器人产量" and t.loc["60家", "indicator"].startswith("新增")


def test_counts_shared_by_each_keep_their_own_heads_and_the_lead() -> None:
    """新增持牌金融机构、上市企业各8家左右: 新增持牌金融机构数 and 新增上市企业数 (flows), no head borrowed."""
    t = targets(REVIEW, GOALS + "新增持牌金融机构、上市企业各8家左右。")
    assert sorted(t.loc["8家", "indicator"]) == ["新增上市企业数", "新增持牌金融机构数"]


def test_a_share_opened_by_qizhong_is_of_the_whole_before_it() -> None:
    """力争招商项目投资额增长8%，其中制造业占比60%以上: the share of manufacturing in that investment."""
    t = targets(REVIEW, GOALS + "力争招商项目投资额增长8%，其中制造业占比60%以上。")
    assert t.loc["60%", "indicator"] == "招商项目投资额中制造业占比"
