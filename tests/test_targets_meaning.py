"""Targets by meaning: kind (floor, ceiling, band, exact), baseline of the same indicator and
measure, the class, the year, and what is no target. Every case is a sentence read in a corpus
report (named beside it), run through the real reader and extractor; the expected rows were
written by hand from the sentences (docs/assumptions.md#target-kinds, #feasibility-classes)."""
from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from govreport.tables.feasibility import feasibility

D = Decimal


def targets(review: str, plan: str, review_year: int = 2024, **kw):
    text = (f"政府工作报告\n一、{review_year}年工作回顾\n{review}\n"
            f"二、{review_year + 1}年重点工作\n{plan}\n")
    return build_targets(extract_quantities(read_text(text)), **kw).set_index("text", drop=False)


# national_2025: the review's headline figures and the plan's main targets
NATIONAL_REVIEW = ("经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列。"
                   "就业、物价总体平稳，城镇新增就业1256万人、城镇调查失业率平均为5.1%，居民消费价格上涨0.2%。")
NATIONAL_PLAN = ("今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；"
                 "居民消费价格涨幅2%左右；粮食产量1.4万亿斤左右。\n"
                 "提出上述预期目标，综合考虑了国内外形势和各方面因素。经济增长预期目标为5%左右，既是稳就业的需要。"
                 "城镇调查失业率5.5%左右，体现了加大稳就业力度的要求。")


@pytest.fixture(scope="module")
def national():
    return targets(NATIONAL_REVIEW, NATIONAL_PLAN)


@pytest.mark.parametrize("text, key, kind, measure, baseline, feasibility_class", [
    ("5%", "gdp_growth", "band", "growth_rate", "5%", "modest"),  # 5%左右 against last year's 5%
    ("5.5%", "surveyed_unemployment_rate", "ceiling", "share", "5.1%", "met_already"),  # 左右 of a down-is-good rate
    ("1200万人", "urban_new_jobs", "floor", "flow", "1256万人", "below_last_year"),  # a flow set below last year's
    ("2%", "cpi", "ceiling", "growth_rate", "0.2%", "met_already"),  # CPI 2%左右 is a ceiling, not ×10
])
def test_national_2025_main_targets(national, text, key, kind, measure, baseline, feasibility_class) -> None:
    row = national.loc[text]
    assert (row.indicator_key, row.target_kind, row.measure, row.baseline_text, row.feasibility) == (
        key, kind, measure, baseline, feasibility_class)
    assert row.match == "key" and row.year == 2025 and row.horizon == "plan_year"


def test_restated_targets_are_counted_once(national) -> None:
    assert national["text"].tolist().count("5.5%") == 1
    assert national["text"].tolist().count("5%") == 1


def test_growth_is_never_matched_with_a_level(national) -> None:
    assert national.loc["5%"].baseline_text != "134.9万亿元"


def test_a_distributive_list_names_each_member_and_its_baseline() -> None:
    # county_hailar_2019
    t = targets("城乡常住居民人均可支配收入分别完成37820元、28104元，同比分别增长6.5%、9.4%。",
                "城乡常住居民人均可支配收入分别增长7%和8%左右。", review_year=2018)
    urban, rural = t.loc["7%"], t.loc["8%"]
    assert (urban.indicator_key, urban.baseline_text, urban.feasibility) == (
        "per_capita_disposable_income_urban_growth", "6.5%", "modest")
    assert (rural.indicator_key, rural.baseline_text, rural.feasibility) == (
        "per_capita_disposable_income_rural_growth", "9.4%", "below_last_year")  # 8%左右 tops out below 9.4%
    assert urban.indicator.startswith("城镇") and rural.indicator.startswith("农村")


def test_from_x_to_y_in_the_review_gives_y_as_the_baseline() -> None:
    # provincial_zhejiang_2026: 2.77% is the 2020 figure, 3.3% the current one
    t = targets("研发投入强度从2.77%提高到3.3%左右，区域创新能力稳居全国前列。",
                "加大科技创新投入，力争全社会研发投入强度达到3.35%。", review_year=2025)
    row = t.loc["3.35%"]
    assert (row.indicator_key, row.baseline_text, row.target_kind, row.feasibility) == (
        "rd_intensity", "3.3%", "exact", "modest")


def test_from_x_to_y_in_the_plan_is_one_target_with_its_own_start() -> None:
    # the form of national_2022's 从75%提高到100% (there a statutory rate, now a setting: test_targets_audit9)
    t = targets("新增减税降费超过1万亿元。", "将城乡居民医保参保率从75%提高到100%，对困难群众参保给予资助。",
                review_year=2021)
    assert "75%" not in t.index
    row = t.loc["100%"]
    assert (row.match, row.baseline_text, row.feasibility) == ("from_to", "75%", "very_stretch")  # +25 points
    assert pd.isna(row.baseline_year)  # not stated: unknown, not last year
    assert row.year == 2022  # the target's own year stays


def test_flows_compare_with_last_years_flow() -> None:
    # provincial_zhejiang_2026
    t = targets("新增电力装机3000万千瓦，其中可再生能源装机2000万千瓦。",
                "提升能源供给保障能力，新增电力装机1800万千瓦。", review_year=2025)
    row = t.loc["1800万千瓦"]
    assert (row.measure, row.baseline_text, row.feasibility) == ("flow", "3000万千瓦", "below_last_year")


