"""Counts a target's sentence splits by government level (推动实施省重点项目50个、市重点项目270个, audit 42 CD8, CD9).

Where a target of a family key (data/tables_words.json ``family_keys``: 重点项目 …) names one government level right before
its key's wording (省重点项目, 市级重点项目) and its sentence names another level before the same wording, the report counts
one list per level; a review figure of that key naming no level (实施重点项目226个) is neither list's count, so it is no
baseline of either (docs/assumptions.md#baseline-matching). One level on both sides, or a target sentence of one level
only, is left to the other tests.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from govreport.extract.keys import key_wording
from govreport.tables.clauses import own_clause
from govreport.tables.figures import Figure
from govreport.tables.likeness import family_key

LEVEL: Final = r"(?<![全城都本])(省|市|县|区)(?:级|管)?"  # (全市重点项目, 城市…: no level; 省管重点项目 is 省级's, fix164c)
LEVELS: Final = "省市县区"
LEVEL_BEFORE: Final = re.compile(LEVEL + "$")
CLAUSE_END: Final = re.compile(r"[，,；;。：:]")


def _level(name: str, wording: str) -> str:
    """The level written right before the last ``wording`` in ``name`` ('' if none)."""
    pos = name.rfind(wording)
    found = LEVEL_BEFORE.search(name[:pos]) if pos > 0 else None
    return found.group(1) if found else ""


@lru_cache(maxsize=1024)
def _levels_in(sentence: str, wording: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in re.finditer(LEVEL + re.escape(wording), sentence))


def level_apart(target: Figure, fig: Figure) -> bool:
    """The target counts one level's list its sentence sets beside another level's, and ``fig`` names no level."""
    key = target.indicator_key
    if not key or not family_key(key):
        return False
    wording = key_wording(target.indicator, key)
    wording = wording[1:] if wording[:1] in LEVELS else wording  # (省重点项目: a wording of its own, the level in it)
    mine = _level(target.indicator, wording) if wording else ""
    if not mine or _level(fig.indicator, wording):
        return False
    return bool(_levels_in(target.sentence, wording) - {mine})


TITLE_LEVELS: Final = ("国家级", "省级", "市级", "县级")  # the title levels a clause lists its counts by (7个国家级和20个省级…)
FIGURE_LEVELS: Final = ("国家", "省", "市", "县", "自治区")  # a level a review name holds, short forms too (国家制造业单项冠军)


def titled_level_apart(target: Figure, fig: Figure) -> bool:
    """The target counts one title level's set its own clause lists beside another level's (支持建设7个国家级和20个省级农业
    产业集群), and ``fig`` names no level (产业集群21个 after 国省级农业园区95个): a count of both levels or of either, no
    baseline of one (held-out set 83 regression, 四川 2024)."""
    mine = [w for w in TITLE_LEVELS if w in target.indicator]
    if len(mine) != 1 or target.indicator.startswith(("以上", "及以上"), target.indicator.find(mine[0]) + len(mine[0])) \
            or any(w in fig.indicator for w in FIGURE_LEVELS):  # 省级以上: a span, left to likeness; 国家制造业单项冠军: a level
        return False
    whole = target.sentence[target.rel_start - len(own_clause(target.before)):]
    clause = CLAUSE_END.split(whole, maxsplit=1)[0]
    return any(w != mine[0] and w in clause for w in TITLE_LEVELS)
