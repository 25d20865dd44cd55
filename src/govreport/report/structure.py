"""From raw text to a Report: header, review part, plan part, headings, paragraphs, sentences.

Which part a sentence belongs to comes from the report's own headings and wording
(回顾, 成效, 取得 … for the review; 安排, 任务, 目标, 今年 … for the plan), never from
positions in one particular file.
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from pathlib import Path
from typing import Any

from govreport.errors import GovReportError
from govreport.lexicon import part_words, place_levels, read_rows
from govreport.report.model import Heading, Report, Sentence, Span

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
ISO_DATE = re.compile(r"((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DELIVERY_WORDS = re.compile(r"会议|开幕|政府工作报告")  # 2025年1月15日，…会议开幕，市长…作政府工作报告


def _sentence_around(text: str, pos: int) -> str:
    """The sentence of ``text`` that holds ``pos``."""
    start = max(text.rfind(c, 0, pos) for c in "。！？\n") + 1
    ends = [i for i in (text.find(c, pos) for c in "。！？\n") if i >= 0]
    return text[start:min(ends) if ends else len(text)]


PRESS_FURNITURE = ("发布", "索引", "来源", "编辑", "时间", "日期", "责编", "作者")
YEAR_IN_HEADING = re.compile(r"((?:19|20)\d\d)年")
SESSION = re.compile(rf"第[{CN_NUM}]+届[^，。\n]{{0,20}}?第[{CN_NUM}]+次会议")
PLACE_IN_SESSION = re.compile(rf"在(.{{2,12}}?)第[{CN_NUM}]+届")
SPEAKER_TITLES = ("总理", "自治区主席", "省长", "市长", "州长", "县长", "区长", "旗长", "乡长", "镇长", "主席")
# the government the speaker speaks for, in the opening (现在，我代表国务院 / 我代表市人民政府)
SPEAKER_BODY = re.compile(r"我代表(国务院|([\u4e00-\u9fff]{0,8}?)(自治区|省|市|州|盟|县|区|旗|镇|乡)(?:人民)?政府)")
LEVEL_BY_SUFFIX = (("全国", "national"), ("自治区", "provincial"), ("省", "provincial"), ("州", "city"),
                   ("市", "city"), ("县", "county"), ("区", "county"), ("旗", "county"), ("乡", "township"),
                   ("镇", "township"))


def split_paragraphs(text: str) -> list[Span]:
    """Non-empty lines, trimmed of surrounding white space (offsets into ``text``)."""
    return [Span(*m.span()) for m in _LINE.finditer(text)]


def split_sentences(scan: str, para: Span, breaks: tuple[int, ...] = ()) -> list[Span]:
    """Sentences of one paragraph, split after 。！？； (and at ``breaks``: where headings run
    into the text) and keeping offsets.

    >>> [scan[s.start:s.end] for s in split_sentences("甲。乙；丙", Span(0, 5))]  # doctest: +SKIP
    ['甲。', '乙；', '丙']
    """
    ends = [m.end() for m in SENTENCE_END.finditer(scan, para.start, para.end)]
    ends = sorted(set(ends).union(b for b in breaks if para.start < b <= para.end))
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
    """Numbered headings (一、 / (一) / 1.), short un-numbered lines that name a part, and
    level-1 headings that run into the text without a line break (…报告一、2023年工作回顾2023年是…).

    Patterns match on ``scan``; titles are sliced from ``text`` (as the report writes them)."""
    text = scan if text is None else text
    out = []
    for para in paragraphs:
        m = _NUMBERED.match(scan, para.start, para.end)
        if m:
            end = _heading_title_end(scan, para)
            if m.lastindex == 1 and end - m.end() > 30:  # 一、2023年工作回顾2023年是…: the title is the part name
                end = _run_on_title_end(scan, m.end(), end) or end
            out.append(Heading(para.start, end, m.lastindex, text[m.end():end].strip()))
        elif para.end - para.start <= 30:
            line = scan[para.start:para.end]
            if not _NOT_A_TITLE.search(line) and max(part_score(line)) >= 3:
                out.append(Heading(para.start, para.end, 1, text[para.start:para.end].strip()))
    run_on = []
    for candidate in _NUMBER_COMMA.finditer(scan):  # one quick pass for 一、 anywhere: such headings are rare
        comma = candidate.start()
        r = _RUN_ON.match(scan, comma - 1) or _RUN_ON.match(scan, max(0, comma - 2))
        if r and r.end() == comma + 1 and not _starts_line(scan, r.start()):
            line_end = scan.find("\n", r.end(), r.end() + 30)
            end = _run_on_title_end(scan, r.end(), r.end() + 30 if line_end < 0 else line_end)
            if end:
                run_on.append(Heading(r.start(1), end, 1, text[r.end():end].strip()))
    if run_on:
        out = sorted(out + run_on, key=lambda h: h.start)
    return out


# 一、 inside a line, not 第一、二 or 一、二、三产业; the title must then name a part (see _run_on_title_end)
_RUN_ON = re.compile(rf"(?<![第\d{CN_NUM}])([{CN_NUM}]{{1,2}}、)(?![{CN_NUM}])")
_NUMBER_COMMA = re.compile(rf"、(?<=[{CN_NUM}]、)")  # starts with the rare 、, so the search is quick
_TEXT_OPENERS = ("今年", "过去", "一年来", "新的一年")
_TITLE_BREAK = re.compile(r"[。，,；;：:！？!?]")


def _run_on_title_end(scan: str, start: int, limit: int) -> int | None:
    """Where a heading title running into the text ends: after the first part word (回顾, 安排,
    主要任务 …) within 25 characters, before any punctuation, at which the words so far score as a
    part heading; None when they do not."""
    stop = _TITLE_BREAK.search(scan, start, limit)
    window = scan[start:min(stop.start() if stop else limit, start + 25)]
    ends = sorted({i + len(word) for word, _, _ in part_words() for i in _find_all(window, word)})
    for k, end in enumerate(ends):  # the first title that names a part …
        if max(part_score(window[:end])) >= 3:
            for later in ends[k + 1:]:  # … runs on over more part words (2019年和今年以来工作回顾),
                between = window[end:later]  # not into the text (安排|2024年是…目标, 安排|今年…目标)
                if any(c.isdigit() or c.isspace() for c in between) or between.startswith(_TEXT_OPENERS):
                    break
                end = later
            return start + end
    return None


def _starts_line(scan: str, pos: int) -> bool:
    """Only white space stands before ``pos`` on its line."""
    return not scan[scan.rfind("\n", 0, pos) + 1:pos].strip()


def _find_all(text: str, word: str) -> list[int]:
    """Every offset where ``word`` occurs in ``text``."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _header_end(scan: str, paragraphs: list[Span], headings: list[Heading]) -> int:
    """The header/metadata block ends at 各位代表 or the first level-1 heading, whichever is first,
    when what comes before reads as a header (title, date, speaker: not prose). A text that starts
    in the middle of a report (an excerpt, a news item) has no header."""
    first_heading = next((h.start for h in headings if h.level == 1), len(scan))
    for para in paragraphs:
        if para.start >= first_heading:
            break
        salutation = scan.find("各位代表", para.start, min(para.end, first_heading))
        if salutation >= 0 and _reads_as_header(scan, salutation):
            return salutation
    return first_heading if first_heading < len(scan) and _reads_as_header(scan, first_heading) else 0


