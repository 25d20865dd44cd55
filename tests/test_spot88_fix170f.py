"""Round 170, fix170f (held-out set 88 通辽 2021, 信阳 2014): a review level stated after an addition (A增产X、达到Y;
[牧业年度]新增B X、达到Y) is the thing's own level (粮食产量, 肉牛存栏量), a baseline of it; a review amount after 均突破/均超过
is the bar each member passed, never a baseline; 农村牧区公路 is a wording of rural_roads; 延米 is a length unit.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from tests.target_cases import baseline_of, class_of, targets


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text(text))
    return {str(r.text): str(r.indicator) for r in q.itertuples()}


def test_level_after_an_output_rise_is_the_output() -> None:
    t = targets("农业稳步发展，粮食增产2.5亿斤、达到168亿斤，农民收入稳步增长。", "粮食产量稳定在165亿斤以上。")
    assert baseline_of(t, "165亿斤") == "168亿斤" and class_of(t, "165亿斤") == "below_last_year"


def test_level_after_additions_in_a_herd_year_is_the_herd() -> None:
    t = targets("畜牧业加快发展，牧业年度新增肉牛存栏40.2万头、达到280.5万头。", "全年肉牛存栏达到300万头。")
    assert baseline_of(t, "300万头") == "280.5万头"


def test_additions_with_no_frame_keep_the_total_count() -> None:
    # 新增X个、达到Y个 opening its clause: the total (总数), as before
    names = _names("政府工作报告\n一、2024年工作回顾\n新增特色产业集群3个、达到15个。\n")
    assert names["15个"] == "特色产业集群总数"


def test_each_member_bar_is_no_baseline() -> None:
    review = ("预计产业集聚区规模以上工业主营业务收入980亿元，增长18%。"
              "各县区公共财政预算收入均突破3亿元，全市产业集聚区主营业务收入均突破40亿元。")
    t = targets(review, "今年全市产业集聚区主营业务收入力争超过1100亿元。")
    assert baseline_of(t, "1100亿元") != "40亿元"


def test_per_head_average_is_still_a_level() -> None:
    # 人均突破: an average, not a bar of members (the boundary of the rule)
    t = targets("农民人均纯收入突破9000元，增长12%。", "农民人均纯收入达到10000元。")
    assert baseline_of(t, "10000元") == "9000元"


def test_pastoral_rural_roads_are_rural_roads() -> None:
    t = targets("完成农村公路改扩建1000公里。", "新改建农村牧区公路250公里。")
    assert baseline_of(t, "250公里") == "1000公里"


def test_bridge_metres_are_a_length() -> None:
    t = targets("新建农村公路500公里。", "新建改建农村公路350公里、桥梁2500延米。")
    assert "2500延米" in set(t["text"])
