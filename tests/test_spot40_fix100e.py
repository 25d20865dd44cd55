"""Held-out audit 39b (定西, 盘锦, 石嘴山 2025), round fix100e: counts of projects named by examples and no field take no
review count of another field's projects; names keep the subject, verb or scope an earlier clause or the examples give."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables.figures import as_figures
from govreport.tables.project_fields import fields_of
from target_cases import baseline_of, class_of, targets

INDUSTRY_REVIEW = "实施重点工业项目80个、完成投资78亿元，索通铝用炭材料等30个项目建成投产，工业固投增长22.3%。"


def name_of(plan: str, text: str) -> str:
    """The name the extractor gives the plan figure written ``text`` of ``plan`` (a plan part of its own)."""
    q = extract_quantities(read_text(f"政府工作报告\n一、2024年工作回顾\n去年完成了工作。\n二、2025年重点工作\n{plan}\n"))
    return str(q[q["text"] == text].iloc[-1]["indicator"])


def test_projects_named_by_examples_take_no_count_of_another_fields_projects() -> None:
    # 定西 row 50: livestock projects (养殖户, 畜牧业) are not measured by industry's (实施重点工业项目80个…等30个项目建成投产)
    plan = ("完善种养加销全产业链体系，培育发展适度规模养殖户3.3万户，安定15万吨饲料加工生产线等8个项目建成投产，"
            "畜牧业全产业链产值达到310亿元。")
    assert baseline_of(targets(INDUSTRY_REVIEW, plan), "8个") == ""
    # 定西 row 112: health projects (医院) are not measured by the ecology's (生态保护 … 黄河流域、“三北”工程等重点项目137个)
    t = targets("坚决扛牢黄河上游生态保护责任，实施黄河流域、“三北”工程等重点项目137个，完成造林封育53.5万亩。",
                "完成漳县人民医院整体搬迁，实施临洮县大健康产业融合基地等37个重点项目，支持市二院争创三甲综合医院。")
    assert baseline_of(t, "37个") == ""
    # not over-reaching: the same field, or a target sentence naming none, keeps the review count
    t = targets(INDUSTRY_REVIEW, "推进工业强市，吉利新材料等28个项目建成投产。")
    assert baseline_of(t, "28个") == "30个" and class_of(t, "28个") == "below_last_year"
    assert baseline_of(targets(INDUSTRY_REVIEW, "推动吉利新材料等28个项目建成投产。"), "28个") == "30个"


def test_a_fields_words_are_read_outside_the_examples() -> None:
    # a firm's name among the examples (一道新能源, 天顺风电) says nothing of the set's field; the sentence's own words do
    review = "深入开展重大项目攻坚行动，一道新能源、天顺风电等216个项目竣工投产。推进工业强市，恩捷隔膜等16个项目竣工投产。"
    figs = {f.text: f for f in as_figures(extract_quantities(read_text(f"政府工作报告\n一、2024年工作回顾\n{review}\n")))}
    assert fields_of(figs["216个"]) == frozenset() and fields_of(figs["16个"]) == frozenset({"industry"})


def test_a_second_measure_of_projects_keeps_their_name() -> None:
    # 石嘴山 row 12: 实施重大项目254个，总投资1000亿元以上，年度投资250亿元以上
    plan = "全年计划实施重大项目254个，总投资1000亿元以上，年度投资250亿元以上。"
    assert name_of(plan, "1000亿元") == "实施重大项目总投资"
    assert name_of(plan, "250亿元") == "实施重大项目年度投资"
    # a bare investment after another kind of amount is not the projects'
    assert name_of("争取资金125亿元，年度投资250亿元以上。", "250亿元") == "年度投资"


def test_funds_won_keep_their_verb_in_their_growth() -> None:
    # 石嘴山 row 23: 全年争取资金125亿元，增长10%以上 (row 22 is 争取资金)
    assert name_of("全年争取资金125亿元，增长10%以上。", "10%") == "争取资金增长"
    # 争取 before another verb stays a commitment word (争取创建…)
    assert name_of("争取创建绿色工厂2家以上。", "2家") == "绿色工厂创建数"


def test_a_manner_adverb_before_the_verb_of_examples_keeps_the_verb() -> None:
    # 石嘴山 row 18: 精准发放汽车、成品油、百货餐饮等消费券30万张以上
    assert name_of("精准发放汽车、成品油、百货餐饮等消费券30万张以上。", "30万张") == "精准发放消费券量"
    assert name_of("发放汽车、成品油、百货餐饮等消费券30万张以上。", "30万张") == "消费券发放量"
    # the adverb before a verb of no examples names as before (精准帮扶630户: not the subject of the clause before)
    assert name_of("稳定消除风险1361户5995人，精准帮扶630户2218人。", "630户") == "精准帮扶户数"


def test_things_entering_a_park_are_counted_for_it() -> None:
    # 盘锦 row 35: 支持光学电子供应链产业园建设，新进驻项目6个
    plan = "支持光学电子供应链产业园建设，新进驻项目6个，推动电子信息产业串链成群。"
    assert name_of(plan, "6个") == "光学电子供应链产业园新进驻项目数"
    # a clause before of no area, or one with a figure, names none
    assert name_of("优化营商环境，新进驻项目6个。", "6个") == "新进驻项目数"


def test_a_count_per_county_keeps_its_scope_past_a_threshold() -> None:
    # 定西 row 26: 每个县区引进落地投资1000万元以上协作帮扶产业项目5个以上
    plan = "加强招商推介和需求对接，每个县区引进落地投资1000万元以上协作帮扶产业项目5个以上。"
    assert name_of(plan, "5个").startswith("每个县区")
    # a scope already in the name is not said twice
    assert name_of("支持每个县区打造重点中心镇1个、特色产业镇2个。", "1个") == "支持每个县区打造重点中心镇数"
