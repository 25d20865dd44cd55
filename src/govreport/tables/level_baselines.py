"""A level target takes the level the review reached, not the year's addition (audit 34 XL24#16).

全盟新能源装机新增623万千瓦、达到1968万千瓦 states both the year's addition and the level it brought the measure to; the target
全盟新能源装机达到2000万千瓦以上 is a level, so its baseline is 1968万千瓦 (×1.02), not 623万千瓦 (×3.21). Only where the figure
found is written right after an addition word (新增), the target's own clause names no addition, and the same review sentence
gives one later figure of the same key and unit right after a level word (达到, 达): that figure is the baseline instead.
A later figure whose own list member is a level word alone (净增国家高新技术企业1994户、总数8406户: 总数, 总量, 达到) is that
level whatever its name, and where the addition was refused (a flow for a level target), the level is taken from the one
review addition of the target's key that has one (力争国家高新技术企业突破万户: 8406户, audit 35 HF24#23).
"""
from __future__ import annotations

from typing import Final

from govreport.tables.baselines import Match
from govreport.tables.figures import Figure, words

ADDITION: Final = ("新增", "增加", "净增")
# a target that names any flow word adds (新认定高新技术企业140家, audit 48 yongzhou): no level for it
TARGET_ADDS: Final = (*ADDITION, *words()["flow_words"])
LEVEL: Final = ("达到", "达")
# a bare verb by which a target adds unless a level word follows it in the clause (培育300家以上高新技术企业, audit 87 柳州#13)
BARE_ADDS: Final = tuple(words()["target_bare_adds"])
LEVEL_ALONE: Final = ("达到", "达", "总数", "总量", "总数达", "总量达", "总数达到", "总量达到")  # a member that is only the level
CLAUSE_MARKS: Final = "，,；;。：:"


def _own_clause(before: str) -> str:
    """The words of the figure's clause before it (、 members kept)."""
    return before[max(before.rfind(c) for c in CLAUSE_MARKS) + 1:]


def _member(before: str) -> str:
    """The words before the figure back to the last clause or list mark."""
    return before[max(before.rfind(c) for c in CLAUSE_MARKS + "、") + 1:]


def _one_clause(fig: Figure, later: Figure) -> bool:
    """No clause mark between the two figures (…1994户、总数8406户, not …，净增市场主体17.6万户、总数169万户)."""
    between = fig.sentence[fig.rel_end:later.rel_start]
    return not any(c in between for c in CLAUSE_MARKS)


def _level_of(fig: Figure, review: list[Figure]) -> Figure | None:
    """The one later figure of ``fig``'s sentence in its unit that states the level: of its key after a level word, or
    one of its clause after a level word alone (、总数8406户); None otherwise."""
    later = [a for a in review if a.sentence_start == fig.sentence_start and a.start > fig.end and a.unit == fig.unit
             and (a.indicator_key == fig.indicator_key and _member(a.before).endswith(LEVEL)
                  or _member(a.before) in LEVEL_ALONE and _one_clause(fig, a))]
    return later[0] if len(later) == 1 else None


def _adds_to_a_level(target: Figure, fig: Figure) -> bool:
    """``fig`` is written right after an addition word (or its member opens with one: 净增国家高新技术企业1994户), of the
    target's key, and the target's own clause names no addition (no flow word: 新认定, 获认定 …)."""
    member = _member(fig.before)
    return bool(fig.indicator_key) and fig.indicator_key == target.indicator_key and member.endswith(ADDITION) | member.startswith(ADDITION) \
        and not _target_adds(_own_clause(target.before))


def _target_adds(clause: str) -> bool:
    """The target's clause names an addition: a flow word, or a bare adding verb (培育) with no level word after it
    (培育…达到300家 is a level)."""
    if any(w in clause for w in TARGET_ADDS):
        return True
    return any(w in clause and not any(v in clause[clause.rfind(w):] for v in LEVEL) for w in BARE_ADDS)


def level_instead(target: Figure, m: Match, review: list[Figure]) -> Match:
    """``m``, or the level its sentence reached where ``m`` took the year's addition for a level target (see the module's doc)."""
    fig = m.figure
    if fig is None or not _adds_to_a_level(target, fig) or (level := _level_of(fig, review)) is None:
        return m
    return Match(level, m.kind, m.score, f"the level reached '{level.text}', not the year's addition '{fig.text}'", level.year)


def level_of_refused(target: Figure, added: list[Figure], review: list[Figure]) -> Match | None:
    """Where no baseline was found for a level target (the review's addition refused as a flow), the level the one review
    addition of its key (``added``: the review figures of the target's key) reached; None if not exactly one."""
    if not target.indicator_key:
        return None
    found = {level.id: level for a in added if _adds_to_a_level(target, a) and (level := _level_of(a, review)) is not None}
    if len(found) != 1:
        return None
    level = next(iter(found.values()))
    return Match(level, "same", 1.0, f"the level reached '{level.text}' where the review adds to the target's measure", level.year)
