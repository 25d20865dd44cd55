"""Held-out set 61 leftovers (鞍山, 随州, 钦州 2023), round fix134c: baselines of verbs paired with figures, of a list in
another order, of examples before a named programme, of 规划建设, and of a sentence that opens on a measure and states
another's figure."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_verbs_sharing_a_noun_pair_with_their_figures() -> None:
    # 鞍山 11: 新签约、新落地重点项目374个、242个 -> 落地300个以上 takes 242, 签约500个 takes 374
    review = "创新招商机制，新签约、新落地重点项目374个、242个，实际到位内资增长30%。"
    t = targets(review, "力争全年签约重点项目500个以上，落地300个以上，实际到位内资增长15%以上。", 2022)
    assert baseline_of(t, "300个") == "242个" and class_of(t, "300个") == "stretch"
    assert baseline_of(t, "500个") == "374个"
    # a target saying neither verb is left as before (the run's first, refused as another signing word's)
    t = targets(review, "实施重点项目400个。", 2022)
    assert baseline_of(t, "400个") == ""


def test_a_list_in_another_order_is_the_same_count() -> None:
    # 鞍山 15: 新建智能工厂、数字化车间30个 and the review's 培育数字化车间、智能工厂30个
    review = "强化数字赋能，新建5G基站1409个；培育数字化车间、智能工厂30个，在全球工业互联网大会首发应用。"
    t = targets(review, "支持工业企业上云上平台，新建智能工厂、数字化车间30个，培育市级以上数字化标杆企业10家。", 2022)
    assert baseline_of(t, "30个") == "30个" and class_of(t, "30个") == "modest"
    # another list sharing one member only is no baseline
    t = targets("培育数字化车间、绿色工厂30个。", "新建智能工厂、数字化车间30个。", 2022)
    assert baseline_of(t, "30个") == ""


def test_examples_before_a_named_programme_are_no_kind() -> None:
    # 鞍山 14: 实施关宝山矿业智慧工厂、浦项耐火等“四改”项目220个以上 and 实施工业“四改”项目275个
    review = "实施工业“四改”项目275个，投资增长76.6%。"
    t = targets(review, "实施关宝山矿业智慧工厂、浦项耐火等“四改”项目220个以上。", 2022)
    assert baseline_of(t, "220个") == "275个" and class_of(t, "220个") == "below_last_year"
    # examples before an unquoted head are still read as its kind (as before)
    t = targets("实施工业技改项目275个。", "实施关宝山矿业智慧工厂、浦项耐火等技改项目220个以上。", 2022)
    assert baseline_of(t, "220个") == ""


def test_planned_building_is_building() -> None:
    # 随州 30: 规划建设高标准农田15.5万亩 and 建设高标准农田20.1万亩
    t = targets("建设高标准农田20.1万亩，粮食产量达到145.8万吨。", "规划建设高标准农田15.5万亩，加强农田水利基础设施建设和管护。", 2022)
    assert baseline_of(t, "15.5万亩") == "20.1万亩" and class_of(t, "15.5万亩") == "below_last_year"


def test_a_measure_restated_with_another_subject_is_not_the_opening_ones() -> None:
    # 钦州 15: 财政收入连续两年提档进位…，税收收入突破200亿元 is tax revenue, no baseline of 财政收入突破260亿元
    plan = "财政收入突破260亿元；外贸进出口总额突破700亿元。"
    t = targets("财政收入连续两年提档进位、跃升至全区第一方阵，税收收入突破200亿元，一般公共预算收入增速排全区第二。", plan, 2022)
    assert baseline_of(t, "260亿元") == ""
    # the figure's clause saying no measure word of its own still measures the opening thing
    t = targets("财政收入连续两年提档进位，达到200亿元。", plan, 2022)
    assert baseline_of(t, "260亿元") == "200亿元"
    # a verb of work on the thing restated in the figure's clause is its own measure (main 哈尔滨 2024)
    t = targets("老旧小区改造坚持当年开工当年竣工，努力把对百姓影响降到最低，实施改造1055万平方米、15万户。",
                "实施老旧小区改造1000万平方米、14万户。", 2022)
    assert baseline_of(t, "1000万平方米") == "1055万平方米"
