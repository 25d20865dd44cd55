"""A 分别 member of a narrower scope is no baseline of the whole (held-out set 53 衡阳 row 26, fix121d).

58个省重点项目、424个市重点项目分别完成投资500亿元、1100亿元 gives each scope's amount; 完成重点项目投资1300亿元 is set for key
projects of both scopes, so neither member alone (省重点项目投资 500亿元) measures it: the whole is their sum, or no single
member. The rule refuses the member (docs/assumptions.md#baseline-matching); it does not sum the members.

So too a member named like another member of its own 分别 list (甲、乙度假区…旅游收入分别增长26%和43.2%: both 旅游收入增长):
the subjects the list sets apart are left out of the names, so each member is one sub-unit's figure, no whole's (全市旅游收入
增长60%; held-out set 73 吉林 row 28, fix152c), unless the target's sentence names one of those subjects (轻工纺织产业，…力争
实现产值280亿元 takes its own member of 机械制造、轻工纺织…等传统产业…，分别实现产值…)."""
from __future__ import annotations

import re

from govreport.tables.clauses import last_mark
from govreport.tables.figures import Figure

CLAUSE_MARKS = "，,；;。：:"

EACH = "分别"


def narrower_each_member(target: Figure, baseline: Figure, sentence_figs: list[Figure]) -> str:
    """The names of the 分别 members where ``baseline`` is one member of a 分别 list and another member of it, in the same unit,
    is named like it with the target's whole name after a scope of its own (省重点项目投资, 市重点项目投资 of 重点项目投资);
    '' otherwise."""
    name = target.indicator
    if (twins := _same_named_members(baseline, sentence_figs)) and not _names_a_member(target, baseline):
        return twins
    if EACH not in baseline.before or len(name) < 2 or baseline.indicator == name or not baseline.indicator.endswith(name):
        return ""
    mates = [f for f in sentence_figs if f is not baseline and f.unit == baseline.unit and EACH in f.before
             and f.indicator != baseline.indicator and f.indicator.endswith(name) and f.indicator != name]
    return "、".join([baseline.indicator] + [f.indicator for f in mates]) if mates else ""


def _same_named_members(baseline: Figure, sentence_figs: list[Figure]) -> str:
    """The texts of ``baseline`` and the members of its own 分别 list (the same last 分别 before each, with no clause mark
    after it) named and measured as it is, in another value, where the things the list sets apart are named in an earlier clause
    (甲、乙度假区接待游客…，旅游收入分别增长…), not listed in its own; '' when it has none."""
    at = _each_at(baseline)
    if at < 0 or "、" in baseline.before[last_mark(baseline.before[:at], CLAUSE_MARKS) + 1:at]:
        return ""  # (制造业、科学研究…企业投资分别增长10.1%、46.2%: the members are listed in its clause, named together, not sub-units)
    mates = [f for f in sentence_figs if f is not baseline and f.sentence_start == baseline.sentence_start and _each_at(f) == at
             and f.indicator == baseline.indicator and f.unit == baseline.unit and f.value != baseline.value and f.year == baseline.year]
    return "、".join([baseline.text] + [f.text for f in mates]) if mates else ""


def _each_at(fig: Figure) -> int:
    """Where in its sentence the 分别 of the figure's own list stands (its last 分别 before it, no clause mark between), or -1."""
    at = fig.before.rfind(EACH)
    return -1 if at < 0 or any(c in fig.before[at:] for c in CLAUSE_MARKS) else at


FIGURE_ON = re.compile(r"\d.*")  # a member's figure and what follows it (内资43.5亿元: 内资)


def _names_a_member(target: Figure, baseline: Figure) -> bool:
    """The target's sentence names a subject of the 、 list in the nearest clause before the baseline's that has one (甲、乙
    度假区接待游客…: the first member's last four characters, the middle ones, the last member's first four); true when there
    is no such list, as the subjects are then not known."""
    before = baseline.before[:max(_each_at(baseline), 0)]
    clauses = [c for c in re.split(f"[{CLAUSE_MARKS}]", before) if "、" in c]
    if not clauses:
        return True
    members = [FIGURE_ON.sub("", m) for m in clauses[-1].split("、")]
    keys = [members[0][-4:]] + members[1:-1] + [members[-1][:4]]
    return any(len(k) >= 2 and k in target.sentence for k in keys)
