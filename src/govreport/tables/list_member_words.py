"""The scope words of a figure's own member of a 分别 list that names its members before 分别 (audit 56 淮北 row 10).

全年新签约、开工、纳统亿元以上项目分别达201个、162个、111个: the clause names two stages (签约, 开工), but 201个 is the first
member's, the projects signed, and 162个 the second's; read as the whole clause's, each would name both stages and be refused as
the baseline of 签约亿元以上项目190个. Where the clause before 分别 has as many 、 members as figures follow it, a figure's
scope words are its own member's only.

A word of the group written right before a figure of the clause (新建成森林城镇3个、义务植树基地62个, round fix84a) is the noun that
figure counts, another member's, not the scope of the figure after it; a word further from its member's figure (新增国家级工业设计中心
2家、服务型制造示范企业3家: 国家级; 签约落地10亿元及以上项目80个、50亿元…: 签约) may be the list's, shared, and stays."""
from __future__ import annotations

import re
from typing import Final

EACH: Final = "分别"
LIST_MARK: Final = "、"
CLAUSE_END: Final = re.compile(r"[，,；;。：:]")
MEMBER_FIGURE: Final = re.compile(r"[\d.]+[^\d，,；;。：:、]{1,4}、")  # an earlier member's figure and unit, ending it (3个、)


def counted_first(context: str, start: int, end: int) -> bool:
    """The word at ``start``-``end`` stands in an earlier 、 member after that member's own count (37个省市级“和美乡村”、74个乡村
    建设重点村: 省市级 is the first member's, no scope of 74个; spot audit 40 定西 row 18)."""
    after = context.find(LIST_MARK, end)
    opening = context.rfind(LIST_MARK, 0, start) + 1
    return after >= 0 and COUNT_FIRST.match(context, opening, start) is not None


COUNT_FIRST: Final = re.compile(r"[^\d，,；;。：:、]{0,6}?[\d.]+[个家所座项条处名户]")  # a member opening with its count (…37个)


# a member's own words up to its figure and the 、 closing it (乡镇寄宿制学校71所、)
CLOSED_BY_FIGURE: Final = re.compile(r"[^\d，,；;。：:、]{0,8}?[\d.]+[^\d，,；;。：:、]{1,4}、")
FIGURE_CLOSED: Final = re.compile(r"[\d.]+[^\d，,；;。：:、]{1,4}、")  # an earlier member closed by its figure (幼儿园88所、)


def inner_member(context: str, start: int, end: int) -> bool:
    """The word at ``start``-``end`` stands inside a middle 、 member, after an earlier member closed by its figure and
    before its own figure and 、 (新建、改扩建幼儿园88所、乡镇寄宿制学校71所、中小学73所: 寄宿制 is the second member's, no
    scope of 73所; held-out set 77 驻马店 rows 83, 98). A word before the list's first figure may be shared by all members
    (新增国家级工业设计中心2家、服务型制造示范企业3家) and stays; where one such word stays, a middle member's words of the group stay
    too (新增国家级工业设计中心3家、省级工业互联网平台3家、智能工厂28个 is read at both levels, as before)."""
    return CLOSED_BY_FIGURE.match(context, end) is not None and FIGURE_CLOSED.search(context, 0, start) is not None


def member_words(context: str, after: str, group: re.Pattern[str]) -> list[str]:
    """The words of ``group`` in ``context`` (the figure's clause before it), or, where that clause lists members before 分别 and
    the figure is one of as many figures after it (``after``: the sentence from the figure on), those of its own member only."""
    said = [m for m in group.finditer(context) if not MEMBER_FIGURE.match(context, m.end()) and not counted_first(context, m.start(), m.end())]  # (森林城镇3个、)
    # (幼儿园88所、乡镇寄宿制学校71所、中小学: none but a middle member's, none at all; 国家级…3家、省级…3家、智能工厂28个 keeps both)
    found: list[str] = [m.group() for m in said] if any(not inner_member(context, m.start(), m.end()) for m in said) else []
    cut = context.rfind(EACH)
    if cut < 0 or len(set(found)) < 2:
        return found
    members = context[:cut].split(LIST_MARK)
    done = context[cut + len(EACH):].count(LIST_MARK)  # the figures before this one in the list
    end = CLAUSE_END.search(after)
    total = done + 1 + (after[:end.start()] if end else after).count(LIST_MARK)
    if len(members) != total or len(members) < 2:
        return found
    return group.findall(members[done])
