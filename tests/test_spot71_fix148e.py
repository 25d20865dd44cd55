"""Round 148, fix148e (held-out sets 71 and 72): a name whose head is a bare measure or a generic noun takes its subject from
the clause before. 保有量 after a figure-less clause promoting a kind of vehicle is that vehicle's; a bare 贸易总额 after a
clause growing an industry is that industry's; a generic 小区 counted after a clause renovating old compounds is that
renovation at its stage; a bare 完成 of lifts (部) is the lift fitting of the clause before; a clause that is only 占比 is the
share of the subject of the figure before; a bare subject crossing an amount after a growth of 营业收入 is that subject's
营业收入; and a rate named by a year alone is the rate of the measure a clause before opens with. Paraphrased texts through
the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, names_by_text, targets

_REVIEW = "全年地区生产总值增长3%。"


def test_bare_stock_head_takes_the_object_of_the_clause_before() -> None:
    # 南充 row 68: 积极推广应用新能源汽车，力争全市保有量突破4000辆
    plan = "完善绿色出行设施，大力推广应用新能源汽车，力争全市保有量突破5000辆。"
    assert names_by_text(_REVIEW, plan)["5000辆"] == ["新能源汽车保有量"]


def test_bare_trade_total_takes_the_industry_of_the_clause_before() -> None:
    # 亳州 row 27: 推进医药流通业线上线下同步发展，实现贸易总额1000亿元以上
    plan = "推动医药流通业线上线下融合发展，实现贸易总额800亿元以上。"
    assert names_by_text(_REVIEW, plan)["800亿元"] == ["医药流通业贸易总额"]


def test_near_miss_a_clause_before_with_a_figure_lends_no_object() -> None:
    # boundary: the clause before states a figure of its own, so it is no figure-less work on a thing
    plan = "推广新能源汽车3000辆，力争全市保有量突破5000辆。"
    assert names_by_text(_REVIEW, plan)["5000辆"] != ["新能源汽车保有量"]


def test_generic_compounds_and_lifts_take_the_work_before() -> None:
    # 阳泉 rows 37, 38: 四要加快老旧小区改造，年内新开工172个小区，推动既有住宅加装电梯，年内完成30部
    review = "老旧小区改造开工90个。"
    plan = "三要加快老旧小区改造，年内新开工150个小区，推动既有住宅加装电梯，年内完成25部，做好试点示范。"
    got = names_by_text(review, plan)
    assert got["150个"] == ["老旧小区改造开工数"] and got["25部"] == ["既有住宅加装电梯数"]
    assert baseline_of(targets(review, plan), "150个") == "90个"


def test_near_miss_a_classifier_that_does_not_fit_keeps_its_name() -> None:
    # boundary: 完成 of 个 after a clause fitting lifts: 个 is no classifier of lifts, so no lift count is named
    plan = "推动既有住宅加装电梯，年内完成25个。"
    assert names_by_text(_REVIEW, plan)["25个"] != ["既有住宅加装电梯数"]


def test_a_bare_share_is_the_share_of_the_figure_before() -> None:
    # 阳泉 row 16: 加快推进…6万吨氨纶纤维…等产业项目建设，确保产业投资增速达到20%以上，占比达到50%以上
    plan = "加快推进5万吨碳纤维和20万吨聚酯纤维等产业项目建设，确保产业投资增速达到15%以上，占比达到45%以上。"
    assert names_by_text(_REVIEW, plan)["45%"] == ["产业投资占比"]


def test_a_bare_subject_crossing_an_amount_takes_the_growths_measure() -> None:
    # 宜春 row 15: 力争工业园区营业收入增长9%以上，丰城高新区突破700亿元
    plan = "加快园区标准化建设，力争工业园区营业收入增长10%以上，樟树高新区突破600亿元。"
    assert names_by_text(_REVIEW, plan)["600亿元"] == ["樟树高新区营业收入"]


def test_near_miss_a_growth_in_percent_lends_no_measure_to_a_count() -> None:
    # boundary: the unit does not fit (a count of firms is no 营业收入)
    plan = "力争工业园区营业收入增长10%以上，高新区突破600家。"
    assert "营业收入" not in names_by_text(_REVIEW, plan)["600家"][0]


def test_a_rate_named_by_a_year_takes_the_measure_that_opens_a_clause_before() -> None:
    # 阳泉 row 0: 地区生产总值从2017年开始触底反弹，到2019年年均增速6%，2020年增速为3.6%
    review = "工业提质增效，地区生产总值从2017年开始触底反弹，到2019年年均增速5%，2024年增速为3.2%，与全省持平。"
    plan = "今年全市地区生产总值增长7%。"
    assert baseline_of(targets(review, plan), "7%") == "3.2%"
