"""A level target takes the level the review reached, not the year's addition (audit 34 XL24#16).

全盟新能源装机新增623万千瓦、达到1968万千瓦 states both the year's addition and the level it brought the measure to; the target
全盟新能源装机达到2000万千瓦以上 is a level, so its baseline is 1968万千瓦 (×1.02), not 623万千瓦 (×3.21). Only where the figure
found is written right after an addition word (新增), the target's own clause names no addition, and the same review sentence
gives one later figure of the same key and unit right after a level word (达到, 达): that figure is the baseline instead.
"""
from __future__ import annotations

from typing import Final

from govreport.tables.baselines import Match
from govreport.tables.figures import Figure

ADDITION: Final = ("新增", "增加", "净增")
LEVEL: Final = ("达到", "达")
CLAUSE_MARKS: Final = "，,；;。：:"


def _own_clause(before: str) -> str:
    """The words of the figure's clause before it (、 members kept)."""
    return before[max(before.rfind(c) for c in CLAUSE_MARKS) + 1:]


def _member(before: str) -> str:
    """The words before the figure back to the last clause or list mark."""
    return before[max(before.rfind(c) for c in CLAUSE_MARKS + "、") + 1:]


def level_instead(target: Figure, m: Match, review: list[Figure]) -> Match:
    """``m``, or the level its sentence reached where ``m`` took the year's addition for a level target (see the module's doc)."""
    fig = m.figure
    if fig is None or not fig.indicator_key or fig.indicator_key != target.indicator_key \
            or not _member(fig.before).endswith(ADDITION) or any(w in _own_clause(target.before) for w in ADDITION):
        return m
    later = [a for a in review if a.sentence_start == fig.sentence_start and a.start > fig.end and a.unit == fig.unit
             and a.indicator_key == fig.indicator_key and _member(a.before).endswith(LEVEL)]
    if len(later) != 1:
        return m
    level = later[0]
    return Match(level, m.kind, m.score, f"the level reached '{level.text}', not the year's addition '{fig.text}'", level.year)
