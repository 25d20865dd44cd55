"""Round 153, fix153c (held-out set 74): review levels and thresholds misread as baselines, or refused.

- a level a five-year recap dates at the term's end (期末城镇登记失业率2.08%) is the review year's level (泰安 row 8);
- a rate after 其中 + a count (其中，13家增长超过50%) is the bar a part of the group passed, no rate of the group (泰安 row 17);
- a review set that joins two levels (省市重点项目) is no baseline of one level's set (市重点项目), but is of the same joined set
  written with 、 (省、市重点项目) (眉山 row 1);
- a change against an average of years (比前两年平均数下降20%) takes no year-on-year review rate (丽水 row 95);
- a time limit cut by a share (审批时限压缩65%以上) is a standing level: a review cut of 80% meets it (辽阳 row 54).

Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from tests.target_cases import baseline_of, class_of, targets


def _term_and_year(term: str, year: str, plan: str) -> pd.DataFrame:
    """A review heading naming a five-year plan and the review year (一、“十三五”时期及2020年工作回顾): the term's recap, then
    the year's review opened by 过去的一年, then the 2021 plan."""
    text = ("政府工作报告\n一、“十三五”时期及2020年工作回顾\n" + term + "\n各位代表！过去的一年，" + year + "\n"
            "二、2021年政府重点工作\n" + plan + "\n")
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


_TERM = "五年来，全市经济平稳发展，累计实现城镇新增就业26.5万人，{lead}城镇登记失业率2.15%。"
_YEAR = "全市地区生产总值增长3.6%，新增就业4.5万人。"
_PLAN = "城镇新增就业4.2万人，城镇登记失业率控制在4.5%以内。"


def test_a_term_end_level_is_the_review_years() -> None:
    # 泰安 期末城镇登记失业率2.08% (char 2050): the end-2020 rate, so 控制在4.5%以内 is met already
    t = _term_and_year(_TERM.format(lead="期末"), _YEAR, _PLAN)
    assert baseline_of(t, "4.5%") == "2.15%" and class_of(t, "4.5%") == "met_already"


def test_a_term_rate_without_an_end_word_stays_apart() -> None:
    # boundary: with no 期末 the recap's rate may be any year's (or an average): still no baseline
    t = _term_and_year(_TERM.format(lead=""), _YEAR, _PLAN)
    assert baseline_of(t, "4.5%") == "" and class_of(t, "4.5%") == "no_baseline"


def test_a_part_passing_a_rate_is_no_rate_of_the_group() -> None:
    # 泰安 科技创新型企业50强实现营业收入34.43亿元，其中，13家增长超过50%: a bar 13 firms passed
    review = "创新型企业30强实现营业收入28.6亿元，其中，11家增长超过40%，5家超过100%。"
    plan = "创新型企业30强营业收入同比增长12%。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "12%") == "" and class_of(t, "12%") == "no_baseline"


def test_the_groups_own_growth_stays_a_baseline() -> None:
    # boundary: the group's growth stated for the group itself (no 其中 part) is its baseline
    review = "创新型企业30强实现营业收入28.6亿元，增长40%。"
    plan = "创新型企业30强营业收入同比增长12%。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "12%") == "40%"


def test_a_joined_level_set_is_no_baseline_of_one_level() -> None:
    # 眉山 123个市重点项目完成投资264亿元 vs 129个省市重点项目完成投资594.9亿元 (provincial and city together)
    review = "126个省市重点项目完成投资580.2亿元，完成投资进度140%。"
    plan = "力争35个省重点项目完成投资190亿元，120个市重点项目完成投资260亿元。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "260亿元") == "" and baseline_of(t, "190亿元") == ""


def test_the_same_joined_set_with_a_list_mark_stays_a_baseline() -> None:
    # boundary (广元 2022): 省市重点建设项目 is the set 省、市重点项目 names, its baseline
    review = "240个省、市重点项目完成投资610.5亿元，超年度计划12个百分点。"
    plan = "全力推进280个省市重点建设项目完成投资590亿元以上。"
    t = targets(review, plan, 2021)
    assert baseline_of(t, "590亿元") == "610.5亿元"


def test_a_fall_on_an_average_of_years_takes_no_yearly_fall() -> None:
    # 丽水 确保生产安全事故起数、死亡人数比前两年平均数下降20% vs 分别下降23.5%、23.3% (on 2019)
    review = "安全生产形势稳定，生产安全事故起数、死亡人数分别下降21.5%、22.3%。"
    plan = "确保生产安全事故起数、死亡人数比前两年平均数下降18%。"
    t = targets(review, plan, 2020)
    rows = t.loc[["18%"]]  # (one row a member: 起数 took 21.5% before)
    assert (rows["baseline_text"].fillna("") == "").all() and set(rows["feasibility"]) == {"no_baseline"}


def test_a_fall_on_the_same_base_year_keeps_its_baseline() -> None:
    # boundary (大连 2024): 能耗强度较2020年累计下降12% measured by 能耗强度比2020年累计下降13%, the same base
    review = "能耗强度比2020年累计下降13%以上。"
    plan = "能耗强度较2020年累计下降12%。"
    t = targets(review, plan, 2023)
    assert baseline_of(t, "12%") == "13%"


def test_a_time_limit_cut_is_a_standing_level() -> None:
    # 辽阳 审批时限压缩65%以上 vs 2020's 审批时限压缩80%以上: the share of the statutory limit saved, met already
    review = "取消、下放和调整行政职权900项，审批时限压缩75%以上。"
    plan = "改造政务服务流程，审批时限压缩60%以上。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "60%") == "75%" and class_of(t, "60%") == "met_already"
    assert t.loc[["60%"]].iloc[-1]["measure"] == "share"


def test_a_cost_cut_stays_a_change() -> None:
    # boundary: a cut of something not a time limit (企业用电成本降低10%) is still a change on last year
    review = "企业用电成本降低15%。"
    plan = "企业用电成本降低10%。"
    t = targets(review, plan, 2020)
    assert t.loc[["10%"]].iloc[-1]["measure"] != "share"
