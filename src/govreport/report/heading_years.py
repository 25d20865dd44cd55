"""What a level-1 heading's words and years say of its part
(docs/assumptions.md#parts-and-years): a heading naming a year later than the review heading's
is the plan's (二、2024年主要工作 after 一、2023年工作回顾), and a heading after the plan on a
five-year plan's outline (三、关于《…第十一个五年规划纲要（草案）》的说明) heads a part ``term``.
Words: data/term_headings.csv."""
from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Final

from govreport.lexicon import read_rows
from govreport.cue_words import part_words
from govreport.report.model import Heading, Span

# a year a heading names, not after 到/至 (到2035年 is a deadline, not the part's year)
_YEAR = re.compile(r"(?<![到至\d])((?:19|20)\d\d)年")


def heading_year(words: str) -> int | None:
    """The latest year a heading names (“十四五”时期和2025年工作回顾 → 2025); None when none."""
    years = [int(y) for y in _YEAR.findall(words)]
    return max(years) if years else None


@cache
def _year_titles() -> re.Pattern[str]:
    words = "|".join(re.escape(r["word"]) for r in read_rows("year_titles.csv"))
    # a text kept in Markdown sets the line in bold (**2014年政府工作**, held-out set 89): the marks are no words of it
    return re.compile(rf"\s*(?:{MARKUP_LEAD})?(?:19|20)\d\d年(?:{words})(?:\*\*|__)?\s*")


def year_title(line: str) -> bool:
    """A line naming only a year and its work (2023年政府工作, data/year_titles.csv; **2014年政府工作** in Markdown):
    a part heading with no part word, whose year says which part (a year later than the review heading's is the plan's)."""
    return _year_titles().fullmatch(line) is not None


@cache
def _term_words() -> tuple[str, ...]:
    return tuple(r["word"] for r in read_rows("term_headings.csv"))


def term_heading(words: str) -> bool:
    """A heading on a five-year plan's outline (…第十一个五年规划纲要（草案）》的说明)."""
    return any(w in words for w in _term_words())


@cache
def _plan_leads() -> tuple[str, ...]:
    return tuple(r["word"] for r in read_rows("plan_leads.csv"))


def plan_lead(scan: str, heading_starts: list[int], start: int, end: int) -> int | None:
    """Where the plan starts inside ``scan[start:end]``, a part the level-1 headings (starting at
    ``heading_starts``) read as review when they gave no plan: at the first formula of
    data/plan_leads.csv (主要目标是：, 重点做好以下) that opens a sentence — from the level-1
    heading it stands under when that is not the review's first (二、2024年主要工作), else from its
    line. None when no formula is there."""
    found = [k for k in (scan.find(w, start, end) for w in _plan_leads()) if k >= 0]
    for at in sorted(found):
        line = scan.rfind("\n", start, at) + 1 or start
        sentence = max(scan.rfind(c, start, at) for c in "。！？\n")
        if sentence >= 0 and scan.find("，", sentence, at) >= 0:
            continue  # inside a sentence that runs on from something else (…，经济社会发展的主要目标是：)? keep looking
        heading = max((h for h in heading_starts if start < h <= at), default=None)
        return heading if heading is not None else line
    return None


@cache
def _any_part_word() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word, _, _ in part_words()))


def part_score(words: str) -> tuple[int, int]:
    """(review score, plan score) of a heading or opening sentence, from parts.csv."""
    if _any_part_word().search(words) is None:  # one search rules out every word (most lines hold none)
        return 0, 0
    review = plan = 0
    for word, part, weight in part_words():
        if word in words:
            if part == "review":
                review += weight
            else:
                plan += weight
    return review, plan


# the marks a text kept in Markdown (copied from a web page or a repository) puts before a heading line: ## or bold
# (**三、2021年工作建议**); they are no words of it, and offsets stay the text's own (a heading's span starts at them)
MARKUP_LEAD: Final = r"#{1,6}[ \t]*(?:\*\*|__)?|\*\*|__"
MARKUP = re.compile(MARKUP_LEAD)
NUMBERED_START = re.compile(rf"(?:{MARKUP_LEAD})?(?:[一二三四五六七八九十]+[、.．]|[（(])")


@cache
def _headline_words() -> tuple[str, ...]:
    """Words that make a text's first line a headline about a report or meeting (headline_words.csv)."""
    return tuple(r["word"] for r in read_rows("headline_words.csv"))


def lone_title(scan: str, heading: Heading) -> bool:
    """An un-numbered heading that is the text's first line and names both parts or a report or
    meeting (市政府召开全体会议 回顾2024年工作 部署2025年任务, 省政府工作报告提出2013年主要预期目标): the
    headline of all of it, not the start of one part. A first line naming one part (【2024年主要目标】,
    2022年上半年全市经济运行情况) still heads the text as that part."""
    if scan[:heading.start].strip() or NUMBERED_START.match(scan, heading.start):
        return False
    title = scan[heading.start:heading.end]
    return min(part_score(title)) > 0 or any(w in title for w in _headline_words())


_FIRST_ORDINAL = re.compile(r"[ \t\u3000]*一[、.．]")


def plan_title_ahead(scan: str, level1: list[Heading], i: int) -> bool:
    """Whether a later level-1 heading without ordinal names a year and a plan word in its own words
    and restarts the numbering after it (…七、… then 2025年工作安排 then 一、…): the plan starts there,
    so a numbered heading before it is the review's section, whatever its opening sentence says
    (三、敢于探索…。坚持改革不停顿，抓实年度38项重点改革任务: 任务 is a result's word there)."""
    for j in range(i + 1, len(level1)):
        h = level1[j]
        words = scan[h.start:h.end]
        if NUMBERED_START.match(scan, h.start) or heading_year(words) is None:
            continue
        review, plan = part_score(words)
        if plan > review and j + 1 < len(level1) and _FIRST_ORDINAL.match(scan, level1[j + 1].start):
            return True
    return False


# a line of its own that names the plan year's goals or tasks (全力实现2024年高质量发展的奋斗目标)
@cache
def _plan_line_words() -> tuple[str, ...]:
    """Words a bare line heading the plan names (plan_line_words.csv: 目标, 任务, 工作安排)."""
    return tuple(r["word"] for r in read_rows("plan_line_words.csv"))

_SENTENCE_MARKS = re.compile(r"[。，,：:；;！？!?]")


def plan_line(scan: str, paragraphs: list[Span], start: int, end: int) -> int:
    """Where the plan starts when the first plan heading (at ``end``) follows a bare line without
    ordinal that heads the plan: a short line, no sentence, naming a year with 目标 / 任务 /
    工作安排 and no review word, after text that names the year before it (the review, 奋力完成
    2023年…各项任务 … 全力实现2024年高质量发展的奋斗目标 … 一、). ``end`` when there is none."""
    i = bisect.bisect_right(paragraphs, start, key=lambda p: p.start)
    for para in paragraphs[i:]:
        if para.start >= end:
            break
        if para.end - para.start > 30 or not any(w in scan[para.start:para.end] for w in _plan_line_words()):
            continue
        line = scan[para.start:para.end]
        year = heading_year(line)
        if (year is None or _SENTENCE_MARKS.search(line) or NUMBERED_START.match(line.strip())
                or part_score(line)[0] > 0):
            continue
        if scan.find(f"{year - 1}年", start, para.start) >= 0:
            return para.start
    return end
