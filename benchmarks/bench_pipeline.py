"""Pipeline speed: wall time and peak memory of each stage `make` runs, and corpus-mode throughput.

The make stages are timed with the Makefile's own targets and commands (so its --jobs=2 and its
papermill / render invocations are what is measured), in a scratch copy of the working tree with
.venv linked in and PYTHONPATH pointing at the copy's src/ — the real tree is never written to:
  make       `make all` after set-up with data/raw/* touched, so every stage reruns: the 60 s target
  tables     `make tables` with data/raw/* touched
  notebooks  `make notebooks` next (stale because the report changed; tables up to date)
  html       `make html` next (stale because the notebooks were re-executed)
  corpus     `python -m govreport corpus ../shared/corpus -o DIR --jobs 1`, then `--jobs 2`, and the same
             command on a folder of one two-line report: the fixed cost of a run (interpreter, imports,
             warm-up, starting a worker), which the 25 reports' ~0.5 Mchar barely outweigh; the
             two-core throughput is also given without it (what a folder of thousands approaches)
  corpus x8  the same on a folder holding the corpus eight times (~200 reports, ~3.8 Mchar): the
             steadier figure, the start-up spread as over a researcher's folder; target >= 1.5 Mchar/s

Peak memory is the largest resident set of any single process of a stage (the CLI, papermill, a
kernel), from os.wait4's rusage, which folds in every descendant that was waited for. A stage
whose piece does not exist yet (no Makefile target, no corpus mode, no corpus) is skipped with
a message; a stage that fails is reported and makes the exit status 1.

The last line is machine-readable:
    pipeline: make_s=… tables_s=… notebooks_s=… html_s=… peak_mb=… corpus_j1_kchar_s=… corpus_j2_kchar_s=… speedup_j2=…
              corpus_startup_s=… corpus_j2_net_kchar_s=… corpus_x8_kchar_s=… corpus_x8_net_kchar_s=…

Run: `make bench` (after `make`), or `.venv/bin/python benchmarks/bench_pipeline.py [--runs N] [--no-make]`.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from machine import CORPUS, ROOT, corpus_files, describe

PYTHON = sys.executable
MAKE_TARGET_S = 60.0
COPY_IGNORE = shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info", ".pytest_cache",
                                     ".hypothesis", "corpus_out", ".ipynb_checkpoints")


@dataclass
class Measure:
    """Wall seconds (median over runs) and peak resident memory (MiB) of one stage."""

    wall: float = float("nan")
    peak_mb: float = float("nan")
    runs: int = 0
    skipped: str = ""
    detail: str = ""
    walls: list[float] = field(default_factory=list)


class StageFailed(RuntimeError):
    """A command of a stage exited non-zero; the message carries its stderr tail."""


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run `cmd`; (wall seconds, peak RSS in MiB of the largest process in its tree)."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-6:]
            raise StageFailed(f"`{' '.join(map(str, cmd))}` exited {proc.returncode}: " + " | ".join(tail))
    return wall, usage.ru_maxrss / 1024  # KiB on Linux


def measure(cmd: list[str], runs: int, cwd: Path, env: dict[str, str] | None = None,
            reset: Callable[[], None] = lambda: None) -> Measure:
    """Median wall time over `runs` of `cmd` (calling `reset` before each), and the largest peak."""
    m = Measure(runs=runs, peak_mb=0.0)
    for _ in range(runs):
        reset()
        wall, peak = run(cmd, cwd, env)
        m.walls.append(wall)
        m.peak_mb = max(m.peak_mb, peak)
    m.wall = statistics.median(m.walls)
    return m


# ---------------------------------------------------------------- make stages, in a scratch copy


def make_targets(makefile: Path) -> set[str]:
    """Explicit targets of the Makefile (`name:` at the start of a line)."""
    if not makefile.is_file():
        return set()
    return set(re.findall(r"^([A-Za-z][\w.-]*)\s*:(?!=)", makefile.read_text(encoding="utf-8"), re.M))


def make_env(copy: Path) -> dict[str, str]:
    """The environment for make in the copy: its own src/ first, no jobserver from a parent make."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES")}
    env["PYTHONPATH"] = str(copy / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def scratch_copy(dest: Path) -> Path:
    """Copy the working tree (mtimes kept, so make sees what is up to date) and link .venv in."""
    copy = dest / "tree"
    shutil.copytree(ROOT, copy, symlinks=True, ignore=COPY_IGNORE)
    (copy / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    return copy


def remove(*patterns: str, base: Path) -> Callable[[], None]:
    """A reset that deletes the files matching `patterns` under `base`."""

    def reset() -> None:
        for pattern in patterns:
            for path in base.glob(pattern):
                shutil.rmtree(path) if path.is_dir() else path.unlink()

    return reset


def touch_raw(copy: Path) -> None:
    """Make the raw reports newer than everything built from them, so make redoes every stage.

    Touching the inputs (rather than deleting stamps) keeps this independent of how the Makefile
    names its stamps."""
    for path in (copy / "data" / "raw").iterdir():
        os.utime(path)


def make_stages(tmp: Path, runs: int, full: bool) -> dict[str, Measure]:
    """Time `make all` from a touched report, then tables, notebooks, html one target at a time
    (each in turn stale because the one before it was rebuilt), in a scratch copy."""
    names = (["make"] if full else []) + ["tables", "notebooks", "html"]
    targets = make_targets(ROOT / "Makefile")
    if not targets:
        return {n: Measure(skipped="no Makefile yet") for n in names}
    if not (ROOT / ".venv" / ".installed").exists():
        return {n: Measure(skipped="set-up missing: run `make` first") for n in names}
    make = shutil.which("make")
    if make is None:
        return {n: Measure(skipped="`make` not found") for n in names}
    copy = scratch_copy(tmp)
    env = make_env(copy)
    try:
        run([make, "all"], copy, env)  # bring the copy up to date; compiles .pyc, warms file caches
    except StageFailed as exc:
        return {n: Measure(skipped=f"FAILED: warm-up `make all`: {exc}") for n in names}
    out = {n: Measure(runs=runs, peak_mb=0.0) for n in names}
    for n in names:
        if n != "make" and n not in targets:
            out[n].skipped = f"the Makefile has no `{n}` target yet"
    sequences = ([["make"]] if full else []) + [["tables", "notebooks", "html"]]
    for _ in range(runs):
        for sequence in sequences:
            touch_raw(copy)
            for n in sequence:
                m = out[n]
                if m.skipped:
                    continue
                try:
                    wall, peak = run([make, "all" if n == "make" else n], copy, env)
                except StageFailed as exc:
                    m.skipped = f"FAILED: {exc}"
                    continue
                m.walls.append(wall)
                m.peak_mb = max(m.peak_mb, peak)
    notebooks = len(list((copy / "notebooks").glob("[0-9][0-9]_*.ipynb")))
    details = {"make": "`make all` after set-up, report touched (the Makefile's own commands)",
               "tables": "`make tables`",
               "notebooks": f"`make notebooks`: {notebooks} notebook(s), papermill",
               "html": f"`make html`: {notebooks} page(s) + index"}
    for n, m in out.items():
        m.detail = details[n]
        if m.walls:
            m.wall = statistics.median(m.walls)
    return out


# ---------------------------------------------------------------- corpus mode, in the real tree


def has_corpus_mode() -> bool:
    """True when the CLI has the `corpus` subcommand."""
    probe = subprocess.run([PYTHON, "-m", "govreport", "corpus", "--help"], cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return probe.returncode == 0


def corpus_chars() -> int:
    return sum(len(f.read_text(encoding="utf-8")) for f in corpus_files())


def stage_corpus(tmp: Path, jobs: int, runs: int) -> Measure:
    files = corpus_files()
    if not files:
        return Measure(skipped=f"{CORPUS} absent")
    if not has_corpus_mode():
        return Measure(skipped="`python -m govreport corpus` not available yet")
    dest = tmp / f"corpus_j{jobs}"
    cmd = [PYTHON, "-m", "govreport", "corpus", str(CORPUS), "-o", str(dest), "--jobs", str(jobs), "-q"]
    m = measure(cmd, runs, ROOT, reset=remove(dest.name, base=tmp))
    chars = corpus_chars()
    m.detail = (f"{len(files)} reports, {chars:,} chars: {chars / m.wall / 1e3:,.0f} kchar/s, "
                f"{len(files) / m.wall:.1f} reports/s (process start-up included)")
    return m


TINY_REPORT = "一、2023年工作回顾\n全年增长5%。\n二、2024年工作安排\n今年增长6%左右。\n"


def stage_corpus_startup(tmp: Path, runs: int) -> Measure:
    """Corpus mode on a folder of one two-line report: what a run costs before and beside its
    reports (interpreter, imports, the warm-up, a worker), paid once whatever the folder's size."""
    if not has_corpus_mode():
        return Measure(skipped="`python -m govreport corpus` not available yet")
    folder = tmp / "tiny"
    folder.mkdir(exist_ok=True)
    (folder / "tiny.txt").write_text(TINY_REPORT, encoding="utf-8")
    dest = tmp / "tiny_out"
    cmd = [PYTHON, "-m", "govreport", "corpus", str(folder), "-o", str(dest), "--jobs", "2", "-q"]
    m = measure(cmd, runs, ROOT, reset=remove(dest.name, base=tmp))
    m.detail = "one two-line report: the fixed cost of a run (process start-up, imports, warm-up)"
    return m


COPIES = 8  # the corpus eight times over: ~200 reports, ~3.8 Mchar, so the start-up weighs little


def stage_corpus_scaled(tmp: Path, runs: int) -> tuple[Measure, int]:
    """Corpus mode (two cores) on a folder holding the corpus ``COPIES`` times, in subfolders:
    every copy is read again (names differ; nothing is skipped), so the fixed start-up is spread
    over ~200 reports as it would be over a researcher's thousands. Returns the measure and the
    folder's characters."""
    files = corpus_files()
    if not files:
        return Measure(skipped=f"{CORPUS} absent"), 0
    if not has_corpus_mode():
        return Measure(skipped="`python -m govreport corpus` not available yet"), 0
    folder = tmp / "scaled"
    for k in range(COPIES):
        sub = folder / f"copy{k + 1}"
        sub.mkdir(parents=True, exist_ok=True)
        for f in files:
            shutil.copy(f, sub / f.name)
    dest = tmp / "scaled_out"
    cmd = [PYTHON, "-m", "govreport", "corpus", str(folder), "-o", str(dest), "--jobs", "2", "-q"]
    m = measure(cmd, runs, ROOT, reset=remove(dest.name, base=tmp))
    chars = corpus_chars() * COPIES
    m.detail = (f"{len(files) * COPIES} reports, {chars:,} chars: {chars / m.wall / 1e3:,.0f} kchar/s "
                f"(process start-up included)")
    return m, chars


def stage_corpus_resumed(tmp: Path) -> Measure:
    """A second run over an unchanged folder: every report is skipped by its content hash."""
    dest = tmp / "corpus_j2"
    if not corpus_files() or not (dest / "reports.parquet").is_file():
        return Measure(skipped="no Parquet output of the two-core run to resume")
    cmd = [PYTHON, "-m", "govreport", "corpus", str(CORPUS), "-o", str(dest), "--jobs", "2", "-q"]
    m = measure(cmd, 1, ROOT)
    m.detail = f"{len(corpus_files())} reports unchanged since the last run, none read again"
    return m


# ---------------------------------------------------------------- report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="runs per stage (median wall time is reported)")
    parser.add_argument("--no-make", action="store_true", help="skip the make stages (corpus mode only)")
    parser.add_argument("--no-full", action="store_true", help="skip the from-scratch `make all` run")
    args = parser.parse_args(argv)
    print(describe(), flush=True)

    with tempfile.TemporaryDirectory(prefix="govreport-bench-") as name:
        tmp = Path(name)
        results = {} if args.no_make else make_stages(tmp, args.runs, full=not args.no_full)
        for jobs in (1, 2):
            results[f"corpus --jobs {jobs}"] = stage_corpus(tmp, jobs, args.runs)
        results["corpus resumed"] = stage_corpus_resumed(tmp)
        results["corpus start-up"] = stage_corpus_startup(tmp, args.runs)
        results[f"corpus x{COPIES} -j2"], scaled_chars = stage_corpus_scaled(tmp, args.runs)

    print(f"\n{'stage':<16} {'wall s':>8} {'peak MiB':>9}  detail")
    for name, m in results.items():
        if m.skipped:
            print(f"{name:<16} {'-':>8} {'-':>9}  skipped: {m.skipped}")
        else:
            print(f"{name:<16} {m.wall:>8.2f} {m.peak_mb:>9.0f}  {m.detail}"
                  + (f" (median of {m.runs})" if m.runs > 1 else ""))
    none = Measure()
    full = results.get("make", none)
    if not full.skipped and full.runs:
        verdict = "met" if full.wall <= MAKE_TARGET_S else "NOT met"
        print(f"make after set-up: {full.wall:.1f} s (target <= {MAKE_TARGET_S:.0f} s: {verdict})")
    j1, j2 = results["corpus --jobs 1"], results["corpus --jobs 2"]
    speedup = j1.wall / j2.wall if not (j1.skipped or j2.skipped) else float("nan")
    if speedup == speedup:
        print(f"corpus mode on two cores: {speedup:.2f}x the one-core throughput")
    chars = corpus_chars() if corpus_files() else 0
    startup = results["corpus start-up"]
    net = float("nan")
    if not (j2.skipped or startup.skipped) and j2.wall > startup.wall:
        net = chars / (j2.wall - startup.wall) / 1e3
        print(f"corpus mode on two cores without the fixed start-up ({startup.wall:.2f} s of {j2.wall:.2f} s): "
              f"{net:,.0f} kchar/s")
    scaled = results[f"corpus x{COPIES} -j2"]
    scaled_net = float("nan")
    if not (scaled.skipped or startup.skipped) and scaled.wall > startup.wall:
        scaled_net = scaled_chars / (scaled.wall - startup.wall) / 1e3
        print(f"corpus mode on two cores, the corpus {COPIES} times over: {scaled_chars / scaled.wall / 1e3:,.0f} kchar/s, "
              f"{scaled_net:,.0f} kchar/s without the fixed start-up (target >= 1,500)")
    peak = max((m.peak_mb for m in results.values() if not m.skipped), default=float("nan"))

    def secs(key: str) -> str:
        m = results.get(key, none)
        return "nan" if m.skipped or not m.runs else f"{m.wall:.2f}"

    def kchar(m: Measure) -> str:
        return "nan" if m.skipped or not m.runs else f"{chars / m.wall / 1e3:.0f}"

    print(f"pipeline: make_s={secs('make')} tables_s={secs('tables')} notebooks_s={secs('notebooks')} "
          f"html_s={secs('html')} peak_mb={peak:.0f} corpus_j1_kchar_s={kchar(j1)} "
          f"corpus_j2_kchar_s={kchar(j2)} speedup_j2={speedup:.2f} corpus_startup_s={secs('corpus start-up')} "
          f"corpus_j2_net_kchar_s={net:.0f} corpus_x{COPIES}_kchar_s={f'{scaled_chars / scaled.wall / 1e3:.0f}' if scaled_chars and scaled.runs else 'nan'} "
          f"corpus_x{COPIES}_net_kchar_s={scaled_net:.0f}")
    return 1 if any(m.skipped.startswith("FAILED") for m in results.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
