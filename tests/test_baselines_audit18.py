"""Baselines, keys and measures after audit 9 (docs/audits/targets_9.md, fault groups 6–9, issue #11): one
test per rule, on paraphrased sentences run through the real reader and extractor
(docs/assumptions.md#baseline-matching)."""
from __future__ import annotations

from target_cases import targets


def test_hu_and_jia_count_the_same_enterprises_of_one_key() -> None:
    """新增…“小巨人”企业60家 (review) and 新增…“小巨人”企业40户 (plan): one key, counters alike."""
    t = targets("新增国家级专精特新“小巨人”企业60家。", "新增国家级专精特新“小巨人”企业40户以上。")
    row = t.loc["40户"]
    assert row.indicator_key == "specialised_smes" and row.baseline_text == "60家"


def test_hu_is_not_widened_for_wording_alone() -> None:
    """Without one key, 户 is compared only within 户 (服务业企业20户 is no 加工企业8家)."""
    t = targets("新增规上农副产品加工企业8家。", "新增规模以上服务业企业20户。")
    assert t.loc["20户"].baseline_text == ""


def test_newly_upgraded_is_a_wording_of_firms_upgraded() -> None:
    """新升规工业企业 (plan) is 新增规上工业企业 (review)."""
    t = targets("新增规上工业企业1200家。", "新升规工业企业900户以上。")
    row = t.loc["900户"]
    assert row.indicator_key == "firms_upgraded" and row.baseline_text == "1200家"


def test_list_members_in_another_order_and_new_in_operation_are_one_scope() -> None:
    """新投产水电、风电装机 (plan) and 新增风电、水电装机 (review): the same members, 新投产 as 新增."""
    t = targets("新增风电、水电装机120万千瓦。", "新投产水电、风电装机80万千瓦以上。")
    assert t.loc["80万千瓦"].baseline_text == "120万千瓦"


def test_reason_says_why_a_synonym_only_score_was_refused() -> None:
    """A target with a key may not match through synonyms only: the reason gives both scores, and never
    a best score above the floor it says it missed (燃气、供排水管网 vs 燃气、排水、供水管网改造)."""
    t = targets("完成燃气、排水、供水管网改造8000公里。", "新（改）建燃气、供排水管网3000公里。")
    reason = t.loc["3000公里"].match_reason
    assert reason.endswith("(best score 0.49 < 0.5)")
