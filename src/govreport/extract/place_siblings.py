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
from govreport.lexicon import name_words

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


def part_of_whole(place: str, names: list[tuple[str, str, str, str]], unit: str) -> str:
    """A named place after 其中: the place and the measure of the last figure before in the same ``unit`` (州直 + 接待游客),
    '' when it is no named place or nothing before is counted so."""
    if not named_place(place):
        return ""
    whole = next((n for n in reversed(names) if n[2] == unit), None)
    if whole is None or not whole[0] or opening_place(whole[0]):
        return ""
    return place + whole[0] + whole[1]
