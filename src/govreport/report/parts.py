"""The review and plan parts of a text, from the strongest evidence that holds: level-1
headings, opening formulas (各位代表, 过去的一年, 今年要重点抓好), paragraph wording, then each
sentence's own cues (docs/assumptions.md#parts-and-years). Words: data/parts.csv, openings.csv, part_cues.csv.
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from govreport.lexicon import read_rows
from govreport.report.heading_years import (NUMBERED_START, heading_year, lone_title, part_score, plan_lead, plan_line,
                                             term_heading)
from govreport.report.model import Heading, Sentence, Span


def find_header_end(scan: str, paragraphs: list[Span], headings: list[Heading]) -> int:
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
    cues then decide, see ``parts_by_cues``)."""
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
    if len(level1) == 1 and lone_title(scan, level1[0]):
        return {}  # a headline over the whole text (…召开全体会议 回顾2024年工作 部署2025年任务) divides nothing
    labels = _labels(scan, paragraphs, level1)
    parted = [i for i, h in enumerate(level1) if not NUMBERED_START.match(scan, h.start)]
    if 2 <= len(parted) < len(level1) and {"review", "plan"} <= {labels[i] for i in parted}:
        # 2023年工作回顾 … 一、…八、 … 2024年主要工作 … 一、…九、: the lines that name the parts divide the
        # text; the numbered headings between them are their sections (a review section's opening that
        # says 保障任务 must not start the plan)
        level1 = [level1[i] for i in parted]
        labels = _labels(scan, paragraphs, level1)
    parts: dict[str, Span] = {}
    if level1 and "review" in labels:
        review_start = level1[labels.index("review")].start
        plan_start = level1[labels.index("plan")].start if "plan" in labels else len(scan)
        lead = None if "plan" in labels else plan_lead(scan, [h.start for h in level1], review_start, plan_start)
        if lead is not None:  # no plan heading: 经济社会发展的主要目标是：… inside the "review" starts the plan
            plan_start, labels = lead, [*labels, "plan"]
        elif (opened := _plan_paragraph(scan, paragraphs, review_start, plan_start)) is not None:
            plan_start, labels = opened, labels if "plan" in labels else [*labels, "plan"]
        if lead is None and "plan" in labels:  # 全力实现2024年高质量发展的奋斗目标 before 一、…: the plan's own line
            plan_start = plan_line(scan, paragraphs, review_start, plan_start)
        term_start = next((level1[j].start for j in range(labels.index("review"), len(labels)) if labels[j] == "term"), plan_start)
        parts["review"] = Span(review_start, min(plan_start, term_start))  # an outline between them is the term's
        if "plan" in labels:
            parts.update(_term_part(scan, level1, labels))
            parts["plan"] = Span(plan_start, len(scan))
        return parts
    if level1 and "plan" in labels:
        plan_start = level1[labels.index("plan")].start
        body_start = header_end
        if plan_start > body_start and wording_part(scan, body_start, plan_start) == "plan":
            plan_start = body_start  # an excerpt that starts inside the plan, before its next heading
        else:
            plan_start = plan_line(scan, paragraphs, body_start, plan_start)
        if plan_start > body_start:
            parts["review"] = Span(body_start, plan_start)
        parts.update(_term_part(scan, level1, labels))
        parts["plan"] = Span(plan_start, len(scan))
    return parts


def _labels(scan: str, paragraphs: list[Span], level1: list[Heading]) -> list[str]:
    """The part each level-1 heading opens (review, plan or term), from its words, its opening
    paragraph's and the years it names."""
    labels: list[str] = []
    review_year: int | None = None
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
        year = heading_year(words)
        if year is not None and part_score(words)[1] == 0 and any(heading_year(scan[h2.start:h2.end]) == year + 1 for h2 in level1[i + 1:]):
            plan = 0  # 一、2024年所做的工作 before 三、2025年工作安排: the later year's heading opens the plan, not this one
        if "plan" in labels:  # after the plan: more plan, or a five-year plan's outline (part ``term``)
            labels.append("term" if term_heading(words) else "plan")
        elif labels and term_heading(words) and not (year is not None and review_year is not None and year > review_year):
            # before the plan: the outline's 说明 is no part of the plan year (unless it names the plan year)
            labels.append("term")
        elif plan > review or year is not None and review_year is not None and year > review_year:
            labels.append("plan")  # 二、2024年主要工作 after 一、2023年工作回顾: the later year's work
        elif review > 0:
            labels.append("review")
        elif labels:  # no part words: the part before goes on (after an outline's 说明, the plan)
            labels.append("plan" if labels[-1] == "term" else labels[-1])
        else:
            end = level1[i + 1].start if i + 1 < len(level1) else len(scan)
            labels.append(wording_part(scan, h.start, end) or "review")
        if labels[-1] == "review" and review_year is None:
            review_year = year  # the year the first review heading names (一、2023年工作回顾)
    return labels


