"""The command line of the corpus stage: `corpus DIR -o OUT` and `track-record DIR -o FILE`.

Parsing and the one-line summaries live here, apart from the workers (runner), the Parquet store
(store) and the realisation table (track_record), so that each of those imports only downward.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from govreport.corpus.runner import (DEFAULT_MEMORY_LIMIT, DEFAULT_TIME_LIMIT, REPORT_PATTERNS, TEXTS, Limits,
                                     ReportResult, combine_tables, exit_status, name_failures, reports_table,
                                     run_corpus, summary_line)

if TYPE_CHECKING:  # frames are written here; a store's run, which writes Arrow, never imports pandas
    import pandas as pd


def write_corpus(tables: dict[str, pd.DataFrame], reports: pd.DataFrame, out: str | Path,
                 results: Sequence[ReportResult] = ()) -> None:
    """Every table and reports.csv into ``out`` as one atomic set (the old set stays until then),
    with the extracted text of every Word, PDF or HTML report under ``texts/``."""
    from govreport.outputs import write_tables_atomic

    texts = {f"{TEXTS}/{r.name}.txt": r.text for r in results if r.text and not r.error}
    write_tables_atomic({**tables, "reports": reports}, out, texts, owned=[TEXTS])


def _cmd_corpus(args: argparse.Namespace) -> int:
    from govreport.outputs import check_output_dir

    started = time.perf_counter()
    out = check_output_dir(args.output, [args.folder])
    limits = Limits(seconds=args.time_limit, memory_mb=args.memory_limit)
    if args.format == "parquet":
        from govreport.corpus.lean import import_arrow_without_numpy

        import_arrow_without_numpy()  # a third of the run's start-up, never used by it
        from govreport.corpus.resume import run_to_store

        return run_to_store(args, out, limits, started)
    results = run_corpus(args.folder, jobs=args.jobs, progress=not args.quiet, limits=limits)
    name_failures(results, args.folder)
    tables = combine_tables([r for r in results if not r.error])
    write_corpus(tables, reports_table(results), out, results)
    print(summary_line(results, tables, time.perf_counter() - started))
    return exit_status(results, out / "reports.csv", args.allow_partial)


def _positive(kind: type) -> Any:
    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be more than 0: {text!r}")
        return value
    return parse


def add_corpus_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``corpus DIR -o OUT [--jobs N] [--quiet] [--allow-partial] [limits]`` to the CLI."""
    p = subparsers.add_parser(
        "corpus", help="every report in a folder into one CSV per table kind",
        description=f"Read every report in DIR and its subfolders ({REPORT_PATTERNS}; metadata <name>.json "
        "beside each where present) and write one CSV per table kind for the whole folder, with a `report` "
        "column, plus reports.csv (one row per file: its format, how it was read, or why it failed) and, for "
        "each report that is not plain text, texts/<report>.txt (the extracted text its offsets refer to). The folder OUT is "
        "replaced as a whole when every table is written. A bad file is named on stderr and skipped; the "
        "exit status is 1 when any report failed (0 with --allow-partial), 130 on Ctrl-C (nothing written).",
    )
    p.add_argument("folder", metavar="DIR", help="folder of reports")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="folder to write the CSV files into")
    p.add_argument("-j", "--jobs", type=_positive(int), default=2, help="worker processes (default 2)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--format", choices=("parquet", "csv"), default="parquet",
                   help="parquet (default): OUT/<table>/<batch>.parquet, written a batch of reports at a time and "
                   "resumed by a re-run (reports unchanged since are skipped); csv: OUT/<table>.csv, "
                   "the whole folder replaced at the end")
    p.add_argument("--allow-partial", action="store_true",
                   help="exit status 0 even when some reports failed (they are listed in reports.csv)")
    p.add_argument("--time-limit", type=_positive(float), default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                   help=f"per-report time limit; a report past it fails (default {DEFAULT_TIME_LIMIT:g})")
    p.add_argument("--memory-limit", type=_positive(float), default=DEFAULT_MEMORY_LIMIT, metavar="MIB",
                   help=f"per-report memory limit in MiB; a report past it fails (default {DEFAULT_MEMORY_LIMIT:g})")
    p.set_defaults(func=_cmd_corpus)
    return p


def _cmd_track_record(args) -> int:
    from govreport.corpus.track_record import VERDICTS, track_record  # not imported for `corpus`
    from govreport.errors import GovReportError
    from govreport.outputs import write_table

    table = track_record(args.folder, args.place)
    if table.empty:
        raise GovReportError(args.folder, "no targets to follow up (needs consecutive reports of one place)")
    write_table(table, args.output)
    verdicts = table.verdict.value_counts()
    print(f"{args.folder}: {len(table)} rows to {args.output}: "
          + ", ".join(f"{v} {int(verdicts.get(v, 0))}" for v in VERDICTS))
    return 0


def add_track_record_parser(subparsers) -> None:
    """Add ``track-record DIR -o FILE [--place P]`` to the CLI."""
    p = subparsers.add_parser(
        "track-record", help="each year's targets against the outcomes the next report states",
        description="Read every report in DIR, pair each place's reports year by year, and write the "
        "realisation table: every keyed plan-year target with the next report's outcome, the gap and a "
        "verdict (met, missed, not_reported, no_next_report, not_set). FILE ending in .parquet is "
        "written as Parquet, anything else as UTF-8 CSV.",
    )
    p.add_argument("folder", metavar="DIR", help="folder of reports (places from metadata or MANIFEST.csv), "
                   "or the output folder of `corpus` (read through DuckDB)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the table to write (.parquet or .csv)")
    p.add_argument("--place", help="only this place's reports (e.g. 全国)")
    p.set_defaults(func=_cmd_track_record)
