"""HTML briefings: code hidden, images embedded, nothing fetched from the network; clean metadata."""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from govreport.present.render import clean_notebook, notebook_title, render_html, render_index

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def small_notebook(path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# 标题 Title\n\nWhat this answers.\n\n$x^2$ math"),
                nbformat.v4.new_code_cell("secret_code_line = 1", execution_count=1,
                                          outputs=[nbformat.v4.new_output("stream", text="visible output\n")])]
    nb.metadata["papermill"] = {"start_time": "2026-01-01T00:00:00", "input_path": "/abs/path.ipynb"}
    nb.cells[1].metadata["papermill"] = {"duration": 1.5}
    nb.cells[1].metadata["execution"] = {"iopub.execute_input": "2026-01-01T00:00:00"}
    nbformat.write(nb, path)
    return path


def network_references(html: str) -> list[str]:
    """src/href of <script>, <link>, <img> and @import/url() that point at http(s)."""
    refs = re.findall(r"<(?:script|link|img|iframe)\b[^>]*?(?:src|href)\s*=\s*[\"']?(https?:[^\"' >]+)", html, re.I)
    refs += re.findall(r"@import\s+(?:url\()?[\"']?(https?:[^\"')]+)", html, re.I)
    refs += re.findall(r"url\(\s*[\"']?(https?:[^\"')]+)", html, re.I)
    refs += re.findall(r"import\(\s*[\"'](https?:[^\"']+)", html, re.I)
    return refs


def test_page_hides_code_and_fetches_nothing(tmp_path):
    nb = small_notebook(tmp_path / "01_demo.ipynb")
    page = render_html(nb, tmp_path).read_text(encoding="utf-8")
    assert "visible output" in page
    assert "secret_code_line" not in page
    assert network_references(page) == []
    assert "<title>标题 Title</title>" in page
    assert render_html(nb, tmp_path).read_text(encoding="utf-8") == page  # byte-stable


def test_index_links_every_page_by_title(tmp_path):
    nb = small_notebook(tmp_path / "01_demo.ipynb")
    index = render_index([nb], tmp_path / "index.html").read_text(encoding="utf-8")
    assert '<a href="01_demo.html">标题 Title</a>' in index
    assert "What this answers." in index
    assert network_references(index) == []


def test_clean_removes_timings_and_paths(tmp_path):
    nb = small_notebook(tmp_path / "01_demo.ipynb")
    assert clean_notebook(nb) is True
    text = nb.read_text(encoding="utf-8")
    assert "papermill" not in text and "2026-01-01" not in text and "/abs/path" not in text
    assert clean_notebook(nb) is False  # idempotent


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_notebooks_follow_the_house_shape(path):
    nb = nbformat.read(path, as_version=4)
    title, question = notebook_title(nb)
    assert nb.cells[0].cell_type == "markdown" and title and question
    assert nb.cells[1].cell_type == "code" and "parameters" in nb.cells[1].metadata.get("tags", [])
    assert "report_path" in nb.cells[1].source and "lang" in nb.cells[1].source
    assert nb.metadata["kernelspec"]["name"] == "govreport"
    assert "papermill" not in nb.metadata
    text = path.read_text(encoding="utf-8")
    assert "/work/" not in text and "/home/" not in text and "/tmp/" not in text


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_outputs_have_no_errors_or_warnings(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", out.get("evalue")
            assert not (out.output_type == "stream" and out.name == "stderr"), out.text


def test_rendered_reports_are_offline():
    pages = sorted((ROOT / "reports").glob("*.html"))
    if not pages:
        pytest.skip("reports/ not built yet (run make)")
    for page in pages:
        assert network_references(page.read_text(encoding="utf-8")) == [], page.name


def _fake_papermill(monkeypatch, failures: list[Exception]) -> list[str]:
    """papermill.execute_notebook raising the given errors in turn, then succeeding."""
    import papermill

    calls: list[str] = []

    def execute(source, output, *args, **kwargs):
        calls.append(source)
        half = Path(source).read_text(encoding="utf-8").replace('"1"', '"half"')
        Path(output).write_text(half, encoding="utf-8")  # papermill writes the notebook as it goes
        if failures:
            raise failures.pop(0)
        Path(output).write_text(Path(source).read_text(encoding="utf-8").replace('"1"', '"2"'), encoding="utf-8")

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    return calls


def _notebook(tmp_path: Path) -> Path:
    path = tmp_path / "nb.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")]), path)
    return path


