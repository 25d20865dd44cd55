"""Audit 56 (round fix76b): baselines of another measure (d) and of another class (e) refused or found."""
from __future__ import annotations

import pytest

from govreport.tables.baselines import count_groups
from govreport.tables.kinds_apart import industries_apart
from govreport.tables.level_flows import level_against_added
from govreport.tables.measures import FLOW
from govreport.tables.name_scopes import same_scope, scope_of


@pytest.mark.parametrize("target_before, review_clause, refused", [
    # 淮北 row 45: 新能源装机规模提升至170万千瓦 / 预计，全年新增新能源装机50万千瓦，总装机规模达150万千瓦
    ("大力发展光伏、氢能等新能源产业，新能源装机规模提升至", "全年新增新能源装机", True),
    ("大力发展光伏、氢能等新能源产业，新能源装机规模提升至", "总装机规模达", False),  # the level: the baseline
    ("新能源装机规模新增", "全年新增新能源装机", False),  # a flow target: its own rule (stock_for_a_flow)
])
def test_level_raised_to_is_no_year_of_additions(target_before: str, review_clause: str, refused: bool) -> None:
    assert level_against_added(target_before, review_clause, FLOW) is refused


@pytest.mark.parametrize("target, review, apart", [
    ("新能源产业规模", "曹县汉服产业产值", True),  # 菏泽 row 9: 新能源产业，…力争产业规模突破300亿元 / 曹县汉服产业产值70亿元
    ("推动纺织服装产业规模", "单县羊肉汤产业产值", True),  # 菏泽 row 14
    ("新能源产业规模", "新能源产业产值", False),  # one industry
    ("产业规模", "曹县汉服产业产值", False),  # the target names no industry
])
def test_synonym_match_never_crosses_industries(target: str, review: str, apart: bool) -> None:
    assert industries_apart(target, review) is apart


@pytest.mark.parametrize("target, review, key, same", [
    ("实有经营主体数", "经营主体户数", "market_entities", True),  # 贺州 row 51: 力争实有经营主体保持在15万家以上 / 经营主体突破14.4万户
    ("基本医疗保险参保率", "居民基本医疗保险参保率", "medical_insurance_coverage", True),  # 贺州 row 77
    ("基本医疗保险参保率", "城乡居民基本医疗保险参保率", "medical_insurance_coverage", True),
    ("基本医疗保险参保率", "城镇职工基本医疗保险参保率", "medical_insurance_coverage", False),  # another scheme stays a scope
    ("签约亿元以上项目数", "新签亿元以上项目数", "large_projects", True),  # 淮北 row 10: 签 of 新签(约) is the key's action
])
def test_scopes_that_are_none(target: str, review: str, key: str, same: bool) -> None:
    assert same_scope(scope_of(target, key), scope_of(review, key)) is same


def test_market_entities_counted_in_jia_and_hu() -> None:
    # 贺州 row 51: the target counts 家, the review 户 — counters a report uses for one another
    # (a real Figure from the extraction: the compiled build checks the argument's type)
    from govreport import extract_quantities, read_text
    from govreport.tables.figures import figures

    report = read_text("政府工作报告\n一、2023年工作回顾\n经营主体突破14.4万户。\n二、2024年工作安排\n力争实有经营主体保持在15万家以上。\n")
    fig = next(f for f in figures(extract_quantities(report)) if f.unit == "家")
    assert "户" in count_groups(fig, "实有经营主体", True)
