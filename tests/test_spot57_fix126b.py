"""Held-out audit 57 (天水, 梧州, 安康, 徐州 2023), round fix126b: names that say whose figure it is (the scheme a count of
kinds belongs to, the member a bare rate is of, the verb comma members share, the chain a count is per, the owner of the
things counted, the members of two listed rates)."""
from __future__ import annotations

from target_cases import targets


def _names(review: str, plan: str) -> dict[str, str]:
    """Each plan target's text -> its indicator name (review year 2022)."""
    t = targets(review, plan, 2022)
    return dict(zip(t["text"], t["indicator"]))


def test_a_count_after_an_insurance_scheme_keeps_the_scheme() -> None:
    # 天水 rows 27–30: 落实种植业保险22个品种172万亩、养殖业保险12个品种60万头只
    got = _names("农业保险保费收入增长10%。", "落实种植业保险22个品种172万亩、养殖业保险12个品种60万头只。")
    assert got["22个"] == "种植业保险品种数" and got["12个"] == "养殖业保险品种数"
    assert "种植业保险" in got["172万亩"] and "养殖业保险" in got["60万头只"]
    # no scheme before the count: the noun after the figure as before
    got = _names("农业保险保费收入增长10%。", "推广水稻新品种22个，面积172万亩。")
    assert "保险" not in got["22个"]


def test_a_bare_coverage_after_a_counted_member_is_that_things() -> None:
    # 天水 row 37: 新改建农村卫生户厕3.2万座、覆盖率达到70%以上
    got = _names("新改建农村卫生户厕2万座。", "新改建农村卫生户厕3.2万座、覆盖率达到70%以上。")
    assert got["70%"] == "农村卫生户厕覆盖率"
    # a rate with a subject of its own is left alone
    got = _names("新改建农村卫生户厕2万座。", "新改建农村卫生户厕3.2万座、农村自来水普及率达到90%。")
    assert got["90%"] == "农村自来水普及率"


def test_comma_members_with_no_verb_share_the_verb_before() -> None:
    # 梧州 rows 46–47: 新建、改扩建公办幼儿园20所，义务教育学校130所，普通高中7所以上
    got = _names("新建学校10所。", "新建、改扩建公办幼儿园20所，义务教育学校130所，普通高中7所以上。")
    assert got["130所"] == "新建改扩建义务教育学校数" and got["7所"] == "新建改扩建普通高中数"
    # another unit after the comma: no verb carried (城镇调查失业率 is its own)
    got = _names("新增城镇就业2万人。", "新增城镇就业3万人，城镇调查失业率控制在5.5%以内。")
    assert got["5.5%"] == "城镇调查失业率"
    # one opening verb, or a member with a work of its own: nothing carried (regression 承德, 孝感)
    got = _names("新建学校10所。", "实施中小学校改扩建等项目97个，扩增学位2000个。新建、改造泵站9个，整治易涝点70个。")
    assert got["2000个"] == "扩增学位数" and got["70个"] == "整治易涝点数"


def test_a_count_of_things_owned_like_its_siblings() -> None:
    # 梧州 row 56: …的5个创新平台和10个龙头企业的研发平台建设
    got = _names("建设创新平台3个。", "高标准推进政府主导的5个创新平台和10个龙头企业的研发平台建设。")
    assert got["10个"] == "龙头企业研发平台建设数"
    # no sibling counting the same head: the firms as before
    got = _names("培育龙头企业3家。", "培育5个创新平台和10个龙头企业的配套基地。")
    assert "平台" not in got["10个"]


def test_two_listed_rates_whose_members_parallel_a_word() -> None:
    # 安康 row 64: 城乡居民基本养老、医疗保险参保率稳定在99%、97%以上
    got = _names("城乡居民基本养老保险参保率达到99%。", "城乡居民基本养老、医疗保险参保率稳定在99%、97%以上。")
    assert got["99%"] == "城乡居民基本养老保险参保率" and got["97%"] == "城乡居民基本医疗保险参保率"
    # the members that repeat the shared word keep the older reading
    got = _names("基本养老保险参保率达到90%。", "基本养老保险、基本医疗保险参保率达94%、98%以上。")
    assert got["94%"] == "基本养老保险参保率" and got["98%"] == "基本医疗保险参保率"


def test_a_count_per_chain_in_a_listed_member() -> None:
    # 安康 row 25: 每条链确定1至3户链主企业和10个以上重点项目
    got = _names("实施重点项目400个。", "推进重点产业链对接耦合，每条链确定1至3户链主企业和10个以上重点项目，着力构建全产业链生态圈。")
    assert got["10个"].startswith("每条链")
    # no 每条 before the list: a total
    got = _names("实施重点项目400个。", "推进重点产业链对接耦合，确定30户链主企业和100个以上重点项目。")
    assert not got["100个"].startswith("每条")


def test_a_bare_overdue_rate_takes_the_openings_thing() -> None:
    # 安康 row 46: 抓好脱贫人口小额信贷投放及回收，逾期率控制在0.5%以内
    got = _names("发放脱贫人口小额信贷5亿元。", "抓好脱贫人口小额信贷投放及回收，逾期率控制在0.5%以内。")
    assert got["0.5%"] == "脱贫人口小额信贷逾期率"
