"""A year's list of livelihood projects written as one entry of the closing glossary (注释 … 7.2022年十件民生实事全部完成：
①新增城镇就业人数超1.74万人。… 17.2023年十件民生实事：①启动…3566套保障性租赁住房建设): the entry is no definition
but that year's list, so its sentences are the plan's goals (the plan year named) or last year's results (the review
year named, or a results word such as 完成情况), not notes (held-out audit 55, 景德镇). An entry naming no year, or no
list word of plan_annex_words.csv, stays a note."""
from __future__ import annotations

import re

from govreport.report.model import Sentence, Span
from govreport.report.review_annexes import plan_annex_words, review_titled

# A glossary entry's number at a line's start: 7. / 17． / 3、 / 〔1〕 / [2]
ENTRY = re.compile(r"[ \t\u3000]*(?:\d{1,3}[．.、]|[〔\[［]\d{1,3}[〕\]］])")
TITLE_CHARS = 40  # an entry's title ends at its first colon within this many characters


def note_lists(scan: str, sentences: list[Sentence], notes: Span | None,
               review_year: int | None, plan_year: int | None) -> list[Sentence]:
    """``sentences`` with those of a year's list inside the notes given that list's part (plan or review)."""
    if notes is None or plan_year is None:
        return sentences
    entries = list_entries(scan, notes, review_year, plan_year)
    if not entries:
        return sentences
    out = []
    for s in sentences:
        part = next((p for a, b, p in entries if a <= s.start < b), "") if s.part == "notes" else ""
        out.append(s._replace(part=part) if part else s)
    return out


def list_entries(scan: str, notes: Span, review_year: int | None, plan_year: int) -> list[tuple[int, int, str]]:
    """(start, end, part) of each glossary entry that is a year's list, from its number to the next entry's."""
    starts = _entry_starts(scan, notes)
    words = plan_annex_words()
    found = []
    for k, at in enumerate(starts):
        colon = re.search(r"[：:]", scan[at:min(at + TITLE_CHARS, notes.end)])
        if colon is None:
            continue
        title = scan[at:at + colon.start()]
        if not any(w in title for w in words):
            continue
        part = _list_part(title, review_year, plan_year)
        if part:
            found.append((at, starts[k + 1] if k + 1 < len(starts) else notes.end, part))
    return found


def _list_part(title: str, review_year: int | None, plan_year: int) -> str:
    """review for last year's list or a list of results (review_annexes.review_titled, as for an annex's title); plan for
    the plan year's; "" for neither."""
    if review_titled(title, review_year, plan_year):
        return "review"
    return "plan" if f"{plan_year}年" in title else ""


def _entry_starts(scan: str, notes: Span) -> list[int]:
    """Line starts inside ``notes`` that open a numbered glossary entry."""
    starts = []
    at = notes.start
    while at < notes.end:
        if ENTRY.match(scan, at):
            starts.append(at)
        nl = scan.find("\n", at, notes.end)
        if nl < 0:
            break
        at = nl + 1
    return starts