def _reads_as_header(scan: str, end: int) -> bool:
    """Title, date, session and speaker lines hold no full sentences (at most one 。)."""
    return scan.count("。", 0, end) <= 1


def find_parts(scan: str, paragraphs: list[Span], headings: list[Heading], header_end: int) -> dict[str, Span]:
    """Review and plan parts from the strongest evidence the text holds (see ``locate_parts``)."""
    return locate_parts(scan, paragraphs, headings, header_end)[0]


def locate_parts(scan: str, paragraphs: list[Span], headings: list[Heading],
                 header_end: int) -> tuple[dict[str, Span], str]:
    """Review and plan parts, and what they were found from, in order of strength: level-1
    headings (``heading``), opening formulas such as 过去的一年 / 今年要重点抓好 (``opening``),
    the wording that opens paragraphs (``paragraph``); '' when none holds (each sentence's own
    cues then decide, see ``_parts_by_cues``)."""
    parts: dict[str, Span] = {}
    if header_end > 0:
        parts["header"] = Span(0, header_end)
    found = _parts_from_headings(scan, paragraphs, headings, header_end)
    if found:
        return {**parts, **found}, "heading"
    found = _parts_from_openings(scan, header_end)
    if found:
        return {**parts, **found}, "opening"
    found = _parts_from_paragraphs(scan, paragraphs, header_end, {})
    if found:
        return {**parts, **found}, "paragraph"
    return parts, ""


