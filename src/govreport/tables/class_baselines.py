"""The review count of a target's class of projects under the same action (spot audits 40, 43, 57).

A class over an amount (5亿元及以上项目, 5000万元以上项目) is counted in the review by the same words less the verb each
opens with: 新引进5亿元及以上项目 by 其中5亿元以上项目161个 after 全年新招引项目255个 (及以上 is 以上, audit 40), and 实施
5000万元以上项目200个以上 by 开复工5000万元以上项目226个 (projects carried out are those started or continued in the year:
``carried_out_verbs``, audit 43 row 31, spot audit 57 通化 row 4). The figure's clause (``figure_context``) is read with the
clause before a 其中 that opens it, where that clause names the set.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.baselines import BaselineIndex, plausible
from govreport.tables.class_amounts import class_amount
from govreport.tables.clauses import CLAUSE_MARKS, own_clause
from govreport.tables.figures import Figure, words
from govreport.tables.verb_actions import actions, same_action
from govreport.tables.name_agreement import counts_alike

SUBSET: Final = re.compile(r"^\s*其中")  # 新入库亿元以上项目454个，其中百亿级项目7个: the clause before names the set
# a figure in a clause (…百亿级企业达到10家): the words after its number, its unit among them
FIGURE_TAIL: Final = re.compile(r"\d([^\d，,；;。、]{1,6})")
AND_ABOVE: Final = "及以上"


def figure_context(fig: Figure) -> str:
    """The figure's own clause before it (to the last comma), with the clause before that where its own opens with 其中 and
    that clause has a figure in the figure's unit or none (千亿级产业达到3个、百亿级企业达到10家，其中木业产值突破1000亿元: 木业产值 is no
    part of a count of firms, so 百亿级 is not its tier; 新入库亿元以上项目400个，其中五十亿级项目6个 is a part; and of 全年新招引
    项目255个、金额2473.4亿元，其中5亿元以上项目161个; audit 40 LY11)."""
    before = fig.before
    clause = own_clause(before)
    cut = len(before) - len(clause) - 1
    if cut > 0 and SUBSET.match(clause):
        start = max(before.rfind(c, 0, cut) for c in CLAUSE_MARKS)
        tails = FIGURE_TAIL.findall(before, start + 1, cut)
        if not tails or not fig.unit or any(fig.unit in t for t in tails):
            clause = before[start + 1:]
    return clause


def class_match(target: Figure, index: BaselineIndex) -> Figure | None:
    """The review count of the target's class (5亿元及以上项目 is 5亿元以上项目) whose name is the target's less the verb it
    opens with (新引进), where the review figure's clause (or the one before its 其中) says a verb of that action (全年新招引项目
    255个…，其中5亿元以上项目161个); for a name without 及以上, only a class over an amount carried out (实施) and the review's
    count of it started or continued (开复工). None if not exactly one."""
    and_above = AND_ABOVE in target.indicator
    name = target.indicator.replace(AND_ABOVE, "以上")
    carried = tuple(words()["carried_out_verbs"])
    if not and_above and (not name.startswith(carried) or class_amount(name) is None):
        return None
    verbs = actions()
    leads = tuple(verbs) if and_above else carried
    found = []
    for a in index.figures:
        bare = a.indicator.removeprefix("新")  # 新招引5亿元以上项目数: a verb carried to a 其中 part (carried_verbs)
        lead = next((v for v in leads if bare.startswith(v)), "")
        own = bare[len(lead):] if lead and len(bare) - len(lead) >= 4 else a.indicator
        if len(own) < 4 or not name.endswith(own) or a.id in index.average or not counts_alike(target.unit, a.unit):
            continue
        mine = name[:len(name) - len(own)]
        if not and_above:  # both carried out: 实施 and 开复工 (the project count of the year's work)
            if mine in carried and lead in carried and plausible(target, a):
                found.append(a)
            continue
        act = verbs.get(mine, "")
        clause = figure_context(a)
        if act and any(v in clause and same_action(act, w) for v, w in verbs.items()) and plausible(target, a):
            found.append(a)
    return found[0] if len(found) == 1 else None
