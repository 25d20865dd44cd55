"""Held-out audit 63 (鹤壁, 阜新, 陇南, 白城, 石嘴山 2023), round fix136a: names cut or without their subject (等级 is no
end of examples; a bare amount of a body right after the body's other amount takes the body)."""
from __future__ import annotations

from target_cases import targets


def _name(review: str, plan: str, text: str, nth: int = -1) -> str:
    """The indicator name of the ``nth`` target whose figure reads ``text`` (the last by default)."""
    t = targets(review, plan)
    return str(t.loc[t["text"] == text, "indicator"].iloc[nth])


def test_dengji_is_no_end_of_examples() -> None:
    # 石嘴山 row 72: 新建、改扩建高等级公路100公里以上 (not 级公路新建长度)
    assert "高等级公路" in _name("新建农村公路80公里。", "新建、改扩建高等级公路100公里以上，改造提升农村公路100公里。", "100公里", 0)
    # 陇南 row 48: 培育2家国家等级旅游民宿 (not 培育国家数)
    assert "国家等级旅游民宿" in _name("培育旅游民宿1家。", "创建7个省级文旅振兴样板村，培育2家国家等级旅游民宿。", "2家")
    # real examples before 等 still close: 新建、改扩建学校等项目 names the projects, not the examples
    assert _name("新建学校2所。", "新建、改扩建学校等项目5个。", "5个") == "新建改扩建项目数"


def test_a_bare_amount_takes_the_body_of_the_amount_before() -> None:
    # 阜新 row 8: 国企营业收入增长15%，利润总额增长10%
    assert _name("国企营业收入增长8%。", "国企营业收入增长15%，利润总额增长10%。", "10%") == "国企利润总额增长"
    # 白城 row 2: 规上工业总产值增长15%左右、增加值增长15%左右
    assert _name("规上工业增加值增长10%。", "规上工业总产值增长15%左右、增加值增长12%左右。", "12%") == "规上工业增加值增长"
    # an amount with a body of its own keeps it; one after a figure that is no body's amount takes nothing
    assert _name("国企营业收入增长8%。", "国企营业收入增长15%，民企利润总额增长10%。", "10%") == "民企利润总额增长"
    assert "国企" not in _name("地区生产总值增长5%。", "国企户数增长15%，利润总额增长10%。", "10%")
