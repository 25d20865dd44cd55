"""Targets after audit 10 (docs/audits/targets_10.md, issue #11: three reports from outside the corpus),
fault classes 2-7 and 10-11 (target side): one test per rule, on paraphrased sentences run through the
real reader and extractor (docs/assumptions.md#parts-and-years, #non-targets, #target-kinds)."""
from __future__ import annotations

import pandas as pd
from target_cases import targets

from govreport import extract_quantities, read_text


def test_results_right_after_a_recap_of_last_year_are_last_years() -> None:
    """过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，… in the plan part: the review year's
    results (role actual), not goals; so they are the baselines of this year's goals after them."""
    t = targets("全年财政收入增长5%。",
                "过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，居民消费价格涨幅控制在3.3%，"
                "城镇新增就业1168万人，国际收支状况有所改善。这为做好今年的工作打下了良好基础。"
                "今年的主要预期目标是：国内生产总值增长8%左右；居民消费价格涨幅控制在4%左右；城镇新增就业900万人以上。")
    assert not {"10.3%", "3.3%", "1168万人"} & set(t.index)
    assert t.loc["8%", "baseline_text"] == "10.3%" and t.loc["8%", "baseline_year"] == 2024
    assert t.loc["4%", "baseline_text"] == "3.3%"
    assert t.loc["900万人", "baseline_text"] == "1168万人" and t.loc["900万人", "feasibility"] == "below_last_year"


def test_a_plan_sentence_after_a_sentence_without_a_recap_stays_a_goal() -> None:
    """A sentence after a recap stays the plan's when it commits (今年…力争) or names the plan year (2025年…);
    and a sentence after one that only names last year (去年以来…) without results stays the plan's."""
    t = targets("全年财政收入增长5%。",
                "过去一年，我们取得了很大成绩。今年力争国内生产总值增长6%左右。"
                "去年以来，外部环境更加复杂。城镇新增就业100万人以上。"
                "过去一年，各项工作取得新成效。2025年全市地区生产总值增长5%以上。")
    assert {"6%", "100万人", "5%"} <= set(t.index)


def test_a_paragraph_of_the_five_years_scopes_all_its_sentences() -> None:
    """——这五年，… opening a paragraph, and 五年来，… opening a sentence inside one: the sentences after it
    in the paragraph state five-year figures (year_from set), never one year's baselines; a 去年 of its
    own keeps a sentence one year's."""
    review = ("——这五年，人民生活明显改善。城镇新增就业5771万人，去年对外贸易总额达到2.97万亿美元。\n"
              "“十四五”时期是新征程的第一个五年。五年来，改革开放纵深推进。央地合作持续深化，完成投资3500亿元。\n"
              "人民生活持续改善。城镇新增就业1168万人。")
    q = extract_quantities(read_text(f"政府工作报告\n一、2024年工作回顾\n{review}\n二、2025年重点工作\n城镇新增就业900万人以上。\n"))
    q = q.set_index("text")
    assert q.loc["5771万人", "year_from"] == 2020 and q.loc["3500亿元", "year_from"] == 2020
    assert pd.isna(q.loc["2.97万亿美元", "year_from"])  # one year
    t = targets(review, "城镇新增就业900万人以上。完成投资超4500亿元。")
    assert t.loc["900万人", "baseline_text"] == "1168万人"
    assert t.loc["4500亿元", "baseline_text"] != "3500亿元"


def test_caps_deductibles_and_loan_quotas_are_policy_settings() -> None:
    """贷款额度分别提高到60万元、1000万元, 支付限额提高1500元, 起付线降低2000元, 封顶线: set by decision."""
    t = targets("城镇新增就业100万人。",
                "个人和小微企业贷款额度分别提高到60万元、1000万元。职工医保支付限额提高1500元。"
                "大额医疗费二次支付起付线降低2000元。大病保险封顶线提高到40万元。新增限额以上批零住餐企业300家。")
    assert not {"60万元", "1000万元", "1500元", "2000元", "40万元"} & set(t.index)
    assert "300家" in t.index


def test_sets_documents_and_the_plans_own_parts_are_no_goals() -> None:
    """11项社会救助标准提高5%以上 (the set; the 5% is the goal), 完善18类信息库建设, 建强2个国家级和22个省级
    区域医疗中心, 每户企业打造1-2个优势板块 (per firm), 新36条 (a document), 继续安排20件民生实事 and 抓好…3件事
    (the plan's own parts); 新建9个智能工厂 stays a goal."""
    t = targets("城镇新增就业100万人。",
                "11项社会救助标准提高5%以上。完善18类信息库建设。建强2个国家级和22个省级区域医疗中心。"
                "每户企业逐步打造1-2个具有核心竞争力的优势板块。认真落实国务院关于鼓励引导民间投资新36条。"
                "今年，我们继续安排20件民生实事。突出抓好渔船改造、化工老旧装置改造和矿山排查整治3件事。新建9个智能工厂。")
    assert not {"11项", "18类", "2个", "22个", "1-2个", "36条", "20件", "3件"} & set(t.index)
    assert {"5%", "9个"} <= set(t.index)


