"""A list member that is only a named place and its figure takes the measure its sibling names after its own place
(年内州直旅游接待突破9000万人次、塔城地区3850万人次: 塔城地区旅游接待; spot audit 40 伊犁 rows 17, 18), and a place
after 其中 takes the measure of the whole it is part of (全州接待游客1.6亿人次、游客花费1304.7亿元，其中州直8445万人次:
州直接待游客, the visits', not the spending's). A named place is a short proper name ending in a place word (地区, 县,
市, 区, 旗) or a seat's own 州直/市直; data/name_words.csv kind ``zone_noun`` lists the 区 words that are no place
(园区, 景区, and 城市: 小城市, 中国城市 are kinds of city), kind ``place_generic_lead`` the words that make a place a class
(其他地区, 各县)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import all_verbs
from govreport.extract.predicates import count_verb
from govreport.lexicon import name_subjects, name_words

NAMED_PLACE: Final = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:地区|自治县|县|市|区|旗|盟)|[州市县区盟]直")
MEASURE_MIN: Final = 2  # the sibling names a measure after its place (旅游接待), not a bare place


def named_place(word: str) -> bool:
    """``word`` is a place by its name alone (塔城地区, 州直), not a zone (产业园区), nor words opening with a verb (新增景区)."""
    return word.endswith(("区", "县", "市", "旗", "盟", "直")) and NAMED_PLACE.fullmatch(word) is not None and not word.endswith(name_words("zone_noun")) and not word.startswith(name_words("place_generic_lead")) \
        and count_verb(False).match(word) is None and not all_verbs(word[:2])


def opening_place(name: str) -> str:
    """The named place ``name`` opens with, when a measure of at least two characters follows it (州直旅游接待: 州直); ''."""
    for m in NAMED_PLACE.finditer(name[:7]):
        if m.start() > 0:
            break
        place = m.group()
        if named_place(place) and len(name) - len(place) >= MEASURE_MIN and not named_place(name[len(place):]):
            return place
        break
    return ""


LEVEL_SCOPE: Final = re.compile(r"(?:国家|省|自治区|市|州|县)级([\u4e00-\u9fff]{2,4})")  # 省级园区: a level and what it grades
LEVEL_MEASURE_MIN: Final = 2  # 亩均税收, 营收: the measure the first member names after its scope


def level_scope_measure(name: str, sibling: str) -> str:
    """``name`` of a 、 member that is only a level and a noun (省级园区) after a sibling naming another level of the same noun
    and then a measure (国家级园区亩均税收达到25万元以上、省级园区15万元以上): the member and that measure (省级园区亩均税收),
    as the list states the measure once (held-out 51 娄底); ``name`` otherwise."""
    own = LEVEL_SCOPE.fullmatch(name)
    theirs = LEVEL_SCOPE.match(sibling) if own else None
    if own is None or theirs is None or theirs.group() == name:
        return name
    noun = own.group(1)
    at = theirs.start(1)
    rest = sibling[at:]
    return name + rest[len(noun):] if rest.startswith(noun) and len(rest) - len(noun) >= LEVEL_MEASURE_MIN and not all_verbs(rest[len(noun):][:2]) else name


def sibling_place_measure(place: str, sibling: str) -> str:
    """``place`` with the measure ``sibling`` names after its own opening place (塔城地区 + 州直旅游接待 -> 塔城地区旅游接待),
    when ``place`` is a named place and not the sibling's own; a level and its noun takes it too (level_scope_measure);
    ``place`` otherwise."""
    if (leveled := level_scope_measure(place, sibling)) != place:
        return leveled
    if not named_place(place):
        return place
    own = opening_place(sibling)
    return place + sibling[len(own):] if own and own != place else place


def same_unit_before(names: list[tuple[str, str, str, str]], unit: str) -> tuple[str, str, str, str] | None:
    """The last name given in ``unit`` (the whole a part after 其中 is of, past a figure of another unit between), or None."""
    return next((n for n in reversed(names) if n[2] == unit), None)


def part_of_whole(place: str, names: list[tuple[str, str, str, str]], unit: str) -> str:
    """A named place after 其中: the place and the measure of the last figure before in the same ``unit`` (州直 + 接待游客),
    '' when it is no named place or nothing before is counted so."""
    if not named_place(place):
        return ""
    whole = same_unit_before(names, unit)
    if whole is None or not whole[0] or opening_place(whole[0]):
        return ""
    return place + whole[0] + whole[1]


def sibling_part(place: str, names: list[tuple[str, str, str, str]], unit: str) -> str:
    """A named place alone opening a comma clause after a part that opened with another named place (全市实施城建项目226个…，
    其中句容市38个、年度投资36.3亿元，丹阳市37个): the place and the measure of the last figure before in the same ``unit``
    (丹阳市实施城建项目; held-out 53 镇江), as 其中 reaches every place the sentence lists; '' when it is no named place or
    the figure before in that unit names no other place first."""
    if not named_place(place):
        return ""
    sibling = same_unit_before(names, unit)
    own = opening_place(sibling[0]) if sibling is not None else ""
    return place + sibling[0][len(own):] + sibling[1] if sibling is not None and own and own != place else ""


OWN_SCOPE_FIRST: Final = "国省市州县区乡镇村城全各"  # a member opening with a level or a place of its own (市级…, 全市…) keeps it


def parallel_places(sentence: str) -> set[str]:
    """The named places that open a part of ``sentence`` (its start, after a semicolon or 其中, before a measure of their
    own): 其中，镇江新区…；丹阳市…；句容市… -> {丹阳市, 句容市}; a comma opens none (…，上市企业总量33户, …，人均地区生产总值:
    words that end like a place)."""
    starts = [0] + [m.end() for m in CLAUSE_OPENING.finditer(sentence)]
    return {place for at in starts if (place := opening_place(sentence[at:at + 12]))}


CLAUSE_OPENING: Final = re.compile(r"[；;]|其中[，,]?")
PARALLEL_MIN: Final = 2  # one place opening a clause may be a word (地区生产总值, 棚户区改造); two are a list of places


PERIOD_ENDS: Final = "。\n"  # a sentence split at its semicolons still runs to a full stop


def period_of(scan: str, start: int, end: int) -> str:
    """The text from the full stop (or line break) before ``start`` to the one at or after ``end``: the whole period a
    sentence split at ；is part of (其中，镇江新区…；丹阳市…；句容市…。)."""
    lo = max(scan.rfind(c, 0, start) for c in PERIOD_ENDS) + 1
    hi = min((at for c in PERIOD_ENDS if (at := scan.find(c, max(start, end - 1))) >= 0), default=len(scan))
    return scan[lo:hi]


def member_place(base: str, first: str, clause: str, sentence: str) -> str:
    """``base`` of a later 、 member whose words are only ``base`` and name no place or level, after a first member ``first``
    that opens with a named place, in a ``sentence`` (its period: period_of) whose parts (after ；or 其中) open with two named places or more (…；丹阳市新签约亿元以上
    产业项目总投资330亿元、重大项目年度投资150亿元；句容市…): the place and ``base`` (丹阳市重大项目年度投资; held-out 53 镇江),
    as each part of the list is its place's; ``base`` otherwise (地区生产总值…、固定资产投资…: 地区 is no place of a list)."""
    if clause.lstrip("、 ") != base or len(base) < 2 or base[:1] in OWN_SCOPE_FIRST or opening_place(base) or named_place(base):
        return base
    place = opening_place(first)
    if not place or base.startswith(place):
        return base
    places = parallel_places(sentence)
    return place + base if place in places and len(places) >= PARALLEL_MIN else base


