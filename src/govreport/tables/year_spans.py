"""A review figure stated as a change between two years apart (2005年与2000年相比，国内生产总值增长
57.3%; 比2000年增长): a change over the span, never a one-year baseline (docs/assumptions.md#baselines;
audit 14)."""
from __future__ import annotations

import re

from govreport.tables.figures import Figure

# two years compared: X年与Y年相比 / X年同Y年相比, or 比Y年 before the figure
TWO_YEARS = re.compile(r"((?:19|20)\d\d)年(?:与|同|和)((?:19|20)\d\d)年相比|比((?:19|20)\d\d)年")

PART_OF_YEAR = re.compile(r"一季度|上半年|前三季度|前三季|[1一]—?[-—至到]?\d{1,2}月|[一二三四]季度")


def part_of_year(clause: str) -> bool:
    """The clause names a part of a year (上半年, 一季度, 1—9月): a review figure of it is no baseline for a year.
    Each part names 季, 半 or 月: those are looked for first, as the search is seldom needed."""
    return ("季" in clause or "月" in clause or "半" in clause) and PART_OF_YEAR.search(clause) is not None


def over_a_span(a: Figure) -> bool:
    """The figure's sentence, up to it, compares two years more than one apart (2005年与2000年相比；
    比2000年 for a figure of 2005); 比2022年 for a figure of 2023 is one year's change."""
    before = a.before
    if "比" not in before and "相比" not in before:
        return False
    for m in TWO_YEARS.finditer(before):
        if m.group(3):
            if a.year is not None and int(m.group(3)) < a.year - 1:
                return True
        elif abs(int(m.group(1)) - int(m.group(2))) > 1:
            return True
    return False
