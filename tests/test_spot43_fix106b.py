"""Audit 43 (held-out 2023 city reports: 七台河, 保定, 平顶山, 临沧), round fix106b: a review figure of the same measure
refused or missed for a basis word, an abbreviation, a seeking verb in the other order, a 同比 before the change, a
counter not read as a unit, a registry wording of another thing; and a running total's sum taken for a year's flow."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.extract.scanner import scan_tokens
from govreport.tables.name_scopes import scope_of
from target_cases import baseline_of, class_of, targets


def _keys(review: str) -> dict[str, str]:
    """The indicator key of each figure of ``review`` (a review part), by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n地区生产总值增长5%。\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator_key"]))


def test_a_basis_word_is_no_scope() -> None:
    # 临沧 row 5: 同口径一般公共预算收入52.25亿元，增长3.2% is the baseline of 一般公共预算收入增长20%以上
    t = targets("同口径一般公共预算收入52.25亿元，增长3.2%。", "一般公共预算收入增长20%以上。", 2022)
    assert baseline_of(t, "20%") == "3.2%" and class_of(t, "20%") == "very_stretch"
    # only the basis word is dropped: a scope beside it stays (县级, 中心城区)
    key = "general_budget_revenue_growth"
    assert scope_of("同口径一般公共预算收入增长", key) == ""
    assert scope_of("同口径县级一般公共预算收入增长", key) == "县级"
    assert scope_of("中心城区一般公共预算收入增长", key) == "中心城区"


def test_an_abbreviation_inside_a_longer_name() -> None:
    # 平顶山 row 25: 建成棚改安置房1.3万套 and 基本建成棚户区改造安置房5000套
    t = targets("加快城市更新，改造老旧小区3.1万户，建成棚改安置房1.3万套。", "基本建成棚户区改造安置房5000套。", 2022)
    assert baseline_of(t, "5000套") == "1.3万套" and class_of(t, "5000套") == "below_last_year"
    # another kind of home is not measured by it
    t = targets("建成棚改安置房1.3万套。", "筹集保障性租赁住房5000套。", 2022)
    assert baseline_of(t, "5000套") == ""


def test_seeking_verbs_in_either_order() -> None:
    # 临沧 row 40: 创建申报国家4A级旅游景区2个 is measured by 新增4个国家4A级旅游景区
    t = targets("新增4个国家4A级旅游景区。", "创建申报国家4A级旅游景区2个。", 2022)
    assert baseline_of(t, "2个") == "4个" and class_of(t, "2个") == "below_last_year"
    # an application alone (申报) stays another measure
    t = targets("新增4个国家4A级旅游景区。", "申报国家4A级旅游景区2个。", 2022)
    assert baseline_of(t, "2个") == ""


def test_same_period_growth_of_a_named_group() -> None:
    # 临沧 row 11: 脱贫人口收入同比增长17.8% is the baseline of 脱贫人口人均纯收入增长18%以上
    review = "实施农村居民和脱贫人口持续增收三年行动，脱贫劳动力转移就业15.73万人，脱贫人口收入同比增长17.8%。"
    t = targets(review, "深入实施增收三年行动，实现脱贫人口人均纯收入增长18%以上。", 2022)
    assert baseline_of(t, "18%") == "17.8%" and class_of(t, "18%") == "modest"
    # another group's income growth is not
    t = targets("农村居民收入同比增长7.8%。", "实现脱贫人口人均纯收入增长18%以上。", 2022)
    assert baseline_of(t, "18%") == ""


def test_a_standalone_ji_counts() -> None:
    # 七台河 row 35: 新建5G基站351基 is the baseline of 新建5G基站260个
    assert [(t.value, t.unit) for t in scan_tokens("新建5G基站351基，")][-1] == (351, "基")
    t = targets("数字产业化协同推进，新建5G基站351基，双叶家具完成智能化改造。", "新建5G基站260个。", 2022)
    assert baseline_of(t, "260个") == "351基" and class_of(t, "260个") == "below_last_year"
    # 基 inside a word is no unit: 3基金, 5基地, 5基础设施
    for text in ("设立3基金", "建成5基地", "完成5基础设施"):
        assert all(t.unit != "基" for t in scan_tokens(text))


def test_individual_businesses_becoming_firms_are_no_firms_grown_above_the_size_line() -> None:
    # 七台河 row 62: 个转企 is its own measure, no 小升规
    keys = _keys("实现个转企9户，新增规上工业企业8户。")
    assert keys["9户"] == "individual_to_firms" and keys["8户"] == "firms_upgraded"
    t = targets("新增规上工业企业8户。", "实现个转企10户、新增规上企业12户以上。", 2022)
    assert baseline_of(t, "10户") == "" and baseline_of(t, "12户") == "8户"


def test_the_sum_of_a_running_total_is_no_years_flow() -> None:
    # 保定 row 20: 与京津合作项目累计达707项，总投资6833亿元 is no baseline of the year's key projects' 总投资
    t = targets("项目落地更多，与京津合作项目累计达707项，总投资6833亿元。", "计划实施省市重点项目676个，总投资6658.3亿元。", 2022)
    assert baseline_of(t, "6658.3亿元") == ""
    # without 累计 the year's projects' total investment is the baseline
    t = targets("全年实施省市重点项目640项，总投资6233亿元。", "计划实施省市重点项目676个，总投资6658.3亿元。", 2022)
    assert baseline_of(t, "6658.3亿元") == "6233亿元"


def test_projects_signed_are_not_the_key_list() -> None:
    # 保定 row 20: “双千工程”签约入库项目1147个、总投资4772.5亿元 is another set than 省市重点项目
    t = targets("“双千工程”签约入库项目1147个、总投资4772.5亿元。", "计划实施省市重点项目676个，总投资6658.3亿元。", 2022)
    assert baseline_of(t, "6658.3亿元") == ""
