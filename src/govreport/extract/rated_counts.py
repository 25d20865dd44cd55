"""A count whose noun runs on into a rate of it (296个重点项目开复工率100%): the count is of the things (重点项目),
the rate after it is of what they did (开复工率) and belongs to the % figure that follows, not to the count
(spot audit 36 乌海 row 10). So too when the rate opens a 、 list of the things' attributes with no figure of their own
(90项城建重点工程开工率、投资完成量创历年新高: the 90 works, not a rate; held-out audit 90 徐州 2021 row 31)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import name_words

# 、投资完成量, 和到位率: further attributes of the things after the rate, each a short noun ending in a rate or an amount word
ATTRIBUTE_LIST: Final = re.compile(r"(?:[、和及][\u4e00-\u9fff]{1,6}?[率量])+(?![\u4e00-\u9fff]{0,5}[率量])")


@cache
def _rated_action() -> re.Pattern[str]:
    """Action words before 率 (data/name_words.csv kind rate_action), run together at a noun's end, with the rate word."""
    words = sorted(name_words("rate_action"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")+率$")


def rated_things(scan: str, pos: int, noun: str) -> str:
    """``noun`` (read from ``pos`` in ``scan``) without the rate of an action it ends in when a figure in % follows it
    directly (296个 + 重点项目开复工率 + 100% -> 重点项目) or a 、 list of more attributes of the things does (90项 +
    城建重点工程开工率 + 、投资完成量 -> 城建重点工程); the noun itself otherwise."""
    if not noun.endswith("率") or not scan.startswith(noun, pos):
        return noun
    after = pos + len(noun)
    if not scan[after:after + 1].isdigit() and (scan[after:after + 1] not in "、和及" or ATTRIBUTE_LIST.match(scan, after) is None):
        return noun
    m = _rated_action().search(noun)
    return noun[:m.start()] if m is not None and m.start() >= 2 else noun
