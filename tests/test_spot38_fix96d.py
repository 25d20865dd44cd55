"""Spot audits 38 (张家界, 中卫 2025), round fix96d: a list verb written with a bracketed alternative (新（续）建) that the
example sets after it share, and a rural scope a rate shares with the 、 member before it."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.report import read_text


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text("二、2025年工作安排\n" + text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_bracketed_list_verb_is_shared_by_every_example_set() -> None:
    # 中卫 rows 10–13: 新（续）建 was cut at its bracket and given to no member
    names = _names("新（续）建华象复合板等178个产业项目、数据安全电力保障等121个基础设施项目、"
                   "宁南医院能力提升等29个民生项目、林草湿荒保护修复等25个生态治理项目。")
    assert names["178个"] == "新(续)建产业项目数"
    assert names["121个"] == "新(续)建基础设施项目数"
    assert names["25个"] == "新(续)建生态治理项目数"


def test_a_member_with_its_own_change_takes_no_list_verb() -> None:
    # 厦门 (2024): 新增 is the member's own; 无锡: 较上年增加 compares, no list member
    assert _names("建成38个中小学幼儿园项目、新增4.1万个学位。")["4.1万个"] in ("学位数", "新增学位数")  # (its own 新增 kept: fix160d)
    assert _names("培育壮大6个产业集群、较上年增加4个。")["4个"] == "产业集群较上年增加数"


def test_a_rate_shares_the_rural_scope_of_the_member_before() -> None:
    # 张家界 row 25: the coverage of rural water works
    names = _names("提高农村供水质量，农村自来水普及率达90%以上、规模化工程覆盖率达60%以上。")
    assert names["60%"] == "农村规模化工程覆盖率"
    # an urban scope is not given to a rate (铜仁: the member's own 中心城区 was cut from its name)
    assert _names("确保城镇污水处理率达97%、中心城区居民小区生活垃圾分类设施覆盖率达95%以上。")["95%"] != "城镇生活垃圾分类设施覆盖率"
