"""A state the counted things are to reach, said after their noun (推动50家医疗卫生机构实现检查检验结果互通共享): what is counted is
the things that reach it, so it belongs to the name (docs/assumptions.md#names; corpus audit 18 C24#141)."""
from __future__ import annotations

import re

# 实现 + what is reached, up to the clause's end (no figure, no list inside it)
REACHED_STATE = re.compile(r"实现([\u4e00-\u9fff]{2,14})(?=[，,。；;！!\n]|$)")


def with_reached_state(scan: str, pos: int, noun: str) -> str:
    """``noun`` (read from ``pos`` in ``scan``) with the state its things reach after it: 医疗卫生机构 + 实现检查检验结果互通共享
    -> 实现检查检验结果互通共享的医疗卫生机构; the noun alone when 实现 does not follow it."""
    if not noun or not scan.startswith(noun, pos):
        return noun
    m = REACHED_STATE.match(scan, pos + len(noun))
    return f"实现{m.group(1)}的{noun}" if m else noun
