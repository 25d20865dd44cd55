"""A small count each subdivision of the territory is to reach (各镇街至少有3个社区（村）实现垃圾分类, held-out set 69 中山
row 56): 各 before a town, street or township word (data/name_words.csv ``each_subdivision``: 镇街, 街道, 乡镇) opening the
figure's own clause means every one of them, so the count is per place (每个镇街…), not the city's total. extract/each_place
reads 各县 so (held-out set 68); this reads the levels below the county, only where the count follows in the same clause
after a verb phrase with no other figure, list or per word; and the county words (``each_county``: 县区, 县（市、区）) the
same way, where 各 opens the count's own clause rather than the clause before (各县（市、区）至少打造1个…; 支持各县区重点培育1—2个…:
held-out set 70 南平, 开封, fix146c)."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Final

from govreport.extract.each_place import PER_PLACE_MOST, clause_opening  # the same clause opening and small-count bound as 各县
from govreport.lexicon import name_words, unit_field

VERB_RUN_MOST: Final = 8  # the words between the place and the count: a verb phrase (至少有, 建成), not a clause


@cache
def _each() -> re.Pattern[str]:
    """An optional lead verb, 各, a subdivision word, an optional aside, then a short run of words up to the count."""
    places = "|".join(map(re.escape, sorted(name_words("each_subdivision") + name_words("each_county"), key=len, reverse=True)))
    leads = "|".join(map(re.escape, name_words("each_subdivision_lead")))
    return re.compile(f"(?:{leads})?各({places})((?:[（(][\u4e00-\u9fff、]{{1,6}}[)）])?)[\u4e00-\u9fff]{{0,{VERB_RUN_MOST}}}") if places else re.compile(r"(?!)")


def each_subdivision(name: str, scan: str, s_start: int, t_start: int, value: Decimal, unit: str) -> str:
    """``name`` put after 每个<place> when the figure's own clause opens with 各<place> (see the module's doc); ``name``
    otherwise (a large count, no count, a name already per place)."""
    if not name or name[:1] in "每各" or value > PER_PLACE_MOST or unit_field(unit, "kind") != "count":
        return name
    opened = clause_opening(scan, s_start, t_start)
    m = _each().fullmatch(scan, opened, t_start)
    if m is None or "各" in scan[m.start(1):t_start] or "每" in scan[opened:t_start]:
        return name
    return "每个" + m.group(1) + m.group(2) + name  # (每个县（市、区）: the aside says which places)
