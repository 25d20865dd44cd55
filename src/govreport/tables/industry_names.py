"""The industry a revenue or output figure is of, so that one industry's goal never takes another's
review figure (held-out audit 77: 绿色能源化工产业营业收入780亿元 took the electronics industry's
营业收入300亿元, matched on 营业收入 alone).

A target names its industry in its name (…X产业营业收入); a review figure in its name or, where its
name is the bare measure, in the sentence before it (以智能终端为代表的电子信息产业…，2020年营业收入
超过300亿元). One industry may be written with or without a qualifier (绿色能源化工 and 能源化工):
two industries are one when one word ends the other.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.tables.figures import Figure
from govreport.tables.measures import RATE_UNITS
from govreport.tables.table_words import words

INDUSTRY: Final = "产业"
SHORTEST: Final = 2  # characters of an industry word (纺织)


@cache
def _measure_after() -> re.Pattern[str]:
    """产业 right before a measure word (产业营业收入), not 产业园 or 产业项目."""
    measures = sorted(words()["industry_goal_measures"]["measures"], key=len, reverse=True)
    return re.compile(INDUSTRY + "(?:" + "|".join(map(re.escape, measures)) + ")")


def _industry_before(text: str, end: int) -> str:
    """The industry word right before ``end`` (the 产业 that follows it), back to a break."""
    breaks = words()["industry_goal_measures"]["breaks"]
    start = max((text.rfind(b, 0, end) + len(b) for b in breaks if text.rfind(b, 0, end) >= 0), default=0)
    return text[start:end]


def target_industry(fig: Figure) -> str:
    """X of a name …X产业营业收入 ('' where the name counts no industry's measure)."""
    m = _measure_after().search(fig.indicator)
    word = _industry_before(fig.indicator, m.start()) if m else ""
    return word if len(word) >= SHORTEST else ""


# 以五粮液为代表的食品饮料产业, or X产业 opening a clause (纺织产业实现营业收入380亿元): not 入驻产业园
LEAD_INDUSTRY: Final = re.compile(r"为代表的([^，,。；;、：:的]{2,10})产业|(?:^|[，,。；;：:])([^，,。；;、：:的]{2,8})产业(?![园项基链集])")


def review_industry(fig: Figure) -> str:
    """The industry a review figure is of: the last 以…为代表的X产业 or clause-opening X产业 of its name, else, for a name
    that is the bare measure (营业收入), of its sentence before it ('' if none)."""
    found = [m.group(1) or m.group(2) for m in LEAD_INDUSTRY.finditer(fig.indicator)]
    if not found and fig.indicator in words()["industry_goal_measures"]["measures"]:  # a bare measure: its sentence's lead
        found = [m.group(1) or m.group(2) for m in LEAD_INDUSTRY.finditer(fig.before)]  # (木业产值 names its own subject)
    return found[-1] if found else ""


def other_industry(target: Figure, fig: Figure) -> str:
    """The review figure's industry where it shares no character with the one the target's name gives ('' otherwise, or
    where either names none)."""
    mine = target_industry(target)
    if not mine:
        return ""
    theirs = review_industry(fig)  # (as names_apart: words sharing no character; 生态食品饮品及健康医药 and 生态食品饮品药品 share)
    return theirs if theirs and not set(mine) & set(theirs) else ""


def same_industry(target: Figure, fig: Figure) -> bool:
    """The review figure names the target's industry (in its name or the sentence before it)."""
    mine, theirs = target_industry(target), review_industry(fig)
    return bool(mine and theirs and (mine.endswith(theirs) or theirs.endswith(mine)))


def industry_match(target: Figure, candidates: list[Figure], average: set[int]) -> Figure | None:
    """The one review figure of the target's industry and measure word, for an amount (a rate is no output) (…产业营业收入 and 以…为代表的X产业实现营业收入),
    where matching found none of that industry; None if there is not exactly one."""
    m = _measure_after().search(target.indicator) if target_industry(target) and target.unit not in RATE_UNITS else None
    if m is None:
        return None
    measure = m.group()[len(INDUSTRY):]
    found = [a for a in candidates if a.unit == target.unit and a.id not in average and a.indicator.endswith(measure)
             and same_industry(target, a)]
    return found[0] if len(found) == 1 else None
