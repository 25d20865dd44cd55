"""A consistency audit: what the report's own figures imply, set against what it states.

Six kinds of check, each row with its formula, the figures it uses (ids, texts, offsets and
sentences), the tolerance and a status — ``pass``, ``flag``, or ``info`` when there is
nothing to compare the computed figure with. Tolerances are in
``data/tables_parameters.json``; see docs/assumptions.md#consistency-checks. The checks of what a sentence's figures
imply are in implied_totals.py, the plan's against the review in plan_checks.py.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from govreport.extract.numerals import is_blank
from govreport.lexicon import read_rows, unit_factor
from govreport.tables.figures import Figure, Figures, as_figures, parameters, plain, ratio, same_unit, yuan_text
from govreport.tables.table_rows import TableRows
from govreport.tables.check_row import _row
from govreport.tables.implied_totals import check_insured_over_rate, check_parts_vs_total
from govreport.tables.plan_checks import check_plan_coverage, check_review_vs_plan

if TYPE_CHECKING:  # frames are made on demand: corpus workers never import pandas
    import pandas as pd

COLUMNS = [
    "check", "subject", "formula", "computed", "stated", "ratio", "tolerance", "status", "explanation",
    "figure_ids", "figures", "starts", "ends", "sentences",
]
PRICE_QUANTITY_COLUMNS = ("quantity", "average_price_yuan", "value_yuan", "quantity_unit", "quantity_start",
                          "price_start", "start", "quantity_text", "price_text", "text", "sector_zh")  # the ones read
PER_RECIPIENT_COLUMNS = ("per_recipient_yuan", "recipients_start", "start", "programme", "recipient_unit", "text",
                         "recipients_text")
CHECK_KINDS = ["price_times_quantity", "amount_per_recipient", "insured_over_rate", "parts_vs_total",
               "review_vs_plan", "plan_coverage"]


def check_price_times_quantity(sector_output: pd.DataFrame | TableRows, figs: list[Figure]) -> list[dict]:
    """Quantity × average price against the stated output value (price read as 元 per 公斤)."""
    if not len(sector_output):  # no sector output (most reports): nothing to multiply
        return []
    tol = Decimal(str(parameters()["checks"]["price_quantity_rel_tolerance"]))
    at = _at_start(figs)
    rows = []
    for r in _records(sector_output, PRICE_QUANTITY_COLUMNS):
        qty, price, value = r.get("quantity"), r.get("average_price_yuan"), r.get("value_yuan")
        if qty is None or price is None or value is None or is_blank(qty) or is_blank(price):
            continue
        kg = qty * (unit_factor(r["quantity_unit"], "公斤") or Decimal(1))
        implied = kg * price
        rat = ratio(implied, value, 4)
        gap = abs(implied - value) / value if value else None
        ok = gap is not None and gap <= tol
        used = _figures_at(at, r["quantity_start"], r["price_start"], r["start"])
        explanation = (f"{r['quantity_text']} × {r['price_text']} = {yuan_text(implied)} against a stated "
                       f"{r['text']}: {'within' if ok else 'outside'} {plain(tol * 100)}%")
        if not ok:
            explanation += (f"; computed ÷ stated = {plain(rat, 2)}×; the stated value and price imply "
                            f"{plain(value / price / 10000, 2)}万公斤, the stated value and quantity imply "
                            f"{plain(value / kg, 2)}元/公斤")
        rows.append(_row("price_times_quantity", r["sector_zh"],
                         "quantity (公斤) × average price (元/公斤) ≈ output value (元)",
                         implied.quantize(Decimal("0.01")), value, rat, f"±{plain(tol * 100)}%",
                         "pass" if ok else "flag", explanation, used))
    return rows


def _at_start(figs: list[Figure]) -> dict[int, Figure]:
    """Figures by start offset, made once per check (not once per row: tables stay linear)."""
    return {f.start: f for f in figs}


def _figures_at(at: dict[int, Figure], *starts: Any) -> list[Figure]:
    want = [int(s) for s in starts if not is_blank(s)]
    return [at[s] for s in want if s in at]


@cache
def _standards() -> list[dict[str, str]]:
    """The per-recipient caps on file (data/tables_policy_standards.csv), read once."""
    return read_rows("tables_policy_standards.csv")


def check_amount_per_recipient(subsidies: pd.DataFrame | TableRows, figs: list[Figure]) -> list[dict]:
    """Amount ÷ recipients, against a known per-recipient cap where the policy has one."""
    if not len(subsidies):  # no subsidy, nothing to divide (most reports)
        return []
    standards = _standards()
    at = _at_start(figs)
    rows = []
    for r in _records(subsidies, PER_RECIPIENT_COLUMNS):
        per = r.get("per_recipient_yuan")
        if per is None or is_blank(per):
            continue
        used = _figures_at(at, r["recipients_start"], r["start"])
        std = next((s for s in standards if s["keyword"] in r["programme"]
                    and same_unit(s["recipient_unit"], r["recipient_unit"])), None)
        formula = f"amount (元) ÷ recipients ({r['recipient_unit']})"
        base = f"{r['text']} ÷ {r['recipients_text']} = {plain(per, 2)}元/{r['recipient_unit']}"
        if std is None:
            rows.append(_row("amount_per_recipient", r["programme"], formula, per, None, None, "",
                             "info", base + "; no per-recipient standard on file to compare with", used))
            continue
        cap = Decimal(std["max_per_recipient_yuan"])
        ok = per <= cap
        rows.append(_row("amount_per_recipient", r["programme"], formula + " ≤ policy cap", per, cap,
                         ratio(per, cap, 4), f"≤ {plain(cap)}元/{std['recipient_unit']}", "pass" if ok else "flag",
                         base + f" {'within' if ok else 'above'} the cap: {std['note']}", used))
    return rows


def review_year_of(figs: list[Figure], meta_year: int | None = None) -> int | None:
    """The review year: from the report's metadata, else the most common year of actual figures."""
    if meta_year:
        return int(meta_year)
    years = [f.year for f in figs if f.role == "actual" and f.year]
    return max(set(years), key=lambda y: (years.count(y), y)) if years else None


