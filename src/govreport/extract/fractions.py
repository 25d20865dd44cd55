"""Fractions written with a slash read as shares (audit 38 JC24#61–63, HC #37).

全市2/3的村集体经济收入达到30万元、1/2的村达到50万元、近1/3的村达到100万元; 覆盖2／3以上行政村; 占全省1/4: a
fraction N/M in Arabic digits (the full-width slash folded to ASCII by the scan copy) is a share, the same measure as
a share in % (75％的村), so it is read as one figure in %, N/M × 100 to one decimal (2/3 → 66.7 %, 1/2 → 50 %), its
text N/M. Without this the two numbers were two labels and the share no figure at all. Only a proper fraction
with a denominator of 2 to 10 (1/4, 2/3, 1/10) whose two numbers stand alone (no decimal, multiplier, unit or
another slash around them): 2024/1/2 (a date), 12/20 or 0.6人/百亿元 are left as they are.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Final

from govreport.extract.scanner import Token
from govreport.report.chars import char_positions

SLASH: Final = "/"
LARGEST_DENOMINATOR: Final = 10
NOT_AROUND: Final = "0123456789./"  # a character next to the fraction that makes it part of another number (a date, a rate)
ONE_DECIMAL: Final = Decimal("0.1")
PERCENT: Final = "%"


def _bare(t: Token) -> bool:
    """A whole number as written, with no unit, multiplier or 余/多 (2, not 2万 or 2.5)."""
    return not t.unit and not t.multiplier and not t.approx and not t.chinese and t.number_text.isdigit()


def as_shares(scan: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with every N/M (two bare numbers around a slash, 1 <= N < M <= 10) made one share in %
    (see the module's doc); unchanged where the scan has no such slash."""
    slashes = char_positions(scan, SLASH)
    if not slashes:
        return tokens
    ends = {t.end: i for i, t in enumerate(tokens)}
    merged: dict[int, Token] = {}  # index of the numerator -> the share
    for p in slashes:
        i = ends.get(p)
        if i is None or i + 1 >= len(tokens):
            continue
        a, b = tokens[i], tokens[i + 1]
        if b.start != p + 1 or not (_bare(a) and _bare(b)) or not 1 <= a.value < b.value <= LARGEST_DENOMINATOR:
            continue
        if (a.start > 0 and scan[a.start - 1] in NOT_AROUND) or scan[b.end:b.end + 1] in tuple(NOT_AROUND):
            continue
        value = (a.value * 100 / b.value).quantize(ONE_DECIMAL)
        value = value.to_integral_value() if value == value.to_integral_value() else value  # 50, not 50.0 or 5E+1
        merged[i] = Token(a.start, b.end, value, PERCENT, f"{a.number_text}{SLASH}{b.number_text}")
    if not merged:
        return tokens
    out: list[Token] = []
    skip = -1
    for i, t in enumerate(tokens):
        if i == skip:
            continue
        if i in merged:
            out.append(merged[i])
            skip = i + 1
        else:
            out.append(t)
    return out
