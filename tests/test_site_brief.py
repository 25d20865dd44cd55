"""`python -m govreport brief`: the whole briefing site for any report, in zh, en or bi.

One full run (every notebook) in English on a corpus report (copied beside two other small ones, so
the panel compares three places); Chinese runs the briefing
notebook on the same report and bilingual two notebooks on the first report (one made to
fail), to keep `make test` fast (`make` itself renders the first report's whole site in
Chinese, and nbval checks those notebooks). Every site is checked the same way: pages
present, code hidden, charts present, nothing fetched from the network, no error output,
headings in the chosen language.

The three runs are subprocesses started as soon as the session knows it will run these tests
(tests/conftest.py calls ``start_runs`` when collection ends, in every xdist worker; the first
claims the run folder), so they run beside the rest of the suite, not after it.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from govreport.present.display import has_cjk, name_in
from govreport.present.notebook import header_text
from govreport.present.render import _bilingual, page_text
from test_render import network_references

ROOT = Path(__file__).resolve().parents[1]
FIRST = ROOT / "data" / "raw" / "jinbi_2024.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
NO_PLACE = CORPUS / "city_wuhan_2024.txt"  # states no place and no title: the header falls back to the file name
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
CODE = ("import govreport", "resolve_report", "briefing.", "display.show", "charts.")


def headings(page: str) -> list[str]:
    return [re.sub(r"<[^>]+>|¶", "", h).strip() for h in re.findall(r"<h[1-3][^>]*>(.*?)</h[1-3]>", page, re.S)]


def check_site(out: Path, names: list[str], lang: str, charts: int) -> None:
    assert (out / "index.html").is_file() and (out / "assumptions.html").is_file()
    index = (out / "index.html").read_text(encoding="utf-8")
    images = 0
    for name in names:
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert f'href="{name}.html"' in index
        assert not [c for c in CODE if c in page], f"{name}: code is shown"
        assert network_references(page) == [], f"{name}: fetches from the network"
        assert "Traceback" not in page and 'class="govreport-failed"' not in page and "jp-OutputArea-error" not in page
        images += page.count('src="data:image/png;base64,')
        executed = nbformat.read(out / "notebooks" / f"{name}.ipynb", as_version=4)
        assert not [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
        for h in headings(page):
            if lang == "en":
                assert not has_cjk(h), f"{name}: heading {h!r} is not English"
            else:
                assert has_cjk(h), f"{name}: heading {h!r} has no Chinese"
        if lang == "en":  # chart titles, from each chart's repr: English but for the place name
            for c in executed.cells:
                for o in c.get("outputs", []):
                    title = o.get("data", {}).get("text/plain", "")
                    if title.startswith("<Chart:"):
                        assert not has_cjk(title.split(":", 2)[-1]), f"{name}: chart {title}"
    assert images >= charts
    assert network_references(index) == []
    for page in out.glob("*.html"):  # not even a link to an outside host
        assert not re.search(r"""(?:src|href)\s*=\s*["']?https?:""", page.read_text(encoding="utf-8")), page.name
    assert "· — ·" not in index


# A run's exit status and output land in files beside its site, written by a small wrapper, so that
# any pytest process can wait for a run another one started (under xdist the runs start at
# collection in whichever worker claims the folder first; the file may then run in the other).
WRAPPER = ("import pathlib, subprocess, sys; log = pathlib.Path(sys.argv[1]); "
           "done = subprocess.run(sys.argv[2:], stdout=open(log / 'stdout', 'w'), stderr=open(log / 'stderr', 'w')); "
           "(log / 'rc.tmp').write_text(str(done.returncode)); (log / 'rc.tmp').rename(log / 'rc')")
RUNS = {"full_en": (NO_PLACE if NO_PLACE.is_file() else FIRST, "en", ()),
        "zh": (NO_PLACE if NO_PLACE.is_file() else FIRST, "zh", ("-n", "05")),
        "bi_fail": (FIRST, "bi", ("-n", "03", "-n", "05", "-p", "thresholds", "{no_such: 1}"))}


