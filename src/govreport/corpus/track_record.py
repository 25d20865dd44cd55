"""The track record of targets: each plan-year target set against the outcome the next report states.

A report of plan year N sets targets for N (国内生产总值增长7%左右); the same place's next
report, whose review year is N, states what happened (比上年增长6.9%). Matching the two by
indicator key gives a realisation table: one row per target with both sentences, the gap and a
verdict — ``met``, ``missed``, ``not_reported`` (the next report gives no figure for it),
``no_next_report`` — plus ``not_set`` rows for an indicator targeted the year before but not
this year (the 2020 national report set no GDP target: a target that stopped, not a miss).

How a target is judged (see docs/assumptions.md#track-record):
- a band (6.5%－7%) is met inside it; 左右 makes a band of ± the ``about_rel_tolerance``;
- a floor (以上, 不低于, and a bare target whose good direction is up) is met at or above it;
- a ceiling (以内, 以下, and 左右 or a bare target whose good direction is down) is met at or
  below it;
- an outcome on the good side by more than ``far_rel_gap`` of the target is flagged
  ``far_from_target`` (CPI 2% against a 3% ceiling).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Iterable

import pandas as pd

from govreport.corpus.verdicts import good_direction, judge, parameters, target_kind
from govreport.extract.numerals import to_decimal

VERDICTS = ["met", "missed", "not_reported", "no_next_report", "not_set"]

COLUMNS = [
    "place", "indicator_key", "indicator", "year",
    "target_kind", "good_direction", "qualifier", "target_value", "target_value_high", "target_low",
    "target_high", "unit",
    "outcome_value", "gap_abs", "gap_rel", "verdict", "far_from_target", "note",
    "target_report", "target_text", "target_start", "target_end", "target_sentence",
    "target_sentence_start", "target_sentence_end",
    "outcome_report", "outcome_text", "outcome_start", "outcome_end", "outcome_sentence",
    "outcome_sentence_start", "outcome_sentence_end",
]

# The quantity columns a report's figures must carry to take part.
NEEDED = ["role", "year", "year_from", "indicator_key", "value", "value_high", "unit", "qualifier", "kind",
          "text", "start", "end", "sentence", "sentence_start", "sentence_end", "indicator", "direction"]


@dataclass(frozen=True)
class ReportFigures:
    """One report's figures with the facts the pairing needs: whose report, which years."""

    name: str
    place: str
    review_year: int | None
    plan_year: int | None
    quantities: pd.DataFrame
    targets: pd.DataFrame | None = None  # the targets table (kind, horizon, non-targets left out)


def report_figures(path: str | Path, place: str | None = None) -> ReportFigures:
    """Read one report and extract its figures (place from the argument, metadata or level)."""
    from govreport.report import read_report
    from govreport.tables import build_tables

    report = read_report(path)
    meta = report.meta
    tables = build_tables(report)
    return ReportFigures(
        name=report.name, place=place or _place_of(report),
        review_year=meta.get("review_year"), plan_year=meta.get("plan_year"),
        quantities=tables["quantities"], targets=_with_direction(tables["targets"], tables["quantities"]),
    )


def folder_figures(folder: str | Path, place: str | None = None) -> list[ReportFigures]:
    """Every report in a folder; places from a MANIFEST.csv beside them where there is one."""
    from govreport.corpus.runner import find_reports

    folder = Path(folder)
    manifest = _manifest_places(folder / "MANIFEST.csv")
    out = []
    for path in find_reports(folder):
        if place is not None and manifest.get(path.name, place) != place:
            continue  # the manifest names another place: not read at all
        figures = report_figures(path, manifest.get(path.name))
        if place is None or figures.place == place or _place_stem(figures.place) == place:
            out.append(figures)
    return out


def folder_place(path: str | Path) -> str:
    """The place of one report as ``folder_figures`` names it (its folder's MANIFEST.csv first)."""
    from govreport.report import read_report

    return report_place(read_report(path))


def report_place(report) -> str:
    """A report's place: the MANIFEST.csv beside it where it names one, else ``_place_of``."""
    path = Path(report.path)
    return _manifest_places(path.parent / "MANIFEST.csv").get(path.name) or _place_of(report)


