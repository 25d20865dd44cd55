"""Held-out audit 59 (白银, 汕尾 2023), round fix129b: names of 、 members after a counted member or a sibling measure
(the year's investment of the projects counted before it, the investment of firms brought in, a body's revenue and profit)."""
from __future__ import annotations

from target_cases import targets


def _names(review: str, plan: str) -> dict[str, str]:
    """The target names of ``plan`` keyed by their text."""
    t = targets(review, plan)
    return dict(zip(t["text"], t["indicator"]))


def test_a_years_investment_after_counted_projects_is_theirs() -> None:
    # 白银 rows 11, 13: 谋划实施省列重大项目17个、年度完成投资105亿元; 亿元以上市列重点项目155个、年度完成投资315亿元以上
    got = _names("151个市列重点项目完成投资305.6亿元。", "亿元以上市列重点项目155个、年度完成投资315亿元以上。")
    assert got["315亿元"] == "亿元以上市列重点项目年度完成投资"
    # no count of projects before it: the bare name stays
    got = _names("完成投资300亿元。", "优化营商环境，年度完成投资315亿元以上。")
    assert "项目" not in got["315亿元"]


def test_the_investment_of_firms_brought_in_is_theirs() -> None:
    # 汕尾 row 9: 引进珠三角超亿元制造业企业120家、投资额600亿元以上
    got = _names("引进企业100家。", "引进珠三角超亿元制造业企业120家、投资额600亿元以上。")
    assert got["600亿元"] == "珠三角超亿元制造业企业投资额"
    # a count of people before it names no investment
    got = _names("引进企业100家。", "引进高层次人才120人、投资额600亿元以上。")
    assert "人才" not in got["600亿元"]


def test_revenue_and_profit_leave_the_assets_measure() -> None:
    # 汕尾 rows 128, 129: 推动市属国企资产规模达到233亿元，实现营收11亿元、利润2.2亿元
    got = _names("市属国企资产规模达到200亿元。", "推动市属国企资产规模达到233亿元，实现营收11亿元、利润2.2亿元。")
    assert got["233亿元"] == "市属国企资产规模" and got["11亿元"] == "市属国企营收" and got["2.2亿元"] == "市属国企利润"
    # a measure that is no other measure of the same subject keeps the subject before it whole
    got = _names("生猪出栏300万头。", "生猪存栏225万头、出栏385万头。")
    assert got["385万头"].startswith("生猪") and "存栏" not in got["385万头"]
