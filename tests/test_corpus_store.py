"""The resumable Parquet store of corpus mode: report by report, by content hash, read with DuckDB."""
from __future__ import annotations

from decimal import Decimal

import pandas as pd

from govreport.corpus_store import Store, arrow_ready, query, report_hash


def _tables(value: str) -> dict[str, pd.DataFrame]:
    return {"quantities": pd.DataFrame({"id": [1, 2], "value": [Decimal(value), None], "unit": ["元", "%"]})}


def test_a_report_is_done_only_for_the_content_it_was_made_from(tmp_path):
    report = tmp_path / "a.txt"
    report.write_text("一、2023年工作回顾\n全年增长5%。\n", encoding="utf-8")
    before = report_hash(report)
    store = Store(tmp_path / "out")
    assert not store.is_done("a", before)
    store.write("a", before, _tables("501000000"), {"format": "text"})
    assert store.is_done("a", before)
    report.write_text("一、2023年工作回顾\n全年增长6%。\n", encoding="utf-8")
    assert not store.is_done("a", report_hash(report))  # edited: made again
    (tmp_path / "a.json").write_text('{"place": "x"}', encoding="utf-8")
    assert report_hash(report) != before  # metadata beside it counts too


def test_exact_values_survive_the_round_trip_and_duckdb_reads_every_report(tmp_path):
    store = Store(tmp_path / "out")
    store.write("a", "h1", _tables("501000000"), {})
    store.write("b", "h2", _tables("0.035"), {})
    table = store.read("quantities")
    assert table.report.tolist() == ["a", "a", "b", "b"]
    assert [Decimal(v) for v in table.value.dropna()] == [Decimal("501000000"), Decimal("0.035")]
    counts = query(tmp_path / "out", "select report, count(*) as n from quantities group by report order by report")
    assert counts.n.tolist() == [2, 2]


def test_reports_gone_from_the_folder_leave_the_datasets(tmp_path):
    store = Store(tmp_path / "out")
    store.write("a", "h1", _tables("1"), {})
    store.write("sub/b", "h2", _tables("2"), {})
    store.forget_others(["sub/b"])
    assert store.read("quantities").report.unique().tolist() == ["sub/b"]
    assert store.state("a") is None


def test_arrow_ready_gives_every_report_the_same_schema():
    frame = arrow_ready(pd.DataFrame({"value": [Decimal("1.5"), None], "text": ["1.5亿元", "x"], "n": [1, 2]}))
    assert str(frame.value.dtype) == "string" and frame.value.tolist()[0] == "1.5"
    assert frame.n.dtype.kind == "i"
