"""A shared rate against a base year before last year, after the level goals it compares (力争接待游客超1500万人次，旅游总收入超
200亿元，均比2019年增长20%以上): the levels set against a year the report gives no figure of, stated again, no goal of its
own and no one-year change (docs/assumptions.md#non-targets; held-out audit 51 江门, fix118e).

A target's change against another base than last year (比前两年平均数下降20%, 比2019年增长10%) is no change on last year's level:
a review year-on-year rate is no baseline of it (``other_base``; held-out set 74 丽水 row 95, fix153c)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.tables.figures import Figure, words

SHARED_BASE_YEAR: Final = re.compile(r"(?:均|都)(?:比|较)((?:19|20)\d\d)年(?:同期)?(?:增长|提高|增加)")


def compares_levels_with_a_base_year(fig: Figure, group: list[Figure]) -> bool:
    """均比Y年增长N% (Y before the year before ``fig``'s) closing a sentence after two or more level targets: the levels
    compared with Y, not a goal; a single level, or 比上年, keeps its rate a goal."""
    m = SHARED_BASE_YEAR.fullmatch(fig.clause_before)
    if fig.unit != "%" or m is None or fig.year is None or int(m.group(1)) >= fig.year - 1:
        return False
    levels = [o for o in group if o is not fig and o.role == "target" and o.unit not in ("%", "‰", "") and o.rel_end <= fig.rel_start]
    return len(levels) >= 2


@cache
def _other_base() -> re.Pattern[str]:
    """比/较, then a few words and an average word (比前两年平均数), or a year (比2019年): the base a change is against."""
    w = words()["other_bases"]
    leads, averages = "|".join(map(re.escape, w["compare_leads"])), "|".join(map(re.escape, w["average_words"]))
    return re.compile(rf"(?:{leads})(?:[^，,；;。\d%]{{0,{w['average_reach']}}}?(?:{averages})|((?:19|20)\d\d)年)")


def other_base(fig: Figure) -> str:
    """The base a rate in % compares with in its own clause when not last year (确保…死亡人数比前两年平均数下降20%: 前两年平均;
    比2019年增长10% for a 2021 goal: 2019年), '' otherwise: a change on that base, which a review rate on last year does not measure."""
    if fig.unit != "%" or not any(c in fig.clause_before for c in words()["other_bases"]["compare_leads"]):
        return ""
    for m in _other_base().finditer(fig.clause_before):
        if m.group(1) is None or fig.year is not None and int(m.group(1)) < fig.year - 1:
            return m.group()[1:]
    return ""


def against_another_base(target: Figure, fig: Figure) -> bool:
    """The target's rate is on another base than last year (``other_base``) and the review rate ``fig`` names not the same
    base in its clause (能耗强度比2020年累计下降13% measures 较2020年累计下降12%; 下降23.5% on last year does not measure
    比前两年平均数下降20%)."""
    base = other_base(target)
    return bool(base) and base not in fig.clause_before
