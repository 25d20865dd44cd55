"""Spot audit 39 (文山, 莆田 2025), round fix99b: a same-key baseline of another action or of a size class the target does not
name, and different goals of one amount no longer dropped as restatements of each other."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import baseline_of, targets


def whole(plan: str, review: str = "地区生产总值增长5.5%。") -> pd.DataFrame:
    """The targets of a report whose text is passed too (paragraphs, headings and stretches up to a full stop read)."""
    text = f"政府工作报告\n一、2024年工作回顾\n{review}\n二、2025年重点工作\n{plan}\n"
    return build_targets(extract_quantities(read_text(text)), text=text)


def names(plan: str) -> list[str]:
    return list(whole(plan)["indicator"])


# --- baselines: the action and the size class under any key ------------------------------------------------------

def test_another_action_under_a_key_that_is_no_family() -> None:
    # 文山 row 42: 拆除 is not measured by 整治 (illegal_buildings); row 26: 新签约 not by 建成投产 (large_projects)
    t = targets("拆除围挡围墙7.9万平方米，整治“两违”建筑50.3万平方米。", "年内拆除“两违”建筑15万平方米以上。")
    assert baseline_of(t, "15万平方米") == ""
    t = targets("全年新开工亿元以上项目14个、总投资120.5亿元，建成投产3个。", "力争新签约亿元以上项目8个以上。")
    assert baseline_of(t, "8个") == ""
    # the same action stays: 拆除 and 拆除
    t = targets("拆除“两违”建筑50.3万平方米。", "年内拆除“两违”建筑15万平方米以上。")
    assert baseline_of(t, "15万平方米") == "50.3万平方米"


def test_a_build_against_a_stage_stays_one_measure() -> None:
    # other_stage's convention kept: 改造 and 开工改造 (build and start) may be one measure
    t = targets("改造城中村2万户。", "开工改造城中村1.5万户。")
    assert baseline_of(t, "1.5万户") == "2万户"


def test_a_review_class_the_target_does_not_name() -> None:
    # 文山 row 13: 新开工…等70个项目 (all sizes) is not measured by 新开工亿元以上项目14个 (a part)
    t = targets("全年新开工亿元以上项目14个、总投资120.5亿元。", "新开工市第十八小学、时代名苑三期等70个项目。")
    assert baseline_of(t, "70个") == ""
    # both name the class: kept
    t = targets("全年新开工亿元以上项目14个、总投资120.5亿元。", "新开工亿元以上项目20个。")
    assert baseline_of(t, "20个") == "14个"
    t = targets("全年新开工亿元以上项目14个、总投资120.5亿元。", "力争新开工亿元项目20个以上。")  # a class written without 以上
    assert baseline_of(t, "20个") == "14个"


# --- restatements: two goals of one amount ------------------------------------------------------------------------

def test_industries_named_alone_at_a_stretchs_start() -> None:
    # 莆田 L27–28: 食品产业，…；规模产值增长6%。 is not 工艺美术产业，…；规模产值增长6%。 (nor 新能源's, a paragraph on)
    plan = ("工艺美术产业，办好博览会，开工珠宝展柜产业园；规模产值增长6%。食品产业，开工食品深加工产业园，投用鲍鱼科技产业园；"
            "规模产值增长6%。\n新能源产业，开工海上风电，投用渔光互补项目；规模产值增长6%。")
    assert sorted(n for n in names(plan) if n.endswith("规模产值增长")) == ["工艺美术产业规模产值增长", "新能源产业规模产值增长", "食品产业规模产值增长"]
    # one industry said twice, by name alone and after a verb: one goal
    plan = "大力发展新材料产业，规模产值增长6%。\n新材料产业，开工循环产业园；规模产值增长6%。"
    assert len([n for n in names(plan) if n.endswith("规模产值增长")]) == 1


def test_two_revenue_scopes() -> None:
    # 莆田 L19: 一般公共预算总收入 (with the central share) and 地方一般公共预算收入
    got = names("主要预期目标是:一般公共预算总收入增长3%，地方一般公共预算收入增长3%。")
    assert "一般公共预算总收入增长" in got and "地方一般公共预算收入增长" in got
    assert len(names("一般公共预算收入增长3%。\n全力以赴抓财税，一般公共预算收入增长3%。")) == 1


def test_two_stages_after_the_count() -> None:
    # 莆田 L21: 推动100个重点项目开工，100个重点项目竣工
    assert names("精心推项目，推动100个重点项目开工，100个重点项目竣工。") == ["重点项目开工数", "重点项目竣工数"]
    assert len(names("新开工重点项目100个。精心推项目，推动100个重点项目开工。")) == 1  # one stage: one goal


def test_a_stage_on_one_side_a_scope_on_the_other() -> None:
    # 莆田 L21/L29: 实施数字化转型重点项目100个 is no restatement of 推动100个重点项目开工
    plan = ("（一）抓项目促投资\n精心推项目，推动100个重点项目开工。\n"
            "（二）抓产业促发展\n加速产业数字化，实施数字化转型重点项目100个。")
    assert "实施数字化转型重点项目数" in names(plan)
    plan = "新开工重点项目100个。精心推项目，推动100个省重点项目开工。"  # both start: one goal
    assert len(names(plan)) == 1


def test_two_scopes_of_one_key() -> None:
    # 莆田 L46/L48: 小流域省控断面 and 木兰溪流域国省控断面 水质优良比例
    plan = ("木兰溪流域国省控断面水质优良比例保持100%。\n"
            "全力守护碧水，完成入河排污口整治，小流域省控断面水质优良比例达100%。")
    assert len(names(plan)) == 2
    plan = "国省控断面水质优良比例保持100%。\n全力守护碧水，国省控断面水质优良比例达100%。"
    assert len(names(plan)) == 1
    plan = "新增公共停车泊位2500个。\n12.实施便民停车行动，主城区新增公共停车泊位2500个。"  # one scope holds the other: one goal
    assert len(names(plan)) == 1


def test_a_figure_after_he_takes_its_own_members_action() -> None:
    # merge of round 99 (防城港 2024): 和 opens the figure's own member, so its action is 新建及改造 (build), not the 治理 before 和
    t = targets("完成高标准农田建设10.9万亩、撂荒地治理2.5万亩。", "完成2万亩以上撂荒地治理和5.7万亩高标准农田新建及改造任务。")
    assert baseline_of(t, "5.7万亩") == "10.9万亩"
    t = targets("新签约亿元以上项目12个。", "推动项目签约和8个亿元以上项目建成投产。")  # its own action (建成投产) is not the review's 签约
    assert baseline_of(t, "8个") == ""
