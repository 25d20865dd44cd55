"""Round 151, fix151c (held-out set 72 leftovers): a count of places closing a 、 list that names each of them after 打造
(集中打造A、B沿岸、C3个片区) is the list's size, no goal; a review's bare 财政收入 is no baseline of 一般公共预算收入; each later
member of 新建A、改造提升B各N keeps its own verb; a count before a modifier ending in 发展 and 的 counts the head after 的.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, names_by_text, targets

_REVIEW = "全市地区生产总值增长3%。"


def test_named_places_closed_by_their_count_are_no_goal() -> None:
    # 阳泉 row 41: 今年集中打造平定娘子关、盂县滹沱河沿岸、郊区河底燕龛3个片区
    plan = "开展美丽宜居村庄示范创建活动，今年集中打造东山古关、北县大河沿岸、南区河底石龛3个片区。"
    assert "3个" not in set(targets(_REVIEW, plan)["text"])
    plan = "重点打造甲新区、乙开区2个500亿元园区。"  # 桂林-like: the named zones' list size, as 千亿级 already is
    assert "2个" not in set(targets(_REVIEW, plan)["text"])


def test_unnamed_or_example_places_stay_goals() -> None:
    # the boundary: no list, a list closed by 等 (examples), modifiers (…化), another counted noun
    for plan in ("今年集中打造3个片区。", "打造东山古关、西湖等3个片区。", "打造数字化、智能化2个示范片区。",
                 "打造东山古关、北县大河沿岸2个品牌。"):
        assert set(targets(_REVIEW, plan)["text"]) & {"3个", "2个"}, plan


def test_bare_fiscal_revenue_is_no_baseline_of_budget_revenue() -> None:
    # 亳州 row 1: 财政收入217.9亿元，增长1.7% against 一般公共预算收入增长5.5%左右
    t = targets("财政收入217亿元，增长1.7%。", "一般公共预算收入增长5.5%左右。")
    assert baseline_of(t, "5.5%") == "" and class_of(t, "5.5%") == "no_baseline"


def test_budget_revenue_in_other_words_still_matches() -> None:
    # the boundary: the same words, or the local budget's older words, are still a baseline
    for review in ("一般公共预算收入增长1.7%。", "地方财政收入增长1.7%。", "地方级财政收入增长1.7%。"):
        assert baseline_of(targets(review, "一般公共预算收入增长5.5%左右。"), "5.5%") == "1.7%", review
    assert baseline_of(targets("财政收入增长1.7%。", "财政收入增长5.5%左右。"), "5.5%") == "1.7%"


def test_each_member_keeps_its_own_verb() -> None:
    # 济宁 row 109: 新建社区养老服务设施、改造提升乡镇敬老院各40处
    names = names_by_text(_REVIEW, "提高养老服务水平，新建社区养老设施、改造提升农村敬老院各40处。")
    assert names["40处"] == ["新建社区养老设施数", "改造提升农村敬老院数"]
    # the boundary: a member with no verb of its own takes the shared one
    names = names_by_text(_REVIEW, "新增持牌金融机构、上市企业各10家。")
    assert names["10家"] == ["新增持牌金融机构数", "新增上市企业数"]


def test_count_before_a_growth_modifier_counts_the_head() -> None:
    # 亳州 row 77: 每个县区至少打造1个全产业链发展的农业优势主导产业
    names = names_by_text(_REVIEW, "推动休闲农业加快发展，每个县区至少打造1个全产业链发展的农业优势主导产业。")
    assert "农业优势主导产业" in names["1个"][0] and "全产业链发展数" not in names["1个"][0]
