"""Targets after the audit of three unseen reports (audit 15), third round: two goals of one size under one key,
baselines the review states in other words, list members' names, review thresholds. One test per rule, on
paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

GOALS = "今年地区生产总值增长5%左右，城镇新增就业100万人，居民消费价格涨幅3%左右。"


def test_two_goals_of_one_size_under_one_key_with_other_scopes_are_two_rows() -> None:
    """新增2万个普惠性托育学位 … 新增2万个普通高中学位: one key and one size, but each names its own kind of place;
    a later 新增学位2万个 naming no kind restates the first."""
    plan = GOALS + "新增2万个普惠性学前教育学位。新增2万个普通高中学位，推进县中振兴。全年新增学位2万个。"
    t = targets("城镇新增就业100万人。", plan)
    rows = t[t.text == "2万个"]
    assert len(rows) == 2
    assert any("普通高中" in n for n in rows.indicator) and any("学前" in n for n in rows.indicator)


def test_a_section_lead_names_the_thing_less_the_work_and_its_manner() -> None:
    """石油清洁高效开采方面，…产量稳定在300万吨: the output of 石油, not of its clean efficient extraction; a lead with
    no work word (装备制造方面) keeps its words."""
    from name_cases import names

    assert names("石油清洁高效开采方面，抓好稳产接续，产量稳定在300万吨左右。")["300万吨"] == "石油产量"
    assert names("页岩气发展方面，加快勘探，产量突破50亿立方米。")["50亿立方米"] == "页岩气产量"


def test_a_bare_measure_after_another_takes_what_that_one_measured() -> None:
    """…方面，力争产量突破80亿立方米、投资超60亿元: the gas's investment, not an 'output investment'; a member
    that is no bare measure (全长) keeps its own naming."""
    from name_cases import names

    found = names("煤层气发展方面，推动某气田建设，力争产量突破80亿立方米、投资超60亿元。")
    assert found["80亿立方米"] == "煤层气产量" and found["60亿元"] == "煤层气投资"


def test_coal_output_under_a_section_lead_takes_the_reviews_raw_coal_output() -> None:
    """煤炭清洁高效开采方面，…产量稳定在9亿吨左右 against the review's 规上原煤产量8.8亿吨: one measure (coal_output; 原煤 is
    coal, 规上 the basis of the statistic, no narrower scope)."""
    t = targets("全年规上原煤产量8.8亿吨、增长1.5%。", GOALS + "煤炭清洁高效开采方面，抓好产能接续，产量稳定在9亿吨左右。")
    row = t.loc["9亿吨"]
    assert row.indicator_key == "coal_output" and row.baseline_text == "8.8亿吨" and row.feasibility == "modest"


def test_a_list_member_shares_the_lists_leading_subject() -> None:
    """保障性住房新开工配租型1500套、筹集租赁住房4000套: the second member is 保障性租赁住房 (affordable_housing) and takes
    the review's 筹集保障性租赁住房4200套; a member whose noun makes no registered wording with it keeps its name."""
    t = targets("筹集保障性租赁住房4200套，完成城乡危房整治1.5万栋。",
                GOALS + "今年，保障性住房新开工配租型1500套、筹集租赁住房4000套以上，满足新市民需求。")
    row = t.loc["4000套"]
    assert row.indicator == "筹集保障性租赁住房数" and row.indicator_key == "affordable_housing"
    assert row.baseline_text == "4200套" and row.feasibility == "below_last_year"


def test_a_payer_amount_after_a_purpose_clause_takes_it_and_matches_the_same_quoted_programme() -> None:
    """为继续落实“三项兜底”和“两条保障线”，2024年中央财政支出500亿元: the spending on that purpose, which the plan's
    用于“三项兜底”和农村“低保”的补助资金550亿元 continues (the quoted programme both name)."""
    review = "为继续落实“三项兜底”和“两条保障线”，2024年中央财政支出500亿元，比上年增长12.5%；城镇新增就业100万人。"
    plan = GOALS + "今年，中央财政安排用于“三项兜底”和农村“低保”的补助资金550亿元，比去年增长10%。"
    t = targets(review, plan)
    row = t.loc["550亿元"]
    assert row.baseline_text == "500亿元" and row.feasibility == "modest"
    assert "三项兜底" in row.baseline_indicator