def test_a_ceiling_with_yinei() -> None:
    # provincial_zhejiang_2026: 城镇调查失业率5%以内 against 4.6%
    t = targets("城镇新增就业115.8万人，城镇调查失业率4.6%。", "城镇调查失业率5%以内；居民消费价格涨幅2%左右。",
                review_year=2025)
    row = t.loc["5%"]
    assert (row.target_kind, row.baseline_text, row.feasibility) == ("ceiling", "4.6%", "met_already")
    assert t.loc["2%"].feasibility == "no_baseline"  # the review states no CPI figure: none is borrowed


def test_a_range_is_a_band() -> None:
    # provincial_zhejiang_2026
    t = targets("全省生产总值增长5.5%。", "今年经济社会发展主要预期目标为：全省生产总值增长5%—5.5%，在实际工作中努力争取更好结果。",
                review_year=2025)
    row = t.loc["5%—5.5%"]
    assert (row.target_kind, row.value_high, row.baseline_text, row.feasibility) == ("band", D("5.5"), "5.5%", "modest")


def test_later_year_goals_are_kept_apart() -> None:
    # provincial_zhejiang_2026
    plan = "加快打造新兴产业集群，到2030年“415X”集群营收突破13万亿元。全年新增城镇就业100万人以上。"
    t = targets("城镇新增就业115.8万人。", plan, review_year=2025)
    assert "13万亿元" not in t.index
    later = targets("城镇新增就业115.8万人。", plan, review_year=2025, include_later=True)
    assert (later.loc["13万亿元"].horizon, later.loc["13万亿元"].year) == ("later", 2030)
    assert later.loc["100万人"].horizon == "plan_year"


@pytest.mark.parametrize("plan, figure", [
    ("全省参保的0—6岁儿童省域内同等级医疗机构门诊报销待遇无差别。", "0—6岁"),  # an age (zhejiang 2026)
    ("坚持两个毫不动摇，迭代升级我省“民营经济32条”，依法保障平等使用生产要素。", "32条"),  # a name (zhejiang 2026)
    ("推进自然村卫生公厕全覆盖，100户以上自然村实现全覆盖。", "100户"),  # a threshold (jinbi 2024)
    ("全面推进第二轮土地承包到期后再延长30年试点工作。", "30年"),  # a span of time (zhejiang 2026)
])
def test_non_targets(plan: str, figure: str) -> None:
    t = targets("新增城镇就业100万人。", plan, review_year=2025)
    assert figure not in t.index


@pytest.mark.parametrize("target, baseline, unit, kind, measure, expected", [
    (D(3000), D(2571), "人", "floor", "flow", "modest"),          # ×1.17
    (D(4688), D(1992), "元", "floor", "flow", "very_stretch"),    # ×2.35
    (D(150), D(100), "个", "exact", "stock", "stretch"),          # ×1.5
    (D(30), D(51), "个", "floor", "stock", "met_already"),        # a level already reached
    (D(30), D(51), "个", "floor", "flow", "below_last_year"),     # a flow set below last year's
    (D(85), D(80), "%", "exact", "share", "stretch"),             # +5 points
    (D(90), D(100), "吨", "ceiling", "level", "modest"),          # a ceiling 10% lower
    (D("5.5"), D("5.1"), "%", "ceiling", "share", "met_already"),
    (D(5), D("5.2"), "%", "band", "growth_rate", "modest"),       # 5%左右: within ±0.5 points
    (D(5), None, "个", "floor", "flow", "no_baseline"),
])
def test_feasibility_classes(target, baseline, unit, kind, measure, expected) -> None:
    assert feasibility(target, baseline, unit, kind, measure) == expected


def test_thresholds_are_parameters() -> None:
    strict = {"modest_max_ratio": 1.1, "stretch_max_ratio": 1.15, "modest_max_points": 1, "stretch_max_points": 2}
    assert feasibility(D(3000), D(2571), "人", "floor", "flow", strict) == "very_stretch"


def test_goals_under_a_five_year_plan_heading_are_for_its_last_year() -> None:
    # provincial_zhejiang_2026: the 十五五 goals state no year of their own
    text = ("政府工作报告\n一、2025年工作回顾\n城镇新增就业115.8万人。\n"
            "二、“十五五”时期的主要目标任务\n居民人均可支配收入达到9万元左右，常住人口城镇化率达到78%左右。\n"
            "三、2026年重点工作\n确保城镇新增就业100万人以上。\n")
    q = extract_quantities(read_text(text))
    t = build_targets(q, include_later=True).set_index("text")
    assert (t.loc["9万元"].horizon, t.loc["9万元"].year, t.loc["9万元"].year_from) == ("later", 2030, 2026)
    assert t.loc["100万人"].horizon == "plan_year"
    assert "9万元" not in build_targets(q).text.tolist()


@pytest.mark.parametrize("plan, expected", [
    # national_2015: a 分别 list whose figures carry 左右 before the 和
    ("二氧化硫、氮氧化物排放要分别减少3%左右和5%左右。", {"3%": "so2_reduction", "5%": "nox_reduction"}),
    # provincial_guangdong_2026: 产量 after an area is the crop's output, not the area's
    ("实现粮食播种面积3320万亩、产量1285万吨以上。", {"3320万亩": "grain_sown_area", "1285万吨": "grain_output"}),
    # city_bijie_2024: 城镇、农村 members of one 分别 list
    ("城镇、农村常住居民人均可支配收入分别增长6.5%、8.5%左右。",
     {"6.5%": "per_capita_disposable_income_urban_growth", "8.5%": "per_capita_disposable_income_rural_growth"}),
])
def test_list_members_get_their_own_key(plan: str, expected: dict[str, str]) -> None:
    q = extract_quantities(read_text(f"政府工作报告\n一、2024年工作回顾\n略。\n二、2025年重点工作\n{plan}\n"))
    keys = dict(zip(q["text"], q["indicator_key"]))
    assert {k: keys[k] for k in expected} == expected


