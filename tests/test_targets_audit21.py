"""Targets after audit 12 (docs/audits/targets_12.md: national_2008, Gansu 2026, Suzhou 2024 from
outside the corpus), the target-side fault classes: one test per rule, on paraphrased or quoted
sentences run through the real reader and extractor (docs/assumptions.md#term-paragraphs)."""
from __future__ import annotations

from govreport import extract_quantities, read_text

from target_cases import targets

GOALS = "今年地区生产总值增长5%左右，城镇新增就业30万人，居民消费价格涨幅2%左右。"


def _quantities(review: str):
    text = f"政府工作报告\n一、2025年工作回顾\n{review}\n二、2026年重点工作\n{GOALS}\n"
    return extract_quantities(read_text(text)).set_index("text", drop=False)


def test_a_paragraph_opening_with_zheshi_de_wunian_is_the_terms() -> None:
    """——这是追赶进位、综合实力快速跃升的五年。…建成绿色矿山165座: a five-year total (year_from), no
    baseline for the plan's 新建绿色矿山75座."""
    review = "——这是追赶进位、综合实力快速跃升的五年。全省建成绿色矿山165座，完成造林2214万亩。"
    q = _quantities(review)
    assert q.loc["165座", "year_from"] == 2021 and q.loc["2214万亩", "year_from"] == 2021
    t = targets(review, GOALS + "新建绿色矿山75座。", review_year=2025)
    assert t.loc["75座", "baseline_text"] in ("", None) or str(t.loc["75座", "baseline_text"]) == "nan"


def test_paragraphs_after_a_lead_line_are_the_terms_up_to_the_review_year() -> None:
    """五年来主要做了以下工作。 then 我们… paragraphs: five-year figures, up to the paragraph that names the
    review year (刚刚过去的2025年…: that year's figures); a lone 这是…的五年。 makes the next one the term's."""
    review = ("五年来主要做了以下工作。\n我们系统强化生态保护，建成绿色矿山165座。\n"
              "我们用心保障民生，输转城乡富余劳动力500万人以上。\n"
              "刚刚过去的2025年，全省输转城乡富余劳动力515.3万人，新建绿色矿山30座。\n"
              "这是人民生活品质不断提高的五年。\n职业伤害保障试点覆盖696万名新业态劳动者。")
    q = _quantities(review)
    assert q.loc["165座", "year_from"] == 2021 and q.loc["500万人", "year_from"] == 2021
    assert q.loc["696万名", "year_from"] == 2021
    assert str(q.loc["515.3万人", "year_from"]) in ("nan", "None", "<NA>") and q.loc["515.3万人", "year"] == 2025
    t = targets(review, GOALS + "输转城乡富余劳动力480万人。", review_year=2025)
    assert t.loc["480万人", "baseline_text"] == "515.3万人"


def test_a_comparison_basis_in_the_name_keeps_the_key() -> None:
    """一般公共预算收入同口径增长4%左右: 同口径 says how the change is compared; the key stays
    general_budget_revenue_growth and the review's 一般公共预算收入增长5.5% is its baseline."""
    t = targets("一般公共预算收入2457亿元，增长5.5%。", GOALS + "一般公共预算收入同口径增长4%左右。")
    row = t.loc["4%"]
    assert row["indicator_key"] == "general_budget_revenue_growth"
    assert row["baseline_text"] == "5.5%" and row["feasibility"] == "below_last_year"


def test_a_time_word_opening_the_review_phrase_is_no_scope() -> None:
    """去年居民消费价格总水平比上年上涨4.8%: 去年 says when, not which prices; the baseline of
    居民消费价格总水平涨幅控制在4.8%左右 (met_already)."""
    t = targets("去年居民消费价格总水平比上年上涨4.8%，涨幅较高。",
                "今年国内生产总值增长8%左右，居民消费价格总水平涨幅控制在4.8%左右。", review_year=2007)
    row = t.loc["4.8%"]
    assert row["baseline_text"] == "4.8%" and row["feasibility"] == "met_already"


def test_last_years_start_of_a_planned_rise_dates_the_start_only() -> None:
    """今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元: the end is the plan year's goal,
    named by the subject before (not 将 or 去年的), a from_to from 1076亿元 (stretch); 赤字率从去年的2.1%提高到2.3%
    in a sentence opened by 今年 likewise, and raises no review_vs_plan flag."""
    from govreport.tables import build_tables

    t = targets("国内生产总值增长11.4%。", "今年国内生产总值增长8%左右。今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元。"
                "今年拟安排财政赤字1.62万亿元，赤字率从去年的2.1%提高到2.3%。", review_year=2007)
    row = t.loc["1562亿元"]
    assert row["indicator"] == "中央财政用于教育的投入" and row["baseline_text"] == "1076亿元"
    assert row["feasibility"] == "stretch" and row["year"] == 2008
    assert t.loc["2.3%", "indicator"] == "赤字率" and "1076亿元" not in t.index
    text = ("政府工作报告\n一、2007年工作回顾\n国内生产总值增长11.4%。\n二、2008年重点工作\n"
            "今年拟安排财政赤字1.62万亿元，赤字率从去年的2.1%提高到2.3%。\n")
    checks = build_tables(read_text(text))["checks"]
    assert not len(checks) or "review_vs_plan" not in set(checks.iloc[:, 1])


