"""Excerpts read like their whole reports: what users paste is a slice (an opening, a window in
the review, a window in the plan), cut at sentence ends, without the metadata beside it.

Three ways a user saves one: under a name without a year (``excerpt_3.txt``: years only where
its text dates it), under its report's name (``national_2019_….txt``: the year in a file name is
the weakest evidence, used when the text names none), and with the metadata JSON beside it.

Each figure an excerpt yields should get the same role and year as the whole report gives it.
The corpus lives outside the repository (../shared/corpus); the test skips when it is absent.
Run ``python tests/test_excerpts.py`` for the agreement figures per report and more windows.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

import govreport
from govreport.errors import GovReportError

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()
FIRST_REPORT = ROOT / "data" / "raw" / "jinbi_2024.txt"
REPORTS = ([FIRST_REPORT] + sorted(CORPUS.glob("*.txt"))) if CORPUS.is_dir() else []
SIZE = 1500
SENTENCE_END = re.compile(r"[。！？；!?;]\s*")
FIGURE_ROLES = ("actual", "target")


def cut_at_sentence_ends(text: str, start: int, size: int = SIZE) -> tuple[int, int]:
    """The stretch of whole sentences beginning at the first sentence start at or after
    ``start`` and ending at the last sentence end within ``size`` characters of it."""
    if start > 0:
        m = SENTENCE_END.search(text, start - 1) if start else None
        start = m.end() if m else len(text)
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, min(len(text), start + size))]
    return start, (ends[-1] if ends else min(len(text), start + size))


def excerpt_spans(report: govreport.Report, where: tuple[float, ...] = (0.5,)) -> dict[str, tuple[int, int]]:
    """The opening and, for each fraction in ``where``, a window that far into the review and
    the plan (what is not found in the whole report is not cut)."""
    spans = {"opening": cut_at_sentence_ends(report.text, 0)}
    for part in ("review", "plan"):
        span = report.parts.get(part)
        if span is None:
            continue
        for f in where:
            start = span.start + int(max(0, span.end - span.start - SIZE) * f)
            lo, hi = cut_at_sentence_ends(report.text, start)
            spans[f"{part}@{f:g}"] = (lo, min(hi, span.end) if hi > lo else hi)
    return spans


@dataclass
class Agreement:
    """Figures compared, how many share the whole report's role, role and year; excerpts refused."""

    figures: int = 0
    role: int = 0
    role_year: int = 0
    dated: int = 0  # figures of excerpts whose years were found (from their own text or metadata)
    dated_role_year: int = 0
    refused: list[str] = field(default_factory=list)
    wrong: list[tuple] = field(default_factory=list)

    def add(self, other: Agreement) -> None:
        self.figures += other.figures
        self.role += other.role
        self.role_year += other.role_year
        self.dated += other.dated
        self.dated_role_year += other.dated_role_year
        self.refused += other.refused
        self.wrong += other.wrong

    def line(self) -> str:
        n = max(self.figures, 1)
        return (f"figures {self.figures}  role {self.role / n:.3f}  role+year {self.role_year / n:.3f}  "
                f"dated {self.dated} role+year {self.dated_role_year / max(self.dated, 1):.3f}  "
                f"refused {len(self.refused)}")


def read_excerpt(text: str, folder: Path, name: str, years: dict[str, int] | None = None
                 ) -> tuple[govreport.Report, pd.DataFrame]:
    """The excerpt as a user would read it: a .txt file on its own, with a metadata file beside
    it only when ``years`` are given (a researcher who knows which report it comes from)."""
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    meta = path.with_suffix(".json")
    if years:
        meta.write_text(json.dumps(years), encoding="utf-8")
    else:
        meta.unlink(missing_ok=True)
    report = govreport.read_report(path)
    return report, govreport.extract_quantities(report)


@cache
def recorded_years() -> dict[str, dict[str, int]]:
    """Report stem -> the review and plan years its catalogue records (the corpus MANIFEST.csv,
    the first report's JSON file), as a user's metadata file would give them."""
    out = {}
    if (CORPUS / "MANIFEST.csv").is_file():
        for row in pd.read_csv(CORPUS / "MANIFEST.csv", dtype=str).itertuples():
            if str(row.review_year).isdigit():
                out[Path(row.file).stem] = {"review_year": int(row.review_year), "plan_year": int(row.review_year) + 1}
    first = json.loads(FIRST_REPORT.with_suffix(".json").read_text(encoding="utf-8"))
    out[FIRST_REPORT.stem] = {"review_year": first["review_year"], "plan_year": first["plan_year"]}
    return out


@cache
def whole_report(path: Path) -> tuple[govreport.Report, dict[tuple[int, int], tuple[str, object]]]:
    """The whole report and (start, end) -> (role, year) of each of its figures."""
    report = govreport.read_report(path)
    whole = govreport.extract_quantities(report)
    return report, {(r.start, r.end): (r.role, r.year) for r in whole.itertuples(index=False)}


