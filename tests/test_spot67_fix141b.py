"""Held-out audit 67 (日喀则, 昌都, 甘南 2023), round fix141b: baselines the review states in other words (visitors in
人 and 人次, 学前三年教育毛入园率, 劳务输转 and 转移劳动力 as 转移就业, 劳务创收 and 劳务增收)."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_visitors_in_persons_measure_visits() -> None:
    # 甘南 row 65: 全州接待游客510万人 (review) and 年内接待游客2000万人次以上 (plan): one count of visitors
    t = targets("减免景区门票1200万元，全州接待游客510万人，旅游综合收入24.8亿元。", "年内接待游客2000万人次以上，旅游综合收入100亿元以上。", 2022)
    assert baseline_of(t, "2000万人次") == "510万人"
    # other people in 人 are no visits: 城镇新增就业 is not measured against a count of visits
    t = targets("城镇新增就业4500人。", "年内接待游客2000万人次以上。", 2022)
    assert baseline_of(t, "2000万人次") == ""


def test_preschool_three_years_of_education_is_the_enrolment_rate() -> None:
    # 日喀则 row 95: 学前三年毛入园率达到88.48% and 学前三年教育毛入园率达到88.5%
    t = targets("新设幼儿园38所，学前三年毛入园率达到88.48%，义务教育巩固率达到98.6%。", "学前三年教育毛入园率达到88.5%。", 2022)
    assert baseline_of(t, "88.5%") == "88.48%"
    # the compulsory-education retention rate stays its own
    assert baseline_of(t, "88.5%") != "98.6%"


def test_labour_sent_out_is_transfer_employment() -> None:
    # 甘南 row 28: 组织输转富余劳动力11.85万人 and 劳务输转11.5万人以上
    t = targets("城镇新增就业4500人，组织输转富余劳动力11.85万人，创收26亿元。", "实施职业技能培训7500人以上，劳务输转11.5万人以上。", 2022)
    assert baseline_of(t, "11.5万人") == "11.85万人"
    # 日喀则 row 91: 农牧民转移就业26.24万人 and 转移劳动力25万人 (农牧民 names no narrower set)
    t = targets("农牧民转移就业26.24万人，实现劳务收入34.52亿元。", "培训农牧民群众2.2万人，转移劳动力25万人，实现劳务收入30亿元。", 2022)
    assert baseline_of(t, "25万人") == "26.24万人"
    # the poor households' labour stays a narrower set
    t = targets("脱贫劳动力转移就业3.1万人。", "转移劳动力25万人。", 2022)
    assert baseline_of(t, "25万人") == ""


def test_labour_income_earned_is_labour_income_gained() -> None:
    # 昌都 row 45: 劳务创收13.56亿元 and 劳务增收10亿元以上
    t = targets("城镇新增就业7154人，农牧民转移就业15.1万人、劳务创收13.56亿元。",
                "实现城镇新增就业7000人以上，农牧民转移就业12万人以上、劳务增收10亿元以上。", 2022)
    assert baseline_of(t, "10亿元") == "13.56亿元"
    # 创收 of another subject is left alone
    t = targets("旅游创收13.56亿元。", "劳务增收10亿元以上。", 2022)
    assert baseline_of(t, "10亿元") == ""
