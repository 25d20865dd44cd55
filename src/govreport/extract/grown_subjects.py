"""The subject a bare measure's change grows: 医药及旅游食品产业产值达110亿元以上，增加值增长15%以上.

A clause that is only a measure word and a change (增加值增长; data/name_words.csv kind grown_measure)
grows the subject whose level the clause before it gave: the growth is 医药及旅游食品产业增加值增长, not a
value-added growth of nobody (spot audit 34 安顺). naming.py asks through name_parts.measured_subject.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.predicates import count_verb
from govreport.lexicon import name_words

GROWN_CHANGE: Final = re.compile(r"(?:增长|提高|下降)$")
GROWN_ENDS: Final = ("增长", "提高", "下降")  # what GROWN_CHANGE ends with: a gate before it


def grown_subject(before: str, base: str) -> str:
    """The subject of ``base`` when it is a grown_measure word and a change alone: ``before`` (the
    name of the figure before, in another unit) less the grown_measure word it ends with, at least
    two characters and no count verb; else ''."""
    if not base.endswith(GROWN_ENDS) and not base.endswith("\n"):
        return ""  # (GROWN_CHANGE finds nothing: most names; the word list is not sorted for them)
    grown = sorted(name_words("grown_measure"), key=len, reverse=True)
    change = GROWN_CHANGE.search(base)
    if change is None or base[:change.start()] not in grown:
        return ""
    end = next((w for w in grown if before.endswith(w)), "")
    subject = before[:-len(end)] if end else ""
    return subject if len(subject) >= 2 and not count_verb().search(subject) else ""
