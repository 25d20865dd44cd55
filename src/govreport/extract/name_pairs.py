"""A word that contracts two measures, before 分别 and two figures (audit 10: 金融机构本外币存贷款余额分别达到
2.76万亿元、2.86万亿元 states the deposits, then the loans): each figure is named for its own measure
(…存款余额, then …贷款余额), the pair's parts in the order data/tables_words.json ``contracted_pairs``
gives them (the file the targets' 均 rule reads too: one list in one file).
"""
from __future__ import annotations

from functools import cache

from govreport.lexicon import read_json

DISTRIBUTIVE = ("分别", "依次")
LIST_MARKS = frozenset("、和及与，,；;")
CLAUSE_MARKS = "，,；;：:"


@cache
def _pairs() -> dict[str, list[str]]:
    return read_json("tables_words.json")["contracted_pairs"]


def pair_word(name: str) -> str:
    """The contracting word a name holds ('' for none: one substring test per pair)."""
    return next((p for p in _pairs() if p in name), "")


def pair_subject(scan: str, start: int, figure_start: int, pair: str) -> int:
    """Where ``pair`` stands as the whole subject of a 分别 list before a figure (no list mark between it
    and 分别, nor in its clause before it), -1 otherwise."""
    at = scan.rfind(pair, start, figure_start)
    if at < 0:
        return -1
    each = min((k for k in (scan.find(d, at, figure_start) for d in DISTRIBUTIVE) if k >= 0), default=-1)
    if each < 0 or any(c in LIST_MARKS for c in scan[at + len(pair):each]):
        return -1
    begin = max(max(scan.rfind(c, start, at) for c in CLAUSE_MARKS), start - 1)  # 对东盟、欧盟进出口分别…: the pair is one
    return -1 if any(c in LIST_MARKS for c in scan[begin + 1:at]) else at  # member's words, not the subject


def pair_part(name: str, pair: str, k: int) -> str:
    """``name`` with ``pair`` replaced by its ``k``-th part ('' when the pair has no such part)."""
    parts = _pairs()[pair]
    return name.replace(pair, parts[k], 1) if k < len(parts) else ""
