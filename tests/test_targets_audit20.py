"""Targets after audit 11 (docs/audits/targets_11.md, issue #11: three reports from outside the
corpus), the target-side fault classes: one test per rule, on paraphrased or quoted sentences run
through the real reader and extractor (docs/assumptions.md#year-and-horizon, #non-targets)."""
from __future__ import annotations

from target_cases import targets

GOALS = "今年地区生产总值增长5%左右，城镇新增就业100万人，居民消费价格涨幅3%左右，粮食产量1.3万亿斤以上。"


def _later(review: str, plan: str, review_year: int = 2024):
    from govreport import extract_quantities, read_text
    from govreport.tables import build_targets

    text = (f"政府工作报告\n一、{review_year}年工作回顾\n{review}\n"
            f"二、{review_year + 1}年重点工作\n{plan}\n")
    return build_targets(extract_quantities(read_text(text)), include_later=True).set_index("text", drop=False)


def test_use_n_years_sets_a_multi_year_goal() -> None:
    """争取用三年时间，解决750万户…和240万户…的住房问题: a goal for three years from the plan year (as
    三年内), not the plan year's; a goal of the plan year in the next sentence keeps its year."""
    plan = (GOALS + "争取用三年时间，解决750万户城市低收入住房困难家庭和240万户棚户区居民的住房问题。"
            "用两年左右时间完成200个老旧小区改造。今年新建保障性住房10万套。")
    t = targets("城镇新增就业100万人。", plan)
    assert not {"750万户", "240万户", "200个"} & set(t.index)
    assert "10万套" in t.index
    later = _later("城镇新增就业100万人。", plan)
    assert (later.loc["750万户", "year"], later.loc["750万户", "year_from"]) == (2027, 2025)
    assert later.loc["240万户", "year"] == 2027 and later.loc["200个", "year"] == 2026


def test_the_total_of_a_plan_of_n_years_and_its_part_after_qizhong_span_its_years() -> None:
    """实施总额4万亿元的两年投资计划，其中中央政府拟新增1.18万亿元: the total of a two-year plan and its
    central part are two-year amounts (year_from the plan year, year the next); 安排投资500亿元 in a
    clause of its own stays the plan year's."""
    plan = GOALS + "大规模增加政府投资，实施总额4万亿元的两年投资计划，其中中央政府拟新增1.18万亿元，扩大国内需求。今年安排中央预算内投资500亿元。"
    t = targets("城镇新增就业100万人。", plan)
    assert not {"4万亿元", "1.18万亿元"} & set(t.index)
    assert "500亿元" in t.index
    later = _later("城镇新增就业100万人。", plan)
    for text in ("4万亿元", "1.18万亿元"):
        assert (later.loc[text, "year"], later.loc[text, "year_from"]) == (2026, 2025)


def test_letters_before_a_count_with_a_counter_name_the_thing_counted() -> None:
    """新增公共场所AED3000台: AED names the devices counted (a goal, compared with the review's 投放AED1200台),
    not a model code; C919 and 5G基站 stay codes, not figures."""
    t = targets("重点场所投放AED1200台。", GOALS + "新增公共场所AED3000台。推动C919大飞机交付。建成5G基站2万个。")
    row = t.loc["3000台"]
    assert row["baseline_text"] == "1200台" and "AED" in row["indicator"]
    assert "919" not in "".join(t.index) and "5G" not in set(t.index)


def test_the_plans_own_list_of_projects_is_no_goal() -> None:
    """扎实推进30项为民办实事项目 and 继续安排15项民生实事项目 number the plan's own list (as 20件民生实事);
    新开工重点项目30项 stays a goal."""
    t = targets("城镇新增就业100万人。",
                GOALS + "扎实推进30项为民办实事项目，切实解决一批群众急难愁盼问题。继续安排15项民生实事项目。新开工重点项目30项。")
    assert "15项" not in t.index
    assert list(t.loc[t.text == "30项", "indicator"]) == ["新开工重点项目数"]


def test_a_pivot_verb_and_a_count_whose_clause_ends_in_a_quality_work_on_a_set() -> None:
    """推动17条产业链建设走深走实: the chains the plan works on (as …的…工作); 推动建成10条产业链 stays a goal."""
    t = targets("城镇新增就业100万人。", GOALS + "完善产业链图谱，推动17条产业链建设走深走实。新建10条智能产线。")
    assert "17条" not in t.index and "10条" in t.index


def test_a_bare_count_before_people_and_their_pay_is_the_group_acted_on() -> None:
    """提高1200万中小学教师待遇: the teachers whose pay is raised, not an amount to produce."""
    t = targets("城镇新增就业100万人。", GOALS + "对义务教育阶段教师实行绩效工资制度，提高1200万中小学教师待遇。")
    assert "1200万" not in t.index


def test_an_amount_after_a_share_of_units_is_the_threshold_that_defines_the_share() -> None:
    """推动70%村集体经济组织收入超过50万元: 50万元 defines which units the share counts; the share is the goal."""
    t = targets("城镇新增就业100万人。", GOALS + "大力发展村级集体经济，推动70%村集体经济组织收入超过50万元。")
    assert "50万元" not in t.index and "70%" in t.index


def test_a_stock_word_inside_the_noun_after_xinzeng_is_no_stock() -> None:
    """新增以存量拓增量项目130个: 存量 is part of the projects' name; 新增 opening the clause makes a flow.
    累计打造特色街区30个 stays a stock."""
    t = targets("城镇新增就业100万人。", GOALS + "新增以存量拓增量项目130个以上。累计打造特色街区30个。")
    assert t.loc["130个", "measure"] == "flow" and t.loc["30个", "measure"] == "stock"


def test_every_member_after_fenbie_tigao_dao_is_a_level_reached() -> None:
    """把小学、初中学生人均公用经费分别提高到300元和500元: both are levels (stock), not the first alone."""
    t = targets("城镇新增就业100万人。", GOALS + "把小学、初中学生人均公用经费分别提高到300元和500元。")
    assert t.loc["300元", "measure"] == "stock" and t.loc["500元", "measure"] == "stock"


def test_a_change_from_last_year_in_the_plan_is_no_review_figure_restated() -> None:
    """拟安排中央财政赤字7500亿元，比上年增加5700亿元: 比上年 compares, it restates nothing the review says, so
    no review_vs_plan check compares 5700亿元 with the review's 比上年增加1637亿元; 2008年谋划确定的34个重点项目 still is."""
    from govreport import extract_quantities, read_text
    from govreport.tables import build_checks, build_sector_output, build_subsidies

    text = ("政府工作报告\n一、2008年工作回顾\n全年中央财政用于三农的投入5955亿元，比上年增加1637亿元。谋划重点项目51个。\n"
            "二、2009年工作安排\n拟安排中央财政赤字7500亿元，比上年增加5700亿元。紧盯2008年谋划确定的34个重点项目。\n")
    q = extract_quantities(read_text(text))
    checks = build_checks(q, build_sector_output(q), build_subsidies(q), review_year=2008)
    compared = set(checks.loc[checks["check"] == "review_vs_plan", "figures"])
    assert not any("5700亿元" in c for c in compared)
    assert any("34个" in c for c in compared)
