"""What the words around a sentence say of its figures' years (roles.quantity_role reads them):
a paragraph, or a run of sentences in it, opened by a multi-year cue (五年来，… / ——这五年，…) holds
figures of the five years; a deadline named before 届时; and a sentence right after a recap of last
year's results (过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，…) states those results,
even inside the plan part, as does every sentence of a plan-part paragraph that opens with 过去一年，… up to
the first plan or commitment cue (docs/assumptions.md#parts-and-years). Words: data/cues.csv (review,
review_multi), data/recap_words.csv, data/recap_openers.csv."""
from __future__ import annotations

import re
from typing import Final
from functools import cache, lru_cache

from govreport.extract.terms import THEN_WORDS, deadline_in, glossed_deadline, list_deadline, past_term_opens
from govreport.extract.periods import period_scope
from govreport.extract.term_leads import cue_opens_sentence, work_lead
from govreport.lexicon import punctuation, read_json, read_rows
from govreport.cue_words import cue_pattern, cues
from govreport.report.model import Report

YEAR = re.compile(r"((?:19|20)\d\d)年")
THEN_REACH: Final = max(map(len, THEN_WORDS))  # (a slice that long, then a direct startswith: compiled, not a generic call)
LEAD: Final = "—-－– \u3000"  # dashes and spaces a paragraph of a list may open with (——这五年，…)


def sentence_context(report: Report, paragraph: int, start: int) -> tuple[bool, int | None]:
    """What a sentence's paragraph says of its figures' years: whether the paragraph opens with a
    multi-year cue (五年来，… / 过去五年，… / ——这五年，…), or a sentence of it before this one does
    (…第一个五年。五年来，改革开放纵深推进。…完成投资3500亿元): figures without a year of their own are
    for the term; and, for a sentence that opens with 届时 (at that time), the deadline its paragraph
    named last (到2020年，…。届时，…), or the deadline heading the ；-list the sentence is an item of."""
    if not 0 <= paragraph < len(report.paragraphs):
        return False, None
    scan = report.scan
    para = report.paragraphs[paragraph]
    term = _in_term(scan, para.start, start, para.end)
    if not term and report.review_year is not None:
        term = para.start in _lead_terms(scan, report.review_year)
    if term and report.review_year is not None and start and scan[start - 1] in "；;":
        term = not year_chain(scan, start, report.review_year)
    then = deadline_in(scan[para.start:start]) if scan[start:start + THEN_REACH].startswith(THEN_WORDS) else None
    if then is None and start and scan[start - 1] in "；;":
        then = list_deadline(scan, start)  # 到2025年，A…；B…: B is a goal for 2025 as well
    if then is None and scan.startswith("“", start):
        then = glossed_deadline(scan, para.start, start)  # 到2025年实现“12345”目标。“1”即…: the goal's year
    return term, then


def _in_term(scan: str, para_start: int, start: int, para_end: int) -> bool:
    """A multi-year cue opens the paragraph (after a list's dashes), or opens, with its comma, a
    sentence of it that starts at or before ``start``. Where the cues stand is worked out once
    per paragraph (``_term_openings``): asked for each of its sentences, a long paragraph was
    searched again from its start every time."""
    last = _LAST_PARAGRAPH[0] if _LAST_PARAGRAPH else None  # the paragraph asked last (its sentences come in turn)
    if last is not None and last[0] is scan and last[1] == para_start and last[2] == para_end:
        opens, openings, lead_end = last[3]
    else:
        found = _term_openings(scan, para_start, para_end)
        _LAST_PARAGRAPH[:] = [(scan, para_start, para_end, found)]
        opens, openings, lead_end = found
    if start < lead_end:  # a sentence inside the paragraph's leading dashes: as asked, not as cached
        return _term_openings(scan, para_start, start)[0]
    return opens or bool(openings) and openings[0] <= start


@cache
def _multi_cue_shared() -> str:
    """A character every multi-year cue word holds (五 of 五年来, 过去五年, 十四五期间), '' if none: a
    paragraph without it needs no pattern search (most paragraphs; a str.find is much faster)."""
    words = [w for w, kind in cues().items() if kind == "review_multi"]
    shared = set(words[0]).intersection(*words[1:]) if words else set()
    return min(shared) if shared else ""


