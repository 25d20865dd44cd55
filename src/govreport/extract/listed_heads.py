"""The head noun a count shares with the 、 members after it (audit 47, 济宁): 416个补链、强链、延链项目 counts projects
(补链强链延链项目), not 补链; 158个省级、102个市级和美乡村建设任务 counts 省级和美乡村建设任务, the second member's head
(docs/assumptions.md#names; data/name_words.csv kind listed_head)."""
from __future__ import annotations

import re
from typing import Final
from collections.abc import Callable

from govreport.lexicon import name_words

_MODIFIERS: Final[dict[int, re.Pattern[str]]] = {}  # by the first member's length: the members after it, as long as it
LEVEL: Final = re.compile(r"(?:国家|[省市州县区乡镇村])级")
# 、102个市级: a count of the same kind and another level; the head after it is the first member's too
NEXT_LEVEL: Final = re.compile(r"、\d+[个项家所处条座名户]" + LEVEL.pattern)


def _modifiers(size: int) -> re.Pattern[str]:
    if size not in _MODIFIERS:
        _MODIFIERS[size] = re.compile(rf"(?:、[\u4e00-\u9fff]{{{size}}})+")
    return _MODIFIERS[size]


NEXT_COUNT: Final = re.compile(r"、(\d+)([个项家所处条座名户])")  # 2条外贸、5条内贸航线: the next member, counted alike


def paired_head(text: str, pos: int, noun: str, noun_at: Callable[[int], str]) -> tuple[str, int] | None:
    """(noun + head, its start) for a bare modifier of two characters whose 、 sibling, counted in the same unit, is a
    modifier as long that shares a character at the same place and runs on into a head of two characters or more
    (谋划开辟2条外贸、5条内贸航线: 外贸航线, held-out set 55 秦皇岛 row 9; 国际、…国内航线); None otherwise (新建2所初中、5所小学:
    no parallel modifier)."""
    nxt = NEXT_COUNT.match(text, pos + len(noun))
    if len(noun) != 2 or nxt is None or text[pos - 1:pos] != nxt.group(2):
        return None
    whole = noun_at(nxt.end())
    head, mate = whole[2:], whole[:2]
    if not 2 <= len(head) <= 4 or mate == noun or not any(a == b for a, b in zip(mate, noun)) or "、" in whole or head[0] in noun:
        return None  # (初中、…初级中学: 中 twice, the sibling a noun of its own)
    return noun + head, nxt.end()


def listed_head(text: str, pos: int, noun: str, noun_at: Callable[[int], str]) -> tuple[str, int]:
    """(the noun counted, where it starts as the caller counts: its end less its length) for ``noun``, the short noun at
    ``pos`` right after a count: a modifier of 2-3 characters followed by 、 members as long, the last of which runs on
    into a head noun of kind ``listed_head`` (补链、强链、延链项目 -> 补链强链延链项目); a bare level followed by a count at
    another level (省级、102个市级和美乡村建设任务 -> 省级和美乡村建设任务); else (``noun``, ``pos``)."""
    end = pos + len(noun)
    if not noun or text[end:end + 1] != "、":
        return noun, pos
    if LEVEL.fullmatch(noun) and (other := NEXT_LEVEL.match(text, end)) and (head := noun_at(other.end())) and len(head) >= 2:
        return noun + head, other.end() - len(noun)
    if (paired := paired_head(text, pos, noun, noun_at)) is not None:
        return paired
    if not 2 <= len(noun) <= 3 or (members := _modifiers(len(noun)).match(text, end)) is None:
        return noun, pos
    last = members.end() - len(noun)
    whole = noun_at(last)
    head = whole[len(noun):]
    if not (2 <= len(head) <= 6 and head.endswith(name_words("listed_head"))):
        return noun, pos
    joined = noun + members.group().replace("、", "") + head
    return joined, last + len(whole) - len(joined)
