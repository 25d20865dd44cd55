"""Extraction after audit 38 (docs/audits/targets_38.md, fault classes "goals refused" and "baselines refused"): a
fraction N/M is a share, 突破千亿 with no unit is an amount of money, 枪 counts charging points (docs/assumptions.md)."""
from __future__ import annotations

from decimal import Decimal

from target_cases import targets

from govreport import extract_quantities, read_text

REVIEW = "地区生产总值增长7.5%。"


def _quantities(review: str, plan: str):
    return extract_quantities(read_text(f"政府工作报告\n一、2023年工作回顾\n{review}\n二、2024年工作安排\n{plan}\n")).set_index("text")


def test_a_fraction_before_a_set_is_a_share() -> None:
    """Jincheng L14: 全市2/3的村集体经济收入达到30万元、1/2的村达到50万元、近1/3的村达到100万元 — three shares of villages
    (66.7 %, 50 %, about 33.3 %), no labels 2, 3, 1, 2, 1, 3."""
    q = _quantities("全市2/3的村集体经济收入达到30万元、1/2的村达到50万元、近1/3的村达到100万元。", "全市新建示范驿站100个。")
    assert q.loc["2/3", "value"] == Decimal("66.7") and q.loc["2/3", "unit"] == "%" and q.loc["2/3", "kind"] == "share"
    assert q.loc["1/2", "value"] == 50 and q.loc["1/3", "value"] == Decimal("33.3") and q.loc["1/3", "qualifier"] == "about"
    assert not (q["role"] == "label").any()


def test_a_full_width_fraction_with_yishang_is_a_share_goal() -> None:
    """Hechi L53 (HC #37): 大力发展庭院经济，覆盖2／3以上行政村和自然屯 — a floor of 66.7 %, one row, not two labels."""
    t = targets(REVIEW, "大力发展庭院经济，覆盖2／3以上行政村和自然屯，示范户收入同比增长8％以上。", review_year=2023)
    assert float(t.loc["2／3", "value"]) == 66.7 and t.loc["2／3", "unit"] == "%" and t.loc["2／3", "target_kind"] == "floor"


def test_numbers_around_a_slash_that_are_no_fraction_stay_apart() -> None:
    """A date (2024/1/2), a ratio of larger numbers (12/20) and the slash of a rate unit (1.5元／立方米) make no share."""
    q = _quantities(REVIEW, "降低大客户用气成本1.5元／立方米，比分12/20，日期2024/1/2。")
    assert {"12", "20", "1", "2"} <= set(q.index) and not any("/" in t for t in q.index)


def test_breaking_a_thousand_yi_without_unit_is_money() -> None:
    """Weihai L9: 794个省市县三级重点项目扎实推进，预计全年完成投资额突破千亿 — 1000亿元, the level passed."""
    q = _quantities("794个省市县三级重点项目扎实推进，预计全年完成投资额突破千亿；新引进优质项目254个。", "全市新建示范驿站100个。")
    assert q.loc["千亿", "value"] == 10 ** 11 and q.loc["千亿", "unit"] == "元" and q.loc["千亿", "role"] == "actual"


def test_a_thousand_yi_class_is_still_no_amount() -> None:
    """突破千亿 only before a clause break: 千亿级产业 is a class word, not a figure."""
    q = _quantities(REVIEW, "培育千亿级产业集群2个。")
    assert "千亿" not in q.index


def test_qiang_counts_charging_points() -> None:
    """Tongren L67 (TR #147): 新建新能源汽车充（换）电站15个，新增充电桩320枪 — a count of charging guns, a target."""
    t = targets(REVIEW, "五是新建新能源汽车充（换）电站15个，新增充电桩320枪。", review_year=2023)
    assert t.loc["320枪", "value"] == 320 and t.loc["320枪", "unit"] == "枪"


def test_a_first_crossing_after_its_level_is_no_second_figure() -> None:
    """Suining (audit 37 text) L13: 外贸进出口总值达108.9亿元、首次突破百亿 — the 百亿 restates the level just stated: no figure of its own."""
    q = _quantities("外贸进出口总值达108.9亿元、首次突破百亿。", "全市新建示范驿站100个。")
    assert "108.9亿元" in q.index and "百亿" not in q.index


def test_a_fraction_of_ten_is_written_as_a_whole_share() -> None:
    """Guangdong 2026 L35: 城镇累计新增就业超700万人、约占全国1/10 — 10 %, written 10 (not 1E+1), no 10万名 joined to the next figure."""
    q = _quantities("城镇累计新增就业超700万人、约占全国1/10，4386万名异地务工人员在粤稳定就业。", "全市新建示范驿站100个。")
    assert str(q.loc["1/10", "value"]) == "10" and q.loc["1/10", "unit"] == "%"
