"""Targets after the audit of three unseen reports (audit 15), third round: two goals of one size under one key,
baselines the review states in other words, list members' names, review thresholds. One test per rule, on
paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

GOALS = "今年地区生产总值增长5%左右，城镇新增就业100万人，居民消费价格涨幅3%左右。"


def test_two_goals_of_one_size_under_one_key_with_other_scopes_are_two_rows() -> None:
    """新增2万个普惠性托育学位 … 新增2万个普通高中学位: one key and one size, but each names its own kind of place;
    a later 新增学位2万个 naming no kind restates the first."""
    plan = GOALS + "新增2万个普惠性学前教育学位。新增2万个普通高中学位，推进县中振兴。全年新增学位2万个。"
    t = targets("城镇新增就业100万人。", plan)
    rows = t[t.text == "2万个"]
    assert len(rows) == 2
    assert any("普通高中" in n for n in rows.indicator) and any("学前" in n for n in rows.indicator)
