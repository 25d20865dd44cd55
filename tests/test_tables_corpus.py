"""The tables never raise on other reports (they may be empty); skipped without the corpus."""
from __future__ import annotations

import pytest

from test_tables_frames import CORPUS

REPORTS = sorted(CORPUS.glob("*.txt"))[::5] if CORPUS.is_dir() else []


@pytest.mark.skipif(not REPORTS, reason="../shared/corpus is not present")
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_tables_build_on_another_report(path) -> None:
    import govreport

    tables = govreport.build_tables(govreport.read_report(path))
    assert list(tables) == ["quantities", "sector_output", "subsidies", "targets", "checks"]
    text = govreport.read_report(path).text
    for name in ("sector_output", "subsidies", "targets"):
        for r in tables[name].itertuples():
            assert text[r.start:r.end] == r.text
