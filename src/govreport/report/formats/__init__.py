"""Reports stored as Word documents and PDFs: the text a report's offsets refer to.

``sniff(data)`` tells a file's kind from its first bytes (never from its extension);
``extract(kind, data, path)`` returns the report's text — paragraphs one per line, as the
``.txt`` reports are — and what the file says about itself. Each reader lives in its own
module (``docx``, ``pdf``, ``doc``) and imports its library only when such a file is read.
The extracted text is deterministic, so offsets trace to characters by extracting again, and
``tables``/``corpus`` also save it beside their outputs.
"""
from __future__ import annotations

import zipfile
import io
from typing import Any

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Word 97-2003 (.doc)


def sniff(data: bytes) -> str | None:
    """``"pdf"``, ``"docx"``, ``"doc"`` or None (text or HTML, read as before)."""
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf")[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return "docx"  # a zip that does not open: reported as a damaged Word document
        if "word/document.xml" in names:
            return "docx"
        return "zip"
    if data[:8] == _OLE:
        return "doc"
    return None


def extract(kind: str, data: bytes, path: str) -> tuple[str, dict[str, Any]]:
    """The report's text from a Word or PDF file, and ``info`` (format, and what the file states)."""
    from govreport.errors import GovReportError

    if kind == "pdf":
        from govreport.report.formats.pdf import pdf_to_text

        return pdf_to_text(data, path)
    if kind == "docx":
        from govreport.report.formats.docx import docx_to_text

        return docx_to_text(data, path)
    if kind == "doc":
        from govreport.report.formats.doc import doc_to_text

        return doc_to_text(data, path)
    if kind == "zip":
        raise GovReportError(path, "a zip archive, not a report (unpack it and read the folder with `corpus`)")
    raise GovReportError(path, f"unknown format {kind}")
