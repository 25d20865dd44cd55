"""A sentence that states the plan year's main expected goals (今年经济社会发展的主要预期目标是：…, 2014年主要预期目标是…,
全市经济社会发展主要预期目标是：…) is the plan's, never the review's: where the parts still put it in the review (a plan
heading the reader cannot know, **今后工作**, or none), the plan starts at it (docs/assumptions.md#parts-and-years).
Narrow on purpose: the sentence opens with the goals' head (data/goal_sentences.csv), led at most by a time word of the
plan (今年, 明年, a year later than the review's), a place and 经济社会发展的, and says what they are (是, 为, 建议为, ：);
a clause before it names no time (综合考虑各方面因素，建议今年…), so 去年主要预期目标…, 过去一年，…主要预期目标… and
今后5年，…主要预期目标是 (the term's) stay where they are, as do the goals met (2013年主要预期目标全面完成: no 是/为)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import punctuation, read_rows
from govreport.report.chars import last_of
from govreport.report.heading_years import MARKUP_LEAD, heading_year
from govreport.report.model import Span
from govreport.report.opening_formulas import _PLACE_NAME, _SCOPE


@cache
def _goal_sentence() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The goals sentence from its start (clauses before it that name no time and no figure, the plan's time word, a
    place, 经济社会发展的, the head, then what says the goals follow), and the heads (searched for first: most of a
    text holds none, and a pattern tried at every sentence start would cost a pass over the text)."""
    rows = read_rows("goal_sentences.csv")
    heads = tuple(r["word"] for r in rows if r["kind"] == "head")
    copulas = "|".join(re.escape(r["word"]) for r in sorted(rows, key=lambda r: -len(r["word"])) if r["kind"] == "copula")
    lead = r"(?:[^，,。！？；;：:\n\d年]{1,30}[，,])*"  # 综合考虑各方面因素， / 经市委研究， / 为此，: no time of their own
    when = r"(?:今年[，,]?|明年|(?P<year>(?:19|20)\d\d)年[，,]?)?"
    scope = rf"(?:{_SCOPE}|{_PLACE_NAME}(?=经济社会发展))?"
    field = r"(?:(?:经济社会|高质量)?发展|工作)?的?"
    head = "|".join(map(re.escape, heads))
    return re.compile(rf"[ \t\u3000]*(?:{MARKUP_LEAD})?{lead}(?:建议)?{when}{scope}{field}(?:{head})"
                      rf"(?:(?:{copulas})[：:]?|[：:])"), heads


_ENDS = punctuation()["sentence_ends"] + "\n"  # a sentence, or a line of its own, starts after one


def goals_sentence(scan: str, review: Span) -> int | None:
    """Where the first goals sentence inside ``review`` (after its first character) starts; None when none does. A year
    before the head must be later than the year the review's heading line names (一、2023年工作回顾), or, with none named
    there, follow a mention of the year before it in the review (the year it reviews)."""
    pattern, heads = _goal_sentence()
    line_end = scan.find("\n", review.start, review.end)
    first_line = scan[review.start:line_end if line_end >= 0 else review.end]
    reviewed = heading_year(first_line) if len(first_line) <= 40 else None
    found = sorted(k for head in heads for k in _all(scan, head, review.start + 1, review.end))
    for k in found:
        start = max(last_of(scan, _ENDS, k) + 1, review.start + 1)
        m = pattern.match(scan, start, review.end)
        if m is None or m.end() < k:
            continue
        year = m.group("year")
        if year is not None:
            y = int(year)
            if (y <= reviewed) if reviewed is not None else scan.find(f"{y - 1}年", review.start, start) < 0:
                continue  # 2023年主要预期目标是… in the 2023 review: that year's, no plan
        return start
    return None


def _all(scan: str, word: str, start: int, end: int) -> list[int]:
    """Every position of ``word`` in ``scan[start:end]``."""
    out: list[int] = []
    k = scan.find(word, start, end)
    while k >= 0:
        out.append(k)
        k = scan.find(word, k + 1, end)
    return out
