"""Corpus output that resumes: one Parquet dataset per table kind, written a batch of reports at a time.

Layout of ``OUT`` (``python -m govreport corpus DIR -o OUT``)::

    OUT/quantities/<batch>.parquet       the rows of a batch of reports, with a ``report`` column
    OUT/quantities/<batch>.1.parquet     … a file more where a report's table has another schema
    OUT/targets/<batch>.parquet          … one folder (dataset) per table kind
    OUT/texts/<report>.txt               the extracted text of a Word, PDF or HTML report
    OUT/reports.parquet                  one row per file: format, years, counts, error, hash
    OUT/.state/<batch>.json              the batch's reports (content hash, metadata, rows) and
                                         which of its files holds each report's table

Reports are written in batches because a Parquet file has a fixed cost (about a millisecond a
file: a fifth of a report's time when each report's five tables had a file each). A report's
table goes into the batch file of its exact schema (an empty table has text columns where a full
one has numbers), so each report reads back with the schema and rows it had alone, and DuckDB
sees the same schemas as before.

A batch's files are written (each atomically) before its state file, and a state file is
removed before its files are, so a report counts as done only when all its tables are, and a
file no state names (a run killed in between) is removed by the next run. A re-run skips every
report whose hash — of its bytes, its metadata JSON and the package's own code and data — is
unchanged; a report changed or gone is forgotten first: its batch is written again without it.
Queries over the datasets go through DuckDB (:func:`query`), which reads them without loading
the whole corpus.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import os
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from govreport.config import PACKAGE
from govreport.corpus.runner import TEXTS
from govreport.outputs import clean_stale, write_arrow_atomic, write_text_atomic
from govreport.report.metadata import metadata_path

if TYPE_CHECKING:  # a store's run never imports pandas; reading the datasets into frames does
    import pandas as pd

STATE = ".state"
_batch_numbers = itertools.count()


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


@dataclass
class Finished:
    """One report ready to store: its tables as ``pyarrow.Table``s (``report`` column first)."""

    name: str
    hash: str
    tables: dict[str, Any]
    meta: dict[str, Any] = field(default_factory=dict)
    text: str = ""  # the extracted text of a Word, PDF or HTML report, which its offsets refer to


def new_batch_id() -> str:
    """A batch's name, unique across runs and processes, in the order batches were made."""
    return f"{time.time_ns():020d}-{os.getpid()}-{next(_batch_numbers)}"


