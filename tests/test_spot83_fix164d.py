"""Round 164, fix164d (held-out set 82 leftovers): a 、 list member holding a state (保持Ⅳ类水质) before the rate the one
value closes is a goal without a figure, not a member (海东 G3); a five-year plan opening the sentence is no part of the
name of the year's figure after it (延安 G4); a manner phrase closing a review count (建设有序推进) is no part of what it
counts (九江 G3); a review figure of one part of the place (中心城区) is no baseline of a target of the whole, by wording
or by key alike (九江 G5). Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from tests.target_cases import baseline_of, names_by_text, targets


def test_a_held_state_before_a_rate_is_no_member() -> None:
    # 湟水河出省断面保持Ⅳ类水质、Ⅲ类水质占比达到50%以上: one figure, one row, the subject kept
    got = names_by_text("全年空气质量优良率达到90%。", "黄河出境断面保持Ⅳ类水质、Ⅲ类水质占比达到60%以上。")
    assert got["60%"] == ["黄河出境断面Ⅲ类水质占比"]


def test_two_rates_before_one_value_stay_two_members() -> None:
    # the boundary: two rates sharing one value are two goals
    got = names_by_text("全年空气质量优良率达到90%。", "城市生活垃圾无害化处理率、污水处理率达到95%以上。")
    assert len(got["95%"]) == 2


def test_a_five_year_plan_opening_the_sentence_leaves_the_years_name() -> None:
    # 启动实施避灾移民搬迁五年规划，今年完成4万户、14万人搬迁: the year's relocation, not the plan's total
    got = names_by_text("全年新增城镇就业1万人。", "启动实施地质灾害避险搬迁五年规划，今年完成3万户、10万人搬迁。")
    assert not any("五年规划" in n for n in got["3万户"]) and any("避险搬迁" in n for n in got["3万户"])


def _review_names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text("政府工作报告\n一、2015年工作回顾\n" + text + "\n二、2016年重点工作\n全年新增城镇就业1万人。\n"))
    return {str(r.text): str(r.indicator) for r in q.itertuples() if r.role == "actual"}


def test_a_manner_phrase_closing_a_review_count_is_left_out() -> None:
    # 831个新农村建设点、87个中心村建设有序推进: 中心村建设数, not 中心村建设有序推进数
    got = _review_names("全市820个美丽乡村建设点、75个中心村建设有序推进。")
    assert got["75个"] == "中心村建设数"


def test_a_central_district_review_figure_is_no_baseline_of_the_whole() -> None:
    # 中心城区实施城建项目187个，完成投资158亿元 for 全年实施城建项目207个，…完成投资316亿元
    t = targets("中心城区实施城建项目180个，完成投资150亿元。", "全年实施城建项目200个，完成投资300亿元。")
    assert baseline_of(t, "200个") == "" and baseline_of(t, "300亿元") == ""


def test_a_central_district_target_keeps_its_district_baseline() -> None:
    # the boundary: the target names the same part of the place
    t = targets("中心城区实施城建项目180个，完成投资150亿元。", "中心城区全年实施城建项目200个，完成投资300亿元。")
    assert baseline_of(t, "200个") == "180个"
