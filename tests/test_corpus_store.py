"""The resumable Parquet store of corpus mode: report by report, by content hash, read with DuckDB."""
from __future__ import annotations

from decimal import Decimal

import pandas as pd

from govreport.corpus.arrow import arrow_ready, arrow_table
from govreport.corpus.store import Store, query, read_reports, report_hash


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


def test_arrow_tables_keep_one_schema_and_blank_integers_stay_integers(tmp_path):
    """Written without pandas' conversion: a column of exact values is text whether or not a
    report has a blank, and an offset column with a blank reads back as integers (not 49.0)."""
    one = arrow_table(pd.DataFrame({"value": [Decimal("1.5"), None], "start": pd.array([3, None], dtype="Int64")}), "a")
    two = arrow_table(pd.DataFrame({"value": [None, None], "start": pd.array([5, 7], dtype="Int64")}), "b")
    assert one.schema == two.schema and one.column_names == ["report", "value", "start"]
    store = Store(tmp_path / "out")
    store.write("a", "h1", {"targets": pd.DataFrame({"value": [Decimal("1.5"), None],
                                                      "start": pd.array([3, None], dtype="Int64")})}, {})
    back = store.read("targets")
    assert back.start.tolist()[0] == 3 and pd.isna(back.start.tolist()[1]) and str(back.start.dtype) == "Int64"
    assert back.value.tolist()[0] == "1.5"


def test_arrow_ready_gives_every_report_the_same_schema():
    frame = arrow_ready(pd.DataFrame({"value": [Decimal("1.5"), None], "text": ["1.5亿元", "x"], "n": [1, 2]}))
    assert str(frame.value.dtype) == "string" and frame.value.tolist()[0] == "1.5"
    assert frame.n.dtype.kind == "i"


# --- corpus mode's default output: resumable Parquet datasets ---------------------------------------

import shutil
from pathlib import Path

from cli_runner import run_cli

ROOT = Path(__file__).resolve().parents[1]
JINBI = ROOT / "data" / "raw" / "jinbi_2024.txt"


def _corpus(folder: Path, out: Path):
    """``govreport corpus FOLDER -o OUT -q -j 2`` in this process (tests/cli_runner.py): the same
    command, its two workers forked from here, without a second of imports per run."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return run_cli("corpus", folder, "-o", out, "-q", "-j", "2")


def _datasets(out: Path) -> dict[str, pd.DataFrame]:
    store = Store(out)
    return {kind: store.read(kind).sort_values(["report", *store.read(kind).columns[1:2]], kind="stable")
            .reset_index(drop=True) for kind in store.kinds()}


def test_corpus_resumes_where_it_stopped_and_redoes_only_what_changed(tmp_path):
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    text = JINBI.read_text(encoding="utf-8")
    for name in ("a.txt", "b.txt", "sub/c.txt"):  # more reports than workers: more than one batch
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    first = _corpus(folder, out)
    assert first.returncode == 0, first.stderr
    assert "(3 read, 0 unchanged" in first.stdout
    clean = _datasets(out)
    assert clean["quantities"].report.drop_duplicates().tolist() == ["a", "b", "sub/c"]

    again = _corpus(folder, out)
    assert "(0 read, 3 unchanged" in again.stdout

    # b taken out (as a changed report is), then a run killed after writing a batch's files but
    # before its state: no state names them, so the next run removes them (else rows come twice)
    Store(out).forget(["b"])
    assert sorted(Store(out).done()) == ["a", "sub/c"]
    batch_file = next((out / "quantities").glob("*.parquet"))
    shutil.copy(batch_file, out / "quantities" / "00000000000000000000-1-0.parquet")
    (folder / "a.txt").write_text(text.replace("金碧镇", "金碧镇 "), encoding="utf-8")  # a changed file
    resumed = _corpus(folder, out)
    assert "(2 read, 1 unchanged" in resumed.stdout, resumed.stdout
    after = _datasets(out)
    for kind in clean:
        keep = ["b", "sub/c"]
        pd.testing.assert_frame_equal(after[kind][after[kind].report.isin(keep)].reset_index(drop=True),
                                      clean[kind][clean[kind].report.isin(keep)].reset_index(drop=True))
    reports = read_reports(out)
    assert reports.reused.tolist() == [False, False, True]

    (folder / "b.txt").unlink()  # a report gone from the folder leaves the datasets
    _corpus(folder, out)
    assert "b" not in set(Store(out).read("quantities").report)


# --- batches: many reports a file, each read back as it was alone ----------------------------------


def _arrow(report: str, frame: pd.DataFrame):
    return arrow_table(frame, report)


def test_a_batch_keeps_each_reports_schema_and_a_forgotten_report_leaves_only_its_rows(tmp_path):
    import pyarrow.parquet as pq

    from govreport.corpus.store import Finished

    full = pd.DataFrame({"value": [Decimal("1.5"), None], "start": pd.array([3, None], dtype="Int64")})
    empty = pd.DataFrame({"value": [], "start": []}, dtype=object)  # an empty table: text columns
    store = Store(tmp_path / "out")
    store.write_batch([Finished(name, f"h{name}", {"targets": _arrow(name, frame)}, {"place": name})
                       for name, frame in (("c", full), ("a", full), ("b", empty))])
    files = sorted((tmp_path / "out" / "targets").glob("*.parquet"))
    assert len(files) == 2  # one file per schema, not per report
    assert {pq.read_schema(f).field("start").type.__str__() for f in files} == {"int64", "string"}
    assert store.read("targets").report.tolist() == ["a", "a", "c", "c"]

    store.forget(["c"])
    again = Store(tmp_path / "out")  # as the next run reads it
    assert sorted(again.done()) == ["a", "b"] and again.state("a")["meta"] == {"place": "a"}
    assert again.read("targets").report.tolist() == ["a", "a"]
    assert len(list((tmp_path / "out" / "targets").glob("*.parquet"))) == 2  # b's schema is kept
    again.clean_orphans()
    assert len(list((tmp_path / "out" / "targets").glob("*.parquet"))) == 2  # every file is named by a state


def test_finished_reports_are_written_a_batch_at_a_time(tmp_path, monkeypatch):
    from govreport.corpus import resume
    from govreport.corpus.runner import ReportResult

    monkeypatch.setattr(resume, "BATCH_REPORTS", 2)
    store = Store(tmp_path / "out")
    batches = resume.Batches(store, {name: f"h{name}" for name in "abc"})
    for name in "abc":
        result = resume.send_arrow(ReportResult(name, f"{name}.txt", tables=_tables("1")))
        assert result.rows == {"quantities": 2} and not result.tables
        batches.add(result)
    assert sorted(Store(tmp_path / "out").done()) == ["a", "b"]  # the third waits for its batch
    batches.flush()
    assert sorted(Store(tmp_path / "out").done()) == ["a", "b", "c"]
    assert store.read("quantities").report.tolist() == ["a", "a", "b", "b", "c", "c"]
