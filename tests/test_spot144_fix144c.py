"""Held-out audits 67 and 68 (黔南, 黔西南, 那曲, 日喀则 2023), round fix144c: a bare measure whose own clause holds only goal
words and the measure (产值增长, 占GDP比重, 落实资金, 增收, 到位资金, 落实投资, 交易规模) takes the object the verb of the clause
before furthers, cut where its last noun head ends (extract/object_measures.py)."""
from __future__ import annotations

from target_cases import names_by_text

REVIEW = "全州地区生产总值增长5%。"


def _names(plan: str) -> dict[str, list[str]]:
    """The indicator names of each target text of ``plan`` (a 2023 plan after a 2022 review)."""
    return names_by_text(REVIEW, plan, 2022)


def test_a_bare_growth_takes_the_object_cut_at_its_head() -> None:
    # 黔南 row 39: 推进现代能源盘存量挖增量 -> 现代能源 (盘存量挖增量 says how)
    assert _names("推进现代能源盘存量挖增量，产值增长8%以上。")["8%"] == ["现代能源产值增长"]
    # rows 45, 48: an industry and how it grows, named as before (the tail 转型升级 no part of it)
    assert _names("推进大数据电子信息制造业壮大量级，产值增长10%以上。")["10%"] == ["大数据电子信息制造业产值增长"]
    assert _names("推进新型建材产业转型升级，产值增长8%以上。")["8%"] == ["新型建材产业产值增长"]


def test_funds_take_the_projects_or_firms_before() -> None:
    # 那曲 row 19: 实施援藏项目124个，落实资金8亿元
    assert _names("实施援藏项目124个，落实资金8亿元。")["8亿元"] == ["援藏项目落实资金"]
    # 黔西南 row 64: the funds the tourism firms bring, not all investment attracted
    assert _names("力争引进涉旅优强企业2家以上，实现到位资金35亿元以上。")["35亿元"] == ["涉旅优强企业到位资金"]
    # 日喀则 row 49: what follows 等 is the object
    got = _names("积极推进文化旅游、农牧业等特色产业数字化转型，落实投资3.93亿元，数字经济规模达到13.5亿元。")
    assert got["3.93亿元"] == ["特色产业数字化转型落实投资"] and got["13.5亿元"] == ["数字经济规模"]


def test_a_member_income_takes_the_member_before() -> None:
    # 那曲 row 42: 实现转移就业6.5万人、增收7亿元以上 -> 转移就业增收, not 转移增收
    assert _names("开展农牧民技能培训1.4万人，实现转移就业6.5万人、增收7亿元以上。")["7亿元"] == ["转移就业增收"]


def test_a_clause_of_no_object_is_walked_back_over() -> None:
    # 黔南 row 201: 拓展更多应用场景 names no head; the programme before it does
    got = _names("加快实施数字中台提升工程，拓展更多应用场景，年内交易规模突破100亿元。")
    assert got["100亿元"] == ["数字中台提升工程交易规模"]


def test_a_sentence_opening_share_takes_the_short_sentence_before() -> None:
    # 黔南 row 23: 全力推动工业稳中快进、加快发力。力争占GDP比重达30%以上
    assert _names("全力推动工业稳中快进、加快发力。力争占GDP比重达30%以上。")["30%"] == ["工业占GDP比重"]


def test_no_subject_where_the_clause_before_names_none() -> None:
    # an idiom or a place before: the name is kept
    assert _names("推进“四个轮子”一起转，产值增长8%以上。")["8%"] == ["产值增长"]
    assert _names("推进拉萨市，产值增长8%以上。")["8%"] == ["产值增长"]
    # a lone generic head names nothing
    assert _names("实施项目124个，落实资金8亿元。")["8亿元"] == ["落实资金"]
    # a headline measure never takes a neighbour's subject
    got = _names("推进工业发展，地区生产总值增长6%。")
    assert got["6%"] == ["地区生产总值增长"]


def test_a_class_of_projects_names_no_subject() -> None:
    # 引进亿元以上项目520个，到位资金…: all the investment attracted, keyed so (as before)
    assert _names("引进亿元以上项目520个，到位资金760亿元以上。")["760亿元"] == ["到位资金"]
