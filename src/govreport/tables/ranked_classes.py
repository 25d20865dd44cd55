"""The size of a class a place is ranked in (环境空气质量稳居全国168个重点城市前列, spot audit 58 惠州 row 9): a count between a
ranking word (data/rank_words.csv: 稳居, 位居 …) and a rank's place in it (tables_words.json rank_tails: 前列, 前茅) counts the
places ranked, not anything the plan makes: no goal. So is a count whose clause then says the place is one of them
(张家界是全国25个重点旅游城市和20个革命老区重点城市之一, held-out set 58, fix128a: ``listed_among``), and a count of the class
a place competes within (在全省27个百亿级开发区中争先晋位, held-out set 64, fix137a: ``competed_within``)."""
from __future__ import annotations

import re

from govreport.extract.ranks import rank_pattern
from govreport.tables.clauses import CLAUSE_MARKS, first_mark
from govreport.tables.figures import Figure, words


def ranked_class(fig: Figure) -> bool:
    """The figure counts the class ranked: a ranking word in its own clause before it, a rank's place after it in that clause."""
    if rank_pattern().search(fig.clause_before) is None:
        return False
    after = fig.after
    stop = first_mark(after, CLAUSE_MARKS)
    return any(w in (after if stop < 0 else after[:stop]) for w in words()["rank_tails"])


def listed_among(fig: Figure) -> bool:
    """The figure's own clause goes on to a mark of one member of a list (``tables_words.json`` list_member_marks: 之一; not the
    fraction 三分之一) with no output verb between: the count is the size of the list the place belongs to
    (是全国25个重点旅游城市…之一), a status, not anything the plan makes (held-out set 58 张家界 rows 12, 13)."""
    after = fig.after
    stop = first_mark(after, CLAUSE_MARKS)
    own = after if stop < 0 else after[:stop]
    w = words()
    m = _member_mark(tuple(w["list_member_marks"])).search(own)
    return m is not None and not any(v in own[:m.start()] for v in w["output_verbs"])


_MARKS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _member_mark(marks: tuple[str, ...]) -> re.Pattern[str]:
    """The marks as one pattern, none right after 分 (三分之一 is a fraction), compiled once."""
    if marks not in _MARKS:
        _MARKS[marks] = re.compile("(?<!分)(?:" + "|".join(map(re.escape, marks)) + ")")
    return _MARKS[marks]


def competed_within(fig: Figure) -> bool:
    """在 a few words before the count (在全省) and 中 in its own clause right before a verb of climbing the ranks (争先, 晋位:
    ``tables_words.json`` class_rank_verbs): the count is the size of the class the place competes in, not a goal
    (在全省27个百亿级开发区中争先晋位, held-out set 64 鹤岗 row 20)."""
    lead = fig.clause_before
    at = lead.rfind("在")
    if at < 0 or len(lead) - at > 6 or any(c.isdigit() for c in lead[at:]):
        return False
    after = fig.after
    stop = first_mark(after, CLAUSE_MARKS)
    own = after if stop < 0 else after[:stop]
    inside = own.find("中")
    return 0 < inside <= 16 and own.startswith(tuple(words()["class_rank_verbs"]), inside + 1)
