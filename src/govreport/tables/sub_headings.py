"""Where a report's run-in sub-headings start ((一)抓产业… at the start of a line): two goals under two of them
are stated in two parts of the plan, even under one top heading (``Figure.section``; audit 32 ES24#88)."""
from __future__ import annotations

import re
from bisect import bisect_right

SUB_HEADING = re.compile(r"^[ \t\u3000]*[（(][一二三四五六七八九十]{1,3}[）)]", re.MULTILINE)


def heading_starts(text: str) -> tuple[int, ...]:
    """The offsets of the sub-heading lines of ``text`` ((一), （二） … at a line's start), in order."""
    return tuple(m.start() for m in SUB_HEADING.finditer(text)) if "（" in text or "(" in text else ()


def sub_part(starts: tuple[int, ...], offset: int) -> int:
    """The number of sub-headings before ``offset``: equal for two offsets under one sub-heading."""
    return bisect_right(starts, offset)
