"""Round 165, fix165d (held-out set 84 延边, 红河): a count right after exactly as many members named one by one under a
verb of carrying on (推进甲、乙、丙、丁4个…示范县建设) is the list's size; one per place (每个村屯至少配备1名村医) is a
coverage rule; an amount named only by a period word (每年安排…支持X) takes its purpose; a % named by a part, 占 and a
whole (研发投入占地区生产总值1%以上) is the share of it (比重). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "全州地区生产总值增长6%，新增城镇就业3万人。"


def test_a_count_of_the_members_named_before_it_is_the_lists_size() -> None:
    plan = "抓好电商示范创建工程，推进和龙、安图、龙井、汪清4个国家级电子商务进农村综合示范县建设。"
    assert "4个" not in names_by_text(_REVIEW, plan)


def test_a_count_that_differs_from_the_names_stays_a_goal() -> None:
    plan = "推进和龙、安图、龙井、汪清5个国家级电子商务进农村综合示范县建设。"
    assert "5个" in names_by_text(_REVIEW, plan)


def test_one_per_village_is_a_coverage_rule() -> None:
    plan = "加强农村医疗卫生服务体系建设，确保年中每个村屯至少配备1名村医。"
    assert "1名" not in names_by_text(_REVIEW, plan)


def test_more_than_one_per_village_or_a_plain_one_stays() -> None:
    assert "2名" in names_by_text(_REVIEW, "确保每个村屯至少配备2名村医。")
    assert "1名" in names_by_text(_REVIEW, "新招聘村医1名。")


def test_a_yearly_amount_is_named_by_its_purpose() -> None:
    got = names_by_text(_REVIEW, "每年安排1000万元支持民族文化事业发展。")
    assert got["1000万元"] == ["民族文化事业发展资金"]


def test_a_share_of_a_whole_takes_its_noun() -> None:
    got = names_by_text(_REVIEW, "加快创新型城市建设，研发投入占地区生产总值1%以上。")
    assert got["1%"] == ["研发投入占地区生产总值比重"]
    got = names_by_text(_REVIEW, "研发投入占地区生产总值比重达到1%以上。")
    assert got["1%"] == ["研发投入占地区生产总值比重"]  # named with 比重 already: unchanged


def test_a_fund_after_its_amount_takes_the_purpose_after_a_comma() -> None:
    got = names_by_text(_REVIEW, "安排4000万元专项资金，鼓励发展乡村旅游，建设一批旅游名村。")
    assert got["4000万元"] == ["发展乡村旅游专项资金"]
    assert names_by_text(_REVIEW, "安排4000万元专项资金。")["4000万元"] == ["专项资金"]  # no purpose: as it was


def test_a_monthly_level_drops_the_raise_and_the_period() -> None:
    got = names_by_text(_REVIEW, "城乡居民基础养老金提高到每月70元。")
    assert got["70元"] == ["城乡居民基础养老金"]
