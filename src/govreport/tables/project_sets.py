"""Which set of projects a project figure is of (audit 10: 全年实施产业项目1075个、计划投资1743.3亿元 is not
measured by 城市更新项目…完成投资497.3亿元, though both are keyed project_investment).

A report names its sets of projects by a word right before 项目 (产业项目, 基础设施项目, 民生保障项目:
data/tables_words.json ``project_sets``). A figure's set is the last such word in its sentence before it;
a target and a review figure of two different sets are not the same measure. A figure of no named set
(重点项目 alone) is no conflict: only two named sets that differ part them.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from govreport.tables.figures import Figure, words

PROJECTS = "项目"


@cache
def _pattern() -> re.Pattern[str]:
    sets = sorted(words()["project_sets"]["sets"], key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, sets)) + ")[\u4e00-\u9fff]{0,4}?" + PROJECTS)


@lru_cache(maxsize=4096)
def project_set(before: str) -> str:
    """The set of projects the text before a figure names last ('' when it names none)."""
    if PROJECTS not in before:  # most sentences name no projects: one substring test
        return ""
    found = _pattern().findall(before)
    return found[-1] if found else ""


def same_project_set(target: Figure, candidate: Figure) -> bool:
    """Not two different named sets of projects, for a target of a project key (``project_sets.keys``)."""
    if target.indicator_key not in words()["project_sets"]["keys"]:
        return True
    mine, theirs = project_set(target.before), project_set(candidate.before)
    return not (mine and theirs and mine != theirs)


@cache
def _facility_after() -> re.Pattern[str]:
    facilities = sorted(words()["herd_sizes"]["facilities"], key=len, reverse=True)
    return re.compile("[\u4e00-\u9fff]{1,12}?(?:" + "|".join(map(re.escape, facilities)) + ")")


def herd_size_of_a_facility(fig: Figure) -> bool:
    """A head count right before a livestock facility's name (4万头奶牛养殖园区, 4万头奶牛牧场项目): the
    facility's size (``tables_words.json:herd_sizes``); 出栏生猪100万头 and 存栏30万头以上 stay goals."""
    if fig.unit not in words()["herd_sizes"]["units"]:  # most figures are no head counts: one test
        return False
    m = _facility_after().match(fig.sentence, fig.rel_end)
    return m is not None and m.group()[0] not in "以左及多余的并和且或等"
