"""Where a report's run-in sub-headings start ((一)抓产业… at the start of a line): two goals under two of them
are stated in two parts of the plan, even under one top heading (``Figure.section``; audit 32 ES24#88)."""
from __future__ import annotations

from bisect import bisect_right

from govreport.report.chars import blank_led_line

NUMERALS = frozenset("一二三四五六七八九十")
OPENING = ("（", "(")
CLOSING = frozenset("）)")


def heading_starts(text: str) -> tuple[int, ...]:
    """The offsets of the sub-heading lines of ``text`` ((一), （二） … at a line's start), in order.

    Found from the brackets, not by a ``^[ \t\u3000]*[（(][一…十]{1,3}[）)]`` pattern with MULTILINE,
    which is tried at every position of the text (1 % of a corpus worker's instructions); the
    offsets are the same (tests/test_sub_headings.py)."""
    starts: list[int] = []
    for bracket in OPENING:
        i = text.find(bracket)
        while i >= 0:
            line = blank_led_line(text, i)
            if line >= 0 and _numbered(text, i + 1):
                starts.append(line)
            i = text.find(bracket, i + 1)
    return tuple(sorted(starts))


def _numbered(text: str, j: int) -> bool:
    """One to three numerals 一…十 at ``j`` and a closing bracket after them."""
    n = 0
    while n < 4 and j + n < len(text) and text[j + n] in NUMERALS:
        n += 1
    return 1 <= n <= 3 and j + n < len(text) and text[j + n] in CLOSING


def sub_part(starts: tuple[int, ...], offset: int) -> int:
    """The number of sub-headings before ``offset``: equal for two offsets under one sub-heading."""
    return bisect_right(starts, offset)
