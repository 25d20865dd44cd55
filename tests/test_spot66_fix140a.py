"""Held-out audit 66 (伊犁, 德宏, 西双版纳, 吐鲁番, 博尔塔拉 2023), round fix140a: names that do not say what is measured."""
from __future__ import annotations

from target_cases import targets


def _name(t, text: str) -> str:  # type: ignore[no-untyped-def]
    """The indicator of the target row whose text is ``text``."""
    return str(t[t["text"] == text]["indicator"].iloc[0])


def test_a_bare_opening_investment_takes_the_projects_right_after_its_amount() -> None:
    # 博尔塔拉 23: 投入18.2亿元实施园区基础设施项目28个 (no comma between the amount and the verb)
    t = targets("投入15.9亿元实施园区基础设施项目26个。", "投入18.2亿元实施园区基础设施项目28个，提升园区发展能级。")
    assert _name(t, "18.2亿元") == "园区基础设施项目投入"
    # a verb that does not carry projects out (用于) is left to the other rules: no 用于… name from this one
    t = targets("投入15.9亿元实施园区基础设施项目26个。", "投入18.2亿元用于园区基础设施建设，提升园区发展能级。")
    assert not _name(t, "18.2亿元").startswith("用于")


def test_a_bare_investment_done_after_a_counted_set_of_projects_is_that_sets() -> None:
    # 吐鲁番 23: 实施投资500万元以上重点产业项目274个，计划完成投资295亿元 (a size threshold before the projects' name)
    t = targets("完成投资200亿元。", "2023年，实施投资500万元以上重点产业项目274个，计划完成投资295亿元。")
    assert _name(t, "295亿元") == "重点产业项目完成投资"
    # with no counted set of projects in the clause before, 完成投资 is left as it was
    t = targets("完成投资200亿元。", "加快园区建设，计划完成投资295亿元。")
    assert _name(t, "295亿元") == "完成投资"


def test_the_projects_size_threshold_is_no_part_of_their_name() -> None:
    # 包头 2024 (regression): 实施投资亿元以上重大项目628个，计划完成投资2000亿元以上 -> 重大项目完成投资
    t = targets("完成投资200亿元。", "实施投资亿元以上重大项目628个，计划完成投资2000亿元以上。")
    assert _name(t, "2000亿元") == "重大项目完成投资"


def test_an_attributive_verb_after_a_bare_investment_names_no_object() -> None:
    # 海拉尔 2016 (regression): 投资1.27亿元实施的主城区…绿化工程新增绿化面积66.3万平方米: 实施的 opens the subject
    t = targets("投资1亿元实施绿化工程。", "投资1.27亿元实施的主城区绿化工程新增绿化面积66.3万平方米。")
    assert not _name(t, "1.27亿元").startswith("的")
