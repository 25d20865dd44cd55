"""Counts that only size what the sentence already names or frames, no amounts to produce (held-out audit 44 宝鸡 G2, G3;
fix108c): a count right after its members named one by one, in a clause that closes on progress (石坝河至宝鸡南收费站、
高新区至宝鸡南服务区2条连接线…取得重要进展: ``progress_ends``), and a count inside the name of a programme carried out
(扎实开展13条重点产业链提升三年行动: the chains the programme raises, its scope). Word lists: ``tables_words.json``
progress_ends, programme_verbs, programme_works."""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.clauses import clause_before
from govreport.tables.figures import Figure, words
from govreport.tables.scoping_figures import own_clause_after

DIGIT = re.compile(r"\d")


def tallies_named_members(fig: Figure) -> bool:
    """The count equals the members named right before it (after the previous count's 和, if any; none with a figure)
    and its clause closes on progress (取得重要进展, 加快推进): the named list's size, the progress the goal (宝鸡 G2)."""
    value = fig.value
    if value is None or value != int(value) or not 2 <= value <= 12:
        return False
    if not own_clause_after(fig).endswith(tuple(words()["progress_ends"])):
        return False
    clause = clause_before(fig.before)
    joint = clause.rfind("和")
    if joint >= 0 and DIGIT.search(clause[:joint]):
        clause = clause[joint + 1:]  # …2条连接线和关环高速至慕仪、合凤高速至贾村2条延伸线: this count's own members
    members = clause.split("、")
    return len(members) == int(value) and all(len(m) >= 2 and not DIGIT.search(m) and not m.endswith("等") for m in members)


def programme_scope(fig: Figure) -> bool:
    """A count after a verb of carrying out (``programme_verbs``: 开展, 实施) whose noun is what a named programme works
    on (重点产业链提升三年行动: noun, a work of ``programme_works``, 行动): the programme's scope (宝鸡 G3); 开展10个专项行动
    counts programmes, a goal."""
    w = words()
    clause = clause_before(fig.before)
    if not clause.endswith(tuple(w["programme_verbs"])):
        return False
    return _programme().fullmatch(own_clause_after(fig)) is not None


@cache
def _programme() -> re.Pattern[str]:
    works = "|".join(map(re.escape, words()["programme_works"]))
    return re.compile(r"[\u4e00-\u9fff]{2,10}?(?:" + works + r")(?:[一二三四五]年|专项)?行动(?:计划|方案)?")