def same_places(places: Iterable[str]) -> dict[str, str]:
    """Each place's name in the table: the shortest other name it ends with, so that one report's
    呼伦贝尔市海拉尔区 and another's 海拉尔区 are the same place (海拉尔区)."""
    names = sorted(set(places), key=len)
    return {p: next((q for q in names if len(q) >= 2 and len(q) < len(p) and p.endswith(q)), p) for p in names}


def realisation(reports: Iterable[ReportFigures], params: dict[str, float] | None = None) -> pd.DataFrame:
    """The realisation table: one row per keyed plan-year target (and per target no longer set)."""
    params = params or parameters()
    reports = list(reports)
    same = same_places(r.place for r in reports)
    reports = [ReportFigures(r.name, same[r.place], r.review_year, r.plan_year, r.quantities, r.targets)
               for r in reports]
    by_place: dict[str, dict[str, ReportFigures]] = {}
    for r in reports:
        by_place.setdefault(r.place, {})
        if r.plan_year is not None:
            by_place[r.place][f"plan{r.plan_year}"] = r
        if r.review_year is not None:
            by_place[r.place][f"review{r.review_year}"] = r
    rows: list[dict] = []
    for place in sorted(by_place):
        known = by_place[place]
        years = sorted({r.plan_year for r in known.values() if r.plan_year is not None})
        for year in years:
            target_report = known[f"plan{year}"]
            outcome_report = known.get(f"review{year}")
            targets = year_targets(target_report, year)
            outcomes = year_outcomes(outcome_report.quantities, year) if outcome_report else None
            for t in targets.itertuples(index=False):
                rows.append(_row(place, year, t, target_report, outcome_report, outcomes, params))
            previous = known.get(f"plan{year - 1}")
            if previous is not None:  # only what last year's own list (今年…) targeted can stop
                before_targets = year_targets(previous, year - 1)
                before = {k for k, s in zip(before_targets.indicator_key, before_targets.sentence)
                          if _has_cue(s, ("plan",))}
                for key in sorted(before - set(targets.indicator_key)):
                    rows.append({"place": place, "indicator_key": key, "year": year, "verdict": "not_set",
                                 "good_direction": good_direction(key), "target_report": target_report.name})
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.sort_values(["place", "year", "target_start"], kind="stable", na_position="last").reset_index(drop=True)


def store_figures(out: str | Path, place: str | None = None) -> list[ReportFigures]:
    """Each report's keyed results and targets table from a corpus output folder (``corpus -o OUT``).

    DuckDB reads only the keyed rows from the Parquet datasets, so a corpus larger than memory
    can be followed up; places come from each report's metadata (national reports: 全国).
    """
    from govreport.corpus.store import query, read_reports

    reports = read_reports(out)
    reports = reports[reports.error.fillna("") == ""]
    columns = ", ".join(f'"{c}"' for c in ["report", *NEEDED])
    rows = _typed(query(out, f"select {columns} from quantities where role in ('actual', 'target') "
                             "and coalesce(indicator_key, '') <> '' order by report, id"))
    targets = _typed(query(out, "select t.*, q.direction from targets t join quantities q on t.report = q.report "
                                "and t.id = q.id where t.horizon = 'plan_year' and coalesce(t.indicator_key, '') <> '' "
                                "order by t.report, t.id, t.indicator_key"))  # members of a list share an id
    targets_by_report = dict(tuple(targets.groupby("report", sort=False)))
    by_report = dict(tuple(rows.groupby("report", sort=False)))
    out_list = []
    for r in reports.itertuples(index=False):
        where = r.place if isinstance(r.place, str) and r.place else "全国" if r.level == "national" else r.report
        if place is not None and where != place:
            continue
        q = by_report.get(r.report, rows.iloc[0:0]).drop(columns="report").reset_index(drop=True)
        t = targets_by_report.get(r.report, targets.iloc[0:0]).drop(columns="report").reset_index(drop=True)
        out_list.append(ReportFigures(r.report, where, _int(r.review_year), _int(r.plan_year), q, t))
    return out_list


