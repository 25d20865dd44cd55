"""A list member's name phrase where the segment it is cut from says another member's words (held-out audit 90).

A figure's phrase is its segment, the words back to the last break, 、 included (``figures.name_phrase``). In a list that
reads wrong two ways:

- the first figure of a 分别 list whose members stand before 分别 joined by 、 (引进国内实际到位资金、实际利用外资分别增长
  19.1%和10.2%): its segment runs back only to the last 、, so it said the last member's words (实际利用外资分别) and found
  no baseline for 引进国内实际到位资金增长10%以上 (锦州 2020 row 25). Its name, built member by member by the extractor
  (``extract.indicators.list_members``), is its own member's: that name is its phrase, as it is already for the third and
  later figures of such a list, whose segments are empty. The second figure, right after the first's 、, borrowed the segment
  before it, the last member's words again (集装箱量分别 for 港口吞吐量's 6%); it borrows its own name instead. A first member's
  name that lost the measure the list closes with (户籍居民医疗保险 of …、养老保险参保率分别达到) keeps the old words.
- a later 、 member too short to name itself, with a noun of its own, borrows the member before (新改建农村双车道四级公路300公里、
  桥梁80座): only the words of that member its own name carries over (新改建农村: the verb and scope the list shares, as the
  extractor's ``member_carries`` chose them), not the member's own head noun and standard (双车道四级公路), which the review's
  新建农村公路579公里、桥梁163座 does not share (徐州 2021 row 42). A name that carries none of them, and a figure with no noun
  of its own (引进外来到位资金900亿元、增16.2%), leave the borrowed words whole.
- a figure of a pair after two things joined by 和 and a level verb (瞪羚和雏鹰企业发展到22户和140户): the extractor named each
  from its own thing (``extract.implied_each.joined_pair_level``: 瞪羚企业, 雏鹰企业), while both segments say both things
  (the second only 和 and the segment before): that name is its phrase (held-out set 92 鞍山 rows 24–25).
"""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.implied_each import joined_pair_level
from govreport.lexicon import name_subjects
from govreport.tables.clauses import last_mark, own_clause

# a clause of 、 members and no figure up to 分别 and a short verb (A、B分别增长), the figure right after it
FIRST_EACH: Final = re.compile(r"^[^\d、]{2,}(?:、[^\d、]+)+分别[^\d、和及与，,；;。：:]{0,4}$")
# another figure of the list right after the figure (…19.1%和10.2%, 10家以上、20家): the list has more than one
NEXT_FIGURE: Final = re.compile(r"^[^\d、和及与，,；;。：:]{0,6}[、和及与][\d.]")
BIGRAM: Final = 2


def first_each_member(before: str, after: str, indicator: str) -> bool:
    """Whether a figure (the sentence ``before`` and ``after`` it, its name ``indicator``) is the first of a 分别 list of two
    figures or more whose 、 members before 分别 hold no figure, and its name says its own first member's words (a pair of
    characters of it the last member does not say) and the measure the last member closes the list with, if one (an amount end,
    ``name_subjects.json`` amount_ends: 参保率): the name, not the last member's words, is then its phrase."""
    clause = own_clause(before)
    if "分别" not in clause or FIRST_EACH.match(clause) is None or NEXT_FIGURE.match(after) is None:
        return False
    first, last = clause.split("、", 1)[0], clause.rsplit("、", 1)[1]
    measure = next((w for w in name_subjects()["amount_ends"] if last[:last.find("分别")].endswith(w)), "")
    if measure not in indicator:  # (户籍居民医疗保险、养老保险参保率: a name without the list's 率 lost it, the words say more)
        return False
    return any((pair := first[k:k + BIGRAM]) in indicator and pair not in last for k in range(len(first) - 1))


def shared_lead(borrowed: str, indicator: str) -> str:
    """The words a later 、 member's name ``indicator`` carries of ``borrowed``, the member before it: ``borrowed`` up to the
    last pair of characters the name holds (新改建农村双车道四级公路, 新改建农村桥梁数 -> 新改建农村); ``borrowed`` whole where
    the name holds no pair of it (the extractor carried nothing it could say)."""
    for end in range(len(borrowed), BIGRAM - 1, -1):
        if borrowed[end - BIGRAM:end] in indicator:
            return borrowed[:end]
    return borrowed


def after_member_figure(masked: str, rel_start: int, breaks: str) -> bool:
    """Whether the segment before a figure (``masked``: its sentence, figures blanked to NUL; ``breaks``: the marks a segment
    stops at) opens after a 、 that closes a member holding a figure of its own (…四级公路\0\0\0\0\0、桥梁): the segment the
    figure borrows is another member's."""
    head = masked[:max(rel_start, 0)]
    at = last_mark(head, breaks)
    return at > 0 and head[at] == "、" and "\0" in head[last_mark(head[:at], breaks) + 1:at]


# the first figure of a pair and the 和 before the second (…发展到22户和): the second's ``before`` ends so
PAIR_FIRST: Final = re.compile(r"[\d.]+[^\d，,。；;：:和、]{0,6}和$")
MEMBER_MARKS: Final = "，,；;。：:、"  # the marks a member's own words start after


def joined_pair_member(before: str, text: str, after: str) -> bool:
    """Whether a figure (the sentence ``before`` it, its ``text``, the sentence ``after`` it) is one of the pair of figures
    closing a clause of two things joined by 和 before a level verb, which the extractor named thing by thing."""
    if (m := PAIR_FIRST.search(before)) is not None:  # the second figure: read from the first
        before, after = before[:m.start()], "和" + text + after
    return bool(joined_pair_level(before[last_mark(before, MEMBER_MARKS) + 1:], 2, after))
