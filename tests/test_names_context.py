"""Names that come from the sentence around a figure: the growth of the figure before it, and a
noun after a rate that describes its size rather than what it measures."""
from __future__ import annotations

import pytest

from govreport import extract_quantities, read_text

HEAD = "一、2023年工作回顾\n"


def rows(sentence: str):
    return extract_quantities(read_text(HEAD + sentence + "\n")).set_index("text")


@pytest.mark.parametrize("sentence, figure, subject, key", [
    ("国内生产总值达到63.6万亿元，比上年增长7.4%。", "7.4%", "国内生产总值", "gdp_growth"),
    ("地区生产总值完成192.3亿元，按可比价计算，同比增长6.0%。", "6.0%", "地区生产总值", "gdp_growth"),
    ("社会消费品零售总额完成174.2亿元，同比增长6.2%。", "6.2%", "社会消费品零售总额", "retail_sales_growth"),
])
def test_a_bare_change_is_the_growth_of_the_figure_before_it(sentence, figure, subject, key):
    row = rows(sentence).loc[figure]
    assert row.indicator.startswith(subject) and row.indicator_key == key


def test_a_change_with_its_own_subject_keeps_it():
    row = rows("地区生产总值达到235亿元，财政收入增长8%。").loc["8%"]
    assert row.indicator.startswith("财政收入")


def test_a_noun_that_describes_the_size_is_not_the_subject():
    row = rows("城镇新增就业1361万人、调查失业率稳定在5%左右的较低水平。").loc["5%"]
    assert row.indicator == "调查失业率" and row.indicator_key == "surveyed_unemployment_rate"


def test_at_that_time_is_the_deadline_just_named():
    text = ("二、2016年工作安排\n到2020年，全员劳动生产率提高到12万元以上。届时，我国经济总量超过90万亿元。"
            "今年国内生产总值增长6.5%以上。\n")
    q = extract_quantities(read_text(text)).set_index("text")
    assert q.loc["90万亿元", "year"] == 2020
    assert q.loc["6.5%", "year"] == 2016


# Session 5 (audit N1/N3 of docs/audits/targets_2.md): names cut at a word, the noun after a
# count or a rate; sentences written for the test in the style of the reports.
def names(sentence: str) -> dict[str, str]:
    return rows(sentence).indicator.to_dict()


@pytest.mark.parametrize("sentence, figure, name", [
    # N1: a rate is measured of what comes before it: the verb its subject starts with stays
    ("建成区绿地率达到40.5%以上。", "40.5%", "建成区绿地率"),
    ("帮扶就业率稳定在90%以上。", "90%", "帮扶就业率"),
    # N1: a long name starts at a word (after 国家级), never inside one (not 进制造业…)
    ("支持国家级先进制造业集群与重点园区共建中试验证平台12个以上。", "12个", "先进制造业集群与重点园区共建中试验证平台数"),
    # N3: 及 inside a word (可及) does not end the noun after a count (推出, an action verb, stays before it: audit 39)
    ("推出12项普惠可及便民服务，方便群众办事。", "12项", "推出普惠可及便民服务数"),
    # N3: the noun after a count may carry a quoted word and run past 14 characters; 新增 before
    # the count says the things are new
    ("新增12家国家级专精特新“小巨人”企业。", "12家", "新增国家级专精特新小巨人企业数"),
    # what happened to what is counted, up to the clause's end (完成搬迁工作: 完成搬迁)
    ("6家企业完成搬迁工作。", "6家", "企业完成搬迁数"),
    # a short aside in brackets inside a name stays in it; one after a figure's counter is that figure's
    ("建成乡镇（街道）综合养老服务中心18个。", "18个", "乡镇(街道)综合养老服务中心建成数"),
    ("选树劳动模范40名（组）、岗位能手120名。", "120名", "岗位能手人数"),
    ("城市（县城）污水处理率、垃圾无害化处理率分别达到98.5%、99.2%。", "98.5%", "城市(县城)污水处理率"),
    ("举办中国（西部）农业博览会、茶叶节等重大活动30余场。", "30余场", "重大活动场次"),  # examples before 等 are no part
    # 平均 is a word, not a trailing 均; 人均 before a figure is no part of the name
    ("城镇居民人均可支配收入增速高于全省平均1个百分点。", "1个百分点", "城镇居民人均可支配收入增速高于全省平均"),
    ("城乡居民医保财政补助从人均610元提高到640元。", "610元", "城乡居民医保财政补助"),
    # 等级 is a word, not examples before 等; 下降到 goes whole, not 降到 leaving 下
    ("全年新增取得职业资格或技能等级证书的技术工人超过12万人次。", "12万人次", "新增取得职业资格或技能等级证书的技术工人人次"),
    ("社会物流总费用与地区生产总值比率下降到13.5%左右。", "13.5%", "社会物流总费用与地区生产总值比率"),
])
def test_a_name_is_cut_at_words_and_keeps_its_noun(sentence, figure, name):
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, ending", [
    # N3: a rate followed by what its things do names that (网上可办率); a noun or a change after it does not
    ("依法推动政务服务事项100%网上可办，压减办事环节。", "100%", "政务服务事项网上可办率"),
    ("推动政务服务事项100%全程网办，压减办事环节。", "100%", "政务服务事项全程网办率"),
    ("全市中小学校100%完成智慧校园改造，扩大优质资源。", "100%", "中小学校完成智慧校园改造比例"),
])
def test_a_rate_is_named_for_what_its_things_do(sentence, figure, ending):
    assert names(sentence)[figure].endswith(ending)


def test_a_rate_followed_by_a_change_or_a_noun_keeps_its_own_name():
    got = names("城镇化率由61.2%提高到63%，三级医院检查结果互认覆盖97%门诊量。")
    assert got["61.2%"] == "城镇化率" and not got["97%"].endswith("门诊量率")
