"""Held-out audit 68 (黔南 2023), round fix143b: bare measures whose subject is in the clause before or that a word
after the figure completes (an industry grown to a scale or given room, 大关 passed, a state reached by 100% of things)."""
from __future__ import annotations

from target_cases import targets


def _name(t, text: str) -> str:
    return str(t.loc[[text]].iloc[-1]["indicator"])


def test_an_industry_grown_to_a_scale_or_given_room_names_the_bare_output() -> None:
    # 黔南 rows 45, 50: 推进大数据电子信息制造业壮大量级 / 拓展装备制造产业发展空间，产值增长10%以上
    t = targets("规模以上工业增加值增长5%。", "推进大数据电子信息制造业壮大量级，产值增长10%以上。")
    assert _name(t, "10%") == "大数据电子信息制造业产值增长"
    t = targets("规模以上工业增加值增长5%。", "拓展装备制造产业发展空间，产值增长12%以上。")
    assert _name(t, "12%") == "装备制造产业产值增长"
    # a clause before that builds no industry leaves the bare measure alone
    t = targets("规模以上工业增加值增长5%。", "拓展农村消费市场发展空间，产值增长12%以上。")
    assert _name(t, "12%") != "农村消费市场产值增长"


def test_a_mark_passed_is_no_noun_the_households_are_of() -> None:
    # 黔南 row 166: 企业总量突破10万户大关 (not 大关户数)
    t = targets("市场主体总量达到35万户。", "力争企业总量突破10万户大关。")
    assert _name(t, "10万户") == "企业总量"
    # a noun after the count that goes on is still what is counted
    t = targets("新增市场主体3万户。", "新增个体工商户2万户。")
    assert "大关" not in _name(t, "2万户")


def test_things_that_all_run_normally_give_a_rate() -> None:
    # 黔南 row 121: 确保乡镇垃圾转运站100%正常运行
    t = targets("建成乡镇垃圾转运站20座。", "确保乡镇垃圾转运站100%正常运行。")
    assert _name(t, "100%") == "乡镇垃圾转运站正常运行率"
    # a share of the things (的) is left to its own rule
    t = targets("建成乡镇垃圾转运站20座。", "确保乡镇垃圾转运站覆盖率达到90%。")
    assert _name(t, "90%") == "乡镇垃圾转运站覆盖率"
