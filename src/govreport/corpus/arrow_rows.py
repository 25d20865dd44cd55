"""A report's tables as Arrow straight from their rows, in the worker, without pandas.

The same tables, column types and cells as the frames give through corpus/arrow.py (a test holds
the two equal on every report), without making the frames: pandas' import was half of a corpus
run's start-up, and making and converting the frames a sixth of a worker's time per report.
Column types follow what pandas infers of a column's cells (frames.table_from_rows):

- nullable whole numbers (offsets, ids, years) as int64 with blanks;
- text (strings, blanks) as large_string, pandas' own text type;
- whole numbers without a blank as int64, numbers with a fraction or a blank as double (NaN);
- true/false without a blank as bool;
- anything else (exact Decimals, mixed cells) as text, blanks empty — as ``arrow_ready`` writes it.
"""
from __future__ import annotations

import sys
from typing import Any

import pyarrow as pa

from govreport.corpus.lean import Hidden
from govreport.extract.numerals import is_blank
from govreport.extract.quantity_rows import DECIMALS, OFFSETS, YEARS, QuantityRows
from govreport.tables.table_rows import TableRows

_NONE = type(None)
_EMPTY: dict[tuple, pa.Table] = {}


def rows_arrow(table: QuantityRows | TableRows, report: str) -> pa.Table:
    """The table as a ``pyarrow.Table`` with a ``report`` column first."""
    if isinstance(table, QuantityRows):
        return _quantities(table, report)
    if not table.rows:  # most reports have no sector output or subsidy: one empty table per kind
        key = (tuple(table.columns), table.int_columns)
        empty = _EMPTY.get(key)
        if empty is None:
            empty = _EMPTY[key] = _with_report([(c, ints([]) if c in table.int_columns else texts([]))
                                                 for c in table.columns], "", 0)
        return empty
    columns = [(c, ints(values) if c in table.int_columns else _inferred(values))
               for c, values in ((c, table.column(c)) for c in table.columns) if c != "report"]
    return _with_report(columns, report, len(table))


def _quantities(table: QuantityRows, report: str) -> pa.Table:
    """The quantities: numbers and offsets as int64 (years with blanks), exact values as text.
    An empty table has its offsets as text, as the empty frame has them (object columns)."""
    n = len(table)
    columns = []
    for name, values in table.column_lists().items():
        if name == "id" or name in YEARS or (n and name in OFFSETS):
            array = ints(values)
        elif name in DECIMALS or not n:
            array = texts(values)
        else:
            array = pa.array(values, pa.string())
        columns.append((name, array))
    return _with_report(columns, report, n)


def _with_report(columns: list[tuple[str, pa.Array]], report: str, n: int) -> pa.Table:
    names = ["report", *(name for name, _ in columns)]
    return pa.Table.from_arrays([pa.array([report] * n, pa.string()), *(a for _, a in columns)], names=names)


def ints(values: list[Any]) -> pa.Array:
    """Whole numbers as int64, blanks empty."""
    if set(map(type, values)) <= _INT_KINDS:  # the usual column: taken as it is
        return pa.array(values, pa.int64())
    return pa.array([None if is_blank(v) else int(v) for v in values], pa.int64())


def cell_text(v: Any) -> str | None:
    """A cell as text, None where blank: exact Decimals as they print (5.01亿元 -> 501000000)."""
    return v if type(v) is str else None if is_blank(v) else str(v)


def texts(values: list[Any]) -> pa.Array:
    """Cells as text (``cell_text``), as one Arrow array."""
    if set(map(type, values)) <= _TEXT_KINDS:
        return pa.array(values, pa.string())
    return pa.array([cell_text(v) for v in values], pa.string())


_INT_KINDS = {int, type(None)}
_TEXT_KINDS = {str, type(None)}


def _inferred(values: list[Any]) -> pa.Array:
    """A builder's column as pandas would type it (see the module's docstring)."""
    kinds = set(map(type, values))
    blank = _NONE in kinds
    kinds.discard(_NONE)
    if kinds == {str}:
        return pa.array(values, pa.large_string())
    if kinds and kinds <= {int, float}:
        if kinds == {int} and not blank:
            return pa.array(values, pa.int64())
        return pa.array([float("nan") if v is None else float(v) for v in values], pa.float64())
    if kinds == {bool} and not blank:
        return pa.array(values, pa.bool_())
    return texts(values)


def to_ipc(table: Any) -> bytes:
    """A ``pyarrow.Table`` as the bytes of one Arrow IPC stream (what a worker sends)."""
    sink = pa.BufferOutputStream()  # no thread pool: a report's tables are small, the cores are the workers'
    with pa.ipc.new_stream(sink, table.schema, options=pa.ipc.IpcWriteOptions(use_threads=False)) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def from_ipc(data: bytes) -> Any:
    """The ``pyarrow.Table`` of ``to_ipc``'s bytes (no copy of the columns)."""
    return pa.ipc.open_stream(pa.py_buffer(data)).read_all()


def keep_pandas_away() -> None:
    """Have pyarrow take Python lists as lists. Before converting one, pyarrow asks pandas whether
    it is one of pandas' arrays, importing pandas to ask (half of a corpus run's start-up): its
    question is answered here, once, with pandas hidden. Where pandas is wanted later (a frame's
    ``to_pandas``), pyarrow imports it then. Called before the workers are forked, as they inherit it."""
    if "pandas" in sys.modules:
        return
    with Hidden("pandas"):  # `import pandas` raises ImportError meanwhile
        pa.array([0], pa.int64())  # the first list pyarrow sees: it asks, and learns there is no pandas
