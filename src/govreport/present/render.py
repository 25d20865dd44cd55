"""Running the notebooks with papermill, and rendering them as HTML briefings that open offline.

``python -m govreport.present.render run NB… -k KERNEL``  execute with papermill, in parallel; replaced on success
``python -m govreport.present.render clean NB…``      drop run-specific metadata papermill leaves behind
``python -m govreport.present.render html NB… -o DIR``  one page per notebook, code hidden, images embedded
``python -m govreport.present.render index NB… -o FILE``  the contents page linking every page by its title
``python -m govreport.present.render site NB… -o DIR``  every page and the contents page, in one process

``site`` takes ``--lang zh|en|bi`` (default: the ``lang`` each notebook ran with): the prose of
the Markdown cells comes from ``data/notebook_text.json`` in that language. ``python -m
govreport brief`` (govreport.present.brief) runs every notebook on any report and renders its site.

``run`` and ``site`` exist for speed: papermill and nbconvert are imported once, not once per
notebook, and two notebooks execute at a time (one kernel each).

The pages use the ``offline`` template (templates/offline), which is nbconvert's lab template
without require.js, MathJax, mermaid or widget scripts from a CDN: nothing is fetched from the
network. Output is deterministic, so a re-render of an unchanged notebook is byte-identical.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from functools import cache
from pathlib import Path

import nbformat

from govreport.config import ASSUMPTIONS, TEMPLATES
from govreport.lexicon import read_json
from govreport.outputs import write_text_atomic, write_via_atomic
from govreport.present.kernels import kernel_start_failed, quiet_kernel_manager

HTML_LANG = {"zh": "zh", "en": "en", "bi": "zh"}  # ISO 639-1, as nbconvert requires
VOLATILE_CELL_KEYS = ("papermill", "execution", "collapsed", "scrolled")
VOLATILE_NB_KEYS = ("papermill", "widgets")


def clean_notebook(path: str | Path) -> bool:
    """Remove timings and run paths from a notebook's metadata; True if the file changed.

    papermill records start/end times, durations and its input/output paths; nbclient records
    per-cell timestamps. None of that is an output, and all of it changes on every run.
    """
    path = Path(path)
    before = path.read_text(encoding="utf-8")
    nb = nbformat.reads(before, as_version=4)
    for key in VOLATILE_NB_KEYS:
        nb.metadata.pop(key, None)
    for cell in nb.cells:
        for key in VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)
        if cell.metadata.get("tags") == []:
            del cell.metadata["tags"]
    after = nbformat.writes(nb) + "\n"
    if after != before:
        write_text_atomic(path, after)
        return True
    return False


@cache
def page_text() -> dict[str, dict[str, dict[str, str]]]:
    """``data/notebook_text.json``: each notebook's Markdown in Chinese and English, and the site's words."""
    return {k: v for k, v in read_json("notebook_text.json").items() if not k.startswith("_")}


def site_word(key: str, lang: str, **values: str) -> str:
    """A word or sentence of the pages around the notebooks; bilingual is Chinese then English."""
    entry = page_text()["site"][key]
    if lang == "bi":  # "← 目录 Contents": a leading arrow once
        return f"{entry['zh'].format(**values)} {entry['en'].format(**values).removeprefix('← ')}"
    return entry[lang].format(**values)


LANG_PARAMETER = re.compile(r"""^\s*lang\s*=\s*["'](zh|en|bi)["']""", re.M)


def notebook_lang(nb: nbformat.NotebookNode) -> str:
    """The ``lang`` a notebook ran with: the last assignment in its (injected) parameters cells."""
    found = "zh"
    for cell in nb.cells:
        tags = cell.metadata.get("tags", [])
        if cell.cell_type == "code" and ("parameters" in tags or "injected-parameters" in tags):
            found = (LANG_PARAMETER.findall(cell.source) or [found])[-1]
    return found


def _bilingual(zh: str, en: str) -> str:
    """Chinese then English, block by block: headings joined on one line, paragraphs one after the other."""
    zb, eb = zh.strip().split("\n\n"), en.strip().split("\n\n")
    if len(zb) != len(eb):
        return f"{zh.strip()}\n\n{en.strip()}"
    out = []
    for z, e in zip(zb, eb):
        if z.startswith("#") and e.startswith("#") and "\n" not in z and "\n" not in e:
            number, _, rest = e.lstrip("#").strip().partition(" · ")
            same = rest and z.lstrip("#").strip().startswith(f"{number} · ")  # "05 · 简报 · Briefing"
            out.append(f"{z} · {rest if same else e.lstrip('#').strip()}")
        elif z == e or z.startswith("---"):
            out.append(z if z == e else f"{z}\n\n{e.removeprefix('---').strip()}")
        else:
            out.append(f"{z}\n\n{e}")
    return "\n\n".join(out)


def localize(nb: nbformat.NotebookNode, name: str, lang: str) -> nbformat.NotebookNode:
    """The notebook's Markdown cells in ``lang`` (a copy); cells with no entry stay as written."""
    import copy

    texts = page_text().get(name, {})
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        entry = texts.get(cell.get("id", ""))
        if cell.cell_type != "markdown" or not entry:
            continue
        cell.source = _bilingual(entry["zh"], entry["en"]) if lang == "bi" else entry[lang]
    return nb


def notebook_title(nb: nbformat.NotebookNode) -> tuple[str, str]:
    """The first Markdown heading and the paragraph after it (the question the notebook answers)."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        lines = cell.source.strip().splitlines()
        for i, line in enumerate(lines):
            if line.startswith("#"):
                title = line.lstrip("#").strip()
                rest = " ".join(l.strip() for l in lines[i + 1:] if l.strip() and not l.startswith("#"))
                return title, _plain_markdown(rest)
        break
    return "", ""


def _plain_markdown(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[*_`]", "", text)


def render_html(notebook: str | Path, out_dir: str | Path, lang: str | None = None, failure: str = "") -> Path:
    """Render one executed notebook to ``out_dir/<name>.html`` without code cells or prompts.

    ``lang`` picks the language of the Markdown prose (default: the one the notebook ran with).
    ``failure`` (one line) marks a notebook that stopped with an error: a banner says so, and
    the error output is shown as that line instead of a traceback.
    """
    from nbconvert import HTMLExporter

    notebook = Path(notebook)
    nb = nbformat.read(notebook, as_version=4)
    lang = lang or notebook_lang(nb)
    nb = localize(nb, notebook.stem, lang)
    if failure:
        for cell in nb.cells:
            cell["outputs"] = [
                nbformat.v4.new_output("display_data", data={"text/html": (
                    f'<p class="govreport-failed">{html.escape(site_word("failed_output", lang, error=failure))}</p>')})
                if out.get("output_type") == "error" else out for out in cell.get("outputs", [])]
    title = notebook_title(nb)[0] or notebook.stem
    exporter = HTMLExporter(
        template_name="offline",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
        language_code=HTML_LANG[lang],
    )
    banner = f'<p class="govreport-failed">{html.escape(site_word("failed_banner", lang, error=failure))}</p>' if failure else ""
    resources = {"metadata": {"name": title},
                 "govreport": {"contents": site_word("contents", lang), "banner": banner}}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    body = body.replace('href="../docs/assumptions.md', 'href="assumptions.html')
    body = "\n".join(line.rstrip() for line in body.splitlines()) + "\n"
    target = Path(out_dir) / f"{notebook.stem}.html"
    write_text_atomic(target, body)
    return target


PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
  body {{ font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
         max-width: 820px; margin: 2em auto; padding: 0 1em; line-height: 1.6; color: #222; }}
  h1 {{ font-size: 1.6em; }}
  li {{ margin-bottom: 1em; }}
  ul.pages {{ list-style: none; padding-left: 0; }}
  li a {{ font-weight: bold; }}
  p.note {{ color: #555; font-size: 0.9em; }}
  p.report {{ font-size: 1.05em; }}
  .failed {{ color: #b00020; font-weight: bold; }}
</style>
</head>
<body>
{body}
</body>
</html>
"""


def render_index(notebooks: list[str | Path], out: str | Path, title: str = "", lang: str | None = None,
                 report_line: str = "", failures: dict[str, str] | None = None) -> Path:
    """A contents page: each notebook's page, its title and its opening question, in file order.

    ``report_line`` (Markdown) says which report the pages are about; a notebook named in
    ``failures`` is marked as failed with its one-line error.
    """
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    failures = failures or {}
    items = []
    for notebook in sorted(Path(n) for n in notebooks):
        nb = nbformat.read(notebook, as_version=4)
        lang = lang or notebook_lang(nb)
        heading, question = notebook_title(localize(nb, notebook.stem, lang))
        mark = ""
        if notebook.stem in failures:
            mark = f' <span class="failed">({html.escape(site_word("failed", lang))}: {html.escape(failures[notebook.stem])})</span>'
        items.append(
            f'<li><a href="{html.escape(notebook.stem)}.html">{html.escape(heading or notebook.stem)}</a>{mark}'
            f"<br>{html.escape(question)}</li>"
        )
    lang = lang or "zh"
    if ASSUMPTIONS.is_file():
        items.append(f'<li><a href="assumptions.html">{html.escape(site_word("assumptions", lang))}</a>'
                     f'<br>{html.escape(site_word("assumptions_note", lang))}</li>')
    title = title or site_word("index_title", lang)
    report = f'<div class="report">{markdown2html_mistune(report_line)}</div>\n' if report_line else ""
    note = html.escape(site_word("index_note", lang))
    body = (f'<h1>{html.escape(title)}</h1>\n{report}<p class="note">{note}</p>\n<ul class="pages">\n'
            + "\n".join(items) + "\n</ul>")
    page = PAGE.format(title=html.escape(title), body=body, lang=HTML_LANG[lang])
    out = Path(out)
    write_text_atomic(out, "\n".join(line.rstrip() for line in page.splitlines()) + "\n")
    return out


def run_notebook(path: str, kernel: str, execution_timeout: int, start_timeout: int) -> str:
    """Execute one notebook with papermill (default parameters) and clean it, replacing it only on success.

    papermill writes the notebook as it executes; it writes into a temporary file beside it, renamed
    over the notebook when every cell ran, so a failed or killed run leaves the committed notebook
    as it was. A kernel that dies or never answers while starting, before any cell ran, is started
    once more (kernels talk over IPC sockets of their own, so the TCP port race that killed or hung one
    in session 42's `make` is gone, but a start can still fail under load); a notebook that fails in a
    cell is not run again."""
    import papermill

    notebook = Path(path)

    def execute(tmp: str) -> None:
        for attempt in (1, 2):
            try:
                papermill.execute_notebook(
                    str(notebook), tmp, kernel_name=kernel, cwd=str(notebook.parent),
                    execution_timeout=execution_timeout, start_timeout=start_timeout,
                    progress_bar=False, log_output=False, kernel_manager_class=quiet_kernel_manager(),
                )
                break
            except RuntimeError as exc:
                if attempt == 2 or not kernel_start_failed(exc):
                    raise
        clean_notebook(tmp)

    write_via_atomic(notebook, execute, suffix=".ipynb")
    return path


def run_notebooks(paths: list[str], kernel: str, execution_timeout: int, start_timeout: int, jobs: int = 2) -> None:
    """Execute notebooks ``jobs`` at a time; the first failure stops the build with its message."""
    import concurrent.futures
    import multiprocessing

    import papermill  # noqa: F401 - imported once here, inherited by the workers

    if jobs <= 1 or len(paths) <= 1:
        for p in paths:
            print(f"executed {run_notebook(p, kernel, execution_timeout, start_timeout)}", flush=True)
        return
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(run_notebook, p, kernel, execution_timeout, start_timeout) for p in paths]
        for future in futures:
            print(f"executed {future.result()}", flush=True)


