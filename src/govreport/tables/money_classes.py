"""A class of things over an amount of money, said two ways (held-out audit 50 楚雄 G2).

超10亿元 and 10亿元以上 are one class (class_amounts.class_amount reads both as over 1e9 元): 引进超10亿元优质产业项目15个
is measured by the review's 引进…、10亿元以上项目15个 when the two count the same head noun (项目) under the same action
(引进, a review member taking its list's lead verb: likeness.Likeness.action), and the target's words between the class
and the noun are only praise or field fillers (tables_words.json ``class_noun_fillers``: 优质, 产业). Any other word there
(重大, 制造业) names another set: no match.

A 其中 part of such a count (引进投资50亿元以上产业项目13个，其中100亿元以上5个) names no noun or verb of its own: it counts
the parent's noun under the parent's action, over its own class (held-out set 71 绍兴 row 6, fix148c).
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.baselines import BaselineIndex, plausible
from govreport.tables.class_amounts import class_amount
from govreport.tables.figures import Figure, words
from govreport.tables.name_agreement import counts_alike
from govreport.tables.verb_actions import same_action

# a money class closing a clause, then the counted noun: 超10亿元优质产业项目, 10亿元以上项目
CLASS_NOUN: Final = re.compile(r"(?:[0-9.]+[万亿]?元(?:及以上|以上)|[0-9.]+[万亿]?元)([\u4e00-\u9fff]{2,8})$")
# between a class count and its 其中 part over a higher class: ，其中100亿元以上
PART_GAP: Final = re.compile(r"[，,]其中(?:[0-9.]+[万亿]?元(?:及以上|以上))$")


def class_noun(fig: Figure) -> str:
    """The noun the figure counts after its money class, fillers left out (优质产业项目 -> 项目); '' where the clause
    closes with no class or with a word before the noun that is no filler."""
    m = CLASS_NOUN.search(fig.clause_before)
    if m is None:
        return ""
    noun = m.group(1)
    fillers = sorted(words()["class_noun_fillers"], key=len, reverse=True)
    while True:
        lead = next((w for w in fillers if noun.startswith(w) and len(noun) > len(w)), "")
        if not lead:
            break
        noun = noun[len(lead):]
    return noun if noun in words()["class_nouns"] else ""


def money_class_match(target: Figure, index: BaselineIndex) -> Figure | None:
    """The one review count of the target's money class and noun under the same action; None if not exactly one."""
    amount = class_amount(target.indicator)
    noun = class_noun(target) if amount is not None else ""
    act = index.likeness.action(target) if noun else ""
    if not act:
        return None
    found = [a for a in index.figures if a.id not in index.average and counts_alike(target.unit, a.unit)
             and class_amount(a.indicator) == amount and (class_noun(a) or class_noun(_parent(a, index) or a)) == noun
             and (done := index.likeness.action(a) or index.likeness.action(_parent(a, index) or a)) and same_action(act, done) and plausible(target, a)]
    return found[0] if len(found) == 1 else None


def _parent(a: Figure, index: BaselineIndex) -> Figure | None:
    """The count a 其中 part over a class is of (引进…项目13个，其中100亿元以上5个: the 13个), in the same unit; None if none."""
    if "其中" not in a.clause_before:
        return None
    return next((p for p in index.figures if p.sentence_start == a.sentence_start and p.unit == a.unit and p.rel_end < a.rel_start
                 and PART_GAP.fullmatch(a.sentence, p.rel_end, a.rel_start)), None)
