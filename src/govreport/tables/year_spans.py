"""A review figure stated as a change between two years apart (2005年与2000年相比，国内生产总值增长
57.3%; 比2000年增长): a change over the span, never a one-year baseline (docs/assumptions.md#baselines;
audit 14)."""
from __future__ import annotations

import re

from govreport.tables.figures import Figure

# two years compared: X年与Y年相比 / X年同Y年相比, or 比Y年 before the figure
TWO_YEARS = re.compile(r"((?:19|20)\d\d)年(?:与|同|和)((?:19|20)\d\d)年相比|比((?:19|20)\d\d)年")


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
