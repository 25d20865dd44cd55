"""A named project's own parts or area, no goal (held-out audit 39b 盘锦): a count or an area right after a project's
name (…项目), before a noun and 建设 closing the clause, under a verb pushing the work on (推进盘锦港…及华锦阿美项目8个配套泊位建设,
加快推进华锦阿美项目3.57平方公里配套产业园基础设施建设) is the size of what the project holds, not an amount to produce;
推进62个重点项目建设 (the projects counted) stays a goal. Word lists: ``tables_words.json`` project_push_verbs,
project_part_ends."""
from __future__ import annotations

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words
from govreport.tables.scoping_figures import own_clause_after

PROJECT_NOUNS = ("项目", "工程")


def part_of_a_project(fig: Figure) -> str:
    """Why the figure is a named project's own parts or area ('' when it is not)."""
    if unit_field(fig.unit, "kind") not in ("count", "area") or not fig.before.endswith(PROJECT_NOUNS):
        return ""
    w = words()
    clause = fig.clause_before
    verb = next((v for v in w["project_push_verbs"] if clause.startswith(v)), "")
    name = clause[len(verb):-2]  # 华锦阿美 of 华锦阿美项目: a name, not a class of projects (重点, 省市重点)
    rest = own_clause_after(fig)
    end = next((e for e in w["project_part_ends"] if rest.endswith(e)), "")
    noun = rest[:len(rest) - len(end)]
    if not verb or not end or len(name) < 2 or name.endswith(tuple(w["project_class_words"])) \
            or not noun or noun.startswith(PROJECT_NOUNS) or any(c.isdigit() for c in noun + name[-6:]):
        return ""
    return "a named project's own parts or area (华锦阿美项目8个配套泊位建设), not an amount to produce"
