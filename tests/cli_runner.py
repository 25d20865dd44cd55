"""The command line run in the test's own process: a subprocess costs a second of imports.

Exit status, stdout and stderr as a subprocess would give them; an exception that escapes
``main`` fails the test just as a traceback on stderr would. Signals and the ``python -m``
entry point itself are tested in real subprocesses where it matters.
"""
from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path
from types import SimpleNamespace


def run_cli(*args: str | Path, env: dict | None = None) -> SimpleNamespace:
    from govreport import cli

    out, err = io.StringIO(), io.StringIO()
    saved = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli.main([str(a) for a in args])
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return SimpleNamespace(returncode=status, stdout=out.getvalue(), stderr=err.getvalue())
