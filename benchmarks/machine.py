"""Describe the machine a benchmark ran on, so figures can be compared between commits.

Speeds only mean something next to the hardware that produced them; both benchmarks print this
block first, in the form the README table quotes.
"""
from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus"


def cpu_model() -> str:
    """The first 'model name' in /proc/cpuinfo (Linux), else what platform knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def describe() -> str:
    """Two lines: cores, CPU model, Python version and OS, e.g. `2 cores, AMD EPYC, Python 3.11.7,
    Linux`; and which build of govreport runs (compiled with mypyc, or pure Python and why)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    try:
        import govreport

        build = govreport.native.status()
    except ImportError:
        build = "not importable"
    return (f"machine: {cores} cores (nproc), {cpu_model()}, Python {platform.python_version()} "
            f"({sys.implementation.name}), {platform.system()} {platform.release()}\ngovreport build: {build}")


def corpus_files(corpus: Path = CORPUS) -> list[Path]:
    """The corpus reports (*.txt, sorted), or [] when ../shared/corpus is absent."""
    return sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
