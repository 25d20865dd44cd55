"""A panel of places and years: the same keyed indicators side by side, and where attention goes.

``panel(reports)`` gives one row per report, indicator key and role (the review year's result,
the plan year's target): the first figure the report states for that key, with its sentence and
offsets, so every cell of a pivoted panel traces to its characters. ``attention(reports)`` gives
each report's share of figures by category, the input of the panel heatmap.
"""
from __future__ import annotations

from typing import Iterable

from decimal import Decimal

import pandas as pd

from govreport.extract.numerals import format_decimal
from govreport.corpus.track_record import ReportFigures, year_outcomes, year_targets

COLUMNS = ["place", "report", "role", "year", "indicator_key", "indicator", "value", "value_high", "qualifier",
           "unit", "text", "start", "end", "sentence", "sentence_start", "sentence_end"]


def panel(reports: Iterable[ReportFigures], keys: Iterable[str] | None = None) -> pd.DataFrame:
    """Each report's first statement of each keyed indicator, as a result and as a target.

    Only figures for the report's own review year (results) and plan year (targets) count, so a
    five-year average or a 2030 goal never sits in a yearly column.
    """
    wanted = set(keys) if keys is not None else None
    frames = []
    for r in reports:
        q = r.quantities
        if "indicator_key" not in q:
            continue
        # the same choice as the track record: the targets table's plan-year targets, the year's
        # own list first; results for the year itself, no averages over a term
        targets = year_targets(r, r.plan_year) if r.plan_year is not None else q.iloc[0:0]
        actuals = year_outcomes(q, r.review_year).drop_duplicates(subset=["indicator_key"], keep="first") \
            if r.review_year is not None else q.iloc[0:0]
        rows = pd.concat([actuals, targets.assign(role="target")]).sort_values("start", kind="stable")
        if wanted is not None:
            rows = rows[rows.indicator_key.isin(wanted)]
        frames.append(rows.assign(place=r.place, report=r.name)[COLUMNS])
    if not frames:
        return pd.DataFrame(columns=COLUMNS)
    table = pd.concat(frames, ignore_index=True)
    return table.sort_values(["indicator_key", "role", "place", "year"], kind="stable").reset_index(drop=True)


def attention(reports: Iterable[ReportFigures], top: int = 12) -> pd.DataFrame:
    """Share of each report's figures (actual and target, no meta or labels) by category, in %:
    the ``top`` categories by mean share as rows, the rest summed as ``other``."""
    shares = {}
    for r in reports:
        q = r.quantities
        counted = q[q.role.isin(["actual", "target"]) & (q.category.fillna("") != "")]
        if len(counted):
            shares[f"{r.place} {r.plan_year or ''}".strip()] = counted.category.value_counts(normalize=True) * 100
    return _top_categories(pd.DataFrame(shares).fillna(0.0), top)


def _top_categories(frame: pd.DataFrame, top: int) -> pd.DataFrame:
    order = frame.mean(axis=1).sort_values(ascending=False, kind="stable")
    kept = frame.loc[order.index[:top]]
    if len(order) > top:
        kept.loc["other"] = frame.loc[order.index[top:]].sum()
    return kept.round(1)


def headline(table: pd.DataFrame, role: str = "target", limit: int = 8, min_reports: int = 3) -> pd.DataFrame:
    """Reports as rows, the most widely stated keyed indicators as columns, each cell the report's own
    words for it (``6.5%左右``): one role, the indicators found in at least ``min_reports`` reports."""
    rows = table[table.role == role]
    coverage = rows.groupby("indicator_key").report.nunique()
    keys = sorted(coverage[coverage >= min_reports].index, key=lambda k: (-coverage[k], k))[:limit]
    rows = rows[rows.indicator_key.isin(keys)].assign(cell=lambda r: [_cell(*row) for row in zip(r.text, r.value, r.unit)])
    wide = rows.pivot_table(index=["place", "year", "report"], columns="indicator_key", values="cell", aggfunc="first")
    return wide.reindex(columns=keys).reset_index().sort_values(["place", "year"], kind="stable").reset_index(drop=True)


def _cell(text: str, value: object, unit: object) -> str:
    """The report's words, with the value they were read as where the words lack its unit
    (居民消费价格指数103左右 is a 3 % rise: ``103（3%）``), so a column reads alike."""
    if not isinstance(unit, str) or not unit or unit in text or not isinstance(value, (Decimal, int, float)):
        return text
    number = format_decimal(Decimal(str(value)))
    return f"{text}（{number}{unit}）"


def attention_from_store(out, top: int = 12) -> pd.DataFrame:
    """``attention`` for a corpus output folder, counted by DuckDB without loading the figures."""
    from pathlib import Path

    from govreport.corpus.store import query, read_reports

    counts = query(out, "select report, category, count(*) as n from quantities where role in ('actual', 'target') "
                        "and coalesce(category, '') <> '' group by report, category")
    reports = read_reports(out).set_index("report")
    shares = {}
    for report, rows in counts.groupby("report", sort=True):
        meta = reports.loc[report] if report in reports.index else None
        place = meta.place if meta is not None and isinstance(meta.place, str) and meta.place else report
        label = f"{place} {meta.plan_year}" if meta is not None and isinstance(meta.plan_year, str) else place
        shares[label] = rows.set_index("category").n / rows.n.sum() * 100
    return _top_categories(pd.DataFrame(shares).fillna(0.0), top)


def open_folder(folder, place: str | None = None) -> tuple[list[ReportFigures], pd.DataFrame]:
    """A notebook's inputs: each report's figures and the attention shares, from a folder of reports
    or from a corpus output folder (``corpus -o OUT``, read through DuckDB)."""
    from pathlib import Path

    from govreport.corpus.track_record import folder_figures, store_figures

    if (Path(folder) / "reports.parquet").is_file():
        return store_figures(folder, place), attention_from_store(folder)
    reports = folder_figures(folder, place)
    return reports, attention(reports)
