"""Held-out set 65 (克拉玛依, 黔东南, 昌吉 2023), round fix138b: names with list marks (——, ⑴), lost subjects or debris
(an industry before a semicolon, 均增长 after two figures, A占全市B, 新建或改造, the compound unit 户座)."""
from __future__ import annotations

from target_cases import baseline_of, targets


def _names(t) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The indicator of each target row, by its text."""
    return dict(zip(t["text"], t["indicator"]))


def test_a_leading_dash_is_no_word_of_the_name() -> None:
    # 克拉玛依 rows 0-5: ——地区生产总值增长5.5%以上； the dash kept the keyed review baseline away
    t = targets("全市实现地区生产总值（GDP）1160亿元，增长3.4%左右。", "主要预期目标是：\n——地区生产总值增长5.5%以上；\n——一般公共预算收入增长8%以上。", 2022)
    assert _names(t)["5.5%"] == "地区生产总值增长" and baseline_of(t, "5.5%") == "3.4%"
    # a range's dash inside a name stays (培育2—3门…课程)
    t = targets("新建学校2所。", "着力培育2—3门自治区一流课程。", 2022)
    assert "2—3门" in set(t["text"])


def test_a_parenthesised_number_is_no_word_of_the_name() -> None:
    # 黔东南 rows 62, 64: 扎实做好十件民生实事。⑴开展职业技能培训3万人次以上
    t = targets("开展职业技能培训3.98万人次。", "扎实做好十件民生实事。⑴开展职业技能培训3万人次以上；⑵新建改扩建幼儿园、小学、初中30所。", 2022)
    names = _names(t)
    assert not any(c in name for name in names.values() for c in "⑴⑵")
    assert baseline_of(t, "3万人次") == "3.98万人次"


def test_an_industry_before_a_semicolon_names_the_bare_size_after_it() -> None:
    # 克拉玛依 rows 16-17: 力争全年新能源新材料产业实现投资增长20%以上；实现产值15亿元，增长100%以上
    t = targets("新能源新材料产业实现投资55亿元，增长358%。", "力争全年新能源新材料产业实现投资增长20%以上；实现产值15亿元，增长100%以上。", 2022)
    assert _names(t)["15亿元"] == "新能源新材料产业产值" and _names(t)["100%"] == "新能源新材料产业产值增长"
    # an industry that is the object of a task (推动…产业) is no subject carried over
    t = targets("新能源新材料产业实现投资55亿元。", "推动新能源新材料产业实现投资增长20%以上；实现产值15亿元。", 2022)
    assert _names(t)["15亿元"] == "产值"


def test_each_grew_after_two_figures_is_named_from_both() -> None:
    # 克拉玛依 row 20: 力争全年接待游客1062万人次，实现旅游收入64亿元，均增长20%以上
    t = targets("接待游客900万人次。", "力争全年接待游客1062万人次，实现旅游收入64亿元，均增长20%以上。", 2022)
    assert _names(t)["20%"] == "接待游客人次和旅游收入增长"
    # after a growth rate and a level: no pair of levels, the name is left as it was
    t = targets("接待游客900万人次。", "地区生产总值增长6%，一般公共预算收入20亿元，均增长5%。", 2022)
    assert _names(t)["5%"] == "均增长"


def test_a_share_of_the_whole_place_keeps_part_and_whole() -> None:
    # 克拉玛依 row 45: 力争全年金融业地方财政贡献占全市一般公共预算收入4%以上
    t = targets("新建学校2所。", "力争全年金融业地方财政贡献占全市一般公共预算收入4%以上。", 2022)
    assert _names(t)["4%"] == "金融业地方财政贡献占一般公共预算收入比重"
    # a registered measure with no 占 is cut as before
    t = targets("新建学校2所。", "力争全年一般公共预算收入增长8%以上。", 2022)
    assert _names(t)["8%"] == "一般公共预算收入增长"


def test_a_verb_pair_joined_by_or_stays_before_its_object() -> None:
    # 克拉玛依 row 60: 新建或改造“口袋公园”13个
    t = targets("新建学校2所。", "新建或改造“口袋公园”13个。", 2022)
    assert _names(t)["13个"] == "新建或改造口袋公园数"
    # a single verb still moves after its object
    t = targets("新建学校2所。", "新建口袋公园13个。", 2022)
    assert _names(t)["13个"] == "口袋公园新建数"


def test_household_toilet_seats_are_one_unit() -> None:
    # 昌吉 row 21: 新改建户厕8000户座
    t = targets("新建学校2所。", "新改建户厕8000户座。", 2022)
    assert _names(t)["8000户座"] == "新改建户厕数"
