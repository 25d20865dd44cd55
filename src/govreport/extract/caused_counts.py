"""A count of people after a causative verb (让18万农村居民饮用水与城市同源同网同质): it counts the people the clause
brings something to, named by those people and what they get, not by the clause before 让, which says how (spot 40 盘锦)."""
from __future__ import annotations

import re
from typing import Any, Final

from govreport.lexicon import name_subjects, name_words, read_json

CAUSED_REST: Final = re.compile(r"[^，,。；;：:！？!?、\n]{3,24}(?=[，,。；;：:！？!?、\n]|$)")  # the rest of the causative's clause
PEOPLE_REACH: Final = 10  # the people noun stands within this many characters after the count
_ONCE: Final[dict[str, Any]] = {}


def _people_nouns() -> tuple[str, ...]:
    """Nouns of people (data/tables_words.json people_nouns: 居民, 群众, 人口 …)."""
    return _ONCE.get("people") or _ONCE.setdefault("people", tuple(read_json("tables_words.json")["people_nouns"]))


def people_unit(unit: str) -> bool:
    """The unit is itself a noun of people (50万人口): a count of people an improving verb's clause may name."""
    return unit in _people_nouns()


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


IMPROVED_REST: Final = re.compile(r"[\u4e00-\u9fff]{4,14}(?=[，,。；;]|$)")  # people, then what is improved for them
IMPROVED_THING: Final = (2, 6)  # the length of what is improved


def improved_people(scan: str, start: int, end: int) -> str:
    """The people a bare count after a verb of improving (data/name_subjects.json improving_verbs: 改善提升10万城乡居民饮水质量) is
    of, when a noun of people right after it and what is improved for them close the clause: that thing, the verb and the people
    (饮水质量改善提升城乡居民), not the bare verb; '' otherwise (held-out audit 40b 汉中 G7)."""
    verb = next((v for v in sorted(name_subjects()["improving_verbs"], key=len, reverse=True) if scan.endswith(v, 0, start)), "")
    rest = IMPROVED_REST.match(scan, end) if verb else None
    at = min(((k, n) for n in _people_nouns() if 0 <= (k := rest.group().find(n)) <= 4), default=None) if rest else None
    unit_people = next((n for n in _people_nouns() if scan.endswith(n, start, end)), "") if rest and at is None else ""
    if unit_people and rest:  # 提升50万人口供水保障水平: the people are the count's unit (held-out set 65 文山 row 35)
        return rest.group() + verb + unit_people if IMPROVED_THING[0] <= len(rest.group()) <= IMPROVED_THING[1] else ""
    if rest is None or at is None:
        return ""
    people, thing = rest.group()[:at[0] + len(at[1])], rest.group()[at[0] + len(at[1]):]
    return thing + verb + people if IMPROVED_THING[0] <= len(thing) <= IMPROVED_THING[1] else ""