SAVED_AS = ("anonymous", "named", "metadata")  # how the excerpt is saved (the module's docstring)


def compare(path: Path, folder: Path, where: tuple[float, ...] = (0.5,), saved_as: str = "anonymous") -> Agreement:
    """Agreement of every excerpt of one report with the whole report, figure by figure."""
    years = recorded_years().get(path.stem) if saved_as == "metadata" else None
    report, by_span = whole_report(path)
    result = Agreement()
    for i, (label, (lo, hi)) in enumerate(excerpt_spans(report, where).items()):
        name = f"{path.stem}:{label}"
        file_name = f"excerpt_{i}" if saved_as == "anonymous" else name.replace(":", "_").replace("@", "_")
        try:
            excerpt, rows = read_excerpt(report.text[lo:hi], folder, file_name, years)
        except GovReportError as exc:
            result.refused.append(f"{name}: {exc.problem}")
            result.figures += sum(lo <= s < hi and role in FIGURE_ROLES for (s, _), (role, _) in by_span.items())
            continue
        for r in rows.itertuples(index=False):
            expected = by_span.get((r.start + lo, r.end + lo))
            if expected is None or (expected[0] not in FIGURE_ROLES and r.role not in FIGURE_ROLES):
                continue
            year = None if pd.isna(r.year) else int(r.year)
            want_year = None if pd.isna(expected[1]) else int(expected[1])
            result.figures += 1
            result.role += r.role == expected[0]
            result.role_year += (r.role, year) == (expected[0], want_year)
            if excerpt.review_year is not None:  # its years were found
                result.dated += 1
                result.dated_role_year += (r.role, year) == (expected[0], want_year)
            if (r.role, year) != (expected[0], want_year):
                result.wrong.append((name, r.text, r.role, year, expected[0], want_year, r.sentence[:60]))
    return result


needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus folder {CORPUS} is absent")


@cache
def agreement(saved_as: str) -> Agreement:
    total = Agreement()
    with tempfile.TemporaryDirectory() as tmp:
        for path in REPORTS:
            total.add(compare(path, Path(tmp), saved_as=saved_as))
    return total


@needs_corpus
def test_excerpts_are_read_with_the_roles_of_their_whole_reports():
    """Pasted on their own: none refused; roles agree; where the excerpt's text dates it
    (a year heading, a date line, a year opening a sentence), its years agree too."""
    total = agreement("anonymous")
    assert total.refused == []
    assert total.figures > 1000
    assert total.role / total.figures >= 0.93, total.line()
    assert total.dated > 300 and total.dated_role_year / total.dated >= 0.95, total.line()


@needs_corpus
def test_excerpts_saved_under_their_reports_names_agree_on_role_and_year():
    """Saved under the report's name (a year in it), role and year agree: the windows that name
    no year take it from the file name, and nothing the text says is overridden by it."""
    total = agreement("named")
    assert total.refused == []
    assert total.role / total.figures >= 0.93 and total.role_year / total.figures >= 0.90, total.line()


@needs_corpus
def test_excerpts_with_their_years_agree_on_role_and_year():
    """With the years a catalogue records beside them (a metadata file), role and year agree."""
    total = agreement("metadata")
    assert total.refused == []
    assert total.role_year / total.figures >= 0.90, total.line()


@needs_corpus
def test_a_report_copied_without_its_line_breaks_reads_the_same(tmp_path):
    """A web copy that lost its line breaks: headings run into the text, figures keep their roles."""
    figures = same = 0
    for path in REPORTS:
        report, by_span = whole_report(path)
        one_line = tmp_path / f"{path.stem}.txt"
        one_line.write_text(report.text.replace("\n", " "), encoding="utf-8")  # same offsets
        for r in govreport.extract_quantities(govreport.read_report(one_line)).itertuples(index=False):
            expected = by_span.get((r.start, r.end))
            if expected is None or (expected[0] not in FIGURE_ROLES and r.role not in FIGURE_ROLES):
                continue
            figures += 1
            same += (r.role, None if pd.isna(r.year) else int(r.year)) == (
                expected[0], None if pd.isna(expected[1]) else int(expected[1]))
    assert figures > 3000 and same / figures >= 0.97, (figures, same / figures)


if __name__ == "__main__":  # development: per-report figures, optionally more windows
    saved = next((a[2:] for a in sys.argv[1:] if a[2:] in SAVED_AS), "anonymous")  # --named / --metadata
    fractions = tuple(float(a) for a in sys.argv[1:] if not a.startswith("--")) or (0.5,)
    grand = Agreement()
    with tempfile.TemporaryDirectory() as tmp:
        for report_path in REPORTS:
            agreement = compare(report_path, Path(tmp), fractions, saved)
            grand.add(agreement)
            print(f"{report_path.stem:28s} {agreement.line()}")
    print("TOTAL", grand.line())
    for refused in grand.refused:
        print("REFUSED", refused)
    for wrong in grand.wrong:
        print("WRONG", *wrong, sep="\t")
