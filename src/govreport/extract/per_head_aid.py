"""An amount per person given as aid (audit 28): “两癌”患病妇女给予每人1万元救助 — the noun after the amount
(data/aid_words.csv: 救助, 补助, 补贴 …) is what the amount is, per person, of the people given it:
两癌患病妇女每人救助, not 每人两癌患病妇女给予."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import read_rows, unit_field

GIVEN: Final = re.compile(r"(每(?:人|户|名|生))(?:对|为|向)?(?:符合条件的)?(.{2,20}?)(?:给予|发放)")


@cache
def _aid_words() -> tuple[str, ...]:
    return tuple(sorted((r["word"] for r in read_rows("aid_words.csv")), key=len, reverse=True))


def per_head_aid(name: str, after: str, unit: str) -> str:
    """``name`` rewritten when it is 每人 + the people + 给予/发放 and ``after`` (the text after the amount) opens with an aid
    word; else ``name``."""
    m = GIVEN.fullmatch(name)
    if m is None or unit_field(unit, "kind") != "money":
        return name
    aid = next((w for w in _aid_words() if after.lstrip("的").startswith(w)), "")
    return m.group(2) + m.group(1) + aid if aid else name
