"""From raw text to a Report: header, review part, plan part, headings, paragraphs, sentences.

Which part a sentence belongs to comes from the report's own headings and wording
(回顾, 成效, 取得 … for the review; 安排, 任务, 目标, 今年 … for the plan), never from
positions in one particular file.
"""
from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import Any

from govreport.errors import GovReportError
from govreport.lexicon import part_words
from govreport.report import Heading, Report, Sentence, Span

CN_NUM = "一二三四五六七八九十"
_LEVEL_NUMBERS = (rf"[{CN_NUM}]+[、.．]", rf"[（(][{CN_NUM}]+[）)]", r"\d{1,2}[.．、](?!\d)")  # 一、 / (一) / 1.
LEVEL1, LEVEL2, LEVEL3 = (re.compile("^" + number) for number in _LEVEL_NUMBERS)
# all three in one pattern, tried in level order; the group that matched is the level
_NUMBERED = re.compile("|".join(f"({number})" for number in _LEVEL_NUMBERS))
_TITLE_END = re.compile(r"[。！？]")
_NOT_A_TITLE = re.compile(r"[。，,：:；]")
_LINE = re.compile(r"\S(?:[^\n]*\S)?")  # a line without the white space around it (as str.strip)
SENTENCE_END = re.compile(r"[。！？；!?;]")
DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
YEAR_IN_HEADING = re.compile(r"((?:19|20)\d\d)年")
SESSION = re.compile(rf"第[{CN_NUM}]+届[^，。\n]{{0,20}}?第[{CN_NUM}]+次会议")
PLACE_IN_SESSION = re.compile(rf"在(.{{2,12}}?)第[{CN_NUM}]+届")
SPEAKER_TITLES = ("总理", "自治区主席", "省长", "市长", "州长", "县长", "区长", "旗长", "乡长", "镇长", "主席")
LEVEL_BY_SUFFIX = (("全国", "national"), ("自治区", "provincial"), ("省", "provincial"), ("州", "city"),
                   ("市", "city"), ("县", "county"), ("区", "county"), ("旗", "county"), ("乡", "township"),
                   ("镇", "township"))


def split_paragraphs(text: str) -> list[Span]:
    """Non-empty lines, trimmed of surrounding white space (offsets into ``text``)."""
    return [Span(*m.span()) for m in _LINE.finditer(text)]


def split_sentences(scan: str, para: Span) -> list[Span]:
    """Sentences of one paragraph, split after 。！？； and keeping offsets.

    >>> [scan[s.start:s.end] for s in split_sentences("甲。乙；丙", Span(0, 5))]  # doctest: +SKIP
    ['甲。', '乙；', '丙']
    """
    ends = [m.end() for m in SENTENCE_END.finditer(scan, para.start, para.end)]
    return [Span(start, end) for start, end in _sentence_bounds(scan, para.start, para.end, ends)]


def _sentence_bounds(scan: str, start: int, end: int, ends: list[int]) -> list[tuple[int, int]]:
    """(start, end) of the sentences of the paragraph ``scan[start:end]``, given where the
    sentence ends (the offset after each 。！？；) inside it fall; a blank tail is no sentence."""
    out = []
    for stop in ends:
        out.append((start, stop))
        start = stop
    if start < end and scan[start:end].strip():
        out.append((start, end))
    return out


def _heading_title_end(scan: str, para: Span) -> int:
    m = _TITLE_END.search(scan, para.start, para.end)
    return m.start() if m else para.end


def part_score(words: str) -> tuple[int, int]:
    """(review score, plan score) of a heading or opening sentence, from parts.csv."""
    review = plan = 0
    for word, part, weight in part_words():
        if word in words:
            if part == "review":
                review += weight
            else:
                plan += weight
    return review, plan


def find_headings(scan: str, paragraphs: list[Span], text: str | None = None) -> list[Heading]:
    """Numbered headings (一、 / (一) / 1.) and short un-numbered lines that name a part.

    Patterns match on ``scan``; titles are sliced from ``text`` (as the report writes them)."""
    text = scan if text is None else text
    out = []
    for para in paragraphs:
        m = _NUMBERED.match(scan, para.start, para.end)
        if m:
            end = _heading_title_end(scan, para)
            out.append(Heading(para.start, end, m.lastindex, text[m.end():end].strip()))
        elif para.end - para.start <= 30:
            line = scan[para.start:para.end]
            if not _NOT_A_TITLE.search(line) and max(part_score(line)) >= 3:
                out.append(Heading(para.start, para.end, 1, text[para.start:para.end].strip()))
    return out


