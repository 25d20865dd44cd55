"""Round 158, fix158a (held-out set 79, a 2021 city report, fault group 1): a bare 增/降 right before a % is a growth rate
(规模以上固定资产投资增12%左右, 一般公共预算收入降2.5%), not a share level: it meets the review's 增长 of the same measure, a
降 is a fall below zero, and the class is a growth's. Not 增至/降至 (a level reached) nor 占比增. Paraphrased texts through the
real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

_REVIEW = ("全年实现地区生产总值同比增长4.6%；一般公共预算收入降3.5%；"
           "金融机构存贷款余额分别增长2.8%和12.9%。引进外来到位资金900亿元、增16.2%。")
_PLAN = ("主要预期目标是：地区生产总值同比增8%左右，一般公共预算收入增4%左右，"
         "金融机构存贷款余额分别增6%和14%左右。\n实现引进外来到位资金增11%。")


def test_a_bare_rise_meets_the_reviews_growth() -> None:
    t = targets(_REVIEW, _PLAN, 2020)
    assert baseline_of(t, "8%") == "4.6%" and t.loc[["8%"]].iloc[-1]["measure"] == "growth_rate"
    assert baseline_of(t, "6%") == "2.8%" and baseline_of(t, "14%") == "12.9%"  # each member of the 分别 list


def test_a_bare_fall_is_a_growth_below_zero() -> None:
    t = targets(_REVIEW, _PLAN, 2020)
    row = t.loc[["4%"]].iloc[-1]
    assert float(row["baseline_value"]) == -3.5 and class_of(t, "4%") != "met_already"


def test_a_lower_growth_is_below_last_year_not_met() -> None:
    t = targets(_REVIEW, _PLAN, 2020)
    assert t.loc[["11%"]].iloc[-1]["measure"] == "growth_rate" and class_of(t, "11%") == "below_last_year"


def test_a_level_reached_and_a_share_stay_levels() -> None:
    # boundary: 增至 is the level reached, 占比增 a share's move; neither becomes a growth rate
    t = targets("常住人口城镇化率增至40%。", "常住人口城镇化率增至42%以上，高新技术产业增加值占比增5%。", 2020)
    assert t.loc[["42%"]].iloc[-1]["measure"] != "growth_rate"
    assert "5%" not in t.index or t.loc[["5%"]].iloc[-1]["measure"] != "growth_rate"
