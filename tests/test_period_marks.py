"""periods.period_marks_in: a long stretch, searched from a few characters found with plain
searches, gives the marks the patterns give (the patterns read short stretches)."""
from __future__ import annotations

import re

import pytest

from govreport.extract import periods
from govreport.extract.periods import LONG_STRETCH, period_marks_in

SENTENCES = [
    "1-5月，全市规上工业增加值增长6.5%；上半年固定资产投资增长4%。",
    "前三季度地区生产总值增长5.5%，全年增长5.7%，第一季度、前三个季度和2-3月及11—12月均有回升。",
    "截至9月底，存款余额1.2万亿元；前5个月出口增长8%，至 6 月累计增长3%。",
    "提前5个月完成全年任务，一季度开局良好。",
]


def by_patterns(scan: str, start: int, end: int, kinds: tuple[str, ...]) -> list[tuple[int, str]]:
    """The marks as the module's patterns find them over the whole stretch."""
    marks = [(m.start(), m.group()) for m in periods._period_words(*kinds).finditer(scan, start, end)]
    marks += [(m.start(), m.group()) for m in periods._FIRST_MONTHS.finditer(scan, start, end)
              if scan[m.start() - 1:m.start()] != "提"]
    marks += [(m.start(), m.group()) for m in periods._UNTIL_MONTH_END.finditer(scan, start, end)]
    for m in periods.MONTH_TAIL.finditer(scan, start, end):
        head = periods._MONTH_HEAD.search(scan, max(start, m.start() - 3), m.start())
        if head:
            marks.append((head.start(), re.sub(r"\s+", "", scan[head.start():m.end()])))
    return sorted(marks)


@pytest.mark.parametrize("kinds", [("part",), ("part", "whole")])
def test_a_long_stretch_gives_the_patterns_marks(kinds: tuple[str, ...]) -> None:
    text = "".join(SENTENCES) * (LONG_STRETCH // 40)
    assert len(text) > LONG_STRETCH
    found = period_marks_in(text, 0, len(text), kinds)
    assert found == by_patterns(text, 0, len(text), kinds)
    assert (0, "1-5月") in found and any(word == "前三个季度" for _, word in found)
    inner = period_marks_in(text, 7, len(text) - 5, kinds)  # bounds cut into words at both ends
    assert inner == by_patterns(text, 7, len(text) - 5, kinds)


def test_every_period_word_has_an_anchor() -> None:
    anchors, holding = periods._anchors(("part",))
    words = [w for w, k in periods._periods().items() if k == "part"]
    assert all(any(ch in w for ch in anchors) for w in words)
    assert all(word[offset] == ch for ch, entries in holding.items() for offset, _, word in entries)
    assert {word for entries in holding.values() for _, _, word in entries} == set(words)
