"""Targets after the audit of three unseen reports (audit 14: national 2006, Jiangsu 2026, Xiamen 2024),
the target-side fault classes of non-targets, the population, names and keys: one test per rule, on
paraphrased sentences run through the real reader and extractor (docs/assumptions.md#non-targets)."""
from __future__ import annotations

from target_cases import targets

GOALS = "今年地区生产总值增长5%左右，城镇新增就业100万人，居民消费价格涨幅3%左右。"


def test_a_former_amount_after_yuanxian_is_history() -> None:
    """免除了原先200亿元的牧业税: the tax abolished, not a goal; 原来 alike."""
    t = targets("城镇新增就业100万人。", GOALS + "牧区改革不仅免除了原先200亿元的牧业税，原来50亿元的附加费也一并停征。")
    assert "200亿元" not in t.index and "50亿元" not in t.index


def test_an_amount_after_a_done_verb_with_le_in_its_clause_is_history() -> None:
    """而且取消了500多亿元的各类集资: abolished (a verb with 了), not a goal; a plain 安排 amount stays."""
    t = targets("城镇新增就业100万人。", GOALS + "改革减轻了农民负担，而且取消了500多亿元的各类集资。"
                "今年省财政安排支农资金80亿元。")
    assert "500多亿元" not in t.index and "80亿元" in t.index


def test_a_growth_right_after_an_amount_set_aside_restates_its_change() -> None:
    """今年省财政安排教育投入316亿元，比上年增长12.5%: the amount's change stated again, no rate target."""
    t = targets("城镇新增就业100万人。", GOALS + "今年省财政安排教育投入316亿元，比上年增长12.5%，各市县也要增加投入。")
    assert "316亿元" in t.index and "12.5%" not in t.index


def test_a_registered_growth_after_a_level_stays_a_goal() -> None:
    """地区生产总值达到1.2万亿元，比上年增长6%: the growth is the measure (registered), kept."""
    t = targets("城镇新增就业100万人。", "今年地区生产总值达到1.2万亿元，比上年增长6%，城镇新增就业100万人。")
    assert "6%" in t.index


def test_a_count_of_classes_before_a_count_is_no_target() -> None:
    """办好10类30件民生实事: 10类 classes the 30 tasks, no goal of its own."""
    t = targets("城镇新增就业100万人。", GOALS + "今年将办好10类30件民生实事，新建公园20个。")
    assert "10类" not in t.index and "20个" in t.index


def test_the_people_of_the_country_are_no_count() -> None:
    """凝聚14亿人民的力量 / 14亿中国人民: the population, no count in 人 (人 is never cut from 人民)."""
    from govreport import extract_quantities, read_text
    text = "政府工作报告\n一、2024年工作回顾\n城镇新增就业100万人。\n二、2025年重点工作\n" \
           + GOALS + "我们要凝聚14亿人民的智慧和力量，团结13亿中国人民共同奋斗。\n"
    q = extract_quantities(read_text(text))
    assert not any(q["unit"].eq("人") & q["text"].str.startswith(("14亿", "13亿")))
    assert not any(q["indicator"].str.contains("民人数"))
    t = targets("城镇新增就业100万人。", GOALS + "我们要凝聚14亿人民的智慧和力量。")
    assert not any(t["text"].str.startswith("14亿"))
