"""Round 152, fix152c (held-out set 73, 2021 city reports): a level a five-year recap says is reached is the review year's
level, under a 十X五 heading too and for a share of value added (增加值 holds no total word 增加); a target counting all work
under construction (在建) takes no review figure of projects newly started (新开工); a member of a 分别 list named like another
member of it is one sub-unit's figure, no whole's baseline; a 、 member with a noun of its own, counted in another unit, keeps
the first member's verbs but not its noun. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import baseline_of, targets


def _table(text: str) -> pd.DataFrame:
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


def _names(review: str) -> dict[str, str]:
    q = extract_quantities(read_text("政府工作报告\n一、2020年工作回顾\n" + review + "\n"))
    return {str(r.text): str(r.indicator) for r in q.itertuples()}


_RECAP = ("政府工作报告\n一、“十三五”时期经济社会发展回顾\n"
          "五年来，我们凝神聚力抓发展。深化校企合作，高新技术企业达400家，高新技术产业增加值占GDP比重达9%，"
          "高新技术产业增加值年均增长12%。\n"
          "各位代表！刚刚过去的一年，极不平凡。全年新增城镇就业5万人。\n"
          "二、2021年工作建议\n主要预期目标是：地区生产总值增长10%以上。\n")


def test_a_share_of_value_added_reached_in_the_recap_is_the_years_level() -> None:
    # 黄冈 row 26: 高新技术产业增加值占GDP比重达9% in a 五年来 paragraph, the level at 2020's end (增加值 is no 增加)
    t = _table(_RECAP + "高新技术产业增加值占GDP比重达到10%以上。\n")
    assert baseline_of(t, "10%") == "9%"


def test_an_average_rate_of_the_recap_stays_the_terms() -> None:
    # guard: 年均增长 in the recap is a five-year value, no baseline of the year's growth
    t = _table(_RECAP + "高新技术产业增加值增长12%以上。\n")
    assert baseline_of(t, "12%") == ""


_TERM_AND_YEAR = ("政府工作报告\n一、“十三五”时期及2020年工作回顾\n"
                  "这五年，高质量发展迈出坚实步伐。全市地区生产总值年均增长2.3%。累计新增省级专精特新企业150户。"
                  "国家高新技术企业达到216户，是2015年的4.2倍。\n"
                  "刚刚过去的2020年，我们统筹疫情防控和经济社会发展。全年新增城镇就业3万人。\n"
                  "二、2021年工作安排\n")


def test_a_stock_reached_under_a_term_and_year_heading_is_the_years_level() -> None:
    # 吉林 row 37: 国家高新技术企业达到216户 under 一、“十三五”时期及2020年工作回顾, before the year's part
    t = _table(_TERM_AND_YEAR + "力争国家高新技术企业达到260户。\n")
    assert baseline_of(t, "260户") == "216户"


def test_a_total_under_a_term_and_year_heading_stays_the_terms() -> None:
    # guard: 累计新增…150户 is the term's total, no baseline of the year's additions
    t = _table(_TERM_AND_YEAR + "新增省级专精特新企业60户。\n")
    assert baseline_of(t, "60户") == ""


def test_investment_under_construction_takes_no_investment_of_new_starts() -> None:
    # 黄冈 row 13: 在建…总投资4000亿元 against 新开工…总投资1475亿元, another stage and a smaller set
    t = targets("深入推进项目攻坚。新开工重大项目410个、总投资1475亿元。",
                "力争年度新开工亿元项目300个以上、在建亿元项目800个以上、总投资4000亿元以上。", 2020)
    assert baseline_of(t, "4000亿元") == ""


def test_investment_under_construction_keeps_its_own_stage() -> None:
    # guard: a review total of projects under construction still measures it
    t = targets("深入推进项目攻坚。在建重大项目700个、总投资3500亿元。",
                "在建亿元项目800个以上、总投资4000亿元以上。", 2020)
    assert baseline_of(t, "4000亿元") == "3500亿元"


def test_a_member_of_a_sub_units_each_list_is_no_wholes_baseline() -> None:
    # 吉林 row 28: two resorts' 旅游收入分别增长26%和43.2%, both named 旅游收入增长: neither is the whole city's
    t = targets("今年新雪季，甲山、乙湖度假区接待游客均突破27万人次，分别增长56%和24.8%，旅游收入分别增长26%和43.2%。",
                "全市旅游人数、旅游收入均增长60%以上。", 2020)
    assert baseline_of(t, "60%") == ""


def test_a_member_of_an_each_list_of_measures_keeps_its_baseline() -> None:
    # guard: a 分别 list of two measures names each member its own way; the revenue's member measures the revenue
    t = targets("全年全市旅游人数、旅游收入分别增长20%和26%。", "全市旅游收入增长30%以上。", 2020)
    assert baseline_of(t, "30%") == "26%"


def test_a_list_member_with_its_own_noun_and_unit_keeps_only_the_verbs() -> None:
    # 吉林 row 56: 维修改造老旧小区28个、街路339条 -> 维修改造街路数, not 维修改造老旧小区街路数; so 维修改造200条街路 finds it
    assert _names("全年维修改造老旧小区28个、街路339条、老旧供热管网63公里。")["339条"] == "维修改造街路数"
    t = targets("全年维修改造老旧小区28个、街路339条、老旧供热管网63公里。", "维修改造200条街路。", 2020)
    assert baseline_of(t, "200条") == "339条"


def test_a_list_member_in_the_same_unit_is_named_as_before() -> None:
    # guard: a member counted in the first member's unit (个) keeps the first member's verbs; since fix153e 维修改造 is an
    # action verb of its own (data/verbs.csv), so the member takes the verbs alone, as the other-unit member above does
    assert _names("全年维修改造老旧小区28个、街巷39个。")["39个"] == "维修改造街巷数"
