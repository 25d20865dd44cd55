"""Parts of a year a figure may be for: 1-5月, 上半年, 前三季度, 一季度 (data/periods.csv), found
in one pass over the text so a sentence without any costs a bisection, not a search.
"""
from __future__ import annotations

from bisect import bisect_left  # (a name, not bisect.bisect_left: compiled, no attribute look-up on the module per call)
import re
from typing import Final
from collections.abc import Iterator
from functools import cache, lru_cache

from govreport.lexicon import read_rows
from govreport.report.chars import char_positions


MONTH_LINKS = "-—–~～至到"  # what joins the months of a range (MONTH_TAIL opens with one)
MONTH_RANGE_LINKS: Final = frozenset(MONTH_LINKS)


@cache
def _periods() -> dict[str, str]:
    """Period word -> part (a part of a year: 上半年, 前三季度 …) or whole (全年, 年末), periods.csv."""
    return {r["period"]: r["kind"] for r in read_rows("periods.csv")}


@cache
def _period_words(*kinds: str) -> re.Pattern[str]:
    words = sorted((w for w, k in _periods().items() if k in kinds), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


# a month range found from its rarer tail (-5月, 至6月), then checked for its head (1-5月): two
# quick passes instead of one pattern that would be tried at every digit of the text
MONTH_TAIL: Final = re.compile(r"[-—–~～至到]\s*(?:1[0-2]|0?[1-9])\s*月(?!\d)")


_MONTH_HEAD = re.compile(r"(?<![\d.])(?:1[0-2]|0?[1-9])\s*$")


_FIRST_MONTHS = re.compile(r"前(?:[1-9]|1[01]|[一二三四五六七八九十]{1,2})个月")  # 前5个月 (提前5个月: a duration)
_UNTIL_MONTH_END = re.compile(r"截[至止](?:\d{4}年)?(?:1[01]|[1-9])月(?:底|末)")  # 截至9月底: a stock at that date
SENTENCE_ENDS: Final = "。！？；;\n"
SCOPE_REACH: Final = 400  # characters looked back for the sentence before, before the whole text is
FROM: Final = ("从", "由")  # a period right after these opens a from–to path (从上半年5.5%降到5.3%)
TO: Final = re.compile(r"[到至]")  # … whose end the figure after this is
CLAUSE_ENDS: Final = "，,；;。：:"  # what a clause opening with a whole-year word (data/periods.csv kind whole_clause) follows
DENOMINATOR: Final = ("目标", "任务", "计划", "预算")  # 占全年目标任务的52.7%: the year's goal, not a whole-year figure


def period_marks_in(scan: str, start: int, end: int, kinds: tuple[str, ...] = ("part",)) -> list[tuple[int, str]]:
    """(offset, period) of each period named in ``scan[start:end]``, in text order. A long stretch
    (the whole text, once per report) is searched from a few characters found with plain searches
    (report/chars.py), a sentence with the patterns: the same marks either way."""
    tails: Iterator[re.Match[str]]
    if end - start > LONG_STRETCH:
        marks = _word_marks(scan, start, end, kinds)
        tails = (m for pos in char_positions(scan, MONTH_LINKS, start, end) if (m := MONTH_TAIL.match(scan, pos, end)))
    else:
        marks = [(m.start(), m.group()) for m in _period_words(*kinds).finditer(scan, start, end)]
        tails = MONTH_TAIL.finditer(scan, start, end)
    marks += [(m.start(), m.group()) for m in _FIRST_MONTHS.finditer(scan, start, end)
              if scan[m.start() - 1:m.start()] != "提"]
    marks += [(m.start(), m.group()) for m in _UNTIL_MONTH_END.finditer(scan, start, end)]
    last = start
    for m in tails:
        if m.start() < last:
            continue  # (finditer goes on after a match: two tails never overlap)
        last = m.end()
        head = _MONTH_HEAD.search(scan, max(start, m.start() - 3), m.start())
        if head:
            marks.append((head.start(), re.sub(r"\s+", "", scan[head.start():m.end()])))
    return sorted(marks)


LONG_STRETCH = 2000  # characters from which plain searches for a few characters beat a pattern's


def _word_marks(scan: str, start: int, end: int, kinds: tuple[str, ...]) -> list[tuple[int, str]]:
    """What ``_period_words(*kinds).finditer`` finds in ``scan[start:end]``, from the characters of
    ``_anchors``: each word is looked for around each of them, and the longest word at the leftmost
    place wins as in the pattern (its words are longest first), the next search after it."""
    anchors, holding = _anchors(kinds)
    found = sorted((pos - offset, order, word) for pos in char_positions(scan, anchors, start, end)
                   for offset, order, word in holding[scan[pos]]
                   if pos - offset >= start and pos - offset + len(word) <= end and scan.startswith(word, pos - offset))
    marks: list[tuple[int, str]] = []
    last = start
    for at, _, word in found:
        if at >= last:
            marks.append((at, word))
            last = at + len(word)
    return marks


@cache
def _anchors(kinds: tuple[str, ...]) -> tuple[str, dict[str, list[tuple[int, int, str]]]]:
    """Characters such that every period word of ``kinds`` holds one (chosen greedily, rarer in
    ordinary text first: data/periods.csv words share 季, 半, 月), and for each, the words holding it:
    (its first offset in the word, the word's place in the pattern, the word)."""
    words = sorted((w for w, k in _periods().items() if k in kinds), key=len, reverse=True)
    left, chosen = set(words), ""
    while left:
        counts: dict[str, int] = {}
        for w in left:
            for ch in set(w):
                counts[ch] = counts.get(ch, 0) + 1
        best = max(counts, key=lambda ch: (counts[ch], ch in PERIOD_CHARS, ch))
        chosen += best
        left = {w for w in left if best not in w}
    holding: dict[str, list[tuple[int, int, str]]] = {ch: [] for ch in chosen}
    for order, w in enumerate(words):
        for ch in chosen:
            if ch in w:
                holding[ch].append((w.index(ch), order, w))
    return chosen, holding


PERIOD_CHARS = frozenset("季半月")  # characters of periods that ordinary prose seldom uses: anchors first


_LAST_SCAN: Final[list[str]] = []  # the text asked about last and its starts: every sentence asks (a look-up
_LAST_STARTS: Final[list[list[int]]] = []  # by identity here, not a call through the cache's wrapper)


def period_starts(scan: str) -> list[int]:
    """Where the text names a part of a year (1-5月, 上半年 …): one pass over the whole text, so
    that a sentence without any (almost all) costs a bisection, not a search."""
    if _LAST_SCAN and _LAST_SCAN[0] is scan:
        return _LAST_STARTS[0]
    starts = _period_starts(scan)
    _LAST_SCAN.clear()
    _LAST_SCAN.append(scan)
    _LAST_STARTS.clear()
    _LAST_STARTS.append(starts)
    return starts


@lru_cache(maxsize=4)
def _period_starts(scan: str) -> list[int]:
    return [pos for pos, _ in period_marks_in(scan, 0, len(scan))]


def period_scope(scan: str, sentence_start: int) -> int:
    """Where the figures' period may be named: back over sentences joined by ；, to the start
    of the full sentence (1-6月，A增长5.9%；B增长8.6%: B is for 1-6月 too)."""
    lo = sentence_start
    while lo > 0 and scan[lo - 1] in "；;" and sentence_start - lo < 300:
        # the end of the sentence before, looked for near first (not back over the whole text,
        # whose rare ！？ would be searched for to its start from every sentence of a long text)
        near = max(0, lo - 1 - SCOPE_REACH)
        prev = max(scan.rfind(c, near, lo - 1) for c in SENTENCE_ENDS)
        if prev < 0 < near:
            prev = max(scan.rfind(c, 0, near + 1) for c in SENTENCE_ENDS)
        lo = prev + 1
    return lo


def names_period(scan: str, start: int, end: int) -> bool:
    """``scan[start:end]`` names a part of a year (so its figures need ``period_of``)."""
    starts = period_starts(scan)
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def period_of(scan: str, sentence_start: int, pos: int) -> str:
    """The part of a year the figure at ``pos`` is for: the last period named before it in its
    sentence (2024年1-5月，…增长6.5%: ``1-5月``), unless the whole year is named after it
    (…前三季度增长5.5%，全年增长5.7%); '' for a whole year."""
    found = ""
    for at, word in period_marks_in(scan, sentence_start, pos, ("part", "whole", "whole_clause")):
        if scan[at - 1:at] in FROM and TO.search(scan, at + len(word), pos):
            continue  # 年末…从上半年5.5%降到5.3%: the part is the path's start only, not its end
        kind = _periods().get(word, "part")
        if kind == "whole_clause" and not (at == sentence_start or scan[at - 1:at] in CLAUSE_ENDS):
            continue  # 年度 names the year only opening a clause (…，年度完成投资500亿元), not in 2022年度, 上年度
        if kind == "part":
            found = word
        elif not scan.startswith(DENOMINATOR, at + len(word)):
            found = ""
    return found


def last_month(period: str) -> int:
    """The month a period written with months ends in: 1-5月 → 5, 前五个月 → 5."""
    from govreport.extract.numerals import parse_chinese

    number = re.findall(r"\d+|[一二三四五六七八九十]+", period)[-1]
    return int(number) if number.isdigit() else int(parse_chinese(number))


@cache
def period_end_months() -> dict[str, int]:
    return {r["period"]: int(r["end_month"]) for r in read_rows("periods.csv")}
