"""Figures whose unit is written in a form data/units.csv does not hold: a short or spelled-out unit (43微克 after 浓度,
34.9微克每立方米), 个百分点 said short after a change verb (提高2个点), and the digits of a pollutant code (PM2.5年均),
which name a pollutant and take no unit; and a count whose people noun closes the words after it (27.21万农村人口: 人).
Read after the scanner, before ranges and lists are joined, so a list's members
share what is found here (held-out set 81 安庆 G2/G3, fix161c; the words: data/written_units.json)."""
from __future__ import annotations

import re
from functools import cache
from sys import intern
from typing import Any, Final

from govreport.extract.scanner import Token
from govreport.lexicon import read_json

CLAUSE_MARK: Final = re.compile(r"[，。；：,;:！？\n]")


@cache
def _words() -> dict[str, Any]:
    return dict(read_json("written_units.json"))


def _clause_before(scan: str, start: int) -> str:
    """The text of the figure's clause before it (from the last clause mark)."""
    lo = max(0, start - 40)
    piece = scan[lo:start]
    cut = max((m.end() for m in CLAUSE_MARK.finditer(piece)), default=0)
    return piece[cut:]


def _after_pollutant_code(scan: str, t: Token) -> bool:
    """The figure's digits follow a pollutant code (PM2.5, PM_2.5) that no other Latin letter opens: part of a name."""
    for code in _words()["pollutant_codes"]:
        lo = t.start - len(code)
        if lo >= 0 and scan.startswith(code, lo) and not (lo > 0 and scan[lo - 1].isascii() and scan[lo - 1].isalpha()):
            return True
    return False


def _spoken_points(scan: str, t: Token) -> bool:
    """2个点 right after a change verb (提高2个点左右): 个百分点 said short."""
    w = _words()["spoken_points"]
    if t.unit != w["counter"] or t.multiplier or not scan.startswith(w["tail"], t.end):
        return False
    before = _clause_before(scan, t.start)
    for tail in w["change_verb_tails"]:
        before = before.removesuffix(tail)
    return before.endswith(tuple(w["change_verbs"]))


def _respelled(scan: str, t: Token) -> tuple[str, str] | None:
    """(written form, unit) of a unit written right after a figure with none, where its clause word stands."""
    if t.unit or t.chinese or t.implicit or t.multiplier:
        return None
    for row in _words()["respelled"]:
        if scan.startswith(row["written"], t.end) and (not row["clause_word"] or row["clause_word"] in _clause_before(scan, t.start)):
            return str(row["written"]), str(row["unit"])
    return None


@cache
def _people_after() -> tuple[re.Pattern[str], frozenset[str], str]:
    """The words and people noun after a count (农村人口), the multipliers it may have, and the unit it is read in."""
    w = _words()["people_after"]
    nouns = "|".join(re.escape(n) for n in sorted(w["nouns"], key=len, reverse=True))
    tails = "|".join(re.escape(t) for t in w["class_tails"])
    words = rf"(?!{tails})[\u4e00-\u9fff]{{1,{int(w['max_words'])}}}?"
    return re.compile(rf"{words}(?:{nouns})(?!{tails})"), frozenset(w["multipliers"]), str(w["unit"])


def _people_named_after(scan: str, t: Token) -> str:
    """The unit 人 for a unit-less count in digits, whole or in 万/亿, that a few words and a people noun follow (解决27.21万
    农村人口饮水安全问题): the people counted, their noun written after the words that say which; '' otherwise."""
    pattern, mults, unit = _people_after()
    if t.unit or t.chinese or t.implicit or (t.multiplier not in mults if t.multiplier else not t.number_text.isdigit()):
        return ""
    return unit if pattern.match(scan, t.end) else ""


def people_noun_follows(after: str) -> bool:
    """Whether a few words and a people noun open ``after``, the text after a count (农村人口饮水…): its people."""
    return _people_after()[0].match(after) is not None


def read_written_units(scan: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with the units of this module read (in place): a pollutant code's digits lose a unit, 个点 after a
    change verb becomes 个百分点, a respelled unit is read in the unit it names, and a count of people named after it in 人."""
    for t in tokens:
        if t.chinese or t.implicit:
            continue
        if t.unit and _after_pollutant_code(scan, t) and t.start + len(t.number_text) < t.end:
            t.end, t.unit, t.approx = t.start + len(t.number_text), "", ""  # PM2.5年均: 2.5 names the pollutant, no 年
        elif _spoken_points(scan, t):
            t.end, t.unit = t.end + len(_words()["spoken_points"]["tail"]), intern(_words()["spoken_points"]["unit"])
        elif (found := _respelled(scan, t)) is not None:
            t.end, t.unit = t.end + len(found[0]), intern(found[1])
        elif people := _people_named_after(scan, t):
            t.unit = intern(people)  # 27.21万农村人口: the span stays the number as written
    return tokens
