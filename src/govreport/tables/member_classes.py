"""A list member that states its own money class (新增营收过百亿元企业2家、过五十亿元2家: the second 2家 counts
firms over 五十亿元): its name takes that class in place of the sibling's it was given (audit 29)."""
from __future__ import annotations

import re
from dataclasses import replace

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure

AMOUNT = r"(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)[万亿]?元"
# an amount with 万/亿 may leave out 元 (过百亿的制造业企业, 过50亿的: audit 44 JZ)
LOOSE_AMOUNT = r"(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)(?:[万亿]元?|元)"
# 、过五十亿元: the member's own class, right before its count (、过50亿的2家 too)
OWN_CLASS = re.compile(rf"、(过|超过|超)({LOOSE_AMOUNT})的?$")
CLASS_IN_NAME = re.compile(rf"(?:过|超过|超){LOOSE_AMOUNT}")


def own_class(fig: Figure, group: list[Figure] | None = None) -> Figure | None:
    """``fig`` named with its own class when it is a member stating one after a sibling's; else None. A member whose
    name holds no class takes the sibling's right before it in ``group`` (新增年营业收入过百亿的制造业企业1家、过50亿的2家:
    not 增长点的数, a noun of an earlier clause; audit 44 JZ)."""
    if unit_field(fig.unit, "kind") != "count" or "、" not in fig.before:
        return None
    m = OWN_CLASS.search(fig.before)
    if m is None:
        return None
    source = fig.indicator if CLASS_IN_NAME.search(fig.indicator) else _sibling_name(fig, group or [], m.start())
    if not source:
        return None
    name = CLASS_IN_NAME.sub(lambda _: m.group(1) + m.group(2), source, count=1)
    if name.endswith(m.group(1) + "数"):  # 新增营收过百亿元企业过数: the member's lead word left before 数
        name = name[:-len(m.group(1)) - 1] + "数"
    return replace(fig, indicator=name)


def _sibling_name(fig: Figure, group: list[Figure], mark: int) -> str:
    """The name of the figure of the same unit that ends right before the member's 、 (at ``mark`` of ``fig.before``),
    when it holds a class; else ''."""
    prev = next((o for o in group if o.unit == fig.unit and o.rel_end <= mark
                 and fig.sentence[o.rel_end:mark] in ("", "以上", "左右")), None)
    return prev.indicator if prev is not None and CLASS_IN_NAME.search(prev.indicator) else ""


# a count followed by the money class of what it counts (40个40亿元以上项目, 3家以上产值超50亿企业): the class and the noun
COUNTED_CLASS = re.compile(rf"(?:以上|左右)?((?:[\u4e00-\u9fff]{{1,3}}?(?:超过|过|超))?{LOOSE_AMOUNT}(?:及以上|以上)?)([\u4e00-\u9fff]{{2,6}}?)(?=[、，,。；;]|和|$)")
CUT_AT_CLASS = re.compile(r"(?:超过|过|超)数$")


def counted_class(fig: Figure) -> Figure | None:
    """A count followed by the money class of the things it counts and their noun (推进40个40亿元以上项目、50个20亿元以上
    项目: each member's own class; 新增3家以上产值超50亿企业: a name cut at 超, 产值超数): the name with that class before
    the noun (推进40亿元以上项目数, 新增产值超50亿企业数; held-out 51 商丘, 江门), as no two members read alike; else None."""
    if unit_field(fig.unit, "kind") != "count" or not fig.indicator.endswith("数"):
        return None
    m = COUNTED_CLASS.match(fig.after)
    if m is None or m.group(1) in fig.indicator:
        return None
    klass, noun = m.group(1), m.group(2)
    name = fig.indicator[:-1]
    if (cut := CUT_AT_CLASS.search(fig.indicator)) and (lead := re.match(r"[\u4e00-\u9fff]*?(?=超过|过|超)", klass)) and name.endswith(lead.group() + cut.group()[:-1]):
        return replace(fig, indicator=name[:-len(lead.group() + cut.group()[:-1])] + klass + noun + "数")  # 产值超数 -> 产值超50亿企业数
    if not name.endswith(noun):
        return None
    return replace(fig, indicator=name[:-len(noun)] + klass + noun + "数")
