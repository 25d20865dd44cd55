"""Targets after the audit of three unseen reports (audit 15), continued: plan figures that are no targets —
an eligibility threshold of a payment, the set an amount covers, a term's yearly path to a deadline. One test per
rule, on paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

GOALS = "今年地区生产总值增长5%左右，城镇新增就业100万人，居民消费价格涨幅3%左右。"


def test_an_eligibility_threshold_of_a_payment_is_no_target() -> None:
    """对线上销售额5万元以上且…的经营主体给予奖励: who qualifies for the payment; a goal amount stays."""
    plan = GOALS + "对电商销售额5万元以上且发货量达500单以上的经营主体给予奖励，网络零售额突破300亿元。"
    t = targets("城镇新增就业100万人。", plan)
    assert "5万元" not in t.index and "300亿元" in t.index


def test_the_count_of_a_set_an_amount_covers_is_no_target() -> None:
    """推动15个交通重点项目投资突破500亿元: 15个 is the set the 500亿元 covers; 新建…8个 stays a goal."""
    plan = GOALS + "推动15个交通重点项目投资突破500亿元，新建8个物流园区投资超50亿元。"
    t = targets("城镇新增就业100万人。", plan)
    assert "15个" not in t.index and "500亿元" in t.index and "8个" in t.index


def test_a_yearly_path_to_a_deadline_of_years_is_no_plan_year_figure() -> None:
    """平均每年降低2个百分点以上，三年内取消该项收费: the term's path; a plain yearly cut stays a target."""
    plan = GOALS + "自今年起逐步降低农村水费标准，平均每年降低2个百分点以上，三年内取消该项收费。农民负担减轻40亿元。"
    t = targets("城镇新增就业100万人。", plan)
    assert "2个百分点" not in t.index and "40亿元" in t.index


def test_a_review_name_drops_a_circumstance_and_first_time() -> None:
    """粮食产量在旱情影响下实现250亿斤 is 粮食产量; 首次 (of 首次突破…) names nothing of the measure."""
    from name_cases import names

    found = names("粮食产量在旱情影响下实现250亿斤。对欧进出口总额首次突破50亿元，增长40.5%。")
    assert found["250亿斤"] == "粮食产量" and found["40.5%"] == "对欧进出口总额增长"


def test_milk_output_and_cultural_performances_take_no_other_measure() -> None:
    """肉蛋奶产量 lists other products than milk; 文化惠民培训和群众性文化活动 are no performances taken to villages;
    奶类产量 and 送戏下乡 keep their keys."""
    plan = GOALS + "肉蛋奶产量达到120万吨，奶类产量达到60万吨。开展文化惠民培训和群众性文化活动2000场，送戏下乡500场。"
    t = targets("城镇新增就业100万人。", plan)
    assert t.loc["120万吨", "indicator_key"] != "milk_output" and t.loc["60万吨", "indicator_key"] == "milk_output"
    assert t.loc["2000场", "indicator_key"] != "cultural_performances"
    assert t.loc["500场", "indicator_key"] == "cultural_performances"
