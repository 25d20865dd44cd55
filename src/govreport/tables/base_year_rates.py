"""A shared rate against a base year before last year, after the level goals it compares (力争接待游客超1500万人次，旅游总收入超
200亿元，均比2019年增长20%以上): the levels set against a year the report gives no figure of, stated again, no goal of its
own and no one-year change (docs/assumptions.md#non-targets; held-out audit 51 江门, fix118e)."""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.figures import Figure

SHARED_BASE_YEAR: Final = re.compile(r"(?:均|都)(?:比|较)((?:19|20)\d\d)年(?:同期)?(?:增长|提高|增加)")


def compares_levels_with_a_base_year(fig: Figure, group: list[Figure]) -> bool:
    """均比Y年增长N% (Y before the year before ``fig``'s) closing a sentence after two or more level targets: the levels
    compared with Y, not a goal; a single level, or 比上年, keeps its rate a goal."""
    m = SHARED_BASE_YEAR.fullmatch(fig.clause_before)
    if fig.unit != "%" or m is None or fig.year is None or int(m.group(1)) >= fig.year - 1:
        return False
    levels = [o for o in group if o is not fig and o.role == "target" and o.unit not in ("%", "‰", "") and o.rel_end <= fig.rel_start]
    return len(levels) >= 2
