"""A floor one sentence sets for each of a 、 list of places (莒南县、沂水县工业产值力争“过千亿”, audit 40 LY #49, #50):
each county is to pass the amount, so each gets its own row, named with its place (莒南县工业产值, 沂水县工业产值).
Only a money floor (过/突破/超 …: more_than, at_least) of a measure of output or income (``tables_words.json``
``place_floor_measures``) after places that each end in a county-level suffix: a count after a list of places
(A县、B县新建学校10所) may be their sum and stays one row."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from govreport.extract.place_lists import PLACE  # a place of a 、 list (莒南县), one pattern for both stages
from govreport.extract.keys import indicator_english
from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import last_mark
from govreport.tables.figures import Figure, words

FLOORS: tuple[str, ...] = ("more_than", "at_least")


@cache
def _place_floor() -> re.Pattern[str]:
    """Places joined by 、 opening the clause, a measure of ``place_floor_measures``, a commitment word, an opening quote."""
    w = words()
    measures = "|".join(map(re.escape, sorted(w["place_floor_measures"], key=len, reverse=True)))
    commits = "|".join(map(re.escape, sorted(w["commitment_words"], key=len, reverse=True)))
    return re.compile(rf"((?:{PLACE}、)+{PLACE})([\u4e00-\u9fff]{{0,6}}?(?:{measures}))(?:{commits}){{0,2}}“?")


def place_members(fig: Figure, clause: str) -> list[Figure]:
    """One figure per place of ``clause`` (the figure's clause before it) when it sets a money floor for each, named
    place + measure; [] otherwise."""
    if fig.qualifier not in FLOORS or "、" not in clause or unit_field(fig.unit, "kind") != "money":
        return []
    m = _place_floor().fullmatch(clause)
    if m is None:
        return []
    out = []
    for place in m.group(1).split("、"):
        name = place + m.group(2)  # no key: the registry's keys are the report's own place's measures, not a county's
        out.append(replace(fig, indicator=name, indicator_key="", indicator_en=indicator_english("", name)))
    return out


def place_of(fig: Figure) -> str:
    """The place of a 、 list of places a member figure of ``place_members`` is for (莒南县 of 莒南县工业产值), '' for any other."""
    before = fig.before
    clause = before[last_mark(before, clause_breaks()) + 1:]
    if "、" not in clause or fig.qualifier not in FLOORS:
        return ""
    m = _place_floor().fullmatch(clause)
    return next((p for p in m.group(1).split("、") if fig.indicator.startswith(p)), "") if m else ""
