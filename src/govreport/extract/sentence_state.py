"""What every figure of one sentence shares (its namer, cues, term, period and opening clause), worked out once per
sentence for ``quantities``' row loop."""
from __future__ import annotations

import re

from govreport.extract.categories import SentenceKeywords
from govreport.extract.cited_notes import cited_note
from govreport.extract.indicators import CLAUSE_BREAK
from govreport.extract.name_subjects import SubjectMender
from govreport.extract.naming import SentenceNamer
from govreport.extract.outer_terms import outer_term
from govreport.extract.periods import names_period, period_scope, period_starts
from govreport.extract.roles import cue_and_year_free, plan_opening
from govreport.extract.scopes import after_recap, recap_run_cut, sentence_context
from govreport.extract.terms import sentence_term, terms_in_scope
from govreport.report.model import Report, Sentence

OPENING_CLAUSE = re.compile(r"([^，,；;：:\d]{2,20})[，,；;：:]")


class _SentenceState:
    """What every figure of one sentence shares, worked out once: its text, part and section,
    whether it has any time cue, its namer and (when a figure needs them) its category keywords."""

    __slots__ = ("sentence", "start", "end", "part", "section", "text", "namer", "keywords", "term", "then_year",
                 "section_term", "outer_term", "period_start", "has_period", "no_cues", "opening", "mender", "recap", "recap_cut",
                 "cited", "settled", "_report", "_index", "_recaps")  # read for every figure

    def __init__(self, report: Report, sentence: Sentence | None, start: int, end: int, index: int = -1,
                 recaps: dict[int, int] | None = None) -> None:
        self.sentence, self.start, self.end = sentence, start, end
        self.part, self.section = (sentence.part, sentence.section) if sentence else ("other", "")
        self.cited = self.part == "notes" and cited_note(report, start)  # [16]部分经济指标未达预期：…: last year's results
        if self.cited:
            self.part = "review"
        self.text = report.text[start:end]
        self.keywords: SentenceKeywords | None = None
        self.settled, self._report, self._index, self._recaps = False, report, index, recaps  # the rest: ``settle``

    def settle(self) -> None:
        """What naming and roles need of the sentence, worked out once at its first figure that is no date, year or
        label: a sentence with only such figures (2024年, 5G) needs none of it (an eighth of them in jinbi_2024)."""
        report, sentence, start, end, index = self._report, self.sentence, self.start, self.end, self._index
        self.settled = True
        self.namer = SentenceNamer(report.scan, sentence if sentence else Sentence(start, end, self.part, "", -1))
        self.mender = SubjectMender(report.scan, start, end)  # a subject the namer lost (name_subjects.py)
        self.term, self.then_year = sentence_context(report, sentence.paragraph if sentence else -1, start)
        self.section_term = sentence_term(self.section, report.plan_year, report.scan, start, end)  # “十五五”时期主要目标任务
        self.outer_term = outer_term(report, start)  # 今后五年主要目标与工作思路建议 then 一、…: the term's numbered sections
        self.recap = self.part == "plan" and after_recap(report, index)  # 过去一年，…取得了很大成绩。国内生产总值增长10.3%: last year's results
        self.recap_cut = recap_run_cut(report, index, self._recaps) if self.part == "plan" and index >= 0 else -1  # 过去一年，…全年办理…394件
        periods = period_starts(report.scan)  # 1-6月，A…；B…: B is for 1-6月 too (most texts name no period: nothing to look up)
        self.period_start = period_scope(report.scan, start) if periods else start
        self.has_period = bool(periods) and names_period(report.scan, self.period_start, end)
        # = cue_free, and no five-year term named before in the sentence (its figures' years differ)
        self.no_cues = (not self.has_period and cue_and_year_free(report.scan, start, end) and not terms_in_scope(report.scan, start)
                        and not plan_opening(report.scan, start))  # (下半年，…。重点推进58个…: the paragraph's cue)
        # the first clause when it holds no figure (经济增速逐季回升，…): what its figures measure when their own words do not say
        opening = OPENING_CLAUSE.match(self.text)
        self.opening = opening.group(1) if opening else ""

    def clause_start(self, pos: int, reversed_scan: str) -> int:
        """Where the clause that ends at ``pos`` begins (after the last comma, colon, bracket …
        before it in the sentence): the first break searching back, i.e. forward in the
        reversed text (Python's patterns only search forward)."""
        n = len(reversed_scan)
        m = CLAUSE_BREAK.search(reversed_scan, n - pos, n - self.start)
        return n - m.start() if m else self.start
