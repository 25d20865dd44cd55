"""A review count of the same 、 list as the target's, its members in another order.

新建智能工厂、数字化车间30个 and, in the review, 培育数字化车间、智能工厂30个 count the same two things; each name's phrase
is the list's last member (数字化车间, 智能工厂), so the two share no word and the matcher found no candidate (held-out set 61
鞍山 row 15, fix134c). The rule asks the members themselves: the same members (two or more, each of two characters or more),
the first one read after the verb opening the clause, in the same unit and form, with nothing between the list and the figure.
A name of two parts said the other way round (高排放企业退城搬迁 and 退城搬迁高排放企业: the thing and the action on it,
held-out set 75 洛阳 row 73, fix154b) is the same name too: ``rotated_name``.
"""
from __future__ import annotations

from govreport.lexicon import holds_verb, verbs
from govreport.tables.clauses import clause_before
from govreport.tables.figures import Figure, generic_bigrams
from govreport.tables.measures import is_change

MIN_MEMBER = 2  # characters of a member: one character names no thing
MIN_PART = 3  # characters of each part of a name said the other way round: two-character words turn too freely (新增企业)


def _members(fig: Figure) -> list[str]:
    """The 、 members of the figure's own clause right before it (the first still carrying its verb); [] with none."""
    members = clause_before(fig.before).split("、")
    if len(members) < 2 or any(len(m) < MIN_MEMBER or any(c.isdigit() for c in m) for m in members):
        return []
    return members


def _same_members(ours: list[str], theirs: list[str]) -> bool:
    """The two lists hold the same members in another order: each list's later members are found among the other's
    (its first member found at the end of the other's first, after its verb), none twice."""
    if len(ours) != len(theirs) or ours == theirs:
        return False

    def held(member: str, other: list[str]) -> bool:
        return member in other[1:] or (other[0].endswith(member) and len(other[0]) - len(member) <= 2)
    later = all(held(m, theirs) for m in ours[1:]) and all(held(m, ours) for m in theirs[1:])
    return later and len(set(ours[1:])) == len(ours) - 1 and set(ours[1:]) != set(theirs[1:])


def reordered_list(target: Figure, review: list[Figure]) -> Figure | None:
    """The first review figure in the target's unit and form whose own clause lists the target's members in another
    order (培育数字化车间、智能工厂30个 for 新建智能工厂、数字化车间30个); None where there is none."""
    ours = _members(target)
    if not ours or not target.unit:
        return None
    change = is_change(target)
    for fig in review:
        if fig.unit == target.unit and is_change(fig) == change and _same_members(ours, _members(fig)):
            return fig
    return None


def _rotated(ours: str, theirs: str) -> bool:
    """``theirs`` is ``ours`` with its two parts swapped, each part of ``MIN_PART`` characters or more, after the same
    measure ending (数) is cut from both; or of ``MIN_MEMBER`` where one part is a verb of data/verbs.csv and the other holds
    none (农房改善 and 改善农房: the thing and the action on it), a 新 opening a verb left out (新改善农房: the year's new work,
    as the task is; held-out set 90 徐州 row 44, fix172c)."""
    end = 0
    while end < min(len(ours), len(theirs)) and ours[-1 - end] == theirs[-1 - end]:
        end += 1
    ours, theirs = _unnewed(ours[:len(ours) - end]), _unnewed(theirs[:len(theirs) - end])
    return len(ours) == len(theirs) and ours != theirs and any(
        theirs == ours[i:] + ours[:i] and _parts_turn(ours[:i], ours[i:]) for i in range(MIN_MEMBER, len(ours) - MIN_MEMBER + 1))


def _unnewed(name: str) -> str:
    """``name`` without a 新 that opens a verb of data/verbs.csv (新改善农房 -> 改善农房)."""
    return name[1:] if name.startswith("新") and any(name.startswith(v, 1) for v in verbs() if len(v) > 1) else name


def _parts_turn(one: str, other: str) -> bool:
    """Two parts a name may say in either order: both of ``MIN_PART`` characters or more, or a verb and a part holding none
    that is no generic noun (开工项目 and 项目开工 name no set: 已开工项目35个 is one programme's; fix172c's regression read, 珠海 2023)."""
    if min(len(one), len(other)) >= MIN_PART:
        return True
    said = [p in verbs() for p in (one, other)]
    noun = other if said[0] else one
    return said[0] != said[1] and not holds_verb(noun) and noun not in generic_bigrams()


def rotated_name(target: Figure, review: list[Figure]) -> Figure | None:
    """The first review figure in the target's unit and form whose name is the target's two parts in the other order
    (the thing before the action or after it); None where there is none."""
    if not target.unit:
        return None
    change = is_change(target)
    for fig in review:
        if fig.unit == target.unit and is_change(fig) == change and _rotated(target.indicator, fig.indicator):
            return fig
    return None
