"""The indicator registry (data/indicators.csv): complete, unambiguous, and checked when loaded."""
from __future__ import annotations

import pytest

from govreport.extract.keys import translate
from govreport.extract.keys import indicator_english, indicator_key
from govreport.lexicon import CJK, GOOD_DIRECTIONS, MEASURES, indicator_registry, load_registry
from govreport.data_checks import DataError

ROW = {"key": "gdp", "name_zh": "地区生产总值", "name_en": "GDP", "unit_family": "money", "measure": "level",
       "good_direction": "up", "wordings": "地区生产总值|生产总值"}


def test_every_key_has_english_measure_and_direction() -> None:
    registry = indicator_registry()
    assert len(registry) >= 150
    for key, ind in registry.items():
        assert ind.name_en and not CJK.search(ind.name_en), key
        assert ind.measure in MEASURES and ind.good_direction in GOOD_DIRECTIONS, key
        assert ind.wordings, key


def test_no_two_keys_claim_a_wording() -> None:
    owner: dict[str, str] = {}
    for key, ind in indicator_registry().items():
        for w in ind.wordings:
            assert owner.setdefault(w, key) == key, (w, owner[w], key)


def test_growth_keys_name_their_level() -> None:
    registry = indicator_registry()
    for key, ind in registry.items():
        if key.endswith("_growth") and key[:-7] in registry:
            assert ind.measure == "growth_rate" and ind.unit_family == "percent", key


@pytest.mark.parametrize("change, message", [
    ({"key": "gdp"}, "line 3: key 'gdp' is listed twice"),
    ({"key": "gdp2", "wordings": "生产总值"}, "line 3: wording '生产总值' of 'gdp2' is already claimed by 'gdp'"),
    ({"key": "gdp2", "wordings": "x", "measure": "speed"}, "line 3: measure 'speed'"),
    ({"key": "gdp2", "wordings": "x", "good_direction": "sideways"}, "line 3: good_direction 'sideways'"),
    ({"key": "gdp2", "wordings": "x", "name_en": "生产 total"}, "line 3: 'gdp2' needs an English name"),
])
def test_loader_names_the_line_of_a_mistake(change: dict[str, str], message: str) -> None:
    with pytest.raises(DataError, match=message):
        load_registry([ROW, {**ROW, **change}], "indicators.csv")


@pytest.mark.parametrize("name, unit, direction, clause, key", [
    ("国内生产总值增长", "%", "increase", "", "gdp_growth"),
    ("地区生产总值", "元", "level", "", "gdp"),
    ("地区生产总值", "%", "increase", "", "gdp_growth"),  # 地区生产总值3万亿元、增长6%: the growth of the level
    ("居民消费价格涨幅", "%", "level", "", "cpi"),
    ("城镇调查失业率", "%", "level", "", "surveyed_unemployment_rate"),
    ("城镇新增就业人数", "人", "level", "", "urban_new_jobs"),
    ("粮食产量", "斤", "level", "", "grain_output"),
    ("粮食播种面积", "亩", "level", "", "grain_sown_area"),
    ("单位国内生产总值能耗下降", "%", "decrease", "", "energy_intensity_reduction"),
    ("农村居民人均可支配收入增长", "%", "increase", "", "per_capita_disposable_income_rural_growth"),
    ("生猪出栏量", "头", "level", "", "hogs_slaughtered"),
    ("粮食播种面积产量", "吨", "level", "", ""),  # an area wording on a weight: nothing forced
    ("国内生产总值能耗下降", "%", "decrease", "", ""),  # a cut of GDP is not GDP growth
    ("同比增长", "%", "increase", "一般公共预算收入同比增长", "general_budget_revenue_growth"),  # from the clause
    ("坟墓搬迁数", "冢", "level", "", ""),
])
def test_indicator_key(name: str, unit: str, direction: str, clause: str, key: str) -> None:
    assert indicator_key(name, unit, direction, clause) == key


def test_english_is_english_or_blank() -> None:
    assert indicator_english("cpi", "居民消费价格涨幅") == "consumer price inflation (CPI)"
    assert translate("畜禽粪污无害化处理率稀奇古怪") == ""
    assert indicator_english("", "数字经济稀奇") == ""
