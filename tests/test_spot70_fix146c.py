"""Held-out audits 69/70 (防城港, 南平, 开封, 金华 2021), round fix146c: names keep the sentence's topic and per-place scope —
a bare project count takes the topic its sentence opens with, a bare measure the object of the clause before, a count
per county its 每个县 and 新增, and a second insurance member the 参保 of the first."""
from __future__ import annotations

from target_cases import names_by_text

REVIEW = "全市地区生产总值增长5%。"


def _names(plan: str) -> dict[str, list[str]]:
    """The indicator names of each target text of ``plan`` (a 2021 plan after a 2020 review)."""
    return names_by_text(REVIEW, plan, 2020)


def test_project_counts_take_the_topic_the_sentence_opens_with() -> None:
    # 防城港 rows 11–15: two chains' counts no longer share one name
    got = _names("钢产业链，重点抓好30个产业链项目建设，新开工广钢物流钢材大市场等14个项目，推进盛隆冶金产业升级技术改造等3个项目；"
                 "铜产业链，重点抓好25个产业链项目建设，加快推进五金铜材卫浴产业园等一批项目。")
    assert got["30个"] == ["钢产业链项目建设数"] and got["25个"] == ["铜产业链项目建设数"]
    assert got["14个"] == ["钢产业链新开工项目数"] and got["3个"] == ["钢产业链推进项目数"]
    # 防城港 row 26: 抓好 is the lead verb, PPP项目 the topic, 项目 said once
    got = _names("抓好PPP项目，推动东湾红树林国家级湿地公园等7个项目落地。")
    assert got["7个"] == ["PPP项目落地数"]


def test_a_task_or_a_figure_opening_the_sentence_is_no_topic() -> None:
    # a verb phrase opening the sentence is a task, not a topic: the count keeps its own name
    got = _names("加快推进重大项目，新开工德利矿业等11个项目。")
    assert "加快推进" not in got["11个"][0]
    # a verb right before the head (精心推项目) makes a task, not a topic
    assert _names("精心推项目，推进城南片区等10个项目。")["10个"] == ["推进项目数"] or "精心" not in _names("精心推项目，推进城南片区等10个项目。")["10个"][0]
    # a headline measure never takes a topic
    got = _names("钢产业链，地区生产总值增长8%。")
    assert got["8%"] == ["地区生产总值增长"]


def test_a_bare_count_of_a_measure_takes_the_object_before() -> None:
    # 金华 row 36 (set 69)
    got = _names("加快推进特色小镇2.0建设，力争实现省级命名2个。")
    assert got["2个"] == ["特色小镇省级命名数"]


def test_per_county_counts_keep_the_county_and_the_new_verb() -> None:
    # 南平 row 25: 新增 stays
    got = _names("每个县（市、区）新增1家施工总承包甲级企业。")
    assert got["1家"] == ["每个县(市、区)新增施工总承包甲级企业数"]
    # 南平 row 56: 各县（市、区） opening the count's own clause
    got = _names("深化农业绿色行动，各县（市、区）至少打造1个绿色食品原料标准化生产基地。")
    assert got["1个"][0].startswith("每个县(市、区)")
    # a large count after 各县 is a total, not per county
    got = _names("各县区新建改建农村公路300个。")
    assert not got["300个"][0].startswith("每个")


def test_a_second_insurance_member_shares_the_insured_verb() -> None:
    # 南平 row 66
    got = _names("城镇职工基本养老保险参保72.12万人、城乡居民基本养老保险135.3万人。")
    assert got["135.3万人"] == ["城乡居民基本养老保险参保人数"]
