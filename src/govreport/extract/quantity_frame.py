"""The quantities DataFrame, made from the extractor's rows (extract/quantity_rows.py).

Apart from the extractor so that reading a report needs no pandas: a reader's table is made
here, on demand; corpus workers make Arrow of the rows instead.
"""
from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd

from govreport.extract.numerals import format_decimal
from govreport.extract.quantity_rows import COLUMNS, DECIMALS, OFFSETS, SOURCES, YEARS

# pandas' str dtype kept in Python storage whether or not pyarrow is installed: the same
# values, and the table builders' row-by-row work on them is faster than on Arrow strings
TEXT = pd.StringDtype("python", na_value=np.nan)


def quantity_frame(rows: list[tuple], sources: dict[str, str]) -> pd.DataFrame:
    """The rows as a table with COLUMNS; years as nullable integers; ``sources`` (SOURCES) the
    same in every row."""
    if not rows:
        frame = pd.DataFrame({name: pd.Series(dtype="int64" if name == "id" else "Int64" if name in YEARS else object)
                              for name in COLUMNS if name not in SOURCES})
        for name in SOURCES:
            frame[name] = pd.array([], dtype=TEXT)
        return frame
    data: dict[str, object] = {"id": np.arange(1, len(rows) + 1)}
    for name in SOURCES:
        data[name] = pd.array([sources[name]] * len(rows), dtype=TEXT)
    for name, values in zip(COLUMNS[1:], zip(*rows)):
        # np.fromiter, not np.array: np.array looks into every cell for a nested sequence first (a
        # third of the table's making); pandas takes the ready object array as it is
        if name in YEARS:
            data[name] = _nullable_ints(values)
        elif name in OFFSETS:
            data[name] = np.fromiter(values, dtype=np.int64, count=len(values))
        else:  # typed up front, pandas need not infer each column
            cells = np.fromiter(values, dtype=object, count=len(values))
            data[name] = cells if name in DECIMALS else pd.array(cells, dtype=TEXT)
    if _FROM_ARRAYS is None:  # pragma: no cover - other pandas releases
        return pd.DataFrame(data, columns=COLUMNS, copy=False)
    # the columns are ready-made arrays: pandas' internal constructor for such columns skips
    # checking each again and matching names to keys (a third of the table's making)
    return _FROM_ARRAYS([data[name] for name in COLUMNS], columns=_columns_index(), index=pd.RangeIndex(len(rows)),
                        verify_integrity=False)


_FROM_ARRAYS = getattr(pd.DataFrame, "_from_arrays", None)


@cache
def _columns_index() -> pd.Index:
    """The table's column index, made once (an Index cannot change: every table may share it)."""
    return pd.Index(COLUMNS)


def _nullable_ints(values: tuple[int | None, ...]) -> pd.arrays.IntegerArray:
    """Years as an Int64 column (None -> <NA>), built from a mask (pd.array would coerce each cell)."""
    cells = np.fromiter(values, dtype=object, count=len(values))
    mask = np.equal(cells, None)  # type: ignore[call-overload]  # (compared in C, cell by cell; numpy's stubs want an array)
    return pd.arrays.IntegerArray(np.where(mask, 0, cells).astype(np.int64), mask)


def to_csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The table as written to CSV: exact values in plain decimal notation."""
    out = frame.copy()
    out["value"] = out["value"].map(format_decimal)
    out["value_high"] = out["value_high"].map(lambda v: format_decimal(v) if v is not None and v == v else "")
    return out
