"""A share's numerator: 科技支出占一般公共预算支出的比重 is not measured by 民生支出389.04亿元，占一般公共预算支出80%左右
(audit 36 GL24 #50: the review's clause opens with 占, its numerator the noun opening the clause before)."""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.clauses import last_mark
from govreport.tables.figures import Figure

SHARE_OF: Final = "占"
BREAKS: Final = "，,；;。：:"
NOUN_BEFORE_FIGURE: Final = re.compile(r"[\u4e00-\u9fff]{2,12}")
MIN_NAMED: Final = 3  # a numerator's own words this long name a thing of their own (高新技术, 战略性新兴), shorter ones may be variants (民间, 民营)


def target_numerator(target: Figure) -> str:
    """The words before 占 in the target's clause, from the last 的 (每年安排的科技支出占… -> 科技支出), or ''."""
    clause = target.before[last_mark(target.before, BREAKS) + 1:]  # (、 kept: a later member of the list too)
    at = clause.find(SHARE_OF)
    if at < 2:
        return ""
    head = clause[:at]
    return head[head.rfind("的") + 1:]


def elided_numerator(fig: Figure) -> str:
    """The noun opening the clause before when ``fig``'s clause opens with 占 (民生支出389.04亿元，占…80%), or ''."""
    if not fig.clause_before.startswith(SHARE_OF):
        return ""
    before = fig.before[:len(fig.before) - len(fig.clause_before)].rstrip(BREAKS)
    prev = before[last_mark(before, BREAKS) + 1:]
    m = NOUN_BEFORE_FIGURE.match(prev)
    return m.group() if m else ""


def other_numerator(target: Figure, fig: Figure) -> bool:
    """Two shares of one whole whose numerators, their common head (支出) taken off, share no character: two measures."""
    if not fig.clause_before.startswith(SHARE_OF) or SHARE_OF not in target.before:
        return False
    mine, theirs = target_numerator(target), elided_numerator(fig)
    while mine and theirs and mine[-1] == theirs[-1]:
        mine, theirs = mine[:-1], theirs[:-1]
    return bool(mine and theirs) and not set(mine) & set(theirs)


def _numerator(name: str) -> str:
    """The words before 占 of a name X占Y比重 (not the 占 of a closing 占比), or ''."""
    at = name.removesuffix("占比").find(SHARE_OF)
    return name[:at] if at >= 2 else ""


def unshared_numerator(name: str, other: str) -> bool:
    """One name a share of something (高新技术产业增加值占规上工业比重), the other a rate with no 占, sharing no two
    characters in a row with what the share counts: a coverage rate of 规上工业企业 is no share of 高新技术产业增加值 for the
    whole they share (audit 50 舟山 row 22); 城镇化率 and 城镇人口占总人口比重 share 城镇 and stay one measure."""
    mine, theirs = _numerator(name), _numerator(other)
    if bool(mine) == bool(theirs) or SHARE_OF in (other if mine else name).removesuffix("占比"):
        return False
    counted, rate = (mine, other) if mine else (theirs, name)
    return not any(counted[i:i + 2] in rate for i in range(len(counted) - 1))


def numerators_apart(name: str, other: str) -> bool:
    """Two names X占Y whose numerators, their common head (投资) taken off, share no character: shares of two things, which a
    match through synonyms of their wholes (全部投资 ≈ 固定资产投资) never joins (工业投资占全部投资比重 is no 民间投资占
    固定资产投资比重: held-out audit 45 普洱 E); numerators of three characters or more, once it is off, apart when they share no two
    characters in a row (高新技术产业增加值 and 战略性新兴产业增加值 share only 新: two industries' shares of 规上工业, held-out set 69
    萍乡 row 22; 民间 and 民营 投资, shorter, stay one)."""
    mine, theirs = _numerator(name), _numerator(other)
    while mine and theirs and mine[-1] == theirs[-1]:
        mine, theirs = mine[:-1], theirs[:-1]
    if not (mine and theirs):
        return False
    if min(len(mine), len(theirs)) >= MIN_NAMED:
        return not any(mine[i:i + 2] in theirs for i in range(len(mine) - 1))
    return not set(mine) & set(theirs)
