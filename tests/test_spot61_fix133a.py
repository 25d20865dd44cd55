"""Set 61 leftovers, round fix133a: a figure named for the platform, industry, county or zone its sentence opens with is that
part's measure and takes no registry key (a key is the report's place's own indicator, which the panel and the track record
compare across reports); a review sentence opening with a park class whose opening clause counts its results (市级园区完成总产值…),
or a city aggregate in a sentence opening with a named zone (三江新区获批…，…实现地区生产总值300亿元), is no baseline of the
city's goal."""
from __future__ import annotations

from target_cases import baseline_of, targets


def _row(t, text: str) -> dict:
    """The last target row written ``text``."""
    return t.loc[[text]].iloc[-1].to_dict()


def test_a_counties_output_takes_no_city_key() -> None:
    # 金昌 rows 27, 28: 永昌县生产总值 was keyed gdp, as if the city's
    t = targets("全市生产总值达到500亿元。", "永昌县以工业主导型和生态功能型为方向，加快建设工业富县，确保生产总值达到120亿元以上。"
                "全市生产总值增长6%以上。")
    assert _row(t, "120亿元")["indicator"] == "永昌县生产总值" and _row(t, "120亿元")["indicator_key"] == ""
    assert _row(t, "6%")["indicator_key"] == "gdp_growth"  # the city's own stays keyed


def test_an_industrys_jobs_and_a_zones_list_take_no_city_key() -> None:
    # 钦州 rows 29-41: 新增就业 of one industry (urban_new_jobs), a zone's 固定资产投资增长 (fai_growth), 实际利用外资 (fdi)
    review = "全年城镇新增就业1.71万人，固定资产投资增长22.9%。"
    t = targets(review, "支持浦北陈皮产业发展，强化全产业链式的发展模式，新增就业2000人。"
                "力争自贸区钦州港片区规上工业总产值增长30%以上、固定资产投资增长20%以上、实际利用外资2亿美元以上。"
                "实现城镇新增就业1.5万人，固定资产投资增长10%。")
    assert _row(t, "2000人")["indicator_key"] == "" and _row(t, "20%")["indicator_key"] == "" and _row(t, "2亿美元")["indicator_key"] == ""
    assert _row(t, "1.5万人")["indicator_key"] == "urban_new_jobs" and _row(t, "10%")["indicator_key"] == "fai_growth"


def test_the_parks_review_output_is_no_baseline_of_the_citys() -> None:
    # 河池 2023: 全市…其中规上工业产值770亿元以上 took 市级园区完成总产值436亿元，…，其中规上工业总产值417亿元
    review = "全年工业总产值672亿元，增长11.2%。市级园区完成总产值436亿元，占全市工业总产值一半以上，增长17.6%，其中规上工业总产值417亿元，增长21.3%。"
    t = targets(review, "全市力争完成工业总产值800亿元，增长15%，其中规上工业产值770亿元以上，增长18%。")
    assert baseline_of(t, "770亿元") == "" and baseline_of(t, "18%") == ""
    assert baseline_of(t, "800亿元") == "672亿元"
    # a park's own goal keeps the parks' figure
    t = targets(review, "市级工业园区产值突破600亿元。")
    assert baseline_of(t, "600亿元") == "436亿元"


def test_a_new_districts_gdp_is_no_baseline_of_the_citys_growth() -> None:
    # 宜宾 2022: 地区生产总值增长8.5% took 三江新区获批…，预计2021年实现地区生产总值300亿元、增长23%
    review = "三江新区获批全省首个省级新区，入驻行业领军企业44户，预计2021年实现地区生产总值300亿元、增长23%。"
    t = targets(review, "今年的主要发展目标：地区生产总值增长8.5%。")
    assert baseline_of(t, "8.5%") == ""
    # a sentence opening with a zone's event keeps the city's counts (滇中新区未来交通科学城揭牌，新增…)
    t = targets("滇中新区未来交通科学城揭牌，新增省级重点实验室24个。", "新增省级重点实验室5个。")
    assert baseline_of(t, "5个") == "24个"


def test_the_counties_aggregate_takes_no_city_key() -> None:
    # 锦州 row 47 (set 62, with fix133b's scope word): 县域地区生产总值平均增长6.9% is the counties' average, no city gdp_growth
    t = targets("全市地区生产总值增长3.5%。", "县域地区生产总值平均增长6.9%，一般公共预算收入平均增长6.9%。全市地区生产总值增长6%。")
    rows = t.loc[["6.9%"]]
    assert set(rows["indicator_key"]) == {""} and _row(t, "6%")["indicator_key"] == "gdp_growth"
