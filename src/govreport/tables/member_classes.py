"""A list member that states its own money class (新增营收过百亿元企业2家、过五十亿元2家: the second 2家 counts
firms over 五十亿元): its name takes that class in place of the sibling's it was given (audit 29)."""
from __future__ import annotations

import re
from dataclasses import replace

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure

AMOUNT = r"(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)[万亿]?元"
# 、过五十亿元: the member's own class, right before its count
OWN_CLASS = re.compile(rf"、(过|超过|超)({AMOUNT})$")
CLASS_IN_NAME = re.compile(rf"(?:过|超过|超){AMOUNT}")


def own_class(fig: Figure) -> Figure | None:
    """``fig`` named with its own class when it is a member stating one after a sibling's; else None."""
    if unit_field(fig.unit, "kind") != "count" or "、" not in fig.before:
        return None
    m = OWN_CLASS.search(fig.before)
    if m is None or not CLASS_IN_NAME.search(fig.indicator):
        return None
    name = CLASS_IN_NAME.sub(lambda _: m.group(1) + m.group(2), fig.indicator, count=1)
    if name.endswith(m.group(1) + "数"):  # 新增营收过百亿元企业过数: the member's lead word left before 数
        name = name[:-len(m.group(1)) - 1] + "数"
    return replace(fig, indicator=name)
