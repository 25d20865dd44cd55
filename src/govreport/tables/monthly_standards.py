"""A review standard stated per month set against a target stated per year (低保标准 每人每月1134元 against 不低于1.4万元/年):
the month's amount read as the year's, twelve times it."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from govreport.tables.figures import Figure


MONTHLY: Final = re.compile(r"每(?:人|户)?每?月$|每(?:人|户)每月[^，,；;。\d]{0,6}$")
YEARLY_AFTER: Final = ("/年", "／年", "每年")


def per_year(target: Figure, fig: Figure) -> Figure:
    """A review standard per month (城乡低保标准提高到每人每月1134元) as the year's, twelve times it, where the target states a
    money amount per year (低保标准不低于1.4万元/年: audit 36 SX24#103); ``fig`` unchanged otherwise."""
    if fig.unit != target.unit or not target.unit.endswith("元") or fig.value is None or "月" not in fig.clause_before \
            or MONTHLY.search(fig.clause_before) is None:
        return fig
    after = target.sentence[target.rel_end:target.rel_end + 2]
    if not (after.startswith(YEARLY_AFTER) or "每人每年" in target.clause_before):
        return fig
    return replace(fig, value=fig.value * 12, text=f"{fig.text}/月×12")
