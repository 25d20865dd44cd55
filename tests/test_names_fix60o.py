"""Audit 47 (fix60o): a per-place count after a support verb keeps its 每个<place> (荆门 row 24) and a share said by
占/均占 before its % is named a share (阜阳 row 45). Sentences from city_jingmen_2024, city_fuyang_2024, 锡林郭勒, 三亚 and
provincial_xinjiang_2026; the neighbours keep their names."""
from __future__ import annotations

from govreport import extract_quantities, read_text


def all_names(sentence: str) -> dict[str, str]:
    """Figure text -> name of every row of the plan paragraph ``sentence`` (the last row of a repeated text)."""
    table = extract_quantities(read_text("二、2024年工作安排\n" + sentence + "\n"))
    return dict(zip(table.text, table.indicator))


def test_a_count_per_county_after_a_support_verb_is_per_county() -> None:
    """支持每个县市区培育2—3个特色产业 (荆门 row 24): each county's, not a city-wide count; so 推动每个旗县市（区）至少办好1所
    优质普通高中 (锡林郭勒)."""
    named = all_names("实施产业培育行动，突出钟祥长寿之乡、京山网球之乡、沙洋油菜花海等地域品牌，支持每个县市区培育2—3个特色产业，"
                      "打造一批特色产业集群。")
    assert named["2—3个"] == "每个县市区特色产业数"
    named = all_names("推动每个旗县市（区）至少办好1所优质普通高中。")
    assert named["1所"].startswith("每个旗县")


def test_a_city_count_after_a_support_verb_stays_the_citys() -> None:
    """支持各县区发展特色产业，全市新增规上工业企业100家: no 每个 before the count, so no per-place name."""
    named = all_names("支持各县区发展特色产业，全市新增规上工业企业100家。")
    assert not named["100家"].startswith("每")


def test_a_share_said_by_zhan_is_named_a_share() -> None:
    """新签约亿元以上项目480个，其中工业项目数及投资额均占80%以上 (阜阳 row 45): the share of the whole's projects, not
    a count or an amount; so 其中民营经济主体占97.2% (新疆) and 装配式建筑占70% (三亚)."""
    named = all_names("大力开展“投资安徽行”阜阳系列活动，新签约亿元以上项目480个，其中工业项目数及投资额均占80%以上。")
    assert named["80%"] == "新签约亿元以上项目数中工业项目数及投资额占比"
    assert named["480个"] == "新签约亿元以上项目数"
    named = all_names("全年新建建筑中绿色建筑面积占90%，装配式建筑占70%。")
    assert named["90%"].endswith("绿色建筑面积新建占比") and named["70%"].endswith("占比")


def test_a_share_already_named_keeps_its_name() -> None:
    """经营性收入过10万元的行政村占70% (潜江): the name says a share already (…占比), no second 占比."""
    named = all_names("发展壮大村级集体经济，经营性收入过10万元的行政村占70%。")
    assert named["70%"] == "经营性收入过10万元的行政村占比"
