"""Review or plan by the weight of a stretch's cue words (data/part_cues.csv): a paragraph's, a sentence's own, and the
parts of a text where no heading, formula or paragraph marks them (``parts_by_cues``)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import read_rows
from govreport.report.model import Sentence, Span


@cache
def _part_cues() -> tuple[re.Pattern[str], dict[str, tuple[str, int]]]:
    """Words whose count tells review wording from plan wording (part_cues.csv); ``none`` rows
    mask words that contain a cue (重要, 主要 hold 要)."""
    rows = {r["word"]: (r["part"], int(r["weight"])) for r in read_rows("part_cues.csv")}
    return re.compile("|".join(re.escape(w) for w in sorted(rows, key=len, reverse=True))), rows


def wording_score(scan: str, start: int, end: int) -> tuple[int, int]:
    """(review, plan) weight of the cue words in ``scan[start:end]``."""
    review, plan, _ = _wording(scan, start, end)
    return review, plan


def _wording(scan: str, start: int, end: int) -> tuple[int, int, set[str]]:
    """(review, plan) weight of the cue words in ``scan[start:end]``, and the parts for which
    a strong cue (weight 2 or more: 同比, 取得, 今年, 力争 …) occurs there."""
    pattern, rows = _part_cues()
    review = plan = 0
    strong: set[str] = set()
    for m in pattern.finditer(scan, start, end):
        part, weight = rows[m.group()]
        if part == "review":
            review += weight
        elif part == "plan":
            plan += weight
        if weight >= 2:
            strong.add(part)
    return review, plan, strong


def own_part(scan: str, start: int, end: int) -> str:
    """The part a sentence's own words point to: that of its strong cues (力争, 报告提出, 同比,
    取得 …), when they are all of one part; '' otherwise. Weak words (增长, 新增, 建成) describe
    goals as often as results, so in one sentence they decide nothing."""
    _, _, strong = _wording(scan, start, end)
    return next(iter(strong)) if len(strong) == 1 else ""


def wording_part(scan: str, start: int, end: int) -> str:
    """review / plan by which wording weighs more in ``scan[start:end]``; '' when even."""
    review, plan = wording_score(scan, start, end)
    return "review" if review > plan else "plan" if plan > review else ""


def parts_by_cues(scan: str, paragraphs: list[Span], sentences: list[Sentence],
                   header_end: int) -> list[Sentence]:
    """No heading, formula or paragraph marks the parts: the whole text's wording decides its
    part, and a paragraph whose own wording weighs clearly the other way (by 3 or more, three
    times as much, with a strong cue such as 同比 or 力争) takes that part instead. Each
    sentence's time cues still decide its figures' roles (roles.quantity_role)."""
    default = wording_part(scan, header_end, len(scan)) or "review"
    by_paragraph: list[str] = []
    for para in paragraphs:
        review, plan, strong = _wording(scan, para.start, para.end)
        if review >= 3 and review >= 3 * plan and "review" in strong:
            by_paragraph.append("review")
        elif plan >= 3 and plan >= 3 * review and "plan" in strong:
            by_paragraph.append("plan")
        else:
            by_paragraph.append(default)
    out, carried, carry_from = [], "", -1
    for s in sentences:
        if s.part != "other" or s.start < header_end:
            out.append(s)
            continue
        # a sentence whose own words plan or review (力争…, 报告提出，2025年…, 同比增长…) takes that
        # part, and so do the items ；-joined after it (主要预期目标是：A增长6%；B增长5%；…)
        own = own_part(scan, s.start, s.end)
        if not own and carried and s.paragraph == carry_from:
            own = carried
        out.append(s._replace(part=own or by_paragraph[s.paragraph]))
        carried, carry_from = (own, s.paragraph) if own and scan[s.end - 1:s.end] in "；;" else ("", -1)
    return out