@pytest.mark.parametrize("plan, figure", [
    ("预计今年高校毕业生超过1170万人，要强化促进青年就业政策举措。", "1170万人"),  # national_2024: a fact, not a goal
    ("确保“零就业”家庭至少有一人就业。", "一人"),  # national_2014
])
def test_facts_and_single_ones_are_no_targets(plan: str, figure: str) -> None:
    assert figure not in targets("城镇新增就业1256万人。", plan).index


def test_below_is_a_ceiling() -> None:
    # national_2013: 城镇登记失业率低于4.6%
    row = targets("年末城镇登记失业率4.1%。", "城镇新增就业900万人以上，城镇登记失业率低于4.6%。").loc["4.6%"]
    assert (row.indicator_key, row.target_kind, row.baseline_text, row.feasibility) == (
        "registered_unemployment_rate", "ceiling", "4.1%", "met_already")


def test_the_flow_of_the_same_wording_is_the_baseline() -> None:
    # county_hailar_2016: 5650 new jobs in 2015 (not the 3000 of one mall, nor the five years' 3.25万)
    review = ("全面落实各项创业就业优惠政策，五年新增就业3.25万人，再就业15326人。全年新增营业面积10万平方米，新增就业3000人。"
              "全年共发放就业小额担保贷款1600万元，全年实现新增就业5650人，再就业2100人，城镇登记失业率控制到3.9%。")
    t = targets(review, "全年实现新增就业5300人、再就业1500人。", review_year=2015)
    assert (t.loc["5300人"].baseline_text, t.loc["5300人"].feasibility) == ("5650人", "below_last_year")
    assert (t.loc["1500人"].indicator_key, t.loc["1500人"].baseline_text) == ("reemployment", "2100人")


def test_a_bare_growth_after_a_level_is_that_levels_growth() -> None:
    # county_hailar_2019: the review's headline growth is stated after the level, as 同比增长
    t = targets("全年地区生产总值完成192.3亿元，按可比价计算，同比增长6.0%。",
                "经济社会发展的主要预期目标是：地区生产总值增长3.5%左右。", review_year=2018)
    row = t.loc["3.5%"]
    assert (row.indicator_key, row.match, row.baseline_text, row.feasibility) == (
        "gdp_growth", "key", "6.0%", "below_last_year")


# --- the audit of session 4 (four corpus reports read row by row): kinds, sets, from-to lists ---

def test_not_lower_than_is_a_floor() -> None:
    # provincial_guangdong_2026: 不低于 holds 低于, which must not make a ceiling
    t = targets("项目区农民满意度达到78%。", "提高建成项目治理效能和持续运维能力，项目区农民满意度不低于80%。")
    assert t.loc["80%"].target_kind == "floor"


def test_a_cut_by_a_rate_is_that_cut() -> None:
    # national_2021: 降低20% is no floor on +20% growth
    t = targets("降低企业用电成本。", "取消港口建设费，将民航发展基金航空公司征收标准降低20%。", review_year=2020)
    assert t.loc["20%"].target_kind == "exact"


@pytest.mark.parametrize("plan, figure", [
    ("纵深推进“三个做优做强”，深化24个重点片区规划和城市设计。", "24个"),  # city_chengdu_2024
    ("塑造未来产业竞争优势，聚焦未来交通、泛在网络等6个重点方向。", "6个"),  # city_chengdu_2024
    ("推动产业有序转移，高质量建好15个主平台，推进县域产业园区提质增效。", "15个"),  # provincial_guangdong_2026
    ("重点抓好以下14个方面的工作：", "14个"),  # provincial_guangdong_2026
    ("全省320家承包或委托经营的中小学食堂实现全流程检查评价全覆盖。", "320家"),  # provincial_guangdong_2026
])
def test_a_set_the_plan_works_on_is_no_target(plan, figure) -> None:
    assert figure not in targets("全市新增就业10万人。", plan).index


def test_an_output_after_the_same_verb_stays_a_target() -> None:
    # city_chengdu_2024: 聚焦… 打造 100个 scenes is an amount to produce
    t = targets("全市新增就业10万人。", "聚焦国货“潮品”、川酿佳肴等打造线下特色消费场景100个，支持大宗消费。")
    assert "100个" in t.index


@pytest.mark.parametrize("plan, figure", [
    ("持续深入打好蓝天保卫战，力争空气质量优良天数300天以上。", "300天"),  # city_chengdu_2024
    ("推动中小学生每天综合体育活动时间不低于2小时。", "2小时"),  # provincial_guangdong_2026
])
def test_days_and_hours_as_a_measure_are_goals(plan, figure) -> None:
    assert figure in targets("全市新增就业10万人。", plan).index


def test_listed_from_to_pairs_in_order() -> None:
    # provincial_guangdong_2026: the starts are no targets, each end has its own start
    t = targets("全市新增就业10万人。", "困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。")
    assert "209元" not in t.index and "280元" not in t.index
    assert (t.loc["217元"].match, t.loc["217元"].baseline_text) == ("from_to", "209元")
    assert (t.loc["290元"].match, t.loc["290元"].baseline_text) == ("from_to", "280元")


