"""Audit 56 (菏泽 faults 1 and 7: rows 14, 17 of the audited build; 崇左 fault 2: row 20), round fix76m: a bare size, output
or investment of an industry whose own clause holds only goal words takes the industry the sentence opens with
(extract/name_heads.py): after any run of lead verbs (加快推动木材产业智能提升: 木材产业, not 推动木材产业), with 产业投资 a
bare measure too, and the topic of a «X产业方面，» paragraph for the 全年产值 closing it (not a capacity 年产5万吨浆粕 of a
project's name)."""
from __future__ import annotations

from functools import cache

from govreport.extract import extract_quantities
from govreport.report import read_text

TEXT = ("二〇二四年政府工作报告\n今年工作安排\n"
        "加快推动木材产业智能提升，实施技改项目86个，重点推进中俄智慧城等3个过二十亿元项目建设，力争产业投资增长9%以上。\n"
        "加快推动纺织服装产业升级改造，推进35个技改项目建设，培育郓城棉纱、曹县汉服生产基地，力争产业规模突破400亿元。\n"
        "高端家居及造纸产业方面，加快木业制造企业转型发展，竣工投产广西华纤年产5万吨浆粕、中投林木业加工等项目，力争全年产值达350亿元。\n"
        "积极引进精深加工企业，竣工投产广西华纤年产8万吨浆粕等项目，力争全年产值达120亿元。\n")


@cache
def _names() -> dict[str, str]:
    q = extract_quantities(read_text(TEXT))
    return dict(zip(q["text"], q["indicator"]))


def test_industry_investment_after_lead_verbs() -> None:
    assert _names()["9%"] == "木材产业投资增长"  # was 产业投资增长


def test_lead_verbs_not_in_industry() -> None:
    assert _names()["400亿元"] == "纺织服装产业规模"  # was 推动纺织服装产业规模


def test_aspect_topic_names_closing_output() -> None:
    assert _names()["350亿元"] == "高端家居及造纸产业产值"  # was 浆粕产值


def test_no_aspect_topic_no_industry() -> None:
    assert "产业" not in _names()["120亿元"]  # no «X产业方面，» opening: the rule leaves the name


def test_no_industry_after_lead_verbs_alone() -> None:
    """加快推进产业项目建设，…，完成产业投资115亿元 (黔东南): no industry is named, 产业投资 stays (not 推进产业投资)."""
    q = extract_quantities(read_text("二〇二四年政府工作报告\n今年工作安排\n加快推进产业项目建设，新开工一批项目，完成产业投资115亿元。\n"))
    assert dict(zip(q["text"], q["indicator"]))["115亿元"] == "产业投资"