def test_a_round_amount_crossed_before_the_level_reached_is_a_threshold() -> None:
    """对欧进出口总额首次突破50亿元、达56.2亿元 and 地区生产总值迈上3万亿元台阶，达到31234亿元: the first amount is a
    threshold (kind threshold, no key, out of sums), the second the level, named without 达; a plain 、 list of two
    amounts of one unit (投资80亿元、贷款90亿元) is untouched."""
    from govreport import extract_quantities, read_text
    from govreport.tables import build_tables

    text = ("政府工作报告\n一、2023年工作回顾\n实现进出口总额300亿元，增长10%，其中对欧进出口总额首次突破50亿元、达56.2亿元，"
            "增长40.5%。地区生产总值迈上3万亿元台阶，达到31234亿元。\n二、2024年重点工作\n" + GOALS + "\n")
    q = extract_quantities(read_text(text)).set_index("text")
    assert q.loc["50亿元", "kind"] == "threshold" and q.loc["3万亿元", "kind"] == "threshold"
    assert q.loc["56.2亿元", "indicator"] == "对欧进出口总额" and q.loc["31234亿元", "indicator"] == "地区生产总值"
    assert q.loc["31234亿元", "indicator_key"] == "gdp" and q.loc["56.2亿元", "kind"] != "threshold"
    checks = build_tables(read_text(text))["checks"]
    parts = checks[checks.check == "parts_vs_total"]
    assert list(parts.figures) == ["300亿元;56.2亿元"]  # not 50亿元 + 56.2亿元


def test_the_and_of_grid_connection_is_no_link() -> None:
    """安排风电光伏装机规模2000万千瓦、并网1500万千瓦: 并网 is kept whole in the second member's name (not …网装机容量)."""
    from name_cases import names

    assert "并网" in names("新能源开发方面，安排风电光伏装机规模2000万千瓦、并网1500万千瓦。")["1500万千瓦"]


def test_a_payer_amount_takes_the_task_its_sentence_opens_with() -> None:
    """继续实施第三期农村学校校舍改造，中央财政将投入80亿元: the money for that task; a sentence opening otherwise
    (今年要启动…计划，…) gives no purpose this way."""
    from name_cases import names

    assert names("继续实施第三期农村学校校舍改造，中央财政将投入80亿元。")["80亿元"] == "中央财政第三期农村学校校舍改造投入"


def test_money_taken_from_a_fund_is_named_by_the_fund_and_its_purpose() -> None:
    """今年国家从农业发展基金中拿出50亿元，直接补贴养殖农户: the fund and what it pays for, not 国家从…中."""
    from name_cases import names

    assert names("今年国家从农业发展基金中拿出50亿元，直接补贴养殖农户，以稳定生产。")["50亿元"] == "农业发展基金补贴养殖农户"


def test_one_count_before_two_nouns_names_both() -> None:
    """建设8家以上中试基地、概念验证中心: one figure for both kinds, named by both; 26条樱花、紫薇特色路改造 keeps its
    two short kinds of one head."""
    from name_cases import names

    assert names("围绕共性问题，建设8家以上中试基地、概念验证中心，推动成果落地。")["8家"] == "建设中试基地和概念验证中心数"
    assert "樱花和紫薇" in names("实施26条樱花、紫薇特色路改造。")["26条"]


def test_a_count_with_about_and_de_counts_the_noun_after() -> None:
    """选择8个左右的县开展试点: the counties are counted (not the sentence's topic and 选择 alone); 20万人口以上的县 is a class,
    its 以上的 left as it was."""
    from name_cases import names

    assert names("学习运用先进经验，选择8个左右的县开展片区化试点。")["8个"].startswith("县")
    assert names("特殊教育学校覆盖20万人口以上的县。")["20万人口"] == "特殊教育学校覆盖人口"