def _term_part(scan: str, level1: list[Heading], labels: list[str]) -> dict[str, Span]:
    """The part ``term`` from the first heading labelled so up to the next plan heading (or the
    end). It stands before ``plan`` in the parts' order, so that its stretch of the plan's span is
    the term's (layout._part_stretches takes the first part that holds a position)."""
    if "term" not in labels:
        return {}
    first = labels.index("term")
    end = next((level1[j].start for j in range(first + 1, len(level1)) if labels[j] == "plan"), len(scan))
    return {"term": Span(level1[first].start, end)}


# the place a formula may name after 今年 (今年全市经济社会发展…, 今年我县的主要预期目标)
_SCOPE = r"[全我本][市县区省州镇乡旗盟]的?"
_SCOPE_AFTER_THIS_YEAR = re.compile(rf"(?<=^今年){_SCOPE}")


@cache
def _openings() -> tuple[re.Pattern[str], dict[str, str]]:
    """Opening formulas (openings.csv) at the start of a sentence, and formula -> part; a
    formula that starts with 今年 may name the place after it (``opening_part``)."""
    rows = {r["formula"]: r["part"] for r in read_rows("openings.csv")}
    words = "|".join(_formula_pattern(w) for w in sorted(rows, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[。！？；：:\n]))\s*((?P<lead>{_YEAR_IS})(?P<formula>{words}))", re.M), rows


# a sentence that opens with 2024年是…一年 may lead the formula (2024年是…关键一年，做好今年工作至关重要。
# 政府工作的总体要求是…): the part starts at the year, so the goals after it are the formula's part
_YEAR_IS = r"(?:(?:19|20)\d\d年是[^。！？；\n]{0,80}?[，,。])?"


# formulas that can only plan may name the year instead of 今年 (2017年，全镇工作的总体要求是…);
# 2023年全市经济社会发展… may as well be a review, so the others may not
_ONLY_PLANS = ("目标", "要求", "抓好", "做好")
_YEAR_FOR_THIS_YEAR = re.compile(r"^(?:19|20)\d\d年[，,]?")


# where the formula can only plan, the place may be named by its own name before 经济社会发展
# (2025年浙江经济社会发展的主要预期目标)
_PLACE_NAME = r"[\u4e00-\u9fff]{2,4}?的?"


def _formula_pattern(formula: str) -> str:
    """A formula as a pattern: after 今年, a place word may follow (今年全市…), and where the
    formula can only plan, a year may stand for 今年 and a place's name may follow it."""
    if not formula.startswith("今年"):
        return re.escape(formula)
    only_plans = any(w in formula for w in _ONLY_PLANS)
    this_year = r"(?:今年|(?:19|20)\d\d年[，,]?)" if only_plans else "今年"
    # only before 经济社会发展 (2023年确定的主要目标全面完成 is a review, not 确定 naming a place)
    scope = f"{_SCOPE}|{_PLACE_NAME}" if only_plans and formula.startswith("今年经济社会发展") else _SCOPE
    return f"{this_year}(?:{scope})?{re.escape(formula[2:])}"


def opening_part(formula: str) -> str:
    """The part an opening formula, as written, starts (its year or place word left out)."""
    rows = _openings()[1]
    key = _SCOPE_AFTER_THIS_YEAR.sub("", _YEAR_FOR_THIS_YEAR.sub("今年", formula, 1), 1)
    if key in rows:
        return rows[key]
    # a place's name after 今年: the longest formula the words end with
    return next(rows[w] for w in sorted(rows, key=len, reverse=True) if w.startswith("今年") and key.endswith(w[2:]))


def _parts_from_openings(scan: str, header_end: int) -> dict[str, Span]:
    """A text without headings (a city report's opening, a copied passage): the review starts
    at 过去的一年 / 一年来 …, the plan at 今年要重点抓好 / 今年…主要预期目标 … opening a sentence."""
    pattern, _ = _openings()
    review = plan = None
    for m in pattern.finditer(scan, header_end):
        part = opening_part(m.group("formula"))
        if part == "review" and review is None and plan is None:
            review = m.start(1)
        elif part == "plan" and plan is None:
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