def test_a_kernel_that_dies_starting_is_started_once_more(tmp_path, monkeypatch):
    from govreport.present.kernels import KERNEL_START_FAILED
    from govreport.present.render import run_notebook

    path = _notebook(tmp_path)
    calls = _fake_papermill(monkeypatch, [RuntimeError(KERNEL_START_FAILED)])
    assert run_notebook(str(path), "govreport", 10, 10) == str(path)
    assert len(calls) == 2
    calls = _fake_papermill(monkeypatch, [RuntimeError(KERNEL_START_FAILED)] * 2)
    with pytest.raises(RuntimeError):
        run_notebook(str(path), "govreport", 10, 10)
    assert len(calls) == 2


def test_a_kernel_that_never_answers_starting_is_started_once_more(tmp_path, monkeypatch):
    """The port race's other face (ZMQError: Address already in use): the client times out waiting for the kernel."""
    from govreport.present.render import run_notebook

    path = _notebook(tmp_path)
    calls = _fake_papermill(monkeypatch, [RuntimeError("Kernel didn't respond in 120 seconds")])
    assert run_notebook(str(path), "govreport", 10, 10) == str(path)
    assert len(calls) == 2
    calls = _fake_papermill(monkeypatch, [RuntimeError("some other failure")])
    with pytest.raises(RuntimeError):
        run_notebook(str(path), "govreport", 10, 10)
    assert len(calls) == 1


def test_a_notebook_failing_in_a_cell_is_not_run_again_and_left_as_it_was(tmp_path, monkeypatch):
    """papermill writes the notebook as it executes: a failed run must not leave it half-written (session 42's
    failed `make` did), nor leave its temporary file beside it."""
    from govreport.present.render import run_notebook

    path = _notebook(tmp_path)
    before = path.read_text(encoding="utf-8")
    calls = _fake_papermill(monkeypatch, [RuntimeError("cell 3 raised ValueError")])
    with pytest.raises(RuntimeError):
        run_notebook(str(path), "govreport", 10, 10)
    assert len(calls) == 1
    assert path.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["nb.ipynb"]


def test_a_notebook_run_replaces_it_with_the_executed_and_cleaned_one(tmp_path, monkeypatch):
    from govreport.present.render import run_notebook

    path = _notebook(tmp_path)
    _fake_papermill(monkeypatch, [])
    assert run_notebook(str(path), "govreport", 10, 10) == str(path)
    assert nbformat.read(path, as_version=4).cells[0].source == "2"
    assert [p.name for p in tmp_path.iterdir()] == ["nb.ipynb"]


def test_a_briefing_notebook_whose_kernel_dies_starting_is_started_once_more(tmp_path, monkeypatch):
    """The site builder (present.brief.run_one) runs three notebooks at a time: a kernel that dies before replying
    (two kernels racing for one port; seen once in the site tests) is started again, once; a cell error is one line."""
    from papermill.exceptions import PapermillExecutionError

    from govreport.present.brief import run_one
    from govreport.present.kernels import KERNEL_START_FAILED

    path, target = _notebook(tmp_path), tmp_path / "out.ipynb"
    calls = _fake_papermill(monkeypatch, [RuntimeError(KERNEL_START_FAILED)])
    assert run_one(str(path), str(target), {}, "govreport", 0) == ""
    assert len(calls) == 2
    calls = _fake_papermill(monkeypatch, [RuntimeError(KERNEL_START_FAILED)] * 2)
    assert KERNEL_START_FAILED in run_one(str(path), str(target), {}, "govreport", 0)
    assert len(calls) == 2
    failed = PapermillExecutionError(3, 1, "x = int('a')", "ValueError", "invalid literal", [])
    calls = _fake_papermill(monkeypatch, [failed])
    assert run_one(str(path), str(target), {}, "govreport", 0).startswith("cell 3 (x = int('a')): ValueError")
    assert len(calls) == 1


def test_the_site_builders_kernels_talk_over_sockets_of_their_own(tmp_path):
    """Its kernel manager uses IPC at a path of its own (no TCP port to race for) and still runs a notebook."""
    import papermill

    from govreport.present.kernels import quiet_kernel_manager

    first, second = quiet_kernel_manager()(), quiet_kernel_manager()()
    assert first.transport == "ipc" and first.ip != second.ip
    path = _notebook(tmp_path)
    papermill.execute_notebook(str(path), str(path), kernel_name="python3", kernel_manager_class=quiet_kernel_manager(),
                               progress_bar=False)
    assert nbformat.read(path, as_version=4).cells[0].outputs[0]["data"]["text/plain"] == "1"
