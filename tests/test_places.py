"""Whose report it is: the place and level the opening states (现在，我代表…), and places whose
level their last character does not tell (北京市 is a province-level municipality)."""
from __future__ import annotations

import pandas as pd
import pytest

from govreport import read_text

BODY = "\n一、2023年工作回顾\n全年地区生产总值增长5%。\n二、2024年工作安排\n今年预期增长5%左右。\n"


@pytest.mark.parametrize("opening, place, level", [
    ("现在，我代表国务院，向大会报告政府工作，请予审议。", "全国", "national"),
    ("现在，我代表深圳市人民政府，向大会报告政府工作。", "深圳市", "city"),
    ("现在，我代表市人民政府向大会报告工作，请予审议。", None, "city"),  # names no place
    ("现在，我代表区政府向大会作工作报告，请予审议。", None, "county"),
    ("现在，我代表海拉尔区人民政府向大会作工作报告。", "海拉尔区", "county"),
    ("现在，我代表上海市人民政府，向大会报告政府工作。", "上海市", "provincial"),  # 直辖市
    ("现在，我代表自治区人民政府，向大会报告工作。", None, "provincial"),
    ("现在，我代表镇人民政府向大会报告工作。", None, "township"),
])
def test_the_opening_says_whose_report_it_is(opening, place, level):
    meta = read_text(opening + BODY).meta
    assert (meta.get("place"), meta.get("level")) == (place, level)


def test_metadata_beside_the_report_wins():
    meta = read_text("现在，我代表市人民政府向大会报告工作。" + BODY, meta={"place": "毕节市", "level": "city"}).meta
    assert meta["place"] == "毕节市"


def test_figures_in_a_paragraph_that_opens_with_five_years_are_for_the_term():
    from govreport import extract_quantities

    text = ("一、过去五年工作回顾\n五年来，经济实力跃上新台阶。城镇新增就业6600万人以上。\n"
            "刚刚过去的2017年，城镇新增就业1351万人。\n二、2018年工作安排\n今年城镇新增就业1100万人以上。\n")
    q = extract_quantities(read_text(text)).set_index("text")
    assert (q.loc["6600万人", "year"], q.loc["6600万人", "year_from"]) == (2017, 2013)  # the five years
    assert q.loc["1351万人", "year"] == 2017 and pd.isna(q.loc["1351万人", "year_from"])  # the year itself
