"""Spot audit 35 (固原, 漳州 2024), round fix83d: a bare measure after an opening that develops one industry is
that industry's; the year's investment past a clause of a part of the projects is all the projects'."""
from __future__ import annotations

from target_cases import targets

from govreport.extract.industry_scopes import industry_scoped

REVIEW = "城镇新增就业3万人。"


def test_bare_measure_takes_the_developed_industry() -> None:
    """做强肉牛产业，…，保持饲养量在100万头以上 (固原 row 10); 做精马铃薯产业，…种植面积达到90万亩以上 (row 12);
    发展古雷石化产业，全年完成固定资产投资超220亿元、实现工业产值超千亿元 (漳州 rows 23, 24)."""
    t = targets(REVIEW, "做强肉牛产业，坚持稳量拓链、全链开发，保持饲养量在100万头以上，推进精深加工。"
                        "做精马铃薯产业，强化龙头引领、协同联动，种植面积达到90万亩以上，挖掘淀粉附加值。"
                        "继续举全市之力发展古雷石化产业，全年完成固定资产投资超220亿元、实现工业产值超千亿元。")
    assert t.loc["100万头", "indicator"] == "肉牛饲养量"
    assert t.loc["90万亩", "indicator"] == "马铃薯种植面积"
    assert t.loc["220亿元", "indicator"] == "古雷石化固定资产投资"
    assert t.loc["千亿元", "indicator"] == "古雷石化工业产值"


def test_class_of_industries_names_no_measure() -> None:
    """壮大六大特色优势产业 is a class, not an industry that names a bare 产值 (the rule leaves it)."""
    scan = "持续壮大六大特色优势产业，全年实现产值超过500亿元。"
    assert industry_scoped(scan, 0, scan.index("500"), "产值") == "产值"
    scan = "做强肉牛产业，保持饲养量在100万头以上。"
    assert industry_scoped(scan, 0, scan.index("100"), "饲养量") == "肉牛饲养量"
    assert industry_scoped(scan, 0, scan.index("100"), "企业数") == "企业数"  # not a bare measure of the industry


def test_year_investment_past_a_subset_clause() -> None:
    """计划实施项目400余个，其中重点项目70个，年度力争投资220亿元以上 (固原 row 21): all the projects' investment."""
    t = targets(REVIEW, "开展“项目投资攻坚年”活动，计划实施项目400余个，其中重点项目70个，年度力争投资220亿元以上。")
    assert t.loc["220亿元", "indicator"] == "实施项目年度投资"
