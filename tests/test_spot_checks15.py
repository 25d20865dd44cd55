"""Rules from reading a corpus report no audit had read (national 2014, session 15): an emissions list
shares 排放量, and 能源消耗强度 is the energy-intensity cut. Sentences in a report's style, numbers altered."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from name_cases import HEAD, names


def test_an_emissions_list_shares_the_whole_head_not_characters_of_the_last_member() -> None:
    """二氧化硫、化学需氧量排放量分别下降: 二氧化硫排放量 (not 二氧化硫量排放量, the characters of 化学需氧量 after
    as many as 二氧化硫 has)."""
    got = names("二氧化硫、化学需氧量排放量分别下降3.1%、2.4%。")
    assert (got["3.1%"], got["2.4%"]) == ("二氧化硫排放量下降", "化学需氧量排放量下降")


def test_energy_consumption_intensity_is_the_energy_intensity_cut() -> None:
    """能源消耗强度下降3.6%: keyed energy_intensity_reduction, as 单位国内生产总值能耗下降 is."""
    table = extract_quantities(read_text(HEAD + "推进节能减排，能源消耗强度下降3.6%，二氧化硫排放量下降3.2%。\n"))
    keys = dict(zip(table.text, table.indicator_key))
    assert (keys["3.6%"], keys["3.2%"]) == ("energy_intensity_reduction", "so2_reduction")


def test_retrofitted_capacity_is_no_installed_capacity() -> None:
    """推进燃煤电厂脱硫改造1200万千瓦: capacity retrofitted, not keyed power_capacity (新增装机 still is)."""
    table = extract_quantities(read_text("二、2014年重点工作\n今年要推进燃煤电厂脱硫改造1200万千瓦，新增发电装机容量800万千瓦。\n"))
    keys = dict(zip(table.text, table.indicator_key.fillna("")))
    assert (keys["1200万千瓦"], keys["800万千瓦"]) == ("", "power_capacity")


def test_a_one_digit_yuan_before_a_list_of_names_is_a_name() -> None:
    """扶持三元、蒙牛等乳业龙头企业: 三元 is a firm listed with another, not three yuan (county_hailar_2013 spot
    check); 补助两元、三元: amounts listed stay amounts."""
    table = extract_quantities(read_text(HEAD + "扶持三元、蒙牛等乳业龙头企业做大做强。每人补助两元、三元。\n"))
    assert list(table[table.role != "meta"].text) == ["两元", "三元"]


def test_schools_paired_are_no_schools_built() -> None:
    """遴选城区学校与200所乡村学校结对: a count of schools paired, not keyed schools_built (新改扩建中小学30所 is)."""
    table = extract_quantities(read_text(
        "二、2024年重点工作\n遴选城区优质学校与200所乡村学校结对帮扶，新改扩建公办中小学30所。\n"))
    keys = dict(zip(table.text, table.indicator_key.fillna("")))
    assert (keys["200所"], keys["30所"]) == ("", "schools_built")


def test_a_set_named_by_example_that_the_plan_completes_is_a_goal() -> None:
    """消除A、B等6处易积水点位; …等300个重点项目开复工; 实施C街等5条断头路贯通工程: the clause's verb (消除) or the work
    after the count (开复工, 贯通, 更新) binds the count (audit 26); 推进A等10个国家物流枢纽建设 stays a set worked on."""
    from target_cases import targets
    t = targets("消除易积水点位13处。", "消除甲园、乙苑等6处易积水点位。推动甲厂搬迁、乙厂改造等300个重点项目开复工。"
                "实施东风街等5条断头路贯通工程，实施南湖街等15条街路更新工程。推进甲城等10个国家物流枢纽建设。")
    assert {"6处", "300个", "5条", "15条"} <= set(t.index) and "10个" not in t.index


def test_a_rate_that_fell_is_a_growth_below_zero_for_a_rate_target() -> None:
    """CPI微降0.3% in the review is the baseline of 居民消费价格涨幅2%左右 at −0.3 (audit 26 HN26#4); 涨幅回落到2.6%
    is the level reached (+2.6); 能耗下降3.5% stays a cut of 3.5 for the cut target 能耗降低3%."""
    from target_cases import targets
    t = targets("CPI微降0.3%，单位地区生产总值能耗下降3.5%。", "居民消费价格涨幅2%左右，单位地区生产总值能耗降低3%左右。")
    assert float(t.loc["2%", "baseline_value"]) == -0.3 and float(t.loc["3%", "baseline_value"]) == 3.5
    t = targets("居民消费价格涨幅回落到2.6%。", "居民消费价格涨幅3%左右。")
    assert float(t.loc["3%", "baseline_value"]) == 2.6


def test_trade_in_services_and_outward_investment_take_their_own_baselines() -> None:
    """服务进出口总额增长22.1% is trade in services (the baseline of 服务贸易增长10%), and 实际对外投资增长 is outward
    investment, never keyed fai_growth (audit 26 HN26#5, #7)."""
    from target_cases import targets
    t = targets("服务进出口总额增长22.1%，实际对外投资增长20.7%。", "服务贸易增长10%，实际对外直接投资增长12%。")
    assert float(t.loc["10%", "baseline_value"]) == 22.1 and t.loc["10%", "indicator_key"] == "service_trade_growth"
    assert float(t.loc["12%", "baseline_value"]) == 20.7 and t.loc["12%", "indicator_key"] != "fai_growth"


def test_a_clause_dated_to_the_year_inside_the_term_part_stays_the_years() -> None:
    """Under 2025年和“十四五”时期工作回顾, after 回望过去五年: 2025年运行集装箱班轮航线70条 is 2025's level, a baseline
    (audit 26 HN26#25); 2025年外国人来琼工作人数较2020年增长90% is a change over the term, none."""
    from govreport.tables import build_tables
    text = ("政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年，全省地区生产总值增长5%。\n"
            "回望过去五年，我们砥砺前行。航运物流发展壮大，2025年运行集装箱班轮航线70条。"
            "2025年外国人来琼工作人数较2020年增长90%。\n"
            "二、2026年工作安排\n运行集装箱班轮航线80条，来琼工作外国人增长10%。\n")
    t = build_tables(read_text(text))["targets"].set_index("text")
    assert t.loc["80条", "baseline_text"] == "70条"
    assert t.loc["10%", "feasibility"] == "no_baseline"


def test_life_expectancy_in_years_is_a_goal_not_an_age() -> None:
    """力争人均预期寿命达81岁: years of life as a measure, a goal (audit 26 HN26#69); 0—3岁婴幼儿 stays an age group."""
    from target_cases import targets
    t = targets("人均预期寿命达到80.5岁。", "力争人均预期寿命达81岁，建设0—3岁婴幼儿托育机构20家。")
    assert "81岁" in t.index and "3岁" not in t.index and "20家" in t.index
