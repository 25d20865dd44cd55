"""The shape of a text: paragraphs, sentences and numbered headings (also headings that run
into the text on one line: …报告一、2024年工作回顾2024年是…).
"""
from __future__ import annotations

import bisect
import re
from typing import Final

from govreport.lexicon import punctuation
from govreport.cue_words import part_words
from govreport.report.chars import char_positions
from govreport.report.model import Heading, Sentence, Span
from govreport.report.heading_years import MARKUP, heading_year, part_score, year_title


CN_NUM = "一二三四五六七八九十"


_LEVEL_NUMBERS = (rf"[{CN_NUM}]+[、.．]", rf"[（(][{CN_NUM}]+[）)]", r"\d{1,2}[.．、](?!\d)")  # 一、 / (一) / 1.


# all three in one pattern, tried in level order; the group that matched is the level
NUMBERED = re.compile("|".join(f"({number})" for number in _LEVEL_NUMBERS))


_TITLE_END = re.compile(r"[。！？]")


_NOT_A_TITLE = re.compile(r"[。，,：:；]")
# a document's own title names its parts too (关于…经济运行情况和第四季度工作安排的报告), but heads them all
_DOCUMENT_TITLE = re.compile(r"^关于|报告\s*$|工作总结")
# a headline states a figure (…预期目标为5.5%左右); a part's heading names at most years (数说2017,
# 2024年主要目标) and months (1-9月)
_STATES_A_FIGURE = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d(?![\d.]))\d+(?:\.\d+)?(?![\d.年月日季\-—－–~至])")




SENTENCE_ENDS = punctuation()["sentence_ends"]  # the characters that end a sentence (found with char_positions)


# A sentence longer than this is cut (the corpus's longest is under 500 characters): a pasted
# table or a text without 。 would otherwise make one sentence of everything, and every figure
# in it carries and searches the whole of it (time and memory that grow with its square).
MAX_SENTENCE: Final = 1000
_SOFT_BREAKS = re.compile(f"[{re.escape(punctuation()['clause_breaks'] + punctuation()['list_breaks'])}\\s]")
_IN_A_FIGURE = re.compile(r"[0-9.,%零〇一二两三四五六七八九十百千万亿]{2}")


