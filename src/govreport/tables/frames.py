"""A table's rows into a DataFrame and back, column by column.

Each report's tables are a few small frames, so pandas' fixed cost per operation (a column
set one at a time, a frame made from a list of dicts, ``to_dict("records")``) weighed more
than the rows themselves in corpus mode. These helpers give the same frames and rows as those
calls, made in one step per table.
"""
from __future__ import annotations

from collections.abc import Iterable
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
    integers (``figures.with_int_columns``), made from one list per column (a key a row lacks
    is None here, NaN there: blank in either output)."""
    ints = set(int_columns)
    data: dict[str, Any] = {}
    for c in columns:
        values = [row.get(c) for row in rows]
        if c in ints:
            data[c] = int_array(values)
        else:  # an empty list would become float64; the frame made from rows has object columns
            data[c] = _column(values) if rows else np.array([], dtype=object)
    # the columns stand in their order already: naming them again cost a lookup each (a name twice: as pandas does it)
    return pd.DataFrame(data) if len(data) == len(columns) else pd.DataFrame(data, columns=columns)


def records(table: pd.DataFrame) -> list[dict[str, Any]]:
    """``table.to_dict("records")``: one dict per row, from one list per column."""
    if table.empty:  # no row to read: skip asking every column for its values
        return []
    columns = list(table.columns)
    return [dict(zip(columns, values)) for values in zip(*(a.tolist() for a in column_arrays(table)))]


def column_arrays(frame: pd.DataFrame) -> list[Any]:
    """The frame's columns as arrays, in order. pandas' own iterator skips making a Series per
    column (a fifteenth of the time, for a report's few small tables); it is not public API, so
    where a pandas release lacks it, the columns are asked for one by one."""
    own = getattr(frame, "_iter_column_arrays", None)
    if own is not None:
        return list(own())
    return [frame[c].array for c in frame.columns]  # pragma: no cover - other pandas releases
