"""The figures of one list (93%、96.93%): how many a list holds from each figure on, and the qualifier its last figure
(or one after 分别 before the first) gives every member that states none; ``quantities`` reads them for its rows."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from govreport.extract.list_asides import CLOSES, aside_rows, is_aside
from govreport.extract.path_starts import per_unit_tail
from govreport.extract.place_siblings import named_place
from govreport.extract.scanner import Token
from govreport.lexicon import name_words, qualifier_pattern

LIST_GAP_AFTER_QUALIFIER: Final = re.compile(r"(?:左右|以上|以下|以内)(?:、|和|及|，|,)")
EACH_IN_TURN: Final = re.compile("分别")  # a list whose members each get one figure (the qualifier it shares)
LIST_GAPS: Final = ("、", "和", "及", "，", ",")  # what stands between the figures of a list (93%、96.93%)
COMMA_GAPS: Final = ("，", ",")  # after a 城乡 pair, a gap that joins figures of one unit only (…7.5%，10件重大民生实事: a new clause)
PAIRED: Final = "城乡"  # a pair of urban and rural figures: two, never a third in another unit
# a gap of 和/、 and a per-unit basis (分别提升到每人每月600元和每人每年4680元): each member states its own basis, still one list
PER_UNIT_GAP: Final = re.compile("[、和及]" + per_unit_tail().removesuffix("?"))
PER_UNIT_GAP_MAX: Final = 5  # the longest such gap (和每人每年)


def _share_closing_qualifier(scan: str, rows: list[tuple]) -> list[tuple]:
    """A qualifier after the last figure of a 分别 list is every member's (水果、蔬菜、茶叶产量分别达
    2050万吨、4200万吨、19万吨以上: all three are floors), where a member states none of its own; so is one
    standing right after 分别 before the first figure (分别突破8500家和6万家: both floors).
    Looked for from each 分别 of the text (a few per report), not at every figure."""
    q_after, q_before = qualifier_pattern("after"), qualifier_pattern("before")
    starts = [r[0] for r in rows]
    asides: set[int] | None = None  # 70户（力争100户）、50户…以上: the aside no member (list_asides.py), read at the first 分别
    for m in EACH_IN_TURN.finditer(scan):
        i = bisect_left(starts, m.end())
        if i == len(rows) or rows[i][0] - m.start() > 8 or rows[i][19] > m.start():  # not its list, or another sentence
            continue
        asides = aside_rows(scan, rows) if asides is None else asides
        j = i
        while j + 1 < len(rows) and (rows[j + 1][0] - rows[j][1] == 1 and scan[rows[j][1]] in "、和及" or j + 1 in asides):
            j += 2 if j + 1 in asides else 1
        if j > i and q_after.match(scan, rows[j][1]):
            _share(rows, i, j, skip=asides)
        elif j > i and rows[i][6] and q_before.fullmatch(scan, m.end(), rows[i][0]):
            _share(rows, i + 1, j, i)  # 分别突破8500家和6万家: the 突破 after 分别 governs both
    j = 0  # 参保率保持在90%和98%以上: figures of one unit joined by 和/及 share the qualifier closing them
    while j + 1 < len(rows):
        i = j
        while j + 1 < len(rows) and rows[j + 1][0] - rows[j][1] == 1 and scan[rows[j][1]] in "、和及" \
                and rows[j + 1][5] == rows[i][5]:
            j += 1
        if j > i and scan[rows[j - 1][1]] in "和及" and q_after.match(scan, rows[j][1]):
            _share(rows, i, j)
        j += 1
    return _share_place_members(scan, _share_listed_measures(scan, rows, q_after), q_before)


PLACE_GAP: Final = re.compile(r"、([\u4e00-\u9fff]{2,6})")  # 、塔城地区: a member that is only a place before its figure


def _share_place_members(scan: str, rows: list[tuple], q_before: re.Pattern[str]) -> list[tuple]:
    """Members that are only a named place and a figure after a first member with a qualifier before its figure
    (州直旅游接待突破9000万人次、塔城地区3850万人次、阿勒泰地区4400万人次): the verb left out is the first's, so is its
    qualifier (more_than), where a member states none (spot audit 40 伊犁 rows 17, 18; extract/place_siblings.py)."""
    first = 0
    for k in range(1, len(rows)):
        gap = PLACE_GAP.fullmatch(scan, rows[k - 1][1], rows[k][0])
        if gap is None or rows[k][5] != rows[k - 1][5] or not named_place(gap.group(1)):
            first = k
            continue
        lead = rows[first]
        if not rows[k][6] and lead[6] and _before_end(q_before, scan, lead[0]):
            rows[k] = rows[k][:6] + (lead[6],) + rows[k][7:]
    return rows


def _before_end(q_before: re.Pattern[str], scan: str, start: int) -> bool:
    """A qualifier word (突破) ends right before the figure at ``start``."""
    return any(m.end() == start for m in q_before.finditer(scan, max(0, start - 4), start))


LISTED_BEFORE: Final = re.compile(r"[^，,；;。：:]*$")  # the figure's clause, up to where it starts


def _share_listed_measures(scan: str, rows: list[tuple], q_after: re.Pattern[str]) -> list[tuple]:
    """A 、 list of measures before a level verb and as many figures after it, with no 分别 (粮食种植面积、产量稳定在302.5万亩、
    104.1万吨以上; 农膜、农药包装物回收利用率保持在90%、85%以上): the qualifier after the last figure is every member's, as after
    分别 (fix99d 吴忠 row 46). The members are counted in the clause before the first figure, which ends with the level verb
    (data/name_words.csv ``list_level_verb``)."""
    verbs = name_words("list_level_verb")
    i = 0
    while i + 1 < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][0] - rows[j][1] == 1 and scan[rows[j][1]] == "、" and rows[j + 1][19] == rows[i][19]:
            j += 1
        if j > i and q_after.match(scan, rows[j][1]):
            clause = LISTED_BEFORE.search(scan, max(rows[i][19], rows[i][0] - 60), rows[i][0])
            words = clause.group() if clause else ""
            if words.endswith(verbs) and "分别" not in words and _members(words) == j - i:
                _share(rows, i, j)
        i = j + 1
    return rows


def _members(words: str) -> int:
    """How many breaks a list of subjects before a level verb holds: its 、, or one 和 when it has no 、 (粮食播种面积和产量
    保持在1000万亩、400万吨以上: two members, audit 43 保定 row 48)."""
    return words.count("、") if "、" in words else words.count("和")


def _share(rows: list[tuple], i: int, j: int, source: int | None = None, skip: set[int] | None = None) -> None:
    """Rows i..j-1 take row j's qualifier (or ``source``'s: i..j but the source) where they state none of their own
    (nor are in ``skip``: a bracketed aside, no member)."""
    shared = rows[j if source is None else source][6]
    for k in range(i, j + (source is not None)):
        if not rows[k][6] and not (skip and k in skip):
            rows[k] = rows[k][:6] + (shared,) + rows[k][7:]


def _list_sizes(scan: str, tokens: list[Token]) -> list[int]:
    """For each token, how many figures form a list starting at it (93%、96.93% -> 2, 1); 0 for a bracketed aside
    of the figure before (70户（力争100户）、50户: 2, 0, 1; list_asides.py), which the list skips."""
    sizes = [1] * len(tokens)
    # pairs no further apart than the longest gap of a list (、 / 左右和): few, found in one pass
    close = [i for i, (a, b) in enumerate(zip(tokens, tokens[1:])) if b.start - a.end <= 3
             or b.start - a.end <= PER_UNIT_GAP_MAX and a.unit == b.unit and PER_UNIT_GAP.fullmatch(scan, a.end, b.start)]
    asides = {i + 1 for i in close if i + 2 < len(tokens) and scan[tokens[i + 1].end:tokens[i + 1].end + 1] in CLOSES
              and tokens[i].unit == tokens[i + 1].unit == tokens[i + 2].unit
              and is_aside(scan, tokens[i].end, tokens[i + 1].start, tokens[i + 1].end, tokens[i + 2].start)}
    for i in reversed(close):
        if i in asides:
            sizes[i] = 0
            continue
        if i + 1 in asides:
            sizes[i] = sizes[i + 2] + 1  # 70户（力争100户）、50户: the list goes on after the aside
            continue
        gap = scan[tokens[i].end:tokens[i + 1].start]
        if gap in COMMA_GAPS and tokens[i].unit != tokens[i + 1].unit and PAIRED in scan[max(0, tokens[i].start - 40):tokens[i].start]:
            continue  # 城乡…分别增长3.5%和7.5%，10件…: a comma before a figure in another unit ends the pair (held-out set 65 文山 rows 6–7)
        if gap in LIST_GAPS or len(gap) == 3 and LIST_GAP_AFTER_QUALIFIER.fullmatch(gap) or len(gap) > 3 and PER_UNIT_GAP.fullmatch(gap):  # 3%左右和5%左右
            sizes[i] = sizes[i + 1] + 1
    return sizes
