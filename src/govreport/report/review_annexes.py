"""An annex of the review year's results (附件一 then 2022年市十件民生实事完成情况汇总表) appended after the plan: its
figures are last year's actuals, so its sentences are review (baselines), not plan goals (held-out audit 47, 汕头)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import read_rows
from govreport.report.chars import blank_led_line, char_positions
from govreport.report.model import Sentence

ANNEX_LINE = re.compile(r"^[ \t\u3000]*附[件表][\d一二三四五六七八九十]*(?:[ \t\u3000：:、.]|$)", re.M)  # 附件1, 附件：, 附表二


@cache
def review_annex_words() -> tuple[str, ...]:
    """Title words of an annex of results (review_annex_words.csv: 完成情况, 落实情况)."""
    return tuple(r["word"] for r in read_rows("review_annex_words.csv"))


@cache
def plan_annex_words() -> tuple[str, ...]:
    """Title words of a list of the year's work (plan_annex_words.csv: 民生实事, 惠民实事, 年度目标)."""
    return tuple(r["word"] for r in read_rows("plan_annex_words.csv"))


def annex_title(scan: str, start: int, skip_blank: bool = False) -> str:
    """An annex line and the line after it (附件一 / 2022年…汇总表): where its title is written. With ``skip_blank`` the
    next line with words, as Markdown-converted reports put a blank line after every heading (附件一⏎⏎2021年…完成情况);
    only results are read so (a plan-year list so found would move goals whose baselines no one checked)."""
    end = scan.find("\n", start)
    if not skip_blank:
        return "".join(scan[start:start + 80].split("\n", 2)[:2])
    if end < 0:
        return scan[start:start + 80]
    nxt = end + 1
    while nxt < len(scan) and nxt < start + 200 and scan[nxt] in " \t\u3000\r\n":
        nxt += 1
    stop = scan.find("\n", nxt)
    return (scan[start:end] + scan[nxt:stop if stop >= 0 else len(scan)])[:80]


def review_titled(title: str, review_year: int | None, plan_year: int | None) -> bool:
    """A title of results: a results word (完成情况), or the review year named without the plan year."""
    if any(w in title for w in review_annex_words()):
        return True
    if review_year is None or f"{review_year}年" not in title:
        return False
    return plan_year is None or f"{plan_year}年" not in title


def review_annexes(scan: str, sentences: list[Sentence], review_year: int | None,
                   plan_year: int | None) -> list[Sentence]:
    """Sentences of an annex titled as results, from its 附件 line to the next 附件 line (or the end), read as review
    wherever the parts put them (plan, notes, annex): 附件二 2023年市十件民生实事 after it stays what it was."""
    lines = annex_lines(scan)
    spans = [(at, lines[i + 1] if i + 1 < len(lines) else len(scan)) for i, at in enumerate(lines)
             if review_titled(annex_title(scan, at, skip_blank=True), review_year, plan_year)]
    if not spans:
        return sentences
    out: list[Sentence] = []
    for s in sentences:
        if s.part == "review" or not any(a <= s.start < b for a, b in spans):
            out.append(s)
            continue
        cell = _last_cell(scan, s.start, s.end)
        if cell > s.start:  # | 十、完成…电梯100部 | 市住房城乡建设局 | 完成…电梯154部: the item and its goal, then the result
            out.append(s._replace(end=cell, part="annex"))
        out.append(s._replace(start=cell, part="review"))
    return out


def annex_lines(scan: str) -> list[int]:
    """``[m.start() for m in ANNEX_LINE.finditer(scan)]``, found from the 附 of each line (str.find) instead of trying the
    multi-line ``^`` at every character of the text (most reports hold no 附 at all). A match starts a line and ends on it,
    so each line start before a 附 that only blanks precede is matched there (only a line's first 附 can be)."""
    found: list[int] = []
    for k in char_positions(scan, "附"):
        start = blank_led_line(scan, k)
        if start >= 0 and ANNEX_LINE.match(scan, start):
            found.append(start)
    return found


def _last_cell(scan: str, start: int, end: int) -> int:
    """Where a table row's last cell with words starts inside the sentence (after its last | with text after it): the
    cells before it name the item (its title states last year's goal, no result); ``start`` for no table row."""
    at = scan.rfind("|", start, end)
    while at >= 0 and not scan[at + 1:end].strip(" \t\u3000|。"):
        at = scan.rfind("|", start, at)
    return at + 1 if at >= 0 else start