def _records(table: pd.DataFrame | TableRows, only: tuple[str, ...]) -> list[dict]:
    """A table's rows as dicts of these columns: a builder's rows as they are, a frame's read."""
    if isinstance(table, TableRows):
        return table.records(only)
    from govreport.tables.frames import records

    return records(table, only)


def build_checks(data: pd.DataFrame | Figures, sector_output: pd.DataFrame | TableRows,
                 subsidies: pd.DataFrame | TableRows, review_year: int | None = None,
                 targets: pd.DataFrame | TableRows | None = None) -> pd.DataFrame:
    """All checks, grouped by kind in the order of CHECK_KINDS, each kind in text order."""
    rows = check_rows(data, sector_output, subsidies, review_year, targets)
    if len(rows):
        return rows.frame()
    from govreport.tables.frames import shared_copy

    return shared_copy(_no_checks())  # most reports


def check_rows(data: pd.DataFrame | Figures, sector_output: pd.DataFrame | TableRows,
               subsidies: pd.DataFrame | TableRows, review_year: int | None = None,
               targets: pd.DataFrame | TableRows | None = None) -> TableRows:
    """The rows of ``build_checks`` (the plan-coverage check only when ``targets`` is given)."""
    figs = as_figures(data)
    year = review_year_of(figs, review_year)
    rows = (check_price_times_quantity(sector_output, figs)
            + check_amount_per_recipient(subsidies, figs)
            + check_insured_over_rate(figs)
            + check_parts_vs_total(figs)
            + check_review_vs_plan(figs, year))
    if targets is not None:
        ids = [int(r["id"]) for r in _records(targets, ("id",)) if not is_blank(r.get("id"))]
        rows += check_plan_coverage(figs, ids, year + 1 if year else None)
    if rows:  # the id made with the rows: inserting a column afterwards cost a tenth of the checks
        for i, row in enumerate(rows):
            row["check_id"] = f"C{i + 1:02d}"
    return TableRows(rows, ["check_id", *COLUMNS])


@cache
def _no_checks() -> pd.DataFrame:
    """The table of no checks, made once (its id column text, as a table with checks has it)."""
    from govreport.tables.frames import table_from_rows

    return table_from_rows([], ["check_id", *COLUMNS])