def own_part(scan: str, start: int, end: int) -> str:
    """The part a sentence's own words point to: that of its strong cues (力争, 报告提出, 同比,
    取得 …), when they are all of one part; '' otherwise. Weak words (增长, 新增, 建成) describe
    goals as often as results, so in one sentence they decide nothing."""
    _, _, strong = _wording(scan, start, end)
    return next(iter(strong)) if len(strong) == 1 else ""


def wording_part(scan: str, start: int, end: int) -> str:
    """review / plan by which wording weighs more in ``scan[start:end]``; '' when even."""
    review, plan = wording_score(scan, start, end)
    return "review" if review > plan else "plan" if plan > review else ""


def parts_by_cues(scan: str, paragraphs: list[Span], sentences: list[Sentence],
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
    out, carried, carry_from = [], "", -1
    for s in sentences:
        if s.part != "other" or s.start < header_end:
            out.append(s)
            continue
        # a sentence whose own words plan or review (力争…, 报告提出，2025年…, 同比增长…) takes that
        # part, and so do the items ；-joined after it (主要预期目标是：A增长6%；B增长5%；…)
        own = own_part(scan, s.start, s.end)
        if not own and carried and s.paragraph == carry_from:
            own = carried
        out.append(s._replace(part=own or by_paragraph[s.paragraph]))
        carried, carry_from = (own, s.paragraph) if own and scan[s.end - 1:s.end] in "；;" else ("", -1)
    return out


@cache
def _notes_heading() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A line of its own that heads a closing glossary (notes_headings.csv: 附注, 名词解释), and its
    words: each word is found with a plain search (a line-start pattern is tried at every
    character of the text, and even a class of first characters is checked at each), and the line
    of each is then matched whole."""
    words = tuple(r["word"] for r in read_rows("notes_headings.csv"))
    heads = "|".join(re.escape(w) for w in words)
    return re.compile(rf"[ \t\u3000]*(?:{heads})[ \t\u3000]*[：:]?[ \t\u3000]*$", re.M), words


def _notes_line(scan: str, pos: int) -> int:
    """Where the first closing-glossary heading line starting at or after ``pos`` starts; -1 if none."""
    line, words = _notes_heading()
    first = -1
    for word in words:
        k = scan.find(word, pos)
        while k >= 0 and (first < 0 or k < first):
            start = scan.rfind("\n", 0, k) + 1
            if start >= pos and line.match(scan, start):
                first = start
                break
            k = scan.find(word, k + 1)
    return first


def notes_apart(scan: str, parts: dict[str, Span]) -> dict[str, Span]:
    """The last part (plan, else review) ends where a closing glossary starts (a line 附注：,
    名词解释): what follows explains terms, so it is a part of its own, ``notes``, that neither
    states results nor sets goals (docs/assumptions.md#parts-and-years)."""
    last = "plan" if "plan" in parts else "review" if "review" in parts else ""
    if not last or parts[last].end != len(scan):
        return parts
    at = _notes_line(scan, parts[last].start)
    if at < 0:
        return parts
    out = {**parts, last: Span(parts[last].start, at), "notes": Span(at, len(scan))}
    if "term" in parts and parts["term"].end == len(scan):
        out["term"] = Span(parts["term"].start, max(at, parts["term"].start))
    return out


def _plan_paragraph(scan: str, paragraphs: list[Span], start: int, end: int) -> int | None:
    """The first paragraph inside what the headings read as review that opens with a plan formula
    (openings.csv: 做好今年政府工作的总体要求是, 今年全市经济社会发展主要预期目标是): a text whose plan
    heading was lost (二、2024年工作安排 missing, the goals under 一、2023年工作回顾) plans from there."""
    pattern, _ = _openings()
    i = bisect.bisect_right(paragraphs, start, key=lambda p: p.start)
    for para in paragraphs[i:]:
        if para.start >= end:
            break
        m = pattern.match(scan, para.start)
        if m and opening_part(m.group("formula")) == "plan":
            return para.start
    return None


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


# a report on part of a year (上半年, 前三季度, 1-9月, 第四季度工作安排): it plans the rest of the same year
HALF_YEAR = re.compile(r"上半年|半年工作|年中工作|前三季度|第?[一二三四]季度|(?<!\d)\d{1,2}[-—至]\d{1,2}月"
                       r"|前[一二三四五六七八九十]{1,2}个月")


def half_year_report(scan: str, paragraphs: list[Span], headings: list[Heading]) -> bool:
    """A half-year report names the half in its title line (a short line at the top) or a
    level-1 heading: its plan is the second half of the same year."""
    titles = [h.title for h in headings if h.level == 1]
    titles += [scan[p.start:p.end] for p in paragraphs[:3] if p.end - p.start <= 60]
    return any(HALF_YEAR.search(t) for t in titles)
