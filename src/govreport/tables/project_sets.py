"""Which set of projects a project figure is of (audit 10: 全年实施产业项目1075个、计划投资1743.3亿元 is not
measured by 城市更新项目…完成投资497.3亿元, though both are keyed project_investment).

A report names its sets of projects by a word right before 项目 (产业项目, 基础设施项目, 民生保障项目:
data/tables_words.json ``project_sets``). A figure's set is the last such word in its sentence before it;
a target and a review figure of two different sets are not the same measure. A figure of no named set
(重点项目 alone) is no conflict: only two named sets that differ part them — save for a target whose sentence names its
projects only after it (全年计划投资8.6亿元，…等市政项目建设): of that set, it takes no review figure of another or of none.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from govreport.lexicon import name_words
from govreport.tables.figures import Figure, words
from govreport.tables.scope_figures import capacity_in_project_list
from govreport.tables.verb_actions import actions

PROJECTS = "项目"
COUNT_END = "数"  # a count's name ends so (补短板事项数)


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
    """Not two different named sets of projects, for a target of a project key (``project_sets.keys``); a target whose
    sentence names no projects before it and a set after it (全年计划投资8.6亿元，加快推进…，大力实施…等市政项目建设) is of
    that set, and only a review figure of the same set measures it (corpus spot check, fix46b: not 年内开工项目57个，完成投资34.8亿元, every
    project's); a review figure whose sentence names none before it is of the set its own clause names after it (set_in_own_clause)."""
    if target.indicator_key not in words()["project_sets"]["keys"]:
        return True
    mine, theirs = project_set(target.before), project_set(candidate.before) or set_in_own_clause(candidate)
    if PROJECTS not in target.before and (after := project_set(target.after)):
        return theirs == after  # 全年计划投资8.6亿元，…等市政项目建设: that set's, no all-projects total's (年内开工项目57个，完成投资34.8亿元)
    return not (mine and theirs and mine != theirs)


OWN_CLAUSE_END = re.compile(r"[，,；;。：:]")


def set_in_own_clause(fig: Figure) -> str:
    """The set of projects a figure whose sentence names none before it names after it in its own clause (投入34.4亿元建设78个
    基础设施项目: the infrastructure projects' money; held-out set 58 阳江 row 11, fix128d); '' otherwise (not a set a later clause names)."""
    if PROJECTS in fig.before:
        return ""
    end = OWN_CLAUSE_END.search(fig.after)
    return project_set(fig.after[:end.start()] if end else fig.after)


@cache
def _action_words() -> tuple[str, ...]:
    return tuple(sorted(actions(), key=len, reverse=True))  # longest first: 加快推进 before 推进


def names_projects(phrase: str, name: str = "") -> bool:
    """The phrase, or the ``name`` less its 数, ends with what 项 and 个 both count (``tables_words.json`` project_heads,
    item_heads), also before the action on it and an adverb (省市县三级重点项目建设, 重点项目扎实推进: audit 38, WH24#8)."""
    w = words()
    heads = tuple(w["project_heads"] + w["item_heads"])
    if phrase.endswith(heads) or name.removesuffix(COUNT_END).endswith(heads):
        return True
    if not phrase.endswith(_action_words()):  # one test for most phrases
        return False
    verb = next(v for v in _action_words() if phrase.endswith(v))
    rest = phrase[:-len(verb)]
    rest = rest.removesuffix(next((a for a in name_words("push_adverb") if rest.endswith(a)), ""))
    return rest.endswith(heads)


@cache
def _facility_after() -> re.Pattern[str]:
    facilities = sorted(words()["herd_sizes"]["facilities"], key=len, reverse=True)
    # (a quoted brand inside the name: 60万头“内江黑猪”全产业链等项目, audit 50 neijiang row 43)
    return re.compile("[\u4e00-\u9fff“”]{1,12}?(?:" + "|".join(map(re.escape, facilities)) + ")")


def herd_size_of_a_facility(fig: Figure) -> bool:
    """A head count right before a livestock facility's name (4万头奶牛养殖园区, 4万头奶牛牧场项目): the
    facility's size (``tables_words.json:herd_sizes``); 出栏生猪100万头 and 存栏30万头以上 stay goals."""
    if fig.unit not in words()["herd_sizes"]["units"]:  # most figures are no head counts: one test
        return False
    m = _facility_after().match(fig.sentence, fig.rel_end)
    return m is not None and m.group()[0] not in "以左及多余的并和且或等" or _herd_in_project_list(fig)


HERD_MEMBER: Final = re.compile(r"[\u4e00-\u9fff]{1,6}(?=、)")  # 2.4万头奶牛、: the animal, then the list goes on


def _herd_in_project_list(fig: Figure) -> bool:
    """A head count and its animal opening a 、 list of sizes that closes on 项目, a name and no verb before it (乳肉制品力推
    飞鹤2.4万头奶牛、4万吨奶粉项目开工, held-out set 63 白城 row 30, fix136b): the project's design size, as its 4万吨 is
    (``capacity_in_project_list``); 新增2.4万头奶牛、… stays an amount to reach."""
    m = HERD_MEMBER.match(fig.sentence, fig.rel_end)
    if m is None:
        return False
    return capacity_in_project_list(fig.before, fig.sentence[m.end():m.end() + 60])
