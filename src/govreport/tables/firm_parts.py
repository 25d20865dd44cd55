"""A review figure of one firm is no baseline of the whole (audit 10: 比亚迪新能源汽车生产突破24万辆 is one firm's
output, not the city's 新能源汽车产量达到40万辆).

The candidate's name opens with words of its own before the run it shares with the target (比亚迪 before
新能源汽车), and the target's sentence lists those words among examples of firms (推动比亚迪、吉利等龙头车企…:
a 、 list closed by 等 and a noun ending in a firm word, data/tables_words.json ``firm_words``): the candidate
measures that firm, a part of what the target measures.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from govreport.tables.figures import Figure, words
from govreport.tables.likeness import common_head

MIN_SHARED = 4  # the shared run names a thing (新能源汽车), not a measure word (产量)


@cache
def _firms_listed() -> re.Pattern[str]:
    firms = "|".join(map(re.escape, sorted(words()["firm_words"], key=len, reverse=True)))
    return re.compile(r"((?:[\u4e00-\u9fff“”]{2,8}、)+[\u4e00-\u9fff“”]{2,8})等[\u4e00-\u9fff]{0,6}?(?:" + firms + ")")


@lru_cache(maxsize=4096)
def _listed_firms(sentence: str) -> frozenset[str]:
    """The names a sentence lists among examples of firms (推动比亚迪、吉利等龙头车企: 推动比亚迪, 吉利)."""
    if "等" not in sentence or "、" not in sentence:  # most sentences list no examples: two substring tests
        return frozenset()
    return frozenset(m for found in _firms_listed().finditer(sentence) for m in found.group(1).split("、"))


def one_firms(target: Figure, candidate: Figure) -> str:
    """The firm the candidate's name opens with, when the target's sentence lists it among firms ('' if not)."""
    firms = _listed_firms(target.sentence)
    if not firms:
        return ""
    shared = common_head(target.indicator, candidate.indicator)
    if len(shared) < MIN_SHARED:
        return ""
    own = candidate.indicator[:candidate.indicator.find(shared)]
    listed = len(own) >= 2 and any(m.endswith(own) for m in firms)  # (推动比亚迪: the first member keeps its verb)
    return own if listed and own not in target.indicator else ""