def _parts_from_headings(scan: str, paragraphs: list[Span], headings: list[Heading],
                         header_end: int) -> dict[str, Span]:
    """Review and plan parts from the level-1 headings and the paragraph that opens each one.
    A first heading that names no part (an excerpt starting at 三、…) takes its section's wording."""
    level1 = [h for h in headings if h.level == 1 and h.start >= header_end]
    labels: list[str] = []
    for i, h in enumerate(level1):
        line_end = scan.find("\n", h.end)
        line_end = len(scan) if line_end < 0 else line_end
        # the text the heading opens: its own line's rest when the text runs on after it
        opening = Span(h.end, line_end) if scan[h.end:line_end].strip() else _first_paragraph_after(paragraphs, h.end)
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
        elif labels:
            labels.append(labels[-1])
        else:
            end = level1[i + 1].start if i + 1 < len(level1) else len(scan)
            labels.append(wording_part(scan, h.start, end) or "review")
    parts: dict[str, Span] = {}
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
        if plan_start > body_start and wording_part(scan, body_start, plan_start) == "plan":
            plan_start = body_start  # an excerpt that starts inside the plan, before its next heading
        if plan_start > body_start:
            parts["review"] = Span(body_start, plan_start)
        parts["plan"] = Span(plan_start, len(scan))
    return parts


@cache
def _openings() -> tuple[re.Pattern[str], dict[str, str]]:
    """Opening formulas (openings.csv) at the start of a sentence, and formula -> part."""
    rows = {r["formula"]: r["part"] for r in read_rows("openings.csv")}
    words = "|".join(re.escape(w) for w in sorted(rows, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[。！？；：:\n]))\s*({words})", re.M), rows


def _parts_from_openings(scan: str, header_end: int) -> dict[str, Span]:
    """A text without headings (a city report's opening, a copied passage): the review starts
    at 过去的一年 / 一年来 …, the plan at 今年要重点抓好 / 今年…主要预期目标 … opening a sentence."""
    pattern, part_of = _openings()
    review = plan = None
    for m in pattern.finditer(scan, header_end):
        if part_of[m.group(1)] == "review" and review is None and plan is None:
            review = m.start(1)
        elif part_of[m.group(1)] == "plan" and plan is None:
            plan = m.start(1)
    parts: dict[str, Span] = {}
    if plan is not None:
        before = "review" if review is not None else wording_part(scan, header_end, plan)
        if before == "plan":
            plan = header_end  # 今年的主要预期目标是…。实现上述目标，要重点抓好…: all plan
        elif before == "review":
            parts["review"] = Span(header_end, plan)
        parts["plan"] = Span(plan, len(scan))
    elif review is not None:
        parts["review"] = Span(header_end, len(scan))
    return parts


@cache
def _part_cues() -> tuple[re.Pattern[str], dict[str, tuple[str, int]]]:
    """Words whose count tells review wording from plan wording (part_cues.csv); ``none`` rows
    mask words that contain a cue (重要, 主要 hold 要)."""
    rows = {r["word"]: (r["part"], int(r["weight"])) for r in read_rows("part_cues.csv")}
    return re.compile("|".join(re.escape(w) for w in sorted(rows, key=len, reverse=True))), rows


def wording_score(scan: str, start: int, end: int) -> tuple[int, int]:
    """(review, plan) weight of the cue words in ``scan[start:end]``."""
    review, plan, _ = _wording(scan, start, end)
    return review, plan


def _wording(scan: str, start: int, end: int) -> tuple[int, int, set[str]]:
    """(review, plan) weight of the cue words in ``scan[start:end]``, and the parts for which
    a strong cue (weight 2 or more: 同比, 取得, 今年, 力争 …) occurs there."""
    pattern, rows = _part_cues()
    review = plan = 0
    strong: set[str] = set()
    for m in pattern.finditer(scan, start, end):
        part, weight = rows[m.group()]
        if part == "review":
            review += weight
        elif part == "plan":
            plan += weight
        if weight >= 2:
            strong.add(part)
    return review, plan, strong


