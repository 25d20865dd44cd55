"""An amount in 亿/万 written without 元 after a money noun (经济总量迈上2000亿新台阶, 网络交易额突破300亿): the unit is 元,
left out as reports often do; another noun before it (粮食产量达到2000亿) keeps the amount as written (data/omitted_yuan.json).
A count in 万/亿 right after a people noun (实现贫困人口脱贫12.58万) is likewise a count of 人 with 人 left out (fix166a)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import read_json

YUAN = "元"
SCALE = "规模"
CLASS_OR_LIST_AFTER = ("级", "、")  # 投资达10亿、50亿、100亿级重大项目: size classes, no amounts (c24 梧州)


@cache
def _noun_verbs(nouns_field: str, verbs_field: str, fewest_verbs: int) -> re.Pattern[str]:
    """A noun of one list, then ``fewest_verbs`` to two verbs of another, ending where the figure starts."""
    w = read_json("omitted_yuan.json")
    nouns = "|".join(re.escape(n) for n in sorted(w[nouns_field], key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in sorted(w[verbs_field], key=len, reverse=True))
    return re.compile(rf"(?:{nouns})(?:{verbs}){{{fewest_verbs},2}}$")


def _before_pattern() -> re.Pattern[str]:
    """A money noun, then one or two reaching verbs."""
    return _noun_verbs("money_nouns", "verbs", 1)


@cache
def _multipliers() -> frozenset[str]:
    return frozenset(read_json("omitted_yuan.json")["multipliers"])


def omitted_yuan(scan: str, start: int, end: int, mult: str) -> bool:
    """True when the unit-less amount at ``start`` (to ``end``) with multiplier ``mult`` follows a money noun and its verb,
    and no class word or list mark follows it."""
    return (mult in _multipliers() and not scan.startswith(CLASS_OR_LIST_AFTER, end)
            and (_before_pattern().search(scan, max(0, start - 12), start) is not None or _scaled_pool(scan, end)))


@cache
def _scale_nouns() -> tuple[str, ...]:
    return tuple(read_json("omitted_yuan.json")["scale_nouns"])


def _scaled_pool(scan: str, end: int) -> bool:
    """规模 and a money pool right after the amount (形成300亿规模基金群): the pool's size, in 元."""
    return scan.startswith(SCALE, end) and scan.startswith(_scale_nouns(), end + len(SCALE))


PEOPLE_LIST_AFTER = "、"  # 减少1000万、2000万: a list the other end completes, read as written


def _people_pattern() -> re.Pattern[str]:
    """A people noun, then at most two verbs."""
    return _noun_verbs("people_nouns", "people_verbs", 0)


@cache
def _people_multipliers() -> frozenset[str]:
    return frozenset(read_json("omitted_yuan.json")["people_multipliers"])


def omitted_people(scan: str, start: int, end: int, mult: str) -> str:
    """The counter 人 when the unit-less count at ``start`` (to ``end``) follows a people noun (实现贫困人口脱贫12.58万):
    reports leave 人 out after the people they count; "" otherwise, and before a class word or a list of figures."""
    if mult not in _people_multipliers() or scan.startswith(CLASS_OR_LIST_AFTER[0], end):
        return ""
    if scan.startswith(PEOPLE_LIST_AFTER, end) and end + 1 < len(scan) and scan[end + 1].isdigit():
        return ""
    if _people_pattern().search(scan, max(0, start - 10), start) is None:
        return ""
    return str(read_json("omitted_yuan.json")["people_unit"])
