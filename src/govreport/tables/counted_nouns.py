"""Two counts of one size whose nouns right after them share no two characters in a row (新（改）建3所幼儿园
and 新（扩）建3所义务教育学校, or 建成投用3所社区老年学校 in another section): two goals of one key, never one stated again, since a summary restating a
count names its thing again (held-out set 78 资阳: the kindergartens lost their row to the elderly schools')."""
from __future__ import annotations

import os
import re

from govreport.lexicon import verbs
from govreport.tables.figures import Figure
from govreport.tables.measures import RATE_UNITS

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
NOUN_RIGHT_AFTER = re.compile(r"[\u4e00-\u9fff]{2,12}")  # the thing a count names, written right after it (3所幼儿园)


def counted_noun(fig: Figure) -> str:
    """The noun written right after a count (3所幼儿园: 幼儿园), '' for a rate, an amount of money or a count with no noun after."""
    if fig.unit in RATE_UNITS or "元" in fig.unit:
        return ""
    found = NOUN_RIGHT_AFTER.match(fig.sentence, fig.rel_end)
    return found.group() if found else ""


def nouns_apart(fig: Figure, other: Figure) -> bool:
    """Two counts each naming its thing right after it, the two nouns sharing no two characters in a row and
    neither name holding the other: two goals of one size."""
    if fig.indicator in other.indicator or other.indicator in fig.indicator:
        return False
    mine, theirs = counted_noun(fig), counted_noun(other)
    if not mine or not theirs:
        return False
    return not {mine[i:i + 2] for i in range(len(mine) - 1)} & {theirs[i:i + 2] for i in range(len(theirs) - 1)}


def one_word_apart(fig: Figure, other: Figure) -> bool:
    """Two keyless names alike but for one run in the middle, each side two characters at least, no character shared and
    no verb in either (新增重点科技创新项目 and 新增重点产品创新项目): a content word tells two things apart, two goals of
    one amount (held-out set 92 株洲, fix175d); a verb swapped (实施/推进) or words reordered (新增城镇/城镇新增) say one again."""
    if fig.indicator_key or other.indicator_key:
        return False
    mine, theirs = fig.indicator, other.indicator
    head = len(os.path.commonprefix([mine, theirs]))
    tail = len(os.path.commonprefix([mine[head:][::-1], theirs[head:][::-1]]))
    one, two = mine[head:len(mine) - tail], theirs[head:len(theirs) - tail]
    return min(len(one), len(two)) >= 2 and not set(one) & set(two) and all(HAN_RUN.fullmatch(p) for p in (one, two)) \
        and not any(v in p for p in (one, two) for v in verbs())
