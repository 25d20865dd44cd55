"""Text without sentence ends (a pasted table, a PDF copy, a run-on page) is cut into sentences of
at most MAX_SENTENCE characters, at a clause break where there is one: otherwise every figure of
such a text carries and searches the whole text, and time and memory grow with its square
(30,000 figures in one sentence took over 14 GB). Sizes here are counts, not timings."""
from __future__ import annotations

from decimal import Decimal

import govreport
from govreport.extract.scanner import scan_tokens
from govreport.report.layout import MAX_SENTENCE, split_sentences


def _sentences(report):
    return [report.scan[s.start:s.end] for s in report.sentences]


def test_a_text_without_sentence_ends_is_cut_at_clause_breaks():
    text = "全年新增就业5万人，" * 3000  # 30,000 characters, no 。
    report = govreport.read_text(text)
    spans = [(s.start, s.end) for s in report.sentences]
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))  # contiguous: no character lost
    assert all(s.endswith("，") for s in _sentences(report))  # cut after a clause break
    rows = govreport.extract_quantities(report)
    assert len(rows) == 3000 and set(rows["value"]) == {50000}
    assert (rows["sentence"].str.len() <= MAX_SENTENCE).all()


def test_the_plain_rule_agrees_with_the_one_pass_form_on_long_text():
    text = "项目甲 3万元 项目乙 4万元 " * 800 + "\n" + "增长5%、" * 600 + "。" + "乙" * 2500
    report = govreport.read_text(text)
    expected = [(s.start, s.end) for p in report.paragraphs for s in split_sentences(report.scan, p)]
    assert [(s.start, s.end) for s in report.sentences] == expected


def test_a_hard_cut_never_splits_a_figure():
    text = "甲" * 995 + "12345678吨" + "乙" * 1500  # no break at all within the limit
    report = govreport.read_text(text)
    assert all(s.end - s.start <= MAX_SENTENCE for s in report.sentences)
    cuts = [s.end for s in report.sentences[:-1]]
    assert all(not ("0" <= text[c - 1] <= "9" and "0" <= text[c] <= "9") for c in cuts)
    rows = govreport.extract_quantities(report)
    assert list(rows["value"]) == [12345678]


def test_sentences_of_ordinary_length_are_untouched():
    sentence = "今年全市地区生产总值增长5.2%，" * 40 + "完成全年目标。"  # 647 characters
    report = govreport.read_text(sentence * 2)
    assert _sentences(report) == [sentence, sentence]


def test_chinese_numerals_are_bounded_but_long_ones_still_read():
    (token,) = scan_tokens("新增三千二百五十六万七千八百零九人")
    assert token.value == Decimal(32567809)
    tokens = scan_tokens("一" * 5000 + "所")  # a run of numeral characters is no numeral
    assert all(t.end - t.start <= 17 for t in tokens)
