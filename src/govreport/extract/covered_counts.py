"""A count of the things a work reaches in full (推广电子证照应用，实现不动产、公积金等10个领域全覆盖): the count is of the fields
that work covers, named by the work of the clause before and the state (电子证照应用全覆盖领域), not of 领域全覆盖 (held-out
set 70 潍坊 row 60, fix146d). Only when the count's clause opens with 实现 and a comma parts it from the work's clause."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import strip_clause

COVERED: Final = re.compile(r"([\u4e00-\u9fff]{1,8}?)(全覆盖|全面覆盖)$")  # the noun after the count and the state reached
REACHED_OPENING: Final = re.compile(r"(?:力争|全面|基本)?实现")  # the count's clause opens by reaching the state
BREAKS: Final = "，,；;。！!？?\n"


def _clause_start(scan: str, pos: int) -> int:
    """Where the clause holding ``pos`` opens (after the last clause mark before it; a 、 parts no clause)."""
    return max(scan.rfind(c, 0, pos) for c in BREAKS) + 1


def covered_things(scan: str, end: int, post: str) -> str:
    """``post`` (the noun after a count ending at ``end``) as the things the work before covers in full, or ``post`` itself."""
    m = COVERED.fullmatch(post)
    if m is None or not scan.startswith(post, end):
        return post
    lo = _clause_start(scan, end)
    if REACHED_OPENING.match(scan, lo) is None or lo < 2 or scan[lo - 1] not in "，,":
        return post
    work = scan[_clause_start(scan, lo - 1):lo - 1]
    base, verb = strip_clause(work)
    obj = base[:len(base) - len(verb)] if verb else base
    if not 2 <= len(obj) <= 12 or re.search(r"[^\u4e00-\u9fff]", obj):
        return post
    return obj + m.group(2) + m.group(1)
