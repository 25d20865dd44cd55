"""report/chars.py: plain searches give the offsets a character class would."""
from __future__ import annotations

import os
import re

import pytest

from hypothesis import given, strategies as st

from govreport.report.chars import NEAR, Prefixes, char_positions, common_tail, last_of

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


def test_common_tail_counts_the_characters_two_names_end_with_alike() -> None:
    for a, b in [("产业增加值增长", "业增加值增长"), ("新增贷款", "贷款"), ("产值", "税收"), ("", "产值"), ("数", "数")]:
        assert common_tail(a, b) == len(os.path.commonprefix([a[::-1], b[::-1]]))
    assert common_tail("产业增加值增长", "业增加值增长") == 6


@given(st.text(alphabet="，,；;。甲乙", max_size=3 * NEAR), st.data())
def test_last_of_is_the_last_mark_before_an_offset(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    assert last_of(text, "，,；;。", end) == max(text.rfind(c, 0, end) for c in "，,；;。")


def test_last_of_looks_past_the_near_window_when_it_holds_no_mark() -> None:
    text = "甲，" + "乙" * (2 * NEAR) + "丙"
    assert last_of(text, "，;", len(text)) == 1
    assert last_of(text, ";", len(text)) == -1


@given(st.lists(st.text(alphabet="新建设甲", max_size=4), max_size=8), st.text(alphabet="新建设甲乙", max_size=6))
def test_prefixes_open_as_startswith_does(words: list[str], text: str) -> None:
    assert Prefixes(words).opens(text) == text.startswith(tuple(words))
