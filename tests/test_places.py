"""Whose report it is: the place and level the opening states (现在，我代表…), and places whose
level their last character does not tell (北京市 is a province-level municipality)."""
from __future__ import annotations

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