def test_a_change_from_last_years_budget_restates_the_level_before() -> None:
    """财政赤字9000亿元，…，赤字规模比上年预算减少1500亿元: the change of the deficit, not a goal (专项债券比上年
    增加1000亿元, whose subject no figure before names, stays); 确定4.5%左右的
    增长目标 and 45万人以上的目标 cite the goals stated before (one row each)."""
    t = targets("城镇新增就业100万人。",
                "拟安排财政赤字9000亿元，继续代地方发债2000亿元并纳入地方预算，赤字规模比上年预算减少1500亿元。"
                "地区生产总值增长4.5%左右，城镇新增就业45万人以上。专项债券比上年增加1000亿元。"
                "确定4.5%左右的增长目标，体现了稳中求进。城镇新增就业45万人以上的目标，体现了就业优先。")
    assert "1500亿元" not in t.index and {"9000亿元", "2000亿元", "1000亿元"} <= set(t.index)
    assert (t["text"] == "4.5%").sum() == 1 and (t["text"] == "45万人").sum() == 1


def test_a_list_of_members_before_a_shared_growth_rate_gives_one_row_each() -> None:
    """海洋药物和生物制品、海洋电力、海洋旅游增速保持在10%以上: three goals, each named with 增速."""
    t = targets("城镇新增就业100万人。", "海洋药物和生物制品、海洋电力、海洋旅游增速保持在10%以上。")
    assert set(t["indicator"]) == {"海洋药物和生物制品增速", "海洋电力增速", "海洋旅游增速"}
    assert set(t["target_kind"]) == {"floor"}


def test_counts_reached_and_cumulative_lists_are_levels() -> None:
    """省级软件工程技术中心达到100家 (how many there will be), 累计建成智慧社区400个、数字村庄2000个 (both
    members), 科研仪器1万台（套）以上 (以上 after the bracketed counter: a floor), 示范村达到380个 (a key whose
    measure is flow, reached); 新建9个智能工厂 and 新建…示范村50个 flows."""
    t = targets("城镇新增就业100万人。",
                "省级软件工程技术中心达到100家。累计建成智慧社区400个、数字村庄2000个。开放共享科研仪器1万台（套）以上。"
                "新建9个智能工厂。省级以上示范村达到380个以上。新建美丽乡村示范村50个。")
    assert t.loc["100家", "measure"] == "stock"
    assert t.loc["380个", "indicator_key"] == "demo_villages" and t.loc["380个", "measure"] == "stock"
    assert t.loc["50个", "measure"] == "flow"
    assert t.loc["400个", "measure"] == "stock" and t.loc["2000个", "measure"] == "stock"
    assert t.loc["1万台", "qualifier"] == "at_least" and t.loc["1万台", "target_kind"] == "floor"
    assert t.loc["9个", "measure"] == "flow"


def test_a_count_reached_is_not_measured_by_those_added() -> None:
    """离境退税店达到1000家 (how many there will be) is not compared with 新增离境退税商店675家 (those the review
    year added); 新增离境退税商店800家 is."""
    t = targets("新增离境退税商店675家。", "离境退税店达到1000家。")
    assert t.loc["1000家", "baseline_text"] != "675家"
    t = targets("新增离境退税商店675家。", "新增离境退税商店800家。")
    assert t.loc["800家", "baseline_text"] == "675家"


def test_a_change_from_last_years_budget_is_no_part_of_the_total() -> None:
    """今年拟安排财政赤字9000亿元，其中中央财政赤字7000亿元，继续代地方发债2000亿元…，赤字规模比上年预算减少1500亿元:
    the parts after 其中 are 7000亿元 and 2000亿元 (they add up to the total); the change is no part (checks C04 passes)."""
    from govreport.tables.implied_totals import check_parts_vs_total
    from govreport.tables.figures import as_figures
    q = extract_quantities(read_text("政府工作报告\n一、2024年工作回顾\n城镇新增就业100万人。\n二、2025年重点工作\n"
                                     "今年拟安排财政赤字9000亿元，其中中央财政赤字7000亿元，继续代地方发债2000亿元并纳入地方预算，"
                                     "赤字规模比上年预算减少1500亿元，赤字率下降到2%左右。\n"))
    rows = check_parts_vs_total(as_figures(q))
    assert len(rows) == 1 and rows[0]["status"] == "pass" and "1500亿元" not in rows[0]["explanation"]
