"""A figure's own member in a 分别 list that names its members before 分别 (audit 28).

国控、省控及以上断面Ⅰ—Ⅲ类水质比例分别达到100%、96.9%: the clause's last 、 member (省控及以上…) is the second
figure's, not the first's; the figure's name (built member by member, extract.indicators.list_members) is its own."""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.figures import words

NARROW_LEVELS: Final = frozenset({"province", "city", "county", "district"})
NAMED_MEMBERS: Final = re.compile(r"[、和及][^、，,；;。]*分别")


def distributive_member(indicator: str, before: str) -> str:
    """``indicator`` when ``before`` (the clause before the figure) lists members before its 分别, else ''."""
    return indicator if NAMED_MEMBERS.search(before) else ""


def narrower_level(mine: str, theirs: str, sentence: str) -> bool:
    """A review figure of one level of title (省级企业研发机构135家) counts part of what a target without one counts when
    the target's sentence names that level for another figure (新增企业研发机构350家、省级企业技术中心10家: the target
    leaves the level out on purpose): not its baseline (audit 28 WZ24#19). Without the level named beside it, an
    unlabelled target may mean the report's own level (新增未来产业先导区10个 in a province: 省级)."""
    if mine or theirs not in NARROW_LEVELS:  # (national titles, often the only kind, and shared before a list: 国家级A、B)
        return False
    return any(level == theirs and word in sentence for word, level in words()["title_levels"].items())
