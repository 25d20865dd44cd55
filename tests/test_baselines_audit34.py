"""Baselines and units after audit 34 (fault classes "baselines refused although the review states the same measure" and
"targets missed: units not in units.csv"): the real sentences of the audit's texts run through the reader and extractor
(extract/keys.GENERAL_WORDS, data/baseline_scopes.json name_place_prefixes/name_free_words/name_rewrites,
data/tables_words.json neutral_scopes, data/units.csv)."""
from __future__ import annotations

import pandas as pd

from govreport.extract.keys import key_modifier
from govreport.tables.name_scopes import same_scope
from govreport.tables.name_equivalents import reduced
from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def _base(t: pd.DataFrame, text: str) -> str:
    value = t.loc[[text]]["baseline_text"].iloc[0]
    return "" if pd.isna(value) else str(value)


def test_a_league_or_banner_wide_prefix_names_no_narrower_scope() -> None:
    """全盟城镇新增就业1.1万人 is the baseline of 城镇新增就业1万人以上 (XL24#4): 全盟/全旗 like 全市."""
    assert key_modifier("全盟城镇新增就业人数", "urban_new_jobs") == ""
    t = targets("全盟城镇新增就业1.1万人，帮扶高校毕业生就业5789人。", GOALS + "城镇新增就业1万人以上。")
    assert _base(t, "1万人") == "1.1万人"


def test_civil_airports_are_the_airports_of_a_report() -> None:
    """全盟民用机场完成旅客吞吐量 and 全盟机场旅客吞吐量 (XL24#71): 民用 is a neutral scope word."""
    assert same_scope("民用", "") and not same_scope("通用", "")


def test_counted_in_statistics_is_a_registering_word() -> None:
    """新提限纳统工业企业12户 and 新提限工业企业16家 (XL24#7)."""
    assert reduced("新提限纳统工业企业户数") == reduced("新提限工业企业数")
    t = targets("新增市场主体2.45万户，新提限工业企业16家，新增重点行业生产服务性企业属地注册20家。",
                GOALS + "装备制造企业达产达效，确保新提限纳统工业企业12户以上。")
    assert _base(t, "12户") == "16家"


def test_treatment_and_rebuilding_rewordings_are_one_measure() -> None:
    """建成行政村生活污水处理项目35个 / 建成行政村生活污水治理项目35个 (QXN24#63); 新建、改建1.27万户农村户用卫生厕所 /
    新(改)建农村户厕14521户 (QXN24#145); 技术合同交易额 / 成交金额 (EZ24#46, name only)."""
    assert reduced("行政村生活污水处理项目建成数") == reduced("行政村生活污水治理项目建成数")
    assert reduced("新建改建农村户用卫生厕所户数") == reduced("新(改)建农村户厕户数")
    assert reduced("技术合同交易额") == reduced("技术合同成交金额")
    t = targets("推进整“五脏”治“八乱”，新(改)建农村户厕14521户，建成行政村生活污水治理项目35个。",
                GOALS + "扎实推进改厕、改圈和农村生活垃圾、生活污水治理，建成行政村生活污水处理项目35个。"
                "新建、改建1.27万户农村户用卫生厕所，完成5个行政村农村污水治理。")
    assert _base(t, "35个") == "35个" and _base(t, "1.27万户") == "14521户"


def test_doses_embryos_sheep_units_and_megawatts_are_units() -> None:
    """推广冻精20万剂，…胚胎移植1000枚 and 450万羊单位 (XL24 #21, #23, #34); 发电装机2.8兆瓦以上 (EZ24 #81)."""
    t = targets("全年新增就业1万人。", GOALS + "加快构建华西牛良种繁育体系，推广冻精20万剂，培育采精华西牛种公牛50头，胚胎移植1000枚。"
                "力争盟内牲畜加工量稳定在450万羊单位以上。新增可再生能源发电装机2.8兆瓦以上。")
    assert {"20万剂", "1000枚", "450万羊单位", "2.8兆瓦"} <= set(t.index)


def test_a_bare_deal_amount_and_port_freight_are_one_measure() -> None:
    """签订各类技术合同1748项，成交金额74.4亿元 for 完成技术合同交易额80亿元 (EZ24#46); 全盟口岸进出口货运量2195万吨 for
    确保全盟口岸过货量突破2300万吨 (XL24#58)."""
    t = targets("签订各类技术合同1748项，成交金额74.4亿元。", GOALS + "完成技术合同交易额80亿元。")
    assert _base(t, "80亿元") == "74.4亿元"
    t = targets("全盟口岸进出口货运量2195万吨、增长53.4%，出入境中欧班列3294列、增长30.8%；", GOALS + "确保全盟口岸过货量突破2300万吨。")
    assert _base(t, "2300万吨") == "2195万吨"


