"""Whether a registry key fits a figure beyond its wording: the figure's unit family, the words its name or clause must
hold (data/key_requirements.csv) and the sector its sentence must be about (data/key_contexts.csv); ``keys`` finds the key."""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from govreport.lexicon import Indicator, read_json, read_rows, unit_field


FAMILY_OF_KIND = {"percent": "percent", "permille": "percent", "points": "percent"}


@cache
def unit_family(unit: str) -> str:
    """The registry's unit family of a unit: its kind in units.csv, % / ‰ / 百分点 as percent."""
    kind = unit_field(unit, "kind")
    return FAMILY_OF_KIND.get(kind, kind)


def _fits(indicator: Indicator, family: str) -> bool:
    """The indicator's unit family admits the figure's; a place in a ranking is no count of things
    (新增14个学科进入ESI排名前1%: 14 subjects, not a place)."""
    if indicator.measure == "rank" and family == "count":
        return False
    return indicator.unit_family in (family, "any") or {indicator.unit_family, family} == {"count", "households"}


@cache
def key_requirements() -> dict[str, re.Pattern[str]]:
    """Words a name or its clause must hold for a key whose wording alone is wider than its measure (data/key_requirements.csv:
    schools_built only where schools are built, fai_growth only for fixed-asset investment), by key."""
    return {r["key"]: re.compile(r["pattern"]) for r in read_rows("key_requirements.csv")}


def meets_requirement(key: str, name: str, clause: str) -> bool:
    """The name or the figure's clause (its list's too: 新（改扩）建幼儿园25所、中小学校63所) holds the words ``key`` requires:
    争创…领航学校 builds no school, 水利投资增长 is no fixed-asset investment (``key_requirements``)."""
    need = key_requirements().get(key)
    return need is None or need.search(name) is not None or need.search(clause) is not None


@cache
def _key_contexts() -> dict[str, tuple[re.Pattern[str], frozenset[str]]]:
    """Keys whose wording alone (龙头企业) fits any sector: the words their name or sentence must hold, else the
    categories their figure must fall in (data/key_contexts.csv), by key."""
    return {r["key"]: (re.compile(r["pattern"]), frozenset(r["categories"].split("|"))) for r in read_rows("key_contexts.csv")}


def in_context(key: str, name: str, sentence: str, category: str) -> bool:
    """Whether a figure keyed ``key`` stands where that key's measure is meant: 培育营收亿元以上龙头企业5家 in a
    paragraph on tourism is no farm firm, 新增省级龙头企业5家 under 发展现代农业 is (``_key_contexts``)."""
    need = _key_contexts().get(key)
    return need is None or category in need[1] or need[0].search(name) is not None or need[0].search(sentence) is not None


FULL_STOPS = "。！？!?\n"


def semicolon_chain(scan: str, start: int, end: int) -> str:
    """The whole sentence a ；-segment ``scan[start:end]`` belongs to, from the full stop before it to the one after (培育省级农业品牌11个、
    …；新增省级龙头企业26家；新增省级现代农业产业园2个…。): one sentence of works on one topic, whose other segments
    say what sector a bare wording (龙头企业) is of (held-out set 58 邵阳 row 46, fix128d); the segment itself when it is no part of one."""
    if not (scan[start - 1:start] in "；;" or scan[end - 1:end] in "；;"):
        return scan[start:end]
    lo = max(scan.rfind(c, 0, start) for c in FULL_STOPS) + 1
    stops = [i for c in FULL_STOPS if (i := scan.find(c, end)) >= 0]
    return scan[lo:min(stops) + 1 if stops else len(scan)]


class HerdWords(NamedTuple):
    """data/herd_keys.json: the words that say a herd is brought to a level, sold for slaughter or counted in stock."""

    level_verbs: tuple[str, ...]
    slaughter: tuple[str, ...]
    herds: dict[str, str]  # slaughter key -> herd key
    herd_measure: str
    stock: tuple[str, ...]
    stock_measure: str


@cache
def herd_words() -> HerdWords:
    """data/herd_keys.json, read once (shared with tables/kept_levels.herd_in_stock)."""
    data = read_json("herd_keys.json")
    return HerdWords(tuple(data["level_verbs"]), tuple(data["slaughter_words"]), dict(data["herds"]), str(data["herd_measure"]),
                     tuple(data["stock_words"]), str(data["stock_measure"]))


def herd_key(key: str, name: str, clause: str) -> tuple[str, str]:
    """The key and name of livestock brought to a level (肉牛发展到70.6万头: the herd kept, a stock, not the cattle
    sold for slaughter, a flow; held-out set 65 延边, fix139b) or counted in stock (阿旺绵羊、牦牛、藏猪存栏量分别保持在
    36万只…: the herd; held-out set 67 昌都 row 22, fix141c); ``key`` and ``name`` unchanged elsewhere."""
    verbs, slaughter, herds, measure, stock, stock_measure = herd_words()
    herd = herds.get(key)
    if herd is None or any(w in name or w in clause for w in slaughter):
        return key, name
    stem = name[:-1] if name.endswith("量") else name
    if any(w in clause[-60:] for w in stock):
        return herd, stem if any(w in stem for w in stock) else stem + stock_measure
    if not clause.rstrip().endswith(verbs):
        return key, name
    return herd, stem if stem.endswith(measure) else stem + measure
