"""Word (.docx) reports, read with python-docx.

The body is read in document order, one line per paragraph. A table becomes text rows: its
first row names the columns, and every other row is written as one sentence of clauses
``<row header><column header><cell>`` (``<time column><row header><cell>`` for a column
such as 2023年), e.g. ``地区生产总值增长5.1%``, so that a figure in a cell keeps its row and
column headers as its context and the quantities reader sees the sentence a report would write.
Page headers and footers, footnotes and comments are not part of the body; the headers and
footers are returned apart in ``info``. Paragraphs styled as headings (Heading 1-3 / 标题 1-3)
are recorded in ``info["headings"]`` as (start, end, level) of the extracted text: structure
evidence beside the numbering (一、 (一) 1.) the text itself carries. A number Word displays
by automatic numbering (it is not in the paragraph's text) is put in front of the paragraph as
Word shows it, so a heading numbered that way reads as one typed by hand.
"""
from __future__ import annotations

import io
import re
from typing import Any

from govreport.errors import GovReportError

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u3000\xa0]+")


def docx_to_text(data: bytes, path: str) -> tuple[str, dict[str, Any]]:
    """The body's text (one paragraph or table row a line) and ``info`` about the document."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise GovReportError(path, f"damaged Word document (.docx): {_first_line(exc)}") from None
    except Exception as exc:  # lxml and zipfile raise many kinds on a damaged file
        raise GovReportError(path, f"damaged Word document (.docx): {type(exc).__name__}") from None
    lines: list[str] = []
    headings: list[tuple[int, int, int]] = []
    offset = 0

    def add(line: str, level: int = 0) -> None:
        nonlocal offset
        line = _SPACES.sub(" ", line).strip()
        if not line:
            return
        if level:
            headings.append((offset, offset + len(line), level))
        lines.append(line)
        offset += len(line) + 1

    from docx.table import Table
    from docx.text.paragraph import Paragraph

    numbering = Numbering(document)
    for block in _blocks(document.element.body, document._body):
        if isinstance(block, Paragraph):
            add(numbering.label(block) + block.text, _heading_level(block))
        elif isinstance(block, Table):
            for row in table_rows(block):
                add(row)
    text = "\n".join(lines) + ("\n" if lines else "")
    info: dict[str, Any] = {"format": "docx", "encoding": "", "bom": False, "line_endings": "lf"}
    if headings:
        info["headings"] = headings
    props = document.core_properties
    if (props.title or "").strip():
        info["document_title"] = props.title.strip()
    when = props.created or props.modified
    if when is not None:
        info["document_created"] = when.date().isoformat()  # as the file states it (a template may set it)
    apart = _headers_and_footers(document)
    if apart:
        info["headers_footers"] = apart
    return text, info


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN_DIGITS = "零一二三四五六七八九"
_CHINESE_FORMATS = {"chineseCounting", "chineseCountingThousand", "ideographTraditional", "japaneseCounting",
                    "taiwaneseCounting", "taiwaneseCountingThousand", "chineseLegalSimplified"}


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (the counting form Word's chineseCounting shows)."""
    if n <= 0 or n >= 100:
        return str(n)
    tens, units = divmod(n, 10)
    return (("" if tens == 1 else _CN_DIGITS[tens]) + "十" if tens else "") + (_CN_DIGITS[units] if units else "")


