"""Corpus mode: every report in a folder, read on all cores, into one table per kind.

``python -m govreport corpus DIR -o OUT`` writes ``OUT/<kind>.csv`` (quantities, sector_output,
…) for the whole folder and its subfolders with a ``report`` column first, plus
``OUT/reports.csv`` (one row per file: its format, how it was read, or why it failed) and the
extracted text of each Word, PDF or HTML report under ``OUT/texts/``; OUT is replaced as a
whole once everything is written. A bad file is named on stderr and skipped.

Reports are read in forked workers (corpus/workers.py), one report at a time each, so a fault
stays with its report: a report whose worker dies is retried once, a worker past the time or
memory limit is ended, and either way the report is failed with the reason while the others go
on (in a new worker). Ctrl-C ends all workers at once.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections import deque
from multiprocessing.connection import wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from govreport.corpus.workers import Worker
from govreport.errors import GovReportError

if TYPE_CHECKING:  # the Parquet store's runs never import pandas (half of a run's start-up)
    import pandas as pd

REPORT_SUFFIXES = (".txt", ".htm", ".html", ".docx", ".pdf", ".doc")
REPORT_META_KEYS = ("place", "level", "review_year", "plan_year", "parts_source", "years_source", "encoding", "format")


@dataclass
class ReportResult:
    """What one worker sends back: the report's tables, or the one-line reason it failed."""

    name: str
    file: str
    tables: dict[str, Any] = field(default_factory=dict)  # DataFrames, or the builders' rows (``rows=True``)
    meta: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    text: str = ""  # the extracted text, for a report that is not plain text (offsets refer to it)
    rows: dict[str, int] = field(default_factory=dict)  # rows per table, once the tables are stored
    reused: bool = False  # a resumed run found this report's tables already made from the same content
    arrow: dict[str, bytes] = field(default_factory=dict)  # the tables as Arrow IPC streams, for the store


REPORT_PATTERNS = ", ".join(f"*{suffix}" for suffix in REPORT_SUFFIXES)
DEFAULT_TIME_LIMIT = 300.0  # seconds per report: a real report takes about one second
DEFAULT_MEMORY_LIMIT = 4096  # MiB per worker: a real report needs about 200
_POLL = 0.2  # seconds between checks of the workers' time and memory


def find_reports(folder: str | Path) -> list[Path]:
    """The report files in a folder and its subfolders, sorted by path.

    Hidden files and folders (``.git``, ``.cache``) and files of other kinds (MANIFEST.csv,
    the ``.json`` metadata) are not reports.
    """
    folder = Path(folder)
    if not folder.exists():
        raise GovReportError(folder, "no such folder")
    if not folder.is_dir():
        raise GovReportError(folder, "not a folder")
    files = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            path = Path(dirpath) / name
            if not name.startswith(".") and path.suffix.lower() in REPORT_SUFFIXES and path.is_file():
                files.append(path)
    files.sort(key=lambda p: p.relative_to(folder).parts)
    if not files:
        raise GovReportError(folder, f"no reports ({REPORT_PATTERNS}) in folder or its subfolders")
    return files


def report_names(files: list[Path], folder: str | Path | None = None) -> dict[Path, str]:
    """Each file's name in the tables: its path below ``folder`` without the extension (just the
    stem for a file at the top), or with the extension where two files would share a name."""
    def relative(p: Path) -> Path:
        return p.relative_to(folder) if folder is not None else Path(p.name)

    stems = [relative(p).with_suffix("").as_posix() for p in files]
    return {p: stem if stems.count(stem) == 1 else relative(p).as_posix() for p, stem in zip(files, stems)}


def tables_for(report: Any) -> dict[str, pd.DataFrame]:
    """Every table the package builds for one report (just quantities if tables are not built yet)."""
    try:
        from govreport.tables import build_tables
    except ImportError:
        from govreport.extract import extract_quantities

        return {"quantities": extract_quantities(report)}
    return build_tables(report)


def rows_for(report: Any) -> dict[str, Any]:
    """The tables as their rows, for Arrow without pandas (a report in traditional characters
    too: its quotes are put back on the rows, tables/traditional.py)."""
    from govreport.tables import build_table_rows

    return build_table_rows(report)


def process_report(path: Path, name: str, file: str | None = None, rows: bool = False) -> ReportResult:
    """Read one report and build its tables (as rows with ``rows``: ``rows_for``); any failure
    becomes a one-line error, never a crash. ``file`` is the path shown in reports.csv (below
    the corpus folder; default the file name)."""
    from govreport.report import read_report
    from govreport.report.reading import text_is_derived

    result = ReportResult(name=name, file=file or path.name)
    try:
        report = read_report(path)
        result.tables = rows_for(report) if rows else tables_for(report)
        result.meta = {key: report.meta.get(key) for key in REPORT_META_KEYS}
        if text_is_derived(report.meta):
            result.text = report.text
    except GovReportError as exc:
        result.error = exc.problem
    except MemoryError:
        result.error = "out of memory"
    except Exception as exc:  # a bug on one report must not stop the corpus; it is reported
        result.error = f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]
    return result


