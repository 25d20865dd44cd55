"""The review and plan parts of a text, from the strongest evidence that holds: level-1
headings, opening formulas (各位代表, 过去的一年, 今年要重点抓好), paragraph wording, then each
sentence's own cues (docs/assumptions.md#parts-and-years). Words: data/parts.csv, openings.csv (``opening_formulas``),
part_cues.csv (``part_wording``).
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from govreport.lexicon import punctuation, read_rows
from govreport.report.heading_years import (MARKUP_LEAD, NUMBERED_START, heading_year, lone_title, part_score, plan_lead, plan_line,
                                             plan_title_ahead, term_heading)
from govreport.report.goal_sentences import goals_sentence
from govreport.report.model import Heading, Span
from govreport.report.opening_formulas import _openings, opening_part
from govreport.report.part_wording import wording_part
from govreport.report.review_annexes import annex_lines, annex_title, plan_annex_words, review_annex_words


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
        return {**parts, **_goals_open_plan(scan, found)}, "heading"
    found = _parts_from_openings(scan, header_end)
    if found:
        return {**parts, **_goals_open_plan(scan, found)}, "opening"
    found = _parts_from_paragraphs(scan, paragraphs, header_end, {})
    if found:
        return {**parts, **_goals_open_plan(scan, found)}, "paragraph"
    return parts, ""


def _goals_open_plan(scan: str, parts: dict[str, Span]) -> dict[str, Span]:
    """The plan starts at a sentence stating the plan year's main goals that the evidence above left in the review
    (今年经济社会发展的主要预期目标是：… after a plan heading the reader cannot know): ``goal_sentences``."""
    review = parts.get("review")
    at = goals_sentence(scan, review) if review is not None else None
    if review is None or at is None:
        return parts
    plan_end = parts["plan"].end if "plan" in parts else len(scan)
    return {**parts, "review": Span(review.start, at), "plan": Span(at, plan_end)}  # (a term part stays before the plan)


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
        own = part_score(words)  # (its words' scores, asked again below: worked out once)
        review, plan = own
        if opening is not None:
            r2, p2 = part_score(scan[opening.start:min(opening.end, opening.start + 120)])
            review, plan = review * 2 + r2, plan * 2 + p2
        year = heading_year(words)
        if year is not None and own[1] == 0 and _plan_heading_later(scan, level1[i + 1:], year):
            plan = 0  # 一、2024年所做的工作 before 三、2025年工作安排: the later year's heading opens the plan, not this one
        elif own[1] == 0 and NUMBERED_START.match(scan, h.start) and plan_title_ahead(scan, level1, i):
            plan = 0  # 三、… whose opening says 任务, before 2025年工作安排 and a new 一、: a review section
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


def _plan_heading_later(scan: str, later: list[Heading], year: int) -> bool:
    """A later level-1 heading opens the plan: it names the next year (三、2025年工作安排), or names no year and
    plans in its own words (二、…准确把握今年经济社会工作新方向 after 一、砥砺初心，2019年经济社会呈现新气象, whose
    opening says 圆满完成了…确定的主要目标任务: held-out set 82 海东). A heading naming a year with no plan word of
    its own before such a heading is the review's, whatever its opening's 目标/任务 say."""
    for h in later:
        words = scan[h.start:h.end]
        named = heading_year(words)
        if named == year + 1:
            return True
        if named is None:
            review, plan = part_score(words)
            if plan > review:
                return True
    return False


def _term_part(scan: str, level1: list[Heading], labels: list[str]) -> dict[str, Span]:
    """The part ``term`` from the first heading labelled so up to the next plan heading (or the
    end). It stands before ``plan`` in the parts' order, so that its stretch of the plan's span is
    the term's (layout._part_stretches takes the first part that holds a position)."""
    if "term" not in labels:
        return {}
    first = labels.index("term")
    end = next((level1[j].start for j in range(first + 1, len(level1)) if labels[j] == "plan"), len(scan))
    return {"term": Span(level1[first].start, end)}


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


_SPACED = "[ \t\u3000]?"  # at most one space between two characters of a heading word


