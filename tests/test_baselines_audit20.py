"""Baselines after audit 11 (docs/audits/targets_11.md): money of one payer (中央财政 …) for another
purpose is no baseline; a fall is a growth below zero; another wording of a registered measure. One
test per rule, on paraphrased or quoted sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

GOALS = "今年地区生产总值增长5%左右，城镇新增就业900万人以上，居民消费价格涨幅4%左右。"


def test_money_of_one_payer_for_another_purpose_is_no_baseline() -> None:
    """中央财政拟安排补贴资金1230亿元 is not measured by 中央财政安排423亿元资金，支持十大重点节能工程 (the
    payer and 安排 alike, the purpose not); 实施更加积极的就业政策，中央财政拟投入420亿元资金 not by 国家助学制度
    进一步完善，中央财政投入223亿元; 中央财政拟安排“三农”投入7161亿元 still by 中央财政用于“三农”的投入5955亿元."""
    review = ("全年中央财政用于“三农”的投入5955亿元，比上年增加1637亿元。中央财政安排423亿元资金，支持十大重点节能工程建设。"
              "国家助学制度进一步完善，中央财政投入223亿元，资助学生超过2000万人。")
    plan = (GOALS + "今年中央财政拟安排“三农”投入7161亿元。中央财政拟安排补贴资金1230亿元。"
            "中央财政拟安排200亿元专项资金，主要用贴息方式支持企业技术改造。实施更加积极的就业政策，中央财政拟投入420亿元资金。")
    t = targets("国内生产总值增长9%。" + review, plan, review_year=2008)
    assert t.loc["7161亿元", "baseline_text"] == "5955亿元"
    for text in ("1230亿元", "200亿元", "420亿元"):
        assert t.loc[text, "baseline_text"] == "" or t.loc[text, "baseline_text"] != t.loc[text, "baseline_text"], text


def test_money_of_one_payer_for_the_same_purpose_keeps_its_baseline() -> None:
    """中央财政科技投入1461亿元 and 中央财政科技投入1163亿元: the same purpose (科技) — the baseline holds; the
    purpose said in the clause before (实施积极的就业政策，中央财政拟投入420亿元 and 促进就业，中央财政投入300亿元
    用于就业补助) agrees too."""
    review = "中央财政科技投入1163亿元。实施积极的就业政策，中央财政投入300亿元。"
    plan = GOALS + "今年中央财政科技投入1461亿元。实施更加积极的就业政策，中央财政拟投入420亿元资金。"
    t = targets("国内生产总值增长9%。" + review, plan, review_year=2008)
    assert t.loc["1461亿元", "baseline_text"] == "1163亿元"
    assert t.loc["420亿元", "baseline_text"] == "300亿元"


def test_the_purpose_said_in_the_clause_before_must_agree() -> None:
    """提高1200万中小学教师待遇，中央财政为此将投入120亿元 (teachers' pay) is not measured by 国家助学制度进一步
    完善，中央财政投入223亿元 (student aid), though the sentences before share a word (制度)."""
    review = "国家助学制度进一步完善，中央财政投入223亿元，地方财政也加大投入。"
    plan = GOALS + "对义务教育阶段教师实行绩效工资制度，提高中小学教师待遇，中央财政为此将投入120亿元，地方财政也要增加投入。"
    t = targets("国内生产总值增长9%。" + review, plan, review_year=2008)
    assert t.loc["120亿元", "baseline_text"] != "223亿元"


def test_a_short_aside_in_brackets_does_not_cut_the_name_phrase() -> None:
    """送戏下乡进社区(村)500场 is measured by the review's 送戏下乡进社区567场: the aside (村) before the figure
    (ASCII or full-width) is no break of its segment; 打造示范社区（村）96个 likewise."""
    review = "送戏下乡进社区567场，打造示范社区120个。"
    t = targets("城镇新增就业100万人。" + review, GOALS + "送戏下乡进社区(村)500场，打造示范社区（村）96个。")
    assert t.loc["500场", "baseline_text"] == "567场"
    assert t.loc["96个", "baseline_text"] == "120个"


def test_kongqi_youliang_lv_is_a_wording_of_good_air_days() -> None:
    """空气优良率达87.9% (review) measures 确保空气优良天数比率不低于85.3%: both are good_air_days."""
    t = targets("空气优良率达87.9%，优良天数同比增加19天。", GOALS + "确保空气优良天数比率不低于85.3%。")
    row = t.loc["85.3%"]
    assert row["indicator_key"] == "good_air_days" and row["baseline_text"] == "87.9%"


def test_a_fall_is_the_growth_of_that_measure_below_zero() -> None:
    """进出口总额下降15% (review) is the baseline of 进出口总额增长7% at −15: 22 points to make up, very_stretch;
    a review growth of the same key (进出口总额增长3%) is taken before any fall."""
    t = targets("进出口总额下降15%，但跨境电商进出口增长10%以上。", GOALS + "进出口总额增长7%。")
    row = t.loc["7%"]
    assert row["baseline_text"] == "15%" and float(row["baseline_value"]) == -15.0
    assert row["feasibility"] == "very_stretch" and float(row["change_abs"]) == 22.0
    t = targets("进出口总额增长3%。出口下降2%。", GOALS + "进出口总额增长7%。")
    assert t.loc["7%", "baseline_text"] == "3%"