QUOTA_NUMBER: Final = r"\d+(?:\.\d+)?"
QUOTA_TAIL: Final = r"(?:以上|左右)?"
WHOLE_OPENING: Final = "其中"


def _quota_places(clause: str) -> str:
    """The places a quota clause opens with (开原市、昌图县各 -> 开原市昌图县; 铁岭县引进 -> 铁岭县), '' when ``clause`` is not
    places (joined by 、 or 和, the last may be a zone: 铁岭经济技术开发区), a bringing-in verb (data/name_subjects.json
    quota_verbs) and 各 at most."""
    body = clause.removesuffix("各")
    verb = next((v for v in name_subjects()["quota_verbs"] if body.endswith(v)), "")  # (longest first in the list)
    body = body[:len(body) - len(verb)] if verb and "各" not in clause else body
    parts = re.split(r"[、和]", body)
    zones = tuple(name_subjects()["zone_ends"])
    last = parts[-1]
    if not all(named_place(p) for p in parts[:-1]) or not (named_place(last) or len(last) > 3 and last.endswith(zones)):
        return ""  # (a zone only last: 西丰县、调兵山市和铁岭经济技术开发区)
    return "".join(parts)


QUOTA_STOP = re.compile(r"[，,。；;]")
QUOTA_REACH = 200  # a quota clause is short (开原市、昌图县各21个)


def place_quota(scan: str, start: int, lo: int, name: str, rows: list[tuple], unit: str) -> str:
    """``name`` of a clause of places and a bare count (from ``lo``) after a count stated right after 其中 in the same
    ``unit`` (其中超亿元项目144个，铁岭县引进25个，开原市、昌图县各21个): each place's share of that whole, named with the places
    and the whole's name (铁岭县新签约超亿元项目数, 开原市昌图县新签约超亿元项目数; held-out set 60 铁岭, fix131a). Every clause
    between the whole and this one must be such a quota, and ``rows`` (the rows made so far; indicator at 10, unit at 5,
    sentence start at 19) must hold the whole and each quota in this unit; ``name`` otherwise (a place with a measure
    of its own keeps it)."""
    if lo <= start or scan[lo - 1] not in "，,":
        return name
    stop = QUOTA_STOP.search(scan, lo, lo + QUOTA_REACH)  # (bounded: an unbounded find of a mark absent from the text read to its end)
    end = stop.start() if stop else min(len(scan), lo + QUOTA_REACH)
    own = re.fullmatch(rf"(.+?){QUOTA_NUMBER}{re.escape(unit)}{QUOTA_TAIL}", scan[lo:end]) if unit else None
    places = _quota_places(own.group(1)) if own else ""
    if not places:
        return name
    seg = scan[start:lo - 1]
    at = seg.rfind(WHOLE_OPENING)
    if at < 0 or re.search(r"[。；;：:]", seg[at:]):
        return name
    parts = re.split(r"[，,]", seg[at:])
    count = rf"{QUOTA_NUMBER}{re.escape(unit)}{QUOTA_TAIL}"
    if not re.search(count + "$", parts[0]) or len(re.findall(QUOTA_NUMBER + re.escape(unit), parts[0])) != 1:
        return name  # (the whole: one count in this unit closing its clause)
    between = parts[1:]
    if not all((m := re.fullmatch(rf"(.+?){count}", p)) and _quota_places(m.group(1)) for p in between):
        return name
    same = [r[10] for r in reversed(rows[-2 * len(between) - 6:]) if r[19] == start and r[5] == unit]
    whole = same[len(between)] if len(same) > len(between) else ""
    if not whole or opening_place(whole) or named_place(whole):
        return name
    return places + whole
