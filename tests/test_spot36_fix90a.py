"""Spot audit 36 (天水, 丹东 2025), round fix90a: the same measure the review states in other words — 劳务创收 is 劳务收入,
a 农村公路危桥 is a 农村危桥, a set of fairs named by examples across a 、 list, and a review paragraph printed twice is one
figure, not two rivals."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

from govreport.tables.name_equivalents import reduced


def test_income_generated_is_income() -> None:
    # 天水 L14 / L65 (row 56): 实现劳务收入212亿元 is the baseline of 劳务创收200亿元以上
    assert reduced("劳务创收") == reduced("劳务收入")
    t = targets("输转城乡劳动力73.64万人，实现劳务收入212亿元。", "输转城乡劳动力70万人，劳务创收200亿元以上。")
    assert baseline_of(t, "200亿元") == "212亿元"
    assert class_of(t, "200亿元") == "below_last_year"


def test_a_rural_road_bridge_is_a_rural_bridge() -> None:
    # 天水 L9 / L74 (row 82): 改造农村供水工程23处、危桥15座 for 改造农村公路危桥20座
    assert reduced("农村公路危桥改造数") == reduced("农村危桥改造数")


def test_a_paragraph_printed_twice_is_one_figure() -> None:
    # 天水: L18–L24 repeat L9–L16 word for word; the repeated 212亿元 is no second candidate
    once = "输转城乡劳动力73.64万人，实现劳务收入212亿元。"
    t = targets(f"{once}\n{once}", "劳务创收200亿元以上。")
    assert baseline_of(t, "200亿元") == "212亿元"


def test_fairs_named_by_examples_across_a_list() -> None:
    # 丹东 L7 / L60 (row 43): 组织企业参加进博会、广交会等展会72场 for 参加广交会、进博会、…大阪展等展会100场（次）以上
    t = targets("组织企业参加进博会、广交会等展会72场。",
                "参加广交会、进博会、辽宁出口商品大阪展等展会100场（次）以上。")
    assert baseline_of(t, "100场") == "72场"


def test_levels_of_government_joined_by_he() -> None:
    # 丹东 L21 / L62 (row 46): 中央和省环保督察整改任务 is one noun at two levels, not 中央 counted
    from govreport.extract import extract_quantities
    from govreport.report import read_text
    q = extract_quantities(read_text("一、2024年工作回顾\n74项中央和省环保督察整改任务按时完成。推进20个省和市重点项目建设。"))
    names = dict(zip(q["text"], q["indicator"]))
    assert names["74项"].startswith("中央和省环保督察整改任务")
    assert names["20个"].startswith("省和市重点项目")


def test_examples_across_a_list_only_for_a_set_named_by_examples() -> None:
    # 吉林 (kept as in base): 儿童剧免费公演、吉剧进社区等活动73场 is no baseline of 举办群众性文化活动300场
    t = targets("开展儿童剧免费公演、吉剧进社区等活动73场。", "举办群众性文化活动300场。")
    assert baseline_of(t, "300场") == ""
