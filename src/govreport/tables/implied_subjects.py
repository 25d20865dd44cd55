"""A target's baseline named with a subject the target's own sentence gives it (audit 33).

A target's own words may leave out a word its sentence says before it: 确保工业投资增长30%，技改投资增长20%以上 (the
industrial 技改投资), 做大奶、鹅、冷水鱼等特色养殖，…，力争养殖量突破350万只 (of geese), 粮食播面稳定在100万亩以上、产量稳定在
23万吨以上 (of grain). The review names it whole: 工业技改投资增长53.2%, 大鹅养殖量突破200万只, 全年粮食产量达23.3万吨.
Where no baseline was found, a review figure in the target's unit and form whose own words (nouns of its own list
member) are a subject and then the target's own words is the target's baseline when that subject stands earlier in the
target's sentence, whole, or for a subject of two characters its last one (大鹅: 鹅; one said whole first). One figure must fit: no average
over years, a plausible amount; where the target's own words are a generic word (产量), a subject said whole.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Final

from govreport.lexicon import trie_pattern, unit_group
from govreport.tables.baselines import BaselineIndex, Match, _form, plausible
from govreport.tables.clauses import last_mark
from govreport.tables.figures import Figure, generic_bigrams, words
from govreport.tables.noun_words import noun_words
from govreport.tables.verb_actions import same_action

LIST_MARK: Final = "、"
MIN_OWN: Final = 2  # characters the target's own words keep (产量)
MAX_SUBJECT: Final = 4  # characters of the subject the review adds (工业, 大鹅, 粮食)
MIN_SUBJECT: Final = 2  # (年产量: 年 says when, not of what)
MIN_HEAD: Final = 4  # characters of a clause's subject that name its kind (普通高中 of 县域普通高中)
CLAUSE_ENDS: Final = re.compile("[，,；;]")
SEPARATOR: Final = "\n"  # between clauses joined (no clause holds one)
_LAST: list[tuple[BaselineIndex, dict[tuple[str, str], tuple[str, list[int], list[Figure]]]]] = []  # the last index's joined clauses


def _own_words(fig: Figure) -> str:
    """The nouns of the figure's own list member before it (产量稳定在 -> 产量; 全年粮食产量达 -> 粮食产量)."""
    clause = fig.clause_before
    return noun_words(clause[last_mark(clause, LIST_MARK) + 1:])


def _given(subject: str, said: str) -> int:
    """2 where the subject stands whole in the words said before, 1 where a two-character one stands by its last (大鹅: 鹅), else 0."""
    return 2 if subject in said else 1 if len(subject) == 2 and subject[-1] in said else 0


def _holding(index: BaselineIndex, unit: str, form: str, words: str) -> list[Figure]:
    """The review figures in ``unit`` and ``form`` (no average over years) whose clause holds ``words``: one search of their
    clauses joined, made once per index, unit and form."""
    if not _LAST or _LAST[0][0] is not index:
        _LAST[:] = [(index, {})]
    joined = _LAST[0][1].get((unit, form))
    if joined is None:
        figs = [a for i in index.in_bucket.get((unit_group(unit), form), ()) if (a := index.figures[i]).unit == unit and a.id not in index.average]
        clauses = [a.clause_before for a in figs]
        starts, at = [], 0
        for c in clauses:
            starts.append(at)
            at += len(c) + 1
        joined = _LAST[0][1][unit, form] = (SEPARATOR.join(clauses), starts, figs)
    text, starts, figs = joined
    found: list[Figure] = []
    at = text.find(words)
    while at >= 0:
        fig = figs[bisect_right(starts, at) - 1]
        if not found or found[-1] is not fig:
            found.append(fig)
        at = text.find(words, at + 1)
    return found


def subject_match(target: Figure, index: BaselineIndex) -> Match | None:
    """The one review figure named as the target with a subject the target's sentence gives (see the module's doc), or None."""
    own = _own_words(target)
    if len(own) < MIN_OWN:
        return None
    least = 2 if own in generic_bigrams() else 1  # a generic word alone (产量, 项目) takes a subject said whole only
    said = target.sentence[:max(target.rel_start, 0)]
    found = []
    for a in _holding(index, target.unit, _form(target), own):  # (their own words end with the target's, written in their clause)
        theirs = _own_words(a)
        subject = theirs[:len(theirs) - len(own)]
        if theirs.endswith(own) and MIN_SUBJECT <= len(subject) <= MAX_SUBJECT and (how := _given(subject, said)) >= least and plausible(target, a) \
                and not other_action(index, target, a):
            found.append((how, a, subject))
    best = [f for f in found if f[0] == max((f[0] for f in found), default=0)]  # a subject said whole before one by its last character
    if len(best) != 1:
        return None
    _, fig, subject = best[0]
    return Match(fig, "same", 1.0, f"'{fig.indicator}' ({fig.text}) names '{own}' with '{subject}', which the target's sentence says before it", fig.year)


def other_action(index: BaselineIndex, target: Figure, fig: Figure) -> bool:
    """Both say an action on the thing and the actions differ: the subject is shared but the work is another
    (改造公交车150辆 and 购置新能源公交车200辆, buses bought: held-out set 87 鞍山 row 38, fix170b)."""
    acted, done = index.likeness.action(target), index.likeness.action(fig)
    return bool(acted and done and not same_action(acted, done))


@cache
def _subject_clause() -> tuple[frozenset[str], re.Pattern[str]]:
    d = words()
    leads, ends = (trie_pattern(d[k]) for k in ("subject_clause_leads", "subject_clause_ends"))
    return frozenset(d["bare_flow_names"]), re.compile(f"^(?:{leads})(.+?)(?:{ends})$")


def subject_apart_of_flow(target: Figure, fig: Figure) -> str:
    """The subject a bare flow name (新增学位数) takes from the clause before it in its sentence (加强县域普通高中建设，新增学位2000个:
    of 县域普通高中) where its last ``MIN_HEAD`` characters (普通高中) are not in the review figure's sentence before it (新建改扩建
    幼儿园、中小学校156所，新增学位4.4万个: the places of other kinds of school, audit 47 fuyang row 56); '' otherwise."""
    names, pattern = _subject_clause()
    if target.indicator not in names:
        return ""
    clauses = CLAUSE_ENDS.split(target.before)
    found = pattern.match(clauses[-2]) if len(clauses) > 1 else None
    subject = found.group(1) if found else ""
    if subject.removesuffix("等").endswith(tuple(words()["subject_process_ends"])):
        return ""  # (推进托幼一体化等建设: a way of working, no kind of place, audit 52 马鞍山 row 101)
    return subject if len(subject) >= MIN_HEAD and subject[-MIN_HEAD:] not in fig.before else ""
