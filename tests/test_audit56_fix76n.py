"""Names of list members after audit 56 (fix76n): a later 、 member keeps only the list's shared opening and its own words.
新种植星油藤5万亩、油茶3.3万亩: the opening verb chain after 新 (新种植), not the first member's noun; 重点打造精品村6个、示范村55个:
the verb after an adverb reaches the members after; 培育…600人、孵化…10个: 孵化 is a verb of the member's own; 新增政策审查率
100%、…纠正率100%: 新增 opening a rate is of the rate's own noun, no opening the list shares.

Each case is a plan sentence shortened from the audited text (崇左), with the names its rows must carry."""
from __future__ import annotations

from target_cases import targets

from govreport.extract.list_leads import lead_action, lead_verbs

REVIEW = "全年地区生产总值增长6%。"


def _names(plan: str, text: str) -> list[str]:
    return list(targets(REVIEW, plan, 2023).loc[[text]]["indicator"])


def test_new_verb_chain_reaches_sibling_nouns_without_the_first_noun() -> None:
    """新种植星油藤5万亩、油茶3.3万亩、坚果10万亩以上 (崇左 rows 42, 43): 新种植油茶, not 新种植星油藤油茶."""
    plan = "积极发展特色种植，新种植星油藤5万亩、油茶3.3万亩、坚果10万亩以上。"
    assert _names(plan, "3.3万亩") == ["新种植油茶面积"]
    assert _names(plan, "10万亩") == ["新种植坚果面积"]


def test_lead_verbs_read_a_chain_after_new() -> None:
    """新 + verbs: the chain; a plain action verb as before."""
    got = lead_verbs("新种植星油藤")
    assert got is not None and got.group() == "新种植"
    plain = lead_verbs("打造武汉精品")
    assert plain is not None and plain.group() == "打造"


def test_verb_after_an_adverb_is_shared() -> None:
    """重点打造精品村6个、示范村55个、提升村138个 (崇左 row 63): the members after take the list's verb."""
    assert lead_action("重点打造精品村", "个") == ("打造", "个")
    got = _names("持续完善农村基础设施，重点打造精品村6个、示范村55个、提升村138个。", "55个")
    assert got == ["重点打造示范村数"]


def test_incubating_is_a_members_own_verb() -> None:
    """培育农村电商带头人600人以上、孵化农村电商品牌10个以上 (崇左 row 57): no 培育 before 孵化."""
    got = _names("大力实施农村电商发展工程，年内培育农村电商带头人600人以上、孵化农村电商品牌10个以上。", "10个")
    assert got == ["孵化农村电商品牌数"]


def test_new_before_a_rate_is_not_carried() -> None:
    """实现新增政策审查率100%、行政主体违法行为纠正率100% (崇左 row 84): the second rate has no 新增."""
    got = _names("加大公平竞争审查力度，实现新增政策审查率100%、行政主体违法行为纠正率100%。", "100%")
    assert got == ["新增政策审查率", "行政主体违法行为纠正率"]


def test_new_before_counts_still_carried() -> None:
    """新增规模养殖户6户、重点养殖户32户: a list's 新增 of counts still reaches the member after."""
    assert _names("新增规模养殖户6户、重点养殖户32户。", "32户") == ["新增重点养殖户数"]
