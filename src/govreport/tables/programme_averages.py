"""A yearly average rate of a programme that runs over several years (held-out set 64 潮州 row 33, fix137a): a sentence
that opens a multiplying programme (实施“四个倍增行动”: ``tables_words.json`` multiplied_programmes) and then sets a rate
with 年均 (力争全社会研究与开发（R&D）投入年均增长9%) gives the programme's average over its years, not a target of the
plan year (audit set 60 row 27 treated a plan-year 年均 the same way); the plan year named in the clause keeps it."""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.figures import Figure, words

AVERAGE_CHANGE: Final = re.compile(r"年均(?:增长|增速|提高|提升|增加)(?:达到|达|为)?$")  # 年均增长9%: the rate right after
PLAN_YEAR: Final = re.compile(r"今年|本年|年内|(?:19|20)\d\d年")


def programme_average(fig: Figure) -> str:
    """Why a 年均 rate is a multi-year programme's average, no plan-year goal ('' when it is not)."""
    if fig.unit != "%" or AVERAGE_CHANGE.search(fig.clause_before) is None or PLAN_YEAR.search(fig.clause_before):
        return ""
    if not any(p in fig.before for p in words()["multiplied_programmes"]):
        return ""
    return "the yearly average of a programme over several years (实施“四个倍增行动”…投入年均增长9%), not a goal of the plan year"
