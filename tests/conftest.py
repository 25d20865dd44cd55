"""Session hooks shared by the tests, and the property tests' profiles."""
from __future__ import annotations

from hypothesis import settings

# Each property test (hypothesis) draws 100 examples in `make test`, new ones every run (not derandomised), and
# 1,000 in `make test-thorough` (pytest's --hypothesis-profile thorough); a test that sets its own count keeps it.
settings.register_profile("fast", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile("fast")


def pytest_collection_finish(session) -> None:
    """Start the briefing runs of test_site_brief.py in the background once they are selected.

    They are subprocesses (papermill and a kernel per notebook) that take most of their time
    starting kernels; begun here, they run beside the rest of the suite instead of after it.
    Under pytest-xdist (make test) every worker collects every test and calls this; the first to
    claim the runs' folder starts them, at the session's start, whichever worker later runs the file.
    """
    if session.config.option.collectonly:
        return
    for item in session.items:
        module = getattr(item, "module", None)
        if module is not None and module.__name__.endswith("test_site_brief") and "sites" in getattr(item, "fixturenames", ()):
            module.start_runs()
            return
