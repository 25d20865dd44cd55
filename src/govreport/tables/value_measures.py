"""Two measures of an industry's output that are not one another (spot audit 34).

增加值 (value added) and 总产值/产值 (gross output) of one industry are two measures: 航空装备制造产业增加值增长15%
is not measured by the review's 航空装备制造产业总产值增长16.2%, though their words are alike. The groups are data
(``tables_words.json:value_measures``); 产值 and 总产值 stay one measure.
"""
from __future__ import annotations

from govreport.tables.figures import words


def _group(name: str) -> int:
    """The index of the group whose word the name holds (the first group's word found first), -1 if none."""
    for i, group in enumerate(words()["value_measures"]):
        if any(w in name for w in group):
            return i
    return -1


def value_measures_apart(name: str, other: str) -> bool:
    """Each name holds a word of a different group of output measures (增加值 and 总产值)."""
    mine, theirs = _group(name), _group(other)
    return mine >= 0 and theirs >= 0 and mine != theirs


def trade_apart(name: str, other: str) -> bool:
    """One name holds a word of a market's trade (``trade_measures``: 交易量, 成交额) and the other none: the trade in a thing
    is another measure than the thing kept or produced (肉牛量 and 柳河肉牛交易市场年交易量, spot audit 57)."""
    trade = words()["trade_measures"]
    return any(w in name for w in trade) != any(w in other for w in trade)
