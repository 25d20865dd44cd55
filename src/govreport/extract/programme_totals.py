"""The total of what a programme multiplies (实施省级农业龙头企业倍增计划、力争总数突破100家): the programme is named for the
things it grows, so the total after it counts those things (省级农业龙头企业总数), not the programme (held-out set 52, 肇庆 G4).
The growing words and programme ends: data/name_words.csv kinds ``programme_grow`` and ``programme_end``."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_words

_PATTERN: Final[list[re.Pattern[str]]] = []
LEAD_VERBS: Final = ("实施", "启动", "推进", "深入实施", "开展")  # the programme carried out: no part of what it counts


def programme_counted(topic: str) -> str:
    """What the programme ``topic`` grows (实施省级农业龙头企业倍增计划 -> 省级农业龙头企业); ``topic`` when it names no such
    programme, or what is left is shorter than two characters."""
    if not _PATTERN:
        grows = "|".join(map(re.escape, name_words("programme_grow")))
        ends = "|".join(map(re.escape, name_words("programme_end")))
        _PATTERN.append(re.compile(f"(.{{2,}}?)(?:{grows})(?:{ends})"))
    for verb in sorted(LEAD_VERBS, key=len, reverse=True):
        if topic.startswith(verb):
            topic_free = topic[len(verb):]
            break
    else:
        topic_free = topic
    m = _PATTERN[0].fullmatch(topic_free)
    return m.group(1) if m else topic
