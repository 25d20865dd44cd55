"""An adverb of repetition between a name's subject and the change that ends it says nothing of what is measured:
企业退休人员基本养老金今年再提高 is 企业退休人员基本养老金提高, 一般工商业平均电价再降低 is 一般工商业平均电价降低,
基本医疗保险覆盖范围继续扩大 is 基本医疗保险覆盖范围扩大 (data/name_words.csv kinds ``again`` and ``change``; at the
start of a clause the kind ``lead_verb`` already drops 再 and 又)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import name_words

GATE = ("再", "又", "继续")  # one of these is in every word of kind again: the cheap test first


@cache
def closing_change() -> str:
    """A pattern for the change word a name may end with (kinds ``change`` and ``again_change``), longest first:
    the words dropped before it here and in name_fillers.py are followed by one."""
    return "(?:" + "|".join(map(re.escape, sorted(name_words("change") + name_words("again_change"), key=len, reverse=True))) + ")$"


@cache
def _again() -> re.Pattern[str]:
    again = sorted(name_words("again"), key=len, reverse=True)
    return re.compile("(?<=[\u4e00-\u9fff]{2})(?:" + "|".join(map(re.escape, again)) + f")(?={closing_change()})")


@cache
def _circumstance() -> re.Pattern[str]:
    ends = sorted(name_words("circumstance_end"), key=len, reverse=True)
    return re.compile("(?<=[\u4e00-\u9fff]{2})在[\u4e00-\u9fff]{1,10}?(?:" + "|".join(map(re.escape, ends)) + ")")


def without_again(name: str) -> str:
    """``name`` without an adverb of repetition right before the change it ends with (a subject of two
    characters at least before it), and without a circumstance (粮食产量在灾情影响下: 在…影响下, kind
    ``circumstance_end``); unchanged otherwise."""
    if "在" in name and "下" in name:
        name = _circumstance().sub("", name)
    if len(name) < 5 or not any(w in name for w in GATE):
        return name
    return _again().sub("", name)
