"""Targets after audit 4 (docs/audits/targets_4.md, issue #11): one test per rule, on paraphrased
sentences run through the real reader and extractor (docs/assumptions.md#target-kinds,
#review-part-targets, #baseline-matching)."""
from __future__ import annotations

from decimal import Decimal

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import targets

D = Decimal


def test_a_set_phrase_is_no_target() -> None:
    """56个民族 names the nation's peoples: no amount to produce."""
    t = targets("城镇新增就业1200万人。", "团结带领56个民族共同奋斗，建设美好家园，新建改建农村公路15万公里。")
    assert "56个" not in t.index and "15万公里" in t.index


def test_a_count_of_what_exists_upgraded_is_no_target() -> None:
    """推动15家…集聚区提能升级: the zones there are, upgraded; the new firms after it are a goal."""
    t = targets("城镇新增就业100万人。", "推动15家省级现代服务业集聚区提档升级，新增服务业领军企业100家。")
    assert "15家" not in t.index and "100家" in t.index


def test_a_red_line_is_a_standing_floor_met_by_the_level_there_is() -> None:
    """18亿亩耕地红线 is kept every year: a floor on the stock, horizon standing (so the track record
    does not follow it up as a plan-year amount), met already by the level the review states."""
    t = targets("全国耕地保有量19.1亿亩，新建高标准农田8000万亩。", "坚决守住18亿亩耕地红线，新建高标准农田4500万亩。")
    row = t.loc["18亿亩"]
    assert (row.indicator_key, row.measure, row.target_kind, row.horizon) == (
        "cultivated_land", "stock", "floor", "standing")
    assert row.baseline_text == "19.1亿亩" and row.feasibility == "met_already"
    assert t.loc["4500万亩"].horizon == "plan_year"


def test_a_part_of_an_added_whole_is_added_too() -> None:
    """其中…装机 after 新增电力装机 is new capacity (a flow), not the capacity there is."""
    t = targets("新增电力装机2000万千瓦。", "新增电力装机1500万千瓦，其中可再生能源装机900万千瓦。")
    assert t.loc["900万千瓦"].measure == "flow"
    assert t.loc["1500万千瓦"].measure == "flow"


def test_delivered_is_not_measured_by_raised() -> None:
    """交付 (homes handed over) is another stage than 筹集建设 (homes raised and started)."""
    review = "筹集建设保障性租赁住房10万套（间）。"
    delivered = targets(review, "全年交付保障性租赁住房8万套（间）。").loc["8万套"]
    raised = targets(review, "全年筹集建设保障性租赁住房8万套（间）。").loc["8万套"]
    assert delivered.baseline_text == "" and delivered.feasibility == "no_baseline"
    assert raised.baseline_text == "10万套" and raised.feasibility == "below_last_year"


def test_a_family_key_kind_named_in_an_earlier_member_of_the_clause() -> None:
    """年度投资 after 首批“双百”重大项目1300个、 is the investment of those projects: measured by the
    review's “双百”重大项目完成投资, though its own member names no kind."""
    t = targets("1200个“双百”重大项目完成投资1.3万亿元。", "安排首批“双百”重大项目1300个、年度投资1.2万亿元。")
    row = t.loc["1.2万亿元"]
    assert row.baseline_text == "1.3万亿元" and row.feasibility == "below_last_year"


def test_construction_investment_is_not_fixed_asset_investment() -> None:
    """建安工程投资 is one part of fixed-asset investment: its own key, and not dropped as a
    restatement of the fixed-asset goal of the same size."""
    t = targets("全社会固定资产投资增长5%。", "全社会固定资产投资增长6%，建安工程投资增长6%。")
    keys = sorted(t.indicator_key)
    assert keys == ["construction_investment_growth", "fai_growth"]


def test_tax_and_fee_burden_is_a_tax_and_fee_cut() -> None:
    """减轻企业税收和社保缴费负担 states the measure of 减税降费 in other words."""
    t = targets("全年为企业减税降费1.3万亿元。", "全年减轻企业税收和社保缴费负担1.5万亿元。")
    assert t.loc["1.5万亿元"].indicator_key == "tax_fee_cuts"


def test_a_price_index_is_read_as_the_rise_it_states() -> None:
    """居民消费价格指数控制在103左右 (last year = 100) is the CPI goal of a 3 % rise: a ceiling,
    compared with the review's CPI rise."""
    t = targets("居民消费价格上涨2.1%。", "地方一般公共预算收入增长5%，居民消费价格指数控制在103左右。")
    row = t.loc["103"]
    assert (row.indicator_key, row.value, row.unit, row.target_kind, row.year) == ("cpi", D(3), "%", "ceiling", 2025)
    assert row.baseline_text == "2.1%" and row.feasibility == "met_already"


