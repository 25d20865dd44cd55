"""A figure in brackets right after a list's figure, a second, higher goal of that same member (规上工业、服务业…分别新增
70户（力争100户）、50户、38户…): no member of the list of its own. Left in, it broke the pairing of members with
figures, so every figure was named by the members glued together (held-out set 68 黔南 rows 168–173). The list's
figures pair with its members around it, the aside takes the name of the figure it follows, and the qualifier that
closes the list is the members' only (figure_lists reads these)."""
from __future__ import annotations

from typing import Final

from govreport.lexicon import name_words

OPENS: Final = "（("
CLOSES: Final = "）)"
LIST_MARKS: Final = ("、", "和", "及")  # what stands between the aside's closing bracket and the next member's figure


def is_aside(scan: str, before_end: int, start: int, end: int, next_start: int) -> bool:
    """The figure ``scan[start:end]`` is an aside of the list figure ending at ``before_end``: only an opening bracket
    and at most a commitment word (name_words.csv member_commit: 力争, 争取, 确保, 努力) stand before it, and only its
    closing bracket and a list mark before the next figure at ``next_start``. A bracket that says anything else
    (其中, a place, a year) is left to the other rules."""
    if not 0 < start - before_end <= 3 or scan[before_end] not in OPENS or scan[end:end + 1] not in CLOSES:
        return False
    if scan[end + 1:next_start] not in LIST_MARKS:
        return False
    word = scan[before_end + 1:start]
    return not word or word in name_words("member_commit")


def aside_rows(scan: str, rows: list[tuple]) -> set[int]:
    """The indices of the rows (start, end, …, unit at 5, sentence start at 19) that are asides of a list figure:
    the row before and the one after in the same sentence and the same unit."""
    out: set[int] = set()
    for k in range(1, len(rows) - 1):
        row = rows[k]
        if scan[row[1]:row[1] + 1] not in CLOSES:  # (a cheap gate: few figures close a bracket)
            continue
        before, after = rows[k - 1], rows[k + 1]
        if before[19] == row[19] == after[19] and before[5] == row[5] == after[5] \
                and is_aside(scan, before[1], row[0], row[1], after[0]):
            out.add(k)
    return out
