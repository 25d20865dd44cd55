"""Two 、 lists of counts that mirror each other: the same opening verb of adding, as many members, one unit, and first
members of one registry key (新增高新技术企业300家、科技型中小企业1000家 and 新增国家级高新技术企业420家、省级科技型企业1180家).
The plan states the year's additions in the review's own order, so a later member is measured by the review's member in its
place even where a generic head (企业) and a level word (省级) leave the wordings too far apart to match (held-out set 71 绍兴
row 19, fix150k). Strict on purpose: any difference in verb, length, unit or first key and the lists are not read as mirrors.
"""
from __future__ import annotations

from govreport.lexicon import name_words
from govreport.tables.figures import Figure, PhraseBook

LIST_MARK = "、"
VERB_REACH = 2  # how far into the first member's clause the shared verb may open (维修改造: 2)


def _list_of(fig: Figure, phrase_of: PhraseBook) -> list[Figure]:
    """The figures of ``fig``'s 、 list in its sentence, in order: each member's clause opens right after the 、 that follows
    the member before; [] where the figure stands in no list of two or more."""
    group = sorted((f for f in phrase_of.groups.get(fig.sentence_start, ()) if f.role != "label"), key=lambda f: f.rel_start)
    ids = [f.id for f in group]
    if fig.id not in ids:
        return []
    at = ids.index(fig.id)
    lo = hi = at
    while lo > 0 and _joined(group[lo - 1], group[lo]):
        lo -= 1
    while hi + 1 < len(group) and _joined(group[hi], group[hi + 1]):
        hi += 1
    return group[lo:hi + 1] if hi > lo else []


def _joined(first: Figure, second: Figure) -> bool:
    """``second``'s clause opens with the 、 right after ``first``."""
    opens = second.rel_start - len(second.clause_before)
    return opens - 1 == first.rel_end and first.sentence[first.rel_end:opens] == LIST_MARK


def _opening_verb(first: Figure) -> str:
    """The verb of adding (name_words flow_lead: 新增, 净增 …) the list's first member's clause opens with, '' if none."""
    clause = first.clause_before
    return next((v for v in sorted(name_words("flow_lead"), key=len, reverse=True) if clause.startswith(v)), "")


def mirrored_member(target: Figure, candidate: Figure, phrase_of: PhraseBook) -> bool:
    """Whether ``candidate`` stands in the target's place in a review list that mirrors the target's (see the module's
    doc): both lists open with the same verb of adding, have as many members, all in the target's unit, and their first
    members share a registry key; the target is not the first member (the first is matched by its key)."""
    mine, theirs = _list_of(target, phrase_of), _list_of(candidate, phrase_of)
    if len(mine) < 2 or len(mine) != len(theirs) or mine[0].id == target.id:
        return False
    if any(f.unit != target.unit for f in mine + theirs):
        return False
    verb = _opening_verb(mine[0])
    if not verb or verb != _opening_verb(theirs[0]):
        return False
    key = mine[0].indicator_key
    return bool(key) and theirs[0].indicator_key == key and [f.id for f in mine].index(target.id) == [f.id for f in theirs].index(candidate.id)


def verb_shared_wording(target: Figure, wording: str, phrase_of: PhraseBook) -> bool:
    """Whether a review key's ``wording`` (农村危房改造) is the target's phrase (农村危房) with the verb its 、 list's first
    member opens with (维修改造老旧小区27个、农村危房245户: 改造): a later member shares the list's verb though its own words
    say none, so the review's 改造…农村危房1096户 names its indicator (held-out 74 辽阳 G2). Only for a later member of a
    list of two or more whose first member's clause opens with that verb (within ``VERB_REACH`` characters)."""
    phrase = phrase_of(target)
    if not wording or not phrase or not (wording.startswith(phrase) or wording.endswith(phrase)):
        return False
    rest = wording.removeprefix(phrase) if wording.startswith(phrase) else wording.removesuffix(phrase)
    mine = _list_of(target, phrase_of)
    if len(rest) < 2 or len(mine) < 2 or mine[0].id == target.id:
        return False
    first = mine[0].clause_before
    return 0 <= first.find(rest) <= VERB_REACH
