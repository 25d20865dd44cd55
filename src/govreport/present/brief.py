"""``python -m govreport brief REPORT -o DIR``: the briefing site for any report, in one command.

Runs every notebook in notebooks/ on REPORT with papermill (the executed copies go to
DIR/notebooks/, never over the committed notebooks), then renders the site into DIR: index.html,
one page per notebook and assumptions.html, code hidden, nothing fetched from the network
(govreport.present.render). Each notebook has a progress bar. A notebook that fails is named in one
line on stderr (which cell, which error); the site still shows every page, the failed one
marked, and the exit status is 1. A report that cannot be read is one line and status 2,
before anything runs.
"""
from __future__ import annotations


import argparse
import sys
from pathlib import Path
from typing import Any

from govreport.errors import GovReportError
from govreport.present.notebook import NOTEBOOKS

KERNEL = "govreport"
EXECUTION_TIMEOUT = 300  # seconds per cell: generous, but a hung kernel still fails
START_TIMEOUT = 120


def notebooks() -> list[Path]:
    """The project's notebooks, in order (00_…, 01_…)."""
    return sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def select(only: list[str] | None = None) -> list[Path]:
    """The notebooks ``only`` names (``05`` or ``05_briefing``), all of them when it is empty."""
    paths = notebooks()
    if not only:
        return paths
    chosen = [p for p in paths if any(p.stem == n or p.stem.startswith(f"{n}_") for n in only)]
    missing = [n for n in only if not any(p.stem == n or p.stem.startswith(f"{n}_") for p in paths)]
    if missing:
        raise GovReportError(", ".join(missing), "no such notebook in notebooks/")
    return chosen


def parse_value(text: str) -> Any:
    """A ``-p NAME VALUE`` value as YAML (numbers, booleans, ``{a: 1}``), else the string itself."""
    import yaml  # type: ignore[import-untyped]  # (no stubs installed)

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return text


def kernel_name() -> str:
    """The project's kernel (installed into .venv by ``make``), else the default Python kernel."""
    from jupyter_client.kernelspec import KernelSpecManager

    return KERNEL if KERNEL in KernelSpecManager().find_kernel_specs() else "python3"


