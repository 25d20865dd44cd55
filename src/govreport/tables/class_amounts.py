"""The amount a class of things is over, as a name states it (audit 10: 营业收入过50亿元企业 is not
measured by 营业收入过十亿元企业, nor 过100亿元 by 过50亿元: a differing threshold makes another measure).

A name holds a class when an amount in 元 follows an over word (过, 超过, 超, 逾: data/name_subjects.json
``over_words``) or is followed by 以上 (10亿元以上项目; 亿元以上 alone is over 1亿元). Two figures whose
names state classes over different amounts measure different things; a name with no class is no conflict.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, lru_cache

from govreport.extract.numerals import CN_SMALL_UNITS, parse_chinese
from govreport.lexicon import multipliers, name_subjects
from govreport.tables.figures import Figure



@cache
def _pattern() -> re.Pattern[str]:
    over = "|".join(sorted(name_subjects()["over_words"], key=len, reverse=True))
    digits = "[0-9.]+|[" + "".join(CN_SMALL_UNITS) + "一二三四五六七八九两]+"
    return re.compile(f"(?:(?:{over})({digits})([万亿]?)元|({digits})?([万亿]?)元(?:及以上|以上))")


@lru_cache(maxsize=4096)
def class_amount(name: str) -> Decimal | None:
    """The amount in 元 the class a name holds is over, None when it holds none."""
    if "元" not in name:  # most names hold no amount: one substring test
        return None
    m = _pattern().search(name)
    if m is None:
        return None
    number, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3) or "", m.group(4))
    if not number:
        value = Decimal(1)
    elif number[0].isdigit():
        value = Decimal(number)
    else:
        value = parse_chinese(number)
    return value * multipliers()[scale] if scale else value


def same_class_amount(target: Figure, candidate: Figure) -> bool:
    """Not two classes over different amounts (one side with none is no conflict)."""
    mine, theirs = class_amount(target.indicator), class_amount(candidate.indicator)
    return mine is None or theirs is None or mine == theirs
