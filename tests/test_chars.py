"""report/chars.py: plain searches give the offsets a character class would."""
from __future__ import annotations

import re

import pytest

from govreport.report.chars import char_positions

TEXTS = [
    "",
    "全年完成投资3.2亿元。新增就业1万人！是否达标？是；否;!?",
    "万亿千百万亿" * 3 + "。",
    "没有要找的字",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("chars", ["。！？；!?;", "万亿千百", "元"])
def test_positions_match_a_character_class(text: str, chars: str) -> None:
    expected = [m.start() for m in re.finditer(f"[{re.escape(chars)}]", text)]
    assert char_positions(text, chars) == expected


def test_bounds_are_respected() -> None:
    text = "甲。乙。丙。丁。"
    assert char_positions(text, "。", 2, 6) == [3, 5]
    assert char_positions(text, "。", 2) == [3, 5, 7]
    assert char_positions(text, "。", 0, 0) == []


@pytest.mark.parametrize("chars", ["。！？；!?;", "0123456789", "万亿千百", "万万亿千百元"])
def test_a_long_text_gives_the_same_positions(chars: str) -> None:
    # over a whole report several characters are found by one table look-up (numpy): the same offsets
    import random

    import numpy  # noqa: F401 - the table is used only where numpy is loaded already (as pandas loads it)

    from govreport.report.chars import LONG_SPAN

    random.seed(3)
    pool = "全年完成投资3.2亿元。新增就业1万人！是否达标？是；否;!?0123456789\U0001d7d8\U00020000\ud800\uffff"
    text = "".join(random.choice(pool) for _ in range(LONG_SPAN + 500))
    expected = [m.start() for m in re.finditer(f"[{re.escape(chars)}]", text)]
    if len(set(chars)) < len(chars):  # a character listed twice is found twice, as the plain searches find it
        expected = sorted(k for ch in chars for k in (m.start() for m in re.finditer(re.escape(ch), text)))
    assert char_positions(text, chars) == expected
    assert char_positions(text, chars, 250) == [k for k in expected if k >= 250]
    assert char_positions(text, chars, 100, len(text) - 50) == [k for k in expected if 100 <= k < len(text) - 50]