def test_a_computing_power_in_p_is_a_figure_and_a_goal() -> None:
    """算力规模突破15万P: P is the unit of computing power (PFLOPS), not a code letter (as 5G)."""
    t = targets("算力规模达到11.4万P。", GOALS + "推动数据中心集群尽快投产达效，算力规模突破15万P。建成5G基站2万个。")
    assert t.loc["15万P", "unit"] == "P" and t.loc["15万P", "baseline_text"] == "11.4万P"
    assert "5G" not in set(t.index)


def test_yinliu_acts_on_graduates() -> None:
    """引留高校毕业生18万人: 引留 (attract and keep) makes the graduates a goal, not a context fact."""
    t = targets("引留高校毕业生17.5万人。", GOALS + "新增创新创业领军人才350人以上，引留高校毕业生18万人。")
    assert t.loc["18万人", "baseline_text"] == "17.5万人"


def test_a_share_named_by_its_subject_finds_the_same_shares_baseline() -> None:
    """…等数字经济核心产业，力争增加值占地区生产总值比重达到17%以上: keyed digital_economy_share, compared with
    the review's 数字经济核心产业增加值占地区生产总值比重超过16.5%, not the R&D share of the same denominator."""
    t = targets("全社会研发投入占地区生产总值比重达4.1%。数字经济核心产业增加值占地区生产总值比重超过16.5%。",
                GOALS + "培育壮大软件、电子商务等数字经济核心产业，力争增加值占地区生产总值比重达到17%以上。")
    assert t.loc["17%", "baseline_text"] == "16.5%"


def test_a_count_inside_a_place_opened_by_zai_is_where_not_what() -> None:
    """在14个市州城区和兰州新区增补义务教育学位2万个: 14个 says where the places go; 2万个 is the goal."""
    t = targets("新增学位1.5万个。", GOALS + "在14个市州城区和兰州新区增补义务教育学位2万个。")
    assert "14个" not in t.index and "2万个" in t.index


def test_a_count_right_after_a_worked_set_in_one_noun_phrase_is_worked_on_too() -> None:
    """聚焦新一代信息技术、新材料等10个产业集群30条产业链: both counts number the sets the plan focuses on;
    新增科创项目1万个 stays a goal."""
    t = targets("新增科创项目超1万个。", GOALS + "实施“1030”工程，聚焦新一代信息技术、生物医药、新材料等10个产业集群30条产业链。新增科创项目1万个。")
    assert not {"10个", "30条"} & set(t.index) and "1万个" in t.index


def test_nianjun_at_the_head_of_a_list_applies_to_every_member() -> None:
    """年均新增城镇就业30万人、输转城乡富余劳动力500万人以上: both averages, no baseline for 输转…480万人
    (the one-year 515.3万人 stated elsewhere is)."""
    t = targets("年均新增城镇就业30万人、输转城乡富余劳动力500万人以上。", GOALS + "输转城乡富余劳动力480万人。", review_year=2025)
    assert str(t.loc["480万人", "baseline_text"]) in ("nan", "None", "")


def _checks(review: str, plan: str):
    from govreport.tables import build_tables
    text = f"政府工作报告\n一、2025年工作回顾\n{review}\n二、2026年重点工作\n{plan}\n"
    return build_tables(read_text(text))["checks"]


def test_parts_after_qizhong_end_at_a_parallel_item_and_skip_a_from_start() -> None:
    """新增铁路运营里程639公里、其中高铁370公里，新增高速公路2600公里: the 其中 part is 370公里 only; 由每人每年50元
    提高到100元，其中…补助标准由40元提高到80元: the part is 80元 (40元 starts its from-to). Neither is flagged."""
    c = _checks("新增铁路运营里程639公里、其中高铁370公里，新增高速公路2600公里、农村公路3000公里。",
                GOALS + "用两年时间将筹资标准由每人每年50元提高到100元，其中中央财政补助标准由40元提高到80元。")
    rows = c[c["check"] == "parts_vs_total"]
    assert len(rows) >= 1 and set(rows["status"]) == {"pass"}


def test_a_cut_of_a_keyed_level_is_not_keyed_as_the_level() -> None:
    """同时，削减财政赤字450亿元: the size of the cut, not the deficit (no key fiscal_deficit);
    财政赤字1800亿元 keeps it."""
    t = targets("财政赤字2450亿元。", GOALS + "财政赤字1800亿元。同时，削减财政赤字450亿元。")
    assert t.loc["450亿元", "indicator_key"] in ("", None) or str(t.loc["450亿元", "indicator_key"]) == "nan"
    assert t.loc["1800亿元", "indicator_key"] == "fiscal_deficit"
