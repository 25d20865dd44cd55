"""A store's run starts without the packages it never uses: pandas, and numpy under pyarrow.

pyarrow imports numpy when it is itself imported, if numpy is installed: that was two thirds of
pyarrow's import and a third of a corpus run's fixed start-up, while a store's run hands pyarrow
Python lists only (corpus/arrow_rows.py). Imported with numpy hidden, pyarrow takes lists as
before and numpy arrays not at all; the one place a run may still give it a numpy array (a
report in traditional characters, whose tables are frames) goes through Python lists then
(corpus/arrow.py). Only the command line's store run does this, in a process nothing else uses.
"""
from __future__ import annotations

import sys
from typing import Any


class Hidden:
    """An import finder that refuses some top-level packages while it is on ``sys.meta_path``."""

    def __init__(self, *packages: str) -> None:
        self.packages = packages

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name.split(".", 1)[0] in self.packages:
            raise ImportError(f"{name} is not needed here")
        return None

    def __enter__(self) -> Hidden:
        sys.meta_path.insert(0, self)
        return self

    def __exit__(self, *exc: Any) -> None:
        sys.meta_path.remove(self)


def import_arrow_without_numpy() -> None:
    """Import pyarrow with numpy hidden, unless either is imported already (then nothing changes)."""
    if "pyarrow" in sys.modules or "numpy" in sys.modules:
        return
    with Hidden("numpy"):
        import pyarrow  # noqa: F401
        import pyarrow.ipc  # noqa: F401
