"""Round 155, fix155c (held-out set 76): a review figure of the same measure refused. A count per 10 000 people written
without 拥有量 (万人发明专利18件) is the stock 万人发明专利拥有量 names (indicators.csv alias); a refusal for words borrowed
from a list member before says so, not 'best score 0.73 < 0.5', and a gloss in brackets just before the review figure
(棚户区（城中村）) counts among its words. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_patents_per_ten_thousand_without_the_stock_suffix() -> None:
    t = targets("全市万人发明专利18件。", "研发经费投入强度2.5%，万人发明专利拥有量19件。", 2020)
    assert baseline_of(t, "19件") == "18件"


def test_a_higher_value_patent_stock_is_not_the_same_count() -> None:
    # boundary: 高价值发明专利 is a narrower stock; the alias does not reach it
    t = targets("全市万人高价值发明专利5件。", "万人发明专利拥有量19件。", 2020)
    assert baseline_of(t, "19件") == ""


def test_a_borrowed_member_refusal_says_why() -> None:
    # the gloss 城中村 is the review name's own word: no longer a borrowed member, refused (a list's sum) for another reason
    t = targets("改造棚户区（城中村）58个、老旧小区34个，竣工安置房2.2万套。", "拆迁改造棚户区、城中村42个，竣工安置房1.8万套。", 2020)
    reason = str(t.loc[["42个"]].iloc[-1]["match_reason"])
    assert baseline_of(t, "42个") == "" and "0.73 < 0.5" not in reason and "another kind" in reason


def test_a_borrowed_member_refusal_names_the_member_before() -> None:
    # another gloss: 城中村 stays the member before's word only, refused, and the refusal says so
    t = targets("改造棚户区（老旧片区）58个、老旧小区34个，竣工安置房2.2万套。", "拆迁改造棚户区、城中村42个，竣工安置房1.8万套。", 2020)
    reason = str(t.loc[["42个"]].iloc[-1]["match_reason"])
    assert baseline_of(t, "42个") == "" and "< 0.5" not in reason and "member before" in reason
