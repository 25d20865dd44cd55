"""An annexed list's amount that the body states rounded (body 完成改造16530户、187万平方米, annex 实施城镇老旧小区改造
187.18万平方米): one goal stated twice, the annex the more exact (held-out set 80 大理 G2, fix160a). ``restatements.annex_restates``
needs the same amount; this finds the body goals whose amount the annex's rounds to, for it to judge the names."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable

from govreport.tables.figures import Figure
from govreport.tables.restatements import annex_restates, annex_start, restated_unit

NUMBER = re.compile(r"\d+(?:\.\d+)?")  # the number as written (187 of 187万平方米), its digits saying its precision


def _written(fig: Figure) -> Decimal | None:
    """The number ``fig``'s text opens with, as written (its decimals kept), None if none."""
    m = NUMBER.match(fig.text)
    return Decimal(m.group()) if m else None


def rounds_to(exact: Figure, rounded: Figure) -> bool:
    """``exact`` (187.18万平方米) written with more decimals than ``rounded`` (187万平方米) in the same unit and multiplier,
    and equal to it once rounded to its decimals: one amount, said less exactly. Ranges never."""
    if exact.value_high is not None or rounded.value_high is not None or restated_unit(exact) != restated_unit(rounded):
        return False
    a, b = _written(exact), _written(rounded)
    if a is None or b is None or a == b or not exact.value or not rounded.value:
        return False
    places = -int(b.as_tuple().exponent)
    if -int(a.as_tuple().exponent) <= places or a.quantize(Decimal(1).scaleb(-places)) != b:
        return False
    return abs(float(exact.value) / float(rounded.value) - float(a / b)) < 1e-9  # the same multiplier (万 and 万)


def restates_rounded(fig: Figure, said: Iterable[Figure], text: str) -> bool:
    """``fig``, an annexed list's item, states the amount of an earlier body goal of ``said`` more exactly (rounds to it) and
    ``annex_restates`` judges their names one goal's: the body goal restated, not a second goal."""
    if not text or fig.start < annex_start(text):
        return False
    return any(rounds_to(fig, other) and annex_restates(fig, other, text) for other in said)
