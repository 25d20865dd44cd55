"""Levels of government joined by 、 right before a noun (省、市重点项目, 国家、省、市级): one noun at several levels,
not a list of members (docs/assumptions.md#names; data/name_words.csv kind gov_level)."""
from __future__ import annotations

import re
from typing import Final
from collections.abc import Callable

from govreport.lexicon import name_words


_LEVEL_LIST: Final[list[re.Pattern[str]]] = []  # made once: a Final list, not functools.cache: a direct call for every figure (lexicon.units)


def _level_list() -> re.Pattern[str]:
    if not _LEVEL_LIST:
        level = "|".join(map(re.escape, name_words("gov_level")))
        _LEVEL_LIST.append(re.compile(rf"(?:{level})(?:、(?:{level}))+(?=[\u4e00-\u9fff])"))
    return _LEVEL_LIST[0]


def joined_levels(text: str, pos: int) -> tuple[str, int]:
    """(the levels written together, where the noun after them starts) for a level list at ``pos``
    (省、市重点项目 -> ('省市', the position of 重点项目)); ('', pos) when none stands there."""
    m = _level_list().match(text, pos)
    return (m.group().replace("、", ""), m.end()) if m else ("", pos)


def levelled_noun(text: str, pos: int, noun_at: Callable[[int], str]) -> tuple[str, int]:
    """(the noun at ``pos``, where it starts as the caller counts): after a level list its levels written together
    (440个省、市重点项目提速提效 -> 省市重点项目提速提效, starting len('省市') before the noun after the list, so that
    the start plus the noun's length is where it ends in ``text``)."""
    levels, at = joined_levels(text, pos)
    noun = noun_at(at)
    return (levels + noun, at - len(levels)) if levels and noun else (noun_at(pos) if levels else noun, pos)