def _header_end(scan: str, paragraphs: list[Span], headings: list[Heading]) -> int:
    """The header/metadata block ends at 各位代表 or the first level-1 heading, whichever is first."""
    first_heading = next((h.start for h in headings if h.level == 1), len(scan))
    for para in paragraphs:
        if para.start >= first_heading:
            break
        if scan.startswith("各位代表", para.start):
            return para.start
    return first_heading if first_heading < len(scan) else 0


def find_parts(scan: str, paragraphs: list[Span], headings: list[Heading], header_end: int) -> dict[str, Span]:
    """Review and plan parts from the level-1 headings and the paragraph that opens each one."""
    level1 = [h for h in headings if h.level == 1 and h.start >= header_end]
    labels: list[str] = []
    for h in level1:
        opening = _first_paragraph_after(paragraphs, h.end)
        words = scan[h.start:h.end]
        review, plan = part_score(words)
        if opening is not None:
            r2, p2 = part_score(scan[opening.start:min(opening.end, opening.start + 120)])
            review, plan = review * 2 + r2, plan * 2 + p2
        if "plan" in labels:
            labels.append("plan")
        elif plan > review:
            labels.append("plan")
        elif review > 0:
            labels.append("review")
        else:
            labels.append(labels[-1] if labels else "review")
    parts: dict[str, Span] = {}
    if header_end > 0:
        parts["header"] = Span(0, header_end)
    if level1 and "review" in labels:
        review_start = level1[labels.index("review")].start
        plan_start = level1[labels.index("plan")].start if "plan" in labels else len(scan)
        parts["review"] = Span(review_start, plan_start)
        if "plan" in labels:
            parts["plan"] = Span(plan_start, len(scan))
        return parts
    if level1 and "plan" in labels:
        plan_start = level1[labels.index("plan")].start
        body_start = header_end
        if plan_start > body_start:
            parts["review"] = Span(body_start, plan_start)
        parts["plan"] = Span(plan_start, len(scan))
        return parts
    return _parts_from_paragraphs(scan, paragraphs, header_end, parts)


def _first_paragraph_after(paragraphs: list[Span], pos: int) -> Span | None:
    """The first paragraph starting after ``pos`` (paragraphs are in text order)."""
    i = bisect.bisect_right(paragraphs, pos, key=lambda p: p.start)
    return paragraphs[i] if i < len(paragraphs) else None


def _parts_from_paragraphs(scan: str, paragraphs: list[Span], header_end: int,
                           parts: dict[str, Span]) -> dict[str, Span]:
    """No usable headings (a transcript, a plain copy): the plan starts at the first paragraph
    that opens with plan wording after some review wording."""
    seen_review = False
    body = [p for p in paragraphs if p.start >= header_end]
    for para in body:
        opening = scan[para.start:min(para.end, para.start + 60)]
        review, plan = part_score(opening)
        if seen_review and plan >= 3 and plan > review:
            parts["review"] = Span(body[0].start, para.start)
            parts["plan"] = Span(para.start, len(scan))
            return parts
        if review >= 2:
            seen_review = True
    return parts


def read_header_meta(text: str, scan: str, header: Span | None, parts: dict[str, Span],
                     headings: list[Heading]) -> dict[str, Any]:
    """Metadata the text states itself: title, delivery date, session, speaker, years."""
    meta: dict[str, Any] = {}
    head_end = header.end if header else min(len(scan), 400)
    head = scan[:head_end]
    for line in head.split("\n"):
        if "政府工作报告" in line and "title" not in meta:
            meta["title"] = line.strip()
    m = SESSION.search(scan[:max(head_end, 600)])
    if m:
        meta["session"] = m.group(0)
        pm = PLACE_IN_SESSION.search(scan[max(0, m.start() - 20):m.end()])
        if pm:
            meta["place"] = pm.group(1).strip("在")
    for line in head.split("\n"):
        for title in SPEAKER_TITLES:
            if title in line and len(line.strip()) <= 30 and "会议" not in line:
                meta.setdefault("speaker_title", title)
    dates = [d for d in DATE.finditer(head)]
    # the delivery date is the date on the speech line (——2024年3月5日在…) or a bare date line
    for d in dates:
        line_start = head.rfind("\n", 0, d.start()) + 1
        line = head[line_start:head.find("\n", d.end()) if "\n" in head[d.end():] else len(head)]
        if "发布" in line or "索引" in line:
            meta.setdefault("published", f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}")
            continue
        meta.setdefault("delivered", f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}")
    review_year = plan_year = None
    for h in headings:
        if h.level != 1:
            continue
        ym = YEAR_IN_HEADING.search(h.title)
        if not ym:
            continue
        year = int(ym.group(1))
        for name, span in parts.items():
            if span.start <= h.start < span.end:
                if name == "review" and review_year is None:
                    review_year = year
                elif name == "plan" and plan_year is None:
                    plan_year = year
    delivered = meta.get("delivered")
    if delivered and plan_year is None and review_year is None:
        year, month = int(delivered[:4]), int(delivered[5:7])
        plan_year = year if month <= 6 else year + 1
    if plan_year is None and review_year is None and "plan" in parts:
        opening = scan[parts["plan"].start:parts["plan"].start + 300]
        ym = re.search(r"((?:19|20)\d\d)年(?:是|，|,|要|的|经济|工作)", opening)
        if ym:
            plan_year = int(ym.group(1))
    if review_year is None and plan_year is None and "review" in parts:
        opening = scan[parts["review"].start:parts["review"].start + 300]
        ym = re.search(r"((?:19|20)\d\d)年(?:是|，|,|以来|全)", opening)
        if ym:
            review_year = int(ym.group(1))
    if review_year is None and plan_year is not None:
        review_year = plan_year - 1
    if plan_year is None and review_year is not None:
        plan_year = review_year + 1
    if review_year is not None:
        meta["review_year"], meta["plan_year"] = review_year, plan_year
    place = meta.get("place", "")
    for suffix, level in LEVEL_BY_SUFFIX:
        if place.endswith(suffix) or (suffix == "全国" and "全国人民代表大会" in meta.get("session", "")):
            meta.setdefault("level", level)
            break
    return meta


