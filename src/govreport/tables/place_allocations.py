"""A whole shared out by place in a bracket right after it (held-out audit 47 汕头 G3): 筹集公租房500套（市本级400套，
濠江区100套）, 选取10个城中村（金平区、龙湖区、濠江区各2个，澄海区、潮阳区、潮南区和南澳县各1个）. The counts in the bracket
are the whole's allocation, which the whole's row already states: no goals of their own (and one 各 figure over a list
of places is one allocation, never a row per place). Only when every word before the count in its bracket segment is a
place (ending in 县/市/区/旗/镇/乡, or ``allocation_places`` such as 市本级) and the clause before the bracket holds a
figure in the same unit."""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.figures import Figure, words

OPENS = "（("
CLOSES = "）)"
SEGMENT = re.compile(r"[，,；;]")
MEMBER = re.compile(r"[、和及与]")
CLAUSE_END = re.compile(r"[，,；;。：:]")


@cache
def _place() -> re.Pattern[str]:
    """One place of an allocation: a name ending in a county-level or township suffix, or an ``allocation_places`` word."""
    own = "|".join(map(re.escape, sorted(words()["allocation_places"], key=len, reverse=True)))
    return re.compile(rf"(?:[\u4e00-\u9fff]{{1,6}}?[县市区旗镇乡]|{own})")


def allocated_by_place(fig: Figure) -> str:
    """Why a figure is one place's share of a whole stated right before the bracket it stands in ('' when it is not)."""
    before = fig.before
    at = max(before.rfind(c) for c in OPENS)
    if at < 1 or any(c in before[at:] for c in CLOSES) or not fig.unit:
        return ""
    segment = SEGMENT.split(before[at + 1:])[-1].removesuffix("各").removesuffix("均")
    members = [m for m in MEMBER.split(segment) if m]
    if not members or not all(_place().fullmatch(m) for m in members):
        return ""
    whole = CLAUSE_END.split(before[:at])[-1]
    if not re.search(r"\d[十百千万亿]*" + re.escape(fig.unit), whole):
        return ""
    return "one place's share of the whole stated before the bracket (公租房500套（市本级400套，濠江区100套）), not a goal of its own"
