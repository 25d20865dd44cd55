"""Spot audit 36 (邢台, 衡水, 乌海, 上饶, 双鸭山 2024), round fix87c: a review figure that shares the target's words but
measures something else — total fiscal revenue, projects listed, a rating, a standards scheme, a higher class, firms built
up (a stock), one part of a union, a class over an amount for a key list, a first national one — is no baseline."""
from __future__ import annotations

import pandas as pd
from target_cases import baseline_of, class_of, targets


def test_total_fiscal_revenue_is_not_the_general_budget() -> None:
    # 邢台 L5 / L18 (row 1): 全部财政收入 includes the central share
    t = targets("全市生产总值增长4.1%，全部财政收入增长11.4%。", "地区生产总值增长5.5%左右，一般公共预算收入增长5%左右。", 2023)
    assert baseline_of(t, "5%") == ""
    assert class_of(t, "5%") == "no_baseline"
    same = targets("全市生产总值增长4.1%，一般公共预算收入增长11.4%。", "地区生产总值增长5.5%左右，一般公共预算收入增长5%左右。", 2023)
    assert baseline_of(same, "5%") == "11.4%"


def test_projects_listed_are_not_projects_started() -> None:
    # 邢台 L6 / L22 (row 10): 争列国债项目133个 and 133个国债项目6月底前全部开工
    t = targets("争列国债项目133个、争取国债资金91.68亿元。", "总投资117.05亿元的133个国债项目6月底前全部开工。", 2023)
    assert baseline_of(t, "133个") == ""


def test_a_rating_is_not_a_creation() -> None:
    # 邢台 L8 / L26 (row 20): 47家工业企业研发机构获评省A级
    t = targets("47家工业企业研发机构获评省A级，数量全省第3。", "创建省级工业企业研发机构15家。", 2023)
    assert baseline_of(t, "15家") == ""


def test_standard_leaders_are_not_leading_firms() -> None:
    # 邢台 L8 / L27 (row 25): 企业标准“领跑者” counts standards, not firms
    t = targets("制修订国家标准16项、行业标准10项，新增省级以上企业标准“领跑者”20家。",
                "大力培育县域特色产业“领跑者”企业，新增省级以上“领跑者”企业5家、制造业单项冠军企业5家。", 2023)
    leaders = t[t["indicator"].str.contains("领跑者")]
    got = leaders.iloc[0]["baseline_text"]
    assert len(leaders) == 1 and (pd.isna(got) or got == "")


def test_first_national_ones_are_no_record_of_unscoped_ones() -> None:
    # 邢台 L8 / L27 (row 29): a first (零的突破) national count for 建设工业设计中心6个
    t = targets("创建国家级工业设计中心2家，数量全省第2，实现零的突破。", "建设工业设计中心6个，提升产品竞争力。", 2023)
    assert baseline_of(t, "6个") == ""


def test_little_giants_are_a_higher_class() -> None:
    # 衡水 L6 / L29 (row 26): 新增国家级专精特新“小巨人”企业8家 for 新增专精特新中小企业40家以上
    t = targets("新增国家级专精特新“小巨人”企业8家、省县域特色产业集群“领跑者”企业24家。",
                "支持企业争创国家级单项冠军企业，新增专精特新中小企业40家以上、省级单项冠军企业6家以上。", 2023)
    assert baseline_of(t, "40家") == ""


def test_firms_built_up_are_a_stock() -> None:
    # 乌海 L11 / L27 (row 18): 建成…高新技术企业和科技型中小企业111家 and 新增…25家以上
    t = targets("建成自治区级企业技术研发中心48家、高新技术企业和科技型中小企业111家。",
                "力争新增高新技术企业和科技型中小企业25家以上。", 2023)
    assert baseline_of(t, "25家") == ""
    added = targets("新增高新技术企业和科技型中小企业31家。", "力争新增高新技术企业和科技型中小企业25家以上。", 2023)
    assert baseline_of(added, "25家") == "31家"


def test_one_part_of_a_union_is_no_baseline() -> None:
    # 上饶 L11 / L36 (row 45): 全国名特优新 only for 绿色有机及名特优新农产品
    t = targets("新增全国名特优新农产品16个、总数达29个。", "新增绿色有机及名特优新农产品70个以上。", 2023)
    assert baseline_of(t, "70个") == ""


def test_a_class_over_an_amount_is_not_a_key_list() -> None:
    # 双鸭山 L5 / L20 (row 21): 65.5亿元 belongs to the 500万元以上产业项目
    t = targets("500万元以上产业项目174个，完成投资65.5亿元。", "开复工省重点产业项目30个以上，完成投资50亿元以上。", 2023)
    assert baseline_of(t, "50亿元") == ""


def test_a_union_in_both_names_is_kept() -> None:
    # 青岛: 中小学校和幼儿园 and the review's 中小学和幼儿园 (a union too)
    t = targets("新建改扩建中小学和幼儿园80所。", "新建改扩建中小学校和幼儿园70所，改造农村薄弱幼儿园50所。", 2023)
    assert baseline_of(t, "70所") == "80所"


def test_a_siblings_class_word_is_not_the_figures() -> None:
    # 宜春 / 鄂州: a “小巨人” member beside 专精特新中小企业 in the target's list is not its class
    t = targets("新增省级专精特新中小企业170家。",
                "力争新增规上工业企业200家以上、专精特新中小企业80家以上、“小巨人”企业5家以上。", 2023)
    assert baseline_of(t, "80家") == "170家"
