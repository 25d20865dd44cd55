"""A five-year section opened by an un-numbered heading line (今后五年主要目标与工作思路建议, “十四五”时期主要目标任务) and
divided by numbered headings of its own (一、落实“打造…”部署… 五、…): those headings replace the line as the sentences'
section, yet their goals are still the term's, up to where the plan year opens (2022年重点工作安排建议, 今年…的主要预期目标是：).
Without this the term's goals were read as the plan year's targets (round 147, fix147a; docs/assumptions.md#target-years)."""
from __future__ import annotations

import bisect
from functools import cache

from govreport.extract.later_sections import later_section
from govreport.extract.terms import _five_year_plans
from govreport.lexicon import read_json
from govreport.report.heading_years import NUMBERED_START, heading_year
from govreport.report.model import Heading, Report

PLAN_YEAR_WORDS = ("今年", "明年")  # with f"{plan_year}年": a heading or a paragraph's opening sentence on the plan year


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words by which a heading line sets out a term's goals, words by which a paragraph opening on the plan year sets
    out the year's goals or work): tables_words.json term_section_heads, plan_year_openings."""
    data = read_json("tables_words.json")
    return tuple(data["term_section_heads"]), tuple(data["plan_year_openings"])


def _term_of(title: str, plan_year: int) -> tuple[int, int] | None:
    """(first, last year) of the term an un-numbered heading line sets goals or tasks for: a span ahead (今后五年, 未来五年:
    ``later_section``) or a five-year plan ending after the plan year; None when it names the plan year or no goal word."""
    if f"{plan_year}年" in title or not any(w in title for w in _words()[0]):
        return None
    span = later_section(title, plan_year)
    if span is not None:
        return span
    pattern, plans = _five_year_plans()
    named = [plans[m.group(1)] for m in pattern.finditer(title)]
    return (named[-1][0], named[-1][1]) if named and named[-1][1] > plan_year else None


def _names_plan_year(words: str, plan_year: int) -> bool:
    return heading_year(words) == plan_year or any(w in words for w in PLAN_YEAR_WORDS)


def _plan_year_opens(report: Report, lo: int, hi: int, plan_year: int) -> bool:
    """Whether a paragraph starting in ``[lo, hi)`` opens on the plan year with its goals or work in its first sentence
    (今年全州经济社会发展的主要预期目标是：…, 2021年是“十四五”开局之年，经济社会发展的主要预期目标是：…)."""
    scan, paragraphs = report.scan, report.paragraphs
    ends = _words()[1]
    for para in paragraphs[bisect.bisect_left([p.start for p in paragraphs], lo):]:
        if para.start >= hi:
            break
        at = para.start + len(scan[para.start:para.end]) - len(scan[para.start:para.end].lstrip())
        if not scan.startswith(PLAN_YEAR_WORDS + (f"{plan_year}年",), at):
            continue
        stop = scan.find("。", at, para.end)
        first = scan[at:stop if stop >= 0 else para.end]
        if any(w in first for w in ends):
            return True
    return False


def outer_term(report: Report, start: int) -> tuple[int, int] | None:
    """(first, last year) of the term whose un-numbered heading line the sentence at ``start`` stands under through
    numbered headings of the term's own, when nothing between them opens the plan year: no level-1 heading naming it
    (三、2021年工作安排, 2022年重点工作安排建议) or another un-numbered line, no paragraph opening on its goals or work
    (今年…预期目标是：). None for a sentence right under the line (its section: ``later_sections``) or elsewhere."""
    plan_year = report.plan_year
    if plan_year is None:
        return None
    starts, walks = _walks(report, plan_year)
    found = walks[bisect.bisect_left(starts, start)]
    if found is None or _plan_year_opens(report, found[1], start, plan_year):
        return None
    return found[0]


_WALKS: dict[int, tuple[Report, list[int], list[tuple[tuple[int, int], int] | None]]] = {}


def _walks(report: Report, plan_year: int) -> tuple[list[int], list[tuple[tuple[int, int], int] | None]]:
    """For each count i of level-1 headings before a sentence, (the term, the end of its heading line) when the i-th
    heading back through numbered ones not naming the plan year is an un-numbered term line: worked out once per
    report (a sentence walked back over every heading before it, and the ~1 MB text has hundreds)."""
    kept = _WALKS.get(id(report))
    if kept is not None and kept[0] is report:
        return kept[1], kept[2]
    scan = report.scan
    level1 = [h for h in report.headings if h.level == 1]
    line: tuple[tuple[int, int], int] | None = None  # the last un-numbered term line's term and end, while it holds
    under = False  # a numbered heading of its own since the line
    walks: list[tuple[tuple[int, int], int] | None] = [None]
    for h in level1:
        if not NUMBERED_START.match(scan, h.start):
            term = _term_of(h.title, plan_year)
            line, under = ((term, h.end) if term is not None else None), False
        elif _names_plan_year(h.title, plan_year):
            line = None  # 三、2021年工作安排: the plan year's part
        else:
            under = True
        walks.append(line if under else None)
    starts = [h.start for h in level1]
    _WALKS.clear()
    _WALKS[id(report)] = (report, starts, walks)
    return starts, walks
