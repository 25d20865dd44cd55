"""The second half of the reports, by size, through the checks of tests/report_checks.py (the
first half is in test_outputs_unchanged.py): each test worker builds about half of them, once."""
from __future__ import annotations

from report_checks import ReportChecks, halves, pytest_generate_tests  # noqa: F401 (a pytest hook)


class TestSecondHalf(ReportChecks):
    names = halves()[1]
