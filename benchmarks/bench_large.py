"""Large inputs: `quantities` and `tables` on texts of growing size, to show both stay linear.

A text of N MB is the shared corpus (or the first report where the corpus is absent) repeated
until it is N MB of UTF-8, written to a scratch folder. Each size runs the real command line
in a subprocess: wall time and peak resident memory (os.wait4's rusage) of
  quantities  `python -m govreport quantities BIG.txt -o q.csv`
  tables      `python -m govreport tables BIG.txt -o DIR`
then each table builder is timed on its own in this process, so a builder whose cost grows
faster than the text is named. Targets: `tables` within 3× `quantities` at every size, time
per MB flat as the size grows, and the peak memory of `quantities` above its peak on the first
report (the interpreter and libraries, about 80 MB) at most about 10× the input.

Then the first report read as .txt, .docx and .pdf (fixtures made as tests/test_formats.py
makes them), so the cost of each format's library shows. One line per size, machine-readable:
    large: size_mb=… quantities_s=… tables_s=… tables_over_quantities=… quantities_peak_mb=… growth_over_input=… builders: sector_output=… subsidies=… targets=… checks=…
    formats: txt_read_s=… docx_read_s=… pdf_read_s=…

Run: `.venv/bin/python benchmarks/bench_large.py [--sizes 1,4,16] [--timeout 600]` (also in `make bench`).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import ROOT, corpus_files, describe

PYTHON = sys.executable
FIRST = ROOT / "data" / "raw" / "jinbi_2024.txt"


def make_text(mb: float, folder: Path) -> Path:
    """A report-like text of ``mb`` MB: the corpus (or the first report) repeated."""
    sources = corpus_files() or [FIRST]
    unit = "\n".join(p.read_text(encoding="utf-8") for p in sources)
    target = int(mb * 2**20)
    copies = max(1, target // len(unit.encode("utf-8")) + 1)
    data = (unit * copies).encode("utf-8")[:target]
    data = data[: len(data.decode("utf-8", errors="ignore").encode("utf-8"))]  # whole characters
    path = folder / f"large_{mb:g}mb.txt"
    path.write_bytes(data)
    return path


def run(args: list[str], timeout: float) -> tuple[float, float, str]:
    """Wall seconds and peak MB of one CLI run (inf and a reason when it fails or times out)."""
    started = time.perf_counter()
    proc = subprocess.Popen([PYTHON, "-m", "govreport", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ, "GOVREPORT_MAX_INPUT_MB": "1024"})
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return float("inf"), float("nan"), f"timed out after {timeout:g} s"
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    error = proc.stderr.read().decode("utf-8", "replace").strip().splitlines() if proc.stderr else []
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, (error[-1] if proc.returncode else "")


def builders(path: Path) -> str:
    """Each table builder's seconds on the text, in this process."""
    sys.path.insert(0, str(ROOT / "src"))
    import govreport
    from govreport.tables import build_checks, build_sector_output, build_subsidies, build_targets

    quantities = govreport.extract_quantities(govreport.read_report(path))
    times = {}
    started = time.perf_counter()
    sector = build_sector_output(quantities)
    times["sector_output"] = time.perf_counter() - started
    started = time.perf_counter()
    subsidies = build_subsidies(quantities)
    times["subsidies"] = time.perf_counter() - started
    started = time.perf_counter()
    build_targets(quantities)
    times["targets"] = time.perf_counter() - started
    started = time.perf_counter()
    build_checks(quantities, sector, subsidies)
    times["checks"] = time.perf_counter() - started
    return " ".join(f"{k}={v:.2f}" for k, v in times.items())


def formats_line(folder: Path, rounds: int = 5) -> str:
    """Seconds to read the first report as .txt, .docx and .pdf (best of ``rounds``), in this process."""
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "src"))
    import govreport
    from test_formats import cjk_font, write_docx, write_pdf

    text = FIRST.read_text(encoding="utf-8")
    paths = {"txt": FIRST, "docx": write_docx(text, folder / "first.docx")}
    if cjk_font() is not None:
        paths["pdf"] = write_pdf(text, folder / "first.pdf")
    times = {}
    for kind, path in paths.items():
        best = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            govreport.read_report(path)
            best = min(best, time.perf_counter() - started)
        times[kind] = best
    return "formats: " + " ".join(f"{kind}_read_s={t:.3f}" for kind, t in times.items()) + \
        f" (first report, {len(text)} characters)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4", help="sizes in MB, comma-separated (default 1,4)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per command (default 600)")
    parser.add_argument("--no-builders", action="store_true", help="skip the per-builder timing")
    args = parser.parse_args()
    print(describe())
    with tempfile.TemporaryDirectory(prefix="govreport-large-") as tmp:
        folder = Path(tmp)
        _, base_mb, _ = run(["quantities", str(FIRST), "-o", str(folder / "q.csv")], args.timeout)
        for mb in [float(s) for s in args.sizes.split(",") if s.strip()]:
            path = make_text(mb, folder)
            q_s, q_mb, q_err = run(["quantities", str(path), "-o", str(folder / "q.csv")], args.timeout)
            t_s, t_mb, t_err = run(["tables", str(path), "-o", str(folder / "tables")], args.timeout)
            line = (f"large: size_mb={mb:g} quantities_s={q_s:.1f} tables_s={t_s:.1f} "
                    f"tables_over_quantities={t_s / q_s:.1f} quantities_peak_mb={q_mb:.0f} "
                    f"growth_over_input={(q_mb - base_mb) / mb:.1f}")
            if not args.no_builders:
                line += " builders: " + builders(path)
            print(line + "".join(f" ({e})" for e in (q_err, t_err) if e), flush=True)
        print(formats_line(folder), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
