"""Held-out audit 65 (克拉玛依, 黔东南, 昌吉, 文山 2023), round fix138e: review figures misnamed so their baselines were lost
(a rank aside with no unit, a run of quarters, a 分别 member's dropped subject, a total reached after the year's additions,
a 城乡 pair before a figure of another unit, a sector lead that is a heading, people as a count's unit)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_a_growth_after_a_rank_place_with_no_unit_is_the_level_s() -> None:
    # 克拉玛依 row 24: 稳居全疆第一 (no 位) between the income and its growth
    t = targets("农牧民人均可支配收入37420元，稳居全疆第一，增长10%。", "农牧民人均可支配收入增长8%以上。", 2023)
    assert baseline_of(t, "8%") == "10%" and class_of(t, "8%") == "below_last_year"
    # a growth after a rank in its own unit with nothing before it: still no baseline taken from the rank
    t = targets("稳居全疆第一，增长10%。", "农牧民人均可支配收入增长8%以上。", 2023)
    assert baseline_of(t, "8%") == ""


def test_a_growth_after_a_run_of_quarters_at_a_place_is_the_measure_s() -> None:
    # 黔东南 row 0: …增速连续3个季度保持全省前3位，预计全年增长3％左右
    t = targets("全州地区生产总值增速连续3个季度保持全省前3位，预计全年增长3％左右。", "地区生产总值增长7%左右。", 2023)
    assert baseline_of(t, "7%") == "3％" and class_of(t, "7%") == "stretch"
    # no 增速 before the run (a level kept at a place): the rule does not name the growth
    t = targets("全州规上工业增加值连续3个季度保持全省前3位，预计全年增长3％左右。", "地区生产总值增长7%左右。", 2023)
    assert baseline_of(t, "7%") == ""


def test_a_listed_change_takes_its_level_member_s_whole_name() -> None:
    # 昌吉 row 2: 规上工业总产值2590亿元、增加值850亿元，分别增长20%、10%
    t = targets("实现规上工业总产值2590亿元、增加值850亿元，分别增长20%、10%。", "规模以上工业增加值同比增长10%左右。", 2023)
    assert baseline_of(t, "10%") == "10%" and class_of(t, "10%") == "modest"
    # the first member's growth stays the output's, no value added's
    t = targets("实现规上工业总产值2590亿元、增加值850亿元，分别增长20%、10%。", "规模以上工业增加值同比增长12%左右。", 2023)
    assert baseline_of(t, "12%") == "10%"


def test_a_count_reached_after_the_year_s_additions_is_the_stock() -> None:
    # 昌吉 row 6: 新认定高新技术企业75家达到169家
    t = targets("新认定高新技术企业75家达到169家。", "高新技术企业达到200家。", 2023)
    assert baseline_of(t, "200家") == "169家" and class_of(t, "200家") == "modest"
    # a target of additions still takes the year's additions, not the total
    t = targets("新认定高新技术企业75家达到169家。", "新认定高新技术企业80家。", 2023)
    assert baseline_of(t, "80家") == "75家"


def test_an_urban_rural_pair_ends_before_a_figure_of_another_unit() -> None:
    # 文山 rows 6–7: …城乡居民人均可支配收入分别增长3.5%和7.5%，10件重大民生实事基本办结
    review = "牢牢守住不发生规模性返贫的底线，城乡居民人均可支配收入分别增长3.5%和7.5%，10件重大民生实事基本办结。"
    t = targets(review, "城镇和农村常住居民人均可支配收入分别增长4%以上和8%以上。", 2023)
    assert baseline_of(t, "4%") == "3.5%" and baseline_of(t, "8%") == "7.5%"
    # a comma list in one unit is still one list (城乡…分别增长3.5%，7.5%)
    t = targets("城乡居民人均可支配收入分别增长3.5%，7.5%。", "城镇和农村常住居民人均可支配收入分别增长4%以上和8%以上。", 2023)
    assert baseline_of(t, "4%") == "3.5%" and baseline_of(t, "8%") == "7.5%"


def test_a_building_sector_lead_is_a_heading() -> None:
    # 文山 rows 37–38: 信息网建设方面，建成4G基站100个以上、5G基站500个以上 (built in the year: a flow)
    plan = "信息网建设方面，建成4G基站100个以上、5G基站500个以上，扩大信息网络覆盖面。"
    t = targets("新建4G基站195个、5G基站1494个，重点区域实现5G网络全覆盖。", plan, 2023)
    assert baseline_of(t, "100个") == "195个" and class_of(t, "100个") == "below_last_year"
    assert baseline_of(t, "500个") == "1494个" and class_of(t, "500个") == "below_last_year"
    # a generic count under a sector lead stays scoped to the sector
    t = targets("开工重大项目120个。", "交通建设方面，开工重大项目100个以上。", 2023)
    assert baseline_of(t, "100个") == ""


def test_people_as_the_unit_of_an_improved_count() -> None:
    # 文山 row 35: 水利建设方面，…，新增蓄水库容4000万立方米以上，提升50万人口供水保障水平
    plan = "水利建设方面，新开工清水河水利枢纽等一批水网工程，新增蓄水库容4000万立方米以上，提升50万人口供水保障水平。"
    t = targets("48.8万农村人口供水保障水平得到提升。", plan, 2023)
    assert t.loc["50万人口", "indicator"] == "供水保障水平提升人口" and baseline_of(t, "50万人口") == "48.8万"
    # people improved with nothing named after them: the rule invents no thing (the name is left as before)
    t = targets("新增蓄水库容3000万立方米。", "新增蓄水库容4000万立方米以上，提升50万人口。", 2023)
    assert t.loc["50万人口", "indicator"] == "新增蓄水库容提升人口"
