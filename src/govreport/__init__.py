"""govreport: Chinese government work reports (政府工作报告) as verified, traceable tables.

>>> import govreport
>>> report = govreport.read_report("data/raw/jinbi_2024.txt")
>>> quantities = govreport.extract_quantities(report)
"""
from __future__ import annotations

from govreport import charsets, native, programs

charsets.install()  # patterns of Chinese character classes compiled faster, to the same program (before any is compiled)
programs.install()  # the programs of the package's patterns as recorded by `make` (tools/record_programs.py)
native.activate()  # the compiled build of the hot modules, when it matches the sources (before they load)

from govreport.errors import GovReportError  # noqa: E402
from govreport.extract import extract_quantities  # noqa: E402
from govreport.report import Report, read_report, read_text  # noqa: E402

__all__ = ["GovReportError", "Report", "read_report", "read_text", "extract_quantities", "build_tables", "track_record"]


def build_tables(report: Report) -> dict:
    """Every table the package builds for ``report``: quantities, sector_output, subsidies,
    targets, checks (see govreport.tables)."""
    from govreport.tables import build_tables as _build

    return _build(report)


def track_record(source, place: str | None = None):
    """Each target of one place's reports against the outcome its next report states (the
    realisation table; see govreport.corpus.track_record). ``source``: a folder of reports, the
    output folder of ``corpus``, or ReportFigures."""
    from govreport.corpus.track_record import track_record as _track_record

    return _track_record(source, place)
