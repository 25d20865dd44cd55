"""Never lose, never hang, never mix (issue 14): inputs are never overwritten, output sets are
replaced as a whole, a dying worker fails only its report, Ctrl-C stops at once, every
environment error is one line, and odd inputs (traditional characters, <pre> pages, menus,
a file cut mid-character, subfolders) read as the plain report does.

Faults are injected for real: a worker is killed with SIGKILL, the CLI gets SIGINT/SIGTERM in a
subprocess, a write fails with ENOSPC. Large inputs are benchmark lines (benchmarks/bench_large.py),
not timed tests.
"""
from __future__ import annotations

import contextlib
import errno
import html
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

import govreport
from cli_runner import run_cli
from govreport.corpus import runner as corpus
from govreport.corpus.store import Store
from govreport.errors import GovReportError
from govreport.report.html import _squash

ROOT = Path(__file__).resolve().parents[1]
JINBI = ROOT / "data" / "raw" / "jinbi_2024.txt"
SMALL = ("政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长5%，财政收入达到12.3亿元。\n"
         "二、2024年工作安排\n今年预期目标是增长6%左右。\n")


def one_line_error(result: SimpleNamespace, *words: str, status: int = 2) -> str:
    assert result.returncode == status, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


def temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if "govreport-tmp" in p.name]


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.txt"
    path.write_text(SMALL, encoding="utf-8")
    return path


# --- inputs are sacred ----------------------------------------------------------------------------


def test_quantities_refuses_to_write_over_its_input(small):
    before = small.read_bytes()
    one_line_error(run_cli("quantities", small, "-o", small), "is the input")
    assert small.read_bytes() == before


def test_tables_refuses_a_folder_holding_its_input(small):
    one_line_error(run_cli("tables", small, "-o", small.parent), "holds the input")
    assert sorted(p.name for p in small.parent.iterdir()) == ["small.txt"]


def test_corpus_refuses_output_inside_or_over_its_folder(tmp_path, small):
    one_line_error(run_cli("corpus", tmp_path, "-o", tmp_path, "-q"), "output")
    one_line_error(run_cli("corpus", tmp_path, "-o", tmp_path / "out", "-q"), "inside the input folder")
    assert not (tmp_path / "out").exists()


# --- output paths of the wrong kind, unwritable places, a full disk -------------------------------------


def test_quantities_output_that_is_a_folder(tmp_path, small):
    one_line_error(run_cli("quantities", small, "-o", tmp_path / ".."), "is a folder")


def test_tables_output_that_is_a_file(tmp_path, small):
    target = tmp_path / "taken.csv"
    target.write_text("keep", encoding="utf-8")
    one_line_error(run_cli("tables", small, "-o", target), "not a folder")
    assert target.read_text(encoding="utf-8") == "keep"


def test_output_under_a_file(small):
    one_line_error(run_cli("quantities", small, "-o", small / "q.csv"), "cannot write", "not a folder")


def test_unwritable_folder(tmp_path, small):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        if os.access(locked, os.W_OK):  # root writes anywhere: try a read-only file system instead
            target = Path("/sys/govreport-test/out")
            if not _cannot_mkdir("/sys/govreport-test"):
                pytest.skip("no unwritable folder on this machine (running as root without a read-only /sys)")
        else:
            target = locked / "out"
        one_line_error(run_cli("tables", small, "-o", target), "cannot write")
        one_line_error(run_cli("quantities", small, "-o", target / "q.csv"), "cannot write")
    finally:
        locked.chmod(0o755)


def _cannot_mkdir(path: str) -> bool:
    try:
        os.mkdir(path)
    except OSError:
        return True
    os.rmdir(path)
    return False


