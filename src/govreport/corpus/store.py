"""Corpus output that resumes: one Parquet dataset per table kind, written report by report.

Layout of ``OUT`` (``python -m govreport corpus DIR -o OUT``)::

    OUT/quantities/<report>.parquet      one file per report, with a ``report`` column
    OUT/targets/<report>.parquet         … one folder (dataset) per table kind
    OUT/texts/<report>.txt               the extracted text of a Word, PDF or HTML report
    OUT/reports.parquet                  one row per file: format, years, counts, error, hash
    OUT/.state/<report>.json             the content hash a report's files were made from

A report's files are written (each atomically) before its state file, and its old state file
is removed before they are, so a report counts as done only when all its tables are; a re-run
skips every report whose hash — of its bytes, its metadata JSON and the package's own code and
data — is unchanged. Memory stays bounded by the largest report: nothing is combined in memory.
Queries over the datasets go through DuckDB (:func:`query`), which reads them without loading
the whole corpus.
"""
from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from govreport.config import PACKAGE
from govreport.corpus.runner import TEXTS
from govreport.errors import GovReportError
from govreport.outputs import clean_stale, write_arrow_atomic, write_parquet_atomic, write_text_atomic
from govreport.report.metadata import metadata_path
from govreport.tables.frames import column_arrays

STATE = ".state"


@cache
def code_signature() -> str:
    """A hash of the package's code and data: outputs made by other code are not reused."""
    root = PACKAGE
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".csv", ".json") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def report_hash(path: str | Path) -> str:
    """The report's content hash: its bytes, the metadata JSON beside it, and the code signature."""
    path = Path(path)
    digest = hashlib.sha256(code_signature().encode())
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    sidecar = metadata_path(path)
    if sidecar.is_file() and sidecar != path:
        digest.update(sidecar.read_bytes())
    return digest.hexdigest()


def safe_name(report: str) -> str:
    """A report name as one file name (subfolder names joined with ``__``)."""
    return report.replace("/", "__")


