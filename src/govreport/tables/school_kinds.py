"""Kindergartens and schools counted apart (audit 44 怀化 G4, fix108b).

新改扩建公办幼儿园6所 and 新改扩建公办学校17所 are both schools built (schools_built), but the one counts kindergartens only
and the other schools only: neither measures the other. A name of both (幼儿园、中小学校, 学校（幼儿园）) or of schools at every
level (各级各类学校) is compared as before. A review amount whose name names neither (新增学位9929个) takes the kind of the
count its clause joins it to (新建改扩建幼儿园60所、新增学位9929个: the kindergartens' places; held-out audit 45 昭通 F5). The words: data/tables_words.json ``kindergarten_words``, ``school_words``.

Schools of two kinds (幼儿园, 义务教育, 高中, 特殊教育, 中等职业教育: ``school_kind_words``) never measure each other: a review
list of places runs through every kind, and 新增中等职业教育学位 shares 教育学位 with 新增义务教育学位. A places figure whose name
states no kind (新增学位276个) takes the kind of the school count just before it, in its list member or the segment before
(、 or ，): 新改扩建特殊教育学校2所、新增学位276个 are special schools' places (held-out audit 48 河源 G1).

One kind in two words (fix174a, held-out set 91 莆田 rows 74, 75): 学前教育学位 are 幼儿园学位 (``school_kind_twins``), and where a
list counts kindergartens apart (新增学前教育学位8805个、基础教育学位15535个) its 基础教育 member is the rest, the 中小学 (or
义务教育) places a list of 幼儿园 and 中小学 counts (``listed_school_kinds``); 基础教育 alone still holds the kindergartens. Only a
kind said whole so: 农村幼儿园 or 高中 stays a narrower kind.
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
    if not kinds and any(w in fig.indicator for w in words()["school_place_words"]) and not _kind_in_name(fig):  # (基础教育学位 says its kind)
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


def _kindergarten_beside(fig: Figure) -> bool:
    """Whether another member of the figure's own 、 list (its clause, both sides of the figure) names kindergartens."""
    before, after = fig.before, fig.sentence[fig.rel_end:]
    head = SENTENCE_MARKS.split(before)[-1]
    head = head[last_mark(head, "，,") + 1:]
    head = head[:max(last_mark(head, "、"), 0)]  # (the members before its own)
    tail = re.split("[，,；;。：:]", after, maxsplit=1)[0]
    tail = tail[tail.find("、") + 1:] if "、" in tail else ""  # (the members after its own)
    return any(w in head + "、" + tail for w in words()["school_kind_words"]["kindergarten"])


def _school_kind_said(kind: str, fig: Figure) -> frozenset[str]:
    """The words ``kind`` (a kind read before a school key's head) stands for: its twin (学前教育 -> 幼儿园), and for a kind that
    is the rest beside a kindergarten member of its list (基础教育) the kinds that rest is said as (中小学, 义务教育)."""
    said = {words()["school_kind_twins"].get(kind, kind)}
    listed = words()["listed_school_kinds"].get(kind)
    if listed and _kindergarten_beside(fig):
        said.update(listed)
    return frozenset(said)


def school_kinds_agree(mine: str, theirs: str, target: Figure, candidate: Figure) -> bool:
    """Two kinds of school said in other words that name the same places (幼儿园 and 学前教育; 中小学 and a 基础教育 listed beside
    学前教育): see the module's doc. Whole kinds only, so a narrower one (农村幼儿园, 高中) is no twin. A kind left empty because the
    registry's wording holds it (基础教育学位 is a wording of new_school_places) is read from the figure's name."""
    mine, theirs = mine or _kind_in_name(target), theirs or _kind_in_name(candidate)
    if not (mine and theirs) or mine == theirs:
        return False
    return bool(_school_kind_said(mine, target) & _school_kind_said(theirs, candidate))


def _kind_in_name(fig: Figure) -> str:
    """The twin or listed kind (学前教育, 基础教育) the figure's name holds, '' if none."""
    w = words()
    return next((k for k in (*w["school_kind_twins"], *w["listed_school_kinds"]) if k in fig.indicator), "")
