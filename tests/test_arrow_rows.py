"""Corpus mode's tables made Arrow straight from the builders' rows, without pandas.

The rows path must give the very tables the frames path gives (same schema, same cells), so the
Parquet store holds the same data whichever way a report went (on every report: in
test_outputs_unchanged.py, which builds each report's frames once for its digests too); and a store's
run must not import pandas at all (its import was half of a run's start-up).
"""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from govreport.corpus.arrow import arrow_table
from govreport.corpus.arrow_rows import rows_arrow
from govreport.report import read_report, read_text
from govreport.report.fold import simplified
from govreport.tables import build_table_rows, build_tables
from govreport.tables.table_rows import TableRows

ROOT = Path(__file__).resolve().parents[1]
FIRST = ROOT / "data" / "raw" / "jinbi_2024.txt"


def _cells(table) -> dict:
    """The table's cells, NaN as a word (NaN is not equal to itself)."""
    return {name: ["NaN" if v != v else v for v in values] for name, values in table.to_pydict().items()}


def _same(rows: TableRows, report: str = "r") -> None:
    made, expected = rows_arrow(rows, report), arrow_table(rows.frame(), report)
    assert made.schema == expected.schema
    assert _cells(made) == _cells(expected)


def test_columns_are_typed_as_pandas_types_them():
    rows = [{"text": "a", "n": 1, "x": 1.5, "flag": True, "amount": Decimal("501000000"), "mixed": 1, "blank": None,
             "start": 3, "some": 2},
            {"text": None, "n": 2, "x": None, "flag": False, "amount": None, "mixed": "b", "blank": None,
             "start": None, "some": None}]
    table = TableRows(rows, ["text", "n", "x", "flag", "amount", "mixed", "blank", "start", "some"], ["start"])
    _same(table)
    made = rows_arrow(table, "r")
    assert made["amount"].to_pylist() == ["501000000", None]  # exact, as text
    assert str(made.schema.field("start").type) == "int64" and made["start"].to_pylist() == [3, None]
    assert str(made.schema.field("some").type) == "double"  # a whole number with a blank: as pandas has it


def test_a_table_without_rows_keeps_its_columns():
    _same(TableRows([], ["text", "start"], ["start"]))
    quantities = build_table_rows(read_text("一、2023年工作回顾\n全年增长5%。\n"))["quantities"]
    empty = type(quantities)([], quantities.sources)
    assert rows_arrow(empty, "r").column_names == rows_arrow(quantities, "r").column_names


def test_a_report_in_traditional_characters_gives_the_same_rows_as_its_frames():
    """Its builders read the folded quotes and its tables quote the report as written, on the
    rows as on the frames (tables/traditional.py)."""
    import opencc

    report = read_text(opencc.OpenCC("s2tw").convert(FIRST.read_text(encoding="utf-8")))
    assert simplified(report.text) is not report.text
    rows, frames = build_table_rows(report), build_tables(report)
    assert list(rows) == list(frames) and len(rows["targets"]) > 10
    for kind, table in rows.items():
        made, expected = rows_arrow(table, "t"), arrow_table(frames[kind], "t")
        assert made.schema == expected.schema, kind
        assert _cells(made) == _cells(expected), kind
    assert rows["targets"].rows[0]["sentence"] in report.text  # quoted as written, not folded


def test_a_store_run_and_its_workers_import_no_pandas_and_no_numpy(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST.read_text(encoding="utf-8"), encoding="utf-8")
    script = (
        "import sys\n"
        "from govreport.cli import main\n"
        f"status = main(['corpus', {str(folder)!r}, '-o', {str(tmp_path / 'out')!r}, '-q'])\n"
        "from govreport.corpus.arrow_rows import rows_arrow, to_ipc\n"  # what a worker does, here in the parent
        "from govreport.report import read_report\n"
        "from govreport.tables import build_table_rows\n"
        f"for kind, t in build_table_rows(read_report({str(FIRST)!r})).items(): to_ipc(rows_arrow(t, kind))\n"
        "print(status, 'pandas' in sys.modules, 'numpy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    # numpy neither: pyarrow was imported with it hidden (corpus/lean.py), a third of the start-up
    assert done.stdout.split()[-3:] == ["0", "False", "False"], done.stdout + done.stderr
    from govreport.corpus.store import Store

    assert len(Store(tmp_path / "out").read("quantities")) == len(build_table_rows(read_report(FIRST))["quantities"])


def test_a_store_run_writes_a_traditional_report_as_its_frames_give_it(tmp_path):
    """The frames path inside a run that kept pandas away from pyarrow: the same Arrow tables."""
    import pyarrow.parquet as pq

    folder = tmp_path / "reports"
    folder.mkdir()
    text = "一、2023年工作回顧\n全年地區生產總值增長5%，糧食產量120萬噸。\n二、2024年工作安排\n今年地區生產總值增長6%左右，糧食產量125萬噸以上。\n"
    (folder / "t.txt").write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "govreport", "corpus", str(folder), "-o", str(tmp_path / "out"), "-q"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    frames = build_tables(read_text(text))
    for kind, frame in frames.items():
        stored = pq.read_table(next((tmp_path / "out" / kind).glob("*.parquet")))
        expected = arrow_table(frame, "t")
        assert stored.schema.equals(expected.schema), kind
        assert _cells(stored) == _cells(expected), kind
    assert len(frames["targets"]) == 2


def test_hidden_packages_cannot_be_imported_while_hidden():
    from govreport.corpus.lean import Hidden

    sys.modules.pop("this_package_is_hidden", None)
    with Hidden("this_package_is_hidden"):
        with pytest.raises(ImportError, match="not needed here"):
            import this_package_is_hidden  # noqa: F401
    assert not any(isinstance(f, Hidden) for f in sys.meta_path)