def test_an_amount_passed_with_no_number_before_a_noun_is_a_class() -> None:
    """新签约超亿元项目80个以上: 亿元 is the class of projects (kind threshold), and the count keeps it in its name;
    成为生产总值超千亿元县 names a class of counties, no GDP."""
    from govreport import extract_quantities, read_text

    q = extract_quantities(read_text("一、2023年工作回顾\n某县成为生产总值超千亿元县。\n二、2024年重点工作\n"
                                     "开展产业链招商，新签约超亿元项目80个以上。\n")).set_index("text")
    assert q.loc["亿元", "kind"] == "threshold" and q.loc["80个", "indicator"] == "新签约超亿元项目数"
    assert q.loc["千亿元", "kind"] == "threshold" and not q.loc["千亿元", "indicator_key"]


def test_examples_after_two_verbs_are_no_part_of_the_name() -> None:
    """新建扩建东风路小学、滨江中学等中小学校6所: the schools, not the named examples; a first example of up to twelve
    characters with its verbs is read as one (开通了…至甲、乙等国际航线: 开通国际航线)."""
    from name_cases import names

    found = names("落实根本任务，新建扩建东风路小学、滨江中学等中小学校6所，推动均衡发展。")["6所"]
    assert "东风路" not in found and "中学等" not in found and "中小学校" in found


def test_a_condition_before_de_after_a_count_of_people_names_no_one() -> None:
    """帮扶2000余名符合条件的残疾人就业创业: the disabled people helped into work are counted, not 'those who qualify'."""
    from name_cases import names

    assert names("六是帮扶2000余名符合条件的残疾人就业创业。")["2000余名"] == "帮扶残疾人就业创业人数"


def test_a_payer_amount_used_for_something_keeps_the_aim_before_too() -> None:
    """为支持林业改革，今年省财政拿出50亿元用于转移支付: the transfers for the forestry reform, not any transfers."""
    from name_cases import names

    assert names("为支持林业改革，今年省财政拿出50亿元用于转移支付。")["50亿元"] == "省财政林业改革转移支付"


def test_a_payers_bare_input_takes_what_the_sentence_before_puts_it_into() -> None:
    """各级政府都要增加对“林业”的投入。今年省财政投入增加50亿元: the province's input into forestry; without such a
    sentence before, the name stays the payer's input."""
    from name_cases import names

    assert names("各级政府都要增加对“林业”的投入。今年省财政投入增加50亿元以上。")["50亿元"] == "省财政林业投入增加"
    assert names("今年省财政投入增加50亿元以上。")["50亿元"] == "省财政投入增加"


def test_a_long_first_member_without_a_verb_is_no_example() -> None:
    """2023年国家财政用于科技、教育、卫生等方面的支出300亿元: the payer and its spending stay in the name (a long first
    member with no verb is a subject, not an example to drop)."""
    from name_cases import names

    assert names("2023年国家财政用于科技、教育、卫生等方面的支出300亿元，比上年增长8%。")["300亿元"].startswith("国家财政")


def test_a_payers_spending_on_a_purpose_is_no_whole_budget() -> None:
    """为继续落实“三项兜底”…，2024年中央财政支出500亿元: the spending on that purpose takes no key of the whole budget's
    expenditure (general_budget_expenditure), which a plain 全年财政支出2.1万亿元 keeps."""
    from govreport import extract_quantities, read_text

    q = extract_quantities(read_text("一、2024年工作回顾\n为继续落实“三项兜底”和“两条保障线”，2024年中央财政支出500亿元，"
                                     "比上年增长12.5%。全年财政支出2.1万亿元。\n")).set_index("text")
    assert not q.loc["500亿元", "indicator_key"] and q.loc["2.1万亿元", "indicator_key"] == "general_budget_expenditure"


def test_a_grid_connection_after_a_capacity_shares_its_subject_not_its_measure() -> None:
    """安排风电光伏装机规模2000万千瓦、并网1500万千瓦: the wind and solar capacity connected (风电光伏并网装机容量), not
    …装机规模并网…."""
    from name_cases import names

    assert names("安排风电光伏装机规模2000万千瓦、并网1500万千瓦。")["1500万千瓦"] == "风电光伏并网装机容量"