def track_record(source: str | Path | Iterable[ReportFigures], place: str | None = None) -> pd.DataFrame:
    """The realisation table for a folder of reports, a corpus output folder (read through DuckDB),
    or figures already read; optionally one place's only."""
    if isinstance(source, (str, Path)):
        is_store = (Path(source) / "reports.parquet").is_file()
        reports = store_figures(source, place) if is_store else folder_figures(source, place)
    else:
        reports = [r for r in source if place is None or r.place == place]
    return realisation(reports)


# --- choosing targets and outcomes, and internals ------------------------------------------------------------------------------------

def year_targets(report: ReportFigures, year: int) -> pd.DataFrame:
    """Keyed targets for ``year`` itself (not five-year goals), restatements dropped: from the
    targets table where there is one (it leaves out ages, labels, the start of 从X提高到Y …),
    else from the quantities."""
    if report.targets is not None:
        q = report.targets
        keyed = q["indicator_key"].fillna("").astype(str) != ""
        t = q[(q.horizon == "plan_year") & (q.year == year) & keyed & q["year_from"].isna()]
    else:
        q = report.quantities[[c for c in NEEDED if c in report.quantities.columns]]
        keyed = q["indicator_key"].fillna("").astype(str) != ""
        single_year = q["year_from"].isna() if "year_from" in q else True
        t = q[(q.role == "target") & (q.year == year) & keyed & single_year & (q.kind != "threshold")]
    # The year's own list (今年…预期目标) before a five-year plan's goals that share the key.
    t = t.assign(_rank=[0 if _has_cue(s, ("plan",)) else 1 for s in t.sentence])
    t = t.sort_values(["_rank", "start"], kind="stable").drop_duplicates(subset=["indicator_key"], keep="first")
    return t.sort_values(["start", "indicator_key"], kind="stable").drop(columns="_rank")  # members share a start


def year_outcomes(q: pd.DataFrame, year: int) -> pd.DataFrame:
    """Keyed results for ``year`` itself (not averages over a term), first statement first."""
    q = q[[c for c in NEEDED if c in q.columns]]
    keyed = q["indicator_key"].fillna("").astype(str) != ""
    single_year = q["year_from"].isna() if "year_from" in q else True
    o = q[(q.role == "actual") & (q.year == year) & keyed & single_year]
    # Not an average or a total over a term (年均, 五年来, 累计), even where no year_from says so.
    term = [_has_cue(s, ("review_multi", "cumulative")) or "年均" in str(i) for s, i in zip(o.sentence, o.indicator)]
    return o[[not t for t in term]]


def _row(place: str, year: int, t, target_report: ReportFigures, outcome_report: ReportFigures | None,
         outcomes: pd.DataFrame | None, params: dict[str, float]) -> dict:
    good = good_direction(t.indicator_key)
    kind = getattr(t, "target_kind", "") or target_kind(t.qualifier or "", t.value_high, t.direction, good)
    if kind == "exact":  # a bare 1100万人: reached at or beyond it on the good side
        kind = {"up": "floor", "down": "ceiling"}.get(good, "band")
    row = {
        "place": place, "indicator_key": t.indicator_key, "indicator": t.indicator, "year": year,
        "target_kind": kind, "good_direction": good, "qualifier": t.qualifier or "",
        "target_value": t.value, "target_value_high": t.value_high, "unit": t.unit,
        "target_report": target_report.name, "target_text": t.text, "target_start": t.start, "target_end": t.end,
        "target_sentence": t.sentence, "target_sentence_start": t.sentence_start,
        "target_sentence_end": t.sentence_end,
    }
    if outcome_report is None or outcomes is None:
        return {**row, "verdict": "no_next_report"}
    same = outcomes[(outcomes.indicator_key == t.indicator_key) & (outcomes.unit == t.unit)]
    if t.unit != "%":  # an increase (再提高30元) is compared with an increase, a level with a level
        same = same[[_is_change(d) == _is_change(t.direction) for d in same.direction]]
    if same.empty:
        return {**row, "verdict": "not_reported", "outcome_report": outcome_report.name}
    plausible = same[[_plausible(t.value, v, t.unit, params) for v in same.value]]
    if plausible.empty:
        return {**row, "verdict": "not_reported", "outcome_report": outcome_report.name,
                "note": f"{same.text.iloc[0]} is under the same key but too far from the target to be the same measure"}
    o = plausible.iloc[0]
    value, high, outcome = to_decimal(t.value), to_decimal(t.value_high), to_decimal(o.value)
    if value is None or outcome is None:  # (keyed rows carry values; a blank cell compares with nothing)
        return {**row, "verdict": "not_reported", "outcome_report": outcome_report.name}
    verdict, far, low, top = judge(kind, t.qualifier or "", value, high, outcome, good, params)
    point = (value + high) / 2 if high is not None else value
    gap = outcome - point
    return {
        **row, "target_low": low, "target_high": top, "outcome_value": o.value,
        "gap_abs": gap, "gap_rel": (gap / point).quantize(Decimal("0.001")) if point else None,
        "verdict": verdict, "far_from_target": far,
        "outcome_report": outcome_report.name, "outcome_text": o.text, "outcome_start": o.start,
        "outcome_end": o.end, "outcome_sentence": o.sentence, "outcome_sentence_start": o.sentence_start,
        "outcome_sentence_end": o.sentence_end,
    }


