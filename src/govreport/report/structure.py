"""From raw text to a Report: header, review part, plan part, headings, paragraphs, sentences.

Which part a sentence belongs to comes from the report's own headings and wording
(回顾, 成效, 取得 … for the review; 安排, 任务, 目标, 今年 … for the plan), never from
positions in one particular file.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from govreport.errors import GovReportError
from govreport.report.endnotes import bracket_endnotes
from govreport.report.fold import fold_for_scan
from govreport.report.header import read_header_meta, year_from_file_name, years_from_sentences
from govreport.report.layout import build_sentences, find_headings, split_paragraphs, unwrap_lines
from govreport.report.model import Report
from govreport.report.reflow import reflow_pasted
from govreport.report.parts import half_year_report, find_header_end, locate_parts, notes_apart
from govreport.report.note_lists import note_lists
from govreport.report.review_annexes import review_annexes
from govreport.report.part_wording import parts_by_cues


def read_text(text: str, path: str = "<text>", meta: dict[str, Any] | None = None,
              strict: bool = False, info: dict[str, Any] | None = None) -> Report:
    """Build a Report from text already decoded. ``meta`` (e.g. from the JSON file) overrides
    what is read from the text. Any Chinese text is read, whole report or excerpt: where no
    heading, opening formula or paragraph marks the parts, each paragraph's own cues do, and
    ``meta["parts_source"]`` / ``meta["years_source"]`` say which evidence held. With ``strict``
    (files from users), a text without Chinese prose raises GovReportError (one without any figure
    is refused by the extractor)."""
    reflowed = reflow_pasted(text)  # a PDF copy pasted as one line: the text it stands for (saved as text.txt)
    if reflowed is not None:
        text, info = reflowed[0], {**(info or {}), "reflowed": reflowed[1]}
    scan = bracket_endnotes(unwrap_lines(fold_for_scan(text)))  # a PDF copy's hard line breaks: its sentences read whole; endnote markers （5） as [5]
    if strict:
        _refuse_unless_chinese(path, scan)
    paragraphs = split_paragraphs(scan)
    headings = find_headings(scan, paragraphs, text)
    header_end = find_header_end(scan, paragraphs, headings)
    parts, parts_source = locate_parts(scan, paragraphs, headings, header_end)
    parts = notes_apart(scan, parts)  # a closing glossary (附注：…) is neither review nor plan
    found = read_header_meta(text, scan, parts.get("header"), parts, headings)
    sentences = build_sentences(scan, paragraphs, headings, parts)
    if not parts_source:
        sentences = parts_by_cues(scan, paragraphs, sentences, header_end)
        parts_source = "sentence_cues" if any(s.part in ("review", "plan") for s in sentences) else ""
    elif parts_source == "opening":  # a passage before the first formula (2025年是…之年。今年全市…目标是): its own cues
        sentences = parts_by_cues(scan, paragraphs, sentences, header_end)
    if found.get("review_year") is None:
        review_year = years_from_sentences(scan, sentences)
        if review_year is not None:
            found.update(review_year=review_year, plan_year=review_year + 1, years_source="text")
    elif (found.get("years_source") == "title" and years_from_sentences(scan, sentences) == found["plan_year"]
          and re.search(rf"(?:^|[。\n])\s*{found['plan_year'] + 1}年", scan)):
        # 龙泉镇2016年政府工作报告: 2016年，…圆满完成… / 2017年，…主要目标是: titled by the year it reviews
        found.update(review_year=found["plan_year"], plan_year=found["plan_year"] + 1, years_source="text")
    if found.get("review_year") is not None and half_year_report(scan, paragraphs, headings):
        found["plan_year"] = found["review_year"]  # 上半年工作总结和下半年工作打算: one year's two halves
    named = year_from_file_name(path) if found.get("review_year") is None and not path.startswith("<") else None
    if named:  # last: a text naming no year, saved under a name that does (成都2024节选.txt)
        found.update(review_year=named[0], plan_year=named[1], years_source="file_name")
    found["parts_source"] = parts_source
    found.update(info or {})
    given = {k: v for k, v in (meta or {}).items() if v not in (None, "")}
    if "review_year" in given or "plan_year" in given:
        found["years_source"] = "metadata"
    found.update(given)
    sentences = review_annexes(scan, sentences, found.get("review_year"), found.get("plan_year"))  # 附件一 2022年…完成情况
    sentences = note_lists(scan, sentences, parts.get("notes"), found.get("review_year"), found.get("plan_year"))  # 17.2023年十件民生实事：…
    return Report(path=path, text=text, scan=scan, meta=found, paragraphs=paragraphs,
                  headings=headings, sentences=sentences, parts=parts, strict=strict)


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")  # what is counted as Chinese (tests count with these)
_LETTER = re.compile(r"[A-Za-z\u3400-\u9fff\uf900-\ufaff]")
# The same counts in C: a character of the BMP is two bytes in UTF-16-BE, the first its high byte
# (U+3400-U+9FFF and U+F900-U+FAFF are the high bytes 34-9F, F9 and FA; an astral character's
# surrogates, D8-DF, are not counted, as by the patterns); ASCII letters are what is left of the
# ASCII bytes. Matching the patterns over every character cost a quarter of reading a report.
_NOT_CJK_HIGH = bytes(b for b in range(256) if not (0x34 <= b <= 0x9F or b in (0xF9, 0xFA)))
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))


def _cjk_count(text: str) -> int:
    """How many characters of ``text`` match ``_CJK``."""
    return len(text.encode("utf-16-be", "surrogatepass")[::2].translate(None, _NOT_CJK_HIGH))


def _chinese_enough(scan: str) -> bool:
    cjk = _cjk_count(scan)
    letters = cjk + len(scan.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))  # = _LETTER's count
    return cjk >= 2 and cjk * 4 >= letters


def _refuse_unless_chinese(path: str, scan: str) -> None:
    """Refuse only what is not Chinese text: fewer than two Chinese characters, or Chinese a
    small minority of the letters (an English page). A text with no figure at all is refused
    by the extractor (``extract.quantities.require_figures``), which is what finds figures."""
    if not _chinese_enough(scan[:5000]) and not _chinese_enough(scan):  # the opening settles most texts
        raise GovReportError(path, "no Chinese text to read (a report is Chinese prose with figures)")


def read_report(path: str | Path) -> Report:
    """Read a report file (.txt in any common Chinese encoding, or .html) and its ``.json``
    metadata beside it, and find its structure. Raises GovReportError for bad input."""
    from govreport.report.metadata import load_metadata
    from govreport.report.reading import load_text

    text, info = load_text(path)
    meta = load_metadata(path)
    return read_text(text, path=str(path), meta=meta, strict=True, info=info)
