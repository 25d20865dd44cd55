"""Spot audit 37 (平凉, 宿迁 2025), round fix92b: households moved into new homes are the households relocated, graduates
who 实现就业 are graduates employed, and a revenue class of firms above designated size keeps no count-of-all-firms key."""
from __future__ import annotations

from target_cases import baseline_of, targets

from govreport.extract import extract_quantities
from govreport.report import read_text


def test_households_moved_into_new_homes_are_the_households_relocated() -> None:
    """完成生态及地质灾害避险搬迁1000户以上 and the review's 1420户生态及地质灾害易发区群众搬入新居 (平凉 row 76)."""
    t = targets("完成农房抗震设防改造861户，1420户生态及地质灾害易发区群众搬入新居。",
                "六是完成生态及地质灾害避险搬迁1000户以上，农房抗震设防改造650户以上。")
    assert baseline_of(t, "1000户") == "1420户"


def test_graduates_achieving_employment_are_graduates_employed() -> None:
    """促进未就业高校毕业生实现就业4000名以上 and the review's 5000多名高校毕业生稳定就业 (平凉 row 71)."""
    t = targets("城镇新增就业2.59万人，5000多名高校毕业生稳定就业。", "二是促进未就业高校毕业生实现就业4000名以上。")
    assert baseline_of(t, "4000名") == "5000多名"


def test_a_revenue_class_of_firms_above_size_is_no_count_of_all_of_them() -> None:
    """净增营收超亿元规上企业38家 counts a revenue class, not the firms above designated size (宿迁 row 56)."""
    q = extract_quantities(read_text("一、2024年工作回顾\n新增交易额超百亿元企业3家，净增营收超亿元规上企业38家。"))
    keys = dict(zip(q["text"], q["indicator_key"]))
    assert keys["38家"] == ""
    kept = extract_quantities(read_text("一、2024年工作回顾\n规上企业总数达到1200家。"))
    assert dict(zip(kept["text"], kept["indicator_key"]))["1200家"] == "industrial_firms_above_size"
