"""A 累计 set against the year's plan is the year's total (held-out set 70 开封 row 21, fix146b).

实施“7610”投资促进计划，累计完成投资1133亿元，超年计划13个百分点: the clause right after the figure measures it against the
year's own plan (超年计划, 完成年度计划的…), so the 累计 sums that year, as one before a change on last year does
(measures.cumulated_in_year); the words are tables_words.json year_plan_marks.
"""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.figures import words


@cache
def _year_plan_next() -> re.Pattern[str]:
    w = words()
    return re.compile("^[，,](?:" + "|".join(map(re.escape, w["year_plan_verbs"])) + ")?(?:"
                      + "|".join(map(re.escape, w["year_plan_marks"])) + ")")


def against_year_plan(after: str) -> bool:
    """The clause right after a figure (``after``: its sentence after it) opens by setting it against the year's plan."""
    return _year_plan_next().match(after) is not None
