"""Round 161, fix161b (held-out set 80): a flow word opening a clause (新增“个转企”N户) is said of the next clause when that
clause is only a bare noun and a count in the same unit (，“四上”企业M户): its name and its measure are the flow's. A clause
with a verb, a level or a stock word of its own, a count in another unit, and a stock in the review keep their reading.
Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from tests.target_cases import targets

_REVIEW = "全市生产总值增长5%。"


def test_a_bare_quoted_member_after_a_flow_clause_is_a_flow() -> None:
    t = targets(_REVIEW, "支持上下游企业配套协作，新增“个转企”150户，“四上”企业60户。")
    row = t.loc["60户"]
    assert row["indicator"] == "新增四上企业户数" and row["measure"] == "flow"
    assert t.loc["150户", "indicator"] == "新增个转企户数"


def test_a_bare_unquoted_member_of_the_same_noun_is_a_flow() -> None:
    t = targets(_REVIEW, "发展特色产业，年内新增国家级“一村一品”示范村镇2个，省级专业镇3个。")
    row = t.loc["3个"]
    assert row["indicator"] == "新增省级专业镇数" and row["measure"] == "flow"


def test_an_unquoted_clause_of_another_noun_keeps_its_name() -> None:
    # the boundary: its first word may be a verb the lexicon lacks (登记, 报会在审), so only the same noun is shared
    got = targets(_REVIEW, "新增上市企业2家，报会在审4家，登记科技成果300项。")
    assert not got.loc["4家", "indicator"].startswith("新增")
    t = targets(_REVIEW, "新增学位2万个，组建教育集团4个，新设外资企业50个。")
    assert not t.loc["4个", "indicator"].startswith("新增") and not t.loc["50个", "indicator"].startswith("新增新")


def test_a_member_with_its_own_verb_or_level_keeps_its_reading() -> None:
    t = targets(_REVIEW, "新增“个转企”150户，规上企业总数达到600户。")
    assert not t.loc["600户", "indicator"].startswith("新增")
    t = targets(_REVIEW, "新增“个转企”150户，培育“四上”企业60户。")
    assert not t.loc["60户", "indicator"].startswith("新增")


def test_a_stock_word_or_another_unit_keeps_its_reading() -> None:
    t = targets(_REVIEW, "新增“四上”企业60户，总数650户。")
    assert not t.loc["650户", "indicator"].startswith("新增")
    t = targets(_REVIEW, "新增“四上”企业60户，从业人员3000人。")
    assert not t.loc["3000人", "indicator"].startswith("新增")


def test_a_stock_in_the_review_keeps_its_reading() -> None:
    text = "政府工作报告\n一、2024年工作回顾\n全年新增市场主体8000户，企业总数达到3万户。\n二、2025年重点工作\n新增“四上”企业60户，“个转企”150户。\n"
    q = extract_quantities(read_text(text)).set_index("text", drop=False)
    assert not str(q.loc["3万户", "indicator"]).startswith("新增")
    assert str(q.loc["150户", "indicator"]).startswith("新增")
