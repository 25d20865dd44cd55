"""Held-out set 56 (泸州 2023), round fix125b: a part of a year leading a ；-chain dates every clause of it, and a count of
work under way is no baseline for a count of work completed."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_a_part_of_a_year_dates_every_clause_of_its_semicolon_chain() -> None:
    # 泸州 rows 1-6: 前三季度，…；规模以上工业增加值增长4.5%；全社会固定资产投资增长9.7%；…
    review = ("前三季度，全市实现地区生产总值1887.2亿元，同比增长3.1%；规模以上工业增加值增长4.5%；"
              "全社会固定资产投资增长9.7%；社会消费品零售总额872.3亿元，增长3.6%。预计全年地区生产总值增速高于全省1个百分点。")
    plan = "规模以上工业增加值增长8.5%以上，全社会固定资产投资增长8%以上，社会消费品零售总额增长9%以上。"
    t = targets(review, plan, 2022)
    assert baseline_of(t, "8.5%") == "" and baseline_of(t, "8%") == "" and baseline_of(t, "9%") == ""
    # no part of a year before the ；: the figures are the year's and stay baselines
    t = targets("全市实现地区生产总值1887.2亿元，同比增长3.1%；规模以上工业增加值增长4.5%；全社会固定资产投资增长9.7%。", plan, 2022)
    assert baseline_of(t, "8.5%") == "4.5%" and baseline_of(t, "8%") == "9.7%"
    # a part only compared with (增速比前三季度加快) leads nothing: the figure after the ； is the year's (清远, regression set)
    t = targets("全市地区生产总值增长1%，增速比前三季度加快0.7个百分点；地方一般公共预算收入可比增长10%。",
                "地方一般公共预算收入增长5%。", 2022)
    assert baseline_of(t, "5%") == "10%"


def test_a_count_under_way_is_no_baseline_for_a_count_completed() -> None:
    # 泸州 row 36: 建成县域医疗卫生次中心6个 and 10个县域医疗卫生次中心建设有序推进
    review = "市中医医院城南院区建成投用，新增三级乙等医院2家，10个县域医疗卫生次中心建设有序推进。"
    plan = "加快紧密型县域医共体建设，建成县域医疗卫生次中心6个。"
    assert baseline_of(targets(review, plan, 2022), "6个") == ""
    # the review's count of centres completed stays the baseline
    review = "市中医医院城南院区建成投用，新增三级乙等医院2家，建成县域医疗卫生次中心10个。"
    assert baseline_of(targets(review, plan, 2022), "6个") == "10个"
