"""What kind of bound a target is (floor, ceiling, band, exact: ``target_kind``), read from the words around it, and the
other words of its row that its own sentence gives: the commitment word before it (确保, 力争) and its name as a standard paid
per head (…标准). docs/assumptions.md#target-kinds.
"""
from __future__ import annotations

import re
from functools import cache

from govreport.extract.long_names import compares_growths
from govreport.tables.clauses import first_mark, last_mark
from govreport.tables.figures import Figure, words
from govreport.tables.hedged_figures import step_reached
from govreport.tables.service_times import service_time
from govreport.tables.measures import (AT_LEAST_CHANGE, CUT_TO, NEAR_BREAKS, _at_end, list_clause, registered,
                                       standing_floor)


CEILING_WORDS = ("控制在", "以内", "不超过", "不高于", "低于", "以下")

FLOOR_WORDS = ("不低于", "不少于", "以上", "超过", "突破")
BOUND_OF = re.compile(r"(不低于|不少于|不高于|不超过)[^，,；;。\d]{1,16}的$")  # 不低于当地最低生活保障标准的1.6倍
# a bound word right after 分别 stands before every figure of the list (分别不少于城市建成区面积的7.5%、22.5%、45%,
# audit 36 SX24#59, #60): group 1 the bound; the list's figures are joined by 、/和 with no clause break
EACH_BOUND = re.compile(r"分别(不低于|不少于|不高于|不超过)[^，,；;。：:]*$")
# (held-out set 68, fix143c) a cut-to verb right after 分别 stands before every figure of the list as well: 孕产妇死亡率、婴儿死亡率…
# 分别下降到14.6/10万、4.4‰、6.4‰ sets a ceiling on each member, not on the first alone (the first is read by CUT_TO)
EACH_CUT = re.compile(r"分别(?:" + CUT_TO.pattern[3:-2] + r")[^，,；;。：:]*$")


def commitment_word(fig: Figure) -> str:
    """The commitment word nearest before the figure in its sentence (确保, 力争, 稳定在 …)."""
    m = _commitment_reversed().search(fig.before[::-1])  # one search, not one rfind per word
    return m.group()[::-1] if m else ""


@cache
def _commitment_reversed() -> re.Pattern[str]:
    """The commitment words reversed, longest first: in the reversed words before a figure the first match is
    the word ending nearest the figure, and the longest of those ending there."""
    listed = sorted(words()["commitment_words"], key=len, reverse=True)
    return re.compile("|".join(re.escape(w[::-1]) for w in listed))


def _near(fig: Figure, before: int = 8, after: int = 4) -> str:
    """The words around a figure within its own clause (城镇登记失业率4.5%以内，进出口增长6%左右:
    the 以内 is the unemployment rate's, not the trade target's)."""
    start = max(fig.rel_start - before, 0)
    head = fig.sentence[start:fig.rel_start]
    start += last_mark(head, NEAR_BREAKS) + 1
    tail = fig.sentence[fig.rel_end:fig.rel_end + after]
    stop = first_mark(tail, NEAR_BREAKS)
    stop = len(tail) if stop < 0 else stop
    return fig.sentence[start:fig.rel_end + stop]


def target_kind(fig: Figure, measure: str) -> str:
    """floor / ceiling / band / exact (docs/assumptions.md#target-kinds).

    A range (5%—6%) is a band; 以内, 控制在, 不超过 and ``at_most`` make a ceiling, and so does
    a level (or 左右) of an indicator whose good direction is down (CPI 2%左右, unemployment
    5.5%左右); 左右 is otherwise a band; 以上, 不低于 and growth targets are floors."""
    ind = registered(fig)
    near = _near(fig)
    if fig.value_high is not None:
        return "band"
    bound = BOUND_OF.search(fig.clause_before)  # a bound on a multiple or share of another amount
    if bound and not fig.qualifier:  # 不低于当地最低生活保障标准的1.6倍, 不高于上年的90%
        return "ceiling" if bound.group(1) in ("不高于", "不超过") else "floor"
    if not fig.qualifier and compares_growths(fig.clause_before):
        return "floor"  # 增幅高于规上工业企业平均水平5%: a margin over a benchmark's growth (held-out set 74 泰安 row 16, fix153d)
    each = EACH_BOUND.search(list_clause(fig)) if "分别" in fig.before and not fig.qualifier else None
    if each:  # a later member of a 分别 list whose bound word stands before the first figure
        return "ceiling" if each.group(1) in ("不高于", "不超过") else "floor"
    if "分别" in fig.before and not fig.qualifier and EACH_CUT.search(list_clause(fig)):
        return "ceiling"
    bounded_below = fig.qualifier in ("at_least", "more_than")  # 不低于80%: its 低于 makes no ceiling
    if (fig.qualifier == "at_most" or not bounded_below and any(w in near for w in CEILING_WORDS[:5])
            or _at_end(CUT_TO, fig.before) or service_time(fig)):  # 新开办企业“0.5天”办理: a time limit (held-out set 72)
        return "ceiling"
    if fig.qualifier in ("at_least", "more_than") or any(w in near for w in FLOOR_WORDS[:2]) or _at_end(AT_LEAST_CHANGE, fig.before):
        return "floor"
    if not fig.qualifier and any(m in list_clause(fig) for m in words()["minimum_words"]):
        return "floor"  # 年内至少完成生态修复5000亩, 至少引进…项目5个、…项目2个: 至少 before the verb bounds each figure of its clause (held-out set 72)
    if standing_floor(fig) or step_reached(fig):  # 18亿亩耕地红线: a floor kept every year; 迈上4000亿元台阶 (spot audit 58)
        return "floor"
    if ind is not None and ind.good_direction == "down" and fig.direction != "decrease":  # (拟安排财政赤字2.18万亿元: planned, exact)
        # the plan word may open the sentence's first clause for all its amounts (赤字率拟按3%安排，赤字规模4.06万亿元)
        return "exact" if any(w in fig.before for w in words()["planned_amount_leads"]) else "ceiling"
    if fig.qualifier == "about":
        return "band"
    if measure == "growth_rate":  # a cut by a stated rate (征收标准降低20%) is that cut, no floor of growth
        return "exact" if fig.direction == "decrease" and ind is None else "floor"
    return "exact"


def per_head_standard(fig: Figure) -> str:
    """The target's name, with 标准 when it is a payment stated per person (城乡居民医保财政补助由每人每年
    420元提高到450元: the standard paid each person, not the total subsidy)."""
    w = words()
    if fig.unit == "元" and fig.indicator.endswith(tuple(w["per_head_payments"])) \
            and any(x in fig.clause_before for x in w["per_head_words"]):
        return fig.indicator + "标准"
    return fig.indicator
