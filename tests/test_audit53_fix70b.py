"""Targets after audit 53 (fix70b): an institute's designation (中船集团716所), a named set after 突破性, a money class
listed before another (50亿元、百亿元项目) and a set whose quality is raised (提升45个…断面水质) are no targets; a count of
another stage of projects (新签约 / 新开工…730个) and a count of another industry's sentence in one paragraph are no
restatements; a 均 pair of a count and an amount is split; 双双破千亿 is a floor of 1000亿元 for each of two measures.
Beside each, the neighbouring right behaviour kept."""
from __future__ import annotations

import pandas as pd
from target_cases import targets

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

REVIEW = "地区生产总值增长6%。"


def with_text(plan: str) -> pd.DataFrame:
    """The targets of ``plan`` under 二、2025年重点工作, the report's text given (its paragraphs tell sentences apart)."""
    report = read_text(f"政府工作报告\n一、2024年工作回顾\n{REVIEW}\n二、2025年重点工作\n{plan}\n")
    return build_targets(extract_quantities(report), text=report.text)


def rows(t: pd.DataFrame, text: str) -> pd.DataFrame:
    """The target rows written ``text``."""
    return t[t["text"] == text]


def test_institute_designations_are_no_counts() -> None:
    """发挥江苏海洋大学和中船集团716所、702所等引领作用 (连云港 rows 30, 31): no row; the 8家 after stays."""
    t = targets(REVIEW, "发挥江苏海洋大学和中船集团716所、702所等引领作用，新增涉海科技创新平台8家。")
    assert rows(t, "716所").empty and rows(t, "702所").empty
    assert len(rows(t, "8家")) == 1


def test_chinese_numeral_designation_is_no_count() -> None:
    """深化与中科大、合工大、中电科八所等战略合作 (淮南 row 72): no row."""
    t = targets(REVIEW, "深化与中科大、合工大、中电科八所等战略合作，新增省级创新平台10家。")
    assert rows(t, "八所").empty


def test_schools_counted_after_their_noun_stay() -> None:
    """新建中小学12所、幼儿园8所: counts of schools, goals."""
    t = targets(REVIEW, "新建中小学12所、幼儿园8所。")
    assert len(rows(t, "12所")) == 1


def test_set_named_after_tupoxing_is_no_target() -> None:
    """突破性发展光电子信息、…等4个主导产业 (孝感 row 7): 突破 inside 突破性 is no output verb; the set is no goal."""
    t = targets(REVIEW, "突破性发展光电子信息、装备制造、纸卫包装、食品加工等4个主导产业，新增“四上”企业320家以上。")
    assert rows(t, "4个").empty
    assert len(rows(t, "320家")) == 1


def test_money_class_listed_before_another_is_no_amount() -> None:
    """力争50亿元、百亿元项目招引实现新突破 (淮南 row 12): sizes of projects to attract, no amount."""
    t = targets(REVIEW, "新引进亿元以上省外项目资金额570亿元以上，力争50亿元、百亿元项目招引实现新突破。")
    assert rows(t, "50亿元").empty
    assert len(rows(t, "570亿元")) == 1


def test_set_whose_water_quality_is_raised_is_no_target() -> None:
    """稳步提升45个国省考断面水质 (连云港 row 91): the sections whose quality is raised, no count to produce."""
    t = targets(REVIEW, "完成池塘标准化改造3万亩，稳步提升45个国省考断面水质。")
    assert rows(t, "45个").empty
    assert len(rows(t, "3万亩")) == 1


def test_signed_and_started_projects_of_one_size_are_two_goals() -> None:
    """新签约亿元以上项目730个 and 新开工亿元以上项目730个 (孝感 Phase 1 #33): two stages, two goals."""
    t = with_text("全年新签约亿元以上项目730个，引资额4400亿元以上。\n全年新开工亿元以上项目730个，续建项目700个以上。")
    assert sorted(rows(t, "730个")["indicator"]) == ["新开工亿元以上项目数", "新签约亿元以上项目数"]


def test_the_same_stage_said_again_stays_one_goal() -> None:
    """新开工亿元以上项目730个 in a summary and again in its section: one goal."""
    t = with_text("全年新开工亿元以上项目730个。\n扩大有效投资，新开工亿元以上项目730个。")
    assert len(rows(t, "730个")) == 1


def test_two_industries_sentences_in_one_paragraph_are_two_goals() -> None:
    """大力发展新材料产业，新引进项目30个…。大力发展高端装备制造产业，…新开工30个 (淮南 line 29): each its industry's."""
    t = with_text("坚持把新能源汽车产业作为首位产业，新引进项目50个、新开工30个。大力发展新材料产业，新引进项目30个、新开工15个。"
                        "大力发展高端装备制造产业，新引进项目35个、新开工30个。")
    assert len(rows(t, "30个")) == 3


def test_one_industry_said_twice_in_one_paragraph_stays_one_goal() -> None:
    """The same industry's sentence twice: one goal."""
    t = with_text("大力发展新材料产业，新引进项目30个。大力发展新材料产业，新引进项目30个。")
    assert len(rows(t, "30个")) == 1


def test_jun_pair_of_a_count_and_an_amount_is_split() -> None:
    """新签约长三角来淮投资项目数、资金额均增长10%以上 (淮南 row 148, Phase 1 #151, #152): two goals."""
    t = targets(REVIEW, "新签约长三角来淮投资项目数、资金额均增长10%以上。")
    assert sorted(rows(t, "10%")["indicator"]) == ["新签约长三角来淮投资资金额增长", "新签约长三角来淮投资项目数增长"]


def test_shuangshuang_po_qianyi_is_a_floor_of_each() -> None:
    """规上工业产值、工业应税销售收入双双破千亿 (连云港 line 30): 1000亿元 each, a floor."""
    t = targets(REVIEW, "市开发区围绕产业创新夯实聚合优势，规上工业产值、工业应税销售收入双双破千亿。")
    got = rows(t, "千亿")
    assert len(got) == 2
    assert set(got["value"]) == {1e11} and set(got["unit"]) == {"元"} and set(got["target_kind"]) == {"floor"}


def test_po_qianyi_of_a_city_is_no_figure() -> None:
    """成为全省第二个制造业投资破千亿的城市: no bare 千亿 read (not after 双双)."""
    t = targets(REVIEW, "力争成为全省第二个制造业投资破千亿的城市。")
    assert rows(t, "千亿").empty


def test_people_whose_water_is_raised_stay_a_goal() -> None:
    """提升15万农村人口饮水质量 (十堰): the people served, a goal."""
    t = targets(REVIEW, "提升15万农村人口饮水质量。")
    assert len(rows(t, "15万")) == 1
