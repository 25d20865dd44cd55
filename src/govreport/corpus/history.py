"""A place's track record beside its targets: the hit rate and typical gap per indicator, from
the realisation table of the reports before it (notebook 03, `tables --history`)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from govreport.corpus.track_record import COLUMNS, report_place, track_record


def hit_rates(table: pd.DataFrame, by: str = "indicator_key") -> pd.DataFrame:
    """Targets met out of targets judged (met + missed), by indicator key or by target kind."""
    judged = table[table.verdict.isin(["met", "missed"])]
    if judged.empty:
        return pd.DataFrame({by: pd.Series(dtype=object), "judged": pd.Series(dtype=int),
                             "met": pd.Series(dtype=int), "hit_rate": pd.Series(dtype=float)})
    out = judged.groupby(by).verdict.agg(judged="size", met=lambda v: int((v == "met").sum()))
    out["hit_rate"] = (out.met / out.judged).round(3)
    return out.reset_index().sort_values([by], kind="stable").reset_index(drop=True)


def headline_keys(table: pd.DataFrame, limit: int = 6, min_years: int = 3) -> list[str]:
    """The indicators judged in the most years (at least ``min_years``), most first: the chart's panels."""
    judged = table[table.outcome_value.notna()]
    counts = judged.groupby("indicator_key").year.nunique()
    counts = counts[counts >= min_years]
    return sorted(counts.index, key=lambda k: (-counts[k], k))[:limit]


def history(table: pd.DataFrame, before_year: int | None = None) -> pd.DataFrame:
    """Per indicator key, the record of earlier targets: judged, met, hit rate, median gap.

    ``before_year`` keeps only targets set for earlier years, so a report's own targets are
    never judged by their own outcome.
    """
    judged = table[table.verdict.isin(["met", "missed"])]
    if before_year is not None:
        judged = judged[judged.year < before_year]
    columns = ["indicator_key", "history_judged", "history_met", "history_hit_rate", "history_median_gap_rel",
               "history_years"]
    if judged.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for key, group in judged.groupby("indicator_key", sort=True):
        gaps = sorted(float(g) for g in group.gap_rel.dropna())
        median = gaps[len(gaps) // 2] if len(gaps) % 2 else (gaps[len(gaps) // 2 - 1] + gaps[len(gaps) // 2]) / 2
        met = int((group.verdict == "met").sum())
        years = group.year.astype(int)
        rows.append([key, len(group), met, round(met / len(group), 3), round(median, 3),
                     f"{years.min()}–{years.max()}" if years.min() != years.max() else str(years.min())])
    return pd.DataFrame(rows, columns=columns)


def with_history(targets: pd.DataFrame, record: pd.DataFrame) -> pd.DataFrame:
    """The targets table with the same place's record for each target's indicator key beside it;
    blank where the key has no judged earlier target (``history_judged`` 0)."""
    if "indicator_key" not in targets:
        return targets
    merged = targets.merge(record, on="indicator_key", how="left")
    merged["history_judged"] = merged["history_judged"].fillna(0).astype(int)
    return merged


def report_history(report, folder: str | Path | None = None) -> pd.DataFrame:
    """The record of the report's place before its plan year, from ``folder`` (default: the
    report's own folder): what ``tables --history`` and notebook 03 set beside its targets."""
    return place_history(folder or Path(report.path).parent, report_place(report), report.plan_year)


def place_history(folder: str | Path | None, place: str | None, year: int | None) -> pd.DataFrame:
    """The record of ``place`` before ``year`` from a folder of reports (or corpus output); empty
    where there is no folder, no place, or no earlier pair of reports."""
    if folder is None or not place:
        return history(pd.DataFrame(columns=COLUMNS))
    return history(track_record(folder, place), before_year=year)
