"""A count of people after a causative verb (让18万农村居民饮用水与城市同源同网同质): it counts the people the clause
brings something to, named by those people and what they get, not by the clause before 让, which says how (spot 40 盘锦)."""
from __future__ import annotations

import re
from typing import Any, Final

from govreport.lexicon import name_words, read_json

CAUSED_REST: Final = re.compile(r"[^，,。；;：:！？!?、\n]{3,24}(?=[，,。；;：:！？!?、\n]|$)")  # the rest of the causative's clause
PEOPLE_REACH: Final = 10  # the people noun stands within this many characters after the count
_ONCE: Final[dict[str, Any]] = {}


def _people_nouns() -> tuple[str, ...]:
    """Nouns of people (data/tables_words.json people_nouns: 居民, 群众, 人口 …)."""
    return _ONCE.get("people") or _ONCE.setdefault("people", tuple(read_json("tables_words.json")["people_nouns"]))


def caused_people(scan: str, start: int, end: int) -> str:
    """The people a count after 让/使/令 (data/name_words.csv kind causative) is of and what the clause brings them, to
    the clause's end (让13.7万单村供水农村群众喝上放心水 -> 单村供水农村群众喝上放心水), when a noun of people follows the
    count with no digit between; '' otherwise (出让 is no causative: kind not_causative)."""
    if start < 1 or scan[start - 1] not in name_words("causative") or scan[start - 2:start] in name_words("not_causative"):
        return ""
    rest = CAUSED_REST.match(scan, end)
    if rest is None or any(c.isdigit() for c in rest.group()):
        return ""
    near = rest.group()[:PEOPLE_REACH]
    return rest.group().replace("“", "").replace("”", "") if any(n in near for n in _people_nouns()) else ""
