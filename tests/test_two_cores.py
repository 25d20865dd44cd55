"""A long text read in runs (two_cores.py): the same rows as one pass, on every text; the fork
path returns the child's rows, falls back when the child fails, and reaps it on an error."""
from __future__ import annotations

import os
import threading
from decimal import Decimal
from pathlib import Path

import pytest

import govreport
from govreport.extract import quantities, two_cores

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
TEXTS = [ROOT / "data" / "raw" / "jinbi_2024.txt"] + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_runs_give_the_rows_of_one_pass(path: Path) -> None:
    report = govreport.read_text(path.read_text(encoding="utf-8"))
    one = quantities._rows(report, 1)
    assert len(one) > 20
    for runs in (2, 9):
        assert quantities._rows(report, runs) == one


def test_cuts_fall_at_the_first_figure_of_a_sentence() -> None:
    report = govreport.read_text(TEXTS[0].read_text(encoding="utf-8"))
    tokens = [(r[0], r[1]) for r in quantities._rows(report, 1)]
    starts = [s.start for s in report.sentences]

    class T:  # the two fields sentence_cuts reads
        def __init__(self, start: int) -> None:
            self.start = start

    cuts = two_cores.sentence_cuts(report, [T(a) for a, _ in tokens], 4)  # type: ignore[misc]
    assert cuts[0] == 0 and cuts[-1] == len(tokens) and len(cuts) == 5
    for c in cuts[1:-1]:
        assert any(tokens[c - 1][0] < s <= tokens[c][0] for s in starts)  # a sentence starts between them


def _toy(lo: int, hi: int) -> list[tuple]:
    return [(i, Decimal(i) / 4, f"第{i}个", None) for i in range(lo, hi)]


def test_the_forked_half_comes_back_whole() -> None:
    assert two_cores.in_runs(_toy, [0, 500, 1200]) == _toy(0, 1200)


def test_a_failing_child_is_read_again_here() -> None:
    parent = os.getpid()

    def run(lo: int, hi: int) -> list[tuple]:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return _toy(lo, hi)

    assert two_cores.in_runs(run, [0, 3, 7]) == _toy(0, 7)


def test_an_error_here_still_reaps_the_child() -> None:
    parent = os.getpid()

    def run(lo: int, hi: int) -> list[tuple]:
        if os.getpid() == parent:
            raise ValueError("the parent's half fails")
        return _toy(lo, hi)

    with pytest.raises(ValueError):
        two_cores.in_runs(run, [0, 3, 7])
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child left behind


def test_only_a_long_text_in_a_lone_process_is_split(monkeypatch: pytest.MonkeyPatch) -> None:
    long_text = govreport.read_text(TEXTS[0].read_text(encoding="utf-8") * 30)
    short = govreport.read_text(TEXTS[0].read_text(encoding="utf-8"))
    assert len(long_text.scan) >= two_cores.SPLIT_MIN_CHARS > len(short.scan)
    assert two_cores.runs_for(short) == 1
    with monkeypatch.context() as alone:  # a command-line run on two cores: the one case that forks
        alone.setattr(threading, "active_count", lambda: 1)
        alone.setattr(two_cores.multiprocessing, "parent_process", lambda: None)
        alone.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
        alone.delenv("GOVREPORT_JOBS", raising=False)
        assert two_cores.runs_for(long_text) == 2
        assert two_cores.runs_for(short) == 1
    monkeypatch.setenv("GOVREPORT_JOBS", "1")
    assert two_cores.runs_for(long_text) == 1
    monkeypatch.delenv("GOVREPORT_JOBS")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    stop = threading.Event()
    waiting = threading.Thread(target=stop.wait)
    waiting.start()
    try:
        assert two_cores.runs_for(long_text) == 1  # a kernel's threads may hold locks a fork would copy
    finally:
        stop.set()
        waiting.join()
