"""A figure in points after a gap word and a place compared (高于全省11.8个百分点, 低全国、全省22.5和9.6个百分点): a gap
between two levels, itself a level, never the year's change (held-out audits 45, 46). tables_words.json gap_words,
gap_places."""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.figures import Figure, words


@cache
def _gap() -> re.Pattern[str]:
    """A gap word right before a place compared with (低全国, 高于全省平均水平), gap words longest first."""
    w = words()
    return re.compile("(?:" + "|".join(map(re.escape, sorted(w["gap_words"], key=len, reverse=True))) + ")(?:"
                      + "|".join(map(re.escape, w["gap_places"])) + ")")


def gap_to(fig: Figure) -> str:
    """The gap word and place a figure in points is stated against in its clause (高于全省), '' if none."""
    if fig.unit != "个百分点":
        return ""
    before = fig.before
    clause = before[max(before.rfind(m) for m in "，,；;。") + 1:]
    m = _gap().search(clause)
    return m.group(0) if m else ""


def gap_between_places(fig: Figure) -> bool:
    """A figure in points whose clause compares with other places (低全国、全省22.5和9.6个百分点): a gap, no change."""
    return gap_to(fig) != ""
