"""The analysis tables built from one report's quantities table.

>>> import govreport
>>> tables = govreport.build_tables(govreport.read_report("data/raw/jinbi_2024.txt"))
>>> list(tables)
['quantities', 'sector_output', 'subsidies', 'targets', 'checks']

The quantities table becomes typed figures once per report (``tables.figures``), and every
builder takes them — or a quantities DataFrame, so it can be tested on a small hand-made
frame; every row keeps the offsets and sentence of the figures it uses. Assumptions and caveats: docs/assumptions.md.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from govreport.extract import extract_quantities
from govreport.extract.quantities import extract_rows
from govreport.extract.quantity_rows import QuantityRows
from govreport.report import Report
from govreport.tables.checks import build_checks, check_rows
from govreport.tables.figures import figures
from govreport.tables.sector_output import build_sector_output, sector_output_rows, sector_totals
from govreport.tables.subsidies import build_subsidies, group_totals, subsidy_rows
from govreport.tables.table_rows import TableRows
from govreport.tables.targets import build_targets, target_rows, with_year_text
from govreport.tables.traditional import fold_quantities, fold_quantity_rows, restore_quotes, restore_row_quotes

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["build_tables", "build_table_rows", "build_sector_output", "build_subsidies", "build_targets",
           "build_checks", "sector_totals", "group_totals", "with_year_text"]


def build_tables(report: Report) -> dict[str, pd.DataFrame]:
    """quantities, sector_output, subsidies, targets and checks for one report, in that order."""
    quantities = extract_quantities(report)
    # a report in traditional characters: builders read simplified words (tables/traditional.py)
    matched, back = fold_quantities(quantities, report.text)
    figs = figures(matched)  # once per report; every builder takes them
    sector_output = build_sector_output(figs)
    subsidies = build_subsidies(figs)
    targets = build_targets(figs, text=report.text)
    tables = {
        "quantities": quantities,
        "sector_output": sector_output,
        "subsidies": subsidies,
        "targets": targets,
        "checks": build_checks(figs, sector_output, subsidies, review_year=report.review_year, targets=targets),
    }
    if matched is not quantities:
        for name in ("sector_output", "subsidies", "targets", "checks"):
            tables[name] = restore_quotes(tables[name], report.text, back)
    return tables


def build_table_rows(report: Report) -> dict[str, QuantityRows | TableRows]:
    """The tables of ``build_tables`` as their rows, before any is a DataFrame: corpus workers
    make Arrow of them without pandas. A report in traditional characters is read as
    ``build_tables`` reads it (tables/traditional.py), on the rows."""
    quantities = extract_rows(report)
    matched, back = fold_quantity_rows(quantities, report.text)
    figs = figures(matched)
    sector_output = sector_output_rows(figs)
    subsidies = subsidy_rows(figs)
    targets = target_rows(figs, text=report.text)
    tables: dict[str, QuantityRows | TableRows] = {
        "quantities": quantities,
        "sector_output": sector_output,
        "subsidies": subsidies,
        "targets": targets,
        "checks": check_rows(figs, sector_output, subsidies, review_year=report.review_year, targets=targets),
    }
    if matched is not quantities:
        for name in ("sector_output", "subsidies", "targets", "checks"):
            tables[name] = restore_row_quotes(tables[name], report.text, back)  # type: ignore[arg-type]
    return tables
