"""Held-out audit 48 (哈密, 河源, 漯河, 怒江 2023), round fix113b: the review's figure of the same measure missed because its
wording differs in a small, regular way (人均 left out, a programme named only in a list's first member, a verb-first output,
旅游景区 for 景区, a list of groups that are no scope)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def _names(review: str) -> dict[str, str]:
    """The indicator of each figure of ``review`` (a review part), by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n地区生产总值增长5%。\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_disposable_income_without_per_head_is_the_per_head_income() -> None:
    # 哈密 rows 4, 5: 城乡居民可支配收入…分别增长4%、6% (人均 left out) is the per-head income's growth
    review = "预计城乡居民可支配收入分别达到41160元、21870元，分别增长4%、6%。"
    t = targets(review, "城乡居民人均可支配收入分别增长7%、8%左右。", 2022)
    assert baseline_of(t, "7%") == "4%" and baseline_of(t, "8%") == "6%"
    # another income is no per-head income: 经营性收入 keeps no baseline from it
    t = targets("农村居民经营性收入增长6%。", "农村居民人均可支配收入增长8%左右。", 2022)
    assert baseline_of(t, "8%") == ""


def test_verb_first_coal_is_coal_output() -> None:
    # 哈密 row 8: 全年生产原煤1.22亿吨、外运煤炭6530万吨 against 力争全市生产煤炭1.5亿吨以上
    t = targets("全年生产原煤1.22亿吨、外运煤炭6530万吨。", "力争全市生产煤炭1.5亿吨以上、外运煤炭6700万吨。", 2022)
    assert baseline_of(t, "1.5亿吨") == "1.22亿吨"
    assert baseline_of(t, "6700万吨") == "6530万吨"  # coal shipped out is no output


def test_bare_funds_member_takes_the_first_members_programme() -> None:
    # 哈密 row 29: 实施援疆项目60个、落实资金4.95亿元 against 投入援疆资金4.26亿元
    review = "全面落实战略合作框架协议，实施援疆项目60个、落实资金4.95亿元。"
    assert _names(review)["4.95亿元"] == "落实援疆资金"
    t = targets(review, "力争全年投入援疆资金4.26亿元、实施援疆项目49个。", 2022)
    assert baseline_of(t, "4.26亿元") == "4.95亿元" and class_of(t, "4.26亿元") == "below_last_year"
    # a class of projects names no programme: 重点项目…、到位资金 stays 到位资金
    assert _names("实施重点项目60个、到位资金4.95亿元。")["4.95亿元"] == "到位资金"
    # nor does a verb: 新引进亿元项目600个以上、到位资金780亿元 are funds drawn in, not a programme's
    assert _names("新引进亿元项目600个、到位资金780亿元。")["780亿元"] == "到位资金"
    assert _names("力争新引进项目500个、到位资金1200亿元以上。")["1200亿元"] == "到位资金"


def test_a_list_of_scope_free_groups_sums_nothing_apart() -> None:
    # 怒江 row 56: 失业人员和就业困难人员再就业1200人以上 against 失业人员再就业1268人 (the groups are no scope of reemployment)
    review = "城镇新增就业7759人、失业人员再就业1268人。"
    t = targets(review, "实现城镇新增就业5300人以上、失业人员和就业困难人员再就业1200人以上。", 2022)
    assert baseline_of(t, "1200人") == "1268人" and class_of(t, "1200人") == "below_last_year"
    # a list of kinds that are a scope still sums them: 中小学、幼儿园14所 takes no 幼儿园37所
    t = targets("新改扩建中小学6所、幼儿园37所。", "新改扩建中小学、幼儿园14所。", 2022)
    assert baseline_of(t, "14所") == ""


def test_a_tourist_scenic_area_is_a_scenic_area() -> None:
    # 怒江 row 32: 创建4A级旅游景区1个 against 成功创建国家4A级景区2个 (国家 before 4A级, 旅游 in 旅游景区: no scope)
    t = targets("成功创建国家4A级景区2个。", "创建4A级旅游景区1个。", 2022)
    assert baseline_of(t, "1个") == "2个" and class_of(t, "1个") == "below_last_year"
    # another grade stays apart
    t = targets("成功创建国家5A级景区2个。", "创建4A级旅游景区1个。", 2022)
    assert baseline_of(t, "1个") == ""