def test_from_to_with_the_counted_noun_between() -> None:
    # provincial_guangdong_2026
    t = targets("全市新增就业10万人。", "推动县中托管帮扶从15个县（市）扩大到57个县（市），持续开展结对帮扶。")
    assert "15个" not in t.index
    assert (t.loc["57个"].match, t.loc["57个"].baseline_text) == ("from_to", "15个")


def test_an_output_chosen_within_a_focus_stays_a_target() -> None:
    # city_wuhan_2024: 聚焦 governs the fields, 遴选 the 10 projects
    t = targets("全市新增就业10万人。", "聚焦元宇宙、大模型、区块链、北斗技术等新兴领域遴选10个揭榜项目，发布数字经济应用场景。")
    assert "10个" in t.index


def test_a_stated_outcome_is_the_baseline_not_a_bound() -> None:
    # national_2021: the review restates the five-year bound (控制在5.5%以内) beside the outcome (降到5.2%)
    review = ("城镇调查失业率降到5.2%。"
              "经济运行保持在合理区间，城镇调查失业率控制在5.5%以内，物价水平保持总体平稳。")
    t = targets(review, "今年发展主要预期目标是：城镇调查失业率5.5%左右。", review_year=2020)
    assert (t.loc["5.5%"].baseline_text, t.loc["5.5%"].feasibility) == ("5.2%", "met_already")


def test_graduates_with_a_goal_qualifier_are_a_goal() -> None:
    # provincial_guangdong_2026: 今年高校毕业生1170万人 is a fact; 引导超2万名 … is a goal
    t = targets("全市新增就业10万人。", "引导超2万名高校毕业生等青年到粤东粤西粤北地区稳定就业。")
    assert "2万名" in t.index


def test_a_closing_qualifier_covers_a_fenbie_list() -> None:
    # provincial_guangdong_2026: 以上 after the last of 分别… figures is every member's
    t = targets("全市新增就业10万人。", "水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。")
    assert [t.loc[x].target_kind for x in ("2050万吨", "4200万吨", "19万吨")] == ["floor"] * 3
    assert set(t.qualifier) == {"at_least"}


@pytest.mark.parametrize("plan, figure", [
    ("我们一定要下力气也完全有能力保障好14亿人的粮食安全。", "14亿人"),  # national_2021: a population
    ("进一步提高我区处于城乡低保边缘2600人的生活水平。", "2600人"),  # county_hailar_2016
    ("推动农村集体经济收入10万元以下的村基本清零。", "10万元"),  # city_chengdu_2024: a threshold
    ("对小微企业年应纳税所得额不到100万元的部分，再减半征收所得税。", "100万元"),  # national_2021
])
def test_sizes_of_groups_and_thresholds_are_no_targets(plan, figure) -> None:
    assert figure not in targets("全市新增就业10万人。", plan).index


def test_a_count_of_people_before_its_goal_noun_stays_a_target() -> None:
    t = targets("全市新增就业10万人。", "确保完成城镇新增就业12万人的目标任务。")
    assert "12万人" in t.index


def test_a_fenbie_clause_keys_no_member_by_its_last_one() -> None:
    # city_chengdu_2024 and national_2014: each member its own key, or none, never the last member's
    t = targets("全市新增就业10万人。", "地区生产总值增长6%左右，其中第一、第二、第三产业增加值分别增长2%、5.5%和6.5%。")
    assert [t.loc[x].indicator_key for x in ("2%", "5.5%", "6.5%")] == [
        "primary_value_added_growth", "secondary_value_added_growth", "services_value_added_growth"]
    q = extract_quantities(read_text("政府工作报告\n一、2013年工作回顾\n二氧化硫、化学需氧量排放量分别下降3.5%、2.9%。\n"))
    assert q.set_index("text").loc["3.5%"].indicator_key != "cod_reduction"


def test_the_next_plans_goals_in_the_review_are_no_baseline() -> None:
    # national_2021: the review's section on the 14th five-year plan states goals, not 2020 outcomes
    text = ("政府工作报告\n一、2020年工作回顾\n全年国内生产总值增长2.3%。\n"
            "二、“十三五”时期发展成就和“十四五”时期主要目标任务\n"
            "单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。\n"
            "三、2021年重点工作\n今年发展主要预期目标是：单位国内生产总值能耗降低3%左右。\n")
    t = build_targets(extract_quantities(read_text(text))).set_index("text")
    assert (t.loc["3%"].match, t.loc["3%"].feasibility) == ("none", "no_baseline")


@pytest.mark.parametrize("plan, figure", [
    ("推进20个以上重大旅游项目建设。", "20个"),  # city_bijie_2024: 个 counts the projects, no threshold
    ("15岁及以上人口平均受教育年限提高到8.6年。", "8.6年"),  # city_bijie_2024: years as a measure
    ("提升中心城区吸引力吸纳力，中心城区新增常住人口3万人以上。", "3万人"),  # city_bijie_2024: a goal, not a fact
])
def test_counts_years_and_new_residents_as_goals(plan, figure) -> None:
    assert figure in targets("全市新增就业10万人。", plan).index


def test_a_class_by_seats_stays_a_threshold() -> None:
    # county_hailar_2019
    t = targets("全市新增就业10万人。", "用好边民互市贸易政策，入境俄蒙8座以下小汽车延伸到全域。")
    assert "8座" not in t.index


def test_a_count_listed_after_a_set_is_a_set_too() -> None:
    # city_chengdu_2024: both numbers count clusters that exist
    t = targets("全市新增就业10万人。", "发展壮大2个国家级和12个省级战略性新兴产业集群，加快建设重大项目。")
    assert "2个" not in t.index and "12个" not in t.index
    kept = targets("全市新增就业10万人。", "新建5个国家级和12个省级创新平台。")
    assert {"5个", "12个"} <= set(kept.index)


