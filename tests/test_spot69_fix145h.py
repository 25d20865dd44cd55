"""Held-out audit 69 (金华, 萍乡, 中山 2021), round fix145h: a part or subgroup of a keyed indicator takes no key of the
whole, two industries' shares of one whole are two measures, and 从X回升到Y in the review gives Y as the year's figure."""
from __future__ import annotations

import pandas as pd

from govreport.extract.keys import indicator_key
from target_cases import baseline_of, class_of, targets


def _key(t: pd.DataFrame, text: str) -> str:
    got = t.loc[[text]].iloc[-1]["indicator_key"]
    return "" if pd.isna(got) else str(got)


def test_a_part_of_exports_takes_no_exports_key() -> None:
    # 金华 row 61: 跨境网络零售出口额增长20%以上 vs 跨境网络零售出口增长18%: the same measure, no key of all exports
    t = targets("实施跨境电商发展“十大行动”，跨境网络零售出口增长18%。",
                "大力发展跨境电商，跨境网络零售出口额增长20%以上。", 2020)
    assert _key(t, "20%") == "" and baseline_of(t, "20%") == "18%"
    # 金华 row 63: exports to the 一带一路 countries, a part
    assert indicator_key("对一带一路沿线国家出口", "元", "level") == ""
    # the total keeps its key
    assert indicator_key("出口总额", "元", "level") == "exports"
    assert indicator_key("出口额增长", "%", "increase") == "exports_growth"


def test_a_subgroups_income_takes_no_residents_key() -> None:
    # 金华 row 81: 低收入农户人均可支配收入增长13%以上 vs 13.7%: baseline kept, no key of all residents' income
    t = targets("低收入农户人均可支配收入增长13.7%。", "低收入农户人均可支配收入增长13%以上。", 2020)
    assert _key(t, "13%") == "" and baseline_of(t, "13%") == "13.7%"
    assert indicator_key("农村居民人均可支配收入增长", "%", "increase") == "per_capita_disposable_income_rural_growth"
    assert indicator_key("居民人均可支配收入增长", "%", "increase") == "per_capita_disposable_income_growth"


def test_projects_listed_in_another_programme_are_no_key_projects() -> None:
    # 金华 row 48: 争取列入“六个千亿”产业重大项目100个以上
    assert indicator_key("列入六个千亿产业重大项目数", "个", "level") == ""
    assert indicator_key("省重大项目数", "个", "level") == "key_projects"


def test_another_industrys_share_is_no_baseline() -> None:
    # 萍乡 row 22: 高新技术产业 and 战略性新兴产业 shares of 规上工业 are two measures
    t = targets("战略性新兴产业增加值增长9.8%，占规上工业比重达20%。",
                "确保高新技术产业增加值占规上工业增加值比重达到40%以上。", 2020)
    assert baseline_of(t, "40%") == ""
    # the same industry's share keeps its baseline
    t = targets("高新技术产业增加值占规上工业增加值比重达到38%。",
                "确保高新技术产业增加值占规上工业增加值比重达到40%以上。", 2020)
    assert baseline_of(t, "40%") == "38%"


def test_the_end_of_a_rise_from_a_quarter_is_the_years_figure() -> None:
    # 中山 row 0: 全市生产总值增速从一季度的-13.1%回升到1.5%: 1.5 % is the year's GDP growth
    t = targets("全市生产总值增速从一季度的-13.1%回升到1.5%，在全省排名明显上升。",
                "力争地区生产总值增长7%左右。", 2020)
    assert baseline_of(t, "7%") == "1.5%" and class_of(t, "7%") == "stretch"
    # with no 回升到 figure the quarter's is no baseline
    t = targets("全市生产总值增速一季度为-13.1%。", "力争地区生产总值增长7%左右。", 2020)
    assert baseline_of(t, "7%") != "13.1%"
