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


def test_cuts_fall_where_a_sentence_starts() -> None:
    report = govreport.read_text(TEXTS[0].read_text(encoding="utf-8"))
    starts = {s.start for s in report.sentences}
    cuts = two_cores.sentence_cuts(report, 4)
    assert cuts[0] == 0 and cuts[-1] == len(report.scan) and len(cuts) == 5
    assert all(c in starts for c in cuts[1:-1]) and cuts == sorted(set(cuts))
    assert all(abs(c - len(report.scan) * k // 4) < 300 for k, c in enumerate(cuts[1:-1], 1))  # about equal stretches
    assert two_cores.sentence_cuts(govreport.read_text("全年增长5%。"), 2) == [0, len("全年增长5%。")]  # one sentence: one run


def _spans(tokens: list) -> list[tuple]:
    return [(t.start, t.end, t.value, t.unit, t.value_high) for t in tokens]


@pytest.mark.parametrize("path", TEXTS[:4], ids=lambda p: p.stem)
def test_a_stretch_scanned_alone_finds_the_figures_of_the_whole_scan(path: Path) -> None:
    scan = govreport.read_text(path.read_text(encoding="utf-8")).scan
    whole, first, last = quantities._figures(scan, 0, len(scan))
    assert (first, last) == (0, len(whole)) and len(whole) > 100
    for lo in range(0, len(scan), 211):  # anywhere, a figure's middle too: the seam's context decides
        hi = lo + 1500
        tokens, first, last = quantities._figures(scan, lo, hi)
        assert _spans(tokens[first:last]) == _spans([t for t in whole if lo <= t.start < hi])


def test_a_range_cut_in_its_middle_is_read_whole() -> None:
    scan = "今年计划投资" + "。" * 400 + "新建3至5万元的项目。"
    lo = scan.index("至")
    tokens, first, last = quantities._figures(scan, lo, len(scan))
    assert first == last  # 3至5万元 starts before the stretch: the stretch before reads it
    tokens, first, last = quantities._figures(scan, 0, lo)
    assert [(t.value, t.value_high, t.unit) for t in tokens[first:last]] == [(Decimal(30000), Decimal(50000), "元")]


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


def test_an_error_here_still_reaps_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    forked: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            forked.append(pid)
        return pid

    def run(lo: int, hi: int) -> list[tuple]:
        if os.getpid() == parent:
            raise ValueError("the parent's half fails")
        return _toy(lo, hi)

    # The fork's own pid, not "any child": the test process may have other children of its own (the briefing
    # runs conftest starts in whichever xdist worker claims them), so waitpid(-1) could see one of those.
    monkeypatch.setattr(os, "fork", fork)
    with pytest.raises(ValueError):
        two_cores.in_runs(run, [0, 3, 7])
    assert len(forked) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(forked[0], os.WNOHANG)  # reaped already: no such child left behind


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