@lru_cache(maxsize=64)
def _term_openings(scan: str, para_start: int, para_end: int) -> tuple[bool, tuple[int, ...], int]:
    """For the paragraph ``scan[para_start:para_end]``: whether a multi-year cue opens it (after a
    list's dashes), the offsets of the cues that open a sentence of it with their comma (五年来，…),
    and where its leading dashes end. The cue words are searched with a plain search (most
    paragraphs have none), then where they stand is checked."""
    at = para_start
    while at < para_end and scan[at] in LEAD:
        at += 1
    shared = _multi_cue_shared()
    if shared and scan.find(shared, para_start, para_end) < 0:
        return False, (), at  # no cue word can stand in a paragraph without the character all of them hold
    pattern = cue_pattern("review_multi")
    opens = at < para_end and pattern.match(scan, at, para_end) is not None
    ends = punctuation()["sentence_ends"]
    openings = []
    for m in pattern.finditer(scan, para_start, para_end):
        if not scan.startswith(("，", ","), m.end()):
            continue
        k = m.start()
        while k > para_start and scan[k - 1] in LEAD:
            k -= 1
        if k == para_start or scan[k - 1] in ends:
            openings.append(m.start())
    return opens, tuple(openings), at


TERM_LEAD = re.compile(r"这是[^。！!，；\n]{1,30}的五年")  # ——这是…的五年。 (a term's paragraph)
TERM_OPENING_TAIL = re.compile(r"[，,]?是[^。！!；\n]{1,60}的五年")  # “十三五”时期，是…的五年。 (after a term cue)
SUBSECTION = re.compile(r"[（(][一二三四五六七八九十]+[）)]")  # （一）综合实力显著增强: a sub-section of the term's results
WORK_LEAD_GATE: Final = "以下"  # every work lead holds it (term_leads.work_lead): a text without one needs no search


_LAST_PARAGRAPH: Final[list[tuple[str, int, int, tuple[bool, tuple[int, ...], int]]]] = []  # _term_openings of the last paragraph
_LAST_LEADS: Final[list[tuple[str, int, frozenset[int]]]] = []  # _lead_term_starts of the last text (asked for every sentence)


def _lead_terms(scan: str, review_year: int) -> frozenset[int]:
    """``_lead_term_starts``, kept for the text asked last: no cache look-up (a hash of the key) for each of its sentences."""
    last = _LAST_LEADS[0] if _LAST_LEADS else None
    if last is not None and last[0] is scan and last[1] == review_year:
        return last[2]
    starts = _lead_term_starts(scan, review_year)
    _LAST_LEADS[:] = [(scan, review_year, starts)]
    return starts


@lru_cache(maxsize=8)
def _lead_term_starts(scan: str, review_year: int) -> frozenset[int]:
    """Starts of the paragraphs a lead makes the term's, worked out once per text: a paragraph that
    opens with 这是…的五年 is itself the term's (——这是追赶进位…的五年。全省地区生产总值…), one that is
    only such a line makes the next one the term's (这是经济实力持续提升的五年。), and a paragraph with
    a multi-year cue that ends with a lead (五年来主要做了以下工作。 / 过去五年，…主要做了以下工作：)
    makes the paragraphs after it the term's, up to one that opens with the review year or with a
    one-year review cue (刚刚过去的2025年… / 去年…) or a heading-like line (no sentence end)."""
    if WORK_LEAD_GATE not in scan and "的五年" not in scan and HIGHLIGHT not in scan:
        return frozenset()
    multi, one_year = cue_pattern("review_multi"), cue_pattern("review")
    year = f"{review_year}年"
    starts: list[int] = []
    mode = 0  # 1: the next paragraph only; 2: the paragraphs up to a stop; 3: as 2, through numbered sub-sections (4: before the first)
    at = 0
    for line in scan.split("\n"):
        start, at = at, at + len(line) + 1
        body = line.lstrip(LEAD)
        if not body:
            continue
        if mode == 5:  # 五年来，我们…。 then ——综合实力进一步提升。…: each dashed highlight is the term's (set 76 台州 G2)
            if line.startswith(HIGHLIGHT):
                starts.append(start)
                continue
            mode = 0
        if mode >= 3:
            if SUBSECTION.match(body) and len(body) < 40:
                mode = 3
                continue  # （二）新旧动能加速转换: the term's results go on
            body = _without_address(body)  # 各位代表，2020年是极不平凡的一年: the review year's own paragraph
            if mode == 4 or year in re.split(r"[，,。；;]", body, maxsplit=1)[0]:
                mode = 0  # no numbered sub-section right after the opening; 刚刚过去的2021年是…: the year's own
        if mode >= 2 and (body.startswith(year) or one_year.match(body) is not None  # (…。2022年，…: that sentence's own, fix111d)
                          or len(body) < 40 and not body.rstrip().endswith(("。", "：", ":"))):
            mode = 0
        elif mode:
            starts.append(start)
            mode = 0 if mode == 1 else mode
        if TERM_LEAD.match(body):
            starts.append(start)
            if len(body) <= 40 and body.count("。") <= 1 and body.rstrip().endswith("。"):
                mode = max(mode, 1)
        elif WORK_LEAD_GATE in body and body.rstrip().endswith(("。", "：", ":")) and work_lead().search(body) is not None and multi.search(body):
            mode = 2
        elif not mode and _opens_term_section(body, multi):
            starts.append(start)
            mode = 4  # 3 once a numbered sub-section heading follows
        elif not mode and len(body) == len(line) and body.rstrip().endswith("。") and cue_opens_sentence(body, multi):
            mode = 5
    return frozenset(starts)


