"""The quantities table as the extractor makes it: one tuple per figure, before it is a table.

A DataFrame is made of it for a reader (extract/quantity_frame.py), and Arrow for
the corpus store (corpus/arrow_rows.py); the table builders read its columns directly. None of
this imports pandas, which corpus workers never load (its import was half of a run's start-up).
"""
from __future__ import annotations

from typing import Any

COLUMNS = ["id", "start", "end", "text", "value", "value_high", "unit", "qualifier", "role", "year",
           "year_from", "indicator", "indicator_key", "indicator_en", "category", "direction", "kind", "part",
           "section", "sentence", "sentence_start", "sentence_end", "period", "parts_source", "years_source"]
SOURCES = ("parts_source", "years_source")  # how the report's parts and years were found (Report)
YEARS = ("year", "year_from")
OFFSETS = ("start", "end", "sentence_start", "sentence_end")
DECIMALS = ("value", "value_high")


class QuantityRows:
    """A report's figures as rows (COLUMNS without ``id`` and SOURCES, in text order), and the
    sources every row shares."""

    __slots__ = ("rows", "sources")

    def __init__(self, rows: list[tuple], sources: dict[str, str]) -> None:
        self.rows = rows
        self.sources = sources

    def __len__(self) -> int:
        return len(self.rows)

    def column_lists(self) -> dict[str, list[Any]]:
        """Each column's cells, by name (``id`` counts from 1, as in the table)."""
        n = len(self.rows)
        lists: dict[str, list[Any]] = {"id": list(range(1, n + 1))}
        columns = list(zip(*self.rows)) if n else [() for _ in COLUMNS[1:]]
        for name, values in zip(COLUMNS[1:], columns):
            if name not in SOURCES:
                lists[name] = list(values)
        for name in SOURCES:
            lists[name] = [self.sources[name]] * n
        return lists
