"""Counts that read like goals but are slogans or the size of a set the plan links up: a rank in the top N for every field of
work (确保各项工作进入全省前四名: no one indicator to rank), and places a verb links to one another (推进沿线26个景区景点互联互通、
协同组团发展: the spots linked, not an amount to reach). Held-out set 78; the words are tables_words.json ``every_work_subjects``,
``linked_set_verbs``, ``linked_set_relations``."""
from __future__ import annotations

import re

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words

CLAUSE_END = re.compile(r"[，,；;。]")


def every_work_rank(fig: Figure) -> bool:
    """A top-N rank (前四名) whose clause's subject is every field of work or every indicator (各项工作, 各项指标): a slogan."""
    return fig.before.endswith("前") and fig.unit in ("名", "位") and any(s in fig.clause_before for s in words()["every_work_subjects"])


def linked_set(fig: Figure) -> bool:
    """A count right after a linking verb (and a scope: 推进沿黄26个景区景点) whose clause goes on to a relation word
    (互联互通, 协同, 联动, 组团发展) with no output verb in it: the set of places linked, not an amount to produce."""
    if unit_field(fig.unit, "kind") != "count":
        return False
    w = words()
    clause = fig.clause_before
    verb = next((v for v in w["linked_set_verbs"] if clause.startswith(v)), "")
    if not verb or any(c.isdigit() for c in clause):
        return False
    after = CLAUSE_END.split(fig.after, maxsplit=1)[0]
    if not any(r in after for r in w["linked_set_relations"]):
        return False
    return not any(v in clause + after for v in w["output_verbs"]) and not any(v in after for v in w["output_after"])


def slogan_set(fig: Figure) -> str:
    """Why ``fig`` is a slogan or a linked set ('' when it is neither)."""
    if every_work_rank(fig):
        return "a rank for every field of work (确保各项工作进入全省前四名), a slogan, not one indicator's goal"
    if linked_set(fig):
        return "the set of places a plan links up (推进沿线26个景区景点互联互通、协同组团发展), not an amount to produce"
    return ""
