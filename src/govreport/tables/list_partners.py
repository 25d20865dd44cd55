"""The first member of a plan 、 list whose next member found its baseline as the second member of a review 、 list
(新增…重点龙头企业10家、联合体10家 and 新增州级龙头企业19家、联合体17家): the review list's first member, of the same
unit and the same head noun, is the target's baseline, though the plan's fuller name scores too low against its terser
one (held-out set 83 延边 row 48, fix164c). Only where both are the first figure of their clause, each list's two members are
joined by a 、 alone, the target is a count (a rate's shared ending is its measure: 投资增长), and the two names end with the same head of ``list_partner_head_min`` characters or more."""
from __future__ import annotations

from govreport.lexicon import read_json, unit_field
from govreport.tables.baseline_refusals import refused
from govreport.tables.baselines import BaselineIndex, Match, plausible
from govreport.tables.figures import Figure

LIST_MARK = "、"
COUNTED_ENDS = "数量"  # a count's name ends with 数 (州级龙头企业数): not a part of the head noun


def _joined(first: Figure, second: Figure) -> bool:
    """``second`` follows ``first`` in one sentence, in the same unit, with only a 、 list between them."""
    if first.sentence_start != second.sentence_start or first.unit != second.unit or second.rel_start <= first.rel_end:
        return False
    between = first.sentence[first.rel_end:second.rel_start]
    return LIST_MARK in between and not any(c.isdigit() or c in "，,；;。：:" for c in between)


def _first_of_clause(fig: Figure) -> bool:
    """No figure stands before ``fig`` in its own clause (it opens its list)."""
    return not any(c.isdigit() for c in fig.clause_before)


def _shared_head(one: str, other: str) -> str:
    """The longest ending two names share, the counted ending (数) left off."""
    one, other = one.rstrip(COUNTED_ENDS), other.rstrip(COUNTED_ENDS)
    n = 0
    while n < min(len(one), len(other)) and one[-1 - n] == other[-1 - n]:
        n += 1
    return one[len(one) - n:]


def partner_member(target: Figure, plan: list[Figure], baseline_of: dict[int, Figure], index: BaselineIndex,
                   claimed: dict[int, str]) -> Match | None:
    """The review list's first member for ``target`` (see the module's doc); None where any condition fails."""
    if unit_field(target.unit, "kind") != "count" or not _first_of_clause(target):  # (能源投资增长80%、… and 产业投资增长24.3%、…: a rate's
        return None  # shared ending is its measure, 投资增长, no counted thing)
    nxt = next((o for o in plan if o.id != target.id and _joined(target, o)), None)
    if nxt is None or nxt.id not in baseline_of:
        return None
    theirs = baseline_of[nxt.id]
    prev = next((o for o in index.phrase_of.groups.get(theirs.sentence_start, []) if o.role != "label" and _joined(o, theirs)), None)
    if prev is None or not _first_of_clause(prev) or prev.id in claimed or any(b.id == prev.id for b in baseline_of.values()):
        return None
    head = _shared_head(target.indicator, prev.indicator)
    if len(head) < int(read_json("tables_parameters.json")["baseline"]["list_partner_head_min"]) or not any(a.id == prev.id for a in index.figures) \
            or not plausible(target, prev):
        return None
    m = Match(prev, "same", 1.0, f"the first member ({prev.indicator}, {prev.text}) of the review list whose next member "
              f"({theirs.text}) is the baseline of this list's next; the same head '{head}'", prev.year)
    return None if refused(target, m, index, claimed) else m
