"""Every table of the first report and of every corpus report is byte for byte the accepted output
(tests/fixtures/output_digests.json, see tests/output_digests.py): a refactoring or a speed-up
changes no row. Every row of the analysis tables also cites exactly the characters it stands on
(which also shows the tables build on every report). Corpus reports are skipped where
../shared/corpus is absent."""
from __future__ import annotations

import json

import pytest

import govreport
from output_digests import FIXTURE, digests_of, reports

EXPECTED = json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_tables_are_byte_identical(name: str) -> None:
    path = reports().get(name)
    if path is None:
        pytest.skip("../shared/corpus is not present")
    report = govreport.read_report(path)
    tables = govreport.build_tables(report)
    assert list(tables) == ["quantities", "sector_output", "subsidies", "targets", "checks"]
    for kind in ("sector_output", "subsidies", "targets"):  # every row traces to the characters it cites
        for row in tables[kind].itertuples():
            assert report.text[row.start:row.end] == row.text, (kind, row.text)
    changed = [table for table, digest in digests_of(tables).items() if EXPECTED[name].get(table) != digest]
    assert not changed, (f"{name}: {', '.join(changed)} differ from the recorded output; if the change is meant, "
                         "run `.venv/bin/python tests/output_digests.py --update` and say why in the commit")


def test_every_report_is_recorded() -> None:
    assert set(reports()) <= set(EXPECTED), "a report without recorded digests: run tests/output_digests.py --update"