def render_markdown_page(source: str | Path, out: str | Path, lang: str = "zh") -> Path:
    """A Markdown document (docs/assumptions.md) as a page beside the briefings, anchors kept."""
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    source = Path(source)
    text = source.read_text(encoding="utf-8")
    title = next((l.lstrip("#").strip() for l in text.splitlines() if l.startswith("# ")), source.stem)
    body = markdown2html_mistune(text)
    nav = f'<nav><a href="index.html">{html.escape(site_word("contents", lang))}</a></nav>\n'
    out = Path(out)
    write_text_atomic(out, PAGE.format(title=html.escape(title), body=nav + body, lang="en"))
    return out


def render_site(notebooks: list[str | Path], out_dir: str | Path, lang: str | None = None,
                report_line: str = "", failures: dict[str, str] | None = None) -> list[Path]:
    """Every notebook's page, the contents page and the assumptions page, into ``out_dir``."""
    failures = failures or {}
    out_dir = Path(out_dir)
    written = [render_html(nb, out_dir, lang, failures.get(Path(nb).stem, "")) for nb in notebooks]
    if lang is None and notebooks:
        lang = notebook_lang(nbformat.read(sorted(Path(n) for n in notebooks)[0], as_version=4))
    written.append(render_index(notebooks, out_dir / "index.html", lang=lang, report_line=report_line, failures=failures))
    if ASSUMPTIONS.is_file():
        written.append(render_markdown_page(ASSUMPTIONS, out_dir / "assumptions.html", lang or "zh"))
    return written


