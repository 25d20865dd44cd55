"""The size member of a review list of projects at a stage, for a plan amount of the same things at that stage (held-out
set 78 资阳 row 46, fix159f).

The review may state a stage of building in a list of a count and a size (政府性投资安置房开工项目2个、8.7万平方米): the size is
the size of the things started (安置房), though its name is the projects' (…安置房开工项目面积). A plan amount of the same unit
group whose own clause names that stage and ends with the same thing (开工建设安置房3.5万平方米) is measured by it; the wordings
share too little for a likeness to find the pair. The stage words and counted heads are ``tables_words.json:stage_list_areas``.
"""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import trie_pattern
from govreport.tables.baselines import BaselineIndex, Match, _form, group_of, plausible
from govreport.tables.clauses import own_clause
from govreport.tables.figures import Figure, words
from govreport.tables.likeness import other_keys

MIN_THING = 2  # characters the thing must share at its end (安置房, 厂房)


@cache
def _lead() -> re.Pattern[str]:
    """X + stage + head + a count + 、 right before the size member (政府性投资安置房开工项目2个、)."""
    w = words()["stage_list_areas"]
    stages = trie_pattern(w["stages"])
    heads = "|".join(map(re.escape, w["heads"]))
    return re.compile(r"([\u4e00-\u9fff]{2,})(" + stages + r")(?:" + heads + r")\d+(?:\.\d+)?(?:个|项|处)、$")


def _stages(clause: str) -> set[str]:
    """The stage words a clause names, a longer one standing for the shorter inside it (新开工 for 开工)."""
    found = {s for s in words()["stage_list_areas"]["stages"] if s in clause}
    return {s for s in found if not any(s != o and s in o for o in found)}


def _thing(subject: str, clause: str) -> str:
    """The longest end of the review list's subject (…安置房) the target's own clause ends with ('' if under MIN_THING)."""
    for n in range(len(subject), MIN_THING - 1, -1):
        if clause.endswith(subject[-n:]):
            return subject[-n:]
    return ""


def stage_area_match(target: Figure, index: BaselineIndex) -> Match | None:
    """The one review size member of a stage list whose stage and thing the target's own clause names; None otherwise."""
    clause = own_clause(target.before)
    mine = _stages(clause)
    if len(mine) != 1:
        return None
    found = []
    for i in index.in_bucket.get((group_of(target), _form(target)), ()):
        a = index.figures[i]
        m = _lead().search(a.before)
        if m is None or a.id in index.average or {m.group(2)} != mine or other_keys(target, a) or not plausible(target, a):
            continue
        if _thing(m.group(1), clause):
            found.append((a, _thing(m.group(1), clause)))
    if len(found) != 1:
        return None
    fig, thing = found[0]
    return Match(fig, "same", 1.0, f"the size of the {thing} at the same stage in the review's list of projects ({fig.indicator}, {fig.text})", fig.year)
