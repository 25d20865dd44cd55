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

from govreport.lexicon import name_words
from govreport.tables.figures import Figure, words

MIN_NAME = 4  # characters inside the quotes: a short label (“放管服”, “十四五”) names a policy or a term, no one campaign


def level_said_twice(mine: str, theirs: str, level_mine: str, level_theirs: str) -> bool:
    """One side's kind is only a title level (省级), the other's none, and both figures name that level (the other in its wording,
    省重点项目: ``title_levels``), so the kinds differ only in how the level is said."""
    return bool(mine) != bool(theirs) and (mine or theirs) in words()["title_levels"] and level_mine == level_theirs != ""


def level_said_short(mine: str, theirs: str, names: tuple[str, str]) -> bool:
    """Two kinds that differ only in a title level said with or without its 级 (省级旅游度假区 and 省旅游度假区, 国家级 and 国家:
    ``title_levels``), both names opening with a title won or added (创成, 新增: ``title_won_leads``, name_words.csv title_verb):
    one level, one kind of designation (held-out set 79 保山 row 33, fix159a); not works on projects of a level (完成市级重点技改项目
    and 实施市重点技改项目: finished and carried out)."""
    leads = (*words()["title_won_leads"], *name_words("title_verb"))
    return mine != theirs and _level_short(mine) == _level_short(theirs) and all(n.startswith(leads) for n in names)


def _level_short(kind: str) -> str:
    """``kind`` with the 级 of the title level it opens with left out (省级 -> 省); as it is where it opens with none."""
    level = next((w for w in sorted(words()["title_levels"], key=len, reverse=True) if w.endswith("级") and kind.startswith(w)), "")
    return level[:-1] + kind[len(level):] if level else kind


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
