"""PDF reports with a text layer, read with pypdfium2 (PDFium, the PDF engine of Chromium).

Why PDFium: on CJK reports pdfplumber/pdfminer.six, pypdf and PDFium give the same characters
(full-width punctuation kept), and PDFium is several times faster (docs/formats.md). Each page
gives its characters with their boxes, grouped into lines by position; then

* page headers, footers and page numbers go: a line in the top or bottom band of the page
  that is a page number (``- 3 -``, ``第3页``, ``3/12``) or whose text, digits aside, comes back
  on many pages;
* lines are joined into paragraphs: a line that reaches the right edge of the text column
  continues on the next line (also across a page break), so no number or word is cut; a
  short line ending a sentence, a next line that is indented or set apart by extra space,
  or a heading number (一、 （一）) after a sentence end, ends the paragraph;
* a PDF without any text (scanned pages) is refused in one line: OCR it first.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from typing import Any, NamedTuple

from govreport.errors import GovReportError

_PAGE_NUMBER = re.compile(r"^[-—–·\s]*(?:第\s*)?\d{1,4}\s*(?:页|/\s*\d{1,4}|of\s*\d{1,4})?(?:\s*共\s*\d+\s*页)?[-—–·\s]*$",
                          re.IGNORECASE)
_BAND = 0.08  # share of the page height at the top and at the bottom where running heads sit


class Line(NamedTuple):
    page: int
    top: float  # distance from the top of the page
    bottom: float
    x0: float
    x1: float
    height: float
    page_height: float
    text: str


def pdf_to_text(data: bytes, path: str) -> tuple[str, dict[str, Any]]:
    """The report's text from a PDF's text layer, one paragraph a line, and ``info``."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = "encrypted (password-protected) PDF" if "password" in str(exc).lower() else "damaged PDF"
        raise GovReportError(path, f"{reason}: cannot read it") from None
    try:
        pages = [_page_lines(document, i) for i in range(len(document))]
    finally:
        document.close()
    if not pages:
        raise GovReportError(path, "PDF without pages")
    if not any(line.text.strip() for page in pages for line in page):
        raise GovReportError(path, "no text layer (a scanned PDF): OCR it first")
    body = drop_running_heads(pages)
    paragraphs = join_lines(body)
    text = "\n".join(paragraphs) + ("\n" if paragraphs else "")
    if not text.strip():
        raise GovReportError(path, "no text layer (a scanned PDF): OCR it first")
    return text, {"format": "pdf", "encoding": "", "bom": False, "line_endings": "lf", "pages": len(pages)}


def _page_lines(document: Any, index: int) -> list[Line]:
    """A page's text lines, top to bottom, from its characters and their boxes.

    Characters are grouped into lines by position, not taken in the file's order: a writer may
    put a line's punctuation or quote marks (set in another font) after the whole paragraph.
    Lines are made from the full-height characters; a small one (a comma sits low, a quote
    mark high) joins the line its middle lies in. Within a line, characters go left to right.
    """
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            _, height = page.get_size()
            n = textpage.count_chars()
            text = textpage.get_text_range(0, n) if n else ""
            chars = []
            if len(text) == n:  # one character per index (always, short of characters beyond the BMP)
                for i, c in enumerate(text):
                    if c in "\r\n\x02\ufffe\uffff":
                        continue
                    left, bottom, right, top = textpage.get_charbox(i)
                    # a space (in the file, or one PDFium sees in a gap) is kept where it falls
                    chars.append((height - top, height - bottom, left, right, " " if c.isspace() else c))
        finally:
            textpage.close()
    finally:
        page.close()
    return _lines_of(chars, index, height)


