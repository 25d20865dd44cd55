"""Targets after the audit of session 9 (city_shenzhen_2024 and national_2021 read row by row;
the sentences here are written in the style of a city report, with other numbers and wording):
a review figure with the target's own name is its baseline, two goals of one size with other
subjects are both kept (docs/assumptions.md#baseline-matching, #review-part-targets)."""
from __future__ import annotations

from target_cases import targets


def test_the_same_name_is_the_baseline_whatever_examples_come_before() -> None:
    # the examples of the clause before differ (which hospitals); the name says what is counted
    t = targets("建成区第三人民医院、市康复医院等9个医疗项目，新增床位4200张。",
                "建成市妇幼保健院新院区、区中医院改扩建等项目，新增床位6000张。")
    row = t.loc["6000张"]
    assert (row.baseline_text, row.match, row.feasibility) == ("4200张", "same", "stretch")


def test_the_same_name_counted_in_households_or_firms() -> None:
    # 家 and 户 both count the borrowers the name names
    t = targets("普惠小微贷款增长18.5%，新增小微企业首贷户2.6万户。", "新增小微企业首贷户1.8万家以上。")
    row = t.loc["1.8万家"]
    assert (row.baseline_text, row.feasibility) == ("2.6万户", "below_last_year")


def test_the_same_words_in_another_order_name_the_same_thing() -> None:
    t = targets("完成环卫车辆、工程机械电动化替代420台。", "电动化替代环卫车辆、工程机械300台以上。")
    row = t.loc["300台"]
    assert (row.baseline_text, row.feasibility) == ("420台", "below_last_year")


def test_a_generic_name_alone_finds_no_baseline() -> None:
    # 项目数 names too much: the review's projects are not the plan's
    t = targets("开工项目12个。", "建成项目12个。")
    assert t.loc["12个"].baseline_text == ""


def test_two_goals_of_one_size_with_other_subjects_are_both_kept() -> None:
    t = targets("软件业增加值增长7.2%，金融业增加值增长5.1%。",
                "软件业增加值增长8.0%以上。做好科技金融、普惠金融文章，金融业增加值增长8.0%以上。")
    rows = t[t.text == "8.0%"]
    assert list(rows.indicator) == ["软件业增加值增长", "金融业增加值增长"]
    assert list(rows.baseline_text) == ["7.2%", "5.1%"]


def test_a_goal_stated_again_more_fully_is_still_one_goal() -> None:
    t = targets("新增充电桩1.2万个。", "新增汽车充电设施2万个。加快补齐短板，新增新能源汽车充电设施2万个。")
    assert (t.text == "2万个").sum() == 1


def test_demolition_is_not_measured_by_illegal_building_handled() -> None:
    # 拆除 (demolish) is one way of 治理 (handle): the review's total is another measure
    t = targets("治理违法建设1600万平方米，腾退土地800公顷。", "拆除违法建设350万平方米。")
    assert t.loc["350万平方米"].feasibility == "no_baseline"


def test_demolition_is_measured_by_last_years_demolition() -> None:
    t = targets("拆除违法建设420万平方米。", "拆除违法建设350万平方米。")
    assert (t.loc["350万平方米"].baseline_text, t.loc["350万平方米"].feasibility) == ("420万平方米", "below_last_year")


def test_land_prepared_is_not_measured_by_land_supplied() -> None:
    t = targets("供应产业用地4.2平方公里。", "新整备产业用地2平方公里、供应1.5平方公里。")
    assert t.loc["2平方公里"].feasibility == "no_baseline"
    assert t.loc["1.5平方公里"].baseline_text == "4.2平方公里"


def test_subjects_entering_a_ranking_are_counted_not_ranked() -> None:
    # 12 subjects are no place in a ranking: a flow below last year's 18, not a ceiling
    t = targets("全市高校18个学科新进入ESI排名前1%。", "加强学科建设，新增12个学科进入ESI排名前1%。")
    row = t.loc["12个"]
    assert (row.indicator_key, row.measure, row.target_kind) == ("", "flow", "exact")
    assert (row.baseline_text, row.feasibility) == ("18个", "below_last_year")


