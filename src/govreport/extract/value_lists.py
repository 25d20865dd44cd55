"""A list of things followed by as many figures in the same order (改造老旧供热、燃气、排水管网800公里、600公里、300公里):
the figures pair with the members one by one, as a 分别 list's do; each member's clause is the words before the list
(改造老旧), the member and the head the last member closes with (管网): 改造老旧供热管网, 改造老旧燃气管网, 改造老旧排水管网."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import KEEP_LEADING, all_verbs
from govreport.extract.sibling_scopes import area_rate_members
from govreport.lexicon import name_subjects, name_words, verbs

WORDS: Final = re.compile(r"[\u4e00-\u9fff]+")
SHORTEST: Final = 3  # two members give no middle one to tell where the first member starts (城市道路、桥梁): none
PAIRED: Final = ("等", "和", "及")  # a last member with examples (春风行动、直播带岗等招聘活动) or a pair of its own: the list is one set
QUOTED: Final = "“"  # a programme named by its slogan (“十县百乡千村万户”示范引领工程), not a class of works (重大工程、重点项目200个)
MEMBER_MIN: Final = 4  # a programme or a counted thing of its own (示范引领工程), not a short word of a shared head
WIDEST: Final = 4  # a middle member is a short word (燃气): a longer one may hold a head or a verb of its own


def value_list_members(clause: str, size: int) -> list[str]:
    """The clause of each member of a list of ``size`` things joined by 、 whose figures follow it in one list, when the
    middle members are words of one length that the last one starts with a word of that length too; [] otherwise."""
    parts = clause.split("、")
    if size == len(parts) == 2 and all(WORDS.fullmatch(p) for p in parts):
        return industry_pair(parts) or rate_pair(parts)
    if size < SHORTEST or len(parts) != size or not all(WORDS.fullmatch(p) for p in parts):
        return []
    width = len(parts[1])
    if width > WIDEST or any(len(p) != width for p in parts[1:-1]) or len(parts[0]) < width or len(parts[-1]) < width:
        return []
    lead, head = parts[0][:-width], parts[-1][width:]
    return [lead + p[-width:] + head if i == 0 else lead + p[:width] + head for i, p in enumerate(parts)]


INDUSTRY: Final = "产业"  # 黄金珠宝、电子信息产业规上工业企业5家、8家: two industries, the head after the last one's 产业
MEMBER_WIDTH: Final = (2, 6)


def industry_pair(parts: list[str]) -> list[str]:
    """The clauses of two industries joined by 、 before two figures with no 分别 (力争培育黄金珠宝、电子信息产业规上工业企业
    5家、8家: 培育黄金珠宝产业规上工业企业, then 培育电子信息产业规上工业企业; audit 56 贺州), the verbs the first opens
    with shared; [] when the last member names no industry before its head or a member is a level (省级、市级农业产业化…)."""
    at = parts[1].find(INDUSTRY)
    if at < MEMBER_WIDTH[0] or at > MEMBER_WIDTH[1] or parts[1][at + 2:at + 3] in ("", "化") or INDUSTRY in parts[0] \
            or "级" in parts[0] + parts[1][:at]:
        return []
    lead = next((parts[0][:k] for k in range(len(parts[0]) - MEMBER_WIDTH[0], 1, -1) if all_verbs(parts[0][:k])), "")
    if not MEMBER_WIDTH[0] <= len(parts[0]) - len(lead) <= MEMBER_WIDTH[1]:
        return []
    return [parts[0] + parts[1][at:], lead + parts[1]]


def rate_pair(parts: list[str]) -> list[str]:
    """The clauses of two rates joined by 、 before two figures with no 分别 (确保全州农村卫生户厕覆盖率、生活垃圾设施覆盖率达
    70%、90%以上: held-out set 64 红河, fix137b): each figure is one rate's, as in a 分别 list, the first's area (data/name_subjects.json
    ``rate_list_scopes``: 农村) carried to the second as ``area_rate_members`` does; [] when either member names no rate of its
    own (a rate word before the reach verb the last one ends with) or the second has a place or a verb of its own."""
    reach = tuple(name_subjects()["member_reach_verbs"])
    last = next((parts[1][:-len(v)] for v in reach if parts[1].endswith(v)), parts[1])
    rates = name_words("rate")
    if not (parts[0].endswith(rates) and last.endswith(rates)) or len(last) < 4 or last[:2] in verbs() or all_verbs(last[:2]):
        return []
    first = parts[0]
    at = min((k for k in (first.find(w) for w in name_subjects()["rate_list_scopes"]) if 0 <= k <= MEMBER_WIDTH[1]), default=-1)
    if at >= 0 and (carried := area_rate_members([first[at:], last]))[1] != last:
        return [first, carried[1] + parts[1][len(last):]]
    return [first, parts[1]]


def listed_clause(listed: tuple[str, ...], clause: str, size: int, after_last: bool) -> tuple[str, tuple[str, ...]]:
    """The clause a figure is named from, and the members' clauses still to come: a list's first figure takes the first
    member's and keeps the others, a figure right after it (``after_last``, 、 between) the next one's."""
    if size > 1 and "分别" not in clause and "依次" not in clause and (members := value_list_members(clause, size)):
        return members[0], tuple(members[1:])
    if listed and after_last and clause in ("、", "和", "及"):
        return listed[0], listed[1:]
    return figureless_members_free(clause), ()


def figureless_members_free(clause: str) -> str:
    """``clause`` without the 、 members before its last that are programmes of their own (data/name_words.csv kind
    programme_end: 工程, 行动, 计划) named by a quoted slogan and hold no figure, when its verb opens the list and the last member names another head
    (实施“十县百乡千村万户”示范引领工程、少数民族优秀文化保护传承项目30个: 实施少数民族…项目; held-out 51 玉溪): the count is of
    the last member's things only; ``clause`` otherwise."""
    if "、" not in clause or any(c.isdigit() for c in clause) or clause[:2] not in verbs():
        return clause
    *firsts, last = clause[2:].split("、")
    ends = name_words("programme_end")
    if len(last) < MEMBER_MIN or last.endswith(ends) or any(w in last for w in PAIRED) or last[:2] in verbs() or all_verbs(last[:2]) or last.startswith(KEEP_LEADING) or not all(len(f) >= MEMBER_MIN and f.endswith(ends) and QUOTED in f for f in firsts):
        return clause
    return clause[:2] + last
