"""read_text takes a report's text; a file's path given by mistake is refused in one line, not read
as a one-line report with an empty table (found when a checking script passed paths to it)."""
from __future__ import annotations

from pathlib import Path

import pytest

import govreport
from govreport import GovReportError

REPORT = Path(__file__).resolve().parents[1] / "data" / "raw" / "jinbi_2024.txt"


def test_a_path_object_is_refused_with_a_pointer_to_read_report() -> None:
    with pytest.raises(GovReportError, match="read_report"):
        govreport.read_text(REPORT)  # type: ignore[arg-type]


def test_a_string_naming_a_report_file_is_refused() -> None:
    with pytest.raises(GovReportError, match="file's path"):
        govreport.read_text(str(REPORT))


def test_bytes_are_refused() -> None:
    with pytest.raises(GovReportError, match="text"):
        govreport.read_text(REPORT.read_bytes())  # type: ignore[arg-type]


def test_text_and_a_string_that_names_no_file_are_read() -> None:
    assert govreport.read_text("今年新建道路5公里。").text == "今年新建道路5公里。"
    assert govreport.read_text("见附件 report.txt").text == "见附件 report.txt"  # no such file: text
    whole = govreport.read_text(REPORT.read_text(encoding="utf-8"))
    assert len(govreport.extract_quantities(whole)) > 100
