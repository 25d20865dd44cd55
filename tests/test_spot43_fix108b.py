"""Held-out audit 44 (宝鸡, 儋州, 怀化, 惠州 2023), round fix108b: units, keys and like-for-like baselines — a change on
two bases, 年 of an annual flow, 平米 and 片, dwellings in 户 or 套, a kindergarten is no school, a quoted label and
technical-upgrade investment under no key of another measure."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables.name_scopes import scope_of
from target_cases import baseline_of, targets


def _quantities(review: str) -> dict[str, tuple[str, str, str]]:
    """(indicator, key, unit) of each figure of ``review`` (a review part), by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n地区生产总值增长5%。\n"
    q = extract_quantities(read_text(text))
    return {r.text: (r.indicator, r.indicator_key or "", r.unit or "") for r in q.itertuples()}


def test_a_plain_goal_takes_the_unadjusted_of_two_bases() -> None:
    # 儋州 G9 row 4: 扣除留抵退税因素后增长15.4%，按自然口径计算增长2.1%
    review = "地方一般公共预算收入60.2亿元，扣除留抵退税因素后增长15.4%，按自然口径计算增长2.1%。"
    q = _quantities(review)
    assert q["2.1%"][:2] == q["15.4%"][:2] == ("地方一般公共预算收入增长", "general_budget_revenue_growth")
    t = targets(review, "地方一般公共预算收入增长10%。", 2022)
    assert baseline_of(t, "10%") == "2.1%"
    # one basis only: the adjusted rate is the baseline (round 105)
    t = targets("市一般公共预算收入766亿元，扣除留抵退税因素后增长4.1%。", "一般公共预算收入增长6%。", 2022)
    assert baseline_of(t, "6%") == "4.1%"


def test_the_year_of_an_annual_flow_is_no_scope() -> None:
    # 儋州 G2 row 22: 年出栏生猪70万头以上 and 生猪出栏量63万头
    t = targets("生猪出栏量63万头。", "年出栏生猪70万头以上。", 2022)
    assert baseline_of(t, "70万头") == "63万头"
    # only the 年 before a flow verb goes: a scope word after it stays, and 年 before no flow verb stays
    assert scope_of("年出栏生猪量", "hogs_slaughtered") == ""
    assert scope_of("年出栏优质生猪量", "hogs_slaughtered") == "优质"
    assert scope_of("年轻生猪出栏量", "hogs_slaughtered") == "年轻"


def test_square_metres_and_pitches() -> None:
    # 怀化 missed 1: 平米 is 平方米; 惠州 missed 1: 片 counts pitches
    q = _quantities("新增仓储面积5.23万平米，建设惠民球场151片，高新区08片区开工建设。")
    assert q["5.23万平米"][2] == "平米" and q["151片"][2] == "片"
    assert "08片区" not in q and q["08"][2] == ""  # 片区 names an area: no counter
    t = targets("建设惠民球场151片。", "新建惠民球场100片以上。", 2022)
    assert baseline_of(t, "100片") == "151片"


def test_dwellings_in_households_or_sets() -> None:
    # 怀化 row 49: 改造…棚户区1831户 and 城镇棚改1246套 count the same dwellings; 棚户区 is no county in a 、 list
    review = "开工城镇老旧小区改造323个、城镇棚改1246套。"
    t = targets(review, "改造老旧小区461个、棚户区1831户。", 2022)
    assert baseline_of(t, "1831户") == "1246套"
    # 套 of another thing is no household count
    t = targets("建成保障性租赁住房1789套。", "新增市场主体1831户。", 2022)
    assert baseline_of(t, "1831户") == ""


def test_other_words_for_one_measure() -> None:
    # 怀化 row 58 (新修和加固 = 新修加固), 惠州 row 100 (国企 = 国有企业, 资产总规模 = 资产总额)
    t = targets("新修加固堤防护岸42.86公里。", "新修和加固堤防护岸45.8公里。", 2022)
    assert baseline_of(t, "45.8公里") == "42.86公里"
    t = targets("全市国有企业资产总规模突破2500亿元。", "全市国企资产总额突破3500亿元。", 2022)
    assert baseline_of(t, "3500亿元") == "2500亿元"


def test_a_kindergarten_is_no_school() -> None:
    # 怀化 G4 row 81: 新改扩建公办幼儿园6所 took 新改扩建公办学校17所
    t = targets("新改扩建公办学校17所。", "新改扩建公办幼儿园6所。", 2022)
    assert baseline_of(t, "6所") == ""
    t = targets("新改扩建公办幼儿园5所。", "新改扩建公办幼儿园6所。", 2022)
    assert baseline_of(t, "6所") == "5所"


def test_a_label_and_upgrades_take_no_key_of_another_measure() -> None:
    # 惠州 rows 27, 36, 37: “领头羊”项目; 规上工业企业技改, 工业技改投资
    q = _quantities("建设2个“领头羊”项目，完成520家规上工业企业技改，工业技改投资265亿元，规上工业企业1200家。")
    assert q["2个"][1] == "" and q["520家"][1] == "" and q["265亿元"][1] == ""
    assert q["1200家"][1] == "industrial_firms_above_size"
