"""Targets and baselines after the unseen audit 21 (targets_21: Hangzhou 2024, Hunan 2026, State Council 2007):
one test per rule, on paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from target_cases import targets


def test_one_industry_is_no_baseline_of_another_through_their_shared_head() -> None:
    # 金融业 / 软件产业 growth goals share only the head 产业增加值增长 (业增加值增长) with the review's 旅游产业:
    # two industries, so the review figure is no baseline of either
    t = targets("旅游产业增加值1200亿元、增长9.6%。",
                "软件产业增加值增长7%，金融业增加值增长6.5%，旅游产业增加值增长6%。")
    assert t.loc["7%", "feasibility"] == "no_baseline"
    assert t.loc["6.5%", "feasibility"] == "no_baseline"
    assert float(t.loc["6%", "baseline_value"]) == 9.6  # the same industry keeps its baseline


def test_a_whole_industry_keeps_the_baseline_of_its_narrower_wording() -> None:
    # 规上工业 and 工业: one name holds the other's words, no second subject
    t = targets("规上工业增加值增长6.1%。", "工业增加值增长6%。")
    assert float(t.loc["6%", "baseline_value"]) == 6.1


def test_the_verbs_that_lay_out_a_set_of_projects_are_no_kind_of_them() -> None:
    # 铺排落实 (laid out and carried out) says what was done to the key projects, not which ones
    t = targets("铺排落实省重点项目280个、完成投资3900亿元。", "抓好总投资1.5万亿元的320个省重点项目。")
    assert int(t.loc["320个", "baseline_value"]) == 280


def test_examples_before_the_head_are_no_narrower_kind() -> None:
    # 湿地公园等城市公园: examples of the parks counted, not a narrower kind of park
    t = targets("新（改）建城市公园48个，建成未来社区90个。", "新（改）建绿道150公里、湿地公园等城市公园50个。")
    assert int(t.loc["50个", "baseline_value"]) == 48


def _years(text: str):
    from govreport import extract_quantities, read_text

    q = extract_quantities(read_text(text)).set_index("text")
    def year(figure: str) -> tuple[int, int | None]:
        first = q.loc[figure, "year_from"]
        return int(q.loc[figure, "year"]), None if pd.isna(first) else int(first)

    return year


def test_a_five_year_total_and_its_this_year_slice_in_one_sentence() -> None:
    # 五年 opening a sentence ；-joined to a “十一五”期间 clause: the term's totals; 今年 before the slices: this year's
    year = _years("一、2006年工作回顾\n经济平稳增长。\n二、2007年工作安排\n"
                  "“十一五”期间，关停4000万千瓦小火电机组，今年要关停800万千瓦；"
                  "五年淘汰落后水泥产能2亿吨、落后平板玻璃产能3000万重量箱，今年力争分别淘汰5000万吨和600万重量箱。\n")
    assert year("2亿吨") == (2010, 2006)
    assert year("5000万吨") == (2007, None) and year("600万重量箱") == (2007, None)


def test_a_past_average_over_a_span_of_years_in_the_plan_is_no_target() -> None:
    # 从2004年到2007年年均超收…: a four-year average before the plan year, quoted in the plan part
    year = _years("一、2007年工作回顾\n经济平稳增长。\n二、2008年工作安排\n"
                  "从2004年到2007年年均超收1800亿元，其中去年超收2200亿元。\n")
    assert year("1800亿元") == (2007, 2004)


def _checks(review: str, plan: str):
    from govreport import read_text
    from govreport.tables import build_tables

    text = f"政府工作报告\n一、2023年工作回顾\n{review}\n二、2024年重点工作\n{plan}\n"
    return build_tables(read_text(text))["checks"]


def test_one_year_above_an_average_is_no_part_over_a_total() -> None:
    # 年均超收X，其中去年超收Y: Y is one year of an average, not a part of a total
    c = _checks("从2019年到2022年年均超收1500亿元，其中去年超收1900亿元。", "经济增长5%。")
    assert not (c["status"] == "flag").any()


def test_a_bracketed_qizhong_ends_at_its_bracket() -> None:
    # 新增托位5000个（其中普惠托位4000个），新增学位6万个: the 其中 covers the bracket only
    c = _checks("新增托位5000个（其中普惠托位4000个），新建成中小学30所、新增学位6万个。", "经济增长5%。")
    row = c[c["check"] == "parts_vs_total"].iloc[0]
    assert row["status"] == "pass" and row["figures"] == "5000个;4000个"
