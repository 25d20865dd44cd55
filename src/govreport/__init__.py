"""govreport: Chinese government work reports (政府工作报告) as verified, traceable tables.

>>> import govreport
>>> report = govreport.read_report("data/raw/jinbi_2024.txt")
>>> q = govreport.extract_quantities(report)
"""
from __future__ import annotations

from govreport.errors import GovReportError
from govreport.report import Report

__all__ = ["GovReportError", "Report", "read_report", "read_text", "extract_quantities", "build_tables"]


def read_report(path):  # noqa: D103 - documented in govreport.structure
    from govreport.structure import read_report as _read

    return _read(path)


def read_text(text, path="<text>", meta=None):  # noqa: D103
    from govreport.structure import read_text as _read

    return _read(text, path=path, meta=meta)


def extract_quantities(report):  # noqa: D103
    from govreport.quantities import extract_quantities as _extract

    return _extract(report)


def build_tables(report):  # noqa: D103
    from govreport.tables import build_tables as _build

    return _build(report)
