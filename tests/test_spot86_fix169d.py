"""Round 169, fix169d (held-out set 86): a verb a 、 list states once before its first member (制作出版…剧目2个、影视作品2部、
文化作品10部) is said of every later member that is only a noun and its count, so those members are named with it
(制作出版影视作品数), not as a stock of such works. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "去年全市地区生产总值增长7%。"


def test_a_later_bare_member_keeps_the_lists_verb() -> None:
    # 莆田 2021 制作出版叫得响的莆仙戏精品剧目2个、影视作品2部、文化作品10部 (13265): rows 70, 71
    got = names_by_text(_REVIEW, "制作出版一批地方戏精品剧目3个、影视作品4部、文化作品12部。", 2020)
    assert got["4部"] == ["制作出版影视作品数"] and got["12部"] == ["制作出版文化作品数"]
    assert got["3个"] == ["制作出版一批地方戏精品剧目数"]  # the first member: unchanged


def test_a_member_with_a_verb_of_its_own_keeps_its_own_name() -> None:
    # boundary: a member between with its own verb breaks the list's lead (…、新建影视基地2个、文化作品12部)
    got = names_by_text(_REVIEW, "制作出版一批地方戏精品剧目3个、新建影视基地2个、文化作品12部。", 2020)
    assert not any(n.startswith("制作出版") for n in got["12部"])


def test_a_verb_the_namer_already_carries_is_not_doubled() -> None:
    # boundary: a flow verb the namer already puts after the noun (培育…数, 新建数) is left as it was
    got = names_by_text(_REVIEW, "培育直播基地15个、直播机构100家。", 2020)
    assert got["100家"] == ["培育直播机构数"]


def test_a_scope_of_a_middle_member_stays_its_own() -> None:
    # 莆田 2021 新建社区日间照料中心15个、农村区域性养老服务中心5个、医养结合养老中心5个 (14467): row 89
    got = names_by_text(_REVIEW, "新建社区日间照料中心16个、农村区域性养老服务中心6个、医养结合养老中心4个。", 2020)
    assert got["4个"] == ["医养结合养老中心新建数"] and got["6个"] == ["农村区域性养老服务中心新建数"]


def test_a_scope_opening_the_list_still_bounds_it() -> None:
    # boundary: the scope on the first member bounds every later bare member (新建农村牧区户厕…、公厕…、污水站…)
    got = names_by_text(_REVIEW, "新建农村牧区户厕2600个、公厕150个、污水站7个。", 2020)
    assert got["150个"] == ["农村牧区公厕新建数"] and got["7个"] == ["农村牧区污水站新建数"]


def test_a_per_county_count_after_a_striving_word_keeps_its_place() -> None:
    # 玉林 2020 力争每个县（市、区）有1至2个特色优势产业取得突破 (held-out set 85 row 28): per county, not the city's
    got = names_by_text(_REVIEW, "力争每个县（市、区）有1至2个特色优势产业实现突破。", 2019)
    assert got["1至2个"][0].startswith("每个县")


def test_a_per_day_count_after_a_striving_word_is_no_place() -> None:
    # boundary: 每天 is a period, not a place a count is per
    got = names_by_text(_REVIEW, "力争每天签约1个亿元以上项目。", 2019)
    assert not got["1个"][0].startswith("每")


def test_a_member_with_its_own_flow_verb_or_a_place_lead_takes_no_verb() -> None:
    # boundary (regression corpus): 、增加公办学位8000个 has a verb of its own; a place before the verb (州直实施…、X地区25个)
    # makes the later members places, which place_member names
    got = names_by_text(_REVIEW, "新改扩建中小学16所、增加公办学位8000个。", 2020)
    assert got["8000个"] == ["增加公办学位数"]
    got = names_by_text(_REVIEW, "州直实施老旧小区改造247个、塔城地区25个。", 2020)
    assert got["25个"] == ["塔城地区实施老旧小区改造数"]
