"""Held-out audits 67 and 68 (那曲, 甘南, 黔西南, 日喀则 2023), round fix144b: review pairs and kept levels — a review that
states both members of an urban/rural pair (without 分别, or joined by 和) gives each side its baseline, and a planted area
a plan keeps (保持…万亩) is measured by the review's area stated."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def _names(review: str) -> dict[str, str]:
    """The indicator name of each review figure of ``review`` (a 2022 review part)."""
    q = extract_quantities(read_text(f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n加快发展。\n"))
    return {str(t): str(n) for t, n in zip(q["text"], q["indicator"])}


def test_a_lone_urban_rural_pair_before_a_change_pair_is_split() -> None:
    # 那曲 rows 3/4: 城乡…达49208元、16984元，同比增长4.7%、7.5% (no 分别 before the changes)
    review = "城乡居民人均可支配收入达49208元、16984元，同比增长4.7%、7.5%，分别位列全区第四、第三。"
    got = _names(review)
    assert got["49208元"] == "城镇居民人均可支配收入" and got["16984元"] == "农村居民人均可支配收入"
    assert got["4.7%"].startswith("城镇居民") and got["7.5%"].startswith("农村居民")
    t = targets(review, "城乡居民人均可支配收入分别增长8%、10%以上。", 2022)
    assert baseline_of(t, "8%") == "4.7%" and baseline_of(t, "10%") == "7.5%"
    assert class_of(t, "8%") == "stretch"


def test_urban_and_rural_joined_by_he_pair_as_a_list() -> None:
    # 甘南 row 4: 城镇和农村居民人均可支配收入达到30660元和10730元，分别增长4%、5.8%
    review = "城镇和农村居民人均可支配收入达到30660元和10730元，分别增长4%、5.8%。"
    got = _names(review)
    assert got["30660元"] == "城镇居民人均可支配收入" and got["10730元"] == "农村居民人均可支配收入"
    assert got["4%"] == "城镇居民人均可支配收入增长" and got["5.8%"] == "农村居民人均可支配收入增长"
    t = targets(review, "城镇居民人均可支配收入增长5%，农村居民人均可支配收入增长7%。", 2022)
    assert baseline_of(t, "5%") == "4%" and baseline_of(t, "7%") == "5.8%"


def test_one_combined_figure_and_other_pairs_are_not_split() -> None:
    # one figure for all residents: no urban or rural side
    got = _names("城乡居民人均可支配收入达30000元，同比增长4.7%。")
    assert got["30000元"] == "城乡居民人均可支配收入"
    t = targets("全体居民人均可支配收入达30000元，同比增长4.7%。", "城乡居民人均可支配收入分别增长8%、10%以上。", 2022)
    assert baseline_of(t, "8%") == "" and baseline_of(t, "10%") == ""
    # a subject holding another pair (医保和养老保险): its two figures need not be urban and rural
    got = _names("城乡居民医保和养老保险参保人数达到30万人、20万人，同比增长4.7%、7.5%。")
    assert not any(n.startswith(("城镇", "农村")) for n in got.values())


REVIEW_CROPS = ("持续推进十大农业特色产业提质增效，茶产业规模60.1万亩，累计种植精品水果108.7万亩、蔬菜181.3万亩、中药材154万亩、"
                "食用菌13.2万亩，发展薏仁米56万亩，完成烟叶收购67.31万担。")


def test_kept_crop_areas_are_met_by_the_areas_stated() -> None:
    # 黔西南 rows 45–47: 保持茶叶60万亩左右、薏仁米50万亩左右、食用菌12万亩以上 (a level kept, every member)
    t = targets(REVIEW_CROPS, "持续发展10个农业特色优势产业，保持茶叶60万亩左右、薏仁米50万亩左右、食用菌12万亩以上。", 2022)
    assert baseline_of(t, "60万亩") == "60.1万亩" and class_of(t, "60万亩") == "met_already"  # 茶产业规模 in 亩: the tea area
    assert baseline_of(t, "50万亩") == "56万亩" and class_of(t, "50万亩") == "met_already"
    assert baseline_of(t, "12万亩") == "13.2万亩" and class_of(t, "12万亩") == "met_already"


def test_a_kept_area_is_not_measured_in_another_unit() -> None:
    # a level in 亩 against the review's output in 吨: no baseline
    t = targets("食用菌产量5.6万吨，薏仁米产量8万吨。", "保持薏仁米50万亩左右、食用菌12万亩以上。", 2022)
    assert baseline_of(t, "50万亩") == "" and baseline_of(t, "12万亩") == ""


def test_the_short_form_of_destitute_care_centres() -> None:
    # 日喀则 row 103: 特困供养中心 is 特困人员集中供养中心
    t = targets("改造特困供养中心4个，新建农村幸福院16个。",
                "上半年完成5个农村幸福院建设，完成3个特困人员集中供养中心等养老机构提升改造。", 2022)
    assert baseline_of(t, "3个") == "4个" and class_of(t, "3个") == "below_last_year"