def _one_line(text: object, limit: int = 160) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def run_one(source: str, target: str, parameters: dict[str, Any], kernel: str, position: int) -> str:
    """Execute one notebook into ``target``; '' on success, else one line naming the cell and the error."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from govreport.present.kernels import kernel_start_failed, quiet_kernel_manager
    from govreport.present.render import clean_notebook

    name = Path(source).stem
    try:
        for attempt in (1, 2):  # a kernel that dies while starting (two new kernels racing for one port) starts once more
            Path(target).unlink(missing_ok=True)  # never show a page left from an earlier run
            try:
                papermill.execute_notebook(
                    source, target, parameters=parameters, kernel_name=kernel, cwd=str(NOTEBOOKS),
                    execution_timeout=EXECUTION_TIMEOUT, start_timeout=START_TIMEOUT, log_output=False,
                    progress_bar={"desc": f"{name:<24}", "position": position, "leave": True, "file": sys.stderr},
                    extra_arguments=["--IPKernelApp.log_level=ERROR"],  # no start-up notices between the bars
                    kernel_manager_class=quiet_kernel_manager(),
                )
                break
            except RuntimeError as exc:
                if attempt == 2 or isinstance(exc, PapermillExecutionError) or not kernel_start_failed(exc):
                    raise
    except PapermillExecutionError as exc:
        first = next((l for l in str(exc.source).splitlines() if l.strip() and not l.startswith("#")), "")
        return _one_line(f"cell {exc.cell_index} ({_one_line(first, 60)}): {exc.ename}: {exc.evalue}")
    except Exception as exc:  # a kernel that does not start, a timeout: still one line
        return _one_line(f"{type(exc).__name__}: {exc}")
    finally:
        if Path(target).is_file():
            clean_notebook(target)
    return ""


def brief(report: str | Path, out_dir: str | Path, lang: str = "zh", parameters: dict[str, Any] | None = None,
          jobs: int = 2, only: list[str] | None = None) -> dict[str, str]:
    """Run every notebook on ``report`` and render the site into ``out_dir``; {notebook: error} of failures.

    ``only`` (names or numbers such as ``05`` or ``05_briefing``) runs just those notebooks.

    Raises GovReportError for a report that cannot be read, an unknown parameter or an output
    folder that would overwrite the committed notebooks.
    """
    from govreport.extract.quantities import require_figures
    from govreport.report import read_report
    from govreport.present.phrases import check_lang
    from govreport.present.notebook import display_name, header_text

    check_lang(lang)
    report = Path(report).expanduser()
    if not report.is_file():
        raise GovReportError(str(report), "no such report")
    from govreport.outputs import check_output_dir
    from govreport.report.metadata import metadata_path

    if (Path(out_dir) / "notebooks").resolve() == NOTEBOOKS.resolve():
        raise GovReportError(str(out_dir), "the output folder would overwrite the project's notebooks; choose another")
    out = check_output_dir(out_dir, [report, metadata_path(report)])  # never over the report or its folder
    executed = out / "notebooks"
    paths = select(only)
    read = read_report(report)  # a bad report stops here, before any kernel starts
    require_figures(read)
    meta = read.meta

    import concurrent.futures
    import multiprocessing

    import papermill

    from govreport.present.render import render_site

    declared = {p.stem: set(papermill.inspect_notebook(str(p))) for p in paths}
    extra = dict(parameters or {})
    unknown = sorted(set(extra) - set().union(*declared.values()))
    if unknown:
        raise GovReportError(", ".join(unknown), "no notebook has such a parameter")
    executed.mkdir(parents=True, exist_ok=True)

    def params(path: Path) -> dict[str, Any]:
        own = {k: v for k, v in extra.items() if k in declared[path.stem]}
        return {**own, "report_path": str(report.resolve()), "lang": lang}

    jobs = max(1, min(jobs, len(paths)))
    args = [(str(p), str(executed / p.name), params(p), kernel_name(), i if jobs > 1 else 0) for i, p in enumerate(paths)]
    if jobs == 1:
        results = [run_one(*a) for a in args]
    else:
        context = multiprocessing.get_context("fork")
        with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            results = list(pool.map(run_one, *zip(*args)))
    failures = {p.stem: r for p, r in zip(paths, results) if r}
    for p in paths:  # a kernel that never started leaves no output: show the page unrun, marked failed
        if not (executed / p.name).is_file():
            (executed / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    line = header_text(meta, display_name(report), lang)
    render_site([executed / p.name for p in paths], out, lang, line, failures)
    return failures


def _cmd_brief(args: argparse.Namespace) -> int:
    parameters = {name: parse_value(value) for name, value in args.parameter or []}
    failures = brief(args.report, args.output, args.lang, parameters, args.jobs, args.notebook)
    for name, error in failures.items():
        print(f"error: {name} failed: {error}", file=sys.stderr)
    total = len(select(args.notebook))
    print(f"wrote {Path(args.output) / 'index.html'}: {total - len(failures)} of {total} pages complete"
          + (f", {len(failures)} failed" if failures else ""))
    return 1 if failures else 0


def add_brief_parser(sub: argparse._SubParsersAction) -> None:
    """The ``brief`` subcommand of ``python -m govreport``."""
    p = sub.add_parser("brief", help="run every notebook on a report and render its HTML briefing site",
                       description="Run every notebook on REPORT with papermill (into DIR/notebooks) and "
                       "render the briefing site into DIR: index.html, one page per notebook and the "
                       "assumptions, code hidden, readable offline.")
    p.add_argument("report", help="the report: .txt or .html, with an optional <same name>.json of metadata beside it")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the site (created if needed)")
    p.add_argument("--lang", choices=("zh", "en", "bi"), default="zh", help="language of the briefing (default: zh)")
    p.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("NAME", "VALUE"),
                   help="a notebook parameter, e.g. -p thresholds '{stretch_max_ratio: 1.5}' (repeatable)")
    p.add_argument("-n", "--notebook", action="append", metavar="NAME",
                   help="run only this notebook (05 or 05_briefing; repeatable; default: all)")
    p.add_argument("-j", "--jobs", type=int, default=2, help="notebooks run at a time (default: 2)")
    p.set_defaults(func=_cmd_brief)