def test_a_place_in_a_ranking_keeps_its_key() -> None:
    t = targets("全球创新指数排名提升3位。", "力争全球创新指数排名再提升2位。")
    assert t.loc["2位"].indicator_key == "rank_position"


def test_one_member_is_no_baseline_of_a_sum_over_a_list() -> None:
    # one amount for two kinds of building: the review's figure for one kind is a part of it
    t = targets("新增绿色建筑1800万平方米、装配式建筑1500万平方米。", "推广智能建造，新增绿色建筑、装配式建筑3000万平方米。")
    assert t.loc["3000万平方米"].feasibility == "no_baseline"


def test_a_sum_over_the_same_list_is_its_baseline() -> None:
    t = targets("新增绿色建筑、装配式建筑2800万平方米。", "推广智能建造，新增绿色建筑、装配式建筑3000万平方米。")
    assert (t.loc["3000万平方米"].baseline_text, t.loc["3000万平方米"].feasibility) == ("2800万平方米", "modest")


def test_a_policy_continued_and_a_statutory_rate_raised_are_no_goals() -> None:
    """Both are decisions, neither easy nor hard against last year (national_2017: 科技型中小企业研发费用加计扣除
    比例由50%提高到75% was very_stretch); the tax cut they add up to stays a goal."""
    t = targets("全年新增减税降费超过2万亿元。", "继续执行小微企业研发费用加计扣除60%政策，将科技型企业加计扣除比例提高到120%，"
                "将制造业等行业现行16%的税率降至13%，全年减税降费2.5万亿元。")
    assert "60%" not in t.index and "120%" not in t.index and "13%" not in t.index
    assert "2.5万亿元" in t.index


def test_the_total_investment_of_a_years_projects_is_a_flow() -> None:
    # each year's projects are a new set: asking for less than last year's total is below last year
    t = targets("面向社会资本推介项目总投资约1800亿元。", "面向社会资本推介重大项目总投资不低于1500亿元。")
    row = t.loc["1500亿元"]
    assert (row.measure, row.baseline_text, row.feasibility) == ("flow", "1800亿元", "below_last_year")


def test_a_distance_inside_a_rates_definition_is_no_target() -> None:
    t = targets("公交站点覆盖率达到95%。", "优化公交线网，中心城区公交站点300米内覆盖率提升至98%。")
    assert "300米" not in t.index
    assert "98%" in t.index


def test_a_distance_to_build_stays_a_target() -> None:
    t = targets("新建自行车道120公里。", "新建自行车道150公里以内，完善慢行系统。")
    assert "150公里" in t.index


def test_a_commitment_left_at_the_end_is_no_part_of_a_name() -> None:
    t = targets("PM2.5年均浓度19微克/立方米。", "PM2.5年均浓度力争降至17微克/立方米。")
    assert t.loc["17微克/立方米"].indicator == "PM2.5年均浓度"


def test_a_rate_raised_and_kept_at_a_level_is_named_as_the_rate() -> None:
    t = targets("城市生活污水集中收集率81.5%。", "持续提升城市生活污水集中收集率并稳定保持在83%以上。")
    row = t.loc["83%"]
    assert (row.indicator, row.baseline_text, row.feasibility) == ("城市生活污水集中收集率", "81.5%", "modest")


def test_person_years_are_one_unit_and_a_level_kept() -> None:
    t = targets("研发人员全时当量达28.6万人年、增长5.2%。", "研发人员全时当量稳定保持在28万人年以上。")
    row = t.loc["28万人年"]
    assert (row.unit, row.indicator, row.indicator_key) == ("人年", "研发人员全时当量", "rd_personnel_fte")
    assert (row.baseline_text, row.feasibility) == ("28.6万人年", "met_already")


