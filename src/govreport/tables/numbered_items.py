"""The numbered item of a plan's list a figure stands in: two items of one list (（1）市级财政投入1000万元，实施…；
（2）市级财政投入1000万元，与…合作办学) are two allocations of one size, never one goal stated twice (held-out set 70
潍坊 missed 1, 2, fix146e)."""
from __future__ import annotations

import re

from govreport.extract.list_tails import ITEM_MARK_TEXT
from govreport.tables.figures import Figure

ITEM_MARK = re.compile(ITEM_MARK_TEXT)  # （2）, (2): an item's number in brackets


def item_number(fig: Figure) -> str:
    """The number of the last bracketed item mark before the figure in its sentence, '' where none stands there."""
    marks = ITEM_MARK.findall(fig.before)
    return marks[-1] if marks else ""


def items_apart(fig: Figure, other: Figure) -> bool:
    """Two figures of one section that each stand in a bracketed item of their own (（1）… and （2）…): two goals. An item's
    amount said twice (both in （2）) and a figure outside any item are left to the other rules."""
    mine, theirs = item_number(fig), item_number(other)
    return bool(mine and theirs) and mine != theirs and fig.section == other.section