def test_disk_full_is_one_line_and_leaves_the_old_set(tmp_path, small, monkeypatch, capsys):
    """ENOSPC while the set is written (injected: no small full file system to mount here)."""
    from govreport import cli, outputs

    out = tmp_path / "tables"
    assert cli.main(["tables", str(small), "-o", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_open = open
    written = []

    def full_disk(file, mode="r", *args, **kwargs):
        if "w" in mode and "govreport-tmp" in str(file):
            written.append(file)
            if len(written) == 3:
                raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", full_disk)
    capsys.readouterr()
    assert cli.main(["tables", str(small), "-o", str(out)]) == 2
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert err.splitlines() == [f"error: {out}: cannot write: disk full"]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert temporaries(tmp_path) == []


def test_single_csv_disk_full(tmp_path, small, monkeypatch, capsys):
    from govreport import cli

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    assert cli.main(["quantities", str(small), "-o", str(tmp_path / "q.csv")]) == 2
    monkeypatch.undo()
    assert capsys.readouterr().err.strip().endswith("cannot write: disk full")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.txt"]


# --- output sets are atomic --------------------------------------------------------------------


def test_tables_replaces_the_set_as_a_whole_and_keeps_other_files(tmp_path, small):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.md").write_text("mine", encoding="utf-8")
    (out / "quantities.csv").write_text("old", encoding="utf-8")
    result = run_cli("tables", small, "-o", out)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["checks.csv", "notes.md", "quantities.csv", "sector_output.csv", "subsidies.csv", "targets.csv"]
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine"
    assert (out / "quantities.csv").read_text(encoding="utf-8").startswith("id,start,end")
    assert temporaries(tmp_path) == []


def test_failure_mid_set_leaves_the_previous_set(tmp_path):
    from govreport.outputs import write_set_atomic

    out = tmp_path / "out"
    write_set_atomic(out, {"a.csv": "old a\n", "b.csv": "old b\n"})

    class Boom(Exception):
        pass

    class Exploding(dict):
        def items(self):
            yield "a.csv", "new a\n"
            raise Boom

    with pytest.raises(Boom):
        write_set_atomic(out, Exploding())
    assert {p.name: p.read_text() for p in out.iterdir()} == {"a.csv": "old a\n", "b.csv": "old b\n"}
    assert temporaries(tmp_path) == []


def test_stale_temporaries_of_a_killed_run_are_removed(tmp_path, small):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale_dir = tmp_path / f".out.govreport-tmp-{dead.pid}-abc"
    stale_dir.mkdir()
    (stale_dir / "quantities.csv").write_text("half", encoding="utf-8")
    stale_file = tmp_path / f".q.csv.govreport-tmp-{dead.pid}-xyz.tmp"
    stale_file.write_text("half", encoding="utf-8")
    result = run_cli("tables", small, "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert temporaries(tmp_path) == []


def test_tables_killed_mid_run_leaves_no_mixed_set(tmp_path):
    """SIGKILL at a random moment: the folder is the old set or the new one, never a mix."""
    big = tmp_path / "big.txt"
    big.write_text(JINBI.read_text(encoding="utf-8") * 40, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    for name in ("quantities", "sector_output", "subsidies", "targets", "checks"):
        (out / f"{name}.csv").write_text("old\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "govreport", "tables", str(big), "-o", str(out)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    proc.kill()
    proc.wait()
    contents = {(out / f"{n}.csv").read_text(encoding="utf-8") == "old\n"
                for n in ("quantities", "sector_output", "subsidies", "targets", "checks")}
    assert len(contents) == 1  # all old or all new


# --- corpus: worker faults, limits, exit status ------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("a", "b", "c"):
        (reports / f"{name}.txt").write_text(SMALL, encoding="utf-8")
    return reports


def _dies(path: Path, name: str, file: str | None = None, real=corpus.process_report):
    """A worker that dies (SIGKILL, as the OOM killer does) on report b, every time."""
    if name == "b":
        os.kill(os.getpid(), signal.SIGKILL)
    return real(path, name, file)


def _dies_once(path: Path, name: str, file: str | None = None, real=corpus.process_report):
    """A worker that dies on report b the first time only (a marker file remembers)."""
    marker = path.with_name(".died")
    if name == "b" and not marker.exists():
        marker.write_text("x")
        os.kill(os.getpid(), signal.SIGKILL)
    return real(path, name, file)


def test_a_worker_killed_once_is_retried(folder, monkeypatch):
    monkeypatch.setattr(corpus, "process_report", _dies_once)
    results = corpus.run_corpus(folder, jobs=2, progress=False)
    assert [(r.name, r.error) for r in results] == [("a", ""), ("b", ""), ("c", "")]
    assert all(len(r.tables["quantities"]) for r in results)


def test_a_worker_that_always_dies_fails_only_its_report(folder, monkeypatch):
    monkeypatch.setattr(corpus, "process_report", _dies)
    results = corpus.run_corpus(folder, jobs=2, progress=False)
    errors = {r.name: r.error for r in results}
    assert errors["a"] == errors["c"] == ""
    assert errors["b"].startswith("worker died (SIGKILL") and errors["b"].endswith("(twice)")
    table = corpus.reports_table(results)
    assert table.loc[table["report"] == "b", "error"].item() == errors["b"]


def _slow(path: Path, name: str, file: str | None = None, real=corpus.process_report):
    if name == "b":
        time.sleep(60)
    return real(path, name, file)


def _greedy(path: Path, name: str, file: str | None = None, real=corpus.process_report):
    if name == "b":
        hog = bytearray(400 * 2**20)  # touched: private pages
        for i in range(0, len(hog), 4096):
            hog[i] = 1
        time.sleep(60)
    return real(path, name, file)


def test_time_limit_fails_one_report(folder, monkeypatch):
    monkeypatch.setattr(corpus, "process_report", _slow)
    started = time.monotonic()
    # a limit well above what a small report takes on a loaded machine, far below b's 60 s
    results = corpus.run_corpus(folder, jobs=2, progress=False, limits=corpus.Limits(seconds=2.0))
    assert time.monotonic() - started < 30
    errors = {r.name: r.error for r in results}
    assert errors["a"] == errors["c"] == "" and "time limit" in errors["b"]


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="no /proc/<pid>/smaps_rollup to measure workers")
def test_memory_limit_fails_one_report(folder, monkeypatch):
    monkeypatch.setattr(corpus, "process_report", _greedy)
    results = corpus.run_corpus(folder, jobs=2, progress=False, limits=corpus.Limits(memory_mb=200))
    errors = {r.name: r.error for r in results}
    assert errors["a"] == errors["c"] == "" and "memory limit" in errors["b"]


def test_corpus_exit_status_names_failures_and_allow_partial(tmp_path, folder):
    (folder / "broken.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = run_cli("corpus", folder, "-o", out, "-q", "--format", "csv")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith("error: 1 of 4 reports failed")
    reports = pd.read_csv(out / "reports.csv", dtype=str, keep_default_na=False)
    assert reports.set_index("report")["error"].to_dict() == {"a": "", "b": "", "broken": "empty file", "c": ""}
    result = run_cli("corpus", folder, "-o", out, "-q", "--allow-partial", "--format", "csv")
    assert result.returncode == 0, result.stderr


def test_corpus_reads_subfolders(tmp_path, folder):
    sub = folder / "2024" / "east"
    sub.mkdir(parents=True)
    (sub / "d.txt").write_text(SMALL, encoding="utf-8")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "e.txt").write_text(SMALL, encoding="utf-8")
    assert corpus.report_names(corpus.find_reports(folder), folder) == {
        folder / "2024" / "east" / "d.txt": "2024/east/d",
        folder / "a.txt": "a", folder / "b.txt": "b", folder / "c.txt": "c"}
    results = corpus.run_corpus(folder, jobs=1, progress=False)
    assert [(r.name, r.file, r.error) for r in results][0] == ("2024/east/d", "2024/east/d.txt", "")


# --- interruption -----------------------------------------------------------------------------------


@pytest.fixture
def slow_folder(tmp_path: Path) -> Path:
    reports = tmp_path / "slow"
    reports.mkdir()
    text = JINBI.read_text(encoding="utf-8") * 40
    for i in range(4):
        (reports / f"r{i}.txt").write_text(text, encoding="utf-8")
    return reports


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "govreport", *args], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")


def _workers_of(pid: int) -> list[str]:
    """The processes whose parent is ``pid`` (a corpus run's workers), from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if stat.read_text().rsplit(")", 1)[1].split()[1] == str(pid):
                found.append(stat.parent.name)
        except (OSError, IndexError):
            pass
    return found


def _start_corpus(args: list[str]) -> tuple[subprocess.Popen, list[str]]:
    """A corpus run, once its workers read: the run is under way, however fast or loaded the
    machine (a fixed sleep could end after a fast run, or before a slow one has started)."""
    proc = _start(["corpus", *args])
    workers: list[str] = []
    deadline = time.monotonic() + 20
    while not workers and proc.poll() is None and time.monotonic() < deadline:
        workers = _workers_of(proc.pid)
        if not workers:
            time.sleep(0.02)
    return proc, workers


def _wait_for_sigterm_handler(pid: int, timeout: float = 30.0) -> None:
    """Until the process catches SIGTERM (its SigCgt mask in /proc): on a busy machine importing
    can take longer than any fixed sleep. Where /proc is not there, the fixed sleep alone."""
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            caught = next(line for line in status.read_text().splitlines() if line.startswith("SigCgt:"))
        except (OSError, StopIteration):
            return
        if int(caught.split()[1], 16) >> (signal.SIGTERM - 1) & 1:
            return
        time.sleep(0.02)


def _group_gone(pgid: int) -> bool:
    for _ in range(20):
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_ctrl_c_stops_corpus_at_once_and_writes_nothing(tmp_path, slow_folder):
    out = tmp_path / "out"
    proc, workers = _start_corpus([str(slow_folder), "-o", str(out), "-q", "--format", "csv"])
    assert workers, "the run ended before its workers were seen"
    pressed = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)  # as the terminal sends it: to the whole process group
    time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # a second press never hangs
    stdout, stderr = proc.communicate(timeout=20)
    assert time.monotonic() - pressed < 5
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.splitlines()[-1].startswith("error: interrupted; nothing was written")
    assert not out.exists() and temporaries(tmp_path) == []
    assert _group_gone(proc.pid), "a worker outlived the interrupted run"


def test_sigterm_ends_tables_cleanly(tmp_path, slow_folder):
    out = tmp_path / "out"
    proc = _start(["tables", str(slow_folder / "r0.txt"), "-o", str(out)])
    _wait_for_sigterm_handler(proc.pid)  # a signal before it would find Python's default, not ours
    time.sleep(0.3)  # reading the report
    proc.send_signal(signal.SIGTERM)
    stdout, stderr = proc.communicate(timeout=20)
    assert proc.returncode in (143, 0), stderr  # 0 only if it finished first
    assert "Traceback" not in stderr
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("signum, code, word", [(signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted")])
def test_a_stop_a_library_redresses_still_ends_quietly(tmp_path, small, monkeypatch, capsys, signum, code, word):
    """CI once saw SIGTERM arrive while numpy was imported lazily: numpy's C code turned our exception
    into ``ImportError: PyCapsule_Import could not import module "datetime"`` and the command ended with
    that traceback. Here the library's conversion is played out in process, as numpy does it."""
    from govreport import cli

    def tables_importing_numpy(args):
        try:
            signal.raise_signal(signum)  # arrives inside the import
        except BaseException as exc:
            raise ImportError('PyCapsule_Import could not import module "datetime"') from exc
        return 0

    monkeypatch.setattr(cli, "_cmd_tables", tables_importing_numpy)
    assert cli.main(["tables", str(small), "-o", str(tmp_path / "out")]) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err and "ImportError" not in err
    assert err.splitlines()[-1].startswith(f"error: {word}")
    assert signal.getsignal(signal.SIGTERM) is not cli._raise_terminated  # handlers given back


def test_an_import_error_without_a_stop_is_not_hidden(tmp_path, small, monkeypatch):
    from govreport import cli

    def broken(args):
        raise ImportError("no module named x")

    monkeypatch.setattr(cli, "_cmd_tables", broken)
    with pytest.raises(ImportError):
        cli.main(["tables", str(small), "-o", str(tmp_path / "out")])


# --- bad metadata, endless input, a file cut mid-character -------------------------------------------


@pytest.mark.parametrize("value, ok", [('"2024"', True), ("2024", True), ("true", False), ('"二〇二四"', False),
                                       ("1" * 30, False), ("1" * 5000, False), ("2024.5", False), ("[2024]", False)])
def test_metadata_years_are_checked(tmp_path, small, value, ok):
    small.with_suffix(".json").write_text(f'{{"review_year": {value}, "place": "某市"}}', encoding="utf-8")
    if ok:
        assert govreport.read_report(small).review_year == 2024
    else:
        with pytest.raises(GovReportError, match="review_year|invalid JSON") as err:
            govreport.read_report(small)
        assert "\n" not in str(err.value) and len(str(err.value)) < 300


@pytest.mark.parametrize("content, words", [('{"place": 5}', "'place' must be a string"),
                                            ('{"level": "village"}', "'level' must be one of"),
                                            ('{"delivered": "March"}', "must be a date")])
def test_metadata_strings_are_checked_on_the_command_line(small, content, words):
    small.with_suffix(".json").write_text(content, encoding="utf-8")
    one_line_error(run_cli("quantities", small), words, "small.json")


def test_input_size_limit(small):
    one_line_error(run_cli("quantities", small, env={"GOVREPORT_MAX_INPUT_MB": "0.0001"}), "input limit")
    if Path("/dev/zero").exists():
        one_line_error(run_cli("quantities", "/dev/zero", env={"GOVREPORT_MAX_INPUT_MB": "1"}), "input limit")


def test_file_cut_mid_character_reads_with_a_warning(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(SMALL.encode("utf-8") + "左".encode("utf-8")[:2])
    result = run_cli("quantities", path)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [f"warning: {path}: ends in the middle of a UTF-8 character; "
                                          "its last 2 byte(s) were dropped"]
    clean = path.with_name("clean.txt")
    clean.write_text(SMALL, encoding="utf-8")
    assert result.stdout == run_cli("quantities", clean).stdout  # the same rows, the same offsets
    with pytest.warns(govreport.errors.GovReportWarning):
        assert govreport.read_report(path).text == SMALL


# --- traditional characters ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def simplified_tables() -> dict[str, pd.DataFrame]:
    return govreport.build_tables(govreport.read_report(JINBI))


@pytest.mark.parametrize("config", ["s2t", "s2hk"])
def test_traditional_report_gives_the_same_tables(tmp_path, simplified_tables, config):
    import opencc

    from govreport.report.fold import simplified

    traditional = opencc.OpenCC(config).convert(JINBI.read_text(encoding="utf-8"))
    path = tmp_path / "traditional.txt"
    path.write_text(traditional, encoding="utf-8")
    shutil.copy(JINBI.with_suffix(".json"), path.with_suffix(".json"))  # the same metadata beside it
    report = govreport.read_report(path)
    tables = govreport.build_tables(report)
    for name, table in simplified_tables.items():
        other = tables[name]
        assert len(other) == len(table), name
        for column in table.columns:
            mine, theirs = [str(v) for v in table[column]], [str(v) for v in other[column]]
            # cells quoting the report are as the report writes them; all else is the same
            assert [simplified(v) for v in theirs] == [simplified(v) for v in mine], (name, column)
    for name in ("sector_output", "subsidies", "targets"):
        for row in tables[name].itertuples():
            assert row.sentence == report.text[row.sentence_start:row.sentence_end]
            assert row.text == report.text[row.start:row.end]


def test_simplified_fold_keeps_length_and_leaves_simplified_alone():
    from govreport.report.fold import simplified

    text = JINBI.read_text(encoding="utf-8")
    assert simplified(text) is text
    assert simplified("總產值３億元，衞生") == "总产值３亿元，卫生"


# --- HTML --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def text_rows() -> pd.DataFrame:
    return govreport.extract_quantities(govreport.read_report(JINBI))


COLUMNS = ["value", "unit", "qualifier", "role", "year", "indicator", "category"]


def test_report_inside_pre_keeps_its_lines(tmp_path, text_rows):
    text = JINBI.read_text(encoding="utf-8")
    page = tmp_path / "pre.html"
    page.write_text(f"<html><body><div id='main'><pre>{html.escape(text)}</pre></div></body></html>", encoding="utf-8")
    report = govreport.read_report(page)
    assert report.text.splitlines() == [_squash(line) for line in text.splitlines() if line.strip()]
    rows = govreport.extract_quantities(report)
    pd.testing.assert_frame_equal(rows[COLUMNS], text_rows[COLUMNS])


def test_page_with_menus_longer_than_the_report_gives_the_report_only(tmp_path, text_rows):
    text = JINBI.read_text(encoding="utf-8")
    paragraphs = "\n".join(f"<p>\u3000\u3000{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    menu = "<ul>" + "".join(f'<li><a href="/n/{i}">第{i}期 2024年{i % 12 + 1}月工作动态{i}万元</a></li>'
                            for i in range(3000)) + "</ul>"
    links = "<div>" + " | ".join(f'<a href="/l/{i}">友情链接{i}</a>' for i in range(50)) + "</div>"
    footer = "".join("<div>返回顶部</div><div>打印本页</div>" for _ in range(5))
    page = tmp_path / "menus.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>政府工作报告</title></head><body><div>"
                    f"<div>{menu}</div><div>{paragraphs}</div>{footer}<div>{links}</div></div></body></html>",
                    encoding="utf-8")
    report = govreport.read_report(page)
    assert "工作动态" not in report.text and "友情链接" not in report.text and "返回顶部" not in report.text
    rows = govreport.extract_quantities(report)
    pd.testing.assert_frame_equal(rows[COLUMNS], text_rows[COLUMNS])


def test_ctrl_c_in_parquet_mode_keeps_finished_reports_and_resumes(tmp_path, slow_folder):
    out = tmp_path / "out"
    proc, _ = _start_corpus([str(slow_folder), "-o", str(out), "-q", "-j", "1"])
    time.sleep(0.5)  # a report may or may not have finished: either way it resumes
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=20)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.splitlines()[-1].endswith("(run the same command again to resume)")
    assert _group_gone(proc.pid), "a worker outlived the interrupted run"
    done = Store(out).done() if out.exists() else {}
    assert not list(tmp_path.rglob("*.govreport-tmp-*"))  # nothing half-written left behind
    for report in slow_folder.glob("*.txt"):  # the unfinished ones shrink: the re-run reads them soon
        if report.stem not in done:
            report.write_text(JINBI.read_text(encoding="utf-8"), encoding="utf-8")
    rerun = run_cli("corpus", slow_folder, "-o", out, "-q")
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(done)} unchanged since the last run" in rerun.stdout
    assert set(Store(out).done()) == {f"r{i}" for i in range(4)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers end with their parent on Linux (prctl)")
def test_workers_end_when_the_run_is_killed(tmp_path, slow_folder):
    proc, workers = _start_corpus([str(slow_folder), "-o", str(tmp_path / "out"), "-q"])
    assert workers, "no worker was running"
    proc.kill()
    proc.communicate(timeout=20)

    def running(pid: str) -> bool:
        try:
            with open(f"/proc/{pid}/stat") as f:
                return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
        except OSError:
            return False

    deadline = time.monotonic() + 5
    while any(running(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(running(w) for w in workers)