def test_a_specification_is_no_target() -> None:
    # city_bijie_2024: 3人制 describes the courts; the 20 courts are the goal
    t = targets("全市新增就业10万人。", "完成社区健身路径或3人制篮球场20个；")
    assert "3人" not in t.index and "20个" in t.index


# --- a baseline is the same thing: the same kind and the same action (docs/assumptions.md#baseline-matching)
# Sentences written for these tests in the style of the reports (issue 11, audit targets_2 B1/B2/B5, N2, T4).

@pytest.mark.parametrize("review, plan, figure, baseline", [
    # the words before a shared head must agree: 产业 and 技术经纪 are two kinds of 领军人才
    ("新增技术经纪领军人才120人，新落户青年人才3万人。", "引育产业领军人才100名左右。", "100名", ""),
    ("新增技术经纪领军人才120人，新落户青年人才3万人。", "新增技术经纪领军人才150人。", "150人", "120人"),
    # 省级以上 is not 国家级
    ("新增12家国家级绿色工厂。", "新增省级以上绿色工厂30家。", "30家", ""),
    ("新增12家国家级绿色工厂。", "新增国家级绿色工厂15家。", "15家", "12家"),
    # the members of a 分别 list are the kind: 新材料 is not 文旅
    ("文旅、康养产业规模分别提升至800亿元、600亿元。", "力争新材料、新能源产业规模分别提升至900亿元、700亿元。", "900亿元", ""),
    ("文旅、康养产业规模分别提升至800亿元、600亿元。", "力争新材料、新能源产业规模分别提升至900亿元、700亿元。", "700亿元", ""),
])
def test_a_baseline_names_the_same_kind(review, plan, figure, baseline) -> None:
    assert targets(review, plan).loc[figure].baseline_text == baseline


@pytest.mark.parametrize("review, plan, figure, baseline", [
    # a family key (重大项目) says what, not what happens to it: attracted is not under way
    ("全市320个重大项目加快推进。", "力争引进重大项目150个以上。", "150个", ""),
    ("全市320个重大项目加快推进。", "加快推进重大项目300个。", "300个", "320个"),
    # supplied and allocated homes are two measures of one family
    ("筹集建设保障性租赁住房2.4万套。", "筹集建设保障性租赁住房2万套、配租1万套。", "2万套", "2.4万套"),
    ("筹集建设保障性租赁住房2.4万套。", "筹集建设保障性租赁住房2万套、配租1万套。", "1万套", ""),
    # a part is not the whole: 中小学学位 and all new places; 学位、床位 counted together
    ("新增学位3.2万个。", "新增学前学位8000个、中小学学位2万个。", "2万个", ""),
    ("新增学位3.2万个。", "新建各级各类学校20所以上，新增学位、床位1.5万个以上。", "1.5万个", ""),
    # the kind named in an earlier clause of the review's sentence is the same kind
    ("600个重点项目加快建设，首批120个片区更新项目启动实施，完成年度投资超800亿元。",
     "攻坚实施重点片区项目和片区更新项目、完成投资900亿元以上。", "900亿元", "800亿元"),
    # scope compared on nouns: 建成投用 and 新建、改扩建 build the same schools
    ("建成投用中小学和幼儿园40所。", "新建、改扩建中小学和幼儿园35所。", "35所", "40所"),
])
def test_a_family_key_needs_the_same_kind_and_action(review, plan, figure, baseline) -> None:
    assert targets(review, plan).loc[figure].baseline_text == baseline


@pytest.mark.parametrize("review, plan, figure, baseline, feasibility_class", [
    # the thing in an earlier clause of the review's sentence, the verb in the figure's own
    ("中欧班列联通境外56个城市、全年开行超3000列。", "全年开行中欧班列2800列以上。", "2800列", "3000列", "below_last_year"),
    # a measure word alone (产量) measures what the list named first (粮食)
    ("粮食生产稳中有增、产量120.5万吨，生猪出栏80万头。", "粮食播种面积稳定在300万亩以上、产量稳定在118万吨以上。",
     "118万吨", "120.5万吨", "below_last_year"),
])
def test_the_same_thing_in_other_words_is_the_baseline(review, plan, figure, baseline, feasibility_class) -> None:
    row = targets(review, plan).loc[figure]
    assert (row.baseline_text, row.match, row.feasibility) == (baseline, "same", feasibility_class)


def test_a_value_shared_by_a_list_gives_one_row_per_member() -> None:
    t = targets("城镇常住居民人均可支配收入增长6.9%，农村常住居民人均可支配收入增长8.2%。",
                "城镇常住居民人均可支配收入、农村常住居民人均可支配收入均增长7%；连片培育示范村、精品村各30个。")
    income = t.loc[["7%"]]
    assert income.indicator_key.tolist() == ["per_capita_disposable_income_urban_growth",
                                            "per_capita_disposable_income_rural_growth"]
    assert income.baseline_text.tolist() == ["6.9%", "8.2%"]
    assert income.feasibility.tolist() == ["modest", "below_last_year"]
    villages = t.loc[["30个"]].indicator.tolist()
    assert len(villages) == 2 and "示范村" in villages[0] and "精品村" not in villages[0] and "精品村" in villages[1]
    # counts listed without 各 are one sum (学位、床位), never split
    assert len(targets("新增学位3.2万个。", "新增学位、床位1.5万个以上。").loc[["1.5万个"]]) == 1


