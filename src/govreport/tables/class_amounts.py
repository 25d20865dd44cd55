"""The amount a class of things is over, as a name states it (audit 10: 营业收入过50亿元企业 is not
measured by 营业收入过十亿元企业, nor 过100亿元 by 过50亿元: a differing threshold makes another measure).

A name holds a class when an amount in 元 follows an over word (过, 超过, 超, 逾: data/name_subjects.json
``over_words``) or is followed by 以上 (10亿元以上项目; 亿元以上 alone is over 1亿元, and 超亿元 since held-out set 60). Two figures whose
names state classes over different amounts measure different things; a name with no class is no conflict.
"""
from __future__ import annotations

from govreport.tables.figures import Figure
from govreport.tables.size_classes import class_amount  # (read there: a name phrase writes a class in words as its token too)

__all__ = ["class_amount", "same_class_amount"]


def same_class_amount(target: Figure, candidate: Figure) -> bool:
    """Not two classes over different amounts (one side with none is no conflict)."""
    mine, theirs = class_amount(target.indicator), class_amount(candidate.indicator)
    return mine is None or theirs is None or mine == theirs
