"""A report's tables as Arrow: the schema the Parquet store keeps, and the bytes a worker sends.

Tables are made Arrow in the worker (in parallel) and sent to the parent as Arrow IPC streams,
which the parent writes in batches (corpus/store.py). Pickling the pandas frames or the Arrow
tables cost the two processes 2.5–3.5 ms a report together (dozens of small columns, each
pickled on its own); an IPC stream is a few buffers, about a fifth of that.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from govreport.corpus.arrow_rows import cell_text, from_ipc, to_ipc  # noqa: F401  (the bytes a worker sends: made there)
from govreport.tables.frames import column_arrays


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
    for column in frame.columns.tolist():
        if column in columns:  # the table's own ``report`` column gives way, as with assign
            continue
        values = frame[column]
        if values.dtype == object:
            columns[column] = pd.array([cell_text(v) for v in values], dtype="string")
        else:
            columns[column] = values.array  # arrays, not Series: nothing to align, whatever the index
    return pd.DataFrame(columns, index=frame.index)


def arrow_table(frame: pd.DataFrame, report: str) -> Any:
    """The table as a ``pyarrow.Table`` with a ``report`` column first, made column by column:
    the schema ``arrow_ready`` gives (mixed-object columns as text, exact values exact), without
    pandas' own conversion, which cost three times the Parquet writing for a report's few small
    tables. Nullable integers stay integers with blanks."""
    if not len(frame):  # most reports have no sector output or subsidy: one empty table per kind of frame
        return _empty_arrow(_kind(frame), frame)
    return _arrow_columns(frame, column_arrays(frame), report)


def table_ipc(frame: pd.DataFrame, report: str) -> bytes:
    """``to_ipc(arrow_table(frame, report))``; for an empty frame, the bytes made once for its kind."""
    if len(frame):
        return to_ipc(_arrow_columns(frame, column_arrays(frame), report))
    kind = _kind(frame)
    data = _EMPTY_IPC.get(kind)
    if data is None:
        data = _EMPTY_IPC[kind] = to_ipc(_empty_arrow(kind, frame))
    return data


def _kind(frame: pd.DataFrame) -> tuple:
    """What an empty frame's Arrow table depends on: its column names and dtypes (a dtype says
    which array holds the column). pandas' block manager lists the dtypes without making a
    Series or an array per column (a report's three empty tables cost a tenth of their Arrow
    conversion that way); where a pandas release lacks it, ``frame.dtypes``."""
    dtypes = getattr(getattr(frame, "_mgr", None), "get_dtypes", None)
    return tuple(map(str, frame.columns.tolist())), tuple(dtypes() if dtypes is not None else frame.dtypes)


def _arrow_columns(frame: pd.DataFrame, columns: list[Any], report: str) -> Any:
    import pyarrow as pa

    names, arrays = ["report"], [pa.array([report] * len(frame), pa.string())]
    for column, values in zip(frame.columns.tolist(), columns):
        if column == "report":
            continue
        if values.dtype == object:
            array = pa.array([cell_text(v) for v in values.tolist()], pa.string())
        elif type(values) is _PYTHON_TEXT and values.dtype.na_value is np.nan:
            # text kept as Python strings, blanks as NaN (the quantities table): its own conversion
            # copied the strings and looked for blanks first; from_pandas takes NaN for a blank
            array = pa.array(values._ndarray, pa.string(), from_pandas=True)
        else:  # numpy, or str / Int64 / boolean arrays that hand themselves to Arrow
            array = pa.array(values)
        names.append(str(column))
        arrays.append(array)
    return pa.Table.from_arrays(arrays, names=names)


_PYTHON_TEXT = pd.arrays.StringArray


_EMPTY: dict[tuple, Any] = {}
_EMPTY_IPC: dict[tuple, bytes] = {}


def _empty_arrow(kind: tuple, frame: pd.DataFrame) -> Any:
    """The Arrow table of an empty frame with these column names, array types and dtypes (an
    Arrow table cannot change, so one serves every report)."""
    table = _EMPTY.get(kind)
    if table is None:
        table = _EMPTY[kind] = _arrow_columns(frame, column_arrays(frame), "")
    return table
