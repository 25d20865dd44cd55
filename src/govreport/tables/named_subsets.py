"""Two review figures that name more than a target measures (held-out set 66, fix140b; data/baseline_scopes.json).

- ``since_total``: 中老铁路通车以来，西双版纳段累计发送…货物381.4万吨 is a running total since a start, no year's flow:
  never the baseline of 年发送…货物360万吨, whose own clause names no start and no running total.
- ``region_for_whole``: 州直农村劳动力外出务工40万人次 beside 塔城地区7.1万人次 is one region's goal, not measured by the
  whole place's 农村劳动力外出务工59.8万人次.
- ``county_for_whole``: 华池县原油产量达到360万吨 is one county's, no baseline of the whole place's 原油产量1050万吨.
"""
from __future__ import annotations

from functools import cache
from typing import Final

from govreport.extract.place_siblings import NAMED_PLACE, named_place, opening_place
from govreport.lexicon import read_json, unit_field
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


COUNTY_ENDS: Final = ("县", "旗")  # a place by these is a county, below any city or province a report is of


def county_for_whole(target: Figure, fig: Figure) -> str:
    """The county the review figure's name opens with (华池县 of 华池县原油产量 360万吨), an amount or a rate (a count of things
    names where they stand), where the target's name opens with no place and its sentence names that county nowhere (原油产量、加工量分别达到1050万吨、355万吨): one county's figure, no
    baseline of the whole place's goal; '' otherwise (held-out audit 90, fix172e)."""
    place = opening_place(fig.indicator)
    if not place.endswith(COUNTY_ENDS) or opening_place(target.indicator) or place in target.sentence or unit_field(fig.unit, "kind") == "count":
        return ""  # (a count of things: the county says where one stands, 镇原县北石窟驿国家4A级旅游景区1个, spot 37)
    return place


def clause_places(sentence: str) -> set[str]:
    """The named places right after a mark of ``sentence`` (…，州直…40万人次、塔城地区7.1万人次: 州直, 塔城地区), not
    one inside a clause (建设国家乡村振兴示范市) nor at its start, where a verb may stand fused (支持博乐市)."""
    found = set()
    for m in NAMED_PLACE.finditer(sentence):
        if m.start() > 0 and sentence[m.start() - 1] in CLAUSE_OPENERS and named_place(m.group()):
            found.add(m.group())
    return found
