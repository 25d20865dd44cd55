"""Pipeline speed: wall time and peak memory of each stage `make` runs, and corpus-mode throughput.

Stages, each timed separately in fresh processes, writing into a temporary folder (the working
tree is never touched):
  tables     `python -m govreport tables REPORT -o DIR` for every data/raw/*.txt
  notebooks  every notebooks/*.ipynb executed by papermill (the command the Makefile uses)
  html       the executed notebooks rendered by `jupyter nbconvert --to html`
  corpus     `python -m govreport corpus ../shared/corpus -o DIR --jobs 1`, then `--jobs 2`

Peak memory is the largest resident set of any single process of the stage (the CLI, papermill,
or a kernel), read from os.wait4's rusage, which folds in every descendant that was waited for.
A stage whose piece does not exist yet (no notebooks, no corpus mode) is reported as skipped.

The last line is machine-readable:
    pipeline: tables_s=… notebooks_s=… html_s=… make_s=… peak_mb=… corpus_j1_kchar_s=… corpus_j2_kchar_s=… speedup_j2=…

Run: `make bench`, or `.venv/bin/python benchmarks/bench_pipeline.py [--runs 1]`.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from machine import CORPUS, ROOT, corpus_files, describe

PYTHON = sys.executable
BIN = Path(PYTHON).parent
MAKE_TARGET_S = 60.0


@dataclass
class Measure:
    """Wall seconds and peak resident memory (MiB) of one stage; `skipped` says why it did not run."""

    wall: float = 0.0
    peak_mb: float = 0.0
    runs: int = 0
    skipped: str = ""
    detail: str = ""
    walls: list[float] = field(default_factory=list)


class StageFailed(RuntimeError):
    """A command of a stage exited non-zero; the message carries its stderr tail."""


def run(cmd: list[str], cwd: Path = ROOT) -> tuple[float, float]:
    """Run `cmd`, return (wall seconds, peak RSS in MiB of the largest process in its tree)."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-5:]
            raise StageFailed(f"`{' '.join(map(str, cmd))}` exited {proc.returncode}: " + " | ".join(tail))
    return wall, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def measure(commands: list[list[str]], runs: int, cwd: Path = ROOT) -> Measure:
    """Median over `runs` of the summed wall time of `commands`, and the largest peak seen."""
    m = Measure(runs=runs)
    for _ in range(runs):
        total = 0.0
        for cmd in commands:
            wall, peak = run(cmd, cwd)
            total += wall
            m.peak_mb = max(m.peak_mb, peak)
        m.walls.append(total)
    m.wall = statistics.median(m.walls)
    return m


