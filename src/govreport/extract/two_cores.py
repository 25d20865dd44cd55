"""A long text's figures read on two cores: the second half by a forked copy of the process.

Why: reading figures costs about a microsecond a character, and one report of 50,000 characters
is read in a blink; a text of a million (a year's reports of a province pasted together, a
yearbook) waits about a second on one core while the machine's second core idles. Corpus mode
already keeps both cores busy with one report each; this is for one long text.

Exact by construction: the rows of a run depend on nothing before its first sentence but
memoised look-ups (quantities._token_rows resets what it carries at every sentence), so the two
halves joined are the rows of one pass; tests/test_two_cores.py checks it on every text.

Safe by restriction: a fork only where it cannot hang or surprise — a platform with ``os.fork``,
a process with one thread (not a Jupyter kernel, whose threads may hold locks), not a corpus
worker (its sibling already has the other core), ``GOVREPORT_JOBS`` not 1. A child that fails
for any reason is ignored and its half read here, so a user never sees it.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import threading
from bisect import bisect_left
from collections.abc import Callable
from typing import Final

from govreport.report.model import Report

__all__ = ["in_runs", "runs_for", "sentence_cuts"]

# Below this many characters a text is read in under a fifth of a second on one core and the
# fork (copying page tables, sending the rows back) would take a visible share of the gain.
SPLIT_MIN_CHARS: Final = 200_000

Run = Callable[[int, int], list[tuple]]


def runs_for(report: Report) -> int:
    """2 where a long text may be read on two cores here and now, else 1."""
    if len(report.scan) < SPLIT_MIN_CHARS or not hasattr(os, "fork") or os.environ.get("GOVREPORT_JOBS") == "1":
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    alone = threading.active_count() == 1 and multiprocessing.parent_process() is None
    return 2 if cores >= 2 and alone else 1


def sentence_cuts(report: Report, runs: int) -> list[int]:
    """Offsets cutting the scan into ``runs`` stretches of about equal length, each cut where a
    sentence starts (fewer where the text has too few sentences): [0, …, len(scan)]."""
    size = len(report.scan)
    starts = [s.start for s in report.sentences]
    cuts = [0]
    for k in range(1, runs):
        s = bisect_left(starts, size * k // runs)
        if s < len(starts) and cuts[-1] < starts[s] < size:
            cuts.append(starts[s])
    return cuts + [size]


def in_runs(run: Run, cuts: list[int]) -> list[tuple]:
    """``run`` over each pair of cuts, joined in order: a second run forked off where there is one
    (it reads its own stretch of the text from the start: the scan for figures too)."""
    if len(cuts) != 3:
        return [row for lo, hi in zip(cuts, cuts[1:]) for row in run(lo, hi)]
    lo, mid, hi = cuts
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: the second half, pickled into the pipe, then gone without clean-up
        code = 1
        try:
            os.close(read_fd)
            with os.fdopen(write_fd, "wb") as out:
                out.write(pickle.dumps(run(mid, hi), protocol=pickle.HIGHEST_PROTOCOL))
            code = 0
        finally:
            os._exit(code)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        try:
            first = run(lo, mid)
        finally:  # read to the end, so the child can finish writing, and reap it, even on an error here
            sent = pipe.read()
            _, status = os.waitpid(pid, 0)
    second = pickle.loads(sent) if status == 0 and sent else run(mid, hi)
    return first + second