HIGHLIGHT: Final = "——"  # a dashed highlight paragraph of a term's recap (——创新动力进一步增强。…)


def _opens_term_section(body: str, multi: re.Pattern[str]) -> bool:
    """A paragraph that opens a review of the last term: a term cue (quotes dropped) then 是…的五年 in its
    first sentence (“十三五”时期，是…加速转型的五年。…): where a numbered sub-section heading （一）… follows it, the
    sub-sections state the five years' results, up to a paragraph that names the review year in its first clause
    (各位代表，2020年是… / 刚刚过去的2021年…) or opens with a one-year cue (held-out set 72 济宁 rows 59, 83, 85; fix149h)."""
    words = term_section_words()
    head = body[:80].translate(words[1])
    cue = multi.match(head)
    return cue is not None and TERM_OPENING_TAIL.match(head, cue.end()) is not None


@cache
def _chain_words() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    """data/term_scopes.json: the span words of a ；-chain, those that cover only their own item, and a change on the year before."""
    data = read_json("term_scopes.json")
    return tuple(data["year_chain_spans"]), tuple(data["item_spans"]), re.compile(data["one_year_changes"])


def year_chain(scan: str, start: int, year: int) -> bool:
    """The sentence at ``start`` is a ；-item of a full sentence that opens with ``year`` (…的五年。…2020年，A增长2.7%；B为3.1%：
    B is the year's, as A, held-out set 77 聊城 rows 2, 19), and the item names no span of years (``year_chain_spans``: 年均,
    累计 …) nor, unless it states a change on the year before (``one_year_changes``: 同比增长3.8%), do the items before it;
    年均 and 平均 (``item_spans``) rate only their own item (2020年，财政收入…年均增长10.3%；一般公共预算收入143.45亿元: the
    year's, held-out set 90 汕头 row 4, fix172b)."""
    lo = period_scope(scan, start)
    if not scan.startswith(f"{year}年", lo):
        return False
    end = min((i for i in (scan.find(c, start) for c in "；;。\n") if i >= 0), default=len(scan))
    spans, own_only, one_year = _chain_words()
    if any(w in scan[start:end] for w in spans):
        return False
    return one_year.search(scan, start, end) is not None or not any(w in scan[lo:start] for w in spans if w not in own_only)


@cache
def term_section_words() -> tuple[tuple[str, ...], dict[int, None]]:
    """The addresses a paragraph may open with and a table dropping quote marks (data/term_scopes.json)."""
    data = read_json("term_scopes.json")
    return tuple(data["addresses"]), {ord(c): None for c in data["quotes"]}


def _without_address(body: str) -> str:
    """``body`` without an address before its first comma (各位代表，2020年是… → 2020年是…)."""
    for word in term_section_words()[0]:
        if body.startswith(word) and body[len(word):len(word) + 1] in "，,：:":
            return body[len(word) + 1:]
    return body


_REVIEW_FIRSTS: Final[list[frozenset[str]]] = []