def test_a_goal_restated_in_other_words_is_counted_once() -> None:
    t = targets("全年实施重点项目52个。", "全力完成今年48个重点项目30亿元的投资计划。\n今年，初步安排的重点调度项目有48个。")
    assert t["text"].tolist().count("48个") == 1
    kept = targets("全年实施重点项目52个。", "新建污水处理站48个。\n改造农村公路48个。")
    assert kept["text"].tolist().count("48个") == 2


@pytest.mark.parametrize("plan, figure", [
    ("持续开展30所优质高中对薄弱高中的结对帮扶。", "30所"),  # 持续开展 is read before 持续 is taken off
    ("深化推进24个重点片区规划建设。", "24个"),  # scope compared on nouns: 推进 adds no thing
])
def test_a_scope_verb_with_an_adverb_or_another_verb_works_on_a_set(plan, figure) -> None:
    assert figure not in targets("全市新增就业10万人。", plan).index
    assert "30所" in targets("全市新增就业10万人。", "新建30所优质高中。").index


def test_kinds_that_share_no_word_and_words_alike_only_in_an_aside() -> None:
    # 市级以上 and 省级以上 are two scopes; 工业楼宇 is not 创新街区（园区、楼宇）
    t = targets("新增省级以上众创孵化载体27家，新建创新街区（园区、楼宇）124万平方米。",
                "新增市级以上众创孵化载体40家，新增工业楼宇100万平方米以上。")
    assert t.loc["40家"].baseline_text == "" and t.loc["100万平方米"].baseline_text == ""
    # a preposition names no kind: 将…资金 and 对新增…资金 are the same funds
    t = targets("对新增2万亿元中央财政资金建立直达机制。", "将2.8万亿元中央财政资金纳入直达机制。")
    assert t.loc["2.8万亿元"].baseline_text == "2万亿元"


def test_each_member_of_a_shared_rate_finds_its_own_baseline() -> None:
    t = targets("乌江等主要河流出境断面水质优良率达100%，县城以上集中式饮用水水源地水质优良比例达98%。",
                "县城以上集中式饮用水水源地水质优良比例、主要河流出境断面水质优良比例保持100%。")
    rows = t.loc[["100%"]]
    assert len(rows) == 2
    assert rows.baseline_text.tolist() == ["98%", "100%"]
    assert rows.indicator.str.startswith("县城以上").tolist() == [True, False]


def test_a_shared_head_is_found_through_the_registry() -> None:
    # the last member carries the head the others share (二氧化硫、氮氧化物排放量): one keyed row each
    t = targets("全市新增就业10万人。", "今年二氧化硫、氮氧化物排放量要分别下降3%。")
    assert t.loc[["3%"]].indicator_key.tolist() == ["so2_reduction", "nox_reduction"]
    # no registered head tells 氢能 … apart, but the last member's head word (产业) does (session 9): one row each
    got = targets("全市新增就业10万人。", "力争氢能、生物制造、低空经济产业营业收入分别增长20%以上。").loc[["20%"]]
    assert got.indicator.tolist() == ["氢能产业营业收入增长", "生物制造产业营业收入增长", "低空经济产业营业收入增长"]


def test_a_goal_of_things_to_add_is_not_measured_by_how_many_there_are() -> None:
    # city_shenzhen_2024's 新增150家…小巨人企业 against the review's stock 742家; a review figure whose
    # sentence adds them (新增…企业120家) is its baseline
    t = targets("国家级专精特新“小巨人”企业742家，居全国城市第二。",
                "新增150家国家级专精特新“小巨人”企业。")
    assert t.loc["150家"].feasibility == "no_baseline"
    t = targets("全年新增国家级专精特新“小巨人”企业120家。", "新增150家国家级专精特新“小巨人”企业。")
    assert (t.loc["150家"].baseline_text, t.loc["150家"].feasibility) == ("120家", "stretch")


def test_a_change_in_per_cent_of_a_list_is_each_members() -> None:
    # national_2018: 二氧化硫、氮氧化物排放量要下降3% is two goals, one per pollutant
    t = build_targets(extract_quantities(read_text(
        "政府工作报告\n一、2017年工作回顾\n全年国内生产总值增长6.9%。\n二、2018年工作安排\n"
        "今年二氧化硫、氮氧化物排放量要下降3%。\n")))
    assert sorted(t.indicator_key) == ["nox_reduction", "so2_reduction"]


def test_figures_of_a_five_year_review_paragraph_are_no_baseline_for_one_year() -> None:
    # national_2018: 五年来，…易地扶贫搬迁830万人 is five years' work, not 2017's
    t = targets("五年来，人民生活持续改善。易地扶贫搬迁830万人。", "完成易地扶贫搬迁280万人。", review_year=2017)
    assert t.loc["280万人"].feasibility == "no_baseline"


def test_at_least_before_a_cut_makes_a_floor() -> None:
    t = targets("全年国内生产总值增长6.9%。", "移动网络流量资费年内至少降低30%。", review_year=2017)
    assert t.loc["30%"].target_kind == "floor"


def test_the_set_a_rate_is_measured_on_is_no_target() -> None:
    # city_shenzhen_2024: the goal is 75.0%, not the 310 rivers it is measured over
    t = targets("310条河流按河长计算水体优良比例达73.9%。", "310条河流按河长计算水体优良比例提升至75.0%以上。", review_year=2023)
    assert "310条" not in t.index and t.loc["75.0%"].baseline_text == "73.9%"


