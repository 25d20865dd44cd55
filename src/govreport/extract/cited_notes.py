"""A numbered note after the report whose label is a phrase the review says ([16]部分经济指标未达预期：地区生产总值增长1.3%，
固定资产投资增长-12.7%… for the review's 主要表现在：部分经济指标未达预期；…) states last year's results behind that phrase:
its figures are review facts (role actual, the review year) that can serve as baselines, not goals, though the note
stands in the closing ``notes`` part (audit 42 Haikou G1). A term's note ([2]三张清单：…, [5]15%所得税政策：…) has a
short, quoted or numbered label and stays a note; so does a programme's own name (a label ending in a
``programme_noun`` of name_words.csv: [9]兜底民生服务社会工作双百工程：用两年时间…实现…100%覆盖 defines the programme
the review names, its figures are the programme's aims, no results)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_words
from govreport.report.model import Report

NOTE_LABEL: Final = re.compile(r"\s*\[\d{1,3}\]([\u4e00-\u9fff，,、]{6,30})[：:]")  # a phrase of plain words, no quotes or digits


def cited_note(report: Report, start: int) -> bool:
    """Whether the sentence at ``start`` (in the notes part) opens a numbered note whose label the review part says."""
    review = report.parts.get("review")
    m = NOTE_LABEL.match(report.scan, start)
    return review is not None and m is not None and not m.group(1).endswith(name_words("programme_noun")) \
        and report.scan.find(m.group(1), review.start, review.end) >= 0