def _typed(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows read back from Parquet (exact values stored as text) with the types the tables have."""
    for column in ("value", "value_high"):
        rows[column] = [Decimal(v) if isinstance(v, str) and v else None for v in rows[column]]
    for column in ("year", "year_from", "start", "end", "sentence_start", "sentence_end"):
        rows[column] = pd.to_numeric(rows[column]).astype("Int64")
    rows["qualifier"] = rows["qualifier"].fillna("")
    return rows


def _with_direction(targets: pd.DataFrame, quantities: pd.DataFrame) -> pd.DataFrame:
    """The targets table with each figure's direction (增长 / 下降 / level) from the quantities."""
    return targets.merge(quantities[["id", "direction"]], on="id", how="left")


def _plausible(target: object, outcome: object, unit: str, params: dict[str, float]) -> bool:
    """Whether a figure can be the target's outcome at all: within ``max_outcome_points`` of a
    rate in %, within ``max_outcome_ratio`` times of anything else (a five-year total of 6600万
    new jobs is not the outcome of a 1100万 target, nor 51.2% of a 7.5% growth target)."""
    t, o = to_decimal(target), to_decimal(outcome)
    if t is None or o is None:
        return False
    if unit in ("%", "个百分点"):
        return abs(o - t) <= Decimal(str(params["max_outcome_points"]))
    if t == 0 or o == 0:
        return t == o
    ratio = abs(o / t)
    limit = Decimal(str(params["max_outcome_ratio"]))
    return 1 / limit <= ratio <= limit


def _is_change(direction: object) -> bool:
    return direction in ("increase", "decrease")


def _has_cue(sentence: object, kinds: tuple[str, ...]) -> bool:
    """Whether a sentence holds a time cue of these kinds (``data/cues.csv``: 今年 plan, 五年来 …)."""
    from govreport.cue_words import cues

    text = str(sentence)
    return any(kind in kinds and word in text for word, kind in cues().items())


def _int(value: object) -> int | None:
    number = to_decimal(value)
    return int(number) if number is not None else None


def _place_of(report) -> str:
    """A report's place as its metadata names it; 全国 for a national report; else its file name."""
    meta = report.meta
    return meta.get("place") or ("全国" if meta.get("level") == "national" else report.name)


def _manifest_places(path: Path) -> dict[str, str]:
    """File name -> place, from a corpus MANIFEST.csv (columns ``file`` and ``place``)."""
    if not path.is_file():
        return {}
    manifest = pd.read_csv(path, dtype=str).fillna("")
    if not {"file", "place"} <= set(manifest.columns):
        return {}
    return dict(zip(manifest.file, manifest.place.map(_place_stem)))


def _place_stem(place: str) -> str:
    """The place's Chinese name without an English gloss: '北京市 (Beijing)' -> '北京市'."""
    return place.split(" (")[0].strip()


# --- command line ---------------------------------------------------------------------------------


