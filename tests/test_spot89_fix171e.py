"""Round 171, fix171e (held-out set 89 宝鸡 2014, 鞍山 2021): names from the head of a clause. A manner and push phrase
opening a clause (毫不放松抓好, 强力推进) is no scope nor word of the name, so the year's grain output finds last
year's; a road's name ending a list's only example right after a verb (打通建设大道等) is dropped whole, the verb before
it kept; the year's investment at the end of a chain of project stages (开工…亿元以上项目N个，竣工投产M个，当年完成投资X亿元)
keeps the chain's subject. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import baseline_of, class_of, names_by_text, targets

_GRAIN_REVIEW = "全年粮食总产达到98.36万吨，新建基本农田5万亩。"


def test_a_manner_phrase_opening_the_clause_is_no_scope() -> None:
    # 宝鸡 row 0: 毫不放松抓好粮食生产，…确保总产达到145万吨以上 against 粮食总产达到145.59万吨
    plan = "毫不放松抓好粮食生产，稳定播种面积，加大补贴力度，确保总产达到98万吨以上。"
    t = targets(_GRAIN_REVIEW, plan)
    assert baseline_of(t, "98万吨") == "98.36万吨" and class_of(t, "98万吨") == "below_last_year"
    assert names_by_text(_GRAIN_REVIEW, plan)["98万吨"] == ["粮食生产总产量"]


def test_a_push_phrase_opening_the_clause_is_no_word_of_the_name() -> None:
    # 宝鸡 row 45: 强力推进城镇棚户区改造步伐，…新开工3.6万套
    names = names_by_text("新建道路10条。", "强力推进城镇棚户区改造步伐，加快保障性住房建设，新开工1.2万套。")
    assert names["1.2万套"] == ["城镇棚户区改造新开工数"]


def test_a_plain_grain_clause_keeps_its_name() -> None:
    # the boundary: with no manner phrase the name was already the crop's, and a scope of its own still stays
    names = names_by_text(_GRAIN_REVIEW, "抓好粮食生产，确保总产达到98万吨以上。")
    assert names["98万吨"] == ["粮食生产总产量"]


def test_a_road_example_after_a_verb_is_dropped_whole() -> None:
    # 鞍山 row 36: 打通建设大道等4条断头路 -> 打通断头路数, not 打通建设断头路数
    names = names_by_text("新建道路10条。", "完善城市路网，打通建设大道等4条断头路，打通建设路等3条断头路。")
    assert names["4条"] == ["打通断头路数"] and names["3条"] == ["打通断头路数"]


def test_a_road_example_after_one_verb_keeps_the_verb() -> None:
    # the boundary: with one verb only (建设幸福大街等) the verb stays, none is shortened
    names = names_by_text("新建道路10条。", "完善城市路网，建设幸福大街等2条道路。")
    assert names["2条"] == ["建设道路数"]


def test_a_stage_chain_carries_its_subject_to_the_investment() -> None:
    # 鞍山 row 27: 开工建设…等亿元以上项目超过200个，竣工投产50个，当年完成投资430亿元 -> 亿元以上项目当年完成投资
    plan = "强化要素保障，开工建设新钢厂高炉等亿元以上项目超过150个，竣工投产40个，当年完成投资300亿元。"
    names = names_by_text("新建道路10条。", plan)
    assert names["300亿元"] == ["亿元以上项目当年完成投资"] and names["40个"] == ["亿元以上项目竣工投产数"]


def test_a_stage_count_without_the_projects_words_carries_nothing() -> None:
    # the boundary: a stage count whose name is not the projects' plus a stage keeps the bare investment
    names = names_by_text("新建道路10条。", "开工建设亿元以上项目150个，竣工40个，当年完成投资300亿元。")
    assert names["300亿元"] == ["当年完成投资"]


def test_a_long_counted_set_keeps_the_bare_year_investment() -> None:
    # the boundary (regression 本溪-like): 重点推进了N个500万元以上项目，当年完成投资X亿元 is no stage chain: the name is not cut to 以上项目…
    names = names_by_text("新建道路10条。", "重点推进500万元以上项目400个，当年完成投资200亿元。")
    assert names["200亿元"] == ["当年完成投资"]
