"""Two review figures that name more than a target measures (held-out set 66, fix140b; data/baseline_scopes.json).

- ``since_total``: 中老铁路通车以来，西双版纳段累计发送…货物381.4万吨 is a running total since a start, no year's flow:
  never the baseline of 年发送…货物360万吨, whose own clause names no start and no running total.
- ``named_subset``: 通行中欧班列数 is the review's 通行班列数 with a noun inserted before the shared head: a named part
  of the review's things (the China-Europe trains among all trains), no baseline.
- ``region_for_whole``: 州直农村劳动力外出务工40万人次 beside 塔城地区7.1万人次 is one region's goal, not measured by the
  whole place's 农村劳动力外出务工59.8万人次.
"""
from __future__ import annotations

from functools import cache

from govreport.extract.place_siblings import NAMED_PLACE, named_place, opening_place
from govreport.lexicon import read_json
from govreport.report.chars import common_tail
from govreport.tables.figures import Figure
from govreport.tables.noun_words import noun_scope

CLAUSE_OPENERS = "，、；,;："  # marks after which a place opens a clause of a breakdown
MIN_INSERT = 2  # an inserted noun of one character (新, 总) says too little to name a part


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
def _free_inserts() -> frozenset[str]:
    """Words (and the leads of words) inserted without narrowing (baseline_scopes.json named_subset_free_inserts)."""
    return frozenset(read_json("baseline_scopes.json")["named_subset_free_inserts"])


def named_subset(target: Figure, fig: Figure) -> str:
    """The noun the target's name inserts into the review figure's before their shared head (通行中欧班列数 and
    通行班列数: 中欧), where the review sentence names it nowhere (塔城地区到位资金 of a 招商引资 sentence is the
    whole); '' if the name is not the other with one noun of at least two characters inserted."""
    extra = inserted_noun(target.indicator, fig.indicator)
    return "" if not extra or extra in fig.sentence else extra


def inserted_noun(name: str, other: str) -> str:
    """The noun of at least two characters ``name`` inserts into ``other`` before their shared head, ''."""
    if len(name) <= len(other) or not other:
        return ""
    tail = common_tail(name, other)
    if tail < 2 or tail >= len(other):
        return ""
    lead = other[:-tail]
    if not name.startswith(lead):
        return ""
    extra = name[len(lead):-tail]
    if len(extra) < MIN_INSERT or extra.startswith(tuple(_free_inserts())) or noun_scope(extra) != extra:
        return ""
    return extra


def region_for_whole(target: Figure, fig: Figure) -> str:
    """The region the target's name opens with (州直 of 州直农村劳动力外出务工人次), its sentence naming another region
    beside it (塔城地区7.1万人次), where the review figure's name and sentence name that region nowhere (全州…外出务工
    59.8万人次): the whole place's figure for one region's goal; '' otherwise (held-out set 66 伊犁 row 84)."""
    place = opening_place(target.indicator)
    if not place or place in fig.before or fig.indicator.startswith(place):
        return ""
    return place if any(other != place for other in clause_places(target.sentence)) else ""


def clause_places(sentence: str) -> set[str]:
    """The named places right after a mark of ``sentence`` (…，州直…40万人次、塔城地区7.1万人次: 州直, 塔城地区), not
    one inside a clause (建设国家乡村振兴示范市) nor at its start, where a verb may stand fused (支持博乐市)."""
    found = set()
    for m in NAMED_PLACE.finditer(sentence):
        if m.start() > 0 and sentence[m.start() - 1] in CLAUSE_OPENERS and named_place(m.group()):
            found.add(m.group())
    return found
