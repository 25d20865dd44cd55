"""Held-out set 54 (莆田 2023), round fix123a: a sentence that is a bare size alone (规模产值增长10%。) takes the industry the
sentence before opens with (鞋服产业，建设…。), so each industry's goal is named for it and none reads as the city's."""
from __future__ import annotations

from target_cases import targets


def test_a_bare_size_sentence_takes_the_industry_the_sentence_before_opens_with() -> None:
    # 莆田 rows 34, 44, 45: 鞋服产业，…打造全国科技创新型鞋服产业智造基地。规模产值增长10%。
    plan = ("鞋服产业，建设省级鞋业供应链平台，打造全国科技创新型鞋服产业智造基地。规模产值增长10%。"
            "新型功能材料产业，推进新材料项目建设。力争规模产值突破1000亿元。"
            "新能源产业，加快建设木兰抽蓄电站。规模产值增长20%。")
    t = targets("工业生产平稳。", plan, 2022)
    assert list(t["indicator"]) == ["鞋服产业规模产值增长", "新型功能材料产业规模产值", "新能源产业规模产值增长"]


def test_a_size_sentence_with_its_own_words_or_after_no_topic_keeps_its_name() -> None:
    # the sentence before opens with no industry: nothing is borrowed
    t = targets("工业生产平稳。", "坚持品牌化引领，推动传统产业改造升级。规模产值增长10%。", 2022)
    assert list(t["indicator"]) == ["规模产值增长"]
    # a longer sentence is no bare size: its own words name it
    t = targets("工业生产平稳。", "鞋服产业，建设省级鞋业供应链平台。规模以上工业企业实现产值增长8%以上。", 2022)
    assert "鞋服" not in t.iloc[0]["indicator"]