def wording_part(scan: str, start: int, end: int) -> str:
    """review / plan by which wording weighs more in ``scan[start:end]``; '' when even."""
    review, plan = wording_score(scan, start, end)
    return "review" if review > plan else "plan" if plan > review else ""


def _parts_by_cues(scan: str, paragraphs: list[Span], sentences: list[Sentence],
                   header_end: int) -> list[Sentence]:
    """No heading, formula or paragraph marks the parts: the whole text's wording decides its
    part, and a paragraph whose own wording weighs clearly the other way (by 3 or more, three
    times as much, with a strong cue such as 同比 or 力争) takes that part instead. Each
    sentence's time cues still decide its figures' roles (roles.quantity_role)."""
    default = wording_part(scan, header_end, len(scan)) or "review"
    by_paragraph: list[str] = []
    for para in paragraphs:
        review, plan, strong = _wording(scan, para.start, para.end)
        if review >= 3 and review >= 3 * plan and "review" in strong:
            by_paragraph.append("review")
        elif plan >= 3 and plan >= 3 * review and "plan" in strong:
            by_paragraph.append("plan")
        else:
            by_paragraph.append(default)
    return [s if s.part != "other" or s.start < header_end else s._replace(part=by_paragraph[s.paragraph])
            for s in sentences]


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
        if seen_review and plan >= 3 and plan > review and wording_part(scan, para.start, para.end) != "review":
            parts["review"] = Span(body[0].start, para.start)
            parts["plan"] = Span(para.start, len(scan))
            return parts
        if review >= 2:
            seen_review = True
    return parts


TITLE_YEAR = re.compile(r"((?:19|20)\d\d)年[^（(\n]{0,20}政府工作报告")
# a year that opens a sentence or clause and dates what follows (2023年，… / 2024年是… /
# 截至2023年底 / 2024年1-5月 / 2024年上半年); a year elsewhere (比2010年, 到2027年, 2030年议程,
# 2021-2025年) is no evidence of the report's own years
_YEAR_MENTION = re.compile(r"(?:^|(?<=[。！？；，,：:\n（(])|(?<=截至)|(?<=截止)|(?<=过去的))\s*((?:19|20)\d\d)年"
                           r"(?![底末]?前(?![一二三两])|以来|以前|[-—–~～至到]|\d{1,2}月\d{1,2}[日号])(?=(.))")
_SUBJECTS_AFTER_YEAR = ("主要", "工作", "经济", "政府", "我们", "地区", "国内", "本")  # 2025年主要预期目标是…
_DATES_WHAT_FOLLOWS = frozenset("，,是全底末初上下前一二三四0123456789")  # 2023年，… / 2024年是… / 2024年1-6月


def _years_from_headings(headings: list[Heading], parts: dict[str, Span]) -> tuple[int | None, int | None, str]:
    """Review and plan years from a year in the level-1 heading that opens each part."""
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
    return review_year, plan_year, "heading" if review_year or plan_year else ""


def years_from_sentences(scan: str, sentences: list[Sentence]) -> int | None:
    """The review year the text's own year mentions point to: a year named in a review sentence
    counts for itself, one in a plan sentence for the year before; a year opening a sentence
    (2023年，… / 2024年是…) counts twice. Deadlines, comparisons and ranges do not count."""
    votes: dict[int, int] = {}
    for s in sentences:
        if s.part not in ("review", "plan"):
            continue
        for m in _YEAR_MENTION.finditer(scan, s.start, s.end):
            if m.group(2) not in _DATES_WHAT_FOLLOWS and (
                    m.start(1) - s.start > 2 or not scan.startswith(_SUBJECTS_AFTER_YEAR, m.end(1) + 1)):
                continue  # only a year that dates what follows it counts (not 2003年抗击非典…)
            year = int(m.group(1)) - (s.part == "plan")
            votes[year] = votes.get(year, 0) + (2 if m.start(1) - s.start <= 2 else 1)
    return max(votes, key=lambda y: (votes[y], y)) if votes else None


