"""Held-out audit 65 (克拉玛依, 黔东南 2023), round fix138f: baselines of another measure, scope or period, and a class
read from the wrong measure (a part-year 分别 member, 国储林, 达 before a stock, 企业 within 市场主体, stages 筹建 and 完成改造,
全年累计)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_a_later_each_member_of_a_part_year_is_no_baseline() -> None:
    # 黔东南 row 8: 前三季度…分别增长5.9％、7.9％ is 1—9月's, the 7.9％ as the 5.9％
    plan = "城镇、农村居民人均可支配收入分别增长7％左右、9％左右。"
    t = targets("前三季度城镇和农村常住居民人均可支配收入分别增长5.9％、7.9％，分别列全省第4位、第1位。", plan, 2022)
    assert baseline_of(t, "9％") == "" and class_of(t, "9％") == "no_baseline"
    # the whole year's 分别 list still measures it
    t = targets("城镇和农村常住居民人均可支配收入分别增长5.9％、7.9％。", plan, 2022)
    assert baseline_of(t, "9％") == "7.9％"


def test_a_national_reserve_forest_project_is_no_afforestation() -> None:
    # 黔东南 row 35: 实施国储林项目20万亩 is not measured by 完成造林44万亩
    t = targets("完成造林44万亩，治理石漠化89平方公里。", "实施国储林项目20万亩。", 2022)
    assert baseline_of(t, "20万亩") == ""
    # afforestation itself still is (营造林 against 造林)
    t = targets("完成造林44万亩，治理石漠化89平方公里。", "完成营造林30万亩。", 2022)
    assert baseline_of(t, "30万亩") == "44万亩"


def test_a_stock_reached_after_da_takes_the_total_not_the_additions() -> None:
    # 黔东南 row 53: 确保市场主体达43万户 against 全年新增市场主体6.6万户、总量达到39.5万户
    review = "全年新增市场主体6.6万户、总量达到39.5万户，留住青山、赢得未来。"
    t = targets(review, "确保市场主体达43万户。", 2022)
    assert baseline_of(t, "43万户") == "39.5万户" and class_of(t, "43万户") == "modest"
    # a flow target (新增) still takes the additions
    t = targets(review, "全年新增市场主体7万户。", 2022)
    assert baseline_of(t, "7万户") == "6.6万户"


def test_firms_are_no_market_entities() -> None:
    # 黔东南 row 54: 企业突破8万户 after 确保市场主体达43万户 is not measured by 市场主体…总量达到39.5万户
    review = "全年新增市场主体6.6万户、总量达到39.5万户，留住青山、赢得未来。"
    t = targets(review, "大力培育壮大市场主体，确保市场主体达43万户，企业突破8万户。", 2022)
    assert baseline_of(t, "8万户") == "" and class_of(t, "8万户") == "no_baseline"
    # market entities still take market entities
    assert baseline_of(t, "43万户") == "39.5万户"


def test_new_starts_take_no_completed_renovations() -> None:
    # 黔东南 row 76: 新开工老旧小区改造221个3万户 against 完成改造老旧小区1.69万户
    review = "深入推进城市更新行动，完成改造老旧小区1.69万户、背街小巷342条。"
    t = targets(review, "新开工老旧小区改造3万户。", 2022)
    assert baseline_of(t, "3万户") == ""
    # a completion target still takes the completions
    t = targets(review, "完成改造老旧小区2万户。", 2022)
    assert baseline_of(t, "2万户") == "1.69万户"


def test_units_finished_take_no_units_raised() -> None:
    # 克拉玛依 row 56: 确保2000套续建保障性住房按时完工 against 筹建保障性住房3644套
    review = "筹建保障性住房3644套，住房条件不断改善。"
    t = targets(review, "确保2000套续建保障性住房按时完工。", 2022)
    assert baseline_of(t, "2000套") == ""
    # units raised still take units raised
    t = targets(review, "筹建保障性住房3000套。", 2022)
    assert baseline_of(t, "3000套") == "3644套"


def test_a_years_running_total_is_a_flow() -> None:
    # 克拉玛依 row 48: 力争全年累计提供就业岗位10000个 is the year's flow, under last year's 17365个
    review = "全年发布就业岗位17365个，城镇新增就业3135人。"
    t = targets(review, "力争全年累计提供就业岗位10000个。", 2022)
    assert class_of(t, "10000个") == "below_last_year"
    t = targets(review, "力争全年累计提供就业岗位10000个。", 2022)
    assert t.loc[["10000个"]].iloc[-1]["measure"] == "flow"
    # 累计 with no year before it stays a stock reached over the years
    t = targets("全年发布就业岗位17365个。", "力争累计提供就业岗位10000个。", 2022)
    assert t.loc[["10000个"]].iloc[-1]["measure"] == "stock"
