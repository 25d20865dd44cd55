"""Baselines after the unseen audit 20 (docs/audits/targets_20.md, fault class "baselines taken from another
measure"): one test per rule, on paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets


def test_a_list_member_takes_the_review_member_of_its_own_name() -> None:
    # 一、二、三产 … 分别: the second member's baseline is the review's second member, not the list's first
    t = targets("其中，一、二、三产增加值分别增长3.5%、2.1%、5.8%，规上工业增加值增长7.3%。",
                "地区生产总值增长5%左右，其中一、二、三产增加值分别增长4%、7%、5.5%。")
    assert float(t.loc["4%", "baseline_value"]) == 3.5
    assert float(t.loc["7%", "baseline_value"]) == 2.1
    assert float(t.loc["5.5%", "baseline_value"]) == 5.8


def test_a_review_clause_naming_the_measure_without_a_figure_gives_no_baseline() -> None:
    # 海洋经济重点产业营收较快增长 states the measure with no figure: the next clause's rate is another measure's
    t = targets("新动能持续壮大，数字产业营收增长9.5%，海洋经济重点产业营收较快增长，邮轮经济总产出增长12.4%。",
                "大力发展海洋经济，建设海洋牧场示范区，海洋经济重点产业营收增长8%以上。")
    assert t.loc["8%", "feasibility"] == "no_baseline"


def test_firms_newly_entering_the_statistics_in_other_words_are_one_flow() -> None:
    # 新增上规入统 (plan) and 新入规 (review) name the same firms entering the statistics (data/tables_synonyms.csv)
    t = targets("企业培育成效明显，新入规工业企业96家。", "力争年内新增上规入统工业企业80家以上。")
    assert int(t.loc["80家", "baseline_value"]) == 96
    assert t.loc["80家", "feasibility"] == "below_last_year"
