"""The qualifier of a figure (以上, 左右, 不低于, 超, 约 …): read from the words right before and
after it, where the gold conventions put them (tests/fixtures/gold/README.md). Apart from the row
loop of quantities.py because it looks at characters only, never at the sentence's state."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.predicates import after_firsts
from govreport.extract.scanner import Token
from govreport.lexicon import qualifier_pattern, qualifier_words, qualifiers, read_rows

__all__ = ["qualifier_of"]

_BEFORE: Final[list[tuple[re.Pattern[str], int, frozenset[str]]]] = []  # made once: a Final list, not functools.cache: a direct call for every figure (lexicon.units)


def _before_pattern() -> tuple[re.Pattern[str], int, frozenset[str]]:
    """A qualifier word ending the text before a figure (longest first), the longest's length,
    and the characters such a word or a link (达到, 至) can end with: any other character right
    before a figure means no qualifier before it."""
    if not _BEFORE:
        before = qualifier_words("before")
        last_chars = frozenset(w[-1] for w in before) | frozenset("达到了至")
        # 新签约60个: a word that ends in a qualifier's characters (签约, 节约: data/qualifier_vetoes.csv) is no cue (audit 32)
        vetoes = [r["word"] for r in read_rows("qualifier_vetoes.csv")]
        pieces = ["".join(f"(?<!{re.escape(v[:-len(w)])})" for v in vetoes if v.endswith(w) and len(v) > len(w)) + re.escape(w)
                  for w in before]
        _BEFORE.append((re.compile("(?:" + "|".join(pieces) + ")$"), len(before[0]), last_chars))
    return _BEFORE[0]


LINK_BEFORE_FIGURE: Final = re.compile(r"(达到|达|到|了|至)$")
NEAR_WORDS: Final = ("近", "将近", "接近")

# a rate's base between a qualifier and the figure (超每千人6.6批次, 不低于每万人3张): audit 19, G26#78
PER_BEFORE: Final = re.compile(r"每(?:[十百千万]|十万|百万)?(?:人|户|平方公里)(?:每年|每月)?$")
PER_LAST: Final = frozenset("人户里年月")
BRACKETED_COUNTER: Final = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[）)]")


def qualifier_of(scan: str, t: Token, clause_lo: int) -> str:
    """more_than / at_least / at_most / about / '' from 余/多, words before and words after."""
    q = qualifiers()
    if t.approx:
        return q["inside"].get(t.approx, "more_than")
    before_word, longest, last_chars = _before_pattern()
    # a word after (以上, 左右) only where one can start: most figures have none, and the test is cheaper than the pattern
    # (the character after, sliced once: a str.startswith with an offset is a generic method call when compiled)
    after = scan[t.end:t.end + 1]
    m = qualifier_pattern("after").match(scan, t.end, t.end + 3) if after in after_firsts() else None
    if m is None and after in after_firsts() and scan[t.end + 1:t.end + 2].isspace():
        # 6%左⏎右, 1100亿元以⏎上: a PDF copy's line break (a space in the scan) inside the word
        m = qualifier_pattern("after").match("".join(scan[t.end:t.end + 6].split()))
    if m is None and after == " ":  # 4% 以内: a space (or a PDF copy's line break)
        m = qualifier_pattern("after").match(scan, t.end + 1, t.end + 4)
    if m is None and after in ("（", "(") and (counter := BRACKETED_COUNTER.match(scan, t.end)):
        m = qualifier_pattern("after").match(scan, counter.end(), counter.end() + 3)  # 1万台（套）以上: a counter's variant
    if m is None and after in (":", "：") and scan[t.end + 1:t.end + 2] == "1" and not scan[t.end + 2:t.end + 3].isdigit():
        m = qualifier_pattern("after").match(scan, t.end + 2, t.end + 5)  # 之比达到2.1:1以上: after the ratio's 1
    if m is None and after == "/":
        m = _after_per_unit(scan, t.end)  # 3.8元/立方米左右: after a per-unit the unit did not take
    if m:
        return q["after"][m.group()]
    start = t.start
    if start and scan[start - 1] in PER_LAST and (per := PER_BEFORE.search(scan, max(clause_lo, start - 7), start)):
        start = per.start()  # 超每千人6.6批次: the qualifier stands before the rate's base
    if start == 0 or scan[start - 1] not in last_chars:
        return ""
    before = LINK_BEFORE_FIGURE.sub("", scan[max(clause_lo, start - 4):start])
    m = before_word.search(before, max(0, len(before) - longest))
    if m is None:
        return ""
    if m.group() in NEAR_WORDS and after == "年":  # 近3年 = the last three years
        for word in qualifier_words("before"):
            if before.endswith(word) and word not in NEAR_WORDS:
                return q["before"][word]
        return ""
    return q["before"][m.group()]


def _after_per_unit(scan: str, end: int) -> re.Match[str] | None:
    """The qualifier after a per-unit of one to three characters left out of the figure's unit (下调至3.8元/立方米左右,
    260元/吨左右: audit 37 YI24#18, #19), None when there is none."""
    for n in range(1, 4):
        ch = scan[end + n:end + n + 1]
        if not "\u4e00" <= ch <= "\u9fff":
            return None
        m = qualifier_pattern("after").match(scan, end + n + 1, end + n + 4)
        if m is not None:
            return m
    return None
