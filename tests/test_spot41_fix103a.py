"""Held-out audit 40b (徐州, 揭阳, 汉中 2023), round fix103a: later 、 members that name only part of themselves take the
first member's place and flow verb, its network, its counted noun, or the noun the last member names for all."""
from __future__ import annotations

from target_cases import targets


def _names(plan: str) -> list[tuple[str, str]]:
    """(text, indicator) of each target row of ``plan`` (a plan part)."""
    t = targets("地区生产总值增长5%。", plan, review_year=2022)
    return list(zip(t["text"], t["indicator"]))


def test_a_bare_measure_takes_the_first_members_place_and_flow() -> None:
    # 汉中 G6: 中心城区新增口袋公园10个、绿地面积50万平方米
    assert dict(_names("中心城区新增口袋公园10个、绿地面积50万平方米。"))["50万平方米"] == "中心城区新增绿地面积"
    # a member with its own place keeps it
    assert dict(_names("中心城区新增口袋公园10个、县城绿地面积50万平方米。"))["50万平方米"] != "中心城区新增县城绿地面积"


def test_a_part_noun_takes_the_first_members_network() -> None:
    # 汉中 G6: 实施农村公路提质改造工程600公里、安防工程400公里以上
    assert dict(_names("实施农村公路提质改造工程600公里、安防工程400公里以上。"))["400公里"] == "农村公路安防工程长度"
    # a member of another head takes no network
    assert dict(_names("实施农村公路提质改造工程600公里、城市道路400公里。"))["400公里"] != "农村公路城市道路长度"


def test_a_count_and_a_stage_takes_the_first_members_counted_noun() -> None:
    # 徐州 row 17: 确保128个计划开工项目上半年全部开工、130个建成投产
    assert dict(_names("确保128个计划开工项目上半年全部开工、130个建成投产。"))["130个"] == "建成投产项目数"
    # a member with its own noun keeps it
    assert dict(_names("确保128个计划开工项目上半年全部开工、130个企业投产。"))["130个"] != "企业投产项目数"


def test_the_last_members_noun_is_every_members() -> None:
    # 揭阳 row 18: 抓紧完成省帮扶练江676公里、枫江229公里污水管网及污染源接驳
    names = dict(_names("抓紧完成省帮扶练江676公里、枫江229公里污水管网及污染源接驳。"))
    assert names["676公里"] == "省帮扶练江污水管网长度" and names["229公里"] == "枫江污水管网长度"
    # a list without a noun after its last figure is left as it was
    names = dict(_names("新建农村公路100公里、城市道路50公里。"))
    assert names["50公里"] == "城市道路新建长度"


def test_people_a_bare_count_improves_something_for() -> None:
    # 汉中 G7: 改善提升10万城乡居民饮水质量
    assert dict(_names("改善提升10万城乡居民饮水质量。"))["10万"] == "饮水质量改善提升城乡居民人数"
    # a count of land after the verb is no people
    assert dict(_names("改善提升10万亩耕地质量。"))["10万亩"] != "耕地质量改善提升人数"
