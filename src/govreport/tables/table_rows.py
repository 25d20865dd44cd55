"""An analysis table as its builder makes it: one dict per row, before it is a table.

A reader gets the DataFrame (``frame``, tables/frames.py); corpus mode makes Arrow of the rows
in the worker (corpus/arrow_rows.py) without pandas, which workers never load. The checks read
the sector output and subsidies of the same report from their rows.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


class TableRows:
    """Rows (dicts; a key a row lacks is blank), the table's columns in order, and the columns
    that hold whole numbers (offsets, ids, years: nullable integers in the frame)."""

    __slots__ = ("rows", "columns", "int_columns")

    def __init__(self, rows: list[dict[str, Any]], columns: list[str], int_columns: Iterable[str] = ()) -> None:
        self.rows = rows
        self.columns = columns
        self.int_columns = frozenset(int_columns)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list[Any]:
        """One column's cells, None where a row lacks it."""
        return [row.get(name) for row in self.rows]

    def records(self, only: Iterable[str]) -> list[dict[str, Any]]:
        """One dict per row, of these columns only."""
        wanted = [c for c in only if c in self.columns]
        return [{c: row.get(c) for c in wanted} for row in self.rows]

    def frame(self) -> pd.DataFrame:
        """The table as a DataFrame, as the builders have always given it."""
        from govreport.tables.frames import table_from_rows

        return table_from_rows(self.rows, self.columns, self.int_columns)