def test_two_verbs_on_one_object_keep_their_order() -> None:
    t = targets("新建、修复雨水管网96公里。", "新建、修复雨水管网60公里，推进海绵城市建设。")
    row = t.loc["60公里"]
    assert (row.indicator, row.baseline_text, row.feasibility) == ("新建修复雨水管网长度", "96公里", "below_last_year")


def test_an_amount_is_of_the_fund_named_after_it_before_what_is_done_with_it() -> None:
    t = targets("对新增1.5万亿元中央财政资金建立直达机制。",
                "完善财政资金直达机制，将1.8万亿元中央财政资金纳入直达范围。")
    row = t.loc["1.8万亿元"]
    assert (row.indicator, row.baseline_text) == ("中央财政资金", "1.5万亿元")


def test_a_lists_leading_addition_is_said_of_a_member_in_another_counter() -> None:
    t = targets("新增社区卫生服务站28家。", "新增社区卫生服务站30家以上、家庭医生400名以上。")
    assert t.loc["400名"].indicator == "新增家庭医生人数"


def test_a_member_with_its_own_change_keeps_it() -> None:
    t = targets("新增学位3万个。", "新建、改扩建中小学和幼儿园40所、增加学位4万个以上。")
    assert t.loc["4万个"].indicator == "增加学位数"


def test_one_kind_is_no_baseline_of_two_joined_by_he() -> None:
    t = targets("新增省重点实验室4家、中试基地19个。", "新增高新技术企业800家、概念验证中心和中试基地25个。")
    assert t.loc["25个"].feasibility == "no_baseline"


def test_a_member_with_its_own_level_after_a_verb_phrase_names_itself() -> None:
    # 建设…平台 is a task of its own; the load reached is the figure's, and 负荷 is its measure
    t = targets("建成运行虚拟电厂平台，实时可调负荷达40万千瓦。",
                "建成虚拟电厂监管平台、实时可调负荷提升至60万千瓦，推进源网荷储一体化。")
    row = t.loc["60万千瓦"]
    assert (row.indicator, row.indicator_key) == ("实时可调负荷", "")
    assert (row.baseline_text, row.feasibility) == ("40万千瓦", "stretch")


def test_a_count_after_examples_keeps_the_verb_they_start_with() -> None:
    t = targets("新开工建设地铁线路3条。", "高质量推进轨道交通建设，新开工建设22号线等4条地铁。")
    assert t.loc["4条"].indicator == "新开工建设地铁数"


def test_corridors_joined_up_are_named_with_their_verb() -> None:
    t = targets("建成生态廊道6个。", "完善城市生态脉络，加快贯通12个生态廊道。")
    assert t.loc["12个"].indicator == "贯通生态廊道数"


def test_dead_end_roads_opened_are_named_with_their_verb() -> None:
    t = targets("打通41条断头路。", "打通35条断头路，完善次支路网。")
    row = t.loc["35条"]
    assert (row.indicator, row.baseline_text, row.feasibility) == ("打通断头路数", "41条", "below_last_year")


def test_a_count_shared_by_nouns_after_it_names_them() -> None:
    t = targets("建成绿道120公里。", "打造30条特色步道、滨水绿道，建设8家以上智能工厂、未来工厂、示范工厂。")
    assert t.loc["30条"].indicator == "打造特色步道和滨水绿道数"
    assert t.loc["8家"].indicator == "建设智能工厂等数"


def test_a_bracket_of_a_tax_base_is_no_target() -> None:
    # 应纳税所得额A至B部分: the part of a base a rate applies to, a setting, not an amount to produce
    t = targets("全年新增减税降费8000亿元。",
                "对个体工商户年应纳税所得额50万元至200万元部分，再减半征收所得税。全年减税降费6000亿元。")
    assert "50万元至200万元" not in t.index and "6000亿元" in t.index
