"""The use bare funds are put to (fix99d, 文山 2025 rows 50, 77): an amount whose own clause only raises or allots funds
(继续安排资金1000万元, 筹集资金1000万元) is named by the clause right after it, which says what the money is for (，解决人大代表、
政协委员关注的民生问题 -> 解决人大代表政协委员关注的民生问题资金; ，着力打造一批农业大镇、工业强镇… -> 打造农业大镇工业强镇…资金),
never by a clause before it (the sentence's opening, 始终把依法行政…贯穿于政府工作全过程, is no purpose of the money). The clause
after must open with a verb (data/verbs.csv, or data/name_subjects.json ``fund_use_verbs``; an adverb before it, kind
``push_adverb``, is left out; a verb of use, ``raised_purpose_verbs`` such as 用于, names nothing) and hold no figure of its own
(比上年增长10% is the amount's change). Works a 实事 names keep their rule (per_head_aid.funds_for_works)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final

from govreport.lexicon import clause_breaks, name_subjects, name_words, verbs

FUNDS: Final = "资金"
BATCH_WORDS: Final = re.compile(r"一批|一系列|一大批")  # how many things the money makes names none of them


@cache
def _own_clause() -> re.Pattern[str]:
    """A clause that only raises or allots funds: an adverb of time or repetition, a raising verb, a kind of funds, 资金."""
    raising = "|".join(map(re.escape, sorted(name_subjects()["raising_verbs"], key=len, reverse=True)))
    return re.compile(rf"(?:继续|再|今年|全年|年内|共|累计)?(?:{raising})(?:财政|专项|本级|市级|县级)?{FUNDS}")


@cache
def _use_clause() -> re.Pattern[str]:
    """The clause after the amount: a comma, then words with no figure up to the next break."""
    breaks = re.escape(clause_breaks())
    return re.compile(rf"(?:左右|以上|多)?[，,]([^{breaks}\d%％]{{4,40}})(?=[{breaks}]|$)")


@cache
def _use_verbs() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(adverbs, verbs that say a use and name nothing, verbs that name the use), each longest first."""
    def longest(words: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(words, key=len, reverse=True))
    return (longest(name_words("push_adverb")), longest(name_subjects()["raised_purpose_verbs"]),
            longest([*verbs(), *name_subjects()["fund_use_verbs"]]))


def fund_use(name: str, own: str, scan: str, end: int, money: bool) -> str:
    """``name`` of an amount ending at ``end`` whose own clause ``own`` only raises funds: the use the clause after it states,
    with 资金; ``name`` when the clause is another or no use follows."""
    if not money or not _own_clause().fullmatch(own.strip("，,、 ")):
        return name
    after = _use_clause().match(scan, end)
    if after is None or "实事" in after.group(1):
        return name
    use = after.group(1)
    adverbs, silent, named = _use_verbs()
    use = use[len(next((w for w in adverbs if use.startswith(w)), "")):]
    quiet = next((w for w in silent if use.startswith(w)), "")
    verb = quiet or next((w for w in named if use.startswith(w)), "")
    if not verb:
        return name
    thing = BATCH_WORDS.sub("", use[len(quiet):]).replace("、", "").replace("“", "").replace("”", "")
    return thing + FUNDS if len(thing) >= 2 else name
