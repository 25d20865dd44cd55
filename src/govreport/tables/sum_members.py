"""A review figure that names every member of a target's summed list (audit 55, round fix75b).

争创省级农业园区、林业园区3个 is one count of both kinds: the review's 现代林业园区2个, one member of its own list, is no
baseline of it, however whole the thing and alike the action; 中试平台和概念验证中心首批建设备案40家 names both and counts
the same sum (建设中试平台、概念验证中心40个).
"""
from __future__ import annotations

import re

from govreport.tables.figures import Figure
from govreport.tables.likeness import Likeness

HEAD = 4  # characters at the end of a member that name its kind (农业园区, 验证中心)
MEMBERS = re.compile("、")  # not 和: 和美乡村 is one noun
CLAUSE = re.compile(r"[，；：。！？]")


def names_every_member(before: str, name: str) -> bool:
    """Each member of the 、 list the words ``before`` a figure end with (its last ``HEAD`` characters) stands in ``name``."""
    members = [m for m in MEMBERS.split(CLAUSE.split(before)[-1]) if m]
    return len(members) < 2 or all(m[-HEAD:] in name for m in members)


def one_member_for_the_sum(like: Likeness, target: Figure, fig: Figure) -> bool:
    """``target`` counts a summed 、 list, ``fig`` does not and does not name every member: one member, no baseline of the sum."""
    return like.sums_a_list(target) and not like.sums_a_list(fig) and not names_every_member(target.before, fig.indicator)
