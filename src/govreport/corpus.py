"""Corpus mode: every report in a folder, read on all cores, into one table per kind.

``python -m govreport corpus DIR -o OUT`` writes ``OUT/<kind>.csv`` (quantities, sector_output,
…) for the whole folder with a ``report`` column first, plus ``OUT/reports.csv`` (one row per
file: how it was read, or why it failed). A bad file is named on stderr and skipped.
"""
from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from govreport.errors import GovReportError

REPORT_SUFFIXES = (".txt", ".htm", ".html")
REPORT_META_KEYS = ("place", "level", "review_year", "plan_year", "encoding", "format")


@dataclass
class ReportResult:
    """What one worker sends back: the report's tables, or the one-line reason it failed."""

    name: str
    file: str
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    error: str = ""


def find_reports(folder: str | Path) -> list[Path]:
    """The report files in a folder (not its subfolders), sorted by name; MANIFEST.csv etc. ignored."""
    folder = Path(folder)
    if not folder.exists():
        raise GovReportError(folder, "no such folder")
    if not folder.is_dir():
        raise GovReportError(folder, "not a folder")
    files = sorted(
        p for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES and not p.name.startswith(".")
    )
    if not files:
        raise GovReportError(folder, "no reports (*.txt, *.htm, *.html) in folder")
    return files


def report_names(files: list[Path]) -> dict[Path, str]:
    """Each file's name in the tables: its stem, or its full name where two files share a stem."""
    stems = [p.stem for p in files]
    return {p: p.stem if stems.count(p.stem) == 1 else p.name for p in files}


def tables_for(report: Any) -> dict[str, pd.DataFrame]:
    """Every table the package builds for one report (just quantities if tables are not built yet)."""
    try:
        from govreport.tables import build_tables
    except ImportError:
        from govreport import extract_quantities

        return {"quantities": extract_quantities(report)}
    return build_tables(report)


def process_report(path: Path, name: str) -> ReportResult:
    """Read one report and build its tables; any failure becomes a one-line error, never a crash."""
    from govreport import read_report

    result = ReportResult(name=name, file=path.name)
    try:
        report = read_report(path)
        result.tables = tables_for(report)
        result.meta = {key: report.meta.get(key) for key in REPORT_META_KEYS}
    except GovReportError as exc:
        result.error = exc.problem
    except Exception as exc:  # a bug on one report must not stop the corpus; it is reported
        result.error = f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]
    return result


def run_corpus(folder: str | Path, jobs: int = 2, progress: bool = True) -> list[ReportResult]:
    """Process every report in ``folder``; results in file-name order, whatever the finishing order."""
    files = find_reports(folder)
    names = report_names(files)
    results: list[ReportResult] = []
    from tqdm import tqdm

    bar = tqdm(total=len(files), unit="report", file=sys.stderr, disable=not progress, desc="reports")
    try:
        if jobs <= 1:
            for path in files:
                results.append(process_report(path, names[path]))
                bar.update()
        else:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                futures = {pool.submit(process_report, path, names[path]): path for path in files}
                for future in as_completed(futures):
                    results.append(_result_of(future, futures[future], names))
                    bar.update()
    finally:
        bar.close()
    return sorted(results, key=lambda r: r.name)


def _result_of(future: Any, path: Path, names: dict[Path, str]) -> ReportResult:
    """A worker's result; a worker that died (killed, out of memory) fails only its own report."""
    try:
        return future.result()
    except Exception as exc:
        return ReportResult(name=names[path], file=path.name, error=f"worker failed: {type(exc).__name__}: {exc}".splitlines()[0])


def combine_tables(results: list[ReportResult]) -> dict[str, pd.DataFrame]:
    """One table per kind for the whole corpus: ``report`` column first, rows by report then row."""
    kinds: list[str] = []
    for result in results:
        kinds += [kind for kind in result.tables if kind not in kinds]
    combined: dict[str, pd.DataFrame] = {}
    for kind in kinds:
        frames = []
        for result in results:
            if kind in result.tables:
                table = result.tables[kind].reset_index(drop=True)
                frames.append(table.assign(report=result.name)[["report", *[c for c in table.columns if c != "report"]]])
        combined[kind] = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return combined


def reports_table(results: list[ReportResult]) -> pd.DataFrame:
    """One row per file: its name, how it was read and how many figures it gave, or its error."""
    rows = []
    for r in results:
        quantities = r.tables.get("quantities")
        rows.append({
            "report": r.name, "file": r.file, **{key: r.meta.get(key) for key in REPORT_META_KEYS},
            "quantities": None if quantities is None else len(quantities), "error": r.error,
        })
    return pd.DataFrame(rows, columns=["report", "file", *REPORT_META_KEYS, "quantities", "error"])


def summary_line(results: list[ReportResult], tables: dict[str, pd.DataFrame], seconds: float) -> str:
    """E.g. ``25 reports read, 0 failed, 4321 quantities (2900 actual, 1100 target) in 3.2 s``."""
    failed = sum(bool(r.error) for r in results)
    quantities = tables.get("quantities")
    count = 0 if quantities is None else len(quantities)
    roles = ""
    if quantities is not None and "role" in quantities:
        by_role = quantities["role"].value_counts()
        roles = f" ({by_role.get('actual', 0)} actual, {by_role.get('target', 0)} target)"
    return f"{len(results) - failed} reports read, {failed} failed, {count} quantities{roles} in {seconds:.1f} s"


def write_corpus(tables: dict[str, pd.DataFrame], reports: pd.DataFrame, out: str | Path) -> None:
    from govreport.outputs import write_csv_atomic

    out = Path(out)
    for kind, table in tables.items():
        write_csv_atomic(table, out / f"{kind}.csv")
    write_csv_atomic(reports, out / "reports.csv")


def _cmd_corpus(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    results = run_corpus(args.folder, jobs=args.jobs, progress=not args.quiet)
    for r in results:
        if r.error:
            print(f"error: {Path(args.folder) / r.file}: {r.error}", file=sys.stderr)
    if all(r.error for r in results):
        raise GovReportError(args.folder, f"all {len(results)} reports failed; nothing written")
    tables = combine_tables([r for r in results if not r.error])
    write_corpus(tables, reports_table(results), args.output)
    print(summary_line(results, tables, time.perf_counter() - started))
    return 0


def add_corpus_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``corpus DIR -o OUT [--jobs N] [--quiet]`` to the CLI."""
    p = subparsers.add_parser(
        "corpus", help="every report in a folder into one CSV per table kind",
        description="Read every report in DIR (*.txt, *.htm, *.html; metadata <name>.json beside each "
        "where present) and write one CSV per table kind for the whole folder, with a `report` column, "
        "plus reports.csv (one row per file). A bad file is named on stderr and skipped.",
    )
    p.add_argument("folder", metavar="DIR", help="folder of reports")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="folder to write the CSV files into")
    p.add_argument("-j", "--jobs", type=int, default=2, help="worker processes (default 2; 1 = no pool)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_corpus)
    return p
