"""Targets after round 98c on the second final spot audits (葫芦岛, 邵阳, 新余, 阜新 2025): a bare 增长 restating an amount's
change from the review's, a five-year term ending in the plan year, a threshold classing firms, and missed goals."""
from __future__ import annotations

from target_cases import targets

from govreport.extract.terms import opening_term

REVIEW = "城镇新增就业3万人。实施重点项目605个，总投资2554.5亿元。"


def test_bare_growth_restating_the_reviews_amount_is_no_goal() -> None:
    """全年计划实施重点项目670个，增长10.7%；总投资2700亿元，增长5.7% (670/605, 2700/2554.5: 葫芦岛 rows 8, 10);
    the same bare 增长 with no review amount it restates stays a goal."""
    t = targets(REVIEW, "全年计划实施重点项目670个，增长10.7%；总投资2700亿元，增长5.7%。")
    assert "670个" in t.index and "2700亿元" in t.index
    assert "10.7%" not in t.index and "5.7%" not in t.index
    t = targets(REVIEW, "全年计划实施重点项目670个，增长12%；总投资2700亿元，增长9%。")
    assert "12%" in t.index and "9%" in t.index


def test_a_term_ending_in_the_plan_year_opens_a_cumulative_goal() -> None:
    """“十四五”时期能耗强度下降14.5% in a 2025 plan: the term's goal from 2021 (阜新 row 79); its 末 is the year's level."""
    assert opening_term("推动重点企业节能改造，“十四五”时期能耗强度下降", 2025) == (2021, 2025)
    assert opening_term("推动重点企业节能改造，“十四五”末能耗强度下降", 2025) is None
    assert opening_term("推动重点企业节能改造，“十四五”时期能耗强度下降", 2024) == (2021, 2025)
    t = targets("城镇新增就业3万人。", "推动重点企业节能改造，“十四五”时期能耗强度下降14.5%。")
    assert int(t.loc["14.5%", "year_from"]) == 2021


def test_an_amount_classing_firms_is_no_goal() -> None:
    """将年综合能耗5000吨标煤以上用能企业纳入重点监管 (阜新 row 78); a count of firms (引进10家以上外贸企业) stays."""
    t = targets("城镇新增就业3万人。", "将年综合能耗5000吨标煤以上用能企业纳入重点监管。引进10家以上外贸企业。")
    assert "5000吨标煤" not in t.index and "10家" in t.index


def test_firm_times_count_the_firms_after() -> None:
    """组织100家次以上企业参加境内外展会 (新余, missed): 家次 counts the firms after it, no class."""
    t = targets("城镇新增就业3万人。", "持续优化外贸进出口环节全链条服务，组织100家次以上企业参加境内外展会。")
    assert "100家次" in t.index


def test_visits_named_before_a_figure_without_unit() -> None:
    """实现游客总花费630亿元、游客总人次5500万以上 (邵阳, missed): 人次 names the unit of 5500万."""
    t = targets("城镇新增就业3万人。", "坚持以文塑旅，实现游客总花费630亿元、游客总人次5500万以上。")
    assert "5500万" in t.index


def test_projects_resuming_construction_are_a_goal() -> None:
    """长江矿业擦洗砂、道奇蓝海食品加工等150个项目复工建设 (阜新 L23, missed) beside its 开工 and 竣工投产 siblings."""
    t = targets("城镇新增就业3万人。", "推动甲金属、乙原药等300个项目开工建设；丙砂、丁食品加工等150个项目复工建设；"
                                  "戊综合利用、己精机等160个项目竣工投产。")
    assert {"300个", "150个", "160个"} <= set(t.index)
