"""Names after the unseen audit 21 (targets_21: Hangzhou 2024, Hunan 2026, State Council 2007): list marks
and register words are no part of what a figure measures. Sentences in the style of a report, with wording
and numbers altered."""
from __future__ import annotations

from name_cases import names
from target_cases import targets


def test_a_circled_number_is_a_list_mark_not_a_word_of_the_name() -> None:
    # ③ opens an item of a numbered list of people's projects (民生实事)
    got = names("养老服务提升。③完成老旧小区改造120个、加装电梯300台。")
    assert got["120个"] == "老旧小区改造数" and got["300台"] == "加装电梯数"


def test_a_circled_number_does_not_block_the_same_keyed_baseline() -> None:
    t = targets("⑤完成城镇老旧小区改造210个。", "改造老旧小区180个。")
    assert int(t.loc["180个", "baseline_value"]) == 210


def test_the_register_a_stock_is_counted_in_is_no_scope() -> None:
    # 在册 (on the register) names no narrower set of market entities than the plan's total
    t = targets("在册市场经营主体160万户、增长9%。", "市场经营主体总量突破170万户。")
    assert int(t.loc["170万户", "baseline_value"]) == 1600000


def test_a_rank_aside_between_a_level_and_its_growth_leaves_the_growth_to_the_level() -> None:
    # 稳居全国前十强 between GDP and its growth: the growth is GDP's, not the rank's (强增长)
    got = names("全省地区生产总值达到4.6万亿元、稳居全国前十强、增长5.1%。")
    assert got["5.1%"] == "地区生产总值增长"


def test_a_rank_aside_gives_the_headline_growth_goal_its_baseline() -> None:
    t = targets("全省地区生产总值达到4.6万亿元、稳居全国前十强、增长5.1%。", "地区生产总值增长5%左右。")
    assert float(t.loc["5%", "baseline_value"]) == 5.1


def test_a_share_opening_its_clause_is_named_by_the_words_after_it_quotes_and_all() -> None:
    # 60%涉企事项实现“一网通办”: the share of items done so, not the previous clause's rate
    got = names("政务平台事项主动办理率90%以上，60%涉企事项实现“一网通办”。")
    assert got["60%"] == "涉企事项一网通办比例"


def test_a_count_noun_is_read_past_a_threshold_class() -> None:
    # 20台20蒸吨/小时以下燃气锅炉: the count is of boilers; the threshold only classes them
    got = names("持续推动“两车”淘汰，完成20台20蒸吨/小时以下燃气锅炉改造。")
    assert got["20台"].startswith("燃气锅炉")


def test_a_modal_before_a_retiring_verb_is_no_part_of_the_name() -> None:
    # 今年要关停: 要 (must) names nothing of the capacity closed
    got = names("“十一五”期间，关停4000万千瓦小火电机组，今年要关停900万千瓦。")
    assert got["900万千瓦"] == "关停装机容量"


def test_a_list_member_with_its_own_verb_keeps_the_previous_head_not_its_verb() -> None:
    # 新建中学12所、改扩建25所: the second member is the schools rebuilt, not 改扩建新建
    got = names("新建中学12所、改扩建25所。")
    assert got["25所"] == "中学改扩建数"
