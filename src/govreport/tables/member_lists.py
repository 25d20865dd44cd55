"""A figure's own member in a 分别 list that names its members before 分别 (audit 28).

国控、省控及以上断面Ⅰ—Ⅲ类水质比例分别达到100%、96.9%: the clause's last 、 member (省控及以上…) is the second
figure's, not the first's; the figure's name (built member by member, extract.indicators.list_members) is its own."""
from __future__ import annotations

import re
from typing import Final

NAMED_MEMBERS: Final = re.compile(r"[、和及][^、，,；;。]*分别")


def distributive_member(indicator: str, before: str) -> str:
    """``indicator`` when ``before`` (the clause before the figure) lists members before its 分别, else ''."""
    return indicator if NAMED_MEMBERS.search(before) else ""
