"""Names after audit 12 (docs/audits/targets_12.md): the shared noun of a 分别 list, a modal with
its verb. Sentences in the style of a report, with wording and numbers altered."""
from __future__ import annotations

from name_cases import names


def test_a_shared_head_word_is_taken_whole_not_a_character_of_the_last_member() -> None:
    """原煤、原油、天然气产量分别达到…: each member's 产量 (not 原煤气产量, a character of 天然气 carried over)."""
    got = names("原煤、原油、天然气产量分别达到7000万吨、1280万吨、10亿立方米。")
    assert (got["7000万吨"], got["1280万吨"], got["10亿立方米"]) == ("原煤产量", "原油产量", "天然气产量")


def test_a_member_list_keeps_its_own_words_before_a_head_inside_the_last_member() -> None:
    """城镇、农村常住居民人均可支配收入分别增长: 城镇常住居民… (居民 does not end the member: no cut there)."""
    got = names("城镇、农村常住居民人均可支配收入分别增长6.5%、7.5%。")
    assert got["6.5%"].startswith("城镇常住居民")


def test_jiang_goes_with_anpai() -> None:
    """中央财政将安排科技支出1134亿元: 将 and 安排 dropped whole (as 拟安排)."""
    assert names("今年中央财政将安排科技支出1134亿元。")["1134亿元"] == "中央财政科技支出"


def test_a_payers_amount_takes_its_purpose_after_or_before() -> None:
    """中央财政将安排832亿元，比上年增加167亿元，支持卫生事业改革和发展: the purpose after the amount and its
    change; 为加快社会保障体系建设，…中央财政将安排2762亿元: the purpose opening the sentence."""
    assert names("今年中央财政将安排832亿元，比上年增加167亿元，支持卫生事业改革和发展。")["832亿元"] == "中央财政卫生事业改革和发展"
    assert names("为加快社会保障体系建设，今年中央财政将安排2762亿元，比上年增加458亿元。")["2762亿元"] == "中央财政社会保障体系建设"


def test_a_share_with_no_figure_before_takes_the_noun_of_the_clause_before() -> None:
    """加大科技创新投入，占财政支出比重提高到10%以上: the share of 科技创新投入; …等数字经济核心产业，力争增加值占
    地区生产总值比重达到17%: that industry's value added (the leading verbs 加大, 培育壮大 dropped)."""
    assert names("加大科技创新投入，占财政支出比重提高到10%以上。")["10%"] == "科技创新投入占财政支出比重"
    got = names("培育壮大软件、电子商务等数字经济核心产业，力争增加值占地区生产总值比重达到17%以上。")
    assert got["17%"] == "数字经济核心产业增加值占地区生产总值比重"


def test_a_count_before_a_list_closed_by_a_head_counts_the_head() -> None:
    """7700多项食品、药品和其他消费品安全国家标准的制定修订工作: the standards are counted, not 食品;
    9轮强降雨、汉江秋汛和高温干旱 (no 的 after the list: no shared head) stays 强降雨."""
    got = names("今年要完成7700多项食品、药品和其他消费品安全国家标准的制定修订工作。")
    assert got["7700多项"] == "食品、药品和其他消费品安全国家标准数"
    assert "汉江" not in names("成功应对主汛期9轮强降雨、汉江秋汛和大范围持续高温干旱，有效减少损失。")["9轮"]


def test_a_modal_before_a_bare_verb_of_people_is_dropped() -> None:
    """今年要再解决3200万农村人口的安全饮水问题: named for the people and the problem solved (as 再解决…)."""
    from target_cases import targets
    t = targets("解决9748万农村人口饮水安全问题。", "今年国内生产总值增长8%左右。今年要再解决3200万农村人口的安全饮水问题。")
    assert t.loc["3200万", "indicator"] == "农村人口安全饮水问题解决人数"


def test_a_total_investment_of_a_plan_names_the_plan() -> None:
    """实施总投资1.2万亿元的重点项目投资计划: the plan's total investment (not 实施总投资)."""
    assert names("加强市级统筹，实施总投资1.2万亿元的重点项目投资计划。")["1.2万亿元"] == "重点项目投资计划总投资"
