"""A title word written inside a fuller form of the same title (audit 55, round fix75b).

创建省级乡村振兴齐鲁样板示范区4个 and 争创省级齐鲁样板示范区2个 name one title: the review writes the programme word
乡村振兴 between the level and the title's own distinctive noun, the plan leaves it out. Where the target names no word
of a title group and the review's name, with its one title word taken out, joins the words on either side into a run the
target's name holds whole (the level before it and at least ``RUN`` characters of the distinctive noun after it), the
title word is no other title. Two titles that each name one (省级美丽城镇示范乡镇, 省级乡村振兴示范乡镇) stay apart, and
so does a title word with nothing before it or with only a title's grade after it (示范…: 乡村振兴示范村 is no 示范村).

A title word of an earlier 、 member that holds its own figure is that member's title, not the later member's (创建省级乡村振兴
示范带3条、美丽宜居村62个: 美丽宜居村 is no 乡村振兴 title; spot 38 阜新 row 64): where neither the target's name nor the review's
name nor the review's own member (its clause without such earlier members) names a title word, the two name no other titles.
"""
from __future__ import annotations

import re

RUN = 4  # characters of the distinctive noun after the title word the target's name must hold, after the level
BEFORE = 2  # characters before the title word (a level: 省级, 市级) the target's name must hold right before them
GRADES = ("示范", "样板", "先进", "标杆")  # a title's grade: what follows a programme word in every title of it


def fuller_title(target_name: str, review_name: str, group: re.Pattern[str]) -> bool:
    """The review's name is the target's title with one title word written inside it."""
    if group.search(target_name):
        return False
    found = list(group.finditer(review_name))
    if len(found) != 1:
        return False
    before, after = review_name[:found[0].start()], review_name[found[0].end():]
    if len(before) < BEFORE or len(after) < RUN or after.startswith(GRADES):
        return False
    return before[-BEFORE:] + after[:RUN] in target_name


def earlier_members_title(target_name: str, review_name: str, review_own: str, group: re.Pattern[str]) -> bool:
    """The review figure's only title words are in earlier list members with figures of their own (``review_own``: its
    clause without them, ``member_lists.own_member_context``)."""
    return not any(group.search(t) for t in (target_name, review_name, review_own))
