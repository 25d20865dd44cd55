"""A zone's goal in a zone's paragraph (audit 42, CZ64): under a run-in heading naming a development zone (提升开发区发展能级。…
加大开发区项目集聚和产出考核力度，…，规上工业增加值增长15%以上) an industrial measure the sentence gives bare, after naming the
zone, is the zone's (开发区规上工业增加值增长), not the city's. Word lists: data/name_subjects.json (``zones``, ``zone_measures``)."""
from __future__ import annotations

from functools import cache
from typing import Final

from govreport.lexicon import name_subjects

PARAGRAPH_REACH: Final = 600  # how far back a paragraph's start is looked for (no search to the text's start)
HEADING_REACH: Final = 16  # a run-in heading is short: its 。 within these characters of the paragraph's start


@cache
def _words(key: str) -> tuple[str, ...]:
    return tuple(sorted(name_subjects()[key], key=len, reverse=True))


def zone_scoped(scan: str, sentence_start: int, figure_start: int, base: str) -> str:
    """``base`` with the zone before it when ``base`` opens with an industrial measure (``zone_measures``), names no zone, and
    both the figure's sentence before it and its paragraph's run-in heading name that zone; else ``base``."""
    if not base.startswith(_words("zone_measures")) or any(z in base for z in _words("zones")):
        return base
    zone = next((z for z in _words("zones") if scan.find(z, sentence_start, figure_start) >= 0), "")
    if not zone:
        return base
    start = scan.rfind("\n", max(0, sentence_start - PARAGRAPH_REACH), sentence_start) + 1
    if start == 0 and sentence_start > PARAGRAPH_REACH:
        return base
    end = scan.find("。", start, start + HEADING_REACH)
    return zone + base if end > start and zone in scan[start:end] and end < sentence_start else base
