"""Every table of the first report and of every corpus report is byte for byte the accepted output
(tests/fixtures/output_digests.json, see tests/output_digests.py): a refactoring or a speed-up
changes no row. Corpus reports are skipped where ../shared/corpus is absent."""
from __future__ import annotations

import json

import pytest

from output_digests import FIXTURE, digests, reports

EXPECTED = json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_tables_are_byte_identical(name: str) -> None:
    path = reports().get(name)
    if path is None:
        pytest.skip("../shared/corpus is not present")
    changed = [table for table, digest in digests(path).items() if EXPECTED[name].get(table) != digest]
    assert not changed, (f"{name}: {', '.join(changed)} differ from the recorded output; if the change is meant, "
                         "run `.venv/bin/python tests/output_digests.py --update` and say why in the commit")


def test_every_report_is_recorded() -> None:
    assert set(reports()) <= set(EXPECTED), "a report without recorded digests: run tests/output_digests.py --update"
