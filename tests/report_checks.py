"""The checks every whole report gets, built once per report: the first report and each corpus
report (../shared/corpus, skipped where absent). Two test files (test_outputs_unchanged.py and
test_outputs_unchanged_b.py) each take half of the reports, by size, so the two test workers
share the building (under ``--dist loadfile`` a file runs whole in one worker).

- every table is byte for byte the accepted output (tests/fixtures/output_digests.json, see
  tests/output_digests.py): a refactoring or a speed-up changes no row;
- every row of the analysis tables cites exactly the characters it stands on;
- the quantities are sound spans (in order, not overlapping, finite exact values), a corpus report
  has a review and a plan part, its plan yields targets, and its review year is the one the
  corpus's MANIFEST.csv records (read from the report's own headings; the manifest only checks);
- the rows corpus workers write as Arrow (build_table_rows, no pandas) are those same tables,
  cell for cell."""
from __future__ import annotations

import json
from decimal import Decimal
from functools import cache

import pandas as pd
import pytest

import govreport
from govreport.corpus.arrow import arrow_table
from govreport.corpus.arrow_rows import rows_arrow
from govreport.tables import build_table_rows
from output_digests import CORPUS, FIXTURE, digests_of, reports
from test_arrow_rows import _cells

EXPECTED: dict[str, dict[str, str]] = json.loads(FIXTURE.read_text(encoding="utf-8"))


def halves() -> tuple[list[str], list[str]]:
    """The recorded reports in two halves of about equal text, largest first into the lighter
    half (name order where the corpus is absent: those reports skip anyway)."""
    found = reports()
    size = {name: found[name].stat().st_size if name in found else 0 for name in EXPECTED}
    parts: tuple[list[str], list[str]] = ([], [])
    loads = [0, 0]
    for name in sorted(EXPECTED, key=lambda n: (-size[n], n)):
        lighter = loads.index(min(loads))
        parts[lighter].append(name)
        loads[lighter] += size[name]
    return sorted(parts[0]), sorted(parts[1])


@cache
def built(name: str) -> tuple[govreport.Report, dict[str, pd.DataFrame]]:
    """The report and its tables (the frames), once per report for every check below."""
    path = reports().get(name)
    if path is None:
        pytest.skip("../shared/corpus is not present")
    report = govreport.read_report(path)
    return report, govreport.build_tables(report)


@cache
def manifest_review_years() -> dict[str, int]:
    """file stem -> the year its review covers, as the corpus's MANIFEST.csv records it."""
    table = pd.read_csv(CORPUS / "MANIFEST.csv", dtype=str)
    return {row.file.removesuffix(".txt"): int(row.review_year) for row in table.itertuples()
            if str(row.review_year).isdigit()}


def assert_sound_rows(report: govreport.Report, table: pd.DataFrame) -> None:
    """Every row is a faithful, non-overlapping span with a finite exact value."""
    assert list(table["start"]) == sorted(table["start"])
    ends = table["end"].tolist()
    for row, previous_end in zip(table.itertuples(index=False), [-1, *ends[:-1]]):
        assert row.text == report.text[row.start:row.end], row
        assert row.start >= previous_end, f"overlapping spans at {row.start}"
        assert isinstance(row.value, Decimal) and row.value.is_finite(), row
        assert row.value_high is None or (isinstance(row.value_high, Decimal) and row.value_high.is_finite())


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Each test class below names its half of the reports."""
    if "name" in metafunc.fixturenames and metafunc.cls is not None:
        metafunc.parametrize("name", metafunc.cls.names)


class ReportChecks:
    """The checks of one half of the reports (``names``, set by a subclass in each test file)."""

    names: list[str] = []

    def test_tables_are_byte_identical(self, name: str) -> None:
        report, tables = built(name)
        assert list(tables) == ["quantities", "sector_output", "subsidies", "targets", "checks"]
        for kind in ("sector_output", "subsidies", "targets"):  # every row traces to the characters it cites
            for row in tables[kind].itertuples():
                assert report.text[row.start:row.end] == row.text, (kind, row.text)
        changed = [table for table, digest in digests_of(tables).items() if EXPECTED[name].get(table) != digest]
        assert not changed, (f"{name}: {', '.join(changed)} differ from the recorded output; if the change is "
                             "meant, run `.venv/bin/python tests/output_digests.py --update` and say why in the commit")

    def test_report_reads_into_sound_rows_with_a_review_and_a_plan(self, name: str) -> None:
        report, tables = built(name)
        quantities = tables["quantities"]
        assert {"review", "plan"} <= set(report.parts), f"parts found: {sorted(report.parts)}"
        assert report.parts["review"].end <= report.parts["plan"].start
        assert len(quantities) > 0
        assert_sound_rows(report, quantities)
        in_plan = quantities[quantities["part"] == "plan"]
        assert (in_plan["role"] == "target").any(), "no target figures in the plan part"

    def test_review_year_is_the_one_the_manifest_records(self, name: str) -> None:
        report, tables = built(name)
        expected = manifest_review_years().get(name) if CORPUS.is_dir() else None
        if expected is None:
            pytest.skip("the corpus manifest records no review year for this report")
        assert (report.review_year, report.plan_year) == (expected, expected + 1)
        table = tables["quantities"]
        review = table[(table["part"] == "review") & table["role"].isin(["actual", "target"])]
        assert (review["role"] == "actual").mean() >= 0.9, "the review part should state last year's results"

    def test_every_table_is_the_same_from_rows_as_from_frames(self, name: str) -> None:
        report, frames = built(name)
        rows = build_table_rows(report)
        assert list(rows) == list(frames)
        for kind, table in rows.items():
            made, expected = rows_arrow(table, name), arrow_table(frames[kind], name)
            assert made.schema == expected.schema, kind
            assert _cells(made) == _cells(expected), kind