def read_header_meta(text: str, scan: str, header: Span | None, parts: dict[str, Span],
                     headings: list[Heading]) -> dict[str, Any]:
    """Metadata the text states itself: title, delivery date, session, speaker, years."""
    meta: dict[str, Any] = {}
    head_end = header.end if header else min(len(scan), 400)
    head = scan[:head_end]
    for line in head.split("\n"):
        if "政府工作报告" in line and "title" not in meta:
            line = line.strip()  # a title running into the text ends with 政府工作报告
            meta["title"] = line if len(line) <= 60 else line[:line.index("政府工作报告") + 6]
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
    dates = sorted([*DATE.finditer(head), *ISO_DATE.finditer(head)], key=lambda d: d.start())
    # the delivery date is the date on the speech line (——2024年3月5日在…) or a bare date line;
    # a date on a line of page or press furniture (发布日期, 来源, 编辑) is the publication date
    for d in dates:
        line_start = head.rfind("\n", 0, d.start()) + 1
        line = head[line_start:head.find("\n", d.end()) if "\n" in head[d.end():] else len(head)]
        if header is None and len(line) > 40 and not any(w in line for w in PRESS_FURNITURE):
            if not _DELIVERY_WORDS.search(_sentence_around(head, d.start())):
                continue  # a date in running text (an excerpt has no header) dates an event, not the report
        if any(w in line for w in PRESS_FURNITURE):
            meta.setdefault("published", f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}")
            continue
        meta.setdefault("delivered", f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}")
    review_year, plan_year, source = _years_from_headings(headings, parts)
    delivered = meta.get("delivered") or meta.get("published")  # a web page's or press item's date
    if delivered and plan_year is None and review_year is None:
        year, month = int(delivered[:4]), int(delivered[5:7])
        plan_year, source = (year if month <= 6 else year + 1), "date"
    title_year = TITLE_YEAR.search(meta.get("title", ""))
    if title_year and plan_year is None and review_year is None:
        plan_year, source = int(title_year.group(1)), "title"  # 2024年政府工作报告: delivered in 2024
    if plan_year is None and review_year is None and "plan" in parts:
        opening = scan[parts["plan"].start:parts["plan"].start + 300]
        ym = re.search(r"((?:19|20)\d\d)年(?:是|，|,|要|的|经济|工作)", opening)
        if ym:
            plan_year, source = int(ym.group(1)), "text"
    if review_year is None and plan_year is None and "review" in parts:
        opening = scan[parts["review"].start:parts["review"].start + 300]
        ym = re.search(r"((?:19|20)\d\d)年(?:是|，|,|以来|全)", opening)
        if ym:
            review_year, source = int(ym.group(1)), "text"
    if review_year is None and plan_year is not None:
        review_year = plan_year - 1
    if plan_year is None and review_year is not None:
        plan_year = review_year + 1
    if review_year is not None:
        meta["review_year"], meta["plan_year"], meta["years_source"] = review_year, plan_year, source
    body = SPEAKER_BODY.search(scan[:max(head_end, 600)])
    if body and "place" not in meta:  # 我代表国务院 / 我代表深圳市人民政府 (a bare 市人民政府 names no place)
        if body.group(1) == "国务院":
            meta["place"] = "全国"
        elif body.group(2):
            meta["place"] = body.group(2) + body.group(3)
    place = meta.get("place", "")
    if place in place_levels():  # 北京市 is a province-level municipality, not a city
        meta.setdefault("level", place_levels()[place])
    # the unit the speaker's government names (市 of 我代表市人民政府), when the place is not named
    unit = ("全国" if body.group(1) == "国务院" else body.group(3)) if body else ""
    for suffix, level in LEVEL_BY_SUFFIX:
        if (place.endswith(suffix) or unit == suffix
                or (suffix == "全国" and "全国人民代表大会" in meta.get("session", ""))):
            meta.setdefault("level", level)
            break
    return meta


