"""Held-out audit 53 (镇江, 襄阳, 鄂尔多斯, 衡阳 2023), round fix121c: baselines missed for the same measure worded otherwise
(a span of title levels in two wordings, 自治区级 and 自治区, 实际 and a programme's industries that narrow nothing, examples
before 等 that name no kind, a good-water wording and the urban scope of good air days)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_one_span_of_levels_in_two_wordings() -> None:
    # 镇江 row 28: 新增…省级以上研发机构45家 (review) measures 新增国家和省级研发机构15家 (plan)
    t = targets("新增高新技术企业300家、省级以上研发机构45家。", "新增国家和省级研发机构15家。")
    assert baseline_of(t, "15家") == "45家" and class_of(t, "15家") == "below_last_year"
    # 襄阳 row 19: 新增国家级和省级专精特新企业114家 measures 新增省级以上专精特新企业30家 (a keyed figure)
    t = targets("新增国家级和省级专精特新企业114家。", "新增省级以上专精特新企业30家。")
    assert baseline_of(t, "30家") == "114家"
    # one level alone is no span: 省级研发机构 is a part of 国家和省级, 国家级 of 省级以上
    assert baseline_of(targets("新增省级研发机构45家。", "新增国家和省级研发机构15家。"), "15家") == ""
    assert baseline_of(targets("新增国家级专精特新企业14家。", "新增省级以上专精特新企业30家。"), "30家") == ""


def test_autonomous_region_level_in_its_short_form() -> None:
    # 鄂尔多斯 row 29: 培育自治区专精特新企业18家 measures 培育…自治区级专精特新中小企业12家
    plan = "培育国家级专精特新“小巨人”企业3家、自治区级专精特新中小企业12家。"
    t = targets("培育自治区专精特新企业18家。", plan)
    assert baseline_of(t, "12家") == "18家" and class_of(t, "12家") == "below_last_year"
    # the national member of the same list keeps no regional baseline
    assert baseline_of(t, "3家") == ""


def test_actual_before_the_measure_narrows_nothing() -> None:
    # 鄂尔多斯 row 6: 招商引资实际到位资金550亿元、增长47% measures 招商引资到位资金增长15%以上
    t = targets("招商引资实际到位资金550亿元、增长47%。", "招商引资到位资金增长15%以上。")
    assert baseline_of(t, "15%") == "47%" and class_of(t, "15%") == "below_last_year"
    # another noun put between (制造业) still names a part
    assert baseline_of(targets("招商引资制造业到位资金增长47%。", "招商引资到位资金增长15%以上。"), "15%") == ""


def test_a_quoted_programmes_industries_are_the_programme() -> None:
    # 镇江 row 18: “四群八链”主导产业应税销售增长12% measures “四群八链”应税销售增长10%
    t = targets("“四群八链”主导产业应税销售增长12%。", "“四群八链”应税销售增长10%。")
    assert baseline_of(t, "10%") == "12%" and class_of(t, "10%") == "below_last_year"
    # other words after the programme's name (重点企业) are a part of it
    assert baseline_of(targets("“四群八链”重点企业应税销售增长12%。", "“四群八链”应税销售增长10%。"), "10%") == ""


def test_examples_before_the_head_name_no_kind() -> None:
    # 襄阳 row 44: 打通城市断头路循环路8条 measures 打通振华北路等断头路循环路5条
    t = targets("打通城市断头路循环路8条。", "打通振华北路等断头路循环路5条。")
    assert baseline_of(t, "5条") == "8条" and class_of(t, "5条") == "below_last_year"
    # a kind said without examples stays a kind
    assert baseline_of(targets("打通城市断头路循环路8条。", "打通农村断头路循环路5条。"), "5条") == ""


def test_urban_districts_are_the_scope_of_good_air_days() -> None:
    # 衡阳 row 36: 市城区环境空气质量优良率87.9% measures 空气质量优良天数比率高于88%
    t = targets("市城区环境空气质量优良率87.9%。", "空气质量优良天数比率高于88%。")
    assert baseline_of(t, "88%") == "87.9%" and class_of(t, "88%") == "modest"
    # the county towns' share stays another scope
    assert baseline_of(targets("县城空气质量优良率90%。", "空气质量优良天数比率高于88%。"), "88%") == ""


def test_good_water_sections_are_surface_water_quality() -> None:
    # 衡阳 row 38: 44个地表水考核断面水质优良率达100% measures 全市地表水优良水质断面比例达97.7%以上
    t = targets("44个地表水考核断面水质优良率达100%。", "全市地表水优良水质断面比例达97.7%以上。")
    assert baseline_of(t, "97.7%") == "100%" and class_of(t, "97.7%") == "met_already"
    # drinking water sources are another measure
    assert baseline_of(targets("集中式饮用水水源地水质达标率100%。", "全市地表水优良水质断面比例达97.7%以上。"), "97.7%") == ""


def test_listed_kinds_before_examples_stay_a_kind() -> None:
    # prov_shandong_2024: 举办家电家居、电子产品等促消费活动200场 counts events of the goods listed, no baseline in all events
    t = targets("省市举办促消费活动近800场。", "举办家电家居、电子产品等促消费活动200场以上。")
    assert baseline_of(t, "200场") == ""
