"""Targets after audit 37 (docs/audits/targets_37.md, fault classes "kinds", "goals with one figure given one row",
"figures that are no plan-year target" and "capacities of projects refused"): one test per rule, on the real sentences
of the audit's texts (docs/assumptions.md#target-kinds, #non-targets)."""
from __future__ import annotations

from target_cases import targets

from govreport import extract_quantities, read_text

REVIEW = "地区生产总值增长7.5%。"


def test_at_least_before_the_verb_is_a_floor() -> None:
    """Yancheng (YC24#55): 每个县（市、区）至少打造1个万亩集中连片示范区 — 至少 before the verb bounds the count below."""
    t = targets(REVIEW, "量质并举推进高标准农田建设，每个县（市、区）至少打造1个万亩集中连片示范区，确保全市粮食面积稳定在1480万亩、"
                        "总产保持在140亿斤以上。", review_year=2023)
    assert t.loc["1个", "target_kind"] == "floor"
    assert t.loc["1480万亩", "target_kind"] == "exact"


def test_about_after_a_per_unit_is_read_and_a_price_cut_to_is_a_ceiling() -> None:
    """Yichun (YI24#18, #19): 下调至3.8元/立方米左右, 下调至260元/吨左右 — the 左右 after the per-unit is the figure's,
    and a price cut to a level is a ceiling; 节约成本5.5亿元左右 stays a band."""
    plan = ("全力以赴降低用能成本，实行价格联动和阶梯优惠价格机制，力争非居民管道天然气最高终端售价下调至3.8元/立方米左右，"
            "用热均价下调至260元/吨左右，帮助企业节约成本5.5亿元左右；推进分布式光伏发电项目建设，保障企业绿电供给。")
    t = targets(REVIEW, plan, review_year=2023)
    assert list(t.loc[["3.8元", "260元"], "qualifier"]) == ["about", "about"]
    assert list(t.loc[["3.8元", "260元"], "target_kind"]) == ["ceiling", "ceiling"]
    assert t.loc["5.5亿元", "target_kind"] == "band"


def test_about_after_a_per_unit_in_quantities() -> None:
    q = extract_quantities(read_text("政府工作报告\n二、2024年重点工作\n用热均价下调至260元/吨左右。\n"))
    assert q.loc[q["text"] == "260元", "qualifier"].tolist() == ["about"]


def test_each_after_a_pair_of_rates_gives_one_row_per_rate_whatever_the_verb() -> None:
    """Suining (SN24 #17): 建成厂房入驻率、产出率分别提升10%以上 — two goals, as 闲置率、低效率分别降低10%以上 of the same
    sentence; the verb before the list (建成) goes before each member, and since held-out set 53 (fix121b: later bare rates
    take the subject the first member opens with) so does its subject (建成厂房产出率提升)."""
    t = targets(REVIEW, "聚焦“满园提质”，持续深化“亩均论英雄”改革，“一园一方案”推进“清低清闲”，力争工业园区用地闲置率、"
                        "低效率分别降低10%以上，建成厂房入驻率、产出率分别提升10%以上。", review_year=2023)
    names = list(t["indicator"])
    assert len(names) == 4
    assert "建成厂房入驻率提升" in names and "建成厂房产出率提升" in names


def test_each_after_a_list_of_money_classes_counts_each_class() -> None:
    """Yulin (YL24 #20-24): 打造300亿元园区、200亿元园区、100亿元园区各1个 — three goals of one park each; the three
    amounts are classes of park, no targets."""
    t = targets(REVIEW, "强化园区招商，推动产业集聚，力争招商引资亿元以上项目100个以上，落地开工50个以上，"
                        "打造300亿元园区、200亿元园区、100亿元园区各1个。", review_year=2023)
    assert not {"300亿元", "200亿元", "100亿元"} & set(t.index)
    rows = t[t["text"] == "1个"]
    assert list(rows["indicator"]) == ["打造300亿元园区数", "打造200亿元园区数", "打造100亿元园区数"]


def test_a_money_threshold_a_share_of_a_set_passes_is_no_target() -> None:
    """Yancheng (YC24#66): 确保全市60%以上的行政村集体经营性收入超50万元 — the 60% is the goal, 50万元 its threshold."""
    t = targets(REVIEW, "持续开展经济薄弱村提升行动，高水平打造黄河故道生态富民廊道，确保全市60%以上的行政村集体经营性收入超50万元。",
                review_year=2023)
    assert "60%" in t.index and "50万元" not in t.index


def test_a_capacity_of_projects_brought_to_a_stage_is_the_years() -> None:
    """Yancheng (YC24 #16, #19): 推进604万千瓦海上风电项目竞争性配置, 推动290万千瓦…光伏项目并网投运 are the year's
    capacities, as 265万千瓦…开工建设 and 100万千瓦 of the same sentence; a capacity in a named plant stays its name."""
    t = targets(REVIEW, "推进604万千瓦海上风电项目竞争性配置，开工建设265万千瓦海上风电项目，实施100万千瓦“小改大”升级等陆上风电项目，"
                        "推动290万千瓦市场化集中式光伏项目并网投运。", review_year=2023)
    assert {"604万千瓦", "265万千瓦", "100万千瓦", "290万千瓦"} <= set(t.index)
    # named by the verb of the figure's own clause and the class (not 推进开工建设装机容量, 推进推动装机容量)
    assert list(t.loc[["604万千瓦", "265万千瓦", "290万千瓦"], "indicator"]) == [
        "推进海上风电装机容量", "开工建设海上风电装机容量", "推动市场化集中式光伏装机容量"]
    t = targets(REVIEW, "推动华友二期10万吨高纯镍、40万吨磷酸铁锂、氯碱等项目开工建设，推动宸宇负极材料项目产能扩大到5万吨以上。",
                review_year=2023)  # Yulin L24
    assert "10万吨" not in t.index and "40万吨" not in t.index
