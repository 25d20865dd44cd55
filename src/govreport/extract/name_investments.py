"""A sentence that opens with a bare investment (投资8亿元，深入实施…重点县城建设项目40个) names what is invested in
in the clause after the amount: the amount is that project's or programme's investment, not a bare 投资 (audit 33,
GZ24#65, #83)."""
from __future__ import annotations

import re
from typing import Final

BARE: Final = "投资"
# the clause after the amount: an optional adverb, a verb of carrying out, the object (up to a digit or the clause's end)
CARRIED_OUT: Final = re.compile(r"[，,](?:深入|加快|全面|持续|大力|积极|扎实)?(?:实施|建设|推进)([^，,；;。\d]{4,30})")
EXAMPLES_END: Final = re.compile(r".*等(?!级)")  # 康定、泸定…等重点县城建设项目: what follows 等


def invested_in(scan: str, end: int) -> str:
    """The name of a bare opening 投资 from the clause after its amount at ``end`` (实施农村电网巩固提升工程 ->
    农村电网巩固提升工程投资), '' when that clause carries out nothing."""
    m = CARRIED_OUT.match(scan, end)
    if m is None:
        return ""
    obj = m.group(1)
    etc = EXAMPLES_END.match(obj)
    obj = obj[etc.end():] if etc else obj
    return obj + BARE if len(obj) >= 4 else ""
