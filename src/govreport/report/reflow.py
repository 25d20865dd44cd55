"""A PDF copy pasted as one line: its wrap spaces and inline page footers taken out.

Text copied out of a PDF viewer and pasted where line breaks are lost (a web form, a chat) is
one long line in which every line end of the PDF became a space: spaces sit inside words and
figures at every old line end (全市深 入开展, 减税缓费34亿 元, 供应工业用地 4441 亩) and the
page footers sit between two halves of a sentence (增长7.4%，一 — 1 — 般公共预算). Read as it
is, a figure loses its unit and a footer's digits become a figure. Chinese prose has no spaces
between characters, so such a copy is told by its spaces alone: they cut the text into pieces
of one width (the PDF's column), most of them full, covering most of the text. A report typed
with some spaces (2023 年, English words, a table row 地区生产总值 达到486.3亿元 增长7.9%) has
pieces of every length and is never taken for one.

``reflow_pasted(text)`` returns the text the package reads — wrap spaces between two CJK
characters, a figure and its unit, or inside a number removed; inline footers (— 1 —, - 1 -,
第1页) removed; a line break where a short line ended a sentence or a heading (一、 （一）)
follows one — and what was done (``meta["reflowed"]``), or ``None`` for any other text. Every
offset then refers to that derived text, saved as ``text.txt`` as a Word or PDF report's is.
The hard line breaks of a PDF copy kept as lines are ``layout.unwrap_lines``'s, not this.
"""
from __future__ import annotations

import bisect
import re
from typing import Any, Callable, Final

from govreport.report.layout import CLOSERS, LINE_DONE, NUMBERED, WIDE

_GAP = re.compile(r"[ \xa0\u3000]+")  # a space where a PDF line ended (or a typed one)
_DASH = r"[—\-－–]{1,2}"
# a page footer between two spaces: — 17 — / - 3 - / 第3页 (共20页)
_FOOTER = re.compile(rf"[ \xa0]+(?:{_DASH} *\d{{1,4}} *{_DASH}|第 *\d{{1,4}} *页(?: *共 *\d{{1,4}} *页)?)(?=[ \xa0]+|\s*$)")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_OPENING = re.compile(r"各位代表")
_YEAR = re.compile(r"(?:19|20)\d\d年")
_PIECE = re.compile(r"(?<=[ \xa0\u3000])[^ \xa0\u3000]+(?=[ \xa0\u3000])")  # a stretch between two spaces
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

MIN_PIECES: Final = 20  # fewer spaces than this: not a copy of a page of text
MIN_COLUMN, MAX_COLUMN = 16, 120  # a column of a PDF page, in characters (full-width 2 in widths)
MIN_FULL_SHARE: Final = 0.5  # of the pieces, at the column's width (within its tolerance)
MIN_COVER: Final = 0.6  # of the text's characters, in such full pieces
# Taking a _FOOTER out removes at least one space (or no-break space) and, from the size that
# _too_few_spaces counts, its no-break spaces and at most 12 other characters (第20页共30页; a
# dashed footer has at most 8): at most 13 per space it removes, none of them a line break.
FOOTER_SLACK: Final = 13


def reflow_pasted(text: str) -> tuple[str, dict[str, Any]] | None:
    """The text a one-line PDF copy stands for, and what was changed; None for any other text."""
    blanks, nbsp = text.count(" "), text.count("\xa0")
    if blanks + nbsp < MIN_PIECES:
        return None  # the common case, decided at once
    if _too_few_spaces(text, FOOTER_SLACK, blanks, nbsp):  # (the two counts made once: each is a pass over the text)
        return None  # (a long report with a few hundred spaces): decided before _FOOTER runs over all of it
    body = _FOOTER.sub("", text)
    if _too_few_spaces(body):
        return None
    footers = len(_FOOTER.findall(text))
    pieces = [(m.start(), m.end()) for line in _line_spans(body) for m in _pieces(body, *line)]
    column = _column(body, pieces)
    if column is None:
        return None
    width, tol, measure = column
    out: list[str] = []
    last = 0
    removed = breaks = 0
    for line_start, line_end in _line_spans(body):
        piece_start = line_start  # where the piece before the next space starts
        opens = True  # that piece starts a paragraph
        for gap in _GAP.finditer(body, line_start, line_end):
            if gap.start() == line_start or gap.end() == line_end:
                continue  # indentation or a trailing space: not between two pieces
            out.append(body[last:gap.start()])
            last = gap.end()
            short = measure(body, piece_start, gap.start()) < width - tol
            keep = _joint(body, piece_start, gap.start(), gap.end(), short, opens)
            out.append(keep)
            removed += keep == ""
            breaks += keep == "\n"
            piece_start, opens = gap.end(), keep == "\n"
    out.append(body[last:])
    done = {"from": "one-line PDF copy", "column": width, "measure": measure.__name__.strip("_"), "wrap_spaces": removed,
            "page_footers": footers, "paragraph_breaks": breaks}
    return "".join(out), done


