"""A table's rows into a DataFrame and back, column by column.

Each report's tables are a few small frames, so pandas' fixed cost per operation (a column
set one at a time, a frame made from a list of dicts, ``to_dict("records")``) weighed more
than the rows themselves in corpus mode. These helpers give the same frames and rows as those
calls, made in one step per table.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

import numpy as np
import pandas as pd


def int_array(values: Iterable[Any]) -> pd.api.extensions.ExtensionArray:
    """Offsets and ids as nullable integers, so a missing one stays blank (not 49.0 in a CSV).

    Made from its numbers and its blanks directly: ``pd.array(…, dtype="Int64")`` spent most of
    its time working out what the values are, for a few dozen offsets a table."""
    numbers: list[int] = []
    blank: list[bool] = []
    for v in values:
        if type(v) is not int and (v is None or pd.isna(v)):
            numbers.append(0)
            blank.append(True)
        else:
            numbers.append(int(v))
            blank.append(False)
    return pd.arrays.IntegerArray(np.array(numbers, dtype=np.int64), np.array(blank, dtype=bool))


_NONE = type(None)
_TEXT = pd.Series(["x", None]).dtype  # what pandas makes of a column of text: ``str`` (Arrow) from pandas 3
_ARROW_TEXT = isinstance(_TEXT, pd.StringDtype) and _TEXT.storage == "pyarrow"
_TEXT_KINDS = ({str}, {str, _NONE})


def _column(values: list[Any]) -> Any:
    """A column of text (str, blanks as None) straight into pandas' Arrow-backed text array, the
    array pandas would infer, without the inference (a fifth of a table's construction); any
    other column as the list, for pandas to infer as ever."""
    if _ARROW_TEXT and set(map(type, values)) in _TEXT_KINDS:
        import pyarrow as pa

        return pd.arrays.ArrowStringArray(pa.array(values, pa.large_string()), dtype=_TEXT)
    return values


def table_from_rows(rows: list[dict[str, Any]], columns: list[str], int_columns: Iterable[str] = ()) -> pd.DataFrame:
    """The frame ``pd.DataFrame(rows, columns=columns)`` with ``int_columns`` as nullable
    integers (blank where missing, not 49.0 in a CSV), made from one list per column (a key a row lacks
    is None here, NaN there: blank in either output)."""
    if not rows:  # most reports have no sector output or subsidy: the same empty frame every time
        return shared_copy(_empty_table(tuple(columns), frozenset(int_columns)))
    ints = set(int_columns)
    arrays: list[Any] = []
    for c in columns:
        values = [row.get(c) for row in rows]
        if c in ints:
            arrays.append(int_array(values))
        else:
            column = _column(values)
            arrays.append(column if column is not values else _sanitize(values))
    return _frame(arrays, columns, len(rows))


def _frame(arrays: list[Any], columns: list[str], length: int) -> pd.DataFrame:
    """The frame of these ready-made columns. pandas' own constructor checked and converted each
    column again (a sixth of a small table's making); its internal one for columns it may trust
    is used where this pandas has it, and where a name comes twice the public one decides."""
    if _FROM_ARRAYS is not None and _pandas_sanitize is not _no_sanitize and len(set(columns)) == len(columns):
        return _FROM_ARRAYS(arrays, columns=_index(tuple(columns)), index=pd.RangeIndex(length), verify_integrity=False)
    return pd.DataFrame(dict(zip(columns, arrays))) if len(set(columns)) == len(columns) \
        else pd.DataFrame(dict(zip(columns, arrays)), columns=columns)  # pragma: no cover - other pandas releases


@cache
def _index(columns: tuple[str, ...]) -> pd.Index:
    """The column index of a kind of table, made once: an Index cannot change, so every frame of
    that kind may share it (making it, with its inference, was a twelfth of a small table's cost)."""
    return pd.Index(list(columns))


@cache
def _empty_table(columns: tuple[str, ...], int_columns: frozenset[str]) -> pd.DataFrame:
    """A table without rows: object columns (as a frame made from no rows has), nullable
    integers for ``int_columns``. Kept, and handed out as copies."""
    data: dict[str, Any] = {c: int_array([]) if c in int_columns else np.array([], dtype=object) for c in columns}
    # the columns stand in their order already: naming them again cost a lookup each (a name twice: as pandas does it)
    return pd.DataFrame(data) if len(data) == len(columns) else pd.DataFrame(data, columns=list(columns))


def shared_copy(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table kept for reuse, which the caller may change without changing it: a
    shallow one where pandas copies on write (pandas 3), else a deep one."""
    return table.copy(deep=not _COPY_ON_WRITE)


def _no_sanitize(values: list[Any], index: Any) -> Any:  # pragma: no cover - other pandas releases
    return values


try:  # pandas' inference of a list's dtype, as its constructor applies it to each column
    from pandas.core.construction import sanitize_array as _pandas_sanitize
except ImportError:  # pragma: no cover - other pandas releases
    _pandas_sanitize = _no_sanitize


def _sanitize(values: list[Any]) -> Any:
    """A list as the array pandas' constructor makes of it (int64, float64, bool or object)."""
    return _pandas_sanitize(values, None)


_FROM_ARRAYS = getattr(pd.DataFrame, "_from_arrays", None)
# pandas 3 copies on write: a shallow copy of the kept empty frame can never change it
_COPY_ON_WRITE = int(pd.__version__.split(".")[0]) >= 3


def records(table: pd.DataFrame, only: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """``table.to_dict("records")``: one dict per row, from one list per column; with ``only``,
    of those columns the table has (a column's values as a list cost more than the rest)."""
    if table.empty:  # no row to read: skip asking every column for its values
        return []
    columns, arrays = table.columns.tolist(), column_arrays(table)
    if only is not None:
        wanted = set(only)
        kept = [(c, a) for c, a in zip(columns, arrays) if c in wanted]
        columns, arrays = [c for c, _ in kept], [a for _, a in kept]
    return [dict(zip(columns, values)) for values in zip(*(a.tolist() for a in arrays))]


def column_arrays(frame: pd.DataFrame) -> list[Any]:
    """The frame's columns as arrays, in order. pandas' own iterator skips making a Series per
    column (a fifteenth of the time, for a report's few small tables); it is not public API, so
    where a pandas release lacks it, the columns are asked for one by one."""
    own = getattr(frame, "_iter_column_arrays", None)
    if own is not None:
        return list(own())
    return [frame[c].array for c in frame.columns]  # pragma: no cover - other pandas releases