def test_a_count_with_no_unit_before_a_noun_of_people_counts_people() -> None:
    """为50万重点群体提供就业帮扶: 50万 people; 我国有2.9亿在校学生 says how many there are."""
    t = targets("城镇新增就业100万人。", "为50万重点群体提供就业帮扶。我国有2.9亿在校学生，要办好教育。")
    row = t.loc["50万"]
    assert row.unit == "人" and row.indicator == "重点群体人数"
    assert "2.9亿" not in t.index


def test_a_sentence_opening_with_a_span_beyond_the_year_sets_later_goals() -> None:
    """今后一个时期，…约1亿人…: goals for a later horizon with no year stated, not the plan year's."""
    plan = "今后一个时期，促进约1亿农业转移人口落户城镇，引导约1亿人在中西部地区就近城镇化。今年新建改建农村公路20万公里。"
    t = targets("城镇新增就业1300万人。", plan)
    assert t.text.tolist() == ["20万公里"]
    text = ("政府工作报告\n一、2024年工作回顾\n城镇新增就业1300万人。\n二、2025年重点工作\n" + plan + "\n")
    later = build_targets(extract_quantities(read_text(text)), include_later=True)
    assert set(later[later.horizon == "later"].text) == {"1亿", "1亿人"}
    assert later[later.horizon == "later"].year.isna().all()


def test_a_parallel_list_states_the_same_member_in_other_words() -> None:
    """举办大型文艺演出120场、重大体育赛事180场 against 举办大型文艺演出260场、国际和全国性赛事350场: the
    neighbour found its baseline there, and 赛事 is the head of the member in the same place."""
    t = targets("全省举办大型文艺演出260场、国际和全国性赛事350场。", "举办大型文艺演出120场、重大体育赛事180场。")
    assert t.loc["120场"].baseline_text == "260场"
    assert t.loc["180场"].baseline_text == "350场" and t.loc["180场"].feasibility == "below_last_year"


def test_a_member_in_another_place_of_the_list_is_not_taken() -> None:
    """友好社区 is the second 个 of the plan's list but 养老社区 the third of the review's: not the same member."""
    t = targets("建成为老服务综合体28个、智慧养老院21个、智慧养老社区15个。",
                "建成为老服务综合体30个、老年认知障碍友好社区30个。")
    assert t[t.indicator.str.contains("友好社区")].baseline_text.tolist() == [""]


def test_courses_are_counted_in_men() -> None:
    """门 counts courses (新开发…课程80门): a goal, not a bare number."""
    t = targets("城镇新增就业100万人。", "新开发人工智能、养生保健等老年教育课程80门。")
    assert t.loc["80门"].unit == "门" and t.loc["80门"].indicator.endswith("课程数")


def test_places_at_universities_for_the_elderly_are_not_school_places() -> None:
    """新增老年大学（学校）学位 has a key of its own, not new_school_places (a school's places)."""
    t = targets("新增中小学学位5万个。", "新增老年大学（学校）学位2万个，新增中小学学位4万个。")
    assert t.loc["2万个"].indicator_key == "elderly_education_places"
    assert t.loc["4万个"].indicator_key == "new_school_places" and t.loc["4万个"].baseline_text == "5万个"
    assert t.loc["2万个"].baseline_text == ""


def test_a_bound_on_a_multiple_of_another_amount() -> None:
    """不低于当地最低生活保障标准的1.6倍 is a floor; 不高于上年的90% a ceiling (the bound word stands before
    the amount it is a multiple or share of, beyond the words right before the figure)."""
    t = targets("城镇新增就业100万人。", "特困人员基本生活保障标准不低于当地最低生活保障标准的1.5倍。"
                "县级财政保障资金不低于上年的95%。全年公用经费支出不高于上年的90%。")
    assert t.loc["1.5倍"].target_kind == "floor"
    assert t.loc["95%"].target_kind == "floor"  # (its 低于 made it a ceiling)
    assert t.loc["90%"].target_kind == "ceiling"


def test_figures_summed_up_again_are_no_target() -> None:
    """上述2万亿元全部转给地方: the deficit rise and the special bonds stated before, not a third goal."""
    t = targets("一般公共预算收入增长3.8%。",
                "财政赤字规模比去年增加1万亿元，同时发行抗疫特别国债1万亿元。上述2万亿元全部转给地方。")
    assert "2万亿元" not in t.index and {"1万亿元"} <= set(t.index)
