"""Spot audit 57 (通化 2024): the same measure in the review taken where it was refused, and a review figure of another
industry, a stock, a market's trade or the urban area's refused where it was taken (round fix83b)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

from govreport.tables.value_measures import trade_apart


def test_class_of_projects_carried_out_is_counted_started_or_continued() -> None:
    """实施5000万元以上项目200个以上 and the review's 开复工5000万元以上项目226个: one class carried out (通化 row 4, audit 43
    row 31); a class over another amount is not it."""
    review = "实施“项目攻坚年”行动，开复工5000万元以上项目226个，98个新建项目全部入统。"
    t = targets(review, "开展“四大攻坚行动”，实施5000万元以上项目200个以上，开工医药健康产业园等新项目。")
    assert baseline_of(t, "200个") == "226个"
    assert class_of(t, "200个") == "below_last_year"
    other = targets(review.replace("5000万元", "亿元"), "开展“四大攻坚行动”，实施5000万元以上项目200个以上。")
    assert baseline_of(other, "200个") != "226个"


def test_one_industry_is_not_measured_by_another() -> None:
    """医药产业产值增长7% and the review's 数字信息产业产值增长10.3% (a sentence that names 医药产业 before it): two
    industries (通化 row 18)."""
    review = "全省医药产业数字化转型现场会在我市召开，数字信息产业产值增长10.3%。"
    t = targets(review, "医药产业产值增长7%。")
    assert baseline_of(t, "7%") == ""


def test_new_firms_are_not_measured_by_the_stock_passed() -> None:
    """新培育国家高新技术企业10户 (a flow) and 国家高新技术企业突破70户 (the stock passed): no baseline (通化 row 27)."""
    t = targets("国家高新技术企业突破70户，数量创历史新高。", "申报国家、省科技计划项目50个，新培育国家高新技术企业10户。")
    assert baseline_of(t, "10户") == ""
    kept = targets("新培育国家高新技术企业12户。", "申报国家、省科技计划项目50个，新培育国家高新技术企业10户。")
    assert baseline_of(kept, "10户") == "12户"


def test_a_herd_is_not_measured_by_a_market_trade() -> None:
    """肉牛发展到29万头 after 启动柳河肉牛交易市场扩建项目 and 柳河肉牛交易市场年交易量突破13万头: one market's trade, not the
    herd (通化 row 34)."""
    t = targets("柳河肉牛交易市场年交易量突破13万头。", "启动柳河肉牛交易市场扩建项目，肉牛发展到29万头。")
    assert baseline_of(t, "29万头") == ""
    assert trade_apart("肉牛量", "柳河肉牛交易市场年交易量")
    assert not trade_apart("农产品交易额", "农产品网上交易额")


def test_a_count_for_each_county_is_not_measured_by_the_city_total() -> None:
    """市区新建换电站2座、各县（市）分别布局建设换电站1座 and the review's 建成换电站2座: the urban member keeps it, the
    per-county member has none (通化 rows 40, 41)."""
    t = targets("新增新能源出租车652辆、建成换电站2座。", "市区新建换电站2座、各县（市）分别布局建设换电站1座。")
    assert baseline_of(t, "1座") == ""
    assert baseline_of(t, "2座") == "2座"
