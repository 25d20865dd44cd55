"""Table cells as values: text, whole numbers, ratios, and units that count the same thing
(from tables/figures.py, which imports them too)."""
from __future__ import annotations

from decimal import Decimal

from govreport.extract.numerals import is_blank, to_decimal
from govreport.lexicon import unit_group


def text_of(value: object) -> str:
    """A table cell as text; missing values become ''."""
    return "" if is_blank(value) else str(value)


def int_of(value: object) -> int | None:
    return None if (d := to_decimal(value)) is None else int(d)


def ratio(numerator: Decimal | None, denominator: Decimal | None, places: int = 4) -> Decimal | None:
    """``numerator / denominator`` rounded to ``places`` decimals; None if either is missing or 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return (numerator / denominator).quantize(Decimal(1).scaleb(-places))


def same_unit(a: str, b: str) -> bool:
    """Units that count the same thing: identical, or one another's aliases (人/名/位, data/units.csv)."""
    return unit_group(a) == unit_group(b)


def joined(values: list[object], sep: str = ";") -> str:
    """Several figures' provenance in one cell, in the order the formula uses them."""
    return sep.join(text_of(v) for v in values)


def _plain(d: Decimal, places: int) -> str:
    q = d.quantize(Decimal(1).scaleb(-places))
    s = format(q, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def plain(d: Decimal | None, places: int = 2) -> str:
    """A Decimal in plain notation, rounded, trailing zeros dropped ('' for None)."""
    return "" if d is None else _plain(d, places)
