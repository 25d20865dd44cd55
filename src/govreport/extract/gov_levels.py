"""Levels of government joined by 、 or 和 right before a noun (省、市重点项目, 国家、省、市级, 中央和省): one noun at several levels,
not a list of members (docs/assumptions.md#names; data/name_words.csv kind gov_level)."""
from __future__ import annotations

import re
from typing import Final
from collections.abc import Callable
from functools import cache

from govreport.lexicon import name_subjects, name_words
from govreport.extract.listed_heads import listed_head


_LEVEL_LIST: Final[list[re.Pattern[str]]] = []  # made once: a Final list, not functools.cache: a direct call for every figure (lexicon.units)
_LEVEL_REACH: Final[list[int]] = []  # the longest level word: the list's first 、 stands within it after ``pos``


def _level_list() -> re.Pattern[str]:
    if not _LEVEL_LIST:
        _LEVEL_REACH.append(max(map(len, name_words("gov_level")), default=0))
        level = "|".join(map(re.escape, name_words("gov_level")))
        _LEVEL_LIST.append(re.compile(rf"(?:{level})(?:[、和](?:{level}))+(?=[\u4e00-\u9fff])"))
    return _LEVEL_LIST[0]


def joined_levels(text: str, pos: int) -> tuple[str, int]:
    """(the levels written together, where the noun after them starts) for a level list at ``pos``
    (省、市重点项目 -> ('省市', the position of 重点项目)); ('', pos) when none stands there."""
    pattern = _level_list()
    reach = pos + _LEVEL_REACH[0] + 1  # (two finds, not any() over a generator: this runs for every noun after a count)
    m = pattern.match(text, pos) if text.find("、", pos + 1, reach) >= 0 or text.find("和", pos + 1, reach) >= 0 else None
    return (m.group().replace("、", ""), m.end()) if m else ("", pos)


def levelled_noun(text: str, pos: int, noun_at: Callable[[int], str]) -> tuple[str, int]:
    """(the noun at ``pos``, where it starts as the caller counts): after a level list its levels written together
    (440个省、市重点项目提速提效 -> 省市重点项目提速提效, starting len('省市') before the noun after the list, so that
    the start plus the noun's length is where it ends in ``text``)."""
    levels, at = joined_levels(text, pos)
    if not levels:
        levels, at = joined_grades(text, pos)
    if not levels and text.startswith("、", pos + 1):
        levels, at = counted_level_list(text, pos)
    noun = noun_at(at)
    return (levels + noun, at - len(levels)) if levels and noun else listed_head(text, pos, noun_at(pos) if levels else noun, noun_at)


GRADE_LIST: Final = re.compile(r"([\u4e00-\u9fff]{0,4}?)([一二三四五六七八九])级((?:、[一二三四五六七八九]级)+)(?=[\u4e00-\u9fff]{2})")


def joined_grades(text: str, pos: int) -> tuple[str, int]:
    """(the grades written together with what opens them, where the noun after them starts) for ordinal grades joined by 、
    before one noun (央企二级、三级子公司: ('央企二三级', the position of 子公司); audit 43 保定 row 8): tiers of one noun, no
    list break; ('', pos) when none stands there."""
    m = GRADE_LIST.match(text, pos) if text.find("级、", pos, pos + 7) >= 0 else None
    return (m.group(1) + m.group(2) + m.group(3).replace("级", "").replace("、", "") + "级", m.end()) if m else ("", pos)


LEVEL_OPENING = re.compile(r"(?:国家|[省市州县区乡镇村])级(?:及?以上)?")  # 省级公用经费和一般性支出: the level of both
OWN_OPENING = frozenset("国省市州县区乡镇村中地全各")  # a member that opens with a place or level of its own keeps it


def shared_level(parts: list[str]) -> list[str]:
    """The members of a 分别 list, the level that opens the first (省级) given to each later member that opens with no
    place or level of its own (省级公用经费和一般性支出分别压减: 省级一般性支出); with the zone the level heads when the first
    opens with both (省级开发区经营收入、一般公共预算收入增速分别提高: the zones' revenue, not the province's; held-out set 72
    亳州 G2), unless the later member names a zone of its own."""
    level = LEVEL_OPENING.match(parts[0]) if "级" in parts[0] else None
    if level is None or len(parts[0]) - level.end() < 2:
        return parts
    zone = next((z for z in _zone_heads() if parts[0].startswith(z, level.end())), "")
    lead = level.group() + zone if zone and len(parts[0]) - level.end() - len(zone) >= 2 else level.group()
    return parts[:1] + [p if p[:1] in OWN_OPENING or p.startswith(name_words("place_opening")) or zone and any(z in p for z in _zone_heads())
                        else lead + p for p in parts[1:]]  # (社区…: fix99d)


@cache
def _zone_heads() -> tuple[str, ...]:
    """The zone words a level may head (data/name_subjects.json ``zone_subject_heads``: 开发区, 园区), longest first."""
    return tuple(sorted(name_subjects()["zone_subject_heads"], key=len, reverse=True))


COUNTED_LEVELS = re.compile(r"([省市州县区乡镇村])[两二三四]级(?=[\u4e00-\u9fff]{2})")  # 县两级财政…: the last of the levels counted
LEVEL_END = frozenset("省市州县区乡镇村")


def counted_levels(parts: list[str]) -> list[str]:
    """The members of a 分别 list of levels counted after the last one (市、县两级财政科技支出…分别达到2%、1%): each level
    with 级 and the noun they share (市级财政科技支出…, 县级财政科技支出…; audit 56 贺州), not 市两级…; ``parts`` otherwise."""
    last = COUNTED_LEVELS.match(parts[-1]) if len(parts) > 1 else None
    if last is None or not all(p[-1:] in LEVEL_END for p in parts[:-1]):
        return parts
    noun = parts[-1][last.end():]
    return [p[-1] + "级" + noun for p in parts[:-1]] + [last.group(1) + "级" + noun]


LEVEL_LIST_COUNTED: Final = re.compile(r"[省市州县区乡镇村](?:、[省市州县区乡镇村])+(?=([两二三四五])级[\u4e00-\u9fff]{2})")  # 县、乡、村三级城乡规划
LEVEL_COUNTS: Final = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def counted_level_list(text: str, pos: int) -> tuple[str, int]:
    """(the levels written together, where the count of levels after them starts) for levels of one character joined by 、
    and counted right after the last (加快编制20%的县、乡、村三级城乡规划: ('县乡村', the position of 三级); held-out set 68 那曲
    row 28): one noun at those levels, no list of places, where the count is as many as the levels; ('', pos) otherwise
    (新增3个县、2个乡: two members, each counted)."""
    m = LEVEL_LIST_COUNTED.match(text, pos)
    if m is None or LEVEL_COUNTS[m.group(1)] != m.group().count("、") + 1:
        return "", pos
    return m.group().replace("、", ""), m.end()
