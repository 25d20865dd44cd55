"""Session 16 (audit 26, HN26#29/#30, SY24#37/#80/#81): a share written before its noun is the share of that
noun doing what follows it; sentences paraphrased in the style of the reports."""
from __future__ import annotations

import pytest

from govreport import extract_quantities, read_text

HEAD = "二、2026年工作安排\n"


def names(sentence: str) -> dict[str, str]:
    return extract_quantities(read_text(HEAD + sentence + "\n")).set_index("text").indicator.to_dict()


@pytest.mark.parametrize("sentence, figure, name", [
    ("实施乡村小规模学校提升行动，65%义务教育学校纳入教育集团管理。", "65%", "义务教育学校纳入教育集团管理比例"),
    ("深化“一件事”改革，实现90%办事材料“免提交”。", "90%", "办事材料免提交比例"),
    ("办好初中教育，初中毕业生升学基本全覆盖、75%升入普通高中。", "75%", "升入普通高中比例"),
    # a list of shares before one predicate: each share its own noun and the predicate
    ("实施社区养老提升行动，推动70%城镇社区和50%行政村达到示范创建标准。", "70%", "城镇社区达到示范创建标准比例"),
    ("实施社区养老提升行动，推动70%城镇社区和50%行政村达到示范创建标准。", "50%", "行政村达到示范创建标准比例"),
    # a verb right after the share: the share is of the figure before's subject
    ("全年一般公共预算支出1.2万亿元，75%以上用于民生。", "75%", "一般公共预算支出用于民生比例"),
])
def test_a_share_before_its_noun_names_the_noun_and_what_it_does(sentence, figure, name):
    assert names(sentence)[figure] == name


def test_a_share_with_a_name_before_it_keeps_it():
    assert names("森林覆盖率达到65%，城市绿地持续增加。")["65%"] == "森林覆盖率"


# Session 16 (audit 26, TJ26#16-#18): a list of things whose figures follow it in the same order pairs them one by one
def test_a_list_whose_values_follow_it_names_each_member():
    got = names("推进城市更新，改造老旧供水、燃气、供热管道500公里、400公里、200公里，完成水库清淤工程。")
    assert (got["500公里"], got["400公里"], got["200公里"]) == ("老旧供水管道改造长度", "老旧燃气管道改造长度", "老旧供热管道改造长度")


def test_one_figure_after_a_list_is_their_sum():
    assert names("改造老旧供水、燃气、供热管道900公里。")["900公里"] == "老旧供水燃气供热管道改造长度"


# Session 16 (audit 25, CQ26#21): a verb pair 新建扩建 stays whole before its noun
def test_a_build_and_extend_pair_is_not_split():
    assert names("新建扩建乡镇污水处理厂8座。")["8座"] == "新建扩建乡镇污水处理厂数"


# Session 16 (audit 25, SD26#22): a class by amount in the second member of a 、 list keeps its member's words
def test_a_class_by_amount_in_a_list_member_keeps_the_class():
    got = names("推进重点产业项目800个、投资5000万元以上的技术改造项目1200个。")
    assert got["1200个"] == "投资5000万元以上的技术改造项目数"


# Session 16 (audit 25, GZ24#12): 带动 governing an investment is no part of its name
def test_a_verb_driving_an_investment_is_dropped():
    assert names("力争重点项目年度投资2000亿元，带动全社会固定资产投资6000亿元。")["6000亿元"] == "全社会固定资产投资"
    assert names("带动就业3万人。")["3万人"] == "就业带动人数"  # not an investment: the verb stays
