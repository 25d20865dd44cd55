"""Targets after audit 6 (docs/audits/targets_6.md, issue #11): one test per rule, on paraphrased
sentences run through the real reader and extractor (docs/assumptions.md#target-kinds,
#baseline-matching)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets


def targets(review: str, plan: str, review_year: int = 2024):
    text = (f"政府工作报告\n一、{review_year}年工作回顾\n{review}\n"
            f"二、{review_year + 1}年重点工作\n{plan}\n")
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


def test_a_bare_change_right_after_a_figure_restates_its_change() -> None:
    """农村危房改造300万户，增加50万户: the 50万户 is the rise of the 300万户 goal, not a goal;
    a change verb with a noun of its own (新增造林…) stays a goal."""
    t = targets("新建改建农村公路20万公里。",
                "今年农村危房改造300万户，增加50万户。省级财政赤字4000亿元，增加800亿元；新增造林面积80万亩。")
    assert "50万户" not in t.index and "800亿元" not in t.index
    assert {"300万户", "4000亿元", "80万亩"} <= set(t.index)


def test_an_amount_after_an_means_is_no_threshold() -> None:
    """赤字率拟按3.2%以上安排 sets the ratio (按…安排), it classes nothing after 以上."""
    t = targets("城镇新增就业100万人。", "今年赤字率拟按3.2%以上安排，城镇新增就业110万人以上。")
    assert t.loc["3.2%"].indicator_key == "deficit_ratio" and t.loc["3.2%"].target_kind == "floor"
