"""Kindergartens and schools counted apart (audit 44 怀化 G4, fix108b).

新改扩建公办幼儿园6所 and 新改扩建公办学校17所 are both schools built (schools_built), but the one counts kindergartens only
and the other schools only: neither measures the other. A name of both (幼儿园、中小学校, 学校（幼儿园）) or of schools at every
level (各级各类学校) is compared as before. A review amount whose name names neither (新增学位9929个) takes the kind of the
count its clause joins it to (新建改扩建幼儿园60所、新增学位9929个: the kindergartens' places; held-out audit 45 昭通 F5). The words: data/tables_words.json ``kindergarten_words``, ``school_words``.
"""
from __future__ import annotations

from govreport.tables.clauses import own_clause
from govreport.tables.figures import Figure, words


def _kinds(name: str) -> tuple[bool, bool]:
    """Whether ``name`` names kindergartens, and schools once its kindergarten words are taken out."""
    rest = name
    for word in words()["kindergarten_words"]:
        rest = rest.replace(word, "")
    return rest != name, any(w in rest for w in words()["school_words"])


def kindergartens_apart(a: str, b: str) -> bool:
    """Whether one of two names counts kindergartens only and the other schools only."""
    (kg_a, school_a), (kg_b, school_b) = _kinds(a), _kinds(b)
    return (kg_a and not school_a and school_b and not kg_b) or (kg_b and not school_b and school_a and not kg_a)


def kind_name(fig: Figure) -> str:
    """The figure's name, or, where it names no kind of school, its own clause before it (幼儿园60所、新增学位: the
    kindergartens' places)."""
    kg, school = _kinds(fig.indicator)
    return fig.indicator if kg or school else own_clause(fig.before)