def read_text(text: str, path: str = "<text>", meta: dict[str, Any] | None = None,
              strict: bool = False, info: dict[str, Any] | None = None) -> Report:
    """Build a Report from text already decoded. ``meta`` (e.g. from the JSON file) overrides
    what is read from the text. With ``strict``, a text with neither a review nor a plan part
    raises GovReportError; otherwise its sentences get part ``other``."""
    from govreport.reading import fold_for_scan

    scan = fold_for_scan(text)
    paragraphs = split_paragraphs(scan)
    headings = find_headings(scan, paragraphs, text)
    header_end = _header_end(scan, paragraphs, headings)
    parts = find_parts(scan, paragraphs, headings, header_end)
    if strict and "review" not in parts and "plan" not in parts:
        raise GovReportError(path, "not a government work report: no review or plan part found")
    found = read_header_meta(text, scan, parts.get("header"), parts, headings)
    found.update(info or {})
    found.update({k: v for k, v in (meta or {}).items() if v not in (None, "")})
    sentences = _sentences(scan, paragraphs, headings, parts)
    return Report(path=path, text=text, scan=scan, meta=found, paragraphs=paragraphs,
                  headings=headings, sentences=sentences, parts=parts)


def _sentences(scan: str, paragraphs: list[Span], headings: list[Heading],
               parts: dict[str, Span]) -> list[Sentence]:
    """Every paragraph's sentences with their part and section, in one pass over the text.

    Paragraphs, headings and sentences are in text order, so the section (the nearest level-1
    heading at or before the paragraph) and the part (the first part, in ``parts`` order, whose
    span holds the sentence start) are found by bisection, not by walking all of them.
    """
    level1 = [h for h in headings if h.level == 1]
    section_starts = [h.start for h in level1]
    part_bounds, part_names = _part_stretches(parts)
    ends = [m.end() for m in SENTENCE_END.finditer(scan)]
    sentences = []
    for index, para in enumerate(paragraphs):
        h = bisect.bisect_right(section_starts, para.start)
        section = level1[h - 1].title if h else ""
        # the sentence ends inside the paragraph: after para.start, up to para.end
        inside = ends[bisect.bisect_right(ends, para.start):bisect.bisect_right(ends, para.end)]
        for start, end in _sentence_bounds(scan, para.start, para.end, inside):
            k = bisect.bisect_right(part_bounds, start)
            sentences.append(Sentence(start, end, part_names[k - 1] if k else "other", section, index))
    return sentences


def _part_stretches(parts: dict[str, Span]) -> tuple[list[int], list[str]]:
    """Cut the text at every part boundary; for each stretch from one boundary to the next
    (the last one runs to the end), the first part in ``parts`` order that holds it, or
    ``other``. Part spans start and end only at boundaries, so one answer holds for a stretch."""
    bounds = sorted({pos for span in parts.values() for pos in (span.start, span.end)})
    names = [next((name for name, span in parts.items() if span.start <= pos < span.end), "other")
             for pos in bounds]
    return bounds, names


def read_report(path: str | Path) -> Report:
    """Read a report file (.txt in any common Chinese encoding, or .html) and its ``.json``
    metadata beside it, and find its structure. Raises GovReportError for bad input."""
    from govreport.reading import load_metadata, load_text

    text, info = load_text(path)
    meta = load_metadata(path)
    return read_text(text, path=str(path), meta=meta, strict=True, info=info)