def report_line(report_path: str | Path, lang: str) -> str:
    """The Markdown line naming the report (as in each notebook's header), for the contents page."""
    from govreport.report import read_report
    from govreport.present.notebook import header_text, display_name

    report = read_report(report_path)
    return header_text(report.meta, display_name(report_path), lang)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m govreport.present.render", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run", help="execute notebooks in place with papermill, then clean them")
    p.add_argument("notebooks", nargs="*")
    p.add_argument("-k", "--kernel", required=True)
    p.add_argument("--execution-timeout", type=int, required=True, help="seconds per cell")
    p.add_argument("--start-timeout", type=int, required=True, help="seconds for a kernel to start")
    p.add_argument("-j", "--jobs", type=int, default=2)
    p = sub.add_parser("site", help="render every notebook and the contents page into DIR")
    p.add_argument("notebooks", nargs="+")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument("--lang", choices=("zh", "en", "bi"), help="language of the prose (default: the notebooks' lang)")
    p.add_argument("--report", help="the report the notebooks ran on, named on the contents page")
    p = sub.add_parser("clean", help="strip timings and run paths from executed notebooks")
    p.add_argument("notebooks", nargs="+")
    p = sub.add_parser("html", help="render notebooks to DIR/<name>.html, code hidden")
    p.add_argument("notebooks", nargs="+")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p = sub.add_parser("index", help="write the contents page linking every notebook's page")
    p.add_argument("notebooks", nargs="+")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    args = parser.parse_args(argv)
    if args.command == "run":
        run_notebooks(args.notebooks, args.kernel, args.execution_timeout, args.start_timeout, args.jobs)
    elif args.command == "site":
        lang = args.lang or notebook_lang(nbformat.read(sorted(args.notebooks)[0], as_version=4))
        line = report_line(args.report, lang) if args.report else ""
        for path in render_site(args.notebooks, args.output, lang, line):
            print(f"wrote {path}")
    elif args.command == "clean":
        for nb in args.notebooks:
            clean_notebook(nb)
    elif args.command == "html":
        for nb in args.notebooks:
            print(f"wrote {render_html(nb, args.output)}")
    else:
        print(f"wrote {render_index(args.notebooks, args.output)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
