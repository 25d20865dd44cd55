"""Targets after audit 24 (docs/audits/targets_24.md, fault class "a figure shared by a 、 pair not split").
Sentences in the style of a report, with wording and numbers altered."""
from __future__ import annotations

from target_cases import targets


def test_a_rate_shared_by_a_list_of_measures_without_jun_is_one_goal_per_member() -> None:
    """基本养老保险、基本医疗保险参保率稳定在95%以上: the members end alike (保险) and the last adds the rate
    (参保率), which each shares — two goals, as with 均 (UR24 #45, #46)."""
    t = targets("城镇新增就业10万人。", "确保基本养老保险、基本医疗保险参保率稳定在96%以上。")
    assert set(t["indicator"]) == {"基本养老保险参保率", "基本医疗保险参保率"}
    assert set(t["indicator_key"]) == {"pension_insurance_coverage", "medical_insurance_coverage"}
