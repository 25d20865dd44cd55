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
