"""Spot audit 47 (焦作, 汕头, 新乡, 濮阳 2023), round fix111f: an industry developed by a verb pair (做优拉长, 做大做精, 改造提升,
升级, 重振) names the revenue goal after it without the verb, and a review revenue of another subject (the parks') is no
baseline of an industry's revenue."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

PARKS = "12家市级专业园区实现营业收入996亿元、增长21.6%。"


def _name(t: object, text: str) -> str:
    return str(t.loc[[text]].iloc[-1]["indicator"])  # type: ignore[attr-defined]


def test_a_developing_verb_pair_is_no_part_of_the_industry() -> None:
    # 新乡 G4 rows 39–44: 做优拉长轻纺产业，实现营业收入460亿元以上
    for lead, industry in (("做优拉长", "轻纺"), ("做大做精", "化工"), ("升级", "食品制造"), ("改造提升", "建材"), ("重振", "电池及新能源")):
        t = targets("地区生产总值增长5%。", f"{lead}{industry}产业，实现营业收入460亿元以上。", 2022)
        assert _name(t, "460亿元") == f"{industry}产业营业收入"
    # a verb already known keeps its reading (做强 stripped before)
    t = targets("地区生产总值增长5%。", "做强生物与新医药产业，实现营业收入300亿元以上。", 2022)
    assert "做强" not in _name(t, "300亿元")


def test_parks_revenue_is_no_baseline_of_an_industry() -> None:
    # 新乡 G3 rows 39–42: the parks' 996亿元 is not the 轻纺产业's revenue
    t = targets(PARKS, "做优拉长轻纺产业，实现营业收入460亿元以上。", 2022)
    assert baseline_of(t, "460亿元") == "" and class_of(t, "460亿元") == "no_baseline"
    # the same industry's revenue in the review stays its baseline
    t = targets("轻纺产业实现营业收入420亿元。", "做优拉长轻纺产业，实现营业收入460亿元以上。", 2022)
    assert baseline_of(t, "460亿元") == "420亿元"


def test_only_the_industry_character_is_shared() -> None:
    from govreport.tables.names_apart import other_industry
    assert other_industry("轻纺产业营业收入", "市级专业园区营业收入")
    assert not other_industry("服务业营业收入", "规上服务业营业收入")  # one subject, a scope added


def _names(review: str) -> dict[str, str]:
    from govreport import extract_quantities, read_text
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n地区生产总值增长7%。\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_rank_clause_does_not_break_the_growth_carry() -> None:
    # 新乡 G1 row 0: 增长5.6%，居全省第1位，预计全年增长5.5%: the full year's GDP growth
    review = "前三季度，地区生产总值增长5.6%，居全省第1位，预计全年增长5.5%，高于全省2个百分点。"
    assert _names(review)["5.5%"] == "地区生产总值增长"
    t = targets(review, "地区生产总值增长7.5%以上。", 2022)
    assert baseline_of(t, "7.5%") == "5.5%"
    # an amount before the rank, in another unit, still names the growth (audit 39)
    assert _names("实际使用外资1.6亿美元，总量居全省第二位，增长50.12%。")["50.12%"] == "实际使用外资增长"
    # a share before the rank in the growth's unit is no growth: its name is not carried
    assert not _names("研发投入强度达到2.1%，居全省第3位，增长0.3%。")["0.3%"].startswith("研发投入强度增长")
