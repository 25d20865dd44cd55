"""Places of the report's own territory right before a 各 that a bracket cut off from it (区（县）各打造1条以上乡村风貌提升带
（片）: held-out audit 90 汕头 2021): each place is to bring the counted things into being, a per-place goal as 每个镇…完成1个以上
is, not each of a list of firms or groups to have them (…旅投集团、各打造1—2个优势板块: ``procedure._each_unit``). The
bracket ends the figure's segment, so its clause opens with 各 as a per-unit clause does; the words before the bracket say
which. Only when those words, from the last clause mark or 、, are places alone (name_words.csv ``placed_each``, maybe
after 各/每个): a name ending in 区 (示范区) or a firm is no place of the territory. Words: data/name_words.csv kind placed_each."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import name_words
from govreport.tables.figures import Figure

OPENS = "（("
CLOSES = "）)"
SEGMENT = re.compile(r"[，,；;。：:、]")
PLACE_LEADS = r"(?:各|每个|每)?"  # 各县区（开发区）各…, 每个镇（街道）各…: the places themselves, each


@cache
def _places() -> re.Pattern[str]:
    """One or more place words of the territory written together (区, 县区, 乡镇), each of them a unit of it."""
    own = "|".join(map(re.escape, name_words("placed_each")))  # (longest first)
    return re.compile(f"{PLACE_LEADS}(?:{own})+")


def placed_each(fig: Figure) -> bool:
    """Whether the figure's segment opens with 各 right after a bracket whose words before are places alone (区（县）各打造:
    the places' own goal, which adds up to the territory's)."""
    clause = fig.clause_before
    if clause[:1] != "各":
        return False
    head = fig.before[:len(fig.before) - len(clause)]
    if head[-1:] not in CLOSES:
        return False
    opened = max(head.rfind(c) for c in OPENS)
    if opened < 1:
        return False
    place = SEGMENT.split(head[:opened])[-1]
    return _places().fullmatch(place) is not None
