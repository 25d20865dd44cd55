"""Small helpers the notebooks share: finding the input report and naming it without a path.

A notebook's ``report_path`` parameter is usually relative (``../data/raw/jinbi_2024.txt``,
relative to ``notebooks/``), but papermill, nbval and JupyterLab may start the kernel in
different folders; ``resolve_report`` tries the working folder, then the notebooks folder,
then the project root, so the same parameter works from all of them.
"""
from __future__ import annotations

from pathlib import Path

from govreport.errors import GovReportError

PROJ_ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = PROJ_ROOT / "notebooks"
ASSUMPTIONS = "../docs/assumptions.md"  # as linked from a notebook


def resolve_report(report_path: str | Path) -> Path:
    """The report file a notebook parameter names, as an absolute path.

    Raises GovReportError (naming the path as given, never an absolute one) when no candidate exists.
    """
    given = Path(report_path).expanduser()
    if given.is_absolute():
        candidates = [given]
    else:
        candidates = [Path.cwd() / given, NOTEBOOKS / given, PROJ_ROOT / given]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve()
    raise GovReportError(report_path, "no such report (tried the working folder, notebooks/ and the project root)")


def display_name(path: str | Path) -> str:
    """The report's file name only: outputs never show an absolute path."""
    return Path(path).name


def assumption_link(anchor: str, text: str) -> str:
    """A Markdown link to one entry of docs/assumptions.md, e.g. ``assumption_link('overlap', '…')``."""
    return f"[{text}]({ASSUMPTIONS}#{anchor})"


def resolve_folder(folder: str | Path) -> Path | None:
    """A folder a notebook parameter names (tried like ``resolve_report``), or None where it is absent.

    Notebooks over a corpus show a sentence instead of failing when the folder is not there.
    """
    given = Path(folder).expanduser()
    candidates = [given] if given.is_absolute() else [Path.cwd() / given, NOTEBOOKS / given, PROJ_ROOT / given]
    return next((c.resolve() for c in candidates if c.is_dir()), None)