def run_base() -> Path:
    """The session's folder for the three runs: one per pytest run, shared by its xdist workers."""
    import tempfile

    session = os.environ.get("PYTEST_XDIST_TESTRUNUID") or str(os.getpid())
    return Path(tempfile.gettempdir()) / f"govreport-brief-test-{session}"


def beside_two_others(folder: Path, report: Path) -> Path:
    """The report copied into a folder of its own with the two smallest other corpus reports: the
    English site's panel (07_panel reads the reports beside the one it is given) then compares three
    places, not the whole corpus (nbval runs 07_panel on the whole corpus in Chinese)."""
    import shutil

    others = sorted((p for p in CORPUS.glob("*.txt") if p != report), key=lambda p: (p.stat().st_size, p.name))[:2]
    folder.mkdir()
    for path in (report, *others):
        shutil.copy(path, folder / path.name)
    return folder / report.name


def start_runs() -> None:
    """Start the three briefing runs in the background, once per session (the first caller claims the folder)."""
    base = run_base()
    try:
        base.mkdir()
    except FileExistsError:
        return
    for key, (path, lang, extra) in RUNS.items():
        if key == "full_en" and path == NO_PLACE:
            path = beside_two_others(base / "reports", NO_PLACE)
        log = base / f"{key}-log"
        log.mkdir()
        command = [sys.executable, "-m", "govreport", "brief", str(path), "-o", str(base / key), "--lang", lang, *extra]
        subprocess.Popen([sys.executable, "-c", WRAPPER, str(log), *command], cwd=ROOT,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def finished(key: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """Wait for one run's exit status file; its output as a CompletedProcess."""
    import time

    log = run_base() / f"{key}-log"
    deadline = time.monotonic() + timeout
    while not (log / "rc").is_file():
        assert time.monotonic() < deadline, f"briefing run {key} did not finish in {timeout:.0f} s"
        time.sleep(0.2)
    text = {name: (log / name).read_text(encoding="utf-8") for name in ("rc", "stdout", "stderr")}
    return subprocess.CompletedProcess(key, int(text["rc"]), text["stdout"], text["stderr"])


@pytest.fixture(scope="module")
def sites() -> dict[str, tuple[Path, Path, subprocess.CompletedProcess]]:
    """The three runs, finished: full_en (every notebook in English on a corpus report with no
    place, or the first report without the corpus), zh (the briefing notebook on that report) and
    bi_fail (notebooks 03 and 05 on the first report, bilingual, with a parameter that makes 03 fail).
    """
    import shutil

    start_runs()
    yield {key: (path, run_base() / key, finished(key)) for key, (path, _, _) in RUNS.items()}
    shutil.rmtree(run_base(), ignore_errors=True)


@pytest.fixture(scope="module")
def full_en(sites) -> tuple[Path, Path]:
    report, out, result = sites["full_en"]
    assert result.returncode == 0, result.stderr[-2000:]
    return report, out


def test_english_builds_the_whole_site(full_en):
    report, out = full_en
    check_site(out, [p.stem for p in NOTEBOOKS], "en", charts=3)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"<strong>{report.name}</strong>" in index or "Government work report" in index
    assert "Contents" in (out / "05_briefing.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in (out / "notebooks").iterdir()) == sorted(p.name for p in NOTEBOOKS)


def test_english_briefing_sentences_do_not_mix_languages(full_en):
    """The briefing's own sentences are English; Chinese only as whole names or quoted report text."""
    nb = nbformat.read(full_en[1] / "notebooks" / "05_briefing.ipynb", as_version=4)
    text = "\n".join(o["data"]["text/markdown"] for c in nb.cells for o in c.get("outputs", [])
                     if "text/markdown" in o.get("data", {}))
    assert "The parser found" in text
    # a Chinese run glued to a Latin letter is a name mixed into English words ("major projects 总投")
    assert not re.search(r"[A-Za-z] ?[\u4e00-\u9fff]+ ?[a-z]{2,}", text), text


@pytest.mark.skipif(not NO_PLACE.is_file(), reason="../shared/corpus is absent")
def test_chinese_site_on_a_corpus_report(sites):
    _, tmp_path, result = sites["zh"]
    assert result.returncode == 0, result.stderr[-2000:]
    check_site(tmp_path, ["05_briefing"], "zh", charts=1)
    page = (tmp_path / "05_briefing.html").read_text(encoding="utf-8")
    assert "简报" in page and "The five things" not in page and "city_wuhan_2024.txt" in page


def test_first_report_bilingual_and_a_failing_notebook(sites):
    """One run: a notebook that fails is one line on stderr, and the site still builds around it."""
    _, tmp_path, result = sites["bi_fail"]
    assert result.returncode == 1
    errors = [l for l in result.stderr.splitlines() if l.startswith("error:")]
    assert errors == [errors[0]] and "03_goal_feasibility" in errors[0] and "cell" in errors[0]
    assert "ValueError" in errors[0] and "Traceback" not in result.stderr
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'class="failed"' in index and "05_briefing.html" in index and "金碧镇" in index
    assert 'class="govreport-failed"' in (tmp_path / "03_goal_feasibility.html").read_text(encoding="utf-8")
    check_site(tmp_path, ["05_briefing"], "bi", charts=3)
    page = (tmp_path / "05_briefing.html").read_text(encoding="utf-8")
    assert "简报" in page and "Briefing" in page


@pytest.mark.parametrize("args, message", [
    (["no_such_report.txt"], "no such report"),
    ([str(FIRST), "-p", "no_such_parameter", "1"], "no notebook has such a parameter"),
    ([str(FIRST), "-n", "99"], "no such notebook"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, args, message):
    from govreport.cli import main

    out = tmp_path / "site"
    assert main(["brief", *args, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_output_never_overwrites_the_committed_notebooks(capsys):
    from govreport.cli import main

    assert main(["brief", str(FIRST), "-o", str(ROOT)]) == 2
    assert "overwrite" in capsys.readouterr().err


def test_every_markdown_cell_has_its_chinese_and_english_text():
    texts = page_text()
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                entry = texts.get(path.stem, {}).get(cell.id)
                assert entry, f"{path.name}: markdown cell {cell.id} has no entry in data/notebook_text.json"
                assert not has_cjk(re.sub(r"确保|完成|力争|争取|亩", "", entry["en"])), (path.name, cell.id)
                assert has_cjk(entry["zh"])


def test_bilingual_prose_puts_chinese_then_english():
    assert _bilingual("## 1 · 产值", "## 1 · Output") == "## 1 · 产值 · Output"
    assert _bilingual("## 产值", "## Output") == "## 产值 · Output"
    assert _bilingual("# 标题\n\n中文。", "# Title\n\nEnglish.") == "# 标题 · Title\n\n中文。\n\nEnglish."


def test_header_falls_back_to_the_title_or_the_file_name():
    assert header_text({}, "r.txt", "zh") == "**r.txt**"
    assert header_text({"title": "政府工作报告"}, "r.txt", "en") == "**Government work report** · `r.txt`"
    line = header_text({"place": "金碧镇", "title": "政府工作报告(2024年)", "review_year": 2024, "plan_year": 2025}, "j.txt", "en")
    assert line == "**金碧镇 · Government work report (2024)** · reviews 2024, plans 2025 · `j.txt`"
    assert "—" not in header_text({"title": "政府工作报告"}, "r.txt", "bi")


def test_names_are_english_only_when_wholly_english():
    assert name_in("重大项目总投", "major projects 总投", "en") == "重大项目总投"
    assert name_in("重大项目总投", "", "en") == "重大项目总投"
    assert name_in("农作物", "crops", "en") == "crops"
    assert name_in("农作物", "crops", "bi") == "农作物 crops"
    assert name_in("农作物", "major projects 总投", "bi") == "农作物"
    assert name_in("农作物", "crops", "zh") == "农作物"
