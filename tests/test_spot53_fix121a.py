"""Held-out audit 53 (镇江, 衡阳, 鄂尔多斯, 襄阳 2023), round fix121a: names that lose their subject (a place member after
another place's part, a 、 member after a member opening with a place, a bare intensity after the clause it is of, a share
of a programme's measure, school places after a count of schools of one kind)."""
from __future__ import annotations

from target_cases import targets


def _names(review: str, plan: str) -> dict[str, list[str]]:
    """Each target text's indicator names, in order."""
    t = targets(review, plan)
    got: dict[str, list[str]] = {}
    for text, name in zip(t["text"], t["indicator"]):
        got.setdefault(text, []).append(name)
    return got


def test_a_place_after_another_places_part_takes_the_whole_measure() -> None:
    # 镇江 rows 42-45: …，其中句容市38个、年度投资36.3亿元，丹阳市37个、年度投资23.6亿元
    got = _names("完成城建投资100亿元。", "全市实施城建项目226个、年度投资185.8亿元，其中句容市38个、年度投资36.3亿元，"
                 "丹阳市37个、年度投资23.6亿元，扬中市17个、年度投资16.3亿元。")
    assert got["37个"] == ["丹阳市实施城建项目数"] and got["23.6亿元"] == ["丹阳市实施城建项目年度投资"]
    assert got["17个"] == ["扬中市实施城建项目数"] and got["16.3亿元"] == ["扬中市实施城建项目年度投资"]
    # a place alone after a figure whose name opens with no place: left as it was
    got = _names("完成城建投资100亿元。", "全市实施城建项目226个，丹阳市37个。")
    assert got["37个"] != ["丹阳市实施城建项目数"]


def test_a_member_after_a_member_opening_with_a_place_is_that_places() -> None:
    # 镇江 rows 15, 17: 丹阳市新签约亿元以上产业项目总投资330亿元、重大项目年度投资150亿元
    got = _names("完成投资100亿元。", "其中，丹阳市新签约亿元以上产业项目总投资330亿元、重大项目年度投资150亿元；"
                 "句容市新签约亿元以上产业项目总投资200亿元、重大项目年度投资80亿元。")
    assert got["150亿元"] == ["丹阳市重大项目年度投资"] and got["80亿元"] == ["句容市重大项目年度投资"]
    # a member naming a level of its own keeps it (市级…)
    got = _names("完成投资100亿元。", "丹阳市新签约亿元以上产业项目总投资330亿元、市级重大项目年度投资150亿元。")
    assert not got["150亿元"][0].startswith("丹阳市")
    # one word opening a clause that ends like a place (地区生产总值, 棚户区改造) is no list of places
    got = _names("地区生产总值增长5%。", "力争地区生产总值增长7%、固定资产投资增长15%。")
    assert got["15%"] == ["固定资产投资增长"]


def test_a_bare_intensity_is_that_of_the_spending_the_clause_before_raises() -> None:
    # 衡阳 row 17: 进一步加大全社会研发经费投入，力争强度达到2.2%
    got = _names("研发投入强度达到2%。", "进一步加大全社会研发经费投入，力争强度达到2.2%。")
    assert got["2.2%"] == ["全社会研发经费投入强度"]
    # a clause before that raises no spending: no subject borrowed
    got = _names("研发投入强度达到2%。", "进一步加强安全生产监管，力争强度达到2.2%。")
    assert got["2.2%"] != ["加强安全生产监管强度"]


def test_a_share_of_a_bare_measure_takes_the_programmes_measure() -> None:
    # 鄂尔多斯 row 5: 实施制造业投资倍增计划，完成投资占工业投资40%以上
    got = _names("工业投资增长10%。", "实施制造业投资倍增计划，完成投资占工业投资40%以上。")
    assert got["40%"] == ["制造业投资占工业投资比重"]
    # a share whose numerator names its own measure keeps it
    got = _names("工业投资增长10%。", "实施制造业投资倍增计划，技改投资占工业投资40%以上。")
    assert got["40%"] == ["技改投资占工业投资比重"]


def test_school_places_after_a_count_of_schools_take_their_kind() -> None:
    # 襄阳 rows 72-78
    got = _names("新建学校10所。", "新建改扩建义务教育学校11所、增加和优化学位供给7550个，其中中心城区3所、增加学位4920个。"
                 "新建改扩建幼儿园13所、增加学位3870个，其中中心城区7所、增加学位2070个。")
    assert got["3所"] == ["中心城区新建改扩建义务教育学校数"] and got["4920个"] == ["中心城区义务教育增加学位数"]
    assert got["3870个"] == ["幼儿园增加学位数"] and got["7所"] == ["中心城区新建改扩建幼儿园数"]
    assert got["2070个"] == ["中心城区幼儿园增加学位数"] and got["7550个"] == ["义务教育增加和优化学位供给数"]
    # schools of two kinds counted together: the places take no kind
    got = _names("新建学校10所。", "新建改扩建中小学、幼儿园16所、增加学位9000个。")
    assert got["9000个"] == ["增加学位数"]
    # a lone places figure keeps its name (the tables read its kind from its clause), and so do places after 分别
    got = _names("新建学校10所。", "新建改扩建中小学14所、新增学位2.1万个。")
    assert got["2.1万个"] == ["新增学位数"]
    got = _names("新建学校10所。", "新建改扩建幼儿园80所、中小学73所，分别新增学位2万个、3.3万个以上。")
    assert not got["2万个"][0].startswith("幼儿园")  # (this rule adds no kind; the name before it is left as it was)


def test_a_years_investment_after_projects_reaching_a_stage_by_a_time_is_theirs() -> None:
    # 镇江 row 11: 强化…服务管理，省市重大项目9月底前全部开工，年度投资额达到550亿元
    got = _names("完成投资100亿元。", "强化重大项目要素保障和全生命周期服务管理，省市重大项目9月底前全部开工，年度投资额达到550亿元。")
    assert got["550亿元"] == ["省市重大项目年度投资额"]
    # projects with no time they reach their stage by: left as it was
    got = _names("完成投资100亿元。", "强化重大项目要素保障和全生命周期服务管理，省市重大项目加快建设，年度投资额达到550亿元。")
    assert got["550亿元"] != ["省市重大项目年度投资额"]
