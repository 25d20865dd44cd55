"""Kindergartens and schools counted apart (audit 44 怀化 G4, fix108b).

新改扩建公办幼儿园6所 and 新改扩建公办学校17所 are both schools built (schools_built), but the one counts kindergartens only
and the other schools only: neither measures the other. A name of both (幼儿园、中小学校, 学校（幼儿园）) or of schools at every
level (各级各类学校) is compared as before. A review amount whose name names neither (新增学位9929个) takes the kind of the
count its clause joins it to (新建改扩建幼儿园60所、新增学位9929个: the kindergartens' places; held-out audit 45 昭通 F5). The words: data/tables_words.json ``kindergarten_words``, ``school_words``.

Schools of two kinds (幼儿园, 义务教育, 高中, 特殊教育, 中等职业教育: ``school_kind_words``) never measure each other: a review
list of places runs through every kind, and 新增中等职业教育学位 shares 教育学位 with 新增义务教育学位. A places figure whose name
states no kind (新增学位276个) takes the kind of the school count just before it, in its list member or the segment before
(、 or ，): 新改扩建特殊教育学校2所、新增学位276个 are special schools' places (held-out audit 48 河源 G1).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.tables.clauses import last_mark, own_clause
from govreport.tables.figures import Figure, words


def _kinds(name: str) -> tuple[bool, bool]:
    """Whether ``name`` names kindergartens, and schools once its kindergarten words are taken out."""
    rest = name
    for word in words()["kindergarten_words"]:
        rest = rest.replace(word, "")
    return rest != name, any(w in rest for w in words()["school_words"])


SEGMENT_MARKS: Final = "、，,"  # the marks between a school count and its places (、 or ，)
SENTENCE_MARKS: Final = re.compile("[；;。：:]")  # a school count beyond them is another statement's


@cache
def _school_count() -> re.Pattern[str]:
    """The words of the school count right before the places' segment, back to a figure or a comma (a 、 list of kinds
    stays whole: 中小学、幼儿园16所), in one of ``school_counters``."""
    return re.compile(r"([^\d，,]*)\d[\d.]*万?[" + "".join(words()["school_counters"]) + "]$")


def _named_kinds(text: str) -> set[str]:
    """The kinds of school ``text`` names (``school_kind_words``)."""
    return {kind for kind, ws in words()["school_kind_words"].items() if any(w in text for w in ws)}


def school_kind(fig: Figure) -> str:
    """The one kind of school the figure counts ('' if none or several): its name's, or for places whose name states no kind
    (新增学位276个) the school count's just before it in its sentence (新改扩建特殊教育学校2所、新增学位276个)."""
    kinds = _named_kinds(fig.indicator)
    if not kinds and any(w in fig.indicator for w in words()["school_place_words"]):
        cut = SENTENCE_MARKS.split(fig.before)[-1]  # (the statement the places belong to)
        at = last_mark(cut, SEGMENT_MARKS)
        kinds = _named_kinds(cut[at + 1:])
        if not kinds and (count := _school_count().search(cut[:max(at, 0)])) is not None:  # (幼儿园14所、新增学位; 中小学、幼儿园16所，)
            kinds = _named_kinds(count.group(1))
    return next(iter(kinds)) if len(kinds) == 1 else ""


def school_kinds_apart(target: Figure, fig: Figure) -> bool:
    """Whether the two figures count schools (or their places) of two different kinds (义务教育 and 中等职业教育)."""
    if not (mine := school_kind(target)):
        return False
    theirs = school_kind(fig)
    return bool(theirs) and theirs != mine


def kindergartens_apart(a: str, b: str) -> bool:
    """Whether one of two names counts kindergartens only and the other schools only."""
    (kg_a, school_a), (kg_b, school_b) = _kinds(a), _kinds(b)
    return (kg_a and not school_a and school_b and not kg_b) or (kg_b and not school_b and school_a and not kg_a)


def kind_name(fig: Figure) -> str:
    """The figure's name, or, where it names no kind of school, its own clause before it (幼儿园60所、新增学位: the
    kindergartens' places)."""
    kg, school = _kinds(fig.indicator)
    return fig.indicator if kg or school else own_clause(fig.before)
