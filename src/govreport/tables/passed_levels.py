"""A floor's baseline in a review figure that states the level passed (audit 37 YC24#57).

确保…总产保持在140亿斤以上 against the review's 粮食总产再创新高、连续九年超140亿斤: the review's 超N of the target's noun says the
level exceeded N, the baseline of a floor (docs/assumptions.md#baseline-matching). Its own words (连续九年超) share none with the
target's, so wording finds it not; its name (built from the clause: 粮食总产…) holds the target's noun. The review's 超N figures
are grouped by unit once per baseline index.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.baselines import BaselineIndex, plausible
from govreport.tables.figures import Figure

FLOORS: Final = ("at_least", "more_than")
PASSED: Final = "more_than"  # 超140亿斤
PASSED_WORDS: Final = ("超", "超过", "突破")  # right before the figure: a level passed (not 16万余人, an amount rounded down)
MEASURE_END: Final = re.compile(r"(?:总量|总数|量|数)$")
MIN_NOUN: Final = 3  # 粮食总产: a noun of its own, not 产量 alone
THRESHOLD: Final = "threshold"  # 超亿元项目: a class, no level

_LAST: list[tuple[BaselineIndex, dict[str, list[Figure]]]] = []


def _passed(index: BaselineIndex) -> dict[str, list[Figure]]:
    """Unit -> review figures that state a level passed (超N), made once per index."""
    if _LAST and _LAST[0][0] is index:
        return _LAST[0][1]
    out: dict[str, list[Figure]] = {}
    for a in index.figures:
        if a.qualifier == PASSED and a.kind != THRESHOLD and a.id not in index.average and a.before.endswith(PASSED_WORDS):
            out.setdefault(a.unit, []).append(a)
    _LAST[:] = [(index, out)]
    return out


def passed_level(target: Figure, index: BaselineIndex) -> Figure | None:
    """The review's 超N figure, in the target's unit, whose name holds the target's noun (its name less the measure word: 粮食总产
    of 粮食总产量), for a floor (N以上); None unless exactly one, plausible."""
    if target.qualifier not in FLOORS:
        return None
    noun = MEASURE_END.sub("", target.indicator)
    if len(noun) < MIN_NOUN:
        return None
    found = [a for a in _passed(index).get(target.unit, ()) if noun in a.indicator and plausible(target, a)]
    return found[0] if len(found) == 1 else None
