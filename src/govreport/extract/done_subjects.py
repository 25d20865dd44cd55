"""The subject a bare 完成/实现/达到 + amount takes from the clause right before it (地区生产总值逆势转正，完成878.9亿元:
地区生产总值): when that clause opens with a registered measure of the amount's unit and holds no figure, it states the
measure and a comment on it (逆势转正), and the amount is that measure's level, not the sentence opening's (从年初开始…;
audit 44 儋州 row 0)."""
from __future__ import annotations

from typing import Final

from govreport.extract.keys import indicator_key, registered_opening
from govreport.report.chars import last_of

BARE_DONE: Final = ("完成", "实现", "达到", "达")  # a clause of the verb alone before its amount


def done_subject(scan: str, start: int, lo: int, base: str, unit: str) -> str:
    """The measure the figure-free clause before a bare 完成/实现/达到 clause (at ``lo``) opens with, when it measures in
    ``unit`` (地区生产总值 for 亿元, not for 个); '' otherwise (a clause with a figure, an opening with no measure)."""
    if base not in BARE_DONE or lo - 1 <= start or scan[lo - 1] not in "，,":
        return ""
    opens = max(last_of(scan, "，,；;。：:、", lo - 2) + 1, start)
    clause = scan[opens:lo - 1]
    if any(c.isdigit() for c in clause):
        return ""
    measure = registered_opening(clause)
    return measure if measure and indicator_key(measure, unit, "level") else ""
