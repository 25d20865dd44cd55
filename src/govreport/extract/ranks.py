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


RANK_LOOKBACK = 16


RANK_STOP = re.compile(r"[。！？；，,、]")


def rank_of(scan: str, start: int, end: int, unit: str, multiplier: str) -> str | None:
    """A place in a ranking: '' for an exact place (位居全省第3位, 排名第5), ``at_most`` for a
    band (跻身全国10强, 进入前10); None when the figure is no rank (第3届 and 第一批 are names)."""
    before = scan[max(0, start - 1):start]
    after = scan[end:end + 1]
    if unit not in ("", "位", "名") or multiplier:
        return None
    if before == "第":
        band = ""
    elif after == "强" or before == "前":
        band = "at_most"
    else:
        return None
    lo = max(0, start - RANK_LOOKBACK)
    stop = None
    for stop in RANK_STOP.finditer(scan, lo, start):
        pass
    lo = stop.end() if stop else lo
    return band if rank_pattern().search(scan, lo, start) else None
