"""Worker processes for corpus mode: forked once, each doing one report after another.

A worker is forked from the warmed-up parent (nothing imported or compiled twice) and serves
jobs through its pipe until it is told to stop. Forking a fresh process for every report cost
about as much again as the report itself (copied pages, a cold start, the exit), so a worker
is kept for the next report, except when that could blur what belongs to which report: a
worker is replaced after it died, after a limit ended it, when the memory it keeps between
reports passes ``keep_mb`` (so memory stays bounded by the largest report, not the folder),
and after ``REPORTS_PER_WORKER`` reports.

The parent sees, for the job in hand, its answer, the worker's death (a crash in a library, the
OOM killer), or that it passed the time or memory limit; what that means for a report is for
the runner to say.
"""
from __future__ import annotations

import gc
import os
import signal
import time
from typing import Any, Callable

REPORTS_PER_WORKER = 100  # then a fresh worker: caches are bounded, but a slow leak would not be
KEEP_MB = 256  # a worker holding more than this (or half the memory limit) after a report is replaced
HELD_WHILE_FORKING = {signal.SIGINT, signal.SIGTERM}
CHECK_EVERY = 0.2  # seconds between measures of a busy worker's memory (a counter; the walk only past the limit)


class Worker:
    """One worker process and the job it is doing (None when idle)."""

    def __init__(self, context: Any, work: Callable[..., Any]) -> None:
        self.conn, child = context.Pipe(duplex=True)
        self.process = context.Process(target=_serve, args=(child, work), daemon=True)
        # Ctrl-C held back while forking: pressed then, it would interrupt the new process before
        # it ignores it (a traceback from its at-fork handlers); once started, the parent gets it
        held = signal.pthread_sigmask(signal.SIG_BLOCK, HELD_WHILE_FORKING)
        try:
            self.process.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        child.close()  # the worker holds the only other end: its death closes the pipe
        self.job: Any = None
        self.started = self.checked = 0.0
        self.done = 0
        self.base_mb = anonymous_mb(self.process.pid)  # what it has from the parent

    def give(self, job: Any, args: tuple) -> None:
        """Send the worker a job: ``work(*args)`` is run there and its answer sent back."""
        self.conn.send(args)
        self.job, self.started = job, time.monotonic()
        self.checked = self.started

    def outcome(self, seconds: float, memory_mb: float) -> tuple[str, Any] | None:
        """``("answer", what work returned)``, ``("died", reason)``, ``("time", seconds)`` or
        ``("memory", MiB)`` for the job in hand, or None while it is still working."""
        if self.conn.poll():
            try:
                return "answer", self.conn.recv()
            except (EOFError, OSError):
                pass  # the worker died before or while sending
            except Exception as exc:  # an answer that cannot be unpickled
                return "broken", type(exc).__name__
            self.process.join(1)
            return "died", death(self.process.exitcode)
        if not self.process.is_alive():
            return "died", death(self.process.exitcode)
        now = time.monotonic()
        if now - self.started > seconds:
            return "time", seconds
        if now - self.checked >= CHECK_EVERY:
            self.checked = now
            # what it holds for itself is within what it has resident or swapped, a counter that
            # costs a hundredth of the walk: the walk is made only when that is over the limit
            if resident_mb(self.process.pid) > memory_mb:
                used = private_mb(self.process.pid)
                if used > memory_mb:
                    return "memory", used
        return None

    def worth_keeping(self, memory_mb: float) -> bool:
        """Whether the worker may take another report (see the module's docstring)."""
        kept = anonymous_mb(self.process.pid) - self.base_mb  # memory it took since it started
        return self.process.is_alive() and self.done < REPORTS_PER_WORKER and kept <= min(KEEP_MB, memory_mb / 2)

    def stop(self, kill: bool = False) -> None:
        """End the worker: at once when ``kill`` (or when it is busy), else after telling it to."""
        process = self.process
        if not kill and self.job is None and process.is_alive():
            try:
                self.conn.send(None)
                process.join(2)
            except (OSError, ValueError):
                pass
        if process.is_alive():
            try:
                process.kill()
            except (OSError, ValueError):
                pass
        process.join(2)
        self.conn.close()
        try:
            process.close()
        except ValueError:
            pass


def _serve(conn: Any, work: Callable[..., Any]) -> None:
    """A worker's whole life: jobs from the pipe, each answer sent back, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends the workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, HELD_WHILE_FORKING)  # held by Worker while forking
    _die_with_parent()
    # a report makes hundreds of thousands of short-lived objects and few reference cycles: the
    # collector, woken every 700 allocations, walked them some 250 times a corpus pass (3 % of a
    # worker's time); every 10,000 it runs a few times, and cycles are still freed within a report
    gc.set_threshold(10_000, 10, 10)
    while True:
        try:
            args = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            os._exit(1)
        if args is None:
            break
        answer = work(*args)
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):  # the parent is gone: nobody to tell
            os._exit(1)
    conn.close()


def _die_with_parent() -> None:
    """On Linux, have the kernel end this worker if the run that started it is killed (kill -9)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before the request took effect
            os._exit(1)
    except (OSError, AttributeError, TypeError):
        pass


def death(exitcode: int | None) -> str:
    """Why a worker died, in words: the signal that ended it, or its exit status."""
    if exitcode is not None and exitcode < 0:
        try:
            how = signal.Signals(-exitcode).name
        except ValueError:
            how = f"signal {-exitcode}"
        return f"worker died ({how}{', perhaps out of memory' if how == 'SIGKILL' else ''})"
    return f"worker died (exit status {exitcode})"


def anonymous_mb(pid: int) -> float:
    """The worker's anonymous memory (resident or swapped), in MiB, shared or not: a cheap
    counter, unlike ``private_mb``; its growth is the memory the worker took for itself.
    0 where /proc cannot say."""
    return _status_mb(pid, (b"RssAnon:", b"VmSwap:"))


def _status_mb(pid: int, fields: tuple[bytes, ...]) -> float:
    """The sum of these kB fields of /proc/<pid>/status, in MiB; 0 where /proc cannot say."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            lines = f.read().split(b"\n")
    except OSError:
        return 0.0
    return sum(int(line.split()[1]) for line in lines if line.startswith(fields)) / 1024


def resident_mb(pid: int) -> float:
    """The worker's resident and swapped memory (VmRSS + VmSwap), in MiB: a cheap counter that
    is never less than ``private_mb`` (every private page is resident or swapped). 0 where /proc
    cannot say."""
    return _status_mb(pid, (b"VmRSS:", b"VmSwap:"))


def private_mb(pid: int) -> float:
    """The memory a worker holds for itself (private pages, resident or swapped), in MiB.

    A forked worker shares the parent's pages until it writes them; counting those (RSS)
    would charge every worker for the parent. 0 where /proc cannot say (no limit then).
    """
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            lines = f.read().split(b"\n")
    except OSError:
        return 0.0
    kib = 0
    for line in lines:
        if line.startswith((b"Private_Clean:", b"Private_Dirty:", b"Swap:")):
            try:
                kib += int(line.split()[1])
            except (IndexError, ValueError):
                pass
    return kib / 1024