@dataclass
class Limits:
    """Per-report limits: a worker past either is ended and its report recorded as failed."""

    seconds: float = DEFAULT_TIME_LIMIT
    memory_mb: float = DEFAULT_MEMORY_LIMIT


@dataclass
class _Job:
    path: Path
    name: str
    file: str
    attempt: int = 1


def _size(job: _Job) -> int:
    """The report file's size in bytes (0 if it is gone: its reading then fails as it would)."""
    try:
        return job.path.stat().st_size
    except OSError:
        return 0


def run_corpus(folder: str | Path, jobs: int = 2, progress: bool = True,
               limits: Limits | None = None, skip: Callable[[Path, str], ReportResult | None] | None = None,
               on_result: Callable[[ReportResult], ReportResult] | None = None,
               finish: Callable[[ReportResult], ReportResult] | None = None, rows: bool = False) -> list[ReportResult]:
    """Process every report in ``folder``; results in name order, whatever the finishing order.

    Reports are read in at most ``jobs`` worker processes (forked from this warmed-up one, so
    nothing is imported twice; each does one report after another, see corpus/workers.py). A
    worker that dies (killed, out of memory, a crash in a library) fails only its own report,
    which is retried once in another worker; a worker past the time or memory limit is ended
    and its report failed with the reason. Ctrl-C ends every worker at once and raises
    KeyboardInterrupt.

    ``skip(path, name)`` may return a result already made (a resumed run: nothing is read);
    ``on_result`` sees each result as it arrives and returns what to keep; ``finish`` is run on
    it in the worker, before it is sent (the Parquet store makes the tables Arrow there, in
    parallel, and the parent writes them a batch of reports at a time: corpus/resume.py).
    With ``rows`` the workers build the tables as rows (``rows_for``), and nothing imports pandas.
    """
    folder = Path(folder)
    files = find_reports(folder)
    names = report_names(files, folder)
    limits = limits or Limits()
    bar = _progress_bar(len(files), progress)
    pending: deque[_Job] = deque()
    results: list[ReportResult] = []
    keep = on_result or (lambda result: result)
    for path in files:
        done = skip(path, names[path]) if skip is not None else None
        if done is not None:
            results.append(done)
            bar.update()
        else:
            pending.append(_Job(path, names[path], path.relative_to(folder).as_posix()))
    if pending:  # a resumed run with nothing left to read needs no warm workers
        _warm_up(rows)
    # the largest reports first: the last to finish is then a small one, and no core waits long
    # at the end of the run for the other's last report (results are in name order regardless)
    pending = deque(sorted(pending, key=_size, reverse=True))
    # what the parent holds now is shared with every worker: frozen, the workers' collections
    # skip it (about a twentieth of their time) and leave its pages shared; unfrozen at the end
    gc.freeze()
    context = multiprocessing.get_context("fork")
    process = process_report  # looked up now: the workers run what the caller sees here

    def work(path: Path, name: str, file: str) -> ReportResult:
        result = process(path, name, file, rows=True) if rows else process(path, name, file)
        return finish(result) if finish is not None else result

    workers: list[Worker] = []

    def dispatch() -> None:
        """Start workers up to ``jobs`` and give each idle one the next report."""
        while pending and len(workers) < max(jobs, 1):
            workers.append(Worker(context, work))
        for w in workers:
            if w.job is None and pending:
                job = pending.popleft()
                w.give(job, (job.path, job.name, job.file))

    try:
        while pending or any(w.job is not None for w in workers):
            dispatch()
            busy = [w for w in workers if w.job is not None]
            wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=_POLL)
            arrived: list[ReportResult] = []
            for w in busy:
                outcome = w.outcome(limits.seconds, limits.memory_mb)
                if outcome is None:
                    continue
                (what, detail), job = outcome, w.job
                w.job, w.done = None, w.done + 1
                if what != "answer" or not (pending and w.worth_keeping(limits.memory_mb)):
                    w.stop(kill=what != "answer")
                    workers.remove(w)
                if what == "died" and job.attempt == 1:  # died without a reason: once more
                    pending.appendleft(_Job(job.path, job.name, job.file, attempt=2))
                    continue
                arrived.append(_result(job, what, detail, limits))
            try:  # the workers have their next report before the results are kept (a batch may be written then)
                dispatch()
            finally:  # kept even when interrupted here
                for result in arrived:
                    results.append(keep(result))
                    bar.update()
    finally:
        for w in workers:  # interrupted or failed: no worker outlives the run
            w.stop(kill=True)
        gc.unfreeze()
        bar.close()
    return sorted(results, key=lambda r: r.name)


class _NoBar:
    """What ``--quiet`` shows: nothing (and tqdm, with its version look-up, is not imported)."""

    def update(self) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, progress: bool) -> Any:
    """A tqdm bar of reports on stderr, or one that shows nothing."""
    if not progress:
        return _NoBar()
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: workers are forked
    return tqdm(total=total, unit="report", file=sys.stderr, desc="reports")


