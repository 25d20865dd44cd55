"""Stage 1, reading: a file (text, HTML, Word, PDF) becomes a ``Report``.

A ``Report`` holds the text every offset refers to, a folded copy of the same length for
scanning, the metadata, headings, sentences and the review and plan parts with their years.
"""
from __future__ import annotations

from govreport.report.model import Report
from govreport.report.structure import read_report, read_text

__all__ = ["Report", "read_report", "read_text"]