def cut_overlong(scan: str, start: int, end: int) -> int:
    """Where a sentence from ``start`` that would run to ``end`` stops: at ``end`` when it is
    at most MAX_SENTENCE long, else after the last clause break, list mark or space within
    MAX_SENTENCE characters, or (none there) at MAX_SENTENCE, stepped back off a figure."""
    if end - start <= MAX_SENTENCE:
        return end
    limit = start + MAX_SENTENCE
    last = None
    for last in _SOFT_BREAKS.finditer(scan, limit - MAX_SENTENCE // 2, limit):
        pass
    if last is not None:
        return last.end()
    cut = limit
    while cut > limit - 50 and _IN_A_FIGURE.match(scan, cut - 1):
        cut -= 1
    return cut


def split_paragraphs(text: str) -> list[Span]:
    """Non-empty lines, trimmed of surrounding white space (offsets into ``text``). Split and
    stripped by str methods, which run in C over each line, where a pattern for a trimmed line
    steps through every character (the same white space: re's \\s is str.isspace)."""
    out: list[Span] = []
    start = 0
    for line in text.split("\n"):
        body = line.strip()
        if body:
            lead = start + len(line) - len(line.lstrip())
            out.append(Span(lead, lead + len(body)))
        start += len(line) + 1
    return out


# a line that ends a paragraph in a copy of a PDF page: a sentence end or a colon, also before closing
# marks (…。” ends one; 建设改造“四好农村路” runs on into 850公里: audit 42 CD24#105)
LINE_DONE = frozenset("。！？；：:!?;…")
CLOSERS = "”’）)】》"
WIDE = re.compile(r"[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]")
_LONG_LINE = re.compile(r"[^\n]{201}")
_CLAUSE_MARK = re.compile(r"[，,。；;、：:]")
PAGE_BREAK: Final = "\f"  # where a page footer inside a sentence was skipped in the scan (white space, as the rest of it)
_PAGE_LINE = re.compile(r"[-—－–\s]*\d{1,4}[-—－–\s]*$|第\s*\d+\s*页")


def unwrap_lines(scan: str) -> str:
    """The scan with the hard line breaks of a text copied from a PDF (a line break every column
    width, mid-sentence: …到2020年，地区⏎生产总值达到600亿元) made spaces, so a sentence is read
    whole; the same length, and ``text`` keeps its line breaks. A text is taken for such a copy
    only when most of its full-width lines (within three characters of the widest) stop
    mid-sentence; a report written one paragraph a line has no such lines (its widest line is
    a paragraph ending in 。), so nothing changes there. Once per report."""
    if _LONG_LINE.search(scan):
        return join_stray_breaks(scan)  # a paragraph a line (the common case): found at its first long paragraph
    lines = split_paragraphs(scan)
    if len(lines) < 4:
        return scan
    widths = [(line.end - line.start) + len(WIDE.findall(scan, line.start, line.end)) for line in lines]
    column = max(widths)
    if column < 36 or column > 200:  # a column of text, not one paragraph a line
        return scan
    full = [i for i, w in enumerate(widths) if w >= column - 6 and i + 1 < len(lines)]
    # prose cut mid-sentence: a full line that holds a clause break but does not end a sentence (an
    # explainer's one-figure lines, 地区生产总值 达到486.3亿元 增长7.9%, hold none and stay lines)
    open_ended = [i for i in full if not _line_done(scan, lines[i])
                  and _CLAUSE_MARK.search(scan, lines[i].start, lines[i].end)]
    if len(open_ended) < 3 or len(open_ended) * 5 < len(full) * 3:
        return scan
    chars = list(scan)
    for i in open_ended:
        following = lines[i + 1]
        if NUMBERED.match(scan, following.start):
            continue  # a heading starts the next line: no sentence runs on into it
        stop = following.start
        if _PAGE_LINE.match(scan, following.start, following.end):
            # a page footer inside a sentence (…高品质文旅⏎— 13 —⏎项目20个): skipped, blank in the scan
            # (the text keeps it), when prose goes on after it; else it ends the paragraph
            if i + 2 >= len(lines) or not _runs_on_into(scan, lines[i + 2]):
                continue
            stop = lines[i + 2].start
            chars[following.start] = PAGE_BREAK  # the rest of the footer (and its line breaks) spaces, below
        for k in range(lines[i].end, stop):
            if chars[k] == "\n" or stop != following.start and k != following.start:
                chars[k] = " "
    return "".join(chars)


# a line that goes on with a clause before it: a figure with its unit (2个、…; not a year 2023年, not a
# numbered item 1. / 1、), or a clause mark no line of its own starts with
_RUNS_ON = re.compile(r"(?:\d+(?:\.\d+)?(?![\d.．、，,\s]|年)|[，、])")
_STRAY_BREAK = re.compile(r"\n(?<=[\u3400-\u9fff]\n)(?=[\d，、])")  # the line break first: the search jumps from one to the next


def join_stray_breaks(scan: str) -> str:
    """The scan with a stray hard line break inside a sentence of a paragraph-a-line text made a
    space (a scraped page: 打造县级物流配送中心⏎2个、乡镇商贸中心23个): the line before it is prose
    (not a heading, holds a clause mark, ends in no sentence end) and the next line goes on with
    a figure's number or a clause mark, so the figure keeps its noun and the clause its verb."""
    if "\n" not in scan:
        return scan
    chars: list[str] | None = None
    for m in _STRAY_BREAK.finditer(scan):
        at = m.start()
        start = scan.rfind("\n", 0, at) + 1
        line = scan[start:at].strip()
        if len(line) < 12 or NUMBERED.match(line) or not _CLAUSE_MARK.search(line) or line[-1] in LINE_DONE:
            continue
        if not _RUNS_ON.match(scan, at + 1):
            continue
        chars = chars or list(scan)
        chars[at] = " "
    return scan if chars is None else "".join(chars)


def _line_done(scan: str, line: Span) -> bool:
    """The line ends a paragraph: its last character, past closing marks, ends a sentence or is a colon."""
    body = scan[max(line.start, line.end - 4):line.end].rstrip(CLOSERS)
    return not body or body[-1] in LINE_DONE


def _runs_on_into(scan: str, line: Span) -> bool:
    """A sentence cut by a page footer can go on into ``line``: no heading, no other page number."""
    return not NUMBERED.match(scan, line.start) and not _PAGE_LINE.match(scan, line.start, line.end)


def split_sentences(scan: str, para: Span, breaks: tuple[int, ...] = ()) -> list[Span]:
    """Sentences of one paragraph, split after 。！？； (and at ``breaks``: where headings run
    into the text) and keeping offsets.

    >>> [scan[s.start:s.end] for s in split_sentences("甲。乙；丙", Span(0, 5))]  # doctest: +SKIP
    ['甲。', '乙；', '丙']
    """
    ends = [k + 1 for k in char_positions(scan, SENTENCE_ENDS, para.start, para.end)]
    ends = sorted(set(ends).union(b for b in breaks if para.start < b <= para.end))
    return [Span(start, end) for start, end in _sentence_bounds(scan, para.start, para.end, ends)]


def _sentence_bounds(scan: str, start: int, end: int, ends: list[int]) -> list[tuple[int, int]]:
    """(start, end) of the sentences of the paragraph ``scan[start:end]``, given where the
    sentence ends (the offset after each 。！？；) inside it fall; a blank tail is no sentence."""
    out = []
    for stop in ends + [end]:
        while start < stop:
            cut = cut_overlong(scan, start, stop)
            if cut == end == stop and not scan[start:end].strip():
                break  # a blank tail is no sentence
            out.append((start, cut))
            start = cut
    return out


def _heading_title_end(scan: str, para: Span) -> int:
    m = _TITLE_END.search(scan, para.start, para.end)
    return m.start() if m else para.end


def find_headings(scan: str, paragraphs: list[Span], text: str | None = None) -> list[Heading]:
    """Numbered headings (一、 / (一) / 1.), short un-numbered lines that name a part, and
    level-1 headings that run into the text without a line break (…报告一、2023年工作回顾2023年是…).

    Patterns match on ``scan``; titles are sliced from ``text`` (as the report writes them)."""
    text = scan if text is None else text
    out: list[Heading] = []
    for para in paragraphs:
        marks = MARKUP.match(scan, para.start, para.end)  # **三、2021年工作建议** in a text kept in Markdown
        m = NUMBERED.match(scan, marks.end() if marks else para.start, para.end)
        if m:
            end = _heading_title_end(scan, para)
            if m.lastindex == 1 and end - m.end() > 30:  # 一、2023年工作回顾2023年是…: the title is the part name
                end = _run_on_title_end(scan, m.end(), end) or end
            title = text[m.end():end].strip()
            out.append(Heading(para.start, end, m.lastindex or 1, title.rstrip("*_ \t\u3000") if marks else title))
        elif para.end - para.start <= 30:
            line = scan[para.start:para.end]
            if (not _NOT_A_TITLE.search(line) and not _DOCUMENT_TITLE.search(line.strip())
                    and _names_a_part(line) and not _STATES_A_FIGURE.search(line)):
                out.append(Heading(para.start, para.end, 1, text[para.start:para.end].strip().strip("*_# \t\u3000")))
    run_on = []
    for candidate in _NUMBER_COMMA.finditer(scan):  # one quick pass for 一、 anywhere: such headings are rare
        comma = candidate.start()
        r = _RUN_ON.match(scan, comma - 1) or _RUN_ON.match(scan, max(0, comma - 2))
        if r and r.end() == comma + 1 and not _starts_line(scan, r.start()):
            line_end = scan.find("\n", r.end(), r.end() + 30)
            title_end = _run_on_title_end(scan, r.end(), r.end() + 30 if line_end < 0 else line_end)
            if title_end:
                run_on.append(Heading(r.start(1), title_end, 1, text[r.end():title_end].strip()))
    if run_on:
        out = sorted(out + run_on, key=lambda h: h.start)
    return out


# 一、 inside a line, not 第一、二 or 一、二、三产业; the title must then name a part (see _run_on_title_end)
_RUN_ON = re.compile(rf"(?<![第\d{CN_NUM}])([{CN_NUM}]{{1,2}}、)(?![{CN_NUM}])")


_NUMBER_COMMA = re.compile(rf"、(?<=[{CN_NUM}]、)")  # starts with the rare 、, so the search is quick


_TEXT_OPENERS = ("今年", "过去", "一年来", "新的一年")


_TITLE_BREAK = re.compile(r"[。，,；;：:！？!?]")


def _names_a_part(line: str) -> bool:
    """A short line that names a part: by its words (2023年工作回顾), or a year with a weaker part word
    (2024年主要工作 — 主要工作 alone also heads a review, the year tells which), or a year and its work alone
    (2023年政府工作)."""
    score = max(part_score(line))
    return score >= 3 or year_title(line) or score >= 1 and heading_year(line) is not None and len(line.strip()) <= 12


def _run_on_title_end(scan: str, start: int, limit: int) -> int | None:
    """Where a heading title running into the text ends: after the first part word (回顾, 安排,
    主要任务 …) within 25 characters, before any punctuation, at which the words so far score as a
    part heading; None when they do not."""
    stop = _TITLE_BREAK.search(scan, start, limit)
    window = scan[start:min(stop.start() if stop else limit, start + 25)]
    ends = sorted({i + len(word) for word, _, _ in part_words() for i in _find_all(window, word)})
    for k, end in enumerate(ends):  # the first title that names a part …
        if max(part_score(window[:end])) >= 3:
            for later in ends[k + 1:]:  # … runs on over more part words (2019年和今年以来工作回顾),
                between = window[end:later]  # not into the text (安排|2024年是…目标, 安排|今年…目标)
                if any(c.isdigit() or c.isspace() for c in between) or between.startswith(_TEXT_OPENERS):
                    break
                end = later
            return start + end
    return None


def _starts_line(scan: str, pos: int) -> bool:
    """Only white space stands before ``pos`` on its line (or a Markdown heading's marks: **一、…)."""
    before = scan[scan.rfind("\n", 0, pos) + 1:pos].strip()
    return not before or MARKUP.fullmatch(before) is not None


def _find_all(text: str, word: str) -> list[int]:
    """Every offset where ``word`` occurs in ``text``."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def build_sentences(scan: str, paragraphs: list[Span], headings: list[Heading],
               parts: dict[str, Span]) -> list[Sentence]:
    """Every paragraph's sentences with their part and section, in one pass over the text.

    Paragraphs, headings and sentences are in text order, so the section (the nearest level-1
    heading at or before the paragraph) and the part (the first part, in ``parts`` order, whose
    span holds the sentence start) are found by bisection and by one walk, not by looking at all of them.
    """
    level1 = [h for h in headings if h.level == 1]
    section_starts = [h.start for h in level1]
    part_bounds, part_names = _part_stretches(parts)
    ends = [k + 1 for k in char_positions(scan, SENTENCE_ENDS)]
    # a heading that runs into the text (…报告一、2023年工作回顾2023年…) starts a sentence too
    run_on = [h for h in section_starts if not _starts_line(scan, h)]
    if run_on:
        ends = sorted(set(ends).union(run_on))
    sentences = []
    make = tuple.__new__  # Sentence(...) without its Python-level __new__: thousands are made
    j, n = 0, len(ends)  # paragraphs come in text order, so one index walks the sentence ends once
    k, bounds = 0, len(part_bounds)  # and one the part boundaries: bisect_right, walked (sentence starts only grow)
    for index, (para_start, para_end) in enumerate(paragraphs):
        h = bisect.bisect_right(section_starts, para_start)
        section = level1[h - 1].title if h else ""
        while j < n and ends[j] <= para_start:
            j += 1
        start = para_start
        # the sentences end at the sentence ends inside the paragraph (after its start, up to its
        # end); a blank tail after the last is no sentence (as _sentence_bounds)
        while start < para_end:
            if j < n and ends[j] <= para_end:
                end = ends[j]
            elif scan[start:para_end].strip():
                end = para_end
            else:
                break
            if end - start > MAX_SENTENCE:
                end = cut_overlong(scan, start, end)
            elif j < n and end == ends[j]:
                j += 1
            while k < bounds and part_bounds[k] <= start:
                k += 1
            if run_on and h < len(section_starts) and section_starts[h] <= start:  # past a run-on heading
                h = bisect.bisect_right(section_starts, start)
                section = level1[h - 1].title
            sentences.append(make(Sentence, (start, end, part_names[k - 1] if k else "other", section, index)))
            start = end
    return sentences


def _part_stretches(parts: dict[str, Span]) -> tuple[list[int], list[str]]:
    """Cut the text at every part boundary; for each stretch from one boundary to the next
    (the last one runs to the end), the first part in ``parts`` order that holds it, or
    ``other``. Part spans start and end only at boundaries, so one answer holds for a stretch."""
    bounds = sorted({pos for span in parts.values() for pos in (span.start, span.end)})
    names = [next((name for name, span in parts.items() if span.start <= pos < span.end), "other")
             for pos in bounds]
    return bounds, names
