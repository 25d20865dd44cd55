"""Held-out audit 50 (楚雄 2023), round fix117c: the same measure in the review missed for a small wording difference
(城市 after a place scope, 输变电站, a bare 建设 of homes against their start, 超N亿元 against N亿元以上)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_city_after_a_place_scope_is_no_other_scope() -> None:
    # 楚雄 row 96: 10县市城市空气质量优良率保持99%以上 and 10县市空气质量优良率达99.9%
    t = targets("10县市空气质量优良率达99.9%。", "10县市城市空气质量优良率保持99%以上。", 2022)
    assert baseline_of(t, "99%") == "99.9%" and class_of(t, "99%") == "met_already"
    # another place scope stays another scope
    t = targets("10县市空气质量优良率达99.9%。", "州府城市空气质量优良率保持99%以上。", 2022)
    assert baseline_of(t, "99%") == ""


def test_a_transmission_substation_is_a_substation() -> None:
    # 楚雄 row 18: 新建扩建35千伏以上输变电站14座 and 新扩建35千伏以上变电站10座
    t = targets("新扩建35千伏以上变电站10座。", "新建扩建35千伏以上输变电站14座。", 2022)
    assert baseline_of(t, "14座") == "10座" and class_of(t, "14座") == "stretch"


def test_a_bare_build_of_homes_is_measured_by_their_start() -> None:
    # 楚雄 row 76: 建设保障性租赁住房1674套 and 新开工改造老旧小区115个、城镇棚户区3585套（户）、保障性租赁住房2967套
    review = "新开工改造老旧小区115个、城镇棚户区3585套（户）、保障性租赁住房2967套。"
    t = targets(review, "改造城镇老旧小区46个、实施棚户区改造4127套（户）、建设保障性租赁住房1674套。", 2022)
    assert baseline_of(t, "1674套") == "2967套" and class_of(t, "1674套") == "below_last_year"
    # homes completed (建成) are another stage than homes started
    t = targets("新开工保障性租赁住房2967套。", "建成保障性租赁住房1674套。", 2022)
    assert baseline_of(t, "1674套") == ""


def test_over_an_amount_is_the_amount_and_above() -> None:
    # 楚雄 row 92: 引进超10亿元优质产业项目15个以上 and 引进世界500强企业6户、10亿元以上项目15个
    review = "引进世界500强企业6户、10亿元以上项目15个。"
    t = targets(review, "引进超10亿元优质产业项目15个以上。", 2022)
    assert baseline_of(t, "15个") == "15个" and class_of(t, "15个") == "modest"
    # another class amount, or a word that names another set, is another measure
    assert baseline_of(targets(review, "引进超5亿元优质产业项目15个以上。", 2022), "15个") == ""
    assert baseline_of(targets(review, "引进超10亿元制造业项目15个以上。", 2022), "15个") == ""
