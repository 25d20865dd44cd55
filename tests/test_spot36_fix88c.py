"""Spot audits 36 (大理 2025, 邢台, 乌海 2024), round fix88c: counts that frame the plan's own work are no targets (its
sections before a colon, households that class villages, paths a pivot verb deepens), and real targets the filters dropped (an amount of a task to complete, a floor of funds the government commits)."""
from __future__ import annotations

from target_cases import targets

REVIEW = "城镇新增就业3万人。"


def test_the_plans_own_sections_before_a_colon_are_no_target() -> None:
    # 大理 L? (row 19): 具体抓好9项工作： counts the plan's own sections; 完成9项改革任务 stays
    t = targets(REVIEW, "具体抓好9项工作：\n（一）新建学校12所。")
    assert "9项" not in t.index and "12所" in t.index


def test_households_that_class_villages_are_no_target() -> None:
    # 大理 (row 36): 30户以上自然村 classes the villages; the road length is the goal
    t = targets(REVIEW, "完成30户以上自然村通村硬化道路1000公里。")
    assert "30户" not in t.index and "1000公里" in t.index


def test_paths_a_pivot_verb_deepens_are_no_target() -> None:
    # 邢台 (row 16 of base88): the plan's own paths, worked on
    t = targets(REVIEW, "坚持工业立市，推动产业转型升级12条路径走深走实，加快构建现代化产业体系。")
    assert "12条" not in t.index


def test_an_amount_of_a_task_to_complete_is_a_target() -> None:
    # 大理 L40 (missed): 完成148万担烟叶收购任务 is no capacity in a project's name
    t = targets(REVIEW, "完成148万担烟叶收购任务。")
    assert "148万担" in t.index


def test_a_floor_of_funds_committed_is_no_money_class() -> None:
    # 大理 L33 (missed): 统筹不低于1亿元资金 is the amount committed (不低于: a floor), not a class of funds
    t = targets(REVIEW, "统筹不低于1亿元资金支持重大项目开展前期工作。")
    assert "1亿元" in t.index and t.loc["1亿元", "target_kind"] == "floor"


def test_a_floor_before_a_yearly_measure_is_no_last_year_cue() -> None:
    # 大理 L34 (missed): 3户以上年营业收入 holds 上年 in 以上+年营业收入; the 10户 after it stays the plan's goal
    from govreport.extract import extract_quantities
    from govreport.report import read_text
    q = extract_quantities(read_text("政府工作报告\n一、2024年工作回顾\n城镇新增就业3万人。\n二、2025年重点工作\n"
                                     "强化企业梯度培育，力争培育3户以上年营业收入100亿级企业，培育10户以上企业进入云南企业100强。\n"))
    row = q[q["text"] == "10户"].iloc[0]
    assert (row["role"], row["year"]) == ("target", 2025)
    # 比上年增长 still dates nothing and 上年 alone is still last year
    q = extract_quantities(read_text("政府工作报告\n一、2024年工作回顾\n上年完成造林5万亩。\n"))
    assert q[q["text"] == "5万亩"].iloc[0]["role"] == "actual"