@cache
def _notes_heading() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A line of its own that heads a closing glossary (notes_headings.csv: 附注, 名词解释, 有关词语说明;
    the report's title in 《》 may open the line), and its
    words: each word is found with a plain search (a line-start pattern is tried at every
    character of the text, and even a class of first characters is checked at each), and the line
    of each is then matched whole."""
    words = tuple(r["word"] for r in read_rows("notes_headings.csv"))
    # a heading typeset with its characters spaced apart (注 释, 附　注) is the same heading
    heads = "|".join(_SPACED.join(map(re.escape, w)) for w in words)
    title = r"(?:《[^》\n]{1,30}》|政府工作报告)?"  # 《政府工作报告》有关名词解释: the report's title before the word
    # (held-out set 56) a few words before it (部分名词注释, 有关内容名词注释) and a second kind after it (名词解释和有关情况说明)
    before, after = r"[\u4e00-\u9fff]{0,6}", r"(?:和[\u4e00-\u9fff]{0,6}说明)?"
    # a text kept in Markdown (a copy from a web page or a repository) marks the line as a heading or in bold:
    # ## 名词解释, **名词解释**, **注释：** — the marks are no words of the heading (the offsets stay the text's own)
    mark_in, mark_out = rf"(?:{MARKUP_LEAD})?", r"(?:\*\*|__)?"  # heading_years.MARKUP_LEAD, as for numbered headings
    # so do brackets around the words (【名词解释】, 〔注释〕: punctuation.json heading_brackets), a closing mark only after an opening one
    pairs = punctuation()["heading_brackets"]
    opens, closes = re.escape(pairs[0::2]), re.escape(pairs[1::2])
    bracket_in, bracket_out = rf"(?:(?P<bracket>[{opens}])[ \t\u3000]*)?", rf"(?(bracket)[ \t\u3000]*[{closes}][：:]?)"
    return re.compile(rf"[ \t\u3000]*{mark_in}{bracket_in}{title}{before}(?:{heads}){after}[ \t\u3000]*[：:]?{bracket_out}{mark_out}"
                      r"[ \t\u3000]*$", re.M), words


@cache
def _notes_keys() -> tuple[str, ...]:
    """What to search for the heading lines: 注, 解 and 说 when every heading word holds one of them (three searches
    instead of one per word: a line the pattern matches holds a word), else the words."""
    words = _notes_heading()[1]
    return ("注", "解", "说") if all("注" in w or "解" in w or "说" in w for w in words) else words


def _notes_line(scan: str, pos: int) -> int:
    """Where the first closing-glossary heading line starting at or after ``pos`` starts; -1 if none."""
    line = _notes_heading()[0]
    first = -1
    for word in _notes_keys():
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
    annex = _plan_annex(scan, at) if last == "plan" else None
    if annex is None:
        return out
    out = {k: v for k, v in out.items() if k not in ("plan", "notes")}
    out = {**out, "notes": Span(at, annex.start), "plan": Span(parts["plan"].start, annex.end)}
    if annex.end < len(scan):  # a later annex of another kind (附件2 重大项目清单): listed, neither results nor goals
        out["annex"] = Span(annex.end, len(scan))
    return out


def _plan_annex(scan: str, at: int) -> Span | None:
    """An annex after a closing glossary (附件1 then 10件民生实事, 附件 then 2023年6件惠民实事) whose title, on its line or
    the next, names the year's work (plan_annex_words.csv) and no glossary word: the plan's goals listed item by item,
    so the notes end at it and the plan runs on up to the next annex that is not of that kind (a project list, a glossary).
    None when no such annex follows ``at``."""
    lines = [k for k in annex_lines(scan) if k >= at]
    plan_words = plan_annex_words()
    notes_words = _notes_heading()[1]
    kinds = []
    for k in lines:
        title = annex_title(scan, k)
        kinds.append(any(w in title for w in plan_words) and not any(w in title for w in notes_words)
                     and not any(w in title for w in review_annex_words()))  # 民生实事完成情况: results (review_annexes)
    first = next((i for i, plan in enumerate(kinds) if plan), None)
    if first is None:
        return None
    end = next((lines[j] for j in range(first + 1, len(lines)) if not kinds[j]), len(scan))
    return Span(lines[first], end)


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
