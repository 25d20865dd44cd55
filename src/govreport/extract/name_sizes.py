"""A bare size of an industry (营收规模, 产业规模: data/name_words.csv kind size_measure) whose own clause names nothing it
is of, right after a clause with no figure that only grows a thing (整合优化九条重点产业链，营收规模达到220亿元; 大力发展
“滁味”预制菜，力争产业规模超100亿元): the size is that thing's (九条重点产业链营收规模, 滁味预制菜产业规模; audit 55
阳泉 row 26, 滁州 row 105). The clause before must open with an adverb or none and a verb of growing (kind grow_verb), so a
clause that pushes a list of industries to gather (推进A、B产业集聚发展) names none."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.indicators import all_verbs
from govreport.lexicon import name_words

QUOTES: Final = re.compile(r"[“”\"‘’「」]")
OBJECT_LENGTH: Final = (3, 12)  # 滁味预制菜 … 服务业平台经济: a thing, not a clause


@cache
def _grown() -> re.Pattern[str]:
    adverbs = "|".join(map(re.escape, name_words("push_adverb") + name_words("grow_adverb")))
    verbs = "|".join(map(re.escape, sorted(name_words("grow_verb"), key=len, reverse=True)))
    return re.compile(f"(?:{adverbs})?(?:{verbs})(.+)")


def size_of_clause_before(clause: str | None, base: str) -> str:
    """The name of a bare size ``base`` after ``clause`` (the clause before, or None): the thing that clause grows and
    ``base`` (九条重点产业链营收规模); '' when ``base`` is no bare size or the clause grows no one thing."""
    if clause is None or base not in name_words("size_measure") or any(c.isdigit() for c in clause):
        return ""
    m = _grown().fullmatch(clause)
    thing = QUOTES.sub("", m.group(1)) if m else ""
    lo, hi = OBJECT_LENGTH
    return thing + base if lo <= len(thing) <= hi and "、" not in thing and not all_verbs(thing) else ""


DONE_RATE: Final = "完成率"
VERB_REACH: Final = 2  # 坚决整改…: an adverb of two characters at most before the verb


def done_rate_of_clause_before(clause: str | None, base: str) -> str:
    """A completion rate of a work (整改完成率) after a clause with no figure that does that work on a thing
    (坚决整改生态环境保护问题，整改完成率99%以上): the rate of that work on that thing (生态环境保护问题整改完成率, audit 55
    阿坝 row 20); '' otherwise."""
    work = base.removesuffix(DONE_RATE)
    if clause is None or len(work) != 2 or work == base or any(c.isdigit() for c in clause):
        return ""
    at = clause.find(work)
    thing = QUOTES.sub("", clause[at + len(work):]) if 0 <= at <= VERB_REACH else ""
    lo, hi = OBJECT_LENGTH
    return thing + base if lo <= len(thing) <= hi and "、" not in thing and not all_verbs(thing) else ""
