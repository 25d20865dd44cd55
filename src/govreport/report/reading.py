"""Reading a report file into text: encoding, line endings, HTML pages, and the scan copy.

A report arrives as bytes of unknown encoding (UTF-8 with or without BOM, UTF-16, GBK/GB18030
saved from a government site, Big5 for traditional-character reports) and sometimes as an HTML
page. ``load_text`` turns it into one ``str`` whose character offsets every later step uses;
``fold_for_scan`` makes a same-length copy for pattern matching.

>>> text, info = load_text("data/raw/jinbi_2024.txt")
>>> info["encoding"], info["format"]
('utf-8', 'text')
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from govreport.errors import GovReportError
from govreport.report.decode import decode_bytes, detect_line_endings, normalise_line_endings
from govreport.report.formats import extract, sniff
from govreport.report.html import html_to_text, looks_like_html


DEFAULT_MAX_INPUT_MB = 128


# --- reading -------------------------------------------------------------------------------


def load_text(path: str | Path) -> tuple[str, dict[str, Any]]:
    """Read a report file; return its text (``\\n`` line ends) and how it was stored.

    The encoding is found from the bytes, never from the extension; an HTML page (found from
    its content) is reduced to the report's text, one block element per line; so are a Word
    document and a PDF (found from their first bytes; see govreport.report.formats). ``info`` is
    ``{"encoding", "format": "text"|"html"|"docx"|"pdf"|"doc", "bom", "line_endings": "lf"|"crlf"|"cr"}``.
    """
    data = read_bytes(path)
    kind = sniff(data)
    if kind is not None:  # a Word document or a PDF: its text, one paragraph a line
        text, info = extract(kind, data, str(path))
        if not text.strip():
            raise GovReportError(path, f"{kind.upper()} file without any text")
        return text, info
    raw, encoding, bom = decode_bytes(data, path)
    line_endings = detect_line_endings(raw)
    raw = normalise_line_endings(raw)
    info = {"encoding": encoding, "format": "text", "bom": bom, "line_endings": line_endings}
    if looks_like_html(raw):
        info["format"] = "html"
        text = html_to_text(raw)
        if not text.strip():
            raise GovReportError(path, "HTML page without any text")
        return text, info
    if not raw.strip(" \t\n\u3000\ufeff\xa0"):
        raise GovReportError(path, "empty file (only whitespace)")
    return raw, info


def text_is_derived(meta: dict[str, Any]) -> bool:
    """The report's text is not the file's own (a Word, PDF or HTML file's extracted text, a
    one-line PDF copy reflowed): it is saved beside the tables, as every offset refers to it."""
    return meta.get("format", "text") != "text" or bool(meta.get("reflowed"))


def max_input_bytes() -> int:
    """The largest input read (``GOVREPORT_MAX_INPUT_MB``, default 128 MiB): a real report is
    well under 1 MiB, and a stream that never ends (``/dev/zero``) must not fill the memory."""
    text = os.environ.get("GOVREPORT_MAX_INPUT_MB", "")
    try:
        mb = float(text) if text else DEFAULT_MAX_INPUT_MB
    except ValueError:
        mb = DEFAULT_MAX_INPUT_MB
    return int(mb * 2**20)


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or a one-line GovReportError saying why they cannot be had."""
    p = Path(path)
    if not p.exists():
        raise GovReportError(path, "no such file")
    if p.is_dir():
        raise GovReportError(path, "is a folder, not a report file")
    limit = max_input_bytes()
    try:
        with open(p, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise GovReportError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise GovReportError(path, f"larger than the {limit / 2**20:g} MiB input limit "
                                   "(set GOVREPORT_MAX_INPUT_MB to read it anyway)")
    if not data:
        raise GovReportError(path, "empty file")
    return data


# --- line endings --------------------------------------------------------------------------


# --- HTML ----------------------------------------------------------------------------------


def write_extracted(report: Any, path: str | Path) -> None:
    """Write the text all offsets refer to (for an HTML page, the extracted text), atomically."""
    from govreport.outputs import write_text_atomic

    write_text_atomic(path, report.text)


# --- metadata ------------------------------------------------------------------------------


# --- the scan copy -------------------------------------------------------------------------


