"""A report at a glance: its metadata, its sections and the attention each gets, its figures by theme.

These summaries feed notebook 00 and the briefing; every row is sorted deterministically
(value or count first, then position in the text) so re-runs give identical tables.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd

from govreport.lexicon import unit_factor
from govreport.report.model import Report

META_FIELDS = ("title", "place", "county", "province", "level", "session", "speaker_title",
               "delivered", "published", "review_year", "plan_year", "encoding")


def metadata_table(report: Report) -> pd.DataFrame:
    """The report's metadata and size as (field, value) rows; the file is named, never its path."""
    rows = [("file", Path(report.path).name)]
    rows += [(k, str(report.meta[k])) for k in META_FIELDS if report.meta.get(k) not in (None, "")]
    rows += [("characters", f"{len(report.text):,}"), ("paragraphs", f"{len(report.paragraphs):,}"),
             ("sentences", f"{len(report.sentences):,}"), ("headings", f"{len(report.headings):,}")]
    return pd.DataFrame(rows, columns=["field", "value"])


def sections_table(report: Report, quantities: pd.DataFrame | None = None, max_level: int = 2) -> pd.DataFrame:
    """Each heading (level ≤ ``max_level``) with the characters it spans until the next one.

    The share of characters is the report's attention to that theme; the text before the first
    heading is the opening (greeting, header block). ``figures`` counts quantities inside.
    """
    heads = [h for h in report.headings if h.level <= max_level]
    bounds = [(0, "开头", 0)] + [(h.start, h.title, h.level) for h in heads]
    rows = []
    for i, (start, title, level) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(report.text)
        if end <= start:
            continue
        rows.append({"order": i, "title": title, "level": level, "start": start, "end": end,
                     "part": _part_at(report, start), "characters": end - start})
    table = pd.DataFrame(rows, columns=["order", "title", "level", "start", "end", "part", "characters"])
    total = Decimal(len(report.text) or 1)
    table["share"] = [(Decimal(c) / total).quantize(Decimal("0.0001")) for c in table["characters"]]
    starts = [] if quantities is None or quantities.empty else list(quantities["start"])
    table["figures"] = [sum(1 for s in starts if a <= s < b) for a, b in zip(table["start"], table["end"])]
    return table


def _part_at(report: Report, offset: int) -> str:
    for name, span in report.parts.items():
        if span.start <= offset < span.end:
            return name
    return "other"


def quantities_by_category(quantities: pd.DataFrame) -> pd.DataFrame:
    """How many actual and target figures each category has, largest first (meta/label left out)."""
    cols = ["category", "actual", "target", "total"]
    if quantities.empty:
        return pd.DataFrame(columns=cols)
    q = quantities[quantities["role"].isin(["actual", "target"])]
    counts = pd.crosstab(q["category"].fillna("").replace("", "other"), q["role"])
    for role in ("actual", "target"):
        if role not in counts.columns:
            counts[role] = 0
    counts = counts[["actual", "target"]].astype(int)
    counts["total"] = counts["actual"] + counts["target"]
    table = counts.reset_index().rename(columns={"index": "category"})
    table.columns.name = None
    return table.sort_values(["total", "category"], ascending=[False, True], kind="stable").reset_index(drop=True)[cols]


def quantities_by_role(quantities: pd.DataFrame) -> pd.DataFrame:
    """Rows per role, in a fixed order."""
    order = ["actual", "target", "meta", "label"]
    counts = quantities["role"].value_counts() if not quantities.empty else pd.Series(dtype=int)
    return pd.DataFrame({"role": order, "figures": [int(counts.get(r, 0)) for r in order]})


def headline_figures(quantities: pd.DataFrame, n: int = 8) -> pd.DataFrame:
    """The largest money figures the report states (actual and target), with their indicators."""
    cols = ["indicator", "indicator_en", "text", "value", "role", "start"]
    if quantities.empty:
        return pd.DataFrame(columns=cols)
    money = quantities[(quantities["unit"] == "元") & quantities["role"].isin(["actual", "target"])].copy()
    money["_v"] = [Decimal(v) if v is not None else Decimal(0) for v in money["value"]]
    money = money.sort_values(["_v", "start"], ascending=[False, True], kind="stable").head(n)
    return money[cols].reset_index(drop=True)


def category_figures(quantities: pd.DataFrame, category: str, role: str = "actual") -> pd.DataFrame:
    """Every figure of one category (e.g. livestock), in text order."""
    cols = ["indicator", "indicator_en", "text", "value", "unit", "start", "sentence"]
    if quantities.empty:
        return pd.DataFrame(columns=cols)
    rows = quantities[(quantities["category"] == category) & (quantities["role"] == role)]
    return rows[cols].reset_index(drop=True)


def area_figures(quantities: pd.DataFrame, role: str = "actual") -> pd.DataFrame:
    """Every area stated in 亩, with hectares computed exactly (1 亩 = 1/15 公顷)."""
    cols = ["indicator", "indicator_en", "text", "mu", "hectares", "start"]
    if quantities.empty:
        return pd.DataFrame(columns=cols)
    rows = quantities[(quantities["unit"] == "亩") & (quantities["role"] == role)].copy()
    rows["mu"] = [Decimal(v) for v in rows["value"]]
    mu_per_hectare = unit_factor("公顷", "亩")  # 15 exactly (data/units.csv, docs/assumptions.md#mu)
    rows["hectares"] = [m / mu_per_hectare for m in rows["mu"]]
    return rows[cols].reset_index(drop=True)
