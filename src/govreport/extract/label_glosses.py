"""A quoted label glossed by 即 before a figure (“3个1000”即在建项目1000亿元: the label is the goal's slogan, what
follows 即 is what the figure measures). The label's own digits are figures of their own (a label or a count), so a
figure's clause may open with the rest of the label (1000”即) or hold the whole of it: neither names the figure
(audit 56 崇左 rows 8 and 11)."""
from __future__ import annotations

import re
from typing import Final

# the rest of a quoted label (its opening mark in a figure before) or a whole one, then 即 (that is); a short label only
LABEL_GLOSS: Final = re.compile(r"^(?:[^“”，,。；;]{0,12}”|“[^“”]{1,12}”)即")


def label_dropped(clause: str) -> str:
    """``clause`` without a quoted label and the 即 that glosses it at its start (1000”即在建项目 -> 在建项目);
    ``clause`` itself otherwise."""
    m = LABEL_GLOSS.match(clause)
    return clause[m.end():] if m is not None and m.end() < len(clause) else clause
