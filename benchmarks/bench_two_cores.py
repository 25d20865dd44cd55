"""Where the second core's time goes when one long text is read on two (extract/two_cores.py).

Why: bench_extract.py times the ~1 MB text on two cores and on one; the two-core figure is well
short of twice the one-core figure. This script splits the difference into its parts, so a change
to the split can be judged by them: the serial stages (structure, the table), the two stretches
read one after the other in this process, and the same two read at once (a forked copy reads the
second), with the page faults each side takes. After a fork every page the two processes share is
copied the first time either writes to it — and reading a figure writes to many (reference counts
of lexicon entries, patterns, memoised look-ups), so each side pays for copies it would not pay alone.

Run: `.venv/bin/python benchmarks/bench_two_cores.py [--runs 5]` (after `make`; quiet machine).
"""
from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import time
from collections.abc import Callable

from bench_extract import REPORT, repeated_text
from machine import describe


def faults(who: int = resource.RUSAGE_SELF) -> int:
    """Minor page faults so far (copies of shared pages among them) of this process or its reaped children."""
    return resource.getrusage(who).ru_minflt


def timed(fn: Callable[[], object], runs: int) -> tuple[float, int, int]:
    """Median seconds of ``fn`` over ``runs`` calls, and the median page faults it caused here and
    in forked children (collector paused, as the extractor pauses it)."""
    seconds, own, children = [], [], []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        f0, c0, t0 = faults(), faults(resource.RUSAGE_CHILDREN), time.perf_counter()
        fn()
        seconds.append(time.perf_counter() - t0)
        own.append(faults() - f0)
        children.append(faults(resource.RUSAGE_CHILDREN) - c0)
        gc.enable()
    return statistics.median(seconds), int(statistics.median(own)), int(statistics.median(children))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed calls per stage (median); default 5")
    args = parser.parse_args(argv)

    import govreport
    from govreport.extract import quantities, two_cores
    from govreport.extract.quantity_frame import quantity_frame

    text, copies = repeated_text(REPORT.read_text(encoding="utf-8"))
    report = govreport.read_text(text)
    govreport.extract_quantities(report)  # warm: lexicons, patterns, memoised look-ups
    rows = quantities.extract_rows(report)
    print(describe())
    print(f"text: {copies} copies of {REPORT.name}, {len(text):,} characters; "
          f"two cores here: {'yes' if two_cores.runs_for(report) == 2 else 'no'}")

    stages = [
        ("structure (read_text), serial", lambda: govreport.read_text(text)),
        ("figures, one stretch", lambda: quantities._rows(report, runs=1)),
        ("figures, two stretches one after the other", lambda: quantities._rows(report, runs=2)),
        ("figures, two stretches at once (forked copy)", lambda: quantities._rows(report)),
        ("table (quantity_frame), serial", lambda: quantity_frame(rows.rows, rows.sources)),
    ]
    print(f"\n{'stage':<48} {'seconds':>8} {'faults':>8} {'child':>8}")
    results = {}
    for label, fn in stages:
        results[label] = seconds, own, child = timed(fn, args.runs)
        print(f"{label:<48} {seconds:8.3f} {own:8,} {child:8,}")
    serial = results["figures, two stretches one after the other"][0]
    parallel = results["figures, two stretches at once (forked copy)"][0]
    print(f"\nsecond core's gain on the figures: {serial / parallel:.2f}× (2.00× would be free); "
          f"cost over half the serial time: {parallel - serial / 2:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