def test_electricity_generated_is_a_key_of_its_own() -> None:
    """全年发电407.19亿千瓦时 for 发电量达420亿千瓦时以上 (QXN24#19: indicators.csv power_generation)."""
    t = targets("全年发电407.19亿千瓦时，其中火电发电246.9亿千瓦时、增长33.58%。",
                GOALS + "提高能源安全稳定供应能力，供应电煤920万吨以上，发电量达420亿千瓦时以上。")
    assert _base(t, "420亿千瓦时") == "407.19亿千瓦时"


def test_a_sector_named_with_chanye_is_the_member_of_a_review_list() -> None:
    """能源、新能源电池及材料、基础材料及加工、特色轻工产值分别完成… for 新能源电池及材料产业产值, 特色轻工业产业产值
    (QXN24#20, #23: 产业产值 is 产值, 轻工业 is 轻工)."""
    t = targets("能源、新能源电池及材料、基础材料及加工、特色轻工产值分别完成339.57亿元、66.56亿元、290.6亿元、48.6亿元。",
                GOALS + "新能源电池及材料产业产值实现75亿元以上，特色轻工业产业产值实现60亿元以上。")
    assert _base(t, "75亿元") == "66.56亿元" and _base(t, "60亿元") == "48.6亿元"


def test_a_growth_speed_reached_is_the_growth_of_the_review() -> None:
    """预计制造业中长期贷款增长47%，普惠小微贷款增长32% for …贷款、普惠小微贷款…增速均达到25%以上 (NB24#52, #53)."""
    t = targets("加大财政金融支持力度，预计制造业中长期贷款增长47%，普惠小微贷款增长32%，民营企业贷款增长19%。",
                GOALS + "推进融资畅通，制造业中长期贷款、普惠小微贷款、科技型中小微企业贷款增速均达到25%以上。")
    assert {"47%", "32%"} <= set(t.loc[["25%"]]["baseline_text"])


def test_a_rise_written_below_zero_is_a_fall() -> None:
    """固定资产投资增长-3.8%、增速排全省第5位 is the baseline of 固定资产投资增长4.5%左右 at −3.8 (QXN24#5), not 3.8."""
    t = targets("固定资产投资增长-3.8%、增速排全省第5位;", GOALS + "固定资产投资增长4.5%左右;")
    row = t.loc[["4.5%"]].iloc[0]
    assert row["baseline_text"] == "3.8%" and float(row["baseline_value"]) == -3.8 and row["feasibility"] == "stretch"


def test_a_level_target_takes_the_level_reached_not_the_addition() -> None:
    """全盟新能源装机新增623万千瓦、达到1968万千瓦 for 全盟新能源装机达到2000万千瓦以上 (XL24#16); an addition target keeps 623."""
    t = targets("全盟新能源装机新增623万千瓦、达到1968万千瓦，占到电力总装机的56%。",
                GOALS + "全盟新能源装机达到2000万千瓦以上。新增新能源装机500万千瓦。")
    assert _base(t, "2000万千瓦") == "1968万千瓦" and _base(t, "500万千瓦") == "623万千瓦"


def test_a_completion_target_takes_no_baseline_of_a_start() -> None:
    """建成…2023年老旧小区改造6270户 against 开工老旧小区改造6270户 (QXN24#40); 2条公路建成通车 against …2条新建公路…开工建设
    (XL24#67): none; 开工城镇老旧小区改造3617户 still takes 开工…6270户."""
    t = targets("深入实施城市更新行动，完成棚户区改造4406套，开工老旧小区改造6270户、改造背街小巷605条。",
                GOALS + "深入实施城市更新行动，开工城镇老旧小区改造3617户、城市危旧房改造381户，"
                "建成2022年棚改500户、保障性租赁住房1440套、2023年老旧小区改造6270户，建设人防工程5.2万平方米。")
    assert _base(t, "6270户") == "" and _base(t, "3617户") == "6270户"
    t = targets("国道5511线安业至公主梗段等4条国省公路主体贯通，国道207线水库至豁子梁段等2条新建公路和国道303线阿其乌拉至锡林浩特公路养护工程开工建设。",
                GOALS + "确保国道303阿其乌拉至锡林浩特、国道207水库至豁子梁2条公路建成通车。")
    assert _base(t, "2条") == ""


def test_an_allocation_by_growth_and_households_counted_are_goals_not_thresholds() -> None:
    """全盟财政科技支出继续按增长20%以上安排 (XL24 #49) and 争取再为1600户以上边远牧户新能源转网电 (XL24 #68) are targets;
    30户以上自然村寨 still classes villages."""
    t = targets("全年新增就业1万人。", GOALS + "全盟财政科技支出继续按增长20%以上安排。争取再为1600户以上边远牧户新能源转网电，实现“应通尽通”。"
                "持续开展30户以上自然村寨环境整治50个。")
    assert {"20%", "1600户", "50个"} <= set(t.index) and "30户" not in set(t.index)
