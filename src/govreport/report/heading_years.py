"""What a level-1 heading's years and words say of its part, beyond its part words
(docs/assumptions.md#parts-and-years): a heading naming a year later than the review heading's
is the plan's (二、2024年主要工作 after 一、2023年工作回顾), and a heading after the plan on a
five-year plan's outline (三、关于《…第十一个五年规划纲要（草案）》的说明) heads a part ``term``.
Words: data/term_headings.csv."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import read_rows

# a year a heading names, not after 到/至 (到2035年 is a deadline, not the part's year)
_YEAR = re.compile(r"(?<![到至\d])((?:19|20)\d\d)年")


def heading_year(words: str) -> int | None:
    """The latest year a heading names (“十四五”时期和2025年工作回顾 → 2025); None when none."""
    years = [int(y) for y in _YEAR.findall(words)]
    return max(years) if years else None


@cache
def _term_words() -> tuple[str, ...]:
    return tuple(r["word"] for r in read_rows("term_headings.csv"))


def term_heading(words: str) -> bool:
    """A heading on a five-year plan's outline (…第十一个五年规划纲要（草案）》的说明)."""
    return any(w in words for w in _term_words())
