"""Targets after audit 5 (docs/audits/targets_5.md, issue #11): one test per rule, on paraphrased
sentences run through the real reader and extractor (docs/assumptions.md#target-kinds,
#review-part-targets, #baseline-matching)."""
from __future__ import annotations

from decimal import Decimal

from target_cases import targets

D = Decimal


def test_a_goal_cited_as_the_size_of_a_noun_is_not_set_again() -> None:
    """6%左右的增长 restates the growth goal as the size of a growth rate: one row, the goal's."""
    t = targets("地区生产总值增长6.2%。",
                "今年主要预期目标是：地区生产总值增长6%左右。综合各方面因素看，6%左右的增长能够带动较为充分的就业。")
    assert len(t.loc[["6%"]]) == 1 and t.loc["6%"].indicator_key == "gdp_growth"


def test_a_count_of_problems_tackled_is_no_target() -> None:
    """…等8个难点问题 counts the problems the plan works on; the places it builds stay goals."""
    t = targets("新建口袋公园30处。", "聚力每季一题专项治理，集中破解物业服务收费规范等8个难点问题，新建口袋公园40处。")
    assert "8个" not in t.index and "40处" in t.index
    t = targets("城镇新增就业100万人。", "着力解决好两个5000万人问题，城镇新增就业110万人。")
    assert "5000万人" not in t.index and "110万人" in t.index


def test_an_unregistered_level_reached_is_a_stock() -> None:
    """面积扩大到2000万亩 says the level there will be (stock); 新开工 adds (flow). A level already
    reached by the review's figure is met, where a flow would be below last year's."""
    t = targets("休耕试点面积2500万亩。", "休耕试点面积扩大到2000万亩，新开工安置住房3万套。")
    assert t.loc["2000万亩"].measure == "stock" and t.loc["3万套"].measure == "flow"
    assert t.loc["2000万亩"].feasibility == "met_already"


def test_a_bound_kept_all_along_is_no_baseline() -> None:
    """一直控制在3%以内 says the ratio stayed within 3% over the years, not last year's figure;
    a ratio stated for the year is the baseline."""
    plan = "今年赤字率拟按2.8%安排。"
    t = targets("财政赤字率始终控制在3%以内。", plan)
    assert t.loc["2.8%"].baseline_text == "" and t.loc["2.8%"].feasibility == "no_baseline"
    t = targets("财政赤字率为3%。", plan)
    assert t.loc["2.8%"].baseline_text == "3%"


def test_a_count_right_after_people_counts_people() -> None:
    """再减少农村贫困人口800万 counts people though no unit is written; the review's 农村贫困人口减少
    900万 is its baseline."""
    t = targets("农村贫困人口减少900万。", "今年再减少农村贫困人口800万以上，新建改建农村公路10万公里。")
    row = t.loc["800万"]
    assert row.unit == "人" and row.baseline_text == "900万" and row.feasibility == "below_last_year"


def test_an_amount_of_the_same_size_with_a_bare_de_is_a_goal_of_its_own() -> None:
    """安排…5000亿元的…投资 after another 5000亿元 goal is a second goal, not a citation; a rate with
    a bare 的 (6%的增长) cites the growth goal."""
    t = targets("城镇新增就业100万人。",
                "新增专项债券5000亿元。统筹安排中央预算内5000亿元的建设投资。地区生产总值增长6%左右。6%的增长能够带动较为充分的就业。")
    assert len(t.loc[["5000亿元"]]) == 2 and len(t.loc[["6%"]]) == 1