def read_text(text: str, path: str = "<text>", meta: dict[str, Any] | None = None,
              strict: bool = False, info: dict[str, Any] | None = None) -> Report:
    """Build a Report from text already decoded. ``meta`` (e.g. from the JSON file) overrides
    what is read from the text. Any Chinese text is read, whole report or excerpt: where no
    heading, opening formula or paragraph marks the parts, each paragraph's own cues do, and
    ``meta["parts_source"]`` / ``meta["years_source"]`` say which evidence held. With ``strict``
    (files from users), a text without Chinese prose or without any figure raises GovReportError."""
    from govreport.report.reading import fold_for_scan

    scan = fold_for_scan(text)
    if strict:
        _refuse_unless_chinese_with_figures(path, scan)
    paragraphs = split_paragraphs(scan)
    headings = find_headings(scan, paragraphs, text)
    header_end = _header_end(scan, paragraphs, headings)
    parts, parts_source = locate_parts(scan, paragraphs, headings, header_end)
    found = read_header_meta(text, scan, parts.get("header"), parts, headings)
    sentences = _sentences(scan, paragraphs, headings, parts)
    if not parts_source:
        sentences = _parts_by_cues(scan, paragraphs, sentences, header_end)
        parts_source = "sentence_cues" if any(s.part in ("review", "plan") for s in sentences) else ""
    if found.get("review_year") is None:
        review_year = years_from_sentences(scan, sentences)
        if review_year is not None:
            found.update(review_year=review_year, plan_year=review_year + 1, years_source="text")
    if found.get("review_year") is not None and _half_year_report(scan, paragraphs, headings):
        found["plan_year"] = found["review_year"]  # 上半年工作总结和下半年工作打算: one year's two halves
    found["parts_source"] = parts_source
    found.update(info or {})
    given = {k: v for k, v in (meta or {}).items() if v not in (None, "")}
    if "review_year" in given or "plan_year" in given:
        found["years_source"] = "metadata"
    found.update(given)
    return Report(path=path, text=text, scan=scan, meta=found, paragraphs=paragraphs,
                  headings=headings, sentences=sentences, parts=parts)


HALF_YEAR = re.compile(r"上半年|半年工作|年中工作")


def _half_year_report(scan: str, paragraphs: list[Span], headings: list[Heading]) -> bool:
    """A half-year report names the half in its title line (a short line at the top) or a
    level-1 heading: its plan is the second half of the same year."""
    titles = [h.title for h in headings if h.level == 1]
    titles += [scan[p.start:p.end] for p in paragraphs[:3] if p.end - p.start <= 60]
    return any(HALF_YEAR.search(t) for t in titles)


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LETTER = re.compile(r"[A-Za-z\u3400-\u9fff\uf900-\ufaff]")
_DIGIT = re.compile(r"\d")


def _chinese_enough(scan: str) -> bool:
    cjk = len(_CJK.findall(scan))
    return cjk >= 10 and cjk * 4 >= len(_LETTER.findall(scan))


def _refuse_unless_chinese_with_figures(path: str, scan: str) -> None:
    """Refuse only what is not Chinese text with figures: fewer than ten Chinese characters, or
    Chinese a small minority of the letters (an English page); or no figure at all."""
    if not _chinese_enough(scan[:5000]) and not _chinese_enough(scan):  # the opening settles most texts
        raise GovReportError(path, "no Chinese text to read (a report is Chinese prose with figures)")
    if not _DIGIT.search(scan):
        from govreport.extract.scanner import scan_tokens

        if not scan_tokens(scan):
            raise GovReportError(path, "no figure in the text (a report is Chinese prose with figures)")


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
    # a heading that runs into the text (…报告一、2023年工作回顾2023年…) starts a sentence too
    run_on = [h for h in section_starts if not _starts_line(scan, h)]
    if run_on:
        ends = sorted(set(ends).union(run_on))
    sentences = []
    for index, para in enumerate(paragraphs):
        h = bisect.bisect_right(section_starts, para.start)
        section = level1[h - 1].title if h else ""
        # the sentence ends inside the paragraph: after para.start, up to para.end
        inside = ends[bisect.bisect_right(ends, para.start):bisect.bisect_right(ends, para.end)]
        for start, end in _sentence_bounds(scan, para.start, para.end, inside):
            k = bisect.bisect_right(part_bounds, start)
            if run_on and h < len(section_starts) and section_starts[h] <= start:  # past a run-on heading
                h = bisect.bisect_right(section_starts, start)
                section = level1[h - 1].title
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
    from govreport.report.reading import load_metadata, load_text

    text, info = load_text(path)
    meta = load_metadata(path)
    return read_text(text, path=str(path), meta=meta, strict=True, info=info)
