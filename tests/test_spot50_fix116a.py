"""Held-out audit 50 (安阳, 珠海, 齐齐哈尔, 咸阳 2023), round fix116a: targets and years — a term's totals under a review
heading naming the term alone, and goals that are not the plan year's."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import baseline_of, class_of


def _term_review(review: str, plan: str) -> pd.DataFrame:
    """build_targets of a report whose review heading names the term alone (一、过去五年工作回顾), with the report's text."""
    text = f"政府工作报告\n一、过去五年工作回顾\n{review}\n二、2023年重点工作\n{plan}\n"
    return build_targets(extract_quantities(read_text(text)), text=text).set_index("text", drop=False)


YEAR_PART = "各位代表！2022年是本届政府的收官之年。一年来，我们稳住经济大盘，地区生产总值增长4%。"


def test_flows_of_a_term_review_before_the_year_part_are_no_baseline() -> None:
    # 安阳 G1: 累计实施省市重点项目1181个，完成投资3431亿元 / 992个老旧小区改造一新 in the five-year paragraphs
    review = ("本届政府以来的五年，是极不寻常的五年。\n我们坚持稳中求进。累计实施省市重点项目1181个，完成投资3431亿元。"
              "建成棚改安置房34700套，992个老旧小区改造一新。\n" + YEAR_PART)
    t = _term_review(review, "实施省市重点项目400个以上，年度投资不低于1000亿元。抓好255个老旧小区改造。")
    assert baseline_of(t, "1000亿元") == "" and baseline_of(t, "255个") == ""
    assert class_of(t, "255个") == "no_baseline"


def test_levels_reached_in_a_term_review_stay_baselines() -> None:
    # 安阳 rows 21/22 (right before): 现有…高新技术企业300家、国家科技型中小企业566家
    review = ("本届政府以来的五年，是极不寻常的五年。\n我们坚持创新驱动。现有高新技术企业300家、国家科技型中小企业566家。\n"
              + YEAR_PART)
    t = _term_review(review, "高新技术企业达到330家，国家科技型中小企业达到580家。")
    assert baseline_of(t, "580家") == "566家"


def test_without_a_year_part_opening_nothing_is_left_out() -> None:
    # no paragraph opening the review year: the rule does not guess where the term's part ends
    review = "本届政府以来的五年，是极不寻常的五年。\n我们坚持稳中求进。建成棚改安置房34700套，992个老旧小区改造一新。"
    t = _term_review(review, "抓好1000个老旧小区改造。")
    assert baseline_of(t, "1000个") == "992个"


def _plan(review: str, plan: str) -> pd.DataFrame:
    """build_targets with the later years' goals kept (include_later), over a 2022 review and a 2023 plan."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n{plan}\n"
    return build_targets(extract_quantities(read_text(text)), include_later=True, text=text).set_index("text", drop=False)


def _quantities(plan: str) -> pd.DataFrame:
    text = f"政府工作报告\n一、2022年工作回顾\n地区生产总值增长4%。\n二、2023年重点工作\n{plan}\n"
    return extract_quantities(read_text(text)).set_index("text", drop=False)


def test_a_span_within_n_years_sets_a_later_year() -> None:
    # 珠海 G4: 力争跨境电商3年内翻两番 — 2025 (2023 + 3 − 1), 内 no part of the name
    q = _quantities("力争跨境电商3年内翻两番。")
    row = q.loc["翻两番"]
    assert int(row["year"]) == 2025 and "内" not in row["indicator"]
    # 年内 alone is the plan year's (年内新增高企600家), and 区内 stays in a name
    q = _quantities("年内新增高企600家。区内新增企业50家。")
    assert int(q.loc["600家"]["year"]) == 2023 and q.loc["50家"]["indicator"].startswith("区内")


def test_a_things_own_size_before_de_is_no_goal() -> None:
    # 珠海 G5: 高标准建设312平方公里的斗门生态农业园; 支持…打造1000亿元规模的预制菜装备产业联盟
    t = _plan("", "高标准建设312平方公里的斗门生态农业园。支持龙头企业牵头打造1000亿元规模的预制菜装备产业联盟。")
    assert "312平方公里" not in t.index and "1000亿元" not in t.index
    # a size sought (力争三年内打造…) stays a goal
    t = _plan("", "力争三年内打造5000亿元规模的新能源产业集群。")
    assert "5000亿元" in t.index


def test_a_people_noun_opening_with_a_unit_is_no_unit() -> None:
    # 珠海 G6: 让全市30万村民增加财产性收入 — 村 of 村民 is no unit
    q = _quantities("让全市30万村民增加财产性收入。新建30个村级服务站。")
    assert q.loc["30万"]["unit"] in ("", None) or pd.isna(q.loc["30万"]["unit"])
    assert q.loc["30个"]["unit"] == "个"


def test_a_set_the_review_carries_out_worked_on_again_is_no_target() -> None:
    # 齐齐哈尔 G1: 实施12个重点产业链供应链行动计划 → 持续推进12个…; 咸阳 G3: 细化落实16条重点产业链链长制 → 突出16条重点产业链
    t = _plan("实施12个重点产业链供应链行动计划。细化落实16条重点产业链链长制。",
              "持续推进12个重点产业链供应链行动计划。突出16条重点产业链。")
    assert "12个" not in t.index and "16条" not in t.index
    # another count of the set is a goal (the review carried out 12, the plan pushes 15)
    t = _plan("实施12个重点产业链供应链行动计划。", "持续推进15个重点产业链供应链行动计划。")
    assert "15个" in t.index


def test_firms_kept_in_a_scale_class_are_no_target() -> None:
    # 齐齐哈尔 G1: 巩固提升5户百亿级企业 — firms at that size already
    t = _plan("", "巩固提升5户百亿级企业。")
    assert "5户" not in t.index
    t = _plan("", "新培育5户百亿级企业。")
    assert "5户" in t.index


def test_a_policy_a_higher_government_issued_is_no_target() -> None:
    # 齐齐哈尔 G2: 我省推出振兴民营经济45条 — a past fact
    t = _plan("", "我省推出振兴民营经济45条，为我市注入动力。")
    assert "45条" not in t.index
    t = _plan("", "我市新建农村公路45条。")  # no higher government issuing: a goal
    assert "45条" in t.index
