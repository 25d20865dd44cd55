"""Spot audits 39 (衡阳, 文山, 吴忠, 莆田 2025), round fix99a: the same measure in other words, and review figures wrongly
refused or wrongly taken as baselines."""
from __future__ import annotations

from govreport.extract.keys import indicator_key
from govreport.tables.grade_ranges import joined_grades
from govreport.tables.own_subjects import outside_bodies
from target_cases import baseline_of, class_of, targets


def test_local_revenue_is_general_budget_revenue_and_its_running_total_the_years() -> None:
    # 衡阳 row 5: 全市地方收入累计完成195.98亿元，增长0.19% (Hunan's short form; 累计完成 of the year, its growth after it)
    t = targets("全市地方收入累计完成195.98亿元，增长0.19%。", "地方一般公共预算收入增长3.5%左右，达到203亿元。")
    assert baseline_of(t, "3.5%") == "0.19%" and class_of(t, "3.5%") == "stretch"
    assert baseline_of(t, "203亿元") == "195.98亿元"
    # a sum over the years stays one: 五年来 … 年均增长, or a span named before 累计 (三年累计完成)
    t = targets("五年来，全市地方收入累计完成895.98亿元，年均增长5.2%。", "地方一般公共预算收入达到203亿元。")
    assert baseline_of(t, "203亿元") == ""
    t = targets("全市地方收入三年累计完成595亿元，增长12%。", "地方一般公共预算收入达到203亿元。")
    assert baseline_of(t, "203亿元") == ""
    # 地方税收入 holds no 地方收入
    assert indicator_key("地方税收入增长", "%", "increase") == ""
    assert indicator_key("一般公共预算地方收入增长", "%", "increase") == "general_budget_revenue_growth"


def test_a_span_cue_spans_its_own_clause_and_after_not_the_clauses_before() -> None:
    # 文山 rows 31, 32: …投入科技研发经费3.4亿元，新认定国家高新技术企业3家…，实现4年以来…“零”突破
    review = ("全力支持企业创新发展，投入科技研发经费3.4亿元，新认定国家高新技术企业3家，"
              "云白药七花公司等4家企业获得省级科技创新券，实现4年以来文山市科技创新券申领“零”突破。")
    plan = "投入科技研发经费不低于3.6亿元，培育认定国家高新技术企业4家以上。"
    t = targets(review, plan)
    assert baseline_of(t, "3.6亿元") == "3.4亿元" and class_of(t, "3.6亿元") == "modest"
    assert baseline_of(t, "4家") == "3家"
    t = targets("2021年以来，投入科技研发经费13.4亿元，新认定国家高新技术企业13家。", plan)  # the cue opens the sentence
    assert baseline_of(t, "3.6亿元") == "" and baseline_of(t, "4家") == ""


def test_a_growth_of_a_subject_of_its_own_is_no_baseline() -> None:
    # 吴忠 row 41: 全社会研发经费投入增速连续两年领跑全区，万人发明专利拥有量增长21.4%
    review = "全社会研发经费投入增速连续两年领跑全区，万人发明专利拥有量增长21.4%，新增国家高新技术企业16家。"
    plan = "新增国家高新技术企业15家，力争全社会研发经费投入增长10%以上。"
    t = targets(review, plan)
    assert baseline_of(t, "10%") == "" and baseline_of(t, "15家") == "16家"
    # a growth stated with no subject of its own still measures the thing named before it
    t = targets("全社会研发经费投入增速连续两年领跑全区，增长21.4%。", "力争全社会研发经费投入增长10%以上。")
    assert baseline_of(t, "10%") == "21.4%"


def test_a_noun_inside_a_bodys_name_is_no_subject() -> None:
    # 文山 row 8: 三七国际交易中心被农业农村部授予…，以三七为主的生物医药产业实现综合产值190亿元
    t = targets("三七国际交易中心被农业农村部授予三七贸易“定点市场”，以三七为主的生物医药产业实现综合产值190亿元。",
                "努力实现农业总产值52亿元以上。")
    assert baseline_of(t, "52亿元") == ""
    t = targets("农业农村部授予我市称号，实现总产值49亿元。", "努力实现农业总产值52亿元以上。")
    assert baseline_of(t, "52亿元") == ""
    # the noun said outside the body's name too: the thing is named
    t = targets("农业农村部授予我市称号，农业提质增效，实现总产值49亿元。", "努力实现农业总产值52亿元以上。")
    assert baseline_of(t, "52亿元") == "49亿元"
    assert outside_bodies("被农业农村部授予", "农业") == -1 and outside_bodies("农业提质，被农业农村部认定", "农业") == 0


def test_good_air_and_good_coastal_water_in_other_words() -> None:
    # 莆田 rows 125, 126: 空气质量达标率 is the good-air share; 一、二类水质 of the sea is its good water
    review = "近岸海域国省控点位优良水质面积比例95.6%、全省第二，强化重点行业挥发性有机物治理，空气质量达标率97.8%。"
    plan = "全力守卫碧海，近岸海域一、二类水质比例达94%以上。全力守好蓝天，空气质量优良比例达97.8%以上。"
    t = targets(review, plan)
    assert baseline_of(t, "94%") == "95.6%" and class_of(t, "94%") == "met_already"
    assert baseline_of(t, "97.8%") == "97.8%" and class_of(t, "97.8%") == "met_already"
    # river sections' good water is no sea water's
    t = targets("国控断面水质优良比例100%。", "近岸海域一、二类水质比例达94%以上。")
    assert baseline_of(t, "94%") == ""
    assert joined_grades("近岸海域一、二类水质比例") == "近岸海域一二类水质比例"
    assert joined_grades("新建中小学、幼儿园") == "新建中小学、幼儿园"


def test_licensed_doctors_per_thousand_people() -> None:
    # 文山 row 72: 每千人口执业（助理）医师数达到5人 and the review's 每千人拥有执业医师数达4.9名
    t = targets("全市每千人口医疗卫生机构床位数达10.7张，每千人拥有执业医师数达4.9名，提前完成“十四五”规划目标。",
                "力争全市每千人口医疗卫生机构床位数达到10.9张，每千人口执业（助理）医师数达到5人。")
    assert baseline_of(t, "5人") == "4.9名" and class_of(t, "5人") == "modest"
    # doctors added are no doctors per thousand people
    t = targets("新增执业医师200人。", "每千人口执业（助理）医师数达到5人。")
    assert baseline_of(t, "5人") == ""
