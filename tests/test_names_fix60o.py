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


def test_work_done_on_the_things_counted_after_dui() -> None:
    """对高旺路等10条主要道路及高速路口、高铁站等重要交通节点进行绿化、美化改造 (梧州 row 73): the roads treated, named by the
    work (绿化美化改造主要道路数), not a stock of roads; so 对中心城区83个政府投资项目进行优化论证 (a review sentence)."""
    named = all_names("加快塘源防洪堤工程、城区易涝点综合整治等防洪排涝体系建设，对高旺路等10条主要道路及高速路口、高铁站等重要交通节点"
                      "进行绿化、美化改造，建设口袋公园7个以上。")
    assert named["10条"] == "绿化美化改造主要道路数"
    assert named["7个"] == "口袋公园建设数"
    assert all_names("对中心城区83个政府投资项目进行优化论证，核减资金122亿元。")["83个"] == "优化论证政府投资项目数"


def test_a_count_without_dui_keeps_its_name() -> None:
    """完成10条道路改造，进行绿化提升: no 对 opens the clause, so the 进行 of the next clause is no work on the roads."""
    assert all_names("完成10条道路改造，进行绿化提升。")["10条"] == "道路改造数"


def test_a_later_member_with_its_own_money_class_takes_the_first_members_name() -> None:
    """新培育年交易额50亿元以上电商园区2个、10亿元园区3个 (荆门 row 7): the later member is the first one's kind in another
    class (新培育年交易额10亿元电商园区数), not a bare 10亿元园区数."""
    named = all_names("支持社交电商、直播电商等新业态健康发展，新培育年交易额50亿元以上电商园区2个、10亿元园区3个。")
    assert named["2个"] == "新培育年交易额50亿元以上电商园区数"
    assert named["3个"] == "新培育年交易额10亿元电商园区数"


def test_a_later_money_class_with_the_same_head_keeps_its_name() -> None:
    """新增规模工业企业100家、产值过50亿元企业1家、10亿元企业10家 (益阳): the head adds nothing, the name stays; a range
    class (50亿—100亿元项目) is no class to replace (金华)."""
    assert all_names("新增规模工业企业100家、产值过50亿元企业1家、10亿元企业10家。")["10家"] == "新增10亿元企业数"
    named = all_names("落地10亿元以上制造业项目70个以上，其中50亿—100亿元项目8个、100亿元以上项目6个。")
    assert named["6个"] == "100亿元以上制造业项目数"
