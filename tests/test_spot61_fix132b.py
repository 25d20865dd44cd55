"""Held-out set 61 (鞍山, 随州, 金昌, 钦州, 铜川 2023), round fix132b: baselines of the same measure in other words
(大气/空气, 过亿元/亿元以上, 医保/基本医疗保险), a crop's key wording inside another crop's name (油茶产量), and a numbered
航天 academy's institute (航天六院165所), which is no count."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_atmosphere_good_days_are_air_good_days() -> None:
    # 鞍山 row 45
    t = targets("实施钢铁超低排放改造等环保工程291项，空气优良天数达到329天，同比增加10天。",
                "完成钢铁企业超低排放改造，大气优良天数达到322天以上，PM2.5浓度保持国家二级标准。", 2022)
    assert baseline_of(t, "322天") == "329天"
    # another count of days stays apart
    t = targets("空气优良天数达到329天。", "重污染天数控制在5天以内。", 2022)
    assert baseline_of(t, "5天") == ""


def test_projects_over_a_hundred_million_are_projects_of_that_class() -> None:
    # 随州 row 19
    t = targets("成立随州楚商联合会，全市签约亿元以上项目175个、合同金额1220亿元。",
                "确保全年签约过亿元项目190个以上，合同金额1300亿元以上。", 2022)
    assert baseline_of(t, "190个") == "175个"
    # another class (过十亿元) is not the 亿元 class
    t = targets("全市签约亿元以上项目175个。", "确保全年签约过十亿元项目19个以上。", 2022)
    assert baseline_of(t, "19个") != "175个"


def test_medical_insurance_short_form_is_basic_medical_insurance() -> None:
    # 随州 row 55
    t = targets("药品耗材集采价格平均降幅超六成，基本医疗保险常住人口参保率达到98.6%。",
                "实施全民参保登记计划，确保基本养老保险、医保参保率分别稳定在93%、95%以上。", 2022)
    assert baseline_of(t, "95%") == "98.6%"
    assert baseline_of(t, "93%") == ""  # pension coverage is no medical insurance coverage


def test_camellia_oil_seed_output_is_no_tea_output() -> None:
    # 随州 row 34
    t = targets("茶叶产量2万吨。", "油茶种植面积达到48.5万亩、产量2.5万吨，水果产量17万吨。", 2022)
    assert t.loc[["2.5万吨"]].iloc[-1]["indicator_key"] != "tea_output" and baseline_of(t, "2.5万吨") == ""
    t = targets("茶叶产量2万吨。", "茶叶产量达到2.5万吨。", 2022)
    assert baseline_of(t, "2.5万吨") == "2万吨"  # tea output itself keeps its key


def test_a_numbered_space_academy_institute_is_no_count() -> None:
    # 铜川 rows 21, 22
    t = targets("新建学校2所。", "航天六院165所宇航新动力试验基地、航天一院702所检验检测基地建成试产。新建中小学5所。", 2022)
    got = set(t["text"])
    assert "165所" not in got and "702所" not in got and "5所" in got


def test_a_phase_count_that_is_no_whole_number_is_a_label() -> None:
    # 金昌 row 13: 紫金云数据中心1.2期 names its first and second phases
    t = targets("建成数据中心1个。", "重点实施5G+镍钴产业园、紫金云数据中心1.2期等项目，力争产值达到50亿元以上。举办培训班12期。", 2022)
    got = set(t["text"])
    assert "1.2期" not in got and "50亿元" in got and "12期" in got
