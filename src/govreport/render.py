"""Running the notebooks with papermill, and rendering them as HTML briefings that open offline.

``python -m govreport.render run NB… -k KERNEL``  execute in place with papermill, in parallel
``python -m govreport.render clean NB…``      drop run-specific metadata papermill leaves behind
``python -m govreport.render html NB… -o DIR``  one page per notebook, code hidden, images embedded
``python -m govreport.render index NB… -o FILE``  the contents page linking every page by its title
``python -m govreport.render site NB… -o DIR``  every page and the contents page, in one process

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
from pathlib import Path

import nbformat

from govreport.outputs import write_text_atomic

TEMPLATES = Path(__file__).resolve().parent / "templates"
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


def render_html(notebook: str | Path, out_dir: str | Path) -> Path:
    """Render one executed notebook to ``out_dir/<name>.html`` without code cells or prompts."""
    from nbconvert import HTMLExporter

    notebook = Path(notebook)
    nb = nbformat.read(notebook, as_version=4)
    title = notebook_title(nb)[0] or notebook.stem
    exporter = HTMLExporter(
        template_name="offline",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    body = body.replace('href="../docs/assumptions.md', 'href="assumptions.html')
    body = "\n".join(line.rstrip() for line in body.splitlines()) + "\n"
    target = Path(out_dir) / f"{notebook.stem}.html"
    write_text_atomic(target, body)
    return target


PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
  body {{ font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
         max-width: 820px; margin: 2em auto; padding: 0 1em; line-height: 1.6; color: #222; }}
  h1 {{ font-size: 1.6em; }}
  li {{ margin-bottom: 1em; }}
  li a {{ font-weight: bold; }}
  p.note {{ color: #555; font-size: 0.9em; }}
</style>
</head>
<body>
{body}
</body>
</html>
"""


def render_index(notebooks: list[str | Path], out: str | Path, title: str = "政府工作报告分析 · Government work report briefings") -> Path:
    """A contents page: each notebook's page, its title and its opening question, in file order."""
    items = []
    for notebook in sorted(Path(n) for n in notebooks):
        nb = nbformat.read(notebook, as_version=4)
        heading, question = notebook_title(nb)
        items.append(
            f'<li><a href="{html.escape(notebook.stem)}.html">{html.escape(heading or notebook.stem)}</a>'
            f"<br>{html.escape(question)}</li>"
        )
    note = "Rendered from the notebooks in notebooks/ by <code>make</code>; code is hidden, every figure traces back to the report's text."
    body = f'<h1>{html.escape(title)}</h1>\n<p class="note">{note}</p>\n<ol start="0">\n' + "\n".join(items) + "\n</ol>"
    page = PAGE.format(title=html.escape(title), body=body)
    out = Path(out)
    write_text_atomic(out, page)
    return out


def run_notebook(path: str, kernel: str, execution_timeout: int, start_timeout: int) -> str:
    """Execute one notebook in place with papermill (default parameters), then clean it."""
    import papermill

    notebook = Path(path)
    papermill.execute_notebook(
        str(notebook), str(notebook), kernel_name=kernel, cwd=str(notebook.parent),
        execution_timeout=execution_timeout, start_timeout=start_timeout,
        progress_bar=False, log_output=False,
    )
    clean_notebook(notebook)
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


def render_markdown_page(source: str | Path, out: str | Path) -> Path:
    """A Markdown document (docs/assumptions.md) as a page beside the briefings, anchors kept."""
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    source = Path(source)
    text = source.read_text(encoding="utf-8")
    title = next((l.lstrip("#").strip() for l in text.splitlines() if l.startswith("# ")), source.stem)
    body = markdown2html_mistune(text)
    nav = '<nav><a href="index.html">← 目录 Contents</a></nav>\n'
    out = Path(out)
    write_text_atomic(out, PAGE.format(title=html.escape(title), body=nav + body))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m govreport.render", description=__doc__.splitlines()[0])
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
        for nb in args.notebooks:
            print(f"wrote {render_html(nb, args.output)}")
        print(f"wrote {render_index(args.notebooks, Path(args.output) / 'index.html')}")
        assumptions = Path(__file__).resolve().parents[2] / "docs" / "assumptions.md"
        if assumptions.is_file():
            print(f"wrote {render_markdown_page(assumptions, Path(args.output) / 'assumptions.html')}")
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
