"""Parts of a set that a plan both sets goals for and only works on (held-out audit 50 珠海 G7, fix117a).

推动457个项目开工、387个在建项目提速，其中，市级项目137个，区级项目568个，镇级项目127个，村级项目12个: the members after
其中 sum exactly to all the counts before it (137+568+127+12 = 844 = 457+387), so they split the whole portfolio, projects
sped up (no goal) with projects started (a goal), by level: parts of that whole, not goals of their own; and a share after
them (“三农”、水利项目占43.2%) is the portfolio's make-up. Only the exact sum decides: a 其中 split of one target total (its
parts sum to that one count) stays a set of sub-targets as the docs say."""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.figures import Figure

# a count written in digits right before its counter (457个, 137个); no amount in 万/亿, no decimal part
_COUNT: Final = re.compile(r"(?<![\d.])(\d+)([个家项所条处座])(?![\d])")
_RUN_BREAKS: Final = ("。", "；", ";")


def _counts(text: str) -> dict[str, list[int]]:
    """The counts ``text`` states, by counter."""
    out: dict[str, list[int]] = {}
    for m in _COUNT.finditer(text):
        out.setdefault(m.group(2), []).append(int(m.group(1)))
    return out


def part_of_a_mixed_set(fig: Figure) -> str:
    """Why ``fig`` (after 其中) is a part of a whole summed over two or more counts before 其中, '' when it is not."""
    before = fig.before
    at = before.rfind("其中")
    if at < 0 or any(b in before[at:] for b in _RUN_BREAKS):
        return ""
    lead = before[:at]
    lead = lead[max(lead.rfind(b) for b in _RUN_BREAKS) + 1:]
    tail = fig.sentence[at:]
    ends = [i for i in (tail.find(b) for b in _RUN_BREAKS) if i >= 0]
    tail = tail[:min(ends)] if ends else tail
    whole, parts = _counts(lead), _counts(tail)
    for counter, members in parts.items():
        summed = whole.get(counter, [])
        if len(summed) >= 2 and len(members) >= 2 and sum(members) == sum(summed) and sum(members) not in summed:
            return ("a part of the whole summed over the counts before 其中 (其中，市级项目137个…: 457个开工 and 387个在建提速), "
                    "not a goal of its own")
    return ""
