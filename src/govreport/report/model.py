"""The Report object: a report's text with its metadata and structure, all by character offset."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


# Spans, headings and sentences are immutable records (named tuples: a long report has tens of
# thousands of sentences, and a tuple is several times cheaper to make than a frozen dataclass).


class Span(NamedTuple):
    """A piece of the report: ``text[start:end]``."""

    start: int
    end: int


class Heading(NamedTuple):
    """A heading line: level 1 = 一、, 2 = (一), 3 = 1. ; ``title`` is the text without its number."""

    start: int
    end: int
    level: int
    title: str


class Sentence(NamedTuple):
    """A sentence (split on 。！？；), with the part and heading it falls under."""

    start: int
    end: int
    part: str  # "header" | "review" | "plan" | "term" | "notes" | "annex" | "other" (see Report.parts_source for how it was found)
    section: str  # the title of the nearest level-1 heading ("" before any)
    paragraph: int  # index into Report.paragraphs


@dataclass
class Report:
    """A government work report as read from one file.

    ``text`` is what every offset refers to (for an HTML page, the extracted text).
    ``scan`` is the same length as ``text``: full-width digits and punctuation folded to
    ASCII and traditional characters to simplified, one character for one, so that
    patterns match on ``scan`` while spans stay valid on ``text``.
    """

    path: str
    text: str
    scan: str
    meta: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[Span] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    parts: dict[str, Span] = field(default_factory=dict)  # "header" / "review" / "term" / "plan" / "notes" / "annex"
    strict: bool = False  # a user's file: refused if it has no figure (extract.quantities.require_figures)

    @property
    def review_year(self) -> int | None:
        return self.meta.get("review_year")

    @property
    def plan_year(self) -> int | None:
        return self.meta.get("plan_year")

    @property
    def parts_source(self) -> str:
        """How the review and plan parts were found: heading, opening (过去的一年 / 今年要重点抓好 …),
        paragraph (paragraph wording), sentence_cues (each paragraph's own cues: a guess), or ''."""
        return self.meta.get("parts_source", "")

    @property
    def years_source(self) -> str:
        """Where the review and plan years came from: heading, date, title, text (years the text
        names: a guess), metadata (the JSON file beside the report), or '' (not found)."""
        return self.meta.get("years_source", "")

    @property
    def name(self) -> str:
        """The report's short name: the file name without its extension."""
        from pathlib import Path

        return Path(self.path).stem