class Store:
    """The Parquet datasets of one corpus output folder."""

    def __init__(self, out: str | Path) -> None:
        self.out = Path(out)

    def state(self, report: str) -> dict[str, Any] | None:
        path = self.out / STATE / f"{safe_name(report)}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def is_done(self, report: str, content_hash: str) -> bool:
        """Whether the report's tables were written, completely, from this very content and code."""
        state = self.state(report)
        return state is not None and state.get("hash") == content_hash

    def write(self, report: str, content_hash: str, tables: dict[str, pd.DataFrame], meta: dict[str, Any],
              text: str = "") -> None:
        """Write one report's tables (and the extracted text of a Word, PDF or HTML report, which
        its offsets refer to: ``texts/<report>.txt``), then its state; a crash in between leaves
        it not done."""
        state_path = self.out / STATE / f"{safe_name(report)}.json"
        state_path.unlink(missing_ok=True)
        # clean=False: the run cleans a killed run's temporaries once (clean_temporaries), not per file
        if text:
            write_text_atomic(self.out / TEXTS / f"{safe_name(report)}.txt", text, clean=False)
        for kind, table in tables.items():
            write_arrow_atomic(arrow_table(table, report), self.out / kind / f"{safe_name(report)}.parquet",
                               clean=False)
        counts = {kind: len(table) for kind, table in tables.items()}
        write_text_atomic(state_path, json.dumps({"hash": content_hash, "meta": meta, "rows": counts},
                                                 ensure_ascii=False, default=str), clean=False)

    def forget_others(self, reports: Iterable[str]) -> None:
        """Remove the files of reports no longer in the folder, so the datasets hold this run's only."""
        keep = {safe_name(r) for r in reports}
        for path in [*self.out.glob("*/*.parquet"), *self.out.glob(f"{TEXTS}/*.txt")]:
            if path.stem not in keep:
                path.unlink()
        for path in (self.out / STATE).glob("*.json"):
            if path.stem not in keep:
                path.unlink()

    def clean_temporaries(self) -> None:
        """Remove the temporaries of workers ended mid-write (a run interrupted while they wrote)."""
        for folder in [self.out, *(p for p in self.out.glob("*") if p.is_dir())]:
            clean_stale(folder)

    def kinds(self) -> list[str]:
        return sorted(p.name for p in self.out.iterdir() if p.is_dir() and not p.name.startswith(".")
                      and p.name != TEXTS) if self.out.is_dir() else []

    def read(self, kind: str) -> pd.DataFrame:
        """One table kind for the whole corpus (in memory: for CSV output and small corpora).
        Integer columns come back as nullable integers, as the tables have them (the files carry
        no pandas schema, so a column with a blank would otherwise turn to floats)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        files = sorted((self.out / kind).glob("*.parquet"))
        if not files:
            return pd.DataFrame()
        ints = {pa.int64(): pd.Int64Dtype()}
        return pd.concat([pq.read_table(f).to_pandas(types_mapper=ints.get) for f in files], ignore_index=True)


def arrow_ready(frame: pd.DataFrame, report: str | None = None) -> pd.DataFrame:
    """Columns of mixed Python objects (exact Decimals, None) as text, so every report's file has
    the same schema; exact values stay exact (``5.01亿元`` → ``"501000000"``) as in the CSV.
    With ``report``, a ``report`` column of that name comes first (as ``frame.assign`` makes it).

    The frame is made in one step from its columns: setting them one at a time cost more than
    writing the file, for a report's few small tables. (The index is left as it is: Parquet
    files are written without it.)"""
    columns: dict[str, Any] = {}
    if report is not None:
        columns["report"] = pd.array([report] * len(frame), dtype="str")
    for column in frame.columns:
        if column in columns:  # the table's own ``report`` column gives way, as with assign
            continue
        values = frame[column]
        if values.dtype == object:
            columns[column] = pd.array([None if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)
                                        for v in values], dtype="string")
        else:
            columns[column] = values.array  # arrays, not Series: nothing to align, whatever the index
    return pd.DataFrame(columns, index=frame.index)


def arrow_table(frame: pd.DataFrame, report: str) -> Any:
    """The table as a ``pyarrow.Table`` with a ``report`` column first, made column by column:
    the schema ``arrow_ready`` gives (mixed-object columns as text, exact values exact), without
    pandas' own conversion, which cost three times the Parquet writing for a report's few small
    tables. Nullable integers stay integers with blanks."""
    import pyarrow as pa

    names, arrays = ["report"], [pa.array([report] * len(frame), pa.string())]
    for column, values in zip(frame.columns, column_arrays(frame)):
        if column == "report":
            continue
        if values.dtype == object:
            array = pa.array([None if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)
                              for v in values.tolist()], pa.string())
        else:  # numpy, or str / Int64 / boolean arrays that hand themselves to Arrow
            array = pa.array(values)
        names.append(str(column))
        arrays.append(array)
    return pa.Table.from_arrays(arrays, names=names)



def query(out: str | Path, sql: str) -> pd.DataFrame:
    """Run SQL over a corpus output with DuckDB; each table kind is a view of its dataset.

    ``query("corpus_out", "select report, count(*) from quantities group by report")``
    """
    import duckdb

    out = Path(out)
    con = duckdb.connect()
    try:
        for kind in Store(out).kinds():
            pattern = (out / kind / "*.parquet").as_posix().replace("'", "''")
            con.execute(f"create view \"{kind}\" as select * from read_parquet('{pattern}', union_by_name=true)")
        return con.execute(sql).df()
    finally:
        con.close()


def run_to_store(args: Any, out: Path, limits: Any, started: float) -> int:
    """``corpus --format parquet``: read what changed, write report by report, say how to resume."""
    import time

    from govreport.corpus.runner import ReportResult, exit_status, name_failures, reports_table, run_corpus
    from govreport.outputs import write_parquet_atomic

    folder = Path(args.folder)
    store = Store(out)
    hashes: dict[str, str] = {}

    def skip(path: Path, name: str) -> ReportResult | None:
        hashes[name] = report_hash(path)
        state = store.state(name) if store.is_done(name, hashes[name]) else None
        if state is None:
            return None
        return ReportResult(name, path.relative_to(folder).as_posix(), meta=state.get("meta", {}),
                            rows=state.get("rows", {}), reused=True)

    def write(result: ReportResult) -> ReportResult:
        """In the worker (forked after ``skip`` saw every file, so ``hashes`` is complete): the
        report's files are written there, in parallel, and only its row comes back."""
        if not result.error:
            try:
                store.write(result.name, hashes[result.name], result.tables, result.meta, result.text)
            except GovReportError as exc:  # e.g. the disk is full: this report is not done
                result.error = f"its tables could not be written: {exc}"
            else:
                result.rows = {kind: len(table) for kind, table in result.tables.items()}
        result.tables, result.text = {}, ""
        return result

    # what the command line says on Ctrl-C or SIGTERM: finished reports are kept, whole
    args.on_interrupt = (f"error: interrupted; the reports finished so far are in {out} "
                         "(run the same command again to resume)")
    store.clean_temporaries()  # a killed run's, once: the writes below do not look for them
    try:
        results = run_corpus(folder, jobs=args.jobs, progress=not args.quiet, limits=limits, skip=skip, finish=write)
    except BaseException:  # interrupted: the workers are ended by now, some perhaps mid-write
        store.clean_temporaries()
        raise
    name_failures(results, folder)
    store.forget_others([r.name for r in results if not r.error])
    reports = reports_table(results).assign(reused=[r.reused for r in results], hash=[hashes.get(r.name, "") for r in results])
    write_parquet_atomic(arrow_ready(reports), out / "reports.parquet")
    failed = sum(bool(r.error) for r in results)
    reused = sum(r.reused for r in results)
    figures = sum(r.rows.get("quantities", 0) for r in results)
    print(f"{len(results) - failed} reports in {out} ({len(results) - failed - reused} read, {reused} unchanged "
          f"since the last run), {failed} failed, {figures} quantities in {time.perf_counter() - started:.1f} s")
    return exit_status(results, out / "reports.parquet", args.allow_partial)
