"""Every table of the first report and of every corpus report is byte for byte the accepted output,
cites exactly its characters, reads into sound rows, and is the same from rows as from frames
(tests/report_checks.py): this file checks the first half of the reports, by size, and
test_outputs_unchanged_b.py the second, so each test worker builds about half of them, once."""
from __future__ import annotations

from output_digests import reports
from report_checks import EXPECTED, ReportChecks, halves, pytest_generate_tests  # noqa: F401 (a pytest hook)


class TestFirstHalf(ReportChecks):
    names = halves()[0]


def test_every_report_is_recorded() -> None:
    assert set(reports()) <= set(EXPECTED), "a report without recorded digests: run tests/output_digests.py --update"


def test_the_halves_hold_every_recorded_report_once() -> None:
    first, second = halves()
    assert sorted(first + second) == sorted(EXPECTED) and not set(first) & set(second)
