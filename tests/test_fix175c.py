"""Round fix175c (held-out set 92): a 和 pair of subjects before a level verb and a 和 pair of amounts (瞪羚和雏鹰企业发展到22户和
140户, 鞍山 2022 rows 24–25) pair in order, each named from its own noun; a clause opening with 各县市区 + a verb gives both to a
later 、 member with no verb of its own (各县市区引进亿元产业项目5个以上、“三类500强”企业项目1个以上, 衡阳 2020 row 35)."""
from __future__ import annotations

import pytest
from target_cases import baseline_of, names_by_text, targets

REVIEW = "新增高新技术企业50户，雏鹰、瞪羚企业45户，科技型中小企业120户。全年引进“三类500强”企业项目14个。"
PAIR = "实施科技型企业梯度培育计划，力争科技型中小企业突破600户、高新技术企业达到450户、瞪羚和雏鹰企业发展到22户和140户。"
EACH = "力争全市引进世界500强企业项目8个，各县市区引进亿元产业项目5个以上、“三类500强”企业项目1个以上。"


def test_joined_pair_pairs_its_amounts_in_order() -> None:
    """22 is 瞪羚企业's, 140 雏鹰企业's: no 和 left in a name, no borrowing of the list's first noun (科技型中小企业)."""
    names = names_by_text(REVIEW, PAIR)
    assert names["22户"] == ["瞪羚企业户数"]
    assert names["140户"] == ["雏鹰企业户数"]
    assert names["600户"] == ["科技型中小企业户数"]


def test_joined_pair_takes_no_flow_baseline() -> None:
    """The review's 新增…雏鹰、瞪羚企业45户 is a combined flow and 新增科技型中小企业120户 another thing: no baseline for either;
    both are levels grown to (发展到), stocks."""
    t = targets(REVIEW, PAIR)
    assert baseline_of(t, "22户") == ""
    assert baseline_of(t, "140户") == ""
    assert list(t.loc[["22户", "140户"], "measure"]) == ["stock", "stock"]


@pytest.mark.parametrize(("plan", "texts", "expected"), [
    ("力争瞪羚和雏鹰企业达到22户和140户。", ("22户", "140户"), ["瞪羚企业户数", "雏鹰企业户数"]),
    ("力争市级航母和农业园区发展到15个和30个。", ("15个", "30个"), ["市级航母园区数", "市级农业园区数"]),
])
def test_joined_pair_alone_in_its_clause(plan: str, texts: tuple[str, str], expected: list[str]) -> None:
    """The same pairing where the pair is the clause's only subject, after any level verb (达到, 发展到)."""
    names = names_by_text(REVIEW, plan)
    assert [names[t][0] for t in texts] == expected


@pytest.mark.parametrize(("plan", "text", "name"), [
    ("力争瞪羚和雏鹰企业发展到160户。", "160户", "瞪羚和雏鹰企业户数"),  # one amount for both: counted together
    ("力争瞪羚和雏鹰企业发展到22户、高新技术企业达到450户。", "22户", "瞪羚和雏鹰企业户数"),  # the 、 after is another member
])
def test_joined_pair_with_one_amount_stays_together(plan: str, text: str, name: str) -> None:
    """Near misses: a 和 pair before one amount of its own is one count of both kinds."""
    assert names_by_text(REVIEW, plan)[text] == [name]


def test_each_place_and_verb_reach_a_later_member() -> None:
    """“三类500强”企业项目1个以上 is each county's floor of projects attracted, named so, with no city-wide baseline (the
    review's 14 is the city's)."""
    t = targets(REVIEW, EACH)
    assert list(t.loc[["5个", "1个"], "indicator"]) == ["各县市区引进亿元产业项目数", "各县市区引进三类500强企业项目数"]
    assert baseline_of(t, "1个") == ""


@pytest.mark.parametrize(("plan", "text", "name"), [
    ("每个县市区引进亿元产业项目5个以上、三类500强企业项目1个以上。", "1个", "每个县市区引进三类500强企业项目数"),
    ("各县市区引进亿元产业项目5个以上、新建标准厂房2个以上。", "2个", "标准厂房新建数"),  # a verb of its own: left alone
    ("全市引进亿元产业项目50个以上、“三类500强”企业项目10个以上。", "10个", "三类500强企业项目引进数"),  # no per-place scope
])
def test_each_place_member_near_misses(plan: str, text: str, name: str) -> None:
    """每个 reads as 各 does; a member with its own verb, and a list with no per-place scope, keep their names."""
    assert names_by_text(REVIEW, plan)[text] == [name]
