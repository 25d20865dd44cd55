"""Verbs a name keeps that stand away from the figure: the verb of a list of examples that follows a subject
(雅砻江流域清洁能源走廊开工建设奔戈、…等4个电站项目: 开工建设电站项目), lost otherwise, so that the count reads as
a stock of projects (audit 33, GZ24#42)."""
from __future__ import annotations

from functools import cache

from govreport.lexicon import name_words, verbs
from govreport.extract.predicates import count_verb
from govreport.extract.scenes import CLAUSE_BREAK_CHARS

SUBJECT_MIN = 4  # a subject before the verb: a place or programme of four characters or more
ASIDE_REACH = 24  # how far back an aside's clause is looked for (a bound: no scan to the sentence's start)
EXAMPLE_MAX = 8  # the first example after the verb: a name of at most eight characters (as verb_before_examples)


def in_proper_name(first: str, verb: str) -> bool:
    """Whether ``verb``, found two characters into a list's first example ``first``, is a word of the example's proper name:
    the example ends with the verb and only the head such a name ends with (data/name_words.csv ``proper_name_head``: 凯鸿关爱
    医院 — a hospital, no 关爱 done to the projects counted; fix99d 文山 row 15)."""
    return first.endswith(tuple(verb + head for head in name_words("proper_name_head")))


def verb_end_before_name(words: str, start: int, end: int) -> int:
    """Where the verb chain ``words[start:end]`` opening a list of examples really ends: before its last verb when
    that verb and a road's head (data/name_words.csv ``road_name_head``) make up the whole first example (打通建设大道等4条断头路:
    建设大道 is a road, the verb is 打通), so the example's name is dropped whole, no piece of it left to read as a verb
    (held-out set 89 鞍山 row 36, fix171e)."""
    first = words.split("、", 1)[0].removesuffix("等")
    if first[end:] not in name_words("road_name_head"):
        return end
    verb = count_verb(False)
    return next((k for k in range(end - 1, start + 1, -1) if verb.fullmatch(words, start, k)), end)


def subject_verb(words: str) -> str:
    """The heavy or action verb (data/verbs.csv) that ends the subject before the first example of a list
    (``words``: the examples, 、-separated, up to 等), '' when the first example holds none after a subject."""
    first = words.split("、", 1)[0]
    if len(first) < SUBJECT_MIN + 2 or "、" not in words:
        return ""
    head = words.rstrip("等")[-2:]  # examples that end alike (…建设项目、…以工代赈项目等) are whole names, their verbs their own
    found = ""
    for m in count_verb(False).finditer(first, SUBJECT_MIN):
        if 2 <= len(first) - m.end() <= EXAMPLE_MAX and not first.endswith(head) and not in_proper_name(first, m.group()):
            found = m.group()
    return found


def lone_aside(scan: str, lo: int, end: int, floor: int) -> bool:
    """Whether the aside that ends at ``lo`` sits inside a list of examples before 等 (ending at ``end``) whose clause holds no other
    aside before it (开工建设奔戈、柯拉（二期）水光互补、道孚抽蓄等: the clause is read from 开工建设, so that its verb stays), not one
    of several (永丰湖…中心(医养结合)建设项目、…西河(县城段)可持续发展工程、…等: the words between two asides are no clause)."""
    if scan.find("、", lo, end) < 0:
        return False
    k = lo - 2
    while k > max(floor, lo - ASIDE_REACH) and scan[k] not in "（(":
        k -= 1
    while k > max(floor, lo - ASIDE_REACH):
        k -= 1
        if scan[k] in CLAUSE_BREAK_CHARS:
            return True
        if scan[k] in "）)":
            return False
    return k <= floor


@cache
def _bracketed_verbs() -> tuple[str, ...]:
    """The verbs of data/verbs.csv written with a bracketed alternative (新（续）建, 新(改)建)."""
    return tuple(v for v in verbs() if "）" in v or ")" in v)


def verb_aside(scan: str, lo: int) -> bool:
    """Whether the aside that ends at ``lo`` is inside a verb written with a bracketed alternative (新（续）建华象…等178个产业项目:
    the clause is read from 新, so that the verb stays; spot audit 38 中卫 rows 10–13), not a name's own aside."""
    for v in _bracketed_verbs():
        start = lo - max(v.rfind("）"), v.rfind(")")) - 1  # where the verb starts when its bracket closes at lo
        if start >= 0 and scan.startswith(v, start):
            return True
    return False