def test_hotels_brought_in_are_not_measured_by_hotels_opened() -> None:
    # city_shenzhen_2024: 引进10家国际高端品牌酒店 against 开业运营10家国际品牌酒店: another action
    t = targets("开业运营10家国际品牌酒店。", "引进10家国际高端品牌酒店。", review_year=2023)
    assert t.loc["10家"].feasibility == "no_baseline"


@pytest.mark.parametrize("review, plan, target, baseline, feasibility_class", [
    # audit 6 (city_bijie_2024 read for the patterns; sentences written here)
    # the same thing and the same action on it, said the other way round (attract: 引进, 落户)
    ("全年共有86家头部企业落户本市。", "引进头部企业60家以上。", "60家", "86家", "below_last_year"),
    # 生产X states X's output (产量), and a higher aim (、力争达…) is of the same output
    ("全年生产原煤5000万吨。", "完成原煤产量5200万吨、力争达5500万吨。", "5200万吨", "5000万吨", "modest"),
    ("全年生产原煤5000万吨。", "完成原煤产量5200万吨、力争达5500万吨。", "5500万吨", "5000万吨", "modest"),
    # a programme's quoted name both sides state is the thing itself
    ("培育“乌蒙工匠”技术技能人才2.1万人。", "培育“乌蒙工匠”2万人以上。", "2万人", "2.1万人", "below_last_year"),
    # 保租房 is the short form of 保障性租赁住房
    ("新开工保租房3200套。", "开工建设保障性租赁住房2000套。", "2000套", "3200套", "below_last_year"),
    # the share after a growth rate is the share's baseline
    ("制造业投资增长12.3%、占比达35.2%。", "制造业投资占比达35%以上。", "35%", "35.2%", "met_already"),
    # a level kept (巩固) is met when it is reached already
    ("林下经济利用林地面积达300万亩。", "持续巩固利用林地面积300万亩以上。", "300万亩", "300万亩", "met_already"),
])
def test_the_same_thing_in_other_words_is_the_baseline(review, plan, target, baseline, feasibility_class) -> None:
    t = targets(review, plan, review_year=2023)
    assert t.loc[target].baseline_text == baseline and t.loc[target].feasibility == feasibility_class


def test_a_range_cited_again_to_explain_a_goal_is_no_second_goal() -> None:
    # audit 6 (national_2016 read for the pattern; sentence written here)
    t = targets("全年国内生产总值增长6.9%。", "今年国内生产总值增长6%－6.5%。保持6%－6.5%的增速，就能够稳住就业。",
                review_year=2015)
    assert list(t.text) == ["6%－6.5%"] and t.iloc[0].indicator_key == "gdp_growth"


def test_a_count_of_things_under_way_is_no_target() -> None:
    # audit 6 (city_bijie_2024 read for the pattern; sentence written here)
    t = targets("全年新开工项目80个。", "新开工产业项目90个以上，加快120个在建重大项目建设。", review_year=2023)
    assert "120个" not in t.index and "90个" in t.index


def test_a_count_inside_an_example_of_a_list_is_no_target_but_a_member_count_is() -> None:
    # audit 6 (provincial_xinjiang_2026 read for the pattern; sentences written here)
    t = targets("全年新开工项目80个。", "加快甲地煤化工、乙区2个煤制油、丙地储能等项目建设。新建6条道路、3台锅炉、8公里管网等项目。",
                review_year=2025)
    assert "2个" not in t.index and {"6条", "3台"} <= set(t.index)


def test_two_clauses_naming_no_kind_before_the_key_are_the_same_scope() -> None:
    # audit 6 (provincial_xinjiang_2026): the name borrows the sentence's opening (加强生态保护造林面积);
    # the review says the same bare 完成造林
    t = targets("完成造林260万亩、种草改良300万亩。", "加强生态保护，推进荒漠化治理，完成造林120万亩、退化草原修复200万亩。",
                review_year=2025)
    assert t.loc["120万亩"].baseline_text == "260万亩" and t.loc["120万亩"].feasibility == "below_last_year"


def test_a_list_member_after_a_shared_xinzeng_is_a_flow() -> None:
    # audit 6 (provincial_zhejiang_2026 read for the pattern; sentence written here): 新增 opens the list,
    # so the second member adds firms too — fewer than last year's additions is below_last_year, not met_already
    t = targets("新增专精特新“小巨人”企业420家。", "新增雄鹰企业15家、专精特新“小巨人”企业350家。", review_year=2025)
    assert t.loc["350家"].measure == "flow" and t.loc["350家"].feasibility == "below_last_year"


def test_a_target_saying_only_its_action_takes_the_thing_its_sentence_names() -> None:
    # audit 6 (provincial_zhejiang_2026 read for the pattern; sentence written here): 全年开行 says only the
    # action, the trains are named in the clauses before it; the review says 中欧班列…开行 the other way round
    t = targets("中欧班列（渝新欧）开行2100列、增长8%。", "深化中欧班列市场化运营改革，全年开行2000列以上。", review_year=2025)
    assert t.loc["2000列"].baseline_text == "2100列" and t.loc["2000列"].feasibility == "below_last_year"


@pytest.mark.parametrize("plan, figure", [
    # policy settings, not outcomes (written in the style of the national reports' tax paragraphs)
    ("扩大小微企业所得税优惠范围，年应纳税所得额上限由30万元提高到60万元。", "60万元"),
    ("将个体工商户增值税起征点从月销售额5万元提高到12万元。", "12万元"),
    ("将个人所得税基本减除费用标准的免征额由3500元提高到5000元。", "5000元"),
    ("保持9%一档的税率不变，确保主要行业税负明显降低。", "9%"),
    # a goal compared with last year's goal explains it and sets none of its own
    ("城镇新增就业预期目标比去年多50万人，突出就业优先导向。", "50万人"),
])
def test_policy_settings_and_goal_comparisons_are_no_targets(plan, figure) -> None:
    assert figure not in targets("全市新增就业10万人。", plan).index


