"""Audit 56 (菏泽 fault 1: rows 13, 15, 22, 44 of the audited build), round fix77m: a count whose own clause holds only
its verb and measure takes the subject its sentence opens with (extract/name_heads.py): a count of 技改项目 in the
clause right after an opening on upgrading an industry takes the industry (加快推动木材产业智能提升，实施技改项目86个:
木材产业技改项目数); a bare 应用场景 count takes what the opening applies (深入推进工业互联网应用赋能); a count of firms
settled in takes the platform the clause before uses (用好“…”促消费平台，力争入驻企业200家以上)."""
from __future__ import annotations

from functools import cache

from govreport.extract import extract_quantities
from govreport.report import read_text

TEXT = ("二〇二四年政府工作报告\n今年工作安排\n"
        "加快推动木材产业智能提升，实施技改项目86个，重点推进中俄智慧城项目建设。\n"
        "加快推动纺织服装产业升级改造，推进35个技改项目建设，培育郓城棉纱生产基地。\n"
        "加快传统产业改造提升，推动大规模设备更新，实施技改项目600个以上。\n"
        "深入推进工业互联网应用赋能，接入标识解析二级节点企业达到1000家以上，应用场景达到100个以上。\n"
        "用好“好客山东·好品山东”促消费平台，力争入驻企业200家以上。\n"
        "接入市综合金融服务平台，融资规模1800亿元以上。\n")


@cache
def _names() -> dict[str, str]:
    q = extract_quantities(read_text(TEXT))
    return dict(zip(q["text"], q["indicator"]))


def test_renovation_projects_take_opening_industry() -> None:
    assert _names()["86个"] == "木材产业技改项目数"  # was 实施技改项目数


def test_renovation_projects_before_built() -> None:
    assert _names()["35个"] == "纺织服装产业技改项目建设数"  # was 技改项目建设数


def test_renovation_projects_not_in_second_clause() -> None:
    assert "产业" not in _names()["600个"]  # the count is the third clause: the opening is no scope of it


def test_scenes_take_what_is_applied() -> None:
    assert _names()["100个"] == "工业互联网应用场景数"  # was 应用场景数


def test_settled_firms_take_platform() -> None:
    assert _names()["200家"] == "好客山东·好品山东促消费平台入驻企业数"  # was 入驻企业数


def test_platform_financing_unchanged() -> None:
    assert _names()["1800亿元"] == "市综合金融服务平台融资规模"
