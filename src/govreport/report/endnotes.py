"""Endnote markers in the scan copy: a number in round brackets right after a term (工业“五大产业”（5）产值,
培育“无废细胞”（47）180个, 新增“四上”企业（1）246家) points to a note at the report's end; it is no figure and
no break in the name it stands in (audit 40, Leshan LS9, LS30). The scan writes it as a bracketed footnote
marker ([5]), which the namer reads across and drops (name_fillers.FOOTNOTE, audit 39) and the reader of
figures keeps as a label; the text itself keeps its brackets. An item number (：（1）改善…, ；（2）建成…)
follows a mark, not a term, and stays as it is."""
from __future__ import annotations

import re
from typing import Final

from govreport.report.chars import is_ideograph

MARKER: Final = re.compile(r"\([0-9]{1,3}\)")  # the scan's brackets are folded to ASCII (fold_for_scan)


def _after_term(scan: str, at: int) -> bool:
    """Whether the character before ``at`` ends a term: a Chinese character or a closing quote."""
    c = scan[at - 1] if at > 0 else ""
    return c in "”\"" or is_ideograph(c)


def bracket_endnotes(scan: str) -> str:
    """``scan`` with each endnote marker (N) after a term written [N]: the same length, offsets unchanged."""
    if "(" not in scan:
        return scan
    spots = [m.start() for m in MARKER.finditer(scan) if _after_term(scan, m.start())]
    if not spots:
        return scan
    chars = list(scan)
    for at in spots:
        chars[at] = "["
        chars[scan.index(")", at)] = "]"
    return "".join(chars)
