"""Round 166, fix166d (held-out set 85): names that lose the list's measure, or the level member's noun, or open with
the city speaking of itself. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "全市地区生产总值增长6%。"


def test_a_park_list_shares_the_whole_above_scale_measure() -> None:
    # 崇左 rows 27, 28: 凭祥产业园产值 / 崇左高新区产值 lost the list's 规模以上工业总产值
    got = names_by_text(_REVIEW, "甲乙产业园、丙丁高新区、戊己临空协同区规模以上工业总产值分别突破200亿元、250亿元、1000亿元。")
    assert got["200亿元"] == ["甲乙产业园规模以上工业总产值"]
    assert got["250亿元"] == ["丙丁高新区规模以上工业总产值"]
    assert got["1000亿元"] == ["戊己临空协同区规模以上工业总产值"]


def test_a_short_list_keeps_its_own_head() -> None:
    # the boundary: short members still share the head as before (一产、二产、三产增加值)
    got = names_by_text(_REVIEW, "原煤、原油、天然气产量分别达到100万吨、20万吨、3亿立方米。")
    assert got["100万吨"] == ["原煤产量"] and got["3亿立方米"] == ["天然气产量"]


def test_a_name_never_opens_with_the_city_speaking() -> None:
    # a name never opens with 我市 (the report's own city is every figure's scope)
    got = names_by_text(_REVIEW, "我市新增国家4A级旅游景区5个。")
    assert got["5个"] == ["新增国家4A级旅游景区数"]


def test_a_level_member_takes_the_first_members_noun() -> None:
    # 玉林 rows 30, 31: 县级新建数 / 镇级新建数 named nothing counted
    got = names_by_text(_REVIEW, "新建自治区级现代特色农业示范区3个、县级6个、镇级75个。")
    assert got["6个"] == ["县级现代特色农业示范区新建数"]
    assert got["75个"] == ["镇级现代特色农业示范区新建数"]


def test_a_level_member_after_a_member_with_no_level_is_unchanged() -> None:
    # the boundary: no level in the first member, nothing to swap
    got = names_by_text(_REVIEW, "新建示范区3个、县级6个。")
    assert got["6个"] == ["县级新建数"]
