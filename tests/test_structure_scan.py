"""Paragraphs, sentences, parts and figures: the fast single-pass forms agree with the plain rules."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import govreport
from govreport.report.model import Span
from govreport.extract.scanner import scan_tokens
from govreport.report.layout import split_paragraphs, split_sentences

# white space str.strip removes (ideographic, no-break, separators, \r, \x1c…) and sentence marks
PIECES = st.sampled_from([" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\xa0", "\u2028", "\u3000",
                          "\u200b", "甲", "乙", "。", "！", "？", "；", ";", "!", "一、", "（二）", "3.", "今年"])
WHITESPACE_HEAVY = st.lists(PIECES, max_size=60).map("".join)


def plain_paragraphs(text: str) -> list[Span]:
    """The rule itself: every line, stripped, where something is left."""
    spans, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            spans.append(Span(start, start + len(stripped)))
        pos += len(line) + 1
    return spans


@settings(deadline=None)
@given(st.one_of(WHITESPACE_HEAVY, st.text(max_size=80)))
def test_paragraphs_are_the_stripped_lines(text):
    assert split_paragraphs(text) == plain_paragraphs(text)


@settings(deadline=None)
@given(WHITESPACE_HEAVY)
def test_report_sentences_are_each_paragraphs_sentences(text):
    report = govreport.read_text(text)
    breaks = tuple(h.start for h in report.headings if h.level == 1)  # headings running into the text
    expected = [(s.start, s.end, i) for i, p in enumerate(report.paragraphs)
                for s in split_sentences(report.scan, p, breaks)]
    assert [(s.start, s.end, s.paragraph) for s in report.sentences] == expected


def test_sentences_take_the_part_and_section_they_fall_in():
    text = "政府工作报告\n各位代表：\n一、2023年工作回顾\n增长5%。投资增长3%\n二、2024年工作安排\n力争增长6%；确保完成。\n"
    report = govreport.read_text(text)
    by_text = {text[s.start:s.end]: (s.part, s.section) for s in report.sentences}
    assert by_text["政府工作报告"] == ("header", "")
    assert by_text["各位代表："] == ("other", "")  # the header ends where 各位代表 starts
    assert by_text["增长5%。"] == ("review", "2023年工作回顾")
    assert by_text["投资增长3%"] == ("review", "2023年工作回顾")
    assert by_text["力争增长6%；"] == ("plan", "2024年工作安排")


def test_arabic_figures_start_after_no_digit_or_point():
    """A figure starts at a digit with no digit or decimal point before it, also at offset 0."""
    assert [(t.start, t.end, t.number_text) for t in scan_tokens("2024年增长5.2%")] == [
        (0, 5, "2024"), (7, 11, "5.2")]
    assert [t.number_text for t in scan_tokens("1,234,567元和.5%")] == ["1,234,567"]
    assert [t.number_text for t in scan_tokens("12,34万元")] == ["12", "34"]


def test_bare_multiplier_figures_are_found_wherever_they_are():
    tokens = scan_tokens("亿元大关，全市突破万亿元，迈上千亿元台阶")
    assert [(t.start, t.end, t.value, t.unit) for t in tokens if t.implicit] == [
        (0, 4, 100_000_000, "元"), (9, 12, 1_000_000_000_000, "元"), (15, 20, 100_000_000_000, "元")]
