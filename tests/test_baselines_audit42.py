"""Baselines after audit 42 (fix53b): review figures of the same measure taken (the first member of a review 分别 list after a
verb, 金融 for 金融业 and 年产量 for 产量, a target's own words where its phrase borrowed a neighbour's) and figures of another
measure refused (a measure of another subject named by the measure alone, a part of the place its sentence names for a bare
measure, one level's list of key projects against a count naming no level)."""
from __future__ import annotations

from target_cases import baseline_of as _base, targets

GOALS = "地区生产总值增长5%左右。"


def test_the_first_member_of_a_review_each_list_after_a_verb() -> None:
    """力争制造业增加值增长10%以上 against 带动制造业、战略性新兴产业增加值分别增长14.9%、33.4% (CZ17): 带动 opens the list, no member."""
    t = targets("全市10条重点产业链实现产值1618亿元，带动制造业、战略性新兴产业增加值分别增长14.9%、33.4%，高于全省平均水平6.8和22.5个百分点。",
                GOALS + "全面提升产业完整性，力争制造业增加值增长10%以上，战略性新兴产业增加值增长30%以上。", 2023)
    assert _base(t, "10%") == "14.9%"
    assert _base(t, "30%") == "33.4%"


def test_the_first_member_of_a_review_each_list_is_no_sum() -> None:
    """全年粮食播面和总产分别稳定在960万亩、74亿斤以上 against 全市粮食播面、总产分别达960.8万亩、74.6亿斤 (JA39)."""
    t = targets("全市粮食播面、总产分别达960.8万亩、74.6亿斤，富民产业种植面积达736万亩。",
                GOALS + "打通农田灌溉“最后一公里”，全年粮食播面和总产分别稳定在960万亩、74亿斤以上。", 2023)
    assert _base(t, "960万亩") == "960.8万亩"


def test_finance_and_coal_output_in_short_words() -> None:
    """金融增加值增长9%左右 against 金融业增加值增长6.2% (CZ45); 原煤年产量稳定在1.7亿吨左右 against 原煤产量达到1.71亿吨 (CZ24)."""
    t = targets("坚决完成能源保供任务，原煤产量达到1.71亿吨，煤炭先进产能达到93%。金融业增加值增长6.2%，高于全省平均水平。",
                GOALS + "加快3座煤矿联合试运行，原煤年产量稳定在1.7亿吨左右。力争贷款余额增长10%左右，金融增加值增长9%左右。", 2023)
    assert _base(t, "1.7亿吨") == "1.71亿吨"
    assert _base(t, "9%") == "6.2%"


def test_own_words_where_the_phrase_borrowed_a_neighbour_s() -> None:
    """新建改造高标准农田19.7万亩，新增水浇地6.49万亩 against 新建水浇地4.35万亩、高标准农田28.95万亩 (CZ47)."""
    t = targets("新建水浇地4.35万亩、高标准农田28.95万亩，粮食产量达到25.04亿斤。",
                GOALS + "加快上党灌区等大型灌区水利设施建设，新建改造高标准农田19.7万亩，新增水浇地6.49万亩，建设10万亩吨粮田示范区。", 2023)
    assert _base(t, "6.49万亩") == "4.35万亩"
    assert _base(t, "19.7万亩") == "28.95万亩"


def test_a_measure_alone_in_the_review_is_no_named_subject_s() -> None:
    """智能装备制造营业收入增长10%以上 against 9家开发区完成调区扩区，新增入园企业282家，营业收入增长16.6% (CD38): the zones'."""
    t = targets("丰宁、隆化开发区试点扎实推进，9家开发区完成调区扩区，新增入园企业282家，营业收入增长16.6%。",
                GOALS + "推进山泰塔筒、电机电控、智能运维等产业链项目30个，智能装备制造营业收入增长10%以上。", 2023)
    assert _base(t, "10%") == ""


def test_a_bare_measure_of_the_parks_named_before_it() -> None:
    """精准推进园区专题招商，实施项目增长20%以上，完成投资增长22%以上 against the city's 固定资产投资增长6.4% (CD58)."""
    t = targets("全市地区生产总值增长5.6%，固定资产投资增长6.4%，社会消费品零售总额增长9.6%。",
                GOALS + "精准推进园区专题招商，实施项目增长20%以上，完成投资增长22%以上。", 2023)
    assert _base(t, "22%") == ""


def test_one_level_s_key_projects_against_a_count_of_none() -> None:
    """推动实施省重点项目50个、市重点项目270个 against 工业经济升级提档。实施重点项目226个 (CD8, CD9)."""
    t = targets("工业经济升级提档。实施重点项目226个，建龙钒钛高科棒材等84个项目竣工投产。",
                GOALS + "建立项目推进机制，推动实施省重点项目50个、市重点项目270个，推进超10亿元项目60个以上。", 2023)
    assert _base(t, "50个") == ""
    assert _base(t, "270个") == ""


def test_the_same_level_s_key_projects_still_match() -> None:
    """The level named on both sides is no conflict: 实施省重点项目48个 stays the baseline of 省重点项目50个."""
    t = targets("实施省重点项目48个，完成年度投资120亿元。",
                GOALS + "建立项目推进机制，推动实施省重点项目50个、市重点项目270个，推进超10亿元项目60个以上。", 2023)
    assert _base(t, "50个") == "48个"


def test_grid_connection_is_no_scope_of_capacity() -> None:
    """新增清洁能源装机600万千瓦以上 against 全年清洁能源并网367万千瓦 (CD32): 并网 says the stage, not which capacity."""
    t = targets("59个风电光电项目开工建设，全年清洁能源并网367万千瓦，总装机容量达到1400万千瓦。",
                GOALS + "加快抽水蓄能电站建设，新增清洁能源装机600万千瓦以上。", 2023)
    assert _base(t, "600万千瓦") == "367万千瓦"
