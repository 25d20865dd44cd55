"""Two review figures that name more than a target measures (held-out set 66, fix140b; data/baseline_scopes.json).

- ``since_total``: 中老铁路通车以来，西双版纳段累计发送…货物381.4万吨 is a running total since a start, no year's flow:
  never the baseline of 年发送…货物360万吨, whose own clause names no start and no running total.
- ``region_for_whole``: 州直农村劳动力外出务工40万人次 beside 塔城地区7.1万人次 is one region's goal, not measured by the
  whole place's 农村劳动力外出务工59.8万人次.
"""
from __future__ import annotations

from functools import cache

from govreport.extract.place_siblings import NAMED_PLACE, named_place, opening_place
from govreport.lexicon import read_json
from govreport.tables.figures import Figure

CLAUSE_OPENERS = "，、；,;："  # marks after which a place opens a clause of a breakdown


@cache
def _since_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a starting point and of a running total (baseline_scopes.json since_totals)."""
    marks = read_json("baseline_scopes.json")["since_totals"]
    return tuple(marks["since"]), tuple(marks["cumulative"])


def since_total(target: Figure, fig: Figure) -> bool:
    """``fig``'s sentence names a start (以来) and a running total after it (累计) before the figure, and the
    target's own clause and name name neither: a total since the start for a year's flow."""
    since, cumulative = _since_words()
    before = fig.before
    at = max((before.rfind(w) for w in since), default=-1)
    if at < 0 or not any(w in before[at:] for w in cumulative):
        return False
    own = target.clause_before + target.indicator
    return not any(w in own for w in since + cumulative)


@cache
def _not_regions() -> tuple[str, ...]:
    """Words read as a place that name none (地区 of 地区生产总值: baseline_scopes.json not_regions)."""
    return tuple(read_json("baseline_scopes.json")["not_regions"])


def region_for_whole(target: Figure, fig: Figure) -> str:
    """The region the target's name opens with (州直 of 州直农村劳动力外出务工人次), its sentence naming another region
    beside it (塔城地区7.1万人次), where the review figure's name and sentence name that region nowhere (全州…外出务工
    59.8万人次): the whole place's figure for one region's goal; '' otherwise (held-out set 66 伊犁 row 84)."""
    place = opening_place(target.indicator)
    if not place or place in _not_regions() or place in fig.before or fig.indicator.startswith(place):
        return ""
    places = clause_places(target.sentence)  # (the region itself opening a clause, another beside it)
    return place if place in places and len(places) > 1 else ""


def clause_places(sentence: str) -> set[str]:
    """The named places right after a mark of ``sentence`` (…，州直…40万人次、塔城地区7.1万人次: 州直, 塔城地区), not
    one inside a clause (建设国家乡村振兴示范市) nor at its start, where a verb may stand fused (支持博乐市)."""
    found = set()
    for m in NAMED_PLACE.finditer(sentence):
        if m.start() > 0 and sentence[m.start() - 1] in CLAUSE_OPENERS and named_place(m.group()):
            found.add(m.group())
    return found
