"""Every table of the first report and of every corpus report is byte for byte the accepted output
(tests/fixtures/output_digests.json, see tests/output_digests.py): a refactoring or a speed-up
changes no row. Every row of the analysis tables also cites exactly the characters it stands on
(which also shows the tables build on every report), and the rows corpus workers write as Arrow
(build_table_rows, no pandas) are those same tables, cell for cell. Corpus reports are skipped where
../shared/corpus is absent. Each report is built once here, for both checks."""
from __future__ import annotations

import json
from functools import cache

import pytest

import govreport
from govreport.corpus.arrow import arrow_table
from govreport.corpus.arrow_rows import rows_arrow
from govreport.tables import build_table_rows
from output_digests import FIXTURE, digests_of, reports
from test_arrow_rows import _cells

EXPECTED = json.loads(FIXTURE.read_text(encoding="utf-8"))


@cache
def built(name: str):
    """The report and its tables (the frames), once per report for the tests of this file."""
    path = reports().get(name)
    if path is None:
        pytest.skip("../shared/corpus is not present")
    report = govreport.read_report(path)
    return report, govreport.build_tables(report)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_tables_are_byte_identical(name: str) -> None:
    report, tables = built(name)
    assert list(tables) == ["quantities", "sector_output", "subsidies", "targets", "checks"]
    for kind in ("sector_output", "subsidies", "targets"):  # every row traces to the characters it cites
        for row in tables[kind].itertuples():
            assert report.text[row.start:row.end] == row.text, (kind, row.text)
    changed = [table for table, digest in digests_of(tables).items() if EXPECTED[name].get(table) != digest]
    assert not changed, (f"{name}: {', '.join(changed)} differ from the recorded output; if the change is meant, "
                         "run `.venv/bin/python tests/output_digests.py --update` and say why in the commit")


def test_every_report_is_recorded() -> None:
    assert set(reports()) <= set(EXPECTED), "a report without recorded digests: run tests/output_digests.py --update"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_table_of_a_report_is_the_same_from_rows_as_from_frames(name: str) -> None:
    report, frames = built(name)
    rows = build_table_rows(report)
    assert list(rows) == list(frames)
    for kind, table in rows.items():
        made, expected = rows_arrow(table, name), arrow_table(frames[kind], name)
        assert made.schema == expected.schema, kind
        assert _cells(made) == _cells(expected), kind
