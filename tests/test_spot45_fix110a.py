"""Audits 44/45 (普洱, 惠州, 宝鸡, 怀化, 梅州 2023), round fix110a: subjects a bare measure takes from the paragraph's
run-in task heading, and names of list members."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def _name(t, text: str) -> str:  # type: ignore[no-untyped-def]
    return str(t.loc[[text]].iloc[-1]["indicator"])


def test_a_bare_measure_takes_the_opening_headings_subject() -> None:
    # 普洱 A rows 38, 48, 55: 提速增效现代林产业。实现规上工业产值58亿元以上。; 确保房地产市场平稳发展。完成投资60亿元以上。
    review = "实施中老铁路沿线开发三年行动计划，开工项目14个，完成投资50.6亿元。"
    plan = "提速增效现代林产业。实现规上工业产值58亿元以上。抓好国储林建设。\n确保房地产市场平稳发展。完成投资60亿元以上。盘活土地资源。"
    t = targets(review, plan, 2022)
    assert _name(t, "58亿元") == "现代林产业规上工业产值"
    assert _name(t, "60亿元") == "房地产投资" and baseline_of(t, "60亿元") == "" and class_of(t, "60亿元") == "no_baseline"


def test_no_subject_from_a_heading_that_is_not_the_paragraphs_opening() -> None:
    # the heading must open the paragraph and the figure's sentence follow it at once; a statement is no task heading
    plan = "民生投入持续加大。完成投资60亿元以上。\n做好各项工作，提速综合交通网络建设。全年完成投资60亿元以上。"
    t = targets("", plan, 2022)
    assert [n for n in t["indicator"] if "投资" in n and n != "投资"] == []


def _names(plan: str) -> dict[str, str]:
    """The indicator of each figure of ``plan`` (a plan part), by its text."""
    from govreport import extract_quantities, read_text
    q = extract_quantities(read_text(f"政府工作报告\n一、2022年工作回顾\n开工项目14个。\n二、2023年重点工作\n{plan}\n"))
    return dict(zip(q["text"], q["indicator"]))


def test_a_later_member_keeps_only_the_shared_subject() -> None:
    # 普洱 G rows 88, 91: 生猪存栏225万头、出栏385万头; 实现转移就业85万人、脱贫劳动力转移就业25万人以上
    assert _names("生猪存栏225万头、出栏385万头。")["385万头"] == "生猪出栏量"
    assert _names("实现转移就业85万人、脱贫劳动力转移就业25万人以上。")["25万人"] == "脱贫劳动力转移就业人数"
    # a member with no verb of its own still takes the list's
    assert _names("新增规模养殖户6户、重点养殖户32户。")["32户"] == "新增重点养殖户数"


def test_a_bare_noun_member_takes_the_verb_the_member_before_ends_with() -> None:
    # 普洱 F row 37: 完成烤烟收购103万担、雪茄烟叶0.6万担 (the review's 收购烤烟…、雪茄烟叶… reads the same)
    review = "收购烤烟101.5万担、雪茄烟叶0.46万担。"
    t = targets(review, "完成烤烟收购103万担、雪茄烟叶0.6万担，推动烟区产业融合发展。", 2022)
    assert _name(t, "0.6万担") == "雪茄烟叶收购量" and baseline_of(t, "0.6万担") == "0.46万担"
    # a member that names a verb of its own keeps it
    assert _names("生猪出栏225万头、存栏385万头。")["385万头"] == "生猪存栏量"
    # a work is no handling of goods: each member of 完成人工造林…、退化林修复…、封滩育林… is its own
    assert _names("完成人工造林7万亩、退化林修复8万亩、封滩育林20万亩。")["20万亩"] == "封滩育林面积"


def test_a_rate_followed_by_what_is_done_names_it() -> None:
    # 梅州 G5 rows 25, 26: 行政审批事项100%网上受理、100%网上办结
    names = list(_names_rows("持续巩固行政审批事项100%网上受理、100%网上办结。"))
    assert names == ["行政审批事项网上受理率", "行政审批事项网上办结率"]
    # a qualifier after the rate is no predicate
    assert _names("行政审批事项网上受理率达到100%以上。")["100%"] == "行政审批事项网上受理率"


def _names_rows(plan: str) -> list[str]:
    from govreport import extract_quantities, read_text
    q = extract_quantities(read_text(f"政府工作报告\n一、2022年工作回顾\n开工项目14个。\n二、2023年重点工作\n{plan}\n"))
    return [n for x, n in zip(q["text"], q["indicator"]) if x.endswith("%")]


def test_a_growth_on_a_comparable_basis_is_the_amounts() -> None:
    # 惠州 A1 row 1: 地方一般公共预算收入441.7亿元，可比口径增长4%
    t = targets("地方一般公共预算收入441.7亿元，可比口径增长4%。", "地方一般公共预算收入增长5%。", 2022)
    assert baseline_of(t, "5%") == "4%"
    # a basis word with no amount before it names no subject
    assert _names("可比口径增长4%。")["4%"] != "地方一般公共预算收入可比口径增长"
