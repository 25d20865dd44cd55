"""Round fix65b (audit 51, 台州): an amount with its equivalent in another currency in brackets before 以上 and a noun
(5亿元（3000万美元）以上产业项目) is one threshold: neither amount is a target, and the counts after it keep the class
in their names without the bracketed equivalent."""
from __future__ import annotations

from target_cases import targets

from govreport.extract.crossings import equivalent_class

REVIEW = "深化“三比一提升”行动，5亿元（3000万美元）以上产业项目新开工138个、新竣工101个。"
PLAN = "围绕产业细分需求提供个性化、集成式部门服务，力争5亿元（3000万美元）以上产业项目新开工150个、新竣工100个。"


def test_bracketed_equivalent_threshold_is_no_target() -> None:
    """台州 rows 6–9: no rows for 5亿元 and 3000万美元; the counts are named for the class and keep their baselines."""
    t = targets("地区生产总值增长6.8%。" + REVIEW, "地区生产总值增长6%以上。" + PLAN)
    assert "5亿元" not in t.index and "3000万美元" not in t.index
    assert t.loc["150个", "indicator"] == "5亿元以上产业项目新开工数"
    assert t.loc["100个", "indicator"] == "5亿元以上产业项目新竣工数"
    assert str(t.loc["150个", "baseline_value"]) == "138"


def test_equivalent_class_reads_both_amounts() -> None:
    text = "力争5亿元（3000万美元）以上产业项目新开工150个"
    assert equivalent_class(text, 2, 5) and equivalent_class(text, 6, 13)


def test_a_bracketed_amount_without_a_class_stays_an_amount() -> None:
    """Neighbouring right behaviour: an equivalent with no 以上/级 after it, and an amount before 以上 with no bracket, are untouched."""
    text = "实际利用外资5亿元（7000万美元），投资5亿元以上项目"
    assert not equivalent_class(text, 6, 9) and not equivalent_class(text, 10, 17)
    assert not equivalent_class(text, 21, 24)


PLAN_WORDS = "地区生产总值增长6%以上。"


def test_the_plans_own_outline_is_no_target() -> None:
    """台州 row 5: 重点抓好三个方面9项工作： counts the plan's own tasks to come."""
    t = targets("地区生产总值增长6.8%。", PLAN_WORDS + "今年，重点抓好三个方面9项工作：")
    assert "9项" not in t.index


def test_a_policy_carried_out_is_no_target() -> None:
    """台州 row 10: 推动解决营商环境突出问题10条落地 is the size of a policy issued last year."""
    t = targets("出台解决营商环境突出问题10条。", PLAN_WORDS + "推动解决营商环境突出问题10条落地，提高政务诚信水平。")
    assert "10条" not in t.index


def test_roads_in_tiao_stay_goals() -> None:
    """Neighbouring right behaviour: 新建农村公路10条 is a count to build."""
    t = targets("新建农村公路8条。", PLAN_WORDS + "新建农村公路10条，改造桥梁5座。")
    assert "10条" in t.index


def test_service_functions_strengthened_name_an_existing_set() -> None:
    """资阳 row 29: 增强1188个“快邮驿站”服务功能 works on existing stations; 优化完善70个…站点 stays (not this round)."""
    t = targets("地区生产总值增长6.8%。", PLAN_WORDS + "优化完善70个城乡末端配送站点，增强1188个“快邮驿站”服务功能。")
    assert "1188个" not in t.index


def test_stations_built_with_functions_stay_goals() -> None:
    """Neighbouring right behaviour: 新建50个快递驿站 is a count to build."""
    t = targets("地区生产总值增长6.8%。", PLAN_WORDS + "新建50个快递驿站，增强服务功能。")
    assert "50个" in t.index
