"""Spot audit 36 (张家口, 天水, 鞍山 2025), round fix90d: names of list members — a 、 list of verbs sharing one object
and a count by 各, a per-county scope carried to the next member of a noun-first list, and a year word opening a
分别 list kept off its first member."""
from __future__ import annotations

from target_cases import targets

from govreport.extract.indicators import list_members

REVIEW = "城镇新增就业30万人。"


def test_each_verb_of_a_list_takes_the_shared_object() -> None:
    # 张家口 L39 (rows 26-28): 签约、落地、投产冰雪产业项目各5个以上: three counts of one kind of project
    t = targets(REVIEW, "加快提升2个冰雪产业园区能级，签约、落地、投产冰雪产业项目各5个以上。")
    assert sorted(t.loc["5个", "indicator"]) == ["投产冰雪产业项目数", "签约冰雪产业项目数", "落地冰雪产业项目数"]


def test_a_per_county_scope_reaches_the_next_noun_first_member() -> None:
    # 天水 L62 (row 54): 支持每个县区打造重点中心镇1个、特色产业镇2个: the 2 is per county too, and 打造 governs it
    # as it does the first member (since fix175c: the opening place and verb reach every verb-free member)
    t = targets(REVIEW, "增强县城和中心镇综合承载力，支持每个县区打造重点中心镇1个、特色产业镇2个。")
    assert t.loc["2个", "indicator"] == "每个县区打造特色产业镇数"


def test_a_year_word_is_no_part_of_a_listed_member() -> None:
    # 鞍山 L50 (row 13): 全年新签约、新落地重点项目分别突破800个和400个: not 新签地重点项目
    assert list_members("全年新签约、新落地重点项目分别", 2) == ["新签约重点项目", "新落地重点项目"]


def test_a_noun_pair_joined_by_he_ends_at_the_next_counted_member() -> None:
    # 鞍山 L78 (row 76): 新增5个居家和社区养老服务中心、10个社区老年食堂: not 新增居家数
    t = targets(REVIEW, "推进适老化改造，新增5个居家和社区养老服务中心、10个社区老年食堂。")
    assert t.loc["5个", "indicator"] == "新增居家和社区养老服务中心数"
