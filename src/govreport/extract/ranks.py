"""Ranking words (data/rank_words.csv: 位居, 排名, 跻身 …): a number just after one is a place in
a ranking (位居全省第3, 跻身全国10强), not a numbered item."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import read_rows

SCOPES: Final = "全国|全省|全市|全区|全州|全县"  # the whole a place in a ranking is counted in (全省前3, 退出全国后50位)
BOTTOM_LEFT: Final = re.compile(r"退出(?:" + SCOPES + r")?后$")  # 退出全省后10位: out of the last places


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


ENTRANTS_STOP = re.compile(r"[。！？；，,]")


@cache
def _entrants() -> tuple[str, ...]:
    return tuple(r["word"] for r in read_rows("rank_entrants.csv"))


# a count of the things that enter (3家以上园区, 10家企业, 两家医院: not 一个, a lone place): they, not the report's place, are ranked
COUNTED_ENTRANTS = re.compile(r"(?:\d+|[两二三四五六七八九十百][一二两三四五六七八九十百]*)(?:家|个|所|座|户)(?:以上|左右)?[\u4e00-\u9fff]")


# a 、 list of named entrants with no figure among them (邳州、沛县、新沂开发区进入全省30强): several things enter the class
NAMED_ENTRANTS = re.compile(r"^[^\d、]{2,}(?:、[^\d、]{2,})+$")


def class_entered_by_many(scan: str, rank_word_at: int) -> bool:
    """更多…进入全国镇域500强: the clause before the ranking word says many things are to enter a
    ranked class (rank_entrants.csv: 更多, 一批 …), or counts them (力争3家以上园区跻身全省30强, audit 39
    CZ24#37), so the N of N强 names the class, not a place the report's own place is to reach
    (跻身全国90强 stays a rank); so does a 、 list of named entrants with no figure (邳州、沛县、新沂开发区进入全省30强,
    audit 40b Xuzhou; 快递业务量突破8亿件、跻身全国城市50强 is one thing's rank) and a class in Chinese numerals
    (4家专科医院进入同类十强: a label, roles.meta_or_label)."""
    lo = max(0, rank_word_at - 40)
    for stop in ENTRANTS_STOP.finditer(scan, lo, rank_word_at):
        lo = stop.end()
    stretch = scan[lo:rank_word_at]
    return (any(w in stretch for w in _entrants()) or COUNTED_ENTRANTS.search(scan, lo, rank_word_at) is not None
            or NAMED_ENTRANTS.match(stretch[stretch.rfind("\n") + 1:].strip()) is not None)