def _review_firsts() -> frozenset[str]:
    """The first characters of the one-year review cues (过去一年, 去年 …): a gate before their pattern."""
    if not _REVIEW_FIRSTS:
        _REVIEW_FIRSTS.append(frozenset(w[0] for w, kind in cues().items() if kind == "review" and w))
    return _REVIEW_FIRSTS[0]


@cache
def _result_words() -> tuple[str, ...]:
    return tuple(r["word"] for r in read_rows("recap_words.csv"))


def after_recap(report: Report, index: int) -> bool:
    """``report.sentences[index]`` states last year's results: the sentence before it, in the same
    paragraph, opens with a one-year review cue (过去一年, 去年 …) and says what was achieved (成绩,
    成效 …: data/recap_words.csv), and this one holds no plan or commitment cue (今年, 力争, 目标 …)
    and names no year from the plan year on (2025年主要预期目标…)."""
    if index <= 0:
        return False
    sentences = report.sentences
    here, prev = sentences[index], sentences[index - 1]
    if prev.paragraph != here.paragraph:
        return False
    scan = report.scan
    at = prev.start + (1 if scan[prev.start:prev.start + 1] == "在" else 0)
    opening = cue_pattern("review").match(scan, at) if scan[at:at + 1] in _review_firsts() else None  # (most sentences: no try)
    if opening is None or not any(scan.find(w, prev.start, prev.end) >= 0 for w in _result_words()):
        return False
    plan_year = report.plan_year
    return (cue_pattern("plan", "plan_next", "commit").search(scan, here.start, here.end) is None
            and not any(plan_year is not None and int(y) >= plan_year for y in YEAR.findall(scan, here.start, here.end)))


_RECAP_OPENERS: Final[list[tuple[tuple[str, ...], int]]] = []  # read once (a Final list: no functools.cache call per sentence)


def _recap_openings() -> tuple[tuple[str, ...], int]:
    """The recap openers (data/recap_openers.csv) and the longest one's length."""
    if not _RECAP_OPENERS:
        words = tuple(r["word"] for r in read_rows("recap_openers.csv"))
        _RECAP_OPENERS.append((words, max(map(len, words), default=0)))
    return _RECAP_OPENERS[0]


def _recap_openers() -> tuple[str, ...]:
    return _recap_openings()[0]


def recap_run_cut(report: Report, index: int, runs: dict[int, int] | None = None) -> int:
    """Where the last year's figures of ``report.sentences[index]`` end (-1: none): the plan part's closing
    paragraphs may open with a recap of the past year (过去一年，我们坚持…。自觉接受各方监督，全年办理人大代表
    建议394件…; unseen audit 35, Yibin 69, data/recap_openers.csv). Each sentence of such a paragraph states
    that year's work up to the first plan or commitment cue (今年, 力争, 确保 …) or a year from the plan year
    on: the run ends at the sentence that holds one, whose figures before the cue are still the past year's
    (…出台政府规章各1件，确保政府工作…). Only the paragraph's opening and the sentences between are read. ``runs``
    (one dict per report, filled here) keeps each such paragraph's first sentence that holds a cue."""
    sentences = report.sentences
    here = sentences[index]
    if not 0 <= here.paragraph < len(report.paragraphs):
        return -1
    scan = report.scan
    opening = _run_opening(report, here.paragraph)
    at = report.paragraphs[opening].start
    at += 1 if scan[at:at + 1] == "在" else 0
    openers, reach = _recap_openings()
    past_this_year = scan.startswith(THIS_YEAR, at) and delivered_in_review_year(report)  # 今年工作中，我们… (dated December)
    if not (scan[at:at + reach].startswith(openers) or past_this_year
            or past_term_opens(scan, at, report.plan_year)):  # (most paragraphs: no opener, nothing more read; “十三五”时期，我们…: set 77)
        return -1
    if opening != here.paragraph and _cued_before(report, index, opening):
        return -1  # the recap's run ended in the paragraph the line break cut off
    plan_year = report.plan_year
    cued = runs.get(here.paragraph) if runs is not None else None
    if cued is None:
        cued = _first_cued(report, index, past_this_year)
        if runs is not None:
            runs[here.paragraph] = cued
    if cued < index:  # a sentence before it in the paragraph holds a cue
        return -1
    cut = _plan_cue_at(scan, here.start, here.end, plan_year, past_this_year)
    return here.end if cut < 0 else cut


