"""A 分别 member of a narrower scope is no baseline of the whole (held-out set 53 衡阳 row 26, fix121d).

58个省重点项目、424个市重点项目分别完成投资500亿元、1100亿元 gives each scope's amount; 完成重点项目投资1300亿元 is set for key
projects of both scopes, so neither member alone (省重点项目投资 500亿元) measures it: the whole is their sum, or no single
member. The rule refuses the member (docs/assumptions.md#baseline-matching); it does not sum the members."""
from __future__ import annotations

from govreport.tables.figures import Figure

EACH = "分别"


def narrower_each_member(target: Figure, baseline: Figure, sentence_figs: list[Figure]) -> str:
    """The names of the 分别 members where ``baseline`` is one member of a 分别 list and another member of it, in the same unit,
    is named like it with the target's whole name after a scope of its own (省重点项目投资, 市重点项目投资 of 重点项目投资);
    '' otherwise."""
    name = target.indicator
    if EACH not in baseline.before or len(name) < 2 or baseline.indicator == name or not baseline.indicator.endswith(name):
        return ""
    mates = [f for f in sentence_figs if f is not baseline and f.unit == baseline.unit and EACH in f.before
             and f.indicator != baseline.indicator and f.indicator.endswith(name) and f.indicator != name]
    return "、".join([baseline.indicator] + [f.indicator for f in mates]) if mates else ""
