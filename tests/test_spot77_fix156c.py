"""Round 156, fix156c (held-out audit 77): wrong baselines. A 2025 goal the review part states (到2025年，力争…) keeps
its year and is never a baseline; one industry's revenue goal never takes another industry's review figure; 社消零总额
is the retail-sales wording. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets

_TERM = "到2025年，力争城区建成区面积达到250平方公里、常住人口230万人，建成区域中心城市。"
_PLAN_CITY = "全年实现供地2万亩，力争城区建成区面积达到190平方公里。"


def _years(text: str) -> dict[str, object]:
    q = extract_quantities(read_text(text))
    return {str(r.text): r.year for r in q.itertuples() if r.role == "target"}


def test_a_2025_goal_in_the_review_part_keeps_its_year() -> None:
    text = f"政府工作报告\n一、2020年工作回顾\n去年地区生产总值增长4%。{_TERM}\n二、2021年重点工作\n{_PLAN_CITY}\n"
    got = _years(text)
    assert got["250平方公里"] == 2025 and got["230万人"] == 2025
    assert got["190平方公里"] == 2021  # the plan's own goal: unchanged


def test_a_later_goal_is_no_baseline() -> None:
    t = targets(f"去年地区生产总值增长4%。{_TERM}", _PLAN_CITY, 2020)
    assert baseline_of(t, "190平方公里") == ""


def test_a_review_figure_of_the_same_name_still_is() -> None:
    # boundary: the year's actual level of the same name is still taken
    t = targets("城区建成区面积达到170平方公里。", _PLAN_CITY, 2020)
    assert baseline_of(t, "190平方公里") == "170平方公里"


_INDUSTRIES = ("以某某为代表的化工产业实现营业收入700亿元。"
               "以智能终端为代表的电子信息产业已用地5000亩，签约项目200个，2020年营业收入超过300亿元。")


def test_an_industry_goal_takes_no_other_industrys_revenue() -> None:
    plan = "持续巩固纺织产业，加快产业园建设，确保实现营业收入420亿元。"
    t = targets(_INDUSTRIES, plan, 2020)
    assert baseline_of(t, "420亿元") == ""


def test_the_same_industrys_revenue_is_still_taken() -> None:
    # boundary: the electronics goal keeps the electronics figure
    plan = "加快电子信息产业发展，确保实现营业收入400亿元。"
    t = targets(_INDUSTRIES, plan, 2020)
    assert baseline_of(t, "400亿元") == "300亿元"


def test_retail_sales_abbreviation_falls() -> None:
    review = "地区生产总值增长4%；社消零总额下降1.7%；"
    plan = "地区生产总值增长8%；社消零总额增长11%；"
    t = targets(review, plan, 2020)
    assert t.loc["11%", "indicator_key"] == "retail_sales_growth"
    assert float(t.loc["11%", "baseline_value"]) == -1.7 and class_of(t, "11%") != "no_baseline"


def test_full_retail_sales_wording_unchanged() -> None:
    review = "社会消费品零售总额增长5%；"
    plan = "社会消费品零售总额增长9%；"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "9%") == "5%" and not pd.isna(t.loc["9%", "indicator_key"])


def test_loan_deposit_ratio_on_balances_is_the_same_ratio() -> None:
    review = "金融机构各项贷款余额增长12%，余额贷存比达到58.2%。"
    plan = "全市新增贷款投放200亿元以上，贷存比60%以上。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "60%") == "58.2%"


def test_a_loan_balance_growth_is_no_ratio() -> None:
    # boundary: the balance's growth stays apart from the ratio
    t = targets("金融机构各项贷款余额增长12%。", "全市新增贷款投放200亿元以上，贷存比60%以上。", 2020)
    assert baseline_of(t, "60%") == ""
