"""Spot check of round 42 (毕节 2024, 广东 2026): the start of 从X提高到Y is the status quo, N年前 is a time
reference, N个方面 announcing a list is a label, a level reached (提高到40%) is no change, 增幅为2.93% is one,
and 架次 counts flights. Each case quotes the report's sentence (docs/assumptions.md)."""
from __future__ import annotations

import pandas as pd
import pytest

from govreport import extract_quantities, read_text

REVIEW = "一、2025年工作回顾\n"
PLAN = "二、2026年工作安排\n"


def rows(body: str, plan: str = ""):
    table = extract_quantities(read_text(REVIEW + body + "\n" + PLAN + plan + "\n"))
    return {r.text: r for r in table.itertuples()}


def test_years_ago_is_a_time_reference():
    # 毕节 2024: 各位代表，80多年前，红军长征转战贵州…; 60多年前，英雄的毕节人民…
    r = rows("各位代表，80多年前，红军长征转战贵州。60多年前，英雄的毕节人民战天斗地、劈山引水。")
    assert (r["80多年"].role, r["80多年"].unit) == ("meta", "年")
    assert r["60多年"].role == "meta" and r["60多年"].indicator == ""


def test_a_time_reference_ends_a_name_as_a_figure_did():
    # national 2016: 相当于5年前1.5个百分点、10年前2.5个百分点的增量 (the rates keep the name they had)
    r = rows("现在国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个百分点的增量。")
    assert r["5年"].role == "meta" and r["1.5个百分点"].role == "actual"
    assert "10年前" not in r["2.5个百分点"].indicator


@pytest.mark.parametrize("plan, text", [
    ("政府工作中，我们要重点把握好5个方面：一是坚持稳中求进。", "5个"),  # 广东 2026
    ("同心协力、加倍努力。重点抓好以下14个方面的工作：", "14个"),  # 广东 2026
    ("具体要抓好8个方面重点工作。", "8个"),  # 呼和浩特 2024
])
def test_aspects_announcing_a_list_are_labels(plan, text):
    assert rows("", plan)[text].role == "label"


def test_aspects_grouping_a_count_are_labels():
    # national 2020: 推出8个方面90项政策措施 — the areas the 90 measures fall in group that count, no measure of their own
    # (was a quantity named 推出数; session 21's closing note); huhehaote 2024: 签订14个方面、60个事项合作协议
    r = rows("推出8个方面90项政策措施。")
    assert r["8个"].role == "label" and r["90项"].role == "actual"
    assert rows("率先推动呼包“同城化”发展，签订14个方面、60个事项合作协议。")["14个"].role == "label"


def test_start_of_a_planned_rise_is_todays_level():
    # 广东 2026 plan: 推动县中托管帮扶从15个县（市）扩大到57个县（市）
    r = rows("", "推动县中托管帮扶从15个县（市）扩大到57个县（市）。")
    assert (r["15个"].role, r["15个"].year) == ("actual", 2025)
    assert (r["57个"].role, r["57个"].year) == ("target", 2026)


def test_listed_starts_of_planned_rises_are_todays_levels():
    # 广东 2026 plan: …标准分别从每人每月209元、280元提高到217元、290元
    r = rows("", "困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。")
    assert [(r[t].role, r[t].year) for t in ("209元", "280元")] == [("actual", 2025)] * 2
    assert [r[t].role for t in ("217元", "290元")] == ["target"] * 2


def test_start_of_a_term_review_path_is_the_year_before_the_term():
    # 广东 2026, 十四五 review: 城市天然气普及率从45.8%提升至77.3%
    r = rows("“十四五”时期，五年来，城市天然气普及率从45.8%提升至77.3%。")
    assert (r["77.3%"].year, r["77.3%"].year_from) == (2025, 2021)
    assert (r["45.8%"].role, r["45.8%"].year) == ("actual", 2020) and pd.isna(r["45.8%"].year_from)


@pytest.mark.parametrize("body, text, kind", [
    ("高等教育毛入学率从53.4%提高到63%以上。", "63%", "share"),  # 广东 2026: a level reached
    ("整县建成美丽乡村比例提高到40%。", "40%", "share"),  # 广东 2026
    ("养老、失业、工伤总参保人数增加16.27万人，增幅为2.93%。", "2.93%", "change"),  # 毕节 2024
    ("去年居民消费价格涨幅回落到2.6%。", "2.6%", "change"),  # national 2013: a rate of change however it moved
    ("地区生产总值增长5.2%。", "5.2%", "change"),
])
def test_kind_of_a_percentage(body, text, kind):
    assert rows(body)[text].kind == kind


def test_flights_are_counted_in_sorties():
    # 广东 2026: 飞行规模达2061万架次
    r = rows("低空经济产业链集聚更多关键企业，起降设施增至3592个，飞行规模达2061万架次。")
    row = r["2061万架次"]
    assert (row.unit, int(row.value)) == ("架次", 20610000) and row.indicator != "次"
