"""Two figures that count one set where the words before the head differ (held-out set 71, fix148a): likeness.py asks these
when one side's kind is named and the other's is not.

- a level said in a wording (省重点项目, 市重点项目: ``tables_words.json`` title_levels) and the same level said as a kind (省级重点项目):
  级 is no kind, the level is the same (30个省重点项目 and 32个省级重点项目, 南充 rows 12–13);
- a campaign both sentences carry on: a quoted name right after a verb of carrying one on (扎实开展“项目建设提速年”活动,
  ``set_labels`` campaign_verbs). Under one campaign a review figure and a target count its one list of projects year on year,
  whatever size class one side names (684个5000万元以上项目完成投资 and 808个大中型项目…完成投资, 宜春 row 36).
"""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.figures import Figure, words

MIN_NAME = 4  # characters inside the quotes: a short label (“放管服”, “十四五”) names a policy or a term, no one campaign


def level_said_twice(mine: str, theirs: str, level_mine: str, level_theirs: str) -> bool:
    """One side's kind is only a title level (省级), the other's none, and both figures name that level (the other in its wording,
    省重点项目: ``title_levels``), so the kinds differ only in how the level is said."""
    return bool(mine) != bool(theirs) and (mine or theirs) in words()["title_levels"] and level_mine == level_theirs != ""


@cache
def campaign_verbs() -> str:
    """The verbs of carrying a campaign on (``set_labels`` campaign_verbs) as one alternation, longest first."""
    return "|".join(map(re.escape, sorted(words()["set_labels"]["campaign_verbs"], key=len, reverse=True)))


@cache
def _scan() -> re.Pattern[str]:
    return re.compile(f"(?:{campaign_verbs()})“([^“”，,；;。]{{{MIN_NAME},12}})”")


def campaigns(fig: Figure) -> frozenset[str]:
    """The quoted names of the campaigns the figure's sentence carries on before the figure."""
    return frozenset(_scan().findall(fig.before))


def same_campaign(target: Figure, candidate: Figure) -> bool:
    """Both figures' sentences carry on one campaign of the same quoted name before them."""
    return bool(campaigns(target) & campaigns(candidate))
