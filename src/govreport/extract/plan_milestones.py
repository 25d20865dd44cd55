"""A part of a year named in a plan part (一季度新开工项目123个，二季度达产项目160个): a milestone
within the plan year, so its figure is a plan-year goal, not last year's result (held-out audit 45 朝阳)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.periods import last_month, period_end_months, period_marks_in
from govreport.report.model import Report

# a year named just before the period (2022年一季度, 去年上半年, 今年1-5月): the period's year is stated, not implied
NAMED_YEAR: Final = re.compile(r"(?:(?:19|20)\d\d年(?:的)?|[去上今本]年(?:度)?(?:的)?)$")


def plan_milestone(report: Report, scope_start: int, period_start: int) -> bool:
    """The period at ``period_start`` in a plan part is a milestone of the plan year: no year is named
    before it, the report plans a later year than it reviews (not a half-year report planning the rest
    of its own year), and a dated report was delivered before the period ended (a report of May on
    一季度 gives that quarter's results)."""
    review_year, plan_year = report.review_year, report.plan_year
    if plan_year is None or review_year is None or plan_year <= review_year:
        return False
    if NAMED_YEAR.search(report.scan, max(scope_start, period_start - 6), period_start):
        return False
    date = str(report.meta.get("delivered") or report.meta.get("published") or "")
    if re.match(r"\d{4}-\d\d", date) and int(date[:4]) >= plan_year:
        marks = period_marks_in(report.scan, period_start, period_start + 8)
        word = marks[0][1] if marks and marks[0][0] == period_start else ""
        end = (period_end_months().get(word) or last_month(word)) if word else 12
        return int(date[:4]) == plan_year and int(date[5:7]) < end
    return True
