"""The time and commitment cue words (data/cues.csv: 去年, 今年, 力争, 预计 …) and the words that mark a heading as review or
plan (data/parts.csv), read once; the cues also as one pattern per set of kinds, for "is there one in this window"."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import read_rows, trie_pattern


_CUES: Final[dict[str, str]] = {}


def cues() -> dict[str, str]:
    """Time and commitment cue word -> cue kind (review, plan, commit, estimate …)."""
    if not _CUES:
        _CUES.update({r["word"]: r["cue"] for r in read_rows("cues.csv")})
    return _CUES


_CUE_PATTERNS: Final[dict[tuple[str, ...], re.Pattern[str]]] = {}


def cue_pattern(*kinds: str) -> re.Pattern[str]:
    """Any cue word of the given kinds, as one pattern (for "is there one in this window")."""
    pattern = _CUE_PATTERNS.get(kinds)
    if pattern is None:
        pattern = _CUE_PATTERNS[kinds] = re.compile(trie_pattern([w for w, k in cues().items() if k in kinds]) or "(?!)")
    return pattern


@cache
def part_words() -> list[tuple[str, str, int]]:
    """Words that mark a heading as review or plan, with a weight."""
    return [(r["word"], r["part"], int(r["weight"])) for r in read_rows("parts.csv")]
