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


# fault class "baselines missed although the review states the same measure" (round two)

def test_a_manner_word_is_no_scope_of_a_keyed_figure() -> None:
    # 分区分类建设 (built zone by zone) and 高质量建成 name the same farmland (tables_words.json manner_words)
    t = targets("农业基础不断夯实，高质量建成高标准农田820万亩。", "加强耕地保护，分区分类建设高标准农田700万亩以上。")
    assert int(t.loc["700万亩", "baseline_value"]) == 8200000
    assert t.loc["700万亩", "feasibility"] == "below_last_year"


def test_a_river_basin_opening_a_scope_says_where_it_is_measured() -> None:
    # 主要流域地表水水质优良比例 and 地表水水质优良比例 are one measure (tables_words.json scope_lead_words)
    t = targets("生态环境持续改善，全市主要流域地表水水质优良比例保持96%。", "地表水水质优良比例保持96%以上。")
    assert float(t.loc["96%", "baseline_value"]) == 96


def test_a_first_time_since_a_year_is_no_span_over_years() -> None:
    # 自2018年以来首次 says a record, not that the sentence's figures add up several years
    t = targets("糖料种植面积自2018年以来首次实现正增长，全市新增省级现代特色农业示范区5个。",
                "力争新获认定4个省级现代特色农业示范区。")
    assert int(t.loc["4个", "baseline_value"]) == 5


def test_a_quoted_campaign_label_is_no_kind_and_new_signing_in_other_words() -> None:
    # 新签投资N亿元以上项目 and “招商为先”新签约N亿元以上项目 count the same signings
    t = targets("实施招商攻坚行动，“招商为先”新签约3000万元以上项目240个、总投资900亿元。",
                "年内新签投资3000万元以上项目超180个。")
    assert int(t.loc["180个", "baseline_value"]) == 240


def test_projects_reported_up_are_no_baseline_for_projects_built() -> None:
    # 梳理上报 (listed and reported up) is another stage than 建设 (tables_actions.csv: report)
    t = targets("启动三大工程建设，梳理上报5个保障性住房先导项目、40个“平急两用”公共基础设施首批项目。",
                "推进3个“平急两用”公共基础设施项目建设。")
    assert t.loc["3个", "feasibility"] == "no_baseline"
