"""Bad input: one line on stderr naming the file, exit status 2, no traceback, no partial output.

Each case is run through the real command line in a subprocess, as a user would meet it, and
through the API, where it must be the package's own GovReportError.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import govreport
from cli_runner import run_cli
from govreport.errors import GovReportError

ROOT = Path(__file__).resolve().parents[1]

NOT_CHINESE = (
    "Government Work Report 2024\n"
    "GDP grew by 5.2% and 12.44 million urban jobs were added (新增就业).\n"
)
NO_FIGURE = (
    "政府工作报告\n"
    "各位代表：现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。\n"
)

# (name, file name, bytes or None for "does not exist", words the message must contain)
BAD_INPUTS = [
    ("missing", "missing.txt", None, "no such file"),
    ("empty", "empty.txt", b"", "empty file"),
    ("only whitespace", "blank.txt", "\n \u3000\r\n".encode("utf-8"), "empty file"),
    ("binary", "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(64) + b"IHDR" + bytes(range(256)), "binary file"),
    ("undecodable", "garbled.txt", b"\xe6\x94\xbf\xe5\xba" + b"\x80\xff\xfe\x81\xfd" * 30, "undecodable"),
    ("not Chinese", "english.txt", NOT_CHINESE.encode("utf-8"), "no Chinese text"),
    ("no figure", "opening.txt", NO_FIGURE.encode("utf-8"), "no figure"),
    ("html without text", "page.html", b"<html><head><script>var a;</script></head><body></body></html>", "HTML"),
]
IDS = [case[0] for case in BAD_INPUTS]


def test_python_dash_m_entry_point_gives_one_line_and_status_2(tmp_path):
    """The real entry point once, in a subprocess; the other cases run the CLI in-process."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    result = subprocess.run([sys.executable, "-m", "govreport", "quantities", str(tmp_path / "missing.txt")],
                            capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def make(tmp_path: Path, name: str, data: bytes | None) -> Path:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    return path


def assert_one_line_error(result: subprocess.CompletedProcess, path: Path, words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert str(path) in lines[0]
    assert words in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("label, name, data, words", BAD_INPUTS, ids=IDS)
def test_api_raises_govreport_error(tmp_path, label, name, data, words):
    path = make(tmp_path, name, data)
    with pytest.raises(GovReportError) as err:  # a text with no figure is refused where figures are found
        govreport.extract_quantities(govreport.read_report(path))
    assert err.value.path == str(path)
    assert words in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("label, name, data, words", BAD_INPUTS, ids=IDS)
def test_cli_quantities_one_line_exit_2_no_output(tmp_path, label, name, data, words):
    path = make(tmp_path, name, data)
    out = tmp_path / "out" / "quantities.csv"
    result = run_cli("quantities", path, "-o", out)
    assert_one_line_error(result, path, words)
    assert not out.exists()
    assert not list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True


def test_cli_tables_on_bad_input_writes_nothing(tmp_path):
    path = make(tmp_path, "english.txt", NOT_CHINESE.encode("utf-8"))
    out = tmp_path / "tables"
    result = run_cli("tables", path, "-o", out)
    assert_one_line_error(result, path, "no Chinese text")
    assert not out.exists() or not any(out.iterdir())


def test_cli_folder_given_as_report(tmp_path):
    result = run_cli("quantities", tmp_path)
    assert_one_line_error(result, tmp_path, "folder")


def test_cli_invalid_metadata_names_the_json_file(tmp_path):
    report = make(tmp_path, "jinbi.txt", (ROOT / "data" / "raw" / "jinbi_2024.txt").read_bytes())
    meta = make(tmp_path, "jinbi.json", b'{"place": "\xe9\x87\x91\xe7\xa2\xa7\xe9\x95\x87",}')
    result = run_cli("quantities", report, "-o", tmp_path / "q.csv")
    assert_one_line_error(result, meta, "invalid JSON")
    assert not (tmp_path / "q.csv").exists()


@pytest.mark.parametrize("setup, words", [("missing", "no such folder"), ("empty", "no reports")])
def test_cli_corpus_missing_or_empty_folder(tmp_path, setup, words):
    folder = tmp_path / "corpus"
    if setup == "empty":
        folder.mkdir()
        (folder / "MANIFEST.csv").write_text("file\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("corpus", folder, "-o", out, "--quiet")
    assert_one_line_error(result, folder, words)
    assert not out.exists()


def test_cli_corpus_all_bad_exits_2_and_names_each_file(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    bad = [make(folder, "a.txt", b""), make(folder, "b.txt", NOT_CHINESE.encode("utf-8"))]
    out = tmp_path / "out"
    result = run_cli("corpus", folder, "-o", out, "--quiet", "--jobs", "1")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert [line.split(": ")[1] for line in lines[:2]] == [str(p) for p in bad]
    assert lines[-1].startswith(f"error: {folder}: all 2 reports failed")
    assert "Traceback" not in result.stderr
    assert not out.exists()