def _too_few_spaces(body: str, slack: int = 0, blanks: int = -1, nbsp: int = -1) -> bool:
    """Whether the pieces between spaces cannot cover MIN_COVER of the text, however they fall: each
    piece follows a space of its own and is at most MAX_COLUMN characters wide (2 × as set), so a
    long text with a few spaces here and there (a report pasted with its headings spaced) is told
    from a page copy by counting, before its pieces are listed and measured.

    With ``slack`` FOOTER_SLACK, asked of the text before its footers are taken out: True only
    where it is also True of the text without them (see FOOTER_SLACK), so the footer pattern,
    a fifth of reading a long report with some spaces, need not run over such a text. ``blanks`` and ``nbsp``: the
    counts of spaces and no-break spaces in ``body`` where the caller has them (-1: counted here)."""
    blanks = body.count(" ") if blanks < 0 else blanks
    spaces = blanks + (body.count("\xa0") if nbsp < 0 else nbsp) + body.count("\u3000")
    size = len(body) - blanks - body.count("\n")  # (the size _column compares the cover with)
    return spaces * MAX_COLUMN * 2 < MIN_COVER * (size - slack * spaces)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _pieces(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The stretches between spaces of one line (its first and last only when a space bounds them)."""
    return list(_PIECE.finditer(text, start, end))


def _width(text: str, start: int, end: int) -> int:
    """A stretch's width as a page sets it: a full-width character two, any other one."""
    return (end - start) + len(WIDE.findall(text, start, end))


def _characters(text: str, start: int, end: int) -> int:
    """A stretch's width counted in characters (a page wrapped every N characters, as some
    exporters and every plain-text wrapping tool do)."""
    return end - start


Measure = Callable[[str, int, int], int]


def _column(text: str, pieces: list[tuple[int, int]]) -> tuple[int, int, Measure] | None:
    """The column width (its tolerance, and the measure: width as set, or characters) when the
    pieces between spaces are a page's lines: at least half of them within the tolerance below
    one width, covering most of the text."""
    if len(pieces) < MIN_PIECES:
        return None
    size = len(text.replace(" ", "").replace("\n", ""))
    best: tuple[int, int, int, Measure] | None = None
    measures: tuple[tuple[Measure, int], ...] = ((_width, 2), (_characters, 1))
    for measure, factor in measures:
        widths = sorted(measure(text, s, e) for s, e in pieces)
        for width in sorted(set(widths)):
            if not MIN_COLUMN * factor <= width <= MAX_COLUMN * factor:
                continue
            tol = max(2, width // 8)
            count = bisect.bisect_right(widths, width) - bisect.bisect_left(widths, width - tol)
            if best is None or count > best[0]:
                best = (count, width, tol, measure)
    if best is None:
        return None
    count, width, tol, chosen = best
    cover = sum(e - s for s, e in pieces if width - tol <= chosen(text, s, e) <= width)
    if count < MIN_PIECES or count < MIN_FULL_SHARE * len(pieces) or cover < MIN_COVER * size:
        return None
    return width, tol, chosen


def _joint(text: str, piece_start: int, at: int, after: int, short: bool, opens: bool) -> str:
    """What a space between two pieces stands for: a paragraph break (a short line that ends a
    sentence; a short line standing alone, as a title, heading or 附件1 does; a sentence end
    before a heading; a number before a year, 附件1 2026年…, which no figure is), a space between two Latin
    words, or nothing (a line end inside a word, a figure or a sentence)."""
    tail = text[max(piece_start, at - 4):at].rstrip(CLOSERS)
    ends = bool(tail) and tail[-1] in LINE_DONE
    heading_next = bool(NUMBERED.match(text, after) or _OPENING.match(text, after))
    alone = opens and short and bool(_CJK.search(text, piece_start, at))
    left, right = text[at - 1], text[after]
    if (ends and (short or heading_next)) or alone or (left.isdigit() and _YEAR.match(text, after)):
        return "\n"
    if _ASCII_ALNUM.match(left) and _ASCII_ALNUM.match(right) and not (left.isdigit() and right.isdigit()):
        return " "  # two Latin words (a PDF does not break inside one)
    return ""
