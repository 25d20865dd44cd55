"""Baselines and keys after audit 8 (docs/audits/targets_8.md, fault groups 7–9, issue #11): one test per
rule, on paraphrased sentences run through the real reader and extractor (docs/assumptions.md#baseline-matching)."""
from __future__ import annotations

from target_cases import targets

from govreport import extract_quantities, read_text
from govreport.tables.figures import canonical


def test_money_put_into_a_purpose_is_the_spending_on_it() -> None:
    """财政用于农业农村的投入 (plan) and 财政农业农村支出 (review) state one amount: 投入 = 支出."""
    t = targets("省财政农业农村支出超过500亿元。", "今年省财政用于农业农村的投入拟安排560亿元。")
    assert t.loc["560亿元"].baseline_text == "500亿元"
    assert canonical("建成投入使用学校") == "建成投入使用学校"  # 投入使用 (put into use) stays a verb


def test_credit_granted_scale_and_total_are_one_running_total() -> None:
    """“科贷通”授信规模 (plan) and 授信总额 (review) are the same running total."""
    t = targets("“科贷通”服务平台运行良好，授信总额突破800亿元。", "“科贷通”授信规模突破1000亿元。")
    assert t.loc["1000亿元"].baseline_text == "800亿元"


def test_an_industrys_scale_in_yuan_is_its_output_value() -> None:
    """新能源和智能网联汽车产业规模 (plan) is measured by the review's 产值; 规模以上 stays whole."""
    t = targets("新能源和智能网联汽车产值达900亿元。", "推动新能源和智能网联汽车产业规模突破1000亿元。")
    assert t.loc["1000亿元"].baseline_text == "900亿元"
    assert canonical("规模以上工业产值") == "规模以上工业产值" and canonical("产业规模") == "产业产值"


def test_postdocs_recruited_are_postdocs_entering_a_station() -> None:
    """新招收博士后 (plan) and 新增进站博士后 (review): the same people counted."""
    t = targets("新增进站博士后600人。", "新招收博士后700人。")
    assert t.loc["700人"].baseline_text == "600人"


def test_jia_and_ge_count_the_same_platforms() -> None:
    """新增…8家省级工业互联网平台 and 新增省级工业互联网平台5个: 家 and 个 both count platforms;
    a count of parks in 个 is not compared with anything in 家."""
    t = targets("新增甲乙、丙丁等8家省级工业互联网平台，新增口袋公园9家。",
                "新增省级工业互联网平台5个，新建口袋公园10个。")
    assert t.loc["5个"].baseline_text == "8家"
    assert t.loc["10个"].baseline_text == ""


def test_city_is_no_scope_that_keeps_a_same_key_figure_apart() -> None:
    """建成城市绿道150公里 and 新建改造绿道100公里: one measure (greenways), 城市 as 全市."""
    t = targets("建成城市绿道150公里。", "新建改造绿道100公里。")
    row = t.loc["100公里"]
    assert row.indicator_key == "greenways" and row.baseline_text == "150公里"


def test_enrolments_after_a_jobs_wording_are_another_measure() -> None:
    """新增城镇就业参保30万人 counts insurance enrolments: no key urban_new_jobs, so it is no
    baseline of 城镇新增就业10万人."""
    q = extract_quantities(read_text("政府工作报告\n一、2024年工作回顾\n新增城镇就业参保30万人。\n")).set_index("text")
    assert q.loc["30万人"].indicator_key == ""
    t = targets("新增城镇就业参保30万人。", "城镇新增就业10万人。")
    row = t.loc["10万人"]
    assert row.indicator_key == "urban_new_jobs" and row.baseline_text == ""


def test_a_gathered_stock_is_no_baseline_of_an_amount_added() -> None:
    """新认定高层次人才5000人 (a flow) is not measured by 集聚高层次人才1万人 (gathered over time)."""
    t = targets("新增进站博士后600人，集聚高层次人才1万人。", "新认定高层次人才5000人。")
    assert t.loc["5000人"].baseline_text == ""


def test_levels_of_title_must_agree() -> None:
    """创建省级文明村镇30个 is not measured by 创建全国文明村镇10个, but by 创建省级文明村镇25个."""
    t = targets("创建全国文明村镇10个。", "创建省级文明村镇30个。")
    assert t.loc["30个"].baseline_text == ""
    t = targets("创建全国文明村镇10个，创建省级文明村镇25个。", "创建省级文明村镇30个。")
    assert t.loc["30个"].baseline_text == "25个"


def test_projects_attracted_are_no_key_projects() -> None:
    """引进重大项目50个 counts projects attracted (no key); 推进重大项目120个 keeps key_projects."""
    t = targets("城镇新增就业100万人。", "力争引进重大项目50个以上。推进重大项目120个。")
    assert t.loc["50个"].indicator_key == ""
    assert t.loc["120个"].indicator_key == "key_projects"


def test_a_narrowing_word_before_a_wording_makes_a_part() -> None:
    """乡村旅游收入增长15% is a part of tourism revenue (no key); 旅游总收入增长10% keeps it, and a count of
    和美乡村精品示范村 keeps its key (the rule is for amounts and rates)."""
    t = targets("城镇新增就业100万人。",
                "休闲农业和乡村旅游收入增长15%。旅游总收入增长10%。打造和美乡村精品示范村14个。")
    assert t.loc["15%"].indicator_key == ""
    assert t.loc["10%"].indicator_key == "tourism_revenue_growth"
    assert t.loc["14个"].indicator_key == "demo_villages"


def test_projects_attracted_above_a_threshold_are_no_key_projects() -> None:
    """引进20亿以上重大项目15个: the threshold cuts the clause, yet 引进 still says the projects are attracted."""
    t = targets("城镇新增就业100万人。", "精准开展招商，引进20亿以上重大项目15个以上。")
    assert t.loc["15个"].indicator_key == ""


def test_a_standard_raised_to_an_amount_per_head_is_a_level_with_its_review_baseline() -> None:
    """补助标准提高到每人每年300元 is the level the standard will have (a stock, not an amount added), and
    每人每年 is a payment per head, not an average over years: the review's 由每人每年200元提高到250元 gives 250元."""
    t = targets("各级财政对城乡居民医保的补助标准由每人每年200元提高到250元。",
                "城乡居民医保补助标准提高到每人每年300元。")
    row = t.loc["300元"]
    assert row.measure == "stock" and row.baseline_text == "250元"


def test_a_rank_after_the_next_list_mark_names_no_level_of_title() -> None:
    """新增灯塔工厂3家、总数居全国第2位: 全国 belongs to the rank, so 新增省级灯塔工厂2家 is still compared with 3家."""
    t = targets("新增灯塔工厂3家、总数居全国第2位。", "新增省级灯塔工厂2家。")
    assert t.loc["2家"].baseline_text == "3家"
