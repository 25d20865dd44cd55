"""Spot audits 36 (保定, 双鸭山, 上饶, 乌海 2024), round fix87a: a review figure whose name lost its measure, so the
same-measure baseline was never offered — a growth after 可比, a decline narrowed to a level, a count whose noun runs on
into a rate, and an industry's 产业规模 for its 营业收入."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

from govreport.extract import extract_quantities
from govreport.report import read_text
from govreport.tables.names_apart import other_industry
from govreport.tables.name_equivalents import reduced


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text("一、2023年工作回顾\n" + text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_comparable_growth_after_a_level_takes_its_subject() -> None:
    # 保定 L7 (row 1): 可比 is a basis word; the growth is the revenue's
    assert _names("地方一般公共预算收入309.2亿元、可比增长7.3%；")["7.3%"] == "地方一般公共预算收入可比增长"
    t = targets("地方一般公共预算收入309.2亿元、可比增长7.3%；", "一般公共预算收入增长6%。", 2023)
    assert baseline_of(t, "6%") == "7.3%"
    assert class_of(t, "6%") == "below_last_year"


def test_a_decline_narrowed_to_a_level_is_a_growth_below_zero() -> None:
    # 双鸭山 L5 (row 2): 降幅由20.7%收窄到6.4% — the 6.4% is the decline's, not 新入规企业's
    review = "全市新入规企业18户，规模以上工业增加值降幅由20.7%收窄到6.4%。"
    assert _names(review)["6.4%"] == "规模以上工业增加值降幅"
    t = targets(review, "规上工业增加值同比增长6%以上。", 2023)
    assert baseline_of(t, "6%") == "6.4%"
    assert class_of(t, "6%") == "very_stretch"


def test_a_count_before_the_rate_of_its_things_counts_the_things() -> None:
    # 乌海 L7 (row 10): 296个重点项目开复工率100% — 296 key projects, the rate is the 100%'s
    names = _names("296个重点项目开复工率100%，完成投资263亿元。")
    assert names["296个"] == "重点项目数"
    assert names["100%"] == "重点项目开复工率"
    assert _names("建成重点项目开工率考核平台3个。")["3个"] != "重点项目数"  # no rate figure after it: no cut
    t = targets("296个重点项目开复工率100%，完成投资263亿元。", "实施重点项目264个。", 2023)
    assert baseline_of(t, "264个") == "296个"


def test_an_industrys_size_is_its_business_revenue() -> None:
    # 上饶 L11 / L24 (rows 14, 17, 18): 其中有色金属产业突破2100亿元 (named …产业规模) measures 有色金属产业营业收入
    assert reduced("有色金属产业规模") == reduced("有色金属产业营业收入")
    assert reduced("光伏新能源产业规模") == reduced("光伏新能源营业收入")
    assert other_industry("光伏新能源营业收入", "数字产业营业收入")
    assert not other_industry("规上工业营业收入", "上饶经开区规上工业营业收入")
    review = ("规上工业营业收入达5620亿元，增长15.7%；其中有色金属产业突破2100亿元、光伏新能源产业突破1500亿元、电子信息产业突破600亿元。"
              "全年数字产业营业收入达3800亿元。晶科能源营业收入达1110亿元。")
    plan = ("做大做强光伏新能源产业，全力打造国家级光伏新能源先进制造业集群，力争营业收入突破1900亿元。"
            "做大做强电子信息产业，推进康佳智能制造等项目，力争营业收入突破750亿元。"
            "力争有色金属产业营业收入突破2400亿元、非金属材料产业突破300亿元。")
    t = targets(review, plan, 2023)
    assert baseline_of(t, "1900亿元") == "1500亿元"
    assert baseline_of(t, "750亿元") == "600亿元"
    assert baseline_of(t, "2400亿元") == "2100亿元"
