"""Targets after audit 19 (docs/audits/targets_19.md): one test per rule, on paraphrased sentences run
through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets


def test_the_scope_of_a_coverage_goal_is_no_target() -> None:
    """全省N家…、M家…实现…全覆盖: both members name what is covered (G26#80); 实现省内N公里线路…连续覆盖 (G26#93)."""
    plan = ("全省300家中小学食堂、45家学生集体用餐配送单位实现食品安全检查全覆盖，开展餐饮食品抽检3000批次。"
            "实现省内3.5万公里线路重点场所移动网络信号连续覆盖。新建5G基站2万个。")
    t = targets("全省地区生产总值增长5%。", plan)
    assert "300家" not in t.index and "45家" not in t.index and "3.5万公里" not in t.index
    assert "3000批次" in t.index and "2万个" in t.index


def test_a_qualifier_before_a_rates_base_is_read_across_it() -> None:
    """食品抽检量超每千人N批次: 超 stands before 每千人, the figure is a floor (G26#78)."""
    t = targets("全省地区生产总值增长5%。", "加强食品安全监管，食品抽检量超每千人5.8批次，其中开展专项抽检超4万批次。")
    assert t.loc["5.8批次", "qualifier"] == "more_than" and t.loc["5.8批次", "target_kind"] == "floor"
    assert t.loc["5.8批次", "indicator"] == "每千人食品抽检量"


def test_a_rate_per_thousand_is_never_the_total_of_a_qizhong_check() -> None:
    """每千人5.8批次 is a rate: the count after 其中 is no part of it (G26 C02)."""
    from govreport.tables import build_checks, build_sector_output, build_subsidies
    from test_tables_frames import make_frame
    text = "食品抽检量超每千人5.8批次,其中开展专项抽检超4万批次。"
    q = make_frame(text, [("5.8批次", "5.8", "批次", "target"), ("4万批次", 40000, "批次", "target")])
    checks = build_checks(q, build_sector_output(q), build_subsidies(q), review_year=2024)
    assert checks.empty or "parts_vs_total" not in set(checks["check"])


def test_a_count_of_the_poor_lifted_out_is_keyed_and_finds_the_reviews_reduction() -> None:
    """完成N万以上农村贫困人口脱贫任务 (no unit): people lifted out, rural_poor_reduction, whose baseline is the
    review's 农村贫困人口减少N万人 (N16#28)."""
    t = targets("扶贫力度加大，农村贫困人口减少1300万人。", "今年要完成1100万以上农村贫困人口脱贫任务，继续推进危房改造。")
    row = t.loc["1100万"]
    assert row["indicator"] == "农村贫困人口脱贫人数" and row["indicator_key"] == "rural_poor_reduction"
    assert row["unit"] == "人" and row["baseline_text"] == "1300万人"


def test_a_scope_named_by_an_earlier_member_of_the_reviews_list_is_the_same_scope() -> None:
    """新增产业到位资金 against the review's 引进产业项目N个、新增到位资金M亿元: 产业 is the list's (B24#51); a review
    list whose members name no 产业 gives no baseline."""
    plan = "深入开展招商引资，引进优强企业100家以上，新增产业到位资金400亿元以上。"
    t = targets("推动区域合作事项150项，引进产业项目500个、新增到位资金380亿元。", plan)
    assert t.loc["400亿元", "baseline_text"] == "380亿元"
    t = targets("推动区域合作事项150项，引进外资企业50个、新增到位资金380亿元。", plan)
    assert t.loc["400亿元", "baseline_text"] != "380亿元"


def test_graduates_placed_in_jobs_are_no_graduating_cohort() -> None:
    """引导…高校毕业生…到…就业: a goal, not keyed college_graduates (the year's cohort: key_vetoes 就业)."""
    t = targets("全省地区生产总值增长5%。", "引导超3万名高校毕业生等青年到山区县稳定就业。")
    assert t.loc["3万名", "indicator_key"] != "college_graduates" and t.loc["3万名", "target_kind"] == "floor"


def test_keys_of_another_measure_are_not_given() -> None:
    """新增涉旅市场主体 is no count of all market entities (B24#71); 集中式饮用水水源地水质优良比例 is the
    drinking-water sources' share, not surface water's, and finds the review's same measure (B24#75)."""
    t = targets("县城以上集中式饮用水水源地水质优良比例达100%，新增市场主体10万户。",
                "新增涉旅市场主体2000家以上。县城以上集中式饮用水水源地水质优良比例保持100%。")
    assert t.loc["2000家", "indicator_key"] != "market_entities"
    row = t.loc["100%"]
    assert row["indicator_key"] == "drinking_water_quality" and row["baseline_key"] == "drinking_water_quality"


def test_a_bare_value_added_after_a_count_of_firms_is_theirs() -> None:
    """规模以上工业企业达N万家、增加值增长M%: the review's 规模以上工业增加值增长, keyed, the plan's baseline (G26#3)."""
    t = targets("规模以上工业企业达7万家、增加值增长4%，高技术制造业增加值增长6%。", "规模以上工业增加值增长5%左右。")
    row = t.loc["5%"]
    assert row["baseline_indicator"] == "规模以上工业增加值增长" and row["baseline_key"] == "industrial_value_added_growth"
