"""Word (.docx) reports, read with python-docx.

The body is read in document order, one line per paragraph. A table becomes text rows: its
first row names the columns, and every other row is written as one sentence of clauses
``<row header><column header><cell>`` (``<time column><row header><cell>`` for a column
such as 2023年), e.g. ``地区生产总值增长5.1%``, so that a figure in a cell keeps its row and
column headers as its context and the quantities reader sees the sentence a report would write.
Page headers and footers, footnotes and comments are not part of the body; the headers and
footers are returned apart in ``info``. Paragraphs styled as headings (Heading 1-3 / 标题 1-3)
are recorded in ``info["headings"]`` as (start, end, level) of the extracted text: structure
evidence beside the numbering (一、 (一) 1.) the text itself carries.
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

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            add(block.text, _heading_level(block))
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
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if previous is not None and cell._tc is previous:  # a merged cell repeats itself
                continue
            previous = cell._tc
            cells.append(_SPACES.sub(" ", cell.text.replace("\n", " ")).strip())
        if any(cells):
            rows.append(cells)
    if not rows:
        return []
    if len(rows) == 1 or len(rows[0]) < 2:
        return ["，".join(c for c in r if c) + "。" for r in rows]
    header = rows[0]
    out = ["，".join(c for c in header if c) + "。"]
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
            out.append("，".join(clauses) + "。")
    return out


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
