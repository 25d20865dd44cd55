"""Small helpers the notebooks share: finding the input report and naming it without a path.

A notebook's ``report_path`` parameter is usually relative (``../data/raw/jinbi_2024.txt``,
relative to ``notebooks/``), but papermill, nbval and JupyterLab may start the kernel in
different folders; ``resolve_report`` tries the working folder, then the notebooks folder,
then the project root, so the same parameter works from all of them.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from govreport.config import NOTEBOOKS, PROJECT_ROOT
from govreport.errors import GovReportError

if TYPE_CHECKING:
    import pandas as pd
    from IPython.display import Markdown

    from govreport.report.model import Report

ASSUMPTIONS = "../docs/assumptions.md"  # as linked from a notebook


def resolve_report(report_path: str | Path) -> Path:
    """The report file a notebook parameter names, as an absolute path.

    Raises GovReportError (naming the path as given, never an absolute one) when no candidate exists.
    """
    for candidate in _candidates(report_path):
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
    return next((c.resolve() for c in _candidates(folder) if c.is_dir()), None)


def _candidates(given: str | Path) -> list[Path]:
    """Where a path a notebook parameter names may be: as given when absolute, else under the
    working folder, notebooks/ and the project root."""
    path = Path(given).expanduser()
    return [path] if path.is_absolute() else [Path.cwd() / path, NOTEBOOKS / path, PROJECT_ROOT / path]


def header_text(meta: dict, file_name: str, lang: str = "zh") -> str:
    """The line under a page's title that says which report it is, in one language (Markdown).

    Place and title as the report (or the JSON beside it) states them; with no place it falls
    back to the title, and with no title either to the file name, so it never shows an empty
    slot ("政府工作报告 · — ·"). The title is translated only when it is the plain
    "政府工作报告" with or without a year; a place name has no translation and stays Chinese.
    """
    from govreport.present.phrases import check_lang

    check_lang(lang)
    place = str(meta.get("place") or "").strip()
    title = str(meta.get("title") or "").strip()
    delivered = str(meta.get("delivered") or "").strip()
    review, plan = meta.get("review_year"), meta.get("plan_year")

    def one(l: str) -> str:
        name = title
        if l == "en" and title:
            rest = re.sub(r"\d{4}|年|[()（）\s]|政府工作报告", "", title.replace(place, "") if place else title)
            if "政府工作报告" in title and not rest:
                year = re.search(r"\d{4}", title)
                name = f"Government work report ({year.group()})" if year else "Government work report"
        lead = " · ".join(p for p in (place, name) if p) or file_name
        parts = [f"**{lead}**"]
        if delivered:
            parts.append(f"宣读于 {delivered}" if l == "zh" else f"delivered {delivered}")
        if review and plan:
            parts.append(f"回顾{review}年、部署{plan}年" if l == "zh" else f"reviews {review}, plans {plan}")
        if meta.get("reflowed"):  # offsets refer to the reflowed text (text.txt), not the file's
            parts.append("由单行PDF复制文本还原" if l == "zh" else "reflowed from a one-line PDF copy")
        if lead != file_name:
            parts.append(f"`{file_name}`")
        return " · ".join(parts)

    return one(lang) if lang != "bi" else f"{one('zh')}  \n{one('en')}"


def open_report(report_path: str | Path) -> tuple["Report", dict[str, "pd.DataFrame"]]:
    """The report a notebook's ``report_path`` names, read, with every table built once.

    Every report notebook starts here, so the way a parameter is resolved and the tables are
    built is one call, not a cell copied into each notebook.
    """
    from govreport.report import read_report
    from govreport.tables import build_tables

    report = read_report(resolve_report(report_path))
    return report, build_tables(report)


def header(report: "Report", lang: str = "zh") -> "Markdown":
    """A notebook's first output: which report this is (see ``header_text``)."""
    from IPython.display import Markdown

    return Markdown(header_text(report.meta, display_name(report.path), lang))


def corpus_scope(report_path: str, corpus_dir: str, place: str | None = None) -> tuple[Path | None, str | None]:
    """The folder and place a corpus notebook (06, 07) works on.

    Given a report (as ``brief`` does), its own folder and its place: the track record of the
    place whose report it is, from the reports beside it. Otherwise ``corpus_dir`` and ``place``
    as given. The folder is None where it does not exist (the notebook then says so).
    """
    if report_path:
        from govreport.corpus.track_record import folder_place

        path = resolve_report(report_path)
        return path.parent, folder_place(path)
    return resolve_folder(corpus_dir), place or None
