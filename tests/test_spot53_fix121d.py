"""Held-out audit 53 (镇江, 衡阳, 襄阳 2023), round fix121d: baselines of another scope or measure taken with confidence (a
place's share set against the city's figure, one 分别 member of a narrower scope, one kind of a family key)
and a like stock refused as a level against a flow."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from govreport.tables.figures import as_figures
from govreport.tables.kind_wordings import one_kind_only
from target_cases import baseline_of, targets


def _with_text(review: str, plan: str, review_year: int = 2024) -> pd.DataFrame:
    """As target_cases.targets, with the report's text passed (a 其中 lead in an earlier ；-piece is read from it)."""
    text = (f"政府工作报告\n一、{review_year}年工作回顾\n{review}\n"
            f"二、{review_year + 1}年重点工作\n{plan}\n")
    return build_targets(extract_quantities(read_text(text)), text=text).set_index("text", drop=False)


def test_a_places_share_after_其中_is_not_measured_by_the_citys_figure() -> None:
    # 镇江 rows 12, 14, 16: 其中，镇江新区…总投资380亿元…；丹阳市…总投资330亿元…；句容市…总投资200亿元
    review = "新签约亿元以上产业项目列统投资115亿元，新认定省独角兽企业和瞪羚企业15家。"
    plan = ("新签约亿元以上产业项目总投资额达到1500亿元。其中，镇江新区新签约亿元以上产业项目总投资380亿元、重大项目年度投资158亿元；"
            "丹阳市新签约亿元以上产业项目总投资330亿元、重大项目年度投资150亿元；句容市新签约亿元以上产业项目总投资200亿元、重大项目年度投资80亿元。")
    t = _with_text(review, plan)
    assert baseline_of(t, "380亿元") == "" and baseline_of(t, "330亿元") == "" and baseline_of(t, "200亿元") == ""
    # no 其中 lead: a name that opens with a place is left to the other place rules (the city-wide match stands)
    t = _with_text(review, "丹阳市新签约亿元以上产业项目总投资330亿元。")
    assert baseline_of(t, "330亿元") == "115亿元"


def test_one_each_member_of_a_narrower_scope_is_no_baseline_of_the_whole() -> None:
    # 衡阳 row 26: 58个省重点项目、424个市重点项目分别完成投资500亿元、1100亿元 and 完成重点项目投资1300亿元
    review = "以“五制一平台”为支撑，58个省重点项目、424个市重点项目分别完成投资500亿元、1100亿元。"
    t = targets(review, "高位推动、高频调度“六个十大”项目，带动实施50个以上省重点项目、400个以上市重点项目，完成重点项目投资1300亿元。")
    assert baseline_of(t, "1300亿元") == ""
    assert baseline_of(t, "50个") == "58个"  # (the members' own counts keep their own members)
    # a target of one member's scope keeps that member's amount
    t = targets(review, "完成省重点项目投资600亿元。")
    assert baseline_of(t, "600亿元") == "500亿元"


def test_pocket_parks_are_no_baseline_of_parks_and_gardens() -> None:
    # 襄阳 row 47: 建设连山湖生态公园、水淹七军公园等公园游园5个 is not measured by 建成口袋公园10个 (kind_wordings)
    review = "完成老旧小区改造项目118个，整治背街小巷50条；建成口袋公园10个，新增城市绿地150万平方米。"
    t = targets(review, "建设连山湖生态公园、水淹七军公园等公园游园5个，新建口袋公园10个，新增城市绿地150万平方米。")
    assert baseline_of(t, "5个") == ""
    assert baseline_of(t, "10个") == "10个"  # pocket parks for pocket parks
    # a target that names a kind of its own is left to the kind tests (街头游园和口袋公园: not refused here)
    figs = as_figures(extract_quantities(read_text(f"一、2024年工作回顾\n{review}\n二、2025年重点工作\n新建街头游园和口袋公园21个。\n")))
    pocket = next(f for f in figs if f.text == "10个" and f.part == "review")
    own_kind, no_kind = (next(f for f in figs if f.text == x) for x in ("21个", "118个"))
    assert one_kind_only(own_kind, pocket) == "" and one_kind_only(no_kind, pocket) == "口袋公园"


def test_a_named_stock_reached_on_both_sides_is_one_measure() -> None:
    # 衡阳 row 11: 力争数字经济总量突破1600亿元 and 数字经济总量达1400亿元 (stock_reached_links)
    plan = "依托数字经济“领头雁计划”，进一步引育数字经济企业，力争数字经济总量突破1600亿元。"
    t = targets("数字经济总量达1400亿元，增长17%。", plan)
    assert baseline_of(t, "1600亿元") == "1400亿元"
    # a stock reached is still no baseline of an amount added in the year
    t = targets("数字经济总量达1400亿元，增长17%。", "新增数字经济核心产业增加值100亿元。")
    assert baseline_of(t, "100亿元") != "1400亿元"
