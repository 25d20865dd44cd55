"""The standard a counted thing reached, said after the count (spot audit 37).

A review counts places that met a title's standard with the count first and the title after it:
28个村达到“和美乡村”建设标准 counts 和美乡村 as the plan's 建设“和美乡村”40个 does, though its name (村数) kept only the
noun. The title words are read from that closing phrase too, so a scope check does not take the name's silence for
another title.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.figures import Figure

# right after the count: its noun (村, 行政村, 家机构), 达到 (基本达到), the standard's name, 标准 closing the clause
REACHED_STANDARD: Final = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:基本)?达到(“?[^，,；;。“”]{2,12}”?[^，,；;。“”]{0,4}?)标准(?=$|[，,；;。])")


def standard_reached(fig: Figure) -> str:
    """The standard's name after ``fig`` (达到“和美乡村”建设标准 -> “和美乡村”建设), '' if its clause says none."""
    m = REACHED_STANDARD.match(fig.sentence[fig.rel_end:])
    return m.group(1) if m else ""
