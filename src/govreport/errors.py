"""The package's one exception type, so callers and the CLI can tell our errors from bugs."""
from __future__ import annotations


class GovReportError(Exception):
    """A problem with an input report or an output path, phrased for a user.

    The message names the file and the problem in one line, e.g.
    ``report.txt: empty file``; the CLI prints it to stderr and exits 2.
    """

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class GovReportWarning(UserWarning):
    """Input read, but not exactly as stored (e.g. a file cut mid-character); one line for a user."""


def warn(path: object, problem: str) -> None:
    """Warn about an input in one line: ``<path>: <problem>`` (the CLI prints ``warning: …``)."""
    import warnings

    warnings.warn(f"{path}: {problem}", GovReportWarning, stacklevel=3)
