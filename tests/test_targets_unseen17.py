"""Targets after the audit of three unseen reports (audit 17): money named by its purpose after a raising verb,
baselines the review states, figures that are no plan-year targets, and names. One test per rule, on paraphrased
sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

GOALS = "今年地区生产总值增长5%左右，城镇新增就业50万人，居民消费价格涨幅2%左右。"
REVIEW = "地区生产总值增长5.2%。"


def test_money_named_only_by_its_raising_verb_takes_the_purpose_after_it() -> None:
    """筹集5亿元实施养老惠民工程 / 深入推进“暖心”行动，筹措300亿元实施八大民生工程项目: the purpose after the amount
    names the money, not the verb nor the programme of the clause before; words of the amount's own clause stay."""
    plan = GOALS + ("持续推进“安心养老”三年行动，筹措300亿元实施八大民生工程项目。筹集5亿元实施养老惠民工程，"
                    "加强护理员培训。今年投入80亿元支持职业教育发展。")
    t = targets(REVIEW, plan)
    assert t.loc["300亿元", "indicator"] == "八大民生工程资金"
    assert t.loc["5亿元", "indicator"] == "养老惠民工程资金"
    assert t.loc["80亿元", "indicator"] == "职业教育发展投入"
