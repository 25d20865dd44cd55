"""A 其中 part whose own words say no action takes its whole's (held-out set 58, fix128c).

年内新引进招商项目200个以上，其中过亿元产业项目100个以上: the 100 are projects brought in (新引进, attract), as the whole is;
实施投资过亿元制造业项目179个 counts projects carried out, another action, though both say 过亿元. Only the actions of
tables_words.json ``part_inherited_actions`` are read this way (bringing in, signing: what a part of them is, the whole says);
a review figure that says none of them (nor its own whole) is no baseline of such a part.
"""
from __future__ import annotations

from functools import cache

from govreport.tables.clauses import CLAUSE_MARKS
from govreport.tables.figures import Figure, words
from govreport.tables.kinds_apart import first_action
from govreport.tables.likeness import Likeness
from govreport.tables.stock_parts import whole_of_a_part
from govreport.tables.verb_actions import _action_scan, actions, same_action


@cache
def _inherited() -> frozenset[str]:
    return frozenset(words()["part_inherited_actions"])


def whole_action(fig: Figure) -> str:
    """The action of the clause a 其中 part opens right after (…新引进招商项目200个以上，其中…: attract), '' for any other figure."""
    whole = whole_of_a_part(fig, CLAUSE_MARKS, "，,")
    if whole is None:
        return ""
    m = first_action(_action_scan(), whole)
    return actions()[m.group()] if m else ""


def part_action_apart(like: Likeness, target: Figure, fig: Figure) -> bool:
    """The target is a 其中 part saying no action of its own, its whole one of ``part_inherited_actions``, and the review
    figure says (itself or through its own whole) another action or none."""
    if like.action(target):
        return False
    inherited = whole_action(target)
    if not inherited or not set(inherited.split("|")) & _inherited():
        return False
    theirs = like.action(fig) or whole_action(fig)
    return not (theirs and same_action(inherited, theirs))
