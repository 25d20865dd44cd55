"""Round 165, fix165a (held-out set 84): the subjects of 分别 and 均 lists, one per figure. A review 、 pair of two
registered measures before a level verb and two figures (社会消费品零售总额、进出口总值达到…) pairs member by member, not
as one stacked subject keyed as trade; 均 after a 、 list of subjects of one 数量 gives each its row; 城镇和农村 + a
shared head gives each side the whole head; two registered counts joined by 和 are named apart; a 、 member with a
modifier of its own takes no scope of its sibling. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, names_by_text, targets

_REVIEW = "去年全市社会消费品零售总额、进出口总值达到300亿元、20亿美元，分别增长11.5%和13.2%。"
_PLAN = "今年主要预期目标是：全市生产总值增长8%，社会消费品零售总额增长12%，进出口总值增长7%。"


def test_a_review_pair_of_two_registered_measures_pairs_in_order() -> None:
    # 莱芜 2014 rows 4, 5: retail took nothing and trade took retail's rate
    t = targets(_REVIEW, _PLAN, 2013)
    assert baseline_of(t, "12%") == "11.5%" and baseline_of(t, "7%") == "13.2%"


def test_a_pair_sharing_a_head_is_left_to_its_head() -> None:
    # near miss: members that are no whole measures (粮食面积、产量) still share the list as before
    names = names_by_text("去年粮食面积、产量稳定在300万亩、120万吨。", "今年粮食产量稳定在120万吨以上。", 2013)
    assert names["120万吨"] == ["粮食产量"]


def test_each_subject_of_a_count_under_jun_gets_its_row() -> None:
    # 莱芜 2014 row 20 and missed 1: 私营企业、个体工商户数量均增长12%以上
    names = names_by_text("去年新增市场主体1万户。", "年内私营企业、个体工商户数量均增长10%以上。", 2013)
    assert names["10%"] == ["私营企业数量增长", "个体工商户数量增长"]


def test_urban_and_rural_sides_take_the_whole_shared_head() -> None:
    # 延边 2018 row 4: 城镇和农村常住居民人均可支配收入均增长8%
    review = "城镇和农村常住居民人均可支配收入达到26000元和11000元，分别增长7.5%和8%。"
    t = targets(review, "城镇和农村常住居民人均可支配收入均增长8.5%。", 2017)
    assert sorted(t.loc[["8.5%"]]["indicator"]) == ["农村常住居民人均可支配收入增长", "城镇常住居民人均可支配收入增长"]
    assert set(t.loc[["8.5%"]]["baseline_text"]) == {"7.5%", "8%"}


def test_sides_joined_by_the_list_mark_take_the_whole_head_too() -> None:
    # 城镇、农村居民…均增长: 城镇居民人均可支配收入, as the rural side keeps 居民
    names = names_by_text("去年城镇居民人均可支配收入增长7%。", "城镇、农村居民人均可支配收入均增长8.5%。", 2017)
    assert names["8.5%"] == ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]


def test_members_that_are_no_side_words_keep_the_shortest_head() -> None:
    # near miss: 二氧化硫、氮氧化物排放量 shares 排放量 only, as before
    names = names_by_text("去年化学需氧量排放量下降2%。", "二氧化硫、氮氧化物排放量均下降3%。", 2017)
    assert names["3%"] == ["二氧化硫排放量下降", "氮氧化物排放量下降"]


def test_two_registered_counts_joined_by_he_are_named_apart() -> None:
    # 延边 2018 row 26: 家庭农场和农民专业合作社分别发展到4300户、6000户
    names = names_by_text("去年新增市场主体1万户。", "发展新型经营主体，家庭农场和农民专业合作社分别发展到3500户、5200户。", 2017)
    assert names["3500户"] == ["家庭农场户数"] and names["5200户"] == ["农民专业合作社户数"]


def test_a_pair_sharing_a_head_after_he_still_shares_it() -> None:
    # near miss: 城镇和农村居民… share the head (城镇 names no count of its own)
    names = names_by_text("去年城镇居民人均可支配收入增长7%。", "城镇和农村居民人均可支配收入分别增长7%和8.5%。", 2017)
    assert names["7%"] == ["城镇居民人均可支配收入增长"]


def test_a_member_with_its_own_modifier_takes_no_scope_of_its_sibling() -> None:
    # 延边 2018 row 38: 城市棚户区改造1万套、国有工矿棚户区改造1500套
    names = names_by_text("去年GDP增长5%。", "完成城市棚户区改造8000套、国有工矿棚户区改造1200套。", 2017)
    assert names["1200套"] == ["国有工矿棚户区改造数"]


def test_a_bare_member_still_takes_the_siblings_scope() -> None:
    # near miss: 新建农村户厕2000个、公厕150个: the bare 公厕 is rural, as before
    names = names_by_text("去年GDP增长5%。", "新建农村户厕2000个、公厕150个。", 2017)
    assert names["150个"] == ["农村公厕新建数"]
