"""Round 165, fix165b (held-out set 84): the same indicator worded a little differently. 工业经济增加值 is 工业增加值 (经济
put in after a sector), 农村居民人均收入 is 农村居民人均纯收入 (纯 left out, beside 农民人均纯收入), 粮食年产量 is 粮食产量
(年 put in): registry wordings one word apart (extract/loose_keys.py, name_words wording_inserted / wording_left_out).
农机总动力 in 千瓦 is farm-machinery power, no generating capacity; a density per so many people (每千人拥有…) and a scoped
flow (新增外贸市场主体) take no plain count's key. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport.extract.keys import indicator_key
from tests.target_cases import baseline_of, targets


def test_industry_with_economy_put_in_is_industry() -> None:
    # 莱芜-like: 工业经济实现主营业务收入…、增加值…，分别增长 is the baseline of 工业增加值增长
    review = "新增规模以上工业企业150家，工业经济实现主营业务收入1700亿元、增加值310亿元，分别增长11%和12.5%。"
    t = targets(review, "今年的主要预期目标是：生产总值增长9%，工业增加值增长11%。", 2013)
    assert baseline_of(t, "11%") == "12.5%"
    assert indicator_key("工业经济增加值增长", "%", "increase") == "industrial_value_added_growth"


def test_economy_put_in_needs_a_wording_across_it() -> None:
    # guard: a sub-economy's value added (民营经济, 县域经济) is no wording with 经济 put in
    assert indicator_key("民营经济增加值增长", "%", "increase") == ""
    assert indicator_key("县域经济生产总值", "亿元", "level") == ""


def test_rural_income_without_net_is_the_net_income() -> None:
    # the rural member of 城乡居民人均收入…分别增长 measures 农民人均纯收入, as the urban member measures 城镇居民可支配收入
    review = "城乡居民人均收入达到27000元和11000元，分别增长9%和11%。"
    t = targets(review, "今年的主要预期目标是：城镇居民可支配收入和农民人均纯收入均增长10%。", 2013)
    rows = t.loc[["10%"]]
    got = dict(zip(rows["indicator_key"], rows["baseline_text"]))
    assert got["rural_net_income_growth"] == "11%" and got["per_capita_disposable_income_urban_growth"] == "9%"


def test_grain_output_a_year_is_grain_output() -> None:
    # 延边-like: 粮食年产量稳定在…左右 has last year's 粮食总产量 as its baseline
    review = "粮食总产量稳定在130万吨，农村劳动力转移就业25万人。"
    t = targets(review, "实施耕地轮作100万亩，粮食年产量稳定在130万吨左右。", 2017)
    assert t.loc[["130万吨"]].iloc[-1]["indicator_key"] == "grain_output"
    assert baseline_of(t, "130万吨") == "130万吨"


def test_a_year_put_in_needs_a_wording_across_it() -> None:
    assert indicator_key("粮食年产量", "吨", "level") == "grain_output"
    # guard: 年 taken out must leave a wording spanning its place (老人 of 老年人 names no measure)
    assert indicator_key("新增老年人数", "人", "level") == indicator_key("新增老人数", "人", "level") == ""


def test_farm_machinery_power_is_no_generating_capacity() -> None:
    t = targets("粮食总产量达到130万吨。", "农机总动力达到230万千瓦，粮食产量稳定在130万吨。", 2017)
    row = t.loc[["230万千瓦"]].iloc[-1]
    assert row["indicator"] == "农机总动力" and row["indicator_key"] != "power_capacity"
    # guard: a capacity still gets its measure and key
    assert indicator_key("风电装机容量", "千瓦", "level") == "power_capacity"
    t = targets("粮食总产量达到130万吨。", "新增风电光伏装机50万千瓦。", 2017)
    assert t.loc[["50万千瓦"]].iloc[-1]["indicator_key"] == "power_capacity"


def test_a_density_per_people_takes_no_count_key() -> None:
    assert indicator_key("每千人拥有市场主体数量", "户", "level") == ""
    assert indicator_key("市场主体总量", "户", "level") == "market_entities"  # guard: the count keeps it
    assert indicator_key("每千人口拥有3岁以下婴幼儿托位数", "个", "level") == "childcare_places_per_1000"  # guard: a density key


def test_foreign_trade_entities_are_a_part() -> None:
    assert indicator_key("新增外贸市场主体数", "家", "level") == ""
    assert indicator_key("新增市场主体户数", "户", "level") == "market_entities"  # guard
