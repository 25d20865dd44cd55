"""Generality: one report stored in any encoding or as an HTML page gives the same figures; corpus
mode on the command line (each corpus report's own rows are checked in tests/report_checks.py).

The corpus lives outside the repository (../shared/corpus); its tests skip when it is absent.
"""
from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import govreport
from report_checks import assert_sound_rows

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()
JINBI = ROOT / "data" / "raw" / "jinbi_2024.txt"
CORPUS_FILES = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []

needs_corpus = pytest.mark.skipif(not CORPUS_FILES, reason=f"corpus folder {CORPUS} is absent")


# Each corpus report's sound rows, parts, plan targets and review year: tests/report_checks.py, beside
# its recorded tables (test_outputs_unchanged*.py), so each report is built once.

# --- one report, many files -----------------------------------------------------------------

COMPARED = ["text", "value", "value_high", "unit", "qualifier", "role", "year"]


def jinbi_copy(tmp_path: Path, name: str, data: bytes) -> Path:
    """A copy of the first report stored differently, with its metadata beside it."""
    path = tmp_path / name
    path.write_bytes(data)
    shutil.copy(JINBI.with_suffix(".json"), path.with_suffix(".json"))
    return path


def as_html_page(text: str) -> str:
    """The report as a government site would serve it: furniture around, one <p> per line."""
    paragraphs = "\n".join(f"<p>\u3000\u3000{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>政府工作报告</title>'
        "<script>var tj = 1;</script></head>\n<body>\n"
        '<div class="nav"><a href="/">首页</a> <a href="/xxgk">信息公开</a></div>\n'
        f'<div class="content"><div id="zoom">\n{paragraphs}\n</div></div>\n'
        '<div class="footer">主办：大姚县人民政府办公室 网站标识码5323260001</div>\n</body></html>\n'
    )


@pytest.fixture(scope="module")
def utf8_rows() -> pd.DataFrame:
    return govreport.extract_quantities(govreport.read_report(JINBI))


STORED = {
    "gbk": lambda t: t.encode("gbk"),
    "gb18030 with CRLF": lambda t: t.replace("\n", "\r\n").encode("gb18030"),
    "utf-8 with BOM": lambda t: "\ufeff".encode("utf-8") + t.encode("utf-8"),
    "utf-16": lambda t: t.encode("utf-16"),
}


@pytest.mark.parametrize("label", list(STORED))
def test_encodings_give_identical_tables(tmp_path, utf8_rows, label):
    text = JINBI.read_text(encoding="utf-8")
    path = jinbi_copy(tmp_path, "jinbi_copy.txt", STORED[label](text))
    report = govreport.read_report(path)
    assert report.text == text
    assert report.meta["encoding"] != "utf-8" or label.startswith("utf-8")
    rows = govreport.extract_quantities(report)
    pd.testing.assert_frame_equal(rows, utf8_rows)


def test_html_page_gives_the_same_figures(tmp_path, utf8_rows):
    text = JINBI.read_text(encoding="utf-8")
    path = jinbi_copy(tmp_path, "jinbi_page.html", as_html_page(text).encode("utf-8"))
    report = govreport.read_report(path)
    assert report.meta["format"] == "html"
    assert "首页" not in report.text.splitlines()[0] and "标识码" not in report.text
    rows = govreport.extract_quantities(report)
    assert_sound_rows(report, rows)
    cols = [c for c in COMPARED if c in rows.columns]
    pd.testing.assert_frame_equal(rows[cols], utf8_rows[cols])


def test_extracted_text_written_out_keeps_the_offsets(tmp_path):
    """The text an HTML page's offsets refer to can be saved; reading it back gives the same rows."""
    from govreport.report.reading import write_extracted

    page = jinbi_copy(tmp_path, "jinbi_page.html", as_html_page(JINBI.read_text(encoding="utf-8")).encode("utf-8"))
    report = govreport.read_report(page)
    extracted = tmp_path / "jinbi_page.txt"
    write_extracted(report, extracted)
    assert extracted.read_text(encoding="utf-8") == report.text
    again = govreport.extract_quantities(govreport.read_report(extracted))
    pd.testing.assert_frame_equal(again, govreport.extract_quantities(report))


