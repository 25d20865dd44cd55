"""Tables of a report in traditional characters, built as for simplified text.

The table builders match words (产值, 补贴, 总投资 …) in each figure's sentence, and those
words are written in simplified characters. For a report in traditional characters the
builders get the quantities with ``text``, ``sentence`` and ``section`` folded to simplified
(one character for one, so every offset still holds); afterwards every cell that quotes the
report — a figure's text, its sentence, its section — is put back as the report writes it,
sliced from the original text by its offsets. Labels the builders compose (a sector's label,
an explanation) stay in simplified characters, the same as for a simplified copy.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from govreport.extract.quantity_rows import COLUMNS, QuantityRows
from govreport.report.fold import simplified
from govreport.tables.table_rows import TableRows

if TYPE_CHECKING:
    import pandas as pd

FOLDED = ("text", "sentence", "section")


def fold_quantities(quantities: pd.DataFrame, text: str | None = None) -> tuple[pd.DataFrame, dict[str, str]]:
    """The quantities with quoted columns in simplified characters, and folded → original for
    the sentences and sections (to put back cells that carry no offsets); the table itself,
    unchanged, when nothing folds (the usual case). ``text``, the report's: the cells quote it,
    so where it has no traditional character none of them has (one search, not one a cell)."""
    if text is not None and simplified(text) is text:
        return quantities, {}
    folded, back = _folded_columns(lambda c: quantities[c].tolist() if c in quantities.columns else None)
    if not folded:
        return quantities, back
    table = quantities.copy()
    for column, values in folded.items():
        table[column] = values
    return table, back


def _folded_columns(column_of: Callable[[str], list[Any] | None]) -> tuple[dict[str, list[Any]], dict[str, str]]:
    """Each quoted column (``column_of`` gives its cells, None if the table lacks it) that folds, as its folded
    cells, and folded → original for the sentences and sections."""
    out: dict[str, list[Any]] = {}
    back: dict[str, str] = {}
    for column in FOLDED:
        values = column_of(column)
        if values is None:
            continue
        done: dict[str, str] = {}
        for v in values:
            if type(v) is str and v not in done:
                done[v] = simplified(v)
        changed = {v: f for v, f in done.items() if f != v}
        if not changed:
            continue
        out[column] = [changed.get(v, v) if type(v) is str else v for v in values]
        if column != "text":
            back.update({f: v for v, f in changed.items()})
    return out, back


def restore_quotes(table: pd.DataFrame, text: str, back: dict[str, str]) -> pd.DataFrame:
    """Cells that quote the report, as the report writes them.

    ``X`` with ``X_start``/``X_end`` (or ``text`` with ``start``/``end``, ``sentence`` with
    ``sentence_start``/``sentence_end``) is sliced from ``text``; a sentence or section without
    offsets (``baseline_sentence``, a check's ``sentences``) is looked up in ``back``; a check's
    ``figures`` come from its ``starts`` and ``ends``.
    """
    if not len(table):
        return table
    table = table.copy()
    for column, values in _restored(table.columns.tolist(), lambda c: table[c], text, back).items():
        table[column] = values
    return table


def restore_row_quotes(table: TableRows, text: str, back: dict[str, str]) -> TableRows:
    """``restore_quotes`` for a builder's rows (corpus workers, which make no frames)."""
    if not len(table):
        return table
    restored = _restored(table.columns, table.column, text, back)
    rows = [dict(row) for row in table.rows]
    for column, values in restored.items():
        for row, value in zip(rows, values):
            if value is not None or column in row:
                row[column] = value
    return TableRows(rows, table.columns, table.int_columns)


def fold_quantity_rows(quantities: QuantityRows, text: str) -> tuple[QuantityRows, dict[str, str]]:
    """``fold_quantities`` for the extractor's rows: the same folded cells and folded → original."""
    if simplified(text) is text or not quantities.rows:
        return quantities, {}
    columns = [list(cells) for cells in zip(*quantities.rows)]
    at = {column: i for i, column in enumerate(COLUMNS[1:])}
    folded, back = _folded_columns(lambda c: columns[at[c]])
    if not folded:
        return quantities, back
    for column, values in folded.items():
        columns[at[column]] = values
    return QuantityRows(list(zip(*columns)), quantities.sources), back


def _restored(columns: list[str], column_of: Callable[[str], Iterable[Any]], text: str,
              back: dict[str, str]) -> dict[str, list[Any]]:
    """The columns ``restore_quotes`` changes, each as its new cells (``column_of`` gives a column's)."""
    out: dict[str, list[Any]] = {}
    for column in columns:
        prefix = "" if column == "text" else column.removesuffix("_text") + "_" if column.endswith("_text") else \
            "sentence_" if column == "sentence" else None
        if prefix is not None and f"{prefix}start" in columns and f"{prefix}end" in columns:
            out[column] = [_slice(text, value, s, e) for value, s, e in
                           zip(column_of(column), column_of(f"{prefix}start"), column_of(f"{prefix}end"))]
        elif column in ("section", "baseline_sentence"):
            out[column] = [back.get(v, v) if type(v) is str else v for v in column_of(column)]
        elif column == "sentences":
            out[column] = [" | ".join(back.get(p, p) for p in v.split(" | ")) if type(v) is str else v
                           for v in column_of(column)]
        elif column == "figures" and "starts" in columns and "ends" in columns:
            out[column] = [_slices(text, v, s, e) for v, s, e in
                           zip(column_of(column), column_of("starts"), column_of("ends"))]
    return out


def _slice(text: str, value: object, start: object, end: object) -> object:
    """``text[start:end]`` where the offsets are whole numbers and the slice is ``value`` folded."""
    try:
        s, e = int(start), int(end)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return value
    if type(value) is not str or not (0 <= s <= e <= len(text)) or simplified(text[s:e]) != value:
        return value
    return text[s:e]


def _slices(text: str, value: object, starts: object, ends: object) -> object:
    """A check's ``;``-joined figure texts, each sliced from ``text`` by its offsets."""
    if not (type(value) is str and type(starts) is str and type(ends) is str):
        return value
    parts, s, e = value.split(";"), starts.split(";"), ends.split(";")
    if not len(parts) == len(s) == len(e):
        return value
    return ";".join(str(_slice(text, p, a, b)) for p, a, b in zip(parts, s, e))
