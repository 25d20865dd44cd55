"""Ranking words (data/rank_words.csv: 位居, 排名, 跻身 …): a number just after one is a place in
a ranking (位居全省第3, 跻身全国10强), not a numbered item."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import read_rows


@cache
def rank_pattern() -> re.Pattern[str]:
    """Any ranking word (rank_words.csv: 位居, 排名, 跻身 …)."""
    words = sorted((r["word"] for r in read_rows("rank_words.csv")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@cache
def rank_firsts() -> tuple[str, frozenset[str] | None]:
    """The characters a ranking word starts with, and those its second character is one of
    (None when a word has one character): where ``rank_pattern`` can match at all, so a whole
    text is searched for a few characters, not with the pattern at every place."""
    words = [r["word"] for r in read_rows("rank_words.csv")]
    firsts = "".join(dict.fromkeys(w[0] for w in words))
    return firsts, (None if any(len(w) < 2 for w in words) else frozenset(w[1] for w in words))


RANK_LOOKBACK = 16


RANK_STOP = re.compile(r"[。！？；，,、]")