class Numbering:
    """Word's automatic numbering, shown as Word shows it (``一、`` ``（一）`` ``1.``).

    A heading numbered by Word holds no number in its text; the number it displays is the
    structure's evidence (一、 for a part, （一） for a section), so it is put back in front of
    the paragraph's text. Bullets add nothing.
    """

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        self.style_levels: dict[tuple[str, str], int] = {}  # (numId, styleId) -> level it is linked to
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        linked: dict[str, dict[str, int]] = {}
        for node in root.findall(f"{_W}abstractNum"):
            levels = {}
            for lvl in node.findall(f"{_W}lvl"):
                p_style = lvl.find(f"{_W}pStyle")
                if p_style is not None:
                    linked.setdefault(node.get(f"{_W}abstractNumId", ""), {})[p_style.get(f"{_W}val", "")] = \
                        int(lvl.get(f"{_W}ilvl", "0"))
                fmt, text, start = (lvl.find(f"{_W}{tag}") for tag in ("numFmt", "lvlText", "start"))
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                    fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{_W}val", "") if text is not None else "",
                    int(start.get(f"{_W}val", "1")) if start is not None else 1)
            abstract[node.get(f"{_W}abstractNumId", "")] = levels
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None:
                num_id, abstract_id = num.get(f"{_W}numId", ""), ref.get(f"{_W}val", "")
                self.levels[num_id] = abstract.get(abstract_id, {})
                for style_id, level in linked.get(abstract_id, {}).items():
                    self.style_levels[(num_id, style_id)] = level

    def label(self, paragraph: Any) -> str:
        """The number Word displays before ``paragraph`` ('' for none), counting as it goes."""
        found = self._num_pr(paragraph._p.pPr) or self._style_num_pr(paragraph)
        if found is None or found[0] not in self.levels:
            return ""
        num_id, level = found
        levels = self.levels[num_id]
        if level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        fmt, text, _ = levels[level]
        if fmt in ("bullet", "none") or not text:
            return ""

        def shown(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            fmt_k, _, start_k = levels.get(k, ("decimal", "", 1))
            n = counters[k] + start_k - 1 if k < len(counters) else 0
            if fmt_k in _CHINESE_FORMATS:
                return chinese_number(n)
            if fmt_k in ("lowerLetter", "upperLetter"):
                letter = chr(ord("a") + (n - 1) % 26)
                return letter.upper() if fmt_k == "upperLetter" else letter
            return str(n)

        label = re.sub(r"%([1-9])", shown, text)
        return "" if paragraph.text.lstrip().startswith(label) else label

    @staticmethod
    def _num_pr(p_pr: Any) -> tuple[str, int] | None:
        num_pr = p_pr.find(f"{_W}numPr") if p_pr is not None else None
        if num_pr is None:
            return None
        num_id, ilvl = num_pr.find(f"{_W}numId"), num_pr.find(f"{_W}ilvl")
        if num_id is None or num_id.get(f"{_W}val", "0") == "0":
            return None
        return num_id.get(f"{_W}val"), int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0

    def _style_num_pr(self, paragraph: Any) -> tuple[str, int] | None:
        """Numbering set by the paragraph's style (or a style it is based on)."""
        try:
            style = paragraph.style
        except (KeyError, ValueError, AttributeError):
            return None
        seen = 0
        while style is not None and seen < 10:
            num_pr = style.element.find(f"{_W}pPr")
            found = self._num_pr(num_pr)
            if found is not None:
                has_level = num_pr.find(f"{_W}numPr/{_W}ilvl") is not None
                if not has_level:  # a heading style linked to one level of a multilevel list
                    found = (found[0], self.style_levels.get((found[0], style.style_id), 0))
                return found
            style, seen = style.base_style, seen + 1
        return None


def _blocks(element: Any, parent: Any) -> Any:
    """Paragraphs and tables in document order, also inside content controls (w:sdt), which
    python-docx's own iteration passes over."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        if child.tag == f"{_W}p":
            yield Paragraph(child, parent)
        elif child.tag == f"{_W}tbl":
            yield Table(child, parent)
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content, parent)


def _heading_level(paragraph: Any) -> int:
    try:
        name = paragraph.style.name if paragraph.style is not None else ""
    except (KeyError, ValueError, AttributeError):
        return 0
    m = _HEADING_STYLE.match(name or "")
    if m:
        return int(m.group(1))
    return 1 if (name or "").lower() == "title" else 0


def table_rows(table: Any) -> list[str]:
    """A Word table as text rows: the header row, then one sentence per row (see the module text)."""
    rows: list[list[str]] = []
    raw: list[list[Any]] = []
    for row in table.rows:
        cells: list[str] = []
        kept = []
        previous = None
        for cell in row.cells:
            if previous is not None and cell._tc is previous:  # a merged cell repeats itself
                continue
            previous = cell._tc
            kept.append(cell)
            cells.append(_SPACES.sub(" ", cell.text.replace("\n", " ")).strip())
        if any(cells):
            rows.append(cells)
            raw.append(kept)
    if not rows:
        return []
    if max(len(r) for r in rows) == 1:  # a one-column table is a frame around text: its paragraphs
        return [p.text for cells in raw for cell in cells for p in cell.paragraphs if p.text.strip()]
    if len(rows) == 1:
        return [_sentence("，".join(c for c in rows[0] if c))]
    header = rows[0]
    out = [_sentence("，".join(c for c in header if c))]
    for cells in rows[1:]:
        label = cells[0]
        clauses = []
        for i, cell in enumerate(cells[1:], start=1):
            if not cell:
                continue
            column = header[i] if i < len(header) else ""
            # a time column (2023年, 上年) comes first, as the report would write it
            clauses.append(f"{column}{label}{cell}" if _TIME_HEADER.match(column) else f"{label}{column}{cell}")
        if clauses:
            out.append(_sentence("，".join(clauses)))
    return out


def _sentence(text: str) -> str:
    """A table row as a sentence: ended with 。 unless it ends one already."""
    return text if text[-1:] in "。！？；" else text + "。"


_TIME_HEADER = re.compile(r"^(?:(?:19|20)\d\d年?|[一二三四五六七八九十\d]+月|上年|去年|本年|今年|同期).{0,8}$")


def _headers_and_footers(document: Any) -> str:
    """The page headers and footers, kept apart from the body (they are not the report)."""
    seen: list[str] = []
    for section in document.sections:
        for part in (section.header, section.footer):
            try:
                text = "\n".join(p.text for p in part.paragraphs if p.text.strip())
            except Exception:
                continue
            if text and text not in seen:
                seen.append(text)
    return "\n".join(seen)


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120]
