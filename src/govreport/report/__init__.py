"""Stage 1, reading: a file (text, HTML, Word, PDF) becomes a ``Report``.

A ``Report`` holds the text every offset refers to, a folded copy of the same length for
scanning, the metadata, headings, sentences and the review and plan parts with their years.
"""
from __future__ import annotations

import os
from typing import Any

from govreport.errors import GovReportError
from govreport.report.model import Report
from govreport.report.structure import read_report
from govreport.report.structure import read_text as _read_text

__all__ = ["Report", "read_report", "read_text"]

FILE_SUFFIXES = (".txt", ".text", ".htm", ".html", ".docx", ".doc", ".pdf", ".json")


def read_text(text: str, path: str = "<text>", meta: dict[str, Any] | None = None,
              strict: bool = False, info: dict[str, Any] | None = None) -> Report:
    """Build a Report from text already decoded (see ``structure.read_text``).

    A file's path given here instead of its text would be read as a one-line report with no
    figure, an empty table and no word of why: a path (``Path`` or a one-line string naming an
    existing report file) is refused with a pointer to ``read_report``, as are bytes."""
    if isinstance(text, (os.PathLike, bytes, bytearray)) or not isinstance(text, str):
        raise GovReportError(path if path != "<text>" else type(text).__name__,
                             "read_text takes the report's text (str); to read a file, use read_report(path)")
    if "\n" not in text and text.strip().lower().endswith(FILE_SUFFIXES) and os.path.isfile(text.strip()):
        raise GovReportError(text.strip(), "this is a file's path, not a report's text: use read_report(path)")
    return _read_text(text, path, meta, strict, info)
