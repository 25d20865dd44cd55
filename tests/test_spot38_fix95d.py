"""Spot audits 38 (张家界, 朝阳, 巴彦淖尔, 中卫 2025), round fix95d: names that lost their thing, subject or verb, or glued a
sibling's words: funds named after the amount (经费), aid per person per year, a bare 提质改造 list member, a network kind
from a clause with its own figure, 拓宽 as a verb of its own, and funds in place after projects attracted."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.report import read_text


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text("二、2025年工作安排\n" + text))
    return dict(zip(q["text"], q["indicator"]))


def test_an_amount_is_of_the_funds_named_after_it() -> None:
    # 朝阳 L52 (row 9): the bare verb 安排 named nothing
    assert _names("持续安排5000万元项目前期经费，支持做好项目谋划。")["5000万元"] == "项目前期经费"


def test_aid_given_per_person_per_year_after_its_basis() -> None:
    # 巴彦淖尔 row 55: the clause before 给予 is the basis, not the measure
    names = _names("对被认定为普惠性托育机构的，按照实际招收3岁以下婴幼儿数给予每人每年900元补助。")
    assert names["900元"] == "婴幼儿每人每年补助"


def test_a_bare_upgrade_member_takes_the_first_members_object() -> None:
    # 张家界 row 22: 提质改造110公里 is of the rural roads named in the first member
    names = _names("完成农村公路新改建179公里、提质改造110公里、站场建设35个。")
    assert names["110公里"] == "农村公路提质改造长度"


def test_a_network_kind_of_a_clause_with_its_own_figure_is_not_taken() -> None:
    # 中卫 row 90: 雨污 belongs to the 33 projects; a clause with no figure still gives its kind
    assert _names("建设黄河一街雨污分流管网等33个项目，更新“四类管线”139公里。")["139公里"] == "更新四类管线长度"
    assert _names("深化城镇燃气安全隐患排查整治，更新改造老旧管网30公里。")["30公里"] == "更新改造老旧燃气管网长度"


def test_tuokuan_is_a_verb_of_its_own() -> None:
    # 巴彦淖尔 row 67: the first member's 打通 is not glued onto 拓宽
    assert _names("打通乡村断头路98条、拓宽卡脖子路156公里。")["156公里"] == "拓宽卡脖子路长度"


def test_funds_in_place_after_projects_attracted() -> None:
    # 中卫 row 16: 到位资金 after a count of 招商引资项目 is the investment attracted
    assert _names("全年招商引资项目200个以上、到位资金400亿元。")["400亿元"] == "招商引资到位资金"
