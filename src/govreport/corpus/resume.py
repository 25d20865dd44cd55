"""``corpus --format parquet``: read what changed since the last run, store it a batch at a time.

Each worker turns its report's tables into Arrow and sends them as IPC streams; the parent keeps
the finished reports until it has a batch (``BATCH_REPORTS`` reports, ``BATCH_BYTES`` of tables,
or ``BATCH_SECONDS`` since the first) and writes it (corpus/store.py). The parent holds the
finished reports, not the workers, so a worker that dies or is ended takes no finished report
with it, and an interrupted run (Ctrl-C, SIGTERM) writes what it holds before it stops; only a
run killed outright (kill -9) loses the reports of the batch in hand, which the next run reads
again.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from govreport.corpus.arrow_rows import from_ipc, ints, keep_pandas_away, rows_arrow, texts, to_ipc
from govreport.corpus.runner import (REPORT_COLUMNS, REPORT_INTS, ReportResult, exit_status, find_reports, name_failures,
                                     report_names, report_rows, run_corpus)
from govreport.corpus.store import Finished, Store, report_hash
from govreport.errors import GovReportError

BATCH_REPORTS = 64  # reports a batch holds at most: a Parquet file's fixed cost is then a sixty-fourth
BATCH_BYTES = 64 << 20  # Arrow bytes of tables a batch holds at most: memory stays bounded
BATCH_SECONDS = 10.0  # a batch is written at the latest this long after its first report finished


def send_arrow(result: ReportResult) -> ReportResult:
    """In the worker: the report's tables as Arrow IPC streams (made there, in parallel) and
    their row counts; the tables themselves (rows, or frames) stay behind."""
    if not result.error:
        try:
            result.arrow = {kind: _ipc(table, result.name) for kind, table in result.tables.items()}
        except Exception as exc:  # a value Arrow cannot take: this report fails, the others go on
            result.error = f"its tables could not be stored: {type(exc).__name__}: {exc}".splitlines()[0]
            result.arrow = {}
        else:
            result.rows = {kind: len(table) for kind, table in result.tables.items()}
    result.tables = {}
    return result


def _ipc(table: Any, report: str) -> bytes:
    """A table's IPC stream: a builder's rows made Arrow directly (every report of a run, whatever
    its characters), a frame a caller gives through corpus/arrow.py."""
    if hasattr(table, "rows"):
        return to_ipc(rows_arrow(table, report))
    from govreport.corpus.arrow import table_ipc  # a frame: pandas

    return table_ipc(table, report)


class Batches:
    """The finished reports the parent holds until they make a batch, and the writing of it."""

    def __init__(self, store: Store, hashes: dict[str, str]) -> None:
        self.store, self.hashes = store, hashes
        self.held: list[tuple[ReportResult, Finished]] = []
        self.bytes = 0
        self.since = 0.0

    def add(self, result: ReportResult) -> ReportResult:
        """Take a worker's result (``on_result``): its tables are held, the result kept without them."""
        if not result.error and result.arrow:
            tables = {kind: from_ipc(data) for kind, data in result.arrow.items()}
            if not self.held:
                self.since = time.monotonic()
            self.held.append((result, Finished(result.name, self.hashes[result.name], tables, result.meta, result.text)))
            self.bytes += sum(len(data) for data in result.arrow.values())
        result.arrow, result.text = {}, ""
        if (len(self.held) >= BATCH_REPORTS or self.bytes >= BATCH_BYTES
                or (self.held and time.monotonic() - self.since >= BATCH_SECONDS)):
            self.flush()
        return result

    def flush(self) -> None:
        """Write the reports held as one batch; if that fails (e.g. the disk is full), they are
        failed with the reason, and not done."""
        held, self.held, self.bytes = self.held, [], 0
        if not held:
            return
        try:
            self.store.write_batch([finished for _, finished in held])
        except GovReportError as exc:
            for result, _ in held:
                result.error, result.rows = f"its tables could not be written: {exc}", {}


def run_to_store(args: Any, out: Path, limits: Any, started: float) -> int:
    """``corpus --format parquet``: read what changed, write it in batches, say how to resume."""
    from govreport.outputs import write_arrow_atomic

    keep_pandas_away()  # nothing in a store's run needs pandas, whose import was half of its start-up
    folder = Path(args.folder)
    store = Store(out)
    store.clean_temporaries()  # a killed run's, once: the writes below do not look for them
    store.clean_orphans()
    files = find_reports(folder)
    names = report_names(files, folder)
    hashes = {names[path]: report_hash(path) for path in files}
    # a report changed or gone leaves the datasets before anything is read (never in them twice)
    store.forget([name for name, state in store.done().items() if state.get("hash") != hashes.get(name)])

    def skip(path: Path, name: str) -> ReportResult | None:
        state = store.state(name)
        if state is None:
            return None
        return ReportResult(name, path.relative_to(folder).as_posix(), meta=state.get("meta", {}),
                            rows=state.get("rows", {}), reused=True)

    batches = Batches(store, hashes)
    # what the command line says on Ctrl-C or SIGTERM: finished reports are kept, whole
    args.on_interrupt = (f"error: interrupted; the reports finished so far are in {out} "
                         "(run the same command again to resume)")
    try:
        results = run_corpus(folder, jobs=args.jobs, progress=not args.quiet, limits=limits, skip=skip,
                             on_result=batches.add, finish=send_arrow, rows=True)
    except BaseException:  # interrupted: the workers are ended by now; the reports they finished are kept
        try:  # a second Ctrl-C here is safe too: a batch without its state is not done, its files orphans
            batches.flush()
        finally:
            store.clean_temporaries()
        raise
    batches.flush()
    name_failures(results, folder)
    store.forget_others([r.name for r in results if not r.error])
    write_arrow_atomic(reports_arrow(results, hashes), out / "reports.parquet")
    failed = sum(bool(r.error) for r in results)
    reused = sum(r.reused for r in results)
    figures = sum(r.rows.get("quantities", 0) for r in results)
    print(f"{len(results) - failed} reports in {out} ({len(results) - failed - reused} read, {reused} unchanged "
          f"since the last run), {failed} failed, {figures} quantities in {time.perf_counter() - started:.1f} s")
    return exit_status(results, out / "reports.parquet", args.allow_partial)


def reports_arrow(results: list[ReportResult], hashes: dict[str, str]) -> Any:
    """``reports_table`` with ``reused`` and ``hash``, made as Arrow (no pandas in a store's run):
    whole numbers as int64 with blanks (read back with ``store.read_reports``)."""
    import pyarrow as pa

    rows = report_rows(results)
    columns = {name: (ints if name in REPORT_INTS else texts)([row[name] for row in rows]) for name in REPORT_COLUMNS}
    columns["reused"] = pa.array([r.reused for r in results], pa.bool_())
    columns["hash"] = texts([hashes.get(r.name, "") for r in results])
    return pa.table(columns)
