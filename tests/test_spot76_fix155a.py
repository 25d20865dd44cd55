"""Round 155, fix155a (held-out set 76 蚌埠 G3, 台州 G5): list members. A 均 list of growths opened and closed by whole
measures (新增贷款 … 直接融资) with named products between is one of measures: each member grows, named for itself; a rate
closing the last member of a 分别 list (落地率) is every earlier member's that names projects and no measure of its own.
Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "全市生产总值增长5%。"


def test_growth_list_bracketed_by_measures_splits() -> None:
    # 蚌埠 row 46: 新增贷款、新型政银担、“税融通”、直接融资均增长10%以上 -> four rows, each its own name
    got = names_by_text(_REVIEW, "全年新增贷款、新型政银担、“税融通”、直接融资均增长10%以上。")
    assert got["10%"] == ["新增贷款增长", "新型政银担增长", "税融通增长", "直接融资增长"]


def test_two_financing_measures_split() -> None:
    got = names_by_text(_REVIEW, "新增贷款、直接融资均增长12%以上。")
    assert got["12%"] == ["新增贷款增长", "直接融资增长"]


def test_growth_list_not_closed_by_a_measure_stays_one() -> None:
    # boundary: the list's last member names no measure, so nothing says the products between are measures
    got = names_by_text(_REVIEW, "新增贷款、新型政银担均增长10%以上。")
    assert got["10%"] == ["新增贷款新型政银担均增长"]
    # and without 均 a list before one growth is no shared value
    got = names_by_text(_REVIEW, "新增贷款、新型政银担、“税融通”、直接融资增长10%以上。")
    assert len(got["10%"]) == 1


def test_landing_rate_is_every_members() -> None:
    # 台州 row 32: 省“152”项目、市县长项目落地率分别达到50%和30%以上 -> 省152项目落地率
    got = names_by_text(_REVIEW, "确保固定资产投资增长8%以上，省“152”项目、市县长项目落地率分别达到50%和30%以上。")
    assert got["50%"] == ["省152项目落地率"] and got["30%"] == ["市县长项目落地率"]
    got = names_by_text(_REVIEW, "省重点项目、市县长项目开工率分别达到90%和80%以上。")
    assert got["90%"] == ["省重点项目开工率"]


def test_a_member_with_its_own_measure_keeps_it() -> None:
    # boundary: a first member that names a measure of its own (签约额) takes no 落地率
    got = names_by_text(_REVIEW, "项目签约额、市县长项目落地率分别达到50亿元和30%以上。")
    assert got["50亿元"][0] != "项目签约额落地率"
