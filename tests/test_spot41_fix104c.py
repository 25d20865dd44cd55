"""Audit 41 (黄冈, 曲靖, 呼伦贝尔, 通化 2023), round fix104c: baselines missed or wrongly taken because a review figure is named
or read apart from the target's (an increase for a level, a grade after 等N个, a grid connection, a sub-economy's growth)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.extract.keys import indicator_key
from target_cases import baseline_of, class_of, targets


def _names(review: str) -> dict[str, str]:
    """The indicator of each figure of ``review`` (a review part), by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n地区生产总值增长5%。\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_an_increase_is_no_baseline_of_a_level() -> None:
    # 呼伦贝尔 G8 row 35: 科技型中小企业入库100家 (a level after 达到) and the review's 分别增加…35家 (an increase)
    review = "自治区级创新平台和科技服务机构、高新技术企业、科技型中小企业入库分别增加6家、17家和35家。"
    t = targets(review, "力争国家高新技术企业达到50家、科技型中小企业入库100家。", 2022)
    assert baseline_of(t, "100家") == "" and class_of(t, "100家") == "no_baseline"
    # a flow target keeps the review's increase as its baseline
    t = targets("科技型中小企业入库新增35家。", "科技型中小企业入库新增50家。", 2022)
    assert baseline_of(t, "50家") == "35家"


def test_a_count_after_examples_counts_the_grade_after_it() -> None:
    # 曲靖 G4 rows 27, 28: 创成师宗五龙景区等3个4A级景区、宣威尼珠河大峡谷等11个3A级景区
    review = "创成师宗五龙景区等3个4A级景区、宣威尼珠河大峡谷等11个3A级景区。"
    names = _names(review)
    assert "4A级景区" in names["3个"] and names["11个"] in ("3A级景区数", "创成3A级景区数")  # (the list's lead verb carried: fix160d)
    t = targets(review, "创建4A级景区2个、3A级景区5个。", 2022)
    assert baseline_of(t, "2个") == "3个" and baseline_of(t, "5个") == "11个"
    assert class_of(t, "5个") == "below_last_year"
    # one grade is no baseline of another
    t = targets("创成师宗五龙景区等3个4A级景区。", "创建3A级景区5个。", 2022)
    assert baseline_of(t, "5个") == ""


def test_grid_connection_alone_is_the_years_capacity_connected() -> None:
    # 曲靖 G5 row 42: 实现并网350万千瓦 after projects pushed on; review 、实现并网发电150万千瓦
    review = "麒麟等3个全国整县分布式光伏试点项目全面推进、实现并网发电150万千瓦。"
    plan = "推进华能雨汪电厂2×100万千瓦扩建等项目建设，全面推进394万千瓦风电项目建设，实现并网350万千瓦。"
    assert _names(review)["150万千瓦"] == "新增并网装机容量"
    t = targets(review, plan, 2022)
    row = t.loc[["350万千瓦"]].iloc[-1]
    assert row["indicator"] == "新增并网装机容量" and row["measure"] == "flow"
    assert baseline_of(t, "350万千瓦") == "150万千瓦"
    # a capacity with its own subject before 并网 keeps its name
    assert _names("风电项目并网100万千瓦。")["100万千瓦"] != "新增并网装机容量"
    # a bare 、并网 after a member's 装机规模 is that member's connection
    assert _names("安排风电光伏装机规模2000万千瓦、并网1500万千瓦。")["1500万千瓦"] == "风电光伏并网装机容量"


def test_a_qualified_economys_growth_is_no_gdp_growth() -> None:
    # 通化 G9 row 32: 六大农业龙型经济增长9.5%
    assert indicator_key("六大农业龙型经济增长", "%", "increase") == ""
    assert indicator_key("循环经济增长", "%", "increase") == ""
    # the economy alone, or under a place scope or a verb, is GDP's
    for name in ("经济增长", "全市经济增长", "我区经济增长", "确定经济增长", "推动经济增长"):
        assert indicator_key(name, "%", "increase") == "gdp_growth", name


def test_fixed_asset_investment_above_the_line_is_the_whole() -> None:
    # 呼伦贝尔 G3 row 2: 固定资产投资增长15%以上 and the review's 限额以上固定资产投资增长12.6% (the statistics' own scope)
    t = targets("限额以上固定资产投资增长12.6%。", "固定资产投资增长15%以上。", 2022)
    assert baseline_of(t, "15%") == "12.6%" and class_of(t, "15%") == "stretch"
    # another scope stays one
    t = targets("工业固定资产投资增长12.6%。", "固定资产投资增长15%以上。", 2022)
    assert baseline_of(t, "15%") == ""


def test_municipal_infrastructure_projects_are_municipal_projects() -> None:
    # 呼伦贝尔 G3 row 46: 实施131个市政基础设施项目 and the review's 实施市政项目123个
    t = targets("实施市政项目123个。", "实施131个市政基础设施项目。", 2022)
    assert baseline_of(t, "131个") == "123个" and class_of(t, "131个") == "modest"
    t = targets("实施交通项目123个。", "实施131个市政基础设施项目。", 2022)
    assert baseline_of(t, "131个") == ""