def test_traditional_big5_copy_gives_the_same_figures(tmp_path, utf8_rows):
    """The report in Taiwan-standard traditional characters, saved as Big5: the scan copy folds
    it back to simplified one character for one, so the same figures come out at the same offsets."""
    import opencc

    text = JINBI.read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2tw").convert(text)
    assert traditional != text and len(traditional) == len(text)
    report = govreport.read_report(jinbi_copy(tmp_path, "jinbi_big5.txt", traditional.encode("cp950")))
    assert (report.text, report.meta["encoding"]) == (traditional, "big5")
    rows = govreport.extract_quantities(report)
    cols = ["start", "end", "value", "value_high", "unit", "qualifier", "role", "year", "category", "part"]
    pd.testing.assert_frame_equal(rows[cols], utf8_rows[cols])


# --- corpus mode on the command line --------------------------------------------------------


def test_corpus_mode_writes_one_table_per_kind(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    text = JINBI.read_text(encoding="utf-8")
    jinbi_copy(folder, "b_utf8.txt", text.encode("utf-8"))
    jinbi_copy(folder, "a_gbk.txt", text.encode("gbk"))
    (folder / "c_broken.txt").write_bytes(b"")
    (folder / "MANIFEST.csv").write_text("file\n", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "govreport", "corpus", str(folder), "-o", str(out), "--format", "csv"],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert result.returncode == 1, result.stderr  # a report failed: the tables hold the others
    assert f"error: {folder / 'c_broken.txt'}: empty file" in result.stderr.splitlines()
    assert "1 of 3 reports failed" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("2 reports read, 1 failed, ")
    quantities = pd.read_csv(out / "quantities.csv", dtype=str, keep_default_na=False)
    assert quantities.columns[0] == "report"
    assert quantities["report"].drop_duplicates().tolist() == ["a_gbk", "b_utf8"]
    a, b = (quantities[quantities["report"] == name].drop(columns="report").reset_index(drop=True)
            for name in ("a_gbk", "b_utf8"))
    pd.testing.assert_frame_equal(a, b)
    reports = pd.read_csv(out / "reports.csv", dtype=str, keep_default_na=False)
    assert reports["report"].tolist() == ["a_gbk", "b_utf8", "c_broken"]
    assert reports["error"].tolist() == ["", "", "empty file"]
    assert not list(out.glob(".*.tmp"))


@needs_corpus
def test_corpus_mode_is_deterministic_across_job_counts(tmp_path):
    from govreport.corpus.runner import combine_tables, run_corpus

    files = sorted(sorted(CORPUS_FILES, key=lambda f: f.stat().st_size)[:3])  # the three smallest, in name order
    folder = tmp_path / "three"
    folder.mkdir()
    for f in files:
        shutil.copy(f, folder / f.name)
    serial = combine_tables(run_corpus(folder, jobs=1, progress=False))
    parallel = combine_tables(run_corpus(folder, jobs=2, progress=False))
    assert serial.keys() == parallel.keys()
    for kind in serial:
        pd.testing.assert_frame_equal(serial[kind], parallel[kind])
    assert serial["quantities"]["report"].drop_duplicates().tolist() == [f.stem for f in files]


def test_corpus_mode_reads_the_largest_reports_first(tmp_path):
    """Workers take the largest report first (no core waits long for the other's last report at
    the end of a run); the results still come back in name order."""
    from govreport.corpus.runner import run_corpus

    folder = tmp_path / "sizes"
    folder.mkdir()
    line = "二、2024年工作安排\n今年地区生产总值增长6%左右。\n"
    for name, copies in (("a_small", 1), ("b_large", 30), ("c_middle", 8)):
        (folder / f"{name}.txt").write_text(line * copies, encoding="utf-8")
    arrived: list[str] = []

    def seen(result):
        arrived.append(result.name)
        return result

    results = run_corpus(folder, jobs=1, progress=False, on_result=seen)
    assert arrived == ["b_large", "c_middle", "a_small"]
    assert [r.name for r in results] == ["a_small", "b_large", "c_middle"]