def test_a_goal_that_raises_a_payment_stays_a_target() -> None:
    # a subsidy standard raised is a goal with its own start (national_2017 style), not a setting
    t = targets("全市新增就业10万人。", "城乡居民医保财政补助由每人每年520元提高到560元。")
    assert "560元" in t.index and t.loc["560元"].match == "from_to"


def test_a_fenbie_list_in_the_review_ends_before_the_next_clauses_count() -> None:
    # the review's 分别 list is followed by a count of another thing in the next clause: each
    # member keeps its own figure, so each target of the plan's list finds its own baseline
    t = targets("加强污染治理，二氧化硫、氮氧化物排放量分别下降4.2%和3.5%，58个重点城市细颗粒物年均浓度下降6%。",
                "今年二氧化硫、氮氧化物排放量要分别下降3%。")
    rows = t.set_index("indicator_key")
    assert rows.loc["so2_reduction"].baseline_text == "4.2%"
    assert rows.loc["nox_reduction"].baseline_text == "3.5%"
    assert set(rows.feasibility) == {"below_last_year"}


@pytest.mark.parametrize("review, plan, figure, baseline, cls", [
    # the noun after the plan's count is the noun the review counts (county report style)
    ("农业基础设施配套建设共完成投资900万元，建成育苗大棚200个、冷藏库3万平方米。",
     "重点实施“菜篮子”工程，年内完成4万平方米冷藏库、300亩大棚建设任务。", "4万平方米", "3万平方米", "stretch"),
    ("征收工作攻坚克难，举全区之力全面完成了9500户的年度改造任务，近3万居民住上新房。",
     "科学安排征地拆迁，全力完成今年6000户改造任务。", "6000户", "9500户", "below_last_year"),
])
def test_the_same_noun_counted_with_the_same_action_is_the_baseline(review, plan, figure, baseline, cls) -> None:
    t = targets(review, plan, review_year=2015)
    assert (t.loc[figure].baseline_text, t.loc[figure].feasibility) == (baseline, cls)


def test_a_short_noun_alone_is_no_baseline() -> None:
    # 公厕 (two characters) names too many kinds of toilet: no match by the own noun alone
    from govreport.tables.name_agreement import same_own_noun
    assert same_own_noun("年内|公厕", "投资|水冲式公厕") == ""
    assert same_own_noun("年内|冷藏库", "育苗大棚|冷藏库") == "冷藏库"
    assert same_own_noun("全年|项目", "新开工|重大项目") == ""


def test_two_members_joined_by_he_share_a_value_and_m2_is_a_name() -> None:
    # national report style: the 2 of M2 is part of a name, not a second figure; each member its own row
    t = targets("稳健的货币政策灵活适度，广义货币M2增长10.2%。", "今年广义货币M2和社会融资规模余额预期增长均为11%左右。")
    rows = t.set_index("indicator")
    assert set(rows.index) == {"广义货币M2预期增长", "社会融资规模余额预期增长"}
    assert rows.loc["广义货币M2预期增长"].indicator_key == "money_supply"
    assert (rows.loc["广义货币M2预期增长"].baseline_text, rows.loc["广义货币M2预期增长"].feasibility) == ("10.2%", "modest")
    assert rows.loc["社会融资规模余额预期增长"].feasibility == "no_baseline"


def test_a_count_of_people_written_without_a_unit_is_a_target_with_its_baseline() -> None:
    # national report style: 人口 before the amount says it counts people, though no 人 is written
    t = targets("农村贫困人口减少1300万，易地扶贫搬迁人口超过260万。",
                "今年再减少农村贫困人口1000万以上，完成易地扶贫搬迁300万人。")
    assert (t.loc["1000万"].baseline_text, t.loc["1000万"].feasibility) == ("1300万", "below_last_year")
    assert (t.loc["300万人"].baseline_text, t.loc["300万人"].feasibility) == ("260万", "modest")


def test_from_before_fits_its_reach() -> None:
    """from_to_pairs looks for 从/由 only in the FROM_REACH characters before a figure: the pattern must fit there."""
    import re._parser

    from govreport.tables.sentence_baselines import FROM_BEFORE, FROM_REACH
    assert re._parser.parse(FROM_BEFORE.pattern).getwidth()[1] < FROM_REACH


def test_end_patterns_fit_their_reach() -> None:
    """measures searches each pattern of REACH only in the text's last REACH characters: each must fit there."""
    import re._parser

    from govreport.tables.measures import REACH
    for pattern, reach in REACH.items():
        assert pattern.endswith("$") and re._parser.parse(pattern).getwidth()[1] < reach, pattern


def test_name_change_gate_lists_every_last_character() -> None:
    """procedure_reason runs NAME_CHANGE.sub only on names ending in NAME_CHANGE_LAST: every word a match may end
    with (the verbs and 到/至/为, not the leading 分别/均) must have its last character there."""
    import re

    from govreport.tables.procedure import NAME_CHANGE, NAME_CHANGE_LAST
    enders = set(re.findall(r"[\u4e00-\u9fff]+", NAME_CHANGE.pattern)) - {"分别", "均"}
    assert enders and {w[-1] for w in enders} <= set(NAME_CHANGE_LAST)