def _lines_of(chars: list[tuple[float, float, float, float, str]], index: int, height: float) -> list[Line]:
    if not chars:
        return []
    sizes = sorted(c[1] - c[0] for c in chars if c[4] != " ")
    if not sizes:
        return []
    full = 0.5 * sizes[len(sizes) // 2]
    bands: list[list[float]] = []  # [top, bottom] of each line, from its full-height characters
    members: list[list[tuple[float, float, float, float, str]]] = []
    small = []
    last = 0
    for c in chars:
        if c[1] - c[0] < full or c[4] == " ":
            small.append(c)
            continue
        middle = (c[0] + c[1]) / 2
        k = _band_of(bands, middle, last)
        if k is None:
            bands.append([c[0], c[1]])
            members.append([c])
            last = len(bands) - 1
        else:
            band = bands[k]
            band[0], band[1] = min(band[0], c[0]), max(band[1], c[1])
            members[k].append(c)
            last = k
    for c in small:
        middle = (c[0] + c[1]) / 2
        k = _band_of(bands, middle, last)
        if k is None:  # between lines: the nearest one, if it is close
            distances = [(min(abs(middle - b[0]), abs(middle - b[1])), j) for j, b in enumerate(bands)]
            near = min(distances, default=None)
            if near is not None and near[0] <= (bands[near[1]][1] - bands[near[1]][0]):
                k = near[1]
        if k is None:
            bands.append([c[0], c[1]])
            members.append([c])
        else:
            members[k].append(c)
        last = k if k is not None else len(bands) - 1
    lines = []
    for (top, bottom), group in sorted(zip(bands, members), key=lambda bm: bm[0][0]):
        if all(c[4] == " " for c in group):
            continue
        group.sort(key=lambda c: c[2])  # stable: characters at one position keep the file's order
        ink = [c for c in group if c[4] != " "]
        text = _CJK_SPACE.sub("", "".join(c[4] for c in group))
        text = re.sub(" {2,}", " ", text).strip(" ")
        lines.append(Line(index, top, bottom, ink[0][2], max(c[3] for c in ink), bottom - top, height, text))
    return lines


def _band_of(bands: list[list[float]], middle: float, hint: int) -> int | None:
    """The line whose height holds ``middle`` (the last one used is tried first)."""
    if bands and hint < len(bands) and bands[hint][0] <= middle <= bands[hint][1]:
        return hint
    for k in range(len(bands) - 1, -1, -1):
        if bands[k][0] <= middle <= bands[k][1]:
            return k
    return None


# Spaces next to a CJK character are layout (the gap a writer leaves between 2024 and 年, or
# between characters spread to fill a line), not text: the report's words have none.
_CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7"
_CJK_SPACE = re.compile(f"(?<=[{_CJK}])[ \u00a0]+|[ \u00a0]+(?=[{_CJK}])")


def drop_running_heads(pages: list[list[Line]]) -> list[Line]:
    """The lines of all pages minus page numbers, headers and footers (see the module text)."""
    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.strip())

    def in_band(line: Line) -> bool:
        return line.top < _BAND * line.page_height or line.bottom > (1 - _BAND) * line.page_height

    counts = Counter(key(line) for page in pages for line in page if in_band(line))
    repeated = {k for k, n in counts.items() if len(pages) >= 2 and n >= max(2, len(pages) // 2)}
    out = []
    for page in pages:
        for line in page:
            text = line.text.strip()
            if in_band(line) and (_PAGE_NUMBER.match(text) or key(line) in repeated):
                continue
            if _PAGE_NUMBER.match(text) and line is page[-1]:  # a bare page number below the text
                continue
            out.append(line)
    return out


def join_lines(lines: list[Line]) -> list[str]:
    """Paragraphs from lines: a line that fills the column runs on into the next one."""
    if not lines:
        return []
    char = statistics.median(line.height for line in lines) or 10.0
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.bottom]
    spacing = statistics.median(gaps) if gaps else char  # the usual space between two lines
    right = _column_edge([line.x1 for line in lines], char)
    left = _column_edge([-line.x0 for line in lines], char) * -1
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        text = line.text.strip()
        current = _join(current, text) if current else text
        following = lines[i + 1] if i + 1 < len(lines) else None
        apart = following is not None and following.page == line.page and \
            following.top - line.bottom > spacing + 0.8 * char  # space between paragraphs
        if following is None or apart or not _runs_on(line, following, right, left, char):
            paragraphs.append(current)
            current = ""
    return paragraphs


# what opens a paragraph: a heading number, or the address to the congress (各位代表！)
_HEADING_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节部分]|\d{1,2}[.．、](?!\d)|各位代表)")
_SENTENCE_END = "。！？；：!?;:"
_CLOSING = "”’）)》」』】…"


def _runs_on(line: Line, following: Line, right: float, left: float, char: float) -> bool:
    """Whether ``following`` continues ``line``'s paragraph.

    It does when ``line`` reaches the right edge of the column, or stops short only because
    the next line's first word (a Latin word or a number, which is not broken) would not have
    fitted; it does not when the next line is indented, or opens with a heading number after a
    sentence end.
    """
    if following.x0 > left + 1.5 * char:
        return False
    text, after = line.text.rstrip(), following.text.strip()
    if text[-1:] in _SENTENCE_END and _HEADING_START.match(after):
        return False
    if line.x1 >= right - 2 * char:  # (a writer may end a line a character early, not to end it with “)
        return True
    width = (line.x1 - line.x0) / (right - left)
    if (text[-1:] not in _SENTENCE_END + _CLOSING and width >= 0.4
            and not (_HEADING_START.match(text) and width < 0.75)):  # a heading line stands alone
        return True  # a paragraph ends with a sentence end; a line broken at a space does not
    word = re.match(r"[0-9A-Za-z.,%/\-]+", after)
    if not word or not len(after):
        return False
    per_char = (following.x1 - following.x0) / max(len(following.text), 1)
    return line.x1 + per_char * (len(word.group()) + 1) >= right - 0.5 * char


def _column_edge(edges: list[float], char: float) -> float:
    """The right edge of the text column: the edge most lines reach (to within a character)."""
    ordered = sorted(edges, reverse=True)
    top = ordered[: max(1, len(ordered) // 4)]
    buckets = Counter(round(e / char) for e in top)
    best = max(buckets.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return max(e for e in top if round(e / char) == best)


def _join(before: str, after: str) -> str:
    """Two pieces of one paragraph: no space between CJK text (or inside a number), one between words."""
    if before[-1:].isascii() and before[-1:].isalpha() and after[:1].isascii() and after[:1].isalpha():
        return before + " " + after
    return before + after
