"""Kind words that set no measure apart (spot 38 阜新 rows 16 and 55).

A kind read before the common head of two names (``likeness.Likeness.kind``) usually sets two measures apart (省级 and
国家级, 产业 and 科技). Some kinds do not: 文化惠民演出 and 公益惠民演出 are the same free performances (文化 and 公益 say what
every such performance is), and 农业单产提升工程 and 玉米、大豆单产提升工程 are the same yield programme, named once by its field
and once by the crops it covers. ``tables_words.json:plain_kinds`` lists, for a family key or a programme's head, the words
that name no kind of their own: two kinds made only of them (or none) are one kind. Two kinds that each name only particular
crops (``parts``: 玉米 and 大豆) still name two things.
"""
from __future__ import annotations

from typing import Any

from govreport.tables.figures import words

JOINS = "、和及与"


def _words_of(kind: str, vocabulary: list[str]) -> frozenset[str] | None:
    """The vocabulary's words the kind is made of, or None where the kind holds any other word."""
    found: set[str] = set()
    rest = kind
    for w in sorted(vocabulary, key=len, reverse=True):
        if w in rest:
            found.add(w)
            rest = rest.replace(w, "")
    return frozenset(found) if not rest.strip(JOINS) else None


def plain_kinds_agree(mine: str, theirs: str, key: str, head: str) -> bool:
    """The two kinds (either may be '') are made only of words that name no kind for the key or head (see the module's doc)."""
    entries: list[dict[str, Any]] = words()["plain_kinds"]
    for entry in entries:
        if not (key and key in entry["keys"] or head and head.endswith(tuple(entry["heads"]))):
            continue
        vocabulary: list[str] = entry["whole"] + entry["parts"]
        one, other = _words_of(mine, vocabulary), _words_of(theirs, vocabulary)
        if one is None or other is None:
            return False
        parts = frozenset(entry["parts"])
        return not (one and other and one <= parts and other <= parts and one != other)  # (玉米 and 大豆: two crops)
    return False
