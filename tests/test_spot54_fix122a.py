"""Held-out set 54 (信阳, 韶关 2023), round fix122a: a term review's numbered sections after the year's paragraph, the
strengths a plan part weighs, a race's length, a threshold classing schools, and a set's total beside the year's share."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import baseline_of, class_of, targets


def _term_review(review: str, plan: str) -> pd.DataFrame:
    """build_targets of a report whose review heading names the government's term alone, with the report's text."""
    text = f"政府工作报告\n一、本届政府工作回顾\n{review}\n二、2023年重点工作\n{plan}\n"
    return build_targets(extract_quantities(read_text(text)), text=text).set_index("text", drop=False)


def _with_text(review: str, plan: str) -> pd.DataFrame:
    """build_targets of a 2022 review and a 2023 plan, with the report's text."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n{plan}\n"
    return build_targets(extract_quantities(read_text(text)), text=text).set_index("text", drop=False)


TERM_LEAD = "2017年换届以来，我们坚持稳中求进，全市经济社会发展取得显著成就。\n（一）全面小康取得决定性成就。脱贫攻坚圆满收官。\n"
YEAR_PARAGRAPH = "去年是本届政府收官之年，我们稳中求进，初步预计，全年地区生产总值增长4%。\n"


def test_term_sections_after_the_years_paragraph_are_no_baseline() -> None:
    # 信阳 rows 43, 44, 51: （四）…完成老旧小区改造635个、棚户区改造133个 after 去年是本届政府收官之年… (a 2017–2022 total)
    review = TERM_LEAD + YEAR_PARAGRAPH + "（二）城乡统筹呈现全新局面。完成老旧小区改造635个、棚户区改造133个。"
    t = _term_review(review, "改造老旧小区100个以上，实施棚户区改造29个。")
    assert baseline_of(t, "100个") == "" and class_of(t, "29个") == "no_baseline"
    # the year's part running to the end (no numbered section after it): its figures stay the year's baselines
    review = TERM_LEAD + YEAR_PARAGRAPH + "全年完成老旧小区改造135个。"
    t = _term_review(review, "改造老旧小区100个以上。")
    assert baseline_of(t, "100个") == "135个"


def test_strengths_a_plan_weighs_are_no_targets() -> None:
    # 韶关 rows 0–2: 从自身发展看，我们拥有…涵盖30个行业大类的工业制造业体系; 我们拥有…；…市域建有大中专院校超30家，每年毕业学生近3万人
    plan = ("从自身发展看，我们拥有相对完备的制造业基础，形成了涵盖30个行业大类的工业制造业体系。"
            "我们拥有比较优势的要素供给，工业用地成本较低；技工人才培育充分，市域建有大中专院校超30家，每年毕业学生近3万人。"
            "新增高新技术企业30家。")
    got = set(_with_text("新增高新技术企业25家。", plan)["text"])
    assert "30个" not in got and "3万人" not in got and list(_with_text("新增高新技术企业25家。", plan)["text"]).count("30家") == 1
    # a goal sentence opening otherwise stays
    assert "40家" in set(_with_text("新增高新技术企业25家。", "我们要新增高新技术企业40家。")["text"])


def test_a_races_length_is_a_label() -> None:
    # 韶关 row 41: 办好穿越丹霞山50公里徒步赛、环丹霞山自行车赛
    t = targets("建成绿道20公里。", "办好穿越丹霞山50公里徒步赛、环丹霞山自行车赛等品牌赛事活动。建成绿道30公里。")
    assert "50公里" not in set(t["text"]) and "30公里" in set(t["text"])
    # a track to build is a length to reach
    t = targets("建成绿道20公里。", "建成50公里马拉松赛道。")
    assert "50公里" in set(t["text"])


def test_a_threshold_classing_schools_is_no_ceiling() -> None:
    # 韶关 row 53: 基本完成50人以下的乡村小规模学校优化提质
    t = targets("新建学校20所。", "基本完成50人以下的乡村小规模学校优化提质，新改扩建公办中小学、幼儿园25所。")
    assert "50人" not in set(t["text"]) and "25所" in set(t["text"])
    # a ceiling of a measure (控制在…以下) stays a goal
    t = targets("大班额控制在60人以下。", "大班额控制在50人以下。")
    assert "50人" in set(t["text"])


def test_a_sets_total_beside_the_years_share_is_its_size() -> None:
    # 韶关 row 42 and missed 1: 加快总投资超2300亿元、年度完成投资315亿元以上的295个重点项目建设
    t = targets("完成重点项目投资300亿元。", "加快总投资超2300亿元、年度完成投资315亿元以上的295个重点项目建设。")
    got = set(t["text"])
    assert "2300亿元" not in got and "315亿元" in got
    # a year's investment that classes projects, with no total before it, stays a class
    t = targets("完成重点项目投资300亿元。", "推进年度完成投资10亿元以上的50个重点项目建设。")
    assert "10亿元" not in set(t["text"])
