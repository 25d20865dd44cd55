"""A level, then its net addition, then a growth rate (市场主体数达4.82万户，净增6285户、增长15%以上): the rate is the addition
over the level less it (6285 ÷ 41915 = 15 %), the two amounts stated again, no goal of its own (held-out audit 48 怒江 G3;
the order addition–level–rate is ``procedure.restates_an_increase``'s)."""
from __future__ import annotations

import re
from decimal import Decimal

from govreport.tables.figures import Figure, words

GAP = re.compile(r"(?:左右|以上)?[，,、]")  # (the marks between the members, a qualifier before)


def net_rise_after(level: Figure, fig: Figure, group: list[Figure], verb_at: int, tolerance: Decimal) -> bool:
    """A figure of ``group`` after ``level``, of its unit, whose clause is a net-addition verb (``net_rise_verbs``), stands between
    it and the rate ``fig`` (whose verb is at ``verb_at``), and the rate is the addition over the level less it within ``tolerance``."""
    verbs = tuple(words()["net_rise_verbs"])
    for rise in group:
        if rise.unit != level.unit or rise.value is None or level.value is None or rise.rel_start < level.rel_end \
                or not 0 < rise.value < level.value or not rise.clause_before.endswith(verbs):
            continue
        opens = rise.rel_start - len(rise.clause_before)
        if GAP.fullmatch(fig.sentence, level.rel_end, opens) and GAP.fullmatch(fig.sentence, rise.rel_end, verb_at) \
                and fig.value is not None:
            return abs(rise.value / (level.value - rise.value) * 100 - fig.value) <= tolerance
    return False
