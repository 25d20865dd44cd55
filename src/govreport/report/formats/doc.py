"""Old Word (.doc, Word 97-2003) reports: converted to .docx by LibreOffice where it is installed."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from govreport.errors import GovReportError

TIMEOUT = 120  # seconds for one conversion


def office_binary() -> str | None:
    """LibreOffice's command (``soffice`` or ``libreoffice``) if it is on the PATH."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def doc_to_text(data: bytes, path: str) -> tuple[str, dict[str, Any]]:
    """The report's text from a .doc file, through a .docx made by LibreOffice."""
    binary = office_binary()
    if binary is None:
        raise GovReportError(path, "old Word .doc file: install LibreOffice to read it, or save it as .docx")
    from govreport.report.formats.docx import docx_to_text

    with tempfile.TemporaryDirectory(prefix="govreport-doc-") as tmp:
        source = Path(tmp) / "report.doc"
        source.write_bytes(data)
        try:
            subprocess.run([binary, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "docx", "--outdir", tmp, str(source)],
                           capture_output=True, timeout=TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise GovReportError(path, f"LibreOffice could not convert the .doc file ({type(exc).__name__})") from None
        converted = Path(tmp) / "report.docx"
        if not converted.is_file():
            raise GovReportError(path, "LibreOffice could not convert the .doc file (damaged?)")
        text, info = docx_to_text(converted.read_bytes(), path)
    info["format"] = "doc"
    return text, info
