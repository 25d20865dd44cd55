"""Held-out audit 70 (开封, 南平, 潍坊, 防城港 2021), round fix146a: a review figure of the very measure taken as the target's
baseline where a quality word, a neutral scope word, a fall, a sentence's rural lead, the whole place inside a share's name
or a five-year recap hid it; a stock of a stock key refused for a flow target; a scope, not a kind, named when only the
scope differs."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import baseline_of, targets


def _row(t: pd.DataFrame, text: str) -> pd.Series:
    return t.loc[[text]].iloc[-1]


def test_a_quality_word_before_the_work_is_no_scope() -> None:
    # 开封 row 27: 高标准改造老旧小区118个 and 改造完成老旧小区130个, both old_compounds
    t = targets("推进城市有机更新，改造完成老旧小区130个、背街小巷50条。", "高标准改造老旧小区118个，提升城市品质。", 2020)
    assert baseline_of(t, "118个") == "130个"


def test_public_parking_is_the_citys_parking() -> None:
    # 南平 row 49: 新增城市停车泊位2000个 and 新增…公共停车泊位3061个
    t = targets("新改建城市道路147公里，新增绿道132公里、公共停车泊位3061个、公厕76座。", "新增城市停车泊位2000个。", 2020)
    assert baseline_of(t, "2000个") == "3061个"
    # not the other way: a public-parking target is not measured by every space added (黄山 2022)
    t = targets("全面加快中心城区建设，新增停车泊位7694个。", "新建城市绿道50公里、城市公共停车泊位2200个。", 2020)
    assert baseline_of(t, "2200个") == ""


def test_a_fall_of_the_same_unkeyed_measure_is_growth_below_zero() -> None:
    # 南平 row 1: 一般公共预算总收入146.1亿元、下降2% for 一般公共预算总收入增长3%
    review = "一般公共预算总收入146.1亿元、下降2%，地方一般公共预算收入98.2亿元、增长2%。"
    t = targets(review, "一般公共预算总收入增长3%，地方一般公共预算收入增长3%。", 2020)
    row = _row(t, "3%")  # (the first 3% is the 总收入's)
    first = t.loc[["3%"]].iloc[0]
    assert float(first["baseline_value"]) == -2.0 and "fell" in first["match_reason"]
    assert float(row["baseline_value"]) == 2.0  # the 地方 one keeps its own growth
    # the fall of another measure is not taken
    t = targets("税收收入下降2%，居民收入增长3%。", "一般公共预算总收入增长3%。", 2020)
    assert baseline_of(t, "3%") == ""


def test_a_rural_lead_scopes_an_unscoped_rate_after_it() -> None:
    # 开封 row 32: 圆满完成农村人居环境整治三年行动，…，生活污水处理率达到30%以上
    review = "圆满完成农村人居环境整治三年行动，新改建农村公路225.6公里，完成乡村绿化14.57万亩，生活污水处理率达到30%以上。"
    t = targets(review, "力争农村生活污水处理率达35%左右。", 2020)
    assert baseline_of(t, "35%") == "30%"
    # no rural lead: the city's sewage rate is not the rural one
    t = targets("加快污水处理设施建设，新建污水管网20公里，生活污水处理率达到95%。", "力争农村生活污水处理率达35%左右。", 2020)
    assert baseline_of(t, "35%") == ""


def test_a_scope_apart_is_said_as_scope() -> None:
    # 潍坊 row 103: 新建口袋公园98处 and 中心城区新建口袋公园49处: scopes unlike, no baseline, the reason says scope
    t = targets("中心城区新建口袋公园49处，完成V1广场改造升级。", "配建一批公共厕所，新建口袋公园98处。", 2020)
    row = _row(t, "98处")
    assert baseline_of(t, "98处") == "" and "another scope" in row["match_reason"] and "another kind" not in row["match_reason"]


def test_the_whole_place_inside_a_share_is_no_other_measure() -> None:
    # 潍坊 row 116: 占全市地区生产总值比重超过20% for 海洋生产总值占地区生产总值比重达到18.8%
    review = "“十强”产业增加值占地区生产总值比重达到52.45%，海洋生产总值占地区生产总值比重达到18.8%。"
    t = targets(review, "年内海洋生产总值增长10%左右，占全市地区生产总值比重超过20%。", 2020)
    assert baseline_of(t, "20%") == "18.8%"


def test_a_share_reached_in_a_five_year_recap_is_the_last_years() -> None:
    # 防城港 row 22: 农产品加工转化率达68% in the 十三五 recap, for 农产品加工率超过70%
    text = ("政府工作报告\n一、2020年和“十三五”工作回顾\n"
            "这是乡村振兴获得新成效的五年。现代农业加快发展，创建11个自治区级现代农业示范区，年产值亿元以上企业达30家，农产品加工转化率达68%。\n"
            "二、2021年重点工作\n发展农产品加工业，推动农产品加工率超过70%。\n")
    t = build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)
    assert baseline_of(t, "70%") == "68%"
    # a growth over the term is still no one year's
    text = text.replace("农产品加工转化率达68%", "农产品加工转化率年均增长68%")
    t = build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)
    assert baseline_of(t, "70%") == ""


def test_a_stock_keys_completion_is_no_flow_above_the_target() -> None:
    # 开封 row 22: 建成开通5G基站1919个 (the stations there are) for 新建5G基站800个
    t = targets("推进5G网络建设和应用，建成开通5G基站1919个，主城区实现5G网络全覆盖。", "新建5G基站800个。", 2020)
    assert baseline_of(t, "800个") == ""
    # not more than the target adds (丽江 row 22, set 69): kept; 新建成 is the year's addition
    t = targets("建成5G基站611个，实现县（区）核心城区覆盖。", "新建5G基站900个以上。", 2020)
    assert baseline_of(t, "900个") == "611个"
    t = targets("新建成5G基站1551个。", "新建5G基站1000个。", 2020)
    assert baseline_of(t, "1000个") == "1551个"