def _warm_up(rows: bool = False) -> None:
    """Import what a worker uses and fill the caches (word lists, patterns compiled on first use)
    once, before forking: after a two-line sample, each worker still compiled a few hundred
    patterns and imported five modules, a third of its time (data/corpus_warm_up.json)."""
    try:
        import govreport.report.metadata  # noqa: F401  (read_report imports these on first use)
        import govreport.report.reading  # noqa: F401
        from govreport.lexicon import read_json
        from govreport.report import read_text
        from govreport.tables import build_tables

        sample = read_text("\n".join(read_json("corpus_warm_up.json")["lines"]) + "\n")
        if rows:  # as the workers will build them: rows, then Arrow
            from govreport.corpus.arrow_rows import rows_arrow, to_ipc
            from govreport.tables import build_table_rows

            for kind, table in build_table_rows(sample).items():
                to_ipc(rows_arrow(table, kind))
        else:
            build_tables(sample)
    except Exception:  # warming up is an optimisation only
        pass


def _result(job: _Job, what: str, detail: Any, limits: Limits) -> ReportResult:
    """A job's result: the worker's answer, or the report failed with the reason it has none."""
    if what == "answer":
        return detail
    if what == "time":
        error = f"stopped after {limits.seconds:g} s (per-report time limit; --time-limit)"
    elif what == "memory":
        error = f"stopped at {detail:.0f} MiB (per-report memory limit {limits.memory_mb:g} MiB; --memory-limit)"
    elif what == "broken":
        error = f"worker sent a broken result: {detail}"
    else:  # died, the second time
        error = f"{detail} (twice)"
    return ReportResult(job.name, job.file, error=error)


def combine_tables(results: list[ReportResult]) -> dict[str, pd.DataFrame]:
    """One table per kind for the whole corpus: ``report`` column first, rows by report then row."""
    import pandas as pd

    kinds: list[str] = []
    for result in results:
        kinds += [kind for kind in result.tables if kind not in kinds]
    combined: dict[str, pd.DataFrame] = {}
    for kind in kinds:
        having = [result for result in results if kind in result.tables]
        frames = [result.tables[kind].drop(columns="report", errors="ignore") for result in having]
        table = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0].reset_index(drop=True)
        # the report column once for the whole table, not once per report's frame (each a copy)
        names = [result.name for result in having for _ in range(len(result.tables[kind]))]
        table.insert(0, "report", pd.array(names, dtype="str"))  # text even when empty, as assign makes it
        combined[kind] = table
    return combined


REPORT_COLUMNS = ["report", "file", *REPORT_META_KEYS, "quantities", "error"]
REPORT_INTS = ("review_year", "plan_year", "quantities")  # whole numbers, blank where unknown


def report_rows(results: list[ReportResult]) -> list[dict[str, Any]]:
    """One row per file (REPORT_COLUMNS): its name, how it was read and how many figures it
    gave, or its error."""
    rows = []
    for r in results:
        quantities = r.tables.get("quantities")
        count = len(quantities) if quantities is not None else r.rows.get("quantities")
        rows.append({
            "report": r.name, "file": r.file, **{key: r.meta.get(key) for key in REPORT_META_KEYS},
            "format": r.meta.get("format") or _FORMAT_BY_SUFFIX.get(Path(r.file).suffix.lower(), ""),
            "quantities": count, "error": r.error,
        })
    return rows


def reports_table(results: list[ReportResult]) -> pd.DataFrame:
    """``report_rows`` as a frame, its whole numbers nullable integers."""
    import pandas as pd

    table = pd.DataFrame(report_rows(results), columns=REPORT_COLUMNS)
    for column in REPORT_INTS:
        table[column] = pd.array([None if v is None or pd.isna(v) else int(v) for v in table[column]], dtype="Int64")
    return table


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


def name_failures(results: list[ReportResult], folder: str | Path) -> None:
    """Each failed report on stderr, one line; nothing written at all when every report failed."""
    for r in results:
        if r.error:
            print(f"error: {Path(folder) / r.file}: {r.error}", file=sys.stderr)
    if all(r.error for r in results):
        raise GovReportError(folder, f"all {len(results)} reports failed; nothing written")


def exit_status(results: list[ReportResult], listing: Path, allow_partial: bool) -> int:
    """1 when a report failed (the tables hold the others), unless ``--allow-partial``; else 0."""
    failed = sum(bool(r.error) for r in results)
    if failed and not allow_partial:
        print(f"error: {failed} of {len(results)} reports failed (see {listing}); "
              "the tables hold the others (--allow-partial to accept that with exit status 0)", file=sys.stderr)
        return 1
    return 0


_FORMAT_BY_SUFFIX = {".txt": "text", ".htm": "html", ".html": "html", ".docx": "docx", ".pdf": "pdf", ".doc": "doc"}


TEXTS = "texts"  # OUT/texts/<report>.txt: the extracted text of each report that is not plain text
