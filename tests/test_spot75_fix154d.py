"""Round 154, fix154d (held-out set 75 洛阳 row 54): a deadline within the plan year (年底前, “七一”前) names nothing of
what is counted, and is cut from a name as 全年 is (data/name_words.csv kind filler). Paraphrased texts through the real
reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "全市地区生产总值增长5%。"


def test_a_year_end_deadline_is_no_part_of_the_name() -> None:
    got = names_by_text(_REVIEW, "年底前完成老旧小区片区改造90个、8万户。")
    assert got["90个"] == ["完成老旧小区片区改造数"] and got["8万户"] == ["完成老旧小区片区改造户数"]


def test_a_dated_holiday_deadline_is_cut_too() -> None:
    got = names_by_text(_REVIEW, "“七一”前建成党群服务中心30个。")
    assert got["30个"] == ["建成党群服务中心数"]


def test_a_year_end_stock_keeps_its_words() -> None:
    # boundary: 年底 without 前 is the time a stock is read at, not a deadline word; the rule does not touch it
    got = names_by_text(_REVIEW, "全年新建停车场20个。")
    assert got["20个"] == ["停车场新建数"]


def test_a_dated_year_end_is_left_whole() -> None:
    # boundary: 2017年底前 is a year's own end (its 年 is the year's), not the plan year's deadline word: not cut to 到2017
    from govreport.extract.name_fillers import without_fillers
    assert without_fillers("到2017年底前农村贫困人口户数") == "到2017年底前农村贫困人口户数"
    assert without_fillers("集中迁建项目年底前搬迁入住数") == "集中迁建项目搬迁入住数"
