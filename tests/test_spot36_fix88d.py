"""Spot audit 36 (大理 2025), round fix88d: a park measure after a park sibling, a per-county GDP threshold and the dwellings of
compounds kept off the city's keys; a share after a 、 sibling named for the sibling's subject; a money class between a count
and its firms no name of the count."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.report import read_text


def _names(text: str) -> dict[str, tuple[str, str]]:
    q = extract_quantities(read_text("二、2025年工作安排\n" + text))
    return {t: (n, k) for t, n, k in zip(q["text"], q["indicator"], q["indicator_key"])}


def test_a_park_siblings_industrial_growth_is_the_parks() -> None:
    # 大理 L27 (row 10): the 、 sibling before opens with 园区 — both growths are the parks', not the city's
    names = _names("二要持续攻坚园区建设，培育主导产业，园区营业收入增长15%以上、规上工业增加值增长10%以上。")
    assert names["10%"] == ("园区规上工业增加值增长", "")
    # a bare one keeps the city's key
    assert _names("规上工业增加值增长8%。")["8%"][1] == "industrial_value_added_growth"


def test_a_threshold_more_counties_pass_is_no_city_gdp() -> None:
    # 大理 L43 (row 27)
    assert _names("持续提升县域综合经济实力，力争更多县地区生产总值超200亿元。")["200亿元"][1] == ""


def test_dwellings_of_compounds_are_not_the_compounds() -> None:
    # 大理 L49 (row 31): 套 counts the compounds' dwellings
    names = _names("坚持建管并重，新改造老旧小区38个、2889套，新开工保障性租赁住房724套以上。")
    assert names["2889套"] == ("新改造老旧小区住房套数", "")
    assert names["38个"] == ("新改造老旧小区数", "old_compounds")


def test_a_share_after_a_sibling_takes_its_subject() -> None:
    # 大理 L27 (row 8): the 以上 of 10% is the sibling's, the share is of 产业投资
    names = _names("培育一批产业集群，产业投资增长10%以上、占全部投资比重达50%以上。")
    assert names["50%"][0] == "产业投资占全部投资比重"


def test_a_money_class_before_firms_is_no_name_of_the_count() -> None:
    # 大理 L35 (row 21): 年营业收入100亿级 classes the firms counted; the count is of firms, not revenue
    names = _names("强化企业梯度培育，力争培育3户以上年营业收入100亿级企业。")
    assert names["3户"][0] == "培育企业户数"