def has_corpus_mode() -> bool:
    """True when the CLI has the `corpus` subcommand (govreport.corpus has landed)."""
    probe = subprocess.run([PYTHON, "-m", "govreport", "corpus", "--help"], cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return probe.returncode == 0


def has_tables() -> bool:
    """True when govreport.tables.build_tables can be imported (the tables have landed)."""
    probe = subprocess.run([PYTHON, "-c", "from govreport.tables import build_tables"], cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return probe.returncode == 0


def stage_tables(out: Path, runs: int) -> Measure:
    reports = sorted((ROOT / "data" / "raw").glob("*.txt"))
    if not reports:
        return Measure(skipped="no data/raw/*.txt")
    if not has_tables():
        return Measure(skipped="govreport.tables.build_tables not available yet")
    cmds = [[PYTHON, "-m", "govreport", "tables", str(r), "-o", str(out / "tables" / r.stem)] for r in reports]
    m = measure(cmds, runs)
    m.detail = f"{len(reports)} report(s), one CLI process each"
    return m


def stage_notebooks(out: Path, runs: int) -> tuple[Measure, list[Path]]:
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    if not notebooks:
        return Measure(skipped="no notebooks/*.ipynb yet"), []
    dest = out / "notebooks"
    dest.mkdir(parents=True, exist_ok=True)
    executed = [dest / nb.name for nb in notebooks]
    cmds = [[str(BIN / "papermill"), "--cwd", str(nb.parent), "--log-level", "WARNING", str(nb), str(done)]
            for nb, done in zip(notebooks, executed)]
    m = measure(cmds, runs)
    m.detail = f"{len(notebooks)} notebook(s), papermill, one kernel each"
    return m, executed


def stage_html(out: Path, executed: list[Path], runs: int) -> Measure:
    if not executed:
        return Measure(skipped="no executed notebooks to render")
    cmd = [str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", "--output-dir", str(out / "html"),
           *map(str, executed)]
    m = measure([cmd], runs)
    m.detail = f"{len(executed)} notebook(s), one nbconvert process"
    return m


def stage_corpus(out: Path, jobs: int, runs: int) -> Measure:
    files = corpus_files()
    if not files:
        return Measure(skipped=f"{CORPUS} absent")
    if not has_corpus_mode():
        return Measure(skipped="`python -m govreport corpus` not available yet")
    cmd = [PYTHON, "-m", "govreport", "corpus", str(CORPUS), "-o", str(out / f"corpus_j{jobs}"), "--jobs", str(jobs)]
    m = measure([cmd], runs)
    chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
    m.detail = (f"{len(files)} reports, {chars:,} chars: {chars / m.wall / 1e3:,.0f} kchar/s, "
                f"{len(files) / m.wall:.1f} reports/s")
    return m


def kchar_s(m: Measure) -> float:
    if m.skipped or not m.wall:
        return float("nan")
    chars = sum(len(f.read_text(encoding="utf-8")) for f in corpus_files())
    return chars / m.wall / 1e3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="runs per stage (median wall time is reported)")
    args = parser.parse_args(argv)
    print(describe())

    results: dict[str, Measure] = {}
    failed = False
    with tempfile.TemporaryDirectory(prefix="govreport-bench-") as tmp:
        out = Path(tmp)
        stages = {
            "tables": lambda: stage_tables(out, args.runs),
            "notebooks": lambda: stage_notebooks(out, args.runs),
            "html": lambda: stage_html(out, executed, args.runs),
            "corpus --jobs 1": lambda: stage_corpus(out, 1, args.runs),
            "corpus --jobs 2": lambda: stage_corpus(out, 2, args.runs),
        }
        executed: list[Path] = []
        for name, stage in stages.items():
            try:
                got = stage()
            except StageFailed as exc:
                got, failed = Measure(skipped=f"FAILED: {exc}"), True
            if isinstance(got, tuple):
                got, executed = got
            results[name] = got

    print(f"\n{'stage':<18} {'wall s':>8} {'peak MiB':>9}  detail")
    for name, m in results.items():
        if m.skipped:
            print(f"{name:<18} {'-':>8} {'-':>9}  skipped: {m.skipped}")
        else:
            print(f"{name:<18} {m.wall:>8.2f} {m.peak_mb:>9.0f}  {m.detail}"
                  + (f" (median of {m.runs})" if m.runs > 1 else ""))
    make_stages = [results[k] for k in ("tables", "notebooks", "html")]
    make_s = sum(m.wall for m in make_stages if not m.skipped)
    complete = not any(m.skipped for m in make_stages)
    print(f"{'make-equivalent':<18} {make_s:>8.2f} {'':>9}  tables + notebooks + html"
          f" (target <= {MAKE_TARGET_S:.0f} s{'' if complete else '; incomplete, some stages skipped'})")
    j1, j2 = results["corpus --jobs 1"], results["corpus --jobs 2"]
    speedup = j1.wall / j2.wall if not (j1.skipped or j2.skipped) and j2.wall else float("nan")
    if speedup == speedup:
        print(f"corpus speed-up on two cores: {speedup:.2f}x")

    peak = max((m.peak_mb for m in results.values() if not m.skipped), default=float("nan"))

    def fmt(m: Measure) -> str:
        return "nan" if m.skipped else f"{m.wall:.2f}"

    print(f"pipeline: tables_s={fmt(results['tables'])} notebooks_s={fmt(results['notebooks'])} "
          f"html_s={fmt(results['html'])} make_s={make_s:.2f} peak_mb={peak:.0f} "
          f"corpus_j1_kchar_s={kchar_s(j1):.0f} corpus_j2_kchar_s={kchar_s(j2):.0f} speedup_j2={speedup:.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
