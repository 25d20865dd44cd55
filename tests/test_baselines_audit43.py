"""Baselines after audit 43 (fix54e): review figures of the same measure taken (one noun on one key further than the plain
ratio, 应急周转资金 after 为企业提供, 供热管线 and 供热管网, the 分别 member named as the target, 社区 counted in 个 and 家) and
figures of another measure refused (repair against new work, projects carried out against a reserve, a sector lead's
projects against the city's)."""
from __future__ import annotations

from target_cases import baseline_of as _base, targets

GOALS = "地区生产总值增长7%左右。"


def test_one_noun_on_one_key_beyond_the_plain_ratio() -> None:
    """新认定国家科技型中小企业200户 against 新增国家科技型中小企业35户 (JL26: ×5.7, one key tech_smes, one noun)."""
    t = targets("培育高新技术企业108户，新增国家科技型中小企业35户、省级以上“专精特新”企业54户，吉林化纤获批创建世界一流专精特新示范企业。",
                GOALS + "实施创新创业主体培育工程，新认定国家科技型中小企业200户、国家高新技术企业60户，新培育“专精特新”企业50户。", 2023)
    assert _base(t, "200户") == "35户"


def test_no_cut_of_supply_inside_provide() -> None:
    """为企业提供信贷支持900亿元、应急周转资金10亿元 against 为企业提供应急周转资金12亿元 (JL75): 提供应急 is not 提 + 供应."""
    t = targets("落实产融合作平台融资500亿元、银行信贷支持850亿元、减税降费19.6亿元，为企业提供应急周转资金12亿元，企业获得感和满意度大幅提升。",
                GOALS + "深入落实人才新政27条，加大绿电交易指标争取力度，为企业提供信贷支持900亿元、应急周转资金10亿元，推动50户“双停”企业恢复生产。", 2023)
    assert _base(t, "10亿元") == "12亿元"


def test_a_pipeline_and_a_pipe_network() -> None:
    """更新供热管线45公里 against 更新老旧供热管网85公里 (JL87)."""
    t = targets("新建燃气管网17公里，改造燃气阀管30万户，更新老旧供热管网85公里，供热满意度大幅提升。",
                GOALS + "实施吉化和建龙工业余热利用、国电吉林热电厂热源改造等项目建设，更新供热管线45公里。", 2023)
    assert _base(t, "45公里") == "85公里"


def test_repair_is_no_new_road() -> None:
    """新改建农村公路490公里 against 修缮“四好农村路”1335公里 (JL57): repair, not new building — none."""
    t = targets("修缮“四好农村路”1335公里，巩固提升农村电网1328公里。",
                GOALS + "新改建农村公路490公里，巩固提升农村电网900公里。", 2023)
    assert _base(t, "490公里") == ""


def test_the_each_member_named_as_the_target() -> None:
    """实施市重点建设项目400个以上、完成投资530亿元以上 against 省、市重点建设项目分别完成投资309亿元、529亿元 (YY25): the 市 member."""
    t = targets("省、市重点建设项目分别完成投资309亿元、529亿元，水利、交通建设分别完成投资32亿元、100亿元。",
                GOALS + "实施市重点建设项目400个以上、完成投资530亿元以上。", 2023)
    assert _base(t, "530亿元") == "529亿元"


def test_communities_counted_in_ge_and_jia() -> None:
    """新增省级充分就业社区（村）80个 against 新增省级充分就业社区（村）80家 (YY57)."""
    t = targets("城镇新增就业4.58万人，新增省级充分就业社区（村）80家。",
                GOALS + "城镇新增就业3.35万人，新增省级充分就业社区（村）80个。", 2023)
    assert _base(t, "80个") == "80家"


def test_a_reserve_is_no_count_of_projects_carried_out() -> None:
    """储备省市县重点项目1200个以上 against 1000多个省市县重点项目完成投资1050亿元 (LC29): none."""
    t = targets("实施“369”项目攻坚机制，1000多个省市县重点项目完成投资1050亿元，发行专项债券157.2亿元。",
                GOALS + "高水平谋划项目，储备省市县重点项目1200个以上、政策性项目1500个以上。", 2023)
    assert _base(t, "1200个") == ""


def test_a_sector_lead_s_projects_are_not_the_city_s() -> None:
    """工业方面，…开工（续建、技改）…等重点项目94个 against 实现重大项目开工100个 (BS12): none."""
    t = targets("统筹推进投资5亿元以上重大项目168个，实现重大项目开工100个、竣工88个。",
                GOALS + "工业方面，强化重点项目要素保障，开工（续建、技改）中电百色能源电子产业园、华兴5GW高效电池、必晟矿业技改等重点项目94个，完成工业投资150亿元以上。", 2023)
    assert _base(t, "94个") == ""
