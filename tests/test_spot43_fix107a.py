"""Held-out audit 43 (七台河, 保定, 平顶山, 临沧 2023), round fix107a: names and list members — a total after a run of size
classes is the whole set's."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, targets

HEAD = "全年计划实施千万元以上省市重点项目122个。"
RUN = "总投资100亿元以上项目1个，亿元以上项目78个，千万元以上项目43个，总投资532.86亿元，年度计划投资80.69亿元。"


def _names(plan: str) -> dict[str, str]:
    """The indicator of each figure of ``plan`` (a plan part), by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n地区生产总值增长5%。\n二、2023年重点工作\n{plan}\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_total_after_size_classes_is_the_whole_sets() -> None:
    # 七台河 G1: the classes (1+78+43) split the 122 projects; the totals after them are the list's, not the last class's
    names = _names(HEAD + RUN)
    assert names["532.86亿元"] == "省市重点项目总投资" and names["80.69亿元"] == "省市重点项目年度计划投资"
    t = targets("全市117个省市重点项目，总投资339.6亿元，年度计划投资76.95亿元。", HEAD + RUN, 2022)
    assert baseline_of(t, "532.86亿元") == "339.6亿元" and baseline_of(t, "80.69亿元") == "76.95亿元"


def test_classes_that_do_not_add_up_keep_the_last_class() -> None:
    # the classes add up to another count than the head's: no whole set is split, the last class keeps its total
    names = _names(HEAD.replace("122", "150") + RUN)
    assert names["532.86亿元"] == "千万元以上项目总投资"


def test_a_verb_pair_closing_a_list_of_counts_is_each_members() -> None:
    # 平顶山 G3: 加快推进15个城市游园、11条城市道路和3个高速路口改造提升 — 改造提升 is every member's, not the last one's only
    names = _names("加快推进15个城市游园、11条城市道路和3个高速路口改造提升。")
    assert names["15个"] == "城市游园改造提升数" and names["11条"] == "城市道路改造提升数"
    # a second verb alone (提升) with no counted verb before it is no shared action
    names = _names("推进15个城市游园、11条城市道路提升。")
    assert names["15个"] == "城市游园数"
