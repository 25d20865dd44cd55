"""Plan figures that are no target after audits 54/55 (fix74a): pilots named member by member before their count after a
pivot verb with an adverb (阿坝 row 28), the size of a policy named before 条 (阿坝 row 72), places' backstop aid taken on
(阿坝 row 80), a rank class written in digits (广安, audit 54 row 38); beside each, the neighbouring goal kept."""
from __future__ import annotations

from target_cases import targets

REVIEW = "全年地区生产总值增长6%。"


def _texts(plan: str) -> set[str]:
    return set(targets(REVIEW, plan, 2023)["text"])


def test_pilots_named_before_their_count_are_worked_on() -> None:
    """高效推动交通防灾减灾、“交商邮供”融合发展2个试点建设 (阿坝 row 28): the two pilots named, pushed on."""
    assert "2个" not in _texts("高效推动交通防灾减灾、“交商邮供”融合发展2个试点建设，建成美丽乡村路125公里。")
    assert "20个" in _texts("建设20个农村物流试点，建成美丽乡村路125公里。")


def test_policy_named_before_tiao_is_its_size() -> None:
    """精准实施支持民营经济发展31条 (阿坝 row 72): the policy's size, whatever the verb; a road counted in 条 stays."""
    assert "31条" not in _texts("精准实施支持民营经济发展31条，新增市场主体5000户。")
    assert "10条" in _texts("精准实施城市道路改造，新建市政道路10条。")


def test_backstop_aid_taken_on_is_upkeep() -> None:
    """高效承接6个欠发达县域托底性帮扶 (阿坝 row 80): the counties aided as they are, no count to reach."""
    got = _texts("高效承接6个欠发达县域托底性帮扶，重点谋划30个补短项目。")
    assert "6个" not in got
    assert "30个" in got


def test_rank_class_in_digits_is_no_target() -> None:
    """力争入选全省民企100强企业有新突破 (广安 row 38): 100强 is a rank class, no count."""
    assert "100" not in _texts("力争入选全省民企100强企业有新突破，新增规上工业企业50户。")


def test_parks_pushed_to_show_results_are_worked_on() -> None:
    """推动6个省级以上园区与沪苏浙园区合作共建取得实质性成效 (池州, audit 55 row 108): the parks there are, moved to act."""
    assert "6个" not in _texts("推动6个省级以上园区与沪苏浙园区合作共建取得实质性成效，新增规上工业企业50户。")


def test_a_places_own_rank_in_digits_stays() -> None:
    """综合保税区跻身全国90强 (温州): the place's own rank, a target still (test_targets_audit30)."""
    assert "90" in _texts("综合保税区跻身全国90强，新增规上工业企业50户。")
