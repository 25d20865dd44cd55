"""The members of a 分别 list standing in the clause before its measure (加快发展茶叶、肉牛、…、水产等特色产业，确保综合产值
分别达到300亿元、270亿元、…: 茶叶综合产值, 肉牛综合产值, …; held-out set 77 宜宾 rows 29–34, fix156a). The measure's clause
names no member of its own, so each figure takes the member of its rank in the clause before, which the review's list
(茶叶、肉牛…综合产值分别达…) names the same way, member for member."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import all_verbs
from govreport.lexicon import name_subjects, name_words

BEFORE_COMMA: Final = re.compile(r"[^，,；;。：:]*$")  # the clause before the comma that opens the measure's clause
MEMBER: Final = re.compile(r"[\u4e00-\u9fff]{1,4}")  # a member of a product list: a short noun (茶叶, 肉牛, 油樟)
EXAMPLES_END: Final = "等"  # the last member closes the examples of a class (水产等特色产业): the list is of that class's kinds
MEASURE_MAX: Final = 6  # a bare measure (综合产值, 总产量), not a clause with a subject of its own


def members_before_measure(scan: str, start: int, clause: str, size: int, lo: int) -> list[str]:
    """Each member of the 、 list closing with 等 in the figure-free clause before ``clause`` (from ``lo``, the sentence
    from ``start``) joined to the bare measure ``clause`` names before 分别 (a commitment first dropped: 确保综合产值分别达到
    -> 综合产值), when the list has ``size`` members; [] otherwise (a measure with a subject of its own, a list of another size)."""
    if size < 2 or "分别" not in clause or "、" in clause or scan[lo - 1:lo] not in ("，", ",") or lo - 1 <= start:
        return []
    measure = clause[:clause.index("分别")].lstrip("，, ")
    measure = next((measure[len(w):] for w in name_words("member_commit") if measure.startswith(w)), measure)
    if not 2 <= len(measure) <= MEASURE_MAX or not measure.endswith(name_words("head")) or all_verbs(measure[:2]):
        return []
    m = BEFORE_COMMA.search(scan, start, lo - 1)
    before = m.group() if m else ""
    if any(c.isdigit() for c in before) or before.count("、") != size - 1 or before.count(EXAMPLES_END) != 1:
        return []
    parts = before.split("、")
    parts[-1] = parts[-1][:parts[-1].find(EXAMPLES_END)]
    first = _first_member(parts[0], {len(p) for p in parts[1:]})
    members = [first, *parts[1:]]
    if not first or not all(MEMBER.fullmatch(p) for p in members):
        return []
    return [p + measure for p in members]


def _first_member(clause: str, widths: set[int]) -> str:
    """The first member without the verbs that open its clause (加快发展茶叶 -> 茶叶: data/name_subjects.json
    member_lead_verbs), as long as the other members (all of one length); '' otherwise."""
    if len(widths) != 1:
        return ""
    width = next(iter(widths))
    lead = clause[:len(clause) - width]
    grown = next((w for w in name_subjects()["member_lead_verbs"] if lead.endswith(w)), "")  # 加快发展: 加快 an adverb of 发展
    rest = lead[:len(lead) - len(grown)]
    return clause[-width:] if lead and (all_verbs(lead) or grown and (not rest or all_verbs(rest))) else ""