THIS_YEAR: Final = "今年"
# a line cut inside a sentence of quoted titles (…获评“…单位”\n“服务之星”…。): the line ends on a closing quote, the next opens one
CUT_QUOTE_END: Final = ("”", "」", "』")
CUT_QUOTE_START: Final = ("“", "「", "『")


def _run_opening(report: Report, paragraph: int) -> int:
    """The paragraph whose opening says whether ``paragraph`` is a recap run: itself, or, when a stray line break cut a sentence
    of quoted titles in two (一年来，我们…。…热线获评“…单位”\n“服务之星”…。高质量办理…建议227件: held-out set 76 蚌埠 rows 75–76),
    the paragraph the cut line opened; a heading before it is never one."""
    paragraphs, text = report.paragraphs, report.text
    heads = {h.start for h in report.headings}
    while paragraph > 0:
        before, here = paragraphs[paragraph - 1], paragraphs[paragraph]
        if before.start in heads or not text[before.start:before.end].rstrip().endswith(CUT_QUOTE_END) \
                or not text[here.start:here.end].lstrip().startswith(CUT_QUOTE_START):
            break
        paragraph -= 1
    return paragraph


def _cued_before(report: Report, index: int, opening: int) -> bool:
    """A sentence from paragraph ``opening`` up to ``report.sentences[index]``'s own paragraph holds a plan cue."""
    sentences = report.sentences
    first = index
    while first > 0 and sentences[first - 1].paragraph >= opening:
        first -= 1
    paragraph = sentences[index].paragraph
    return any(s.paragraph < paragraph and _plan_cue_at(report.scan, s.start, s.end, report.plan_year) >= 0
               for s in sentences[first:index])


def delivered_in_review_year(report: Report) -> bool:
    """A report delivered in the review year itself (自贡 reports on 2022年12月28日): there 今年 is the review year."""
    delivered = str(report.meta.get("delivered") or "")
    return bool(delivered[:4].isdigit() and report.review_year and int(delivered[:4]) == report.review_year)


def _first_cued(report: Report, index: int, past_this_year: bool = False) -> int:
    """The first sentence of the paragraph of ``report.sentences[index]`` that holds a plan cue (past the paragraph's
    last sentence: none). Worked out once per paragraph: each sentence of a long recap paragraph asked it of every
    sentence before it, a loop back to the paragraph's start per sentence."""
    sentences, scan, plan_year = report.sentences, report.scan, report.plan_year
    paragraph = sentences[index].paragraph
    first = index
    while first > 0 and sentences[first - 1].paragraph == paragraph:
        first -= 1
    cued = first
    while cued < len(sentences) and sentences[cued].paragraph == paragraph and _plan_cue_at(scan, sentences[cued].start, sentences[cued].end, plan_year, past_this_year) < 0:
        cued += 1
    return cued


_PLAN_CUES: Final[list[re.Pattern[str]]] = []  # cue_pattern("plan", "plan_next", "commit"), asked once


@lru_cache(maxsize=256)
def _plan_cue_at(scan: str, start: int, end: int, plan_year: int | None, past_this_year: bool = False) -> int:
    """The offset of the first plan or commitment cue, or year from the plan year on, in ``scan[start:end]``
    (-1: none); with ``past_this_year`` (a report delivered in the review year) 今年 is no plan cue. Cached: each sentence of a recap paragraph asks it of every sentence before it (a
    long closing paragraph was searched again sentence by sentence, a twentieth of extraction)."""
    if not _PLAN_CUES:
        _PLAN_CUES.append(cue_pattern("plan", "plan_next", "commit"))
    m = _PLAN_CUES[0].search(scan, start, end)
    while m is not None and past_this_year and m.group() == THIS_YEAR:
        m = _PLAN_CUES[0].search(scan, m.end(), end)
    at = m.start() if m else -1
    if plan_year is None or scan.find("年", start, end) < 0:
        return at  # (no year to look for: YEAR needs a 年)
    for y in YEAR.finditer(scan, start, end):
        if plan_year is not None and int(y.group(1)) >= plan_year and (at < 0 or y.start() < at):
            at = y.start()
            break
    return at