class Store:
    """The Parquet datasets of one corpus output folder."""

    def __init__(self, out: str | Path) -> None:
        self.out = Path(out)
        self._states: dict[str, dict[str, Any]] | None = None  # batch -> its state, read once
        self._batch_of: dict[str, str] = {}  # report -> the batch holding it

    # --- what is done --------------------------------------------------------------------------

    def states(self) -> dict[str, dict[str, Any]]:
        """Every batch's state (read from ``.state`` once, then kept up to date by this object)."""
        if self._states is None:
            self._states = {}
            for path in sorted((self.out / STATE).glob("*.json")):
                try:
                    state = json.loads(path.read_text(encoding="utf-8"))
                    reports, files = state["reports"], state["files"]
                except (OSError, ValueError, KeyError, TypeError):
                    continue  # unreadable: its reports are not done, its files are removed as orphans
                if isinstance(reports, dict) and isinstance(files, dict):
                    self._states[path.stem] = state
            self._batch_of = {name: batch for batch, state in self._states.items() for name in state["reports"]}
        return self._states

    def done(self) -> dict[str, dict[str, Any]]:
        """Each stored report's hash, metadata and rows per table, by report."""
        states = self.states()
        return {name: states[batch]["reports"][name] for name, batch in self._batch_of.items()}

    def state(self, report: str) -> dict[str, Any] | None:
        """The report's hash, metadata and rows per table, or None when it is not stored."""
        states = self.states()
        batch = self._batch_of.get(report)
        return states[batch]["reports"][report] if batch is not None else None

    def is_done(self, report: str, content_hash: str) -> bool:
        """Whether the report's tables were written, completely, from this very content and code."""
        state = self.state(report)
        return state is not None and state.get("hash") == content_hash

    # --- writing -------------------------------------------------------------------------------

    def write(self, report: str, content_hash: str, tables: dict[str, pd.DataFrame], meta: dict[str, Any],
              text: str = "") -> None:
        """Write one report's tables (a batch of one)."""
        from govreport.corpus.arrow import arrow_table

        arrow = {kind: arrow_table(table, report) for kind, table in tables.items()}
        self.write_batch([Finished(report, content_hash, arrow, meta, text)])

    def write_batch(self, reports: list[Finished]) -> None:
        """Write reports as one batch: texts, then one file per table kind and schema, then the
        state; a crash before the state leaves them not done (and their files orphans)."""
        import pyarrow as pa

        self.forget([r.name for r in reports if self.state(r.name) is not None])  # never a report twice
        reports = sorted(reports, key=lambda r: r.name)
        batch = new_batch_id()
        # clean=False: the run cleans a killed run's temporaries once (clean_temporaries), not per file
        for r in reports:
            if r.text:
                write_text_atomic(self.out / TEXTS / f"{safe_name(r.name)}.txt", r.text, clean=False)
        files: dict[str, dict[str, list[str]]] = {}
        kinds = list(dict.fromkeys(kind for r in reports for kind in r.tables))
        for kind in kinds:
            groups: dict[Any, list[Finished]] = {}
            for r in reports:
                if kind in r.tables:
                    groups.setdefault(r.tables[kind].schema, []).append(r)
            files[kind] = {}
            for number, members in enumerate(groups.values()):
                name = f"{batch}.parquet" if number == 0 else f"{batch}.{number}.parquet"
                tables = [r.tables[kind] for r in members]
                write_arrow_atomic(pa.concat_tables(tables) if len(tables) > 1 else tables[0],
                                   self.out / kind / name, clean=False)
                files[kind][name] = [r.name for r in members]
        state = {"reports": {r.name: {"hash": r.hash, "meta": r.meta,
                                      "rows": {kind: t.num_rows for kind, t in r.tables.items()}} for r in reports},
                 "files": files}
        self._save_state(batch, state)

    def _save_state(self, batch: str, state: dict[str, Any]) -> None:
        write_text_atomic(self.out / STATE / f"{batch}.json",
                          json.dumps(state, ensure_ascii=False, default=str), clean=False)
        self.states()[batch] = json.loads(json.dumps(state, default=str))  # as it reads back
        self._batch_of.update((name, batch) for name in state["reports"])

    def forget(self, reports: Iterable[str]) -> None:
        """Take reports out of the datasets: each batch holding one is written again without it
        (its state removed first, so a crash meanwhile leaves its other reports not done, never
        a report twice), and the old batch's files removed."""
        self.states()
        gone = {r for r in reports if r in self._batch_of}
        if not gone:  # the usual call: nothing to take out (pyarrow.compute is not loaded for it)
            return
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        for batch in sorted({self._batch_of[r] for r in gone}):
            state = self.states().pop(batch)
            (self.out / STATE / f"{batch}.json").unlink(missing_ok=True)
            for name in state["reports"]:
                self._batch_of.pop(name, None)
            keep = [name for name in state["reports"] if name not in gone]
            new = new_batch_id()
            files: dict[str, dict[str, list[str]]] = {}
            for kind, by_file in state["files"].items():
                files[kind] = {}
                for number, (old, members) in enumerate(by_file.items()):
                    kept = [m for m in members if m not in gone]
                    if kept:
                        table = pq.read_table(self.out / kind / old)
                        table = table.filter(pc.is_in(table["report"], value_set=pa_strings(kept)))
                        name = f"{new}.parquet" if number == 0 else f"{new}.{number}.parquet"
                        write_arrow_atomic(table, self.out / kind / name, clean=False)
                        files[kind][name] = kept
            if keep:
                self._save_state(new, {"reports": {n: state["reports"][n] for n in keep}, "files": files})
            for kind, by_file in state["files"].items():
                for old in by_file:
                    (self.out / kind / old).unlink(missing_ok=True)
        for report in gone:
            (self.out / TEXTS / f"{safe_name(report)}.txt").unlink(missing_ok=True)

    def forget_others(self, reports: Iterable[str]) -> None:
        """Remove the reports no longer in the folder, so the datasets hold this run's only."""
        keep = set(reports)
        self.forget([name for name in self.done() if name not in keep])
        names = {safe_name(r) for r in keep}
        for path in self.out.glob(f"{TEXTS}/*.txt"):
            if path.stem not in names:
                path.unlink()

    def clean_temporaries(self) -> None:
        """Remove the temporaries of a run ended mid-write (interrupted while it wrote)."""
        for folder in [self.out, *(p for p in self.out.glob("*") if p.is_dir())]:
            clean_stale(folder)

    def clean_orphans(self) -> None:
        """Remove the files no batch's state names (written by a run killed before the state), and
        state files that are no batch's (unreadable, or of an older layout: one file a report)."""
        for path in (self.out / STATE).glob("*.json"):
            if path.stem not in self.states():
                path.unlink(missing_ok=True)
        named = {(kind, name) for state in self.states().values() for kind, by_file in state["files"].items()
                 for name in by_file}
        for kind in self.kinds():
            for path in (self.out / kind).glob("*.parquet"):
                if (kind, path.name) not in named:
                    path.unlink(missing_ok=True)

    # --- reading -------------------------------------------------------------------------------

    def kinds(self) -> list[str]:
        return sorted(p.name for p in self.out.iterdir() if p.is_dir() and not p.name.startswith(".")
                      and p.name != TEXTS) if self.out.is_dir() else []

    def read(self, kind: str) -> pd.DataFrame:
        """One table kind for the whole corpus, reports in name order (in memory: for CSV output
        and small corpora). Integer columns come back as nullable integers, as the tables have
        them (the files carry no pandas schema, so a column with a blank would otherwise turn to
        floats)."""
        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq

        files = sorted((self.out / kind).glob("*.parquet"))
        if not files:
            return pd.DataFrame()
        ints = {pa.int64(): pd.Int64Dtype()}
        table = pd.concat([pq.read_table(f).to_pandas(types_mapper=ints.get) for f in files], ignore_index=True)
        # reports in the order of their names as files (as when each had a file), rows in theirs
        order = table["report"].map(lambda r: f"{safe_name(r)}.parquet").argsort(kind="stable")
        return table.iloc[order.to_numpy()].reset_index(drop=True)


def read_reports(out: str | Path) -> pd.DataFrame:
    """``OUT/reports.parquet`` as a frame, its whole numbers (years, counts) nullable integers."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    return pq.read_table(Path(out) / "reports.parquet").to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)


def pa_strings(values: list[str]) -> Any:
    import pyarrow as pa

    return pa.array(values, pa.string())


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
