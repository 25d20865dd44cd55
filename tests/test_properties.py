"""Properties that hold for any text: extraction never raises and every row is a faithful span.

``read_text`` is lenient by default (a text without review or plan part gets part "other"),
so any string can go through the whole pipeline.
"""
from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govreport
from govreport.extract.categories import keyword_hits
from govreport.lexicon import category_keywords
from govreport.report.fold import fold_for_scan

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of reports in their own style, and the characters that trip parsers up.
FRAGMENTS = [
    "2023年工作回顾", "2024年主要预期目标", "一、", "（二）", "3.", "过去一年，", "今年", "去年", "预计",
    "初步统计", "力争", "确保", "五年来", "累计", "十四五期间", "同比增长", "下降", "增长", "提高",
    "个百分点", "翻一番", "倍", "左右", "以上", "以内", "不低于", "达到", "完成", "分别增长", "和",
    "地区生产总值", "一般公共预算收入", "城镇新增就业", "粮食产量", "全镇", "全省", "实现",
    "万元", "亿元", "万亿元", "元", "亩", "万亩", "公顷", "平方公里", "吨", "万吨", "千瓦", "千瓦时",
    "人", "万人", "户", "个", "辆", "套", "家", "所", "床位", "立方米", "标准箱", "美元", "%", "％",
    "三千万元", "两万余亩", "一百二十人", "1.2万亿元", "3千万元", "5%—6%", "3至5万元", "10-15个",
    "《政府工作报告》显示，", "——", "—", "-", "~", "～", "至", "、", "，", "。", "；", "：", "\n",
    "（", "）", "(", ")", "“", "”", ".", "..", ",", "，", " ", "\u3000", "\r\n", "\r",
]
DIGITS = st.from_regex(r"[0-9０-９]{1,6}([.．][0-9０-９]{1,3})?(,[0-9]{3})?", fullmatch=True)
NUMERALS = st.text(alphabet="〇零一二两三四五六七八九十百千万亿余多几", min_size=1, max_size=6)
PIECE = st.one_of(st.sampled_from(FRAGMENTS), DIGITS, NUMERALS, st.text(max_size=3))
REPORTISH = st.lists(PIECE, max_size=60).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), REPORTISH)


def check_rows(text: str) -> None:
    report = govreport.read_text(text)
    table = govreport.extract_quantities(report)
    previous_end = -1
    for row in table.itertuples(index=False):
        assert 0 <= row.start < row.end <= len(report.text)
        assert row.text == report.text[row.start:row.end]
        assert row.start >= previous_end, "spans overlap"
        previous_end = row.end
        assert isinstance(row.value, Decimal) and row.value.is_finite()
        if row.value_high is not None:
            assert isinstance(row.value_high, Decimal) and row.value_high.is_finite()


@SETTINGS
@given(ANY_TEXT)
def test_any_text_gives_faithful_rows(text):
    check_rows(text)


@SETTINGS
@given(REPORTISH, REPORTISH)
def test_fragments_inside_a_report_frame(review, plan):
    """Random fragments placed where figures live: under review and plan headings."""
    check_rows(f"各位代表：\n一、2023年工作回顾\n{review}\n二、2024年工作安排\n{plan}\n")


@settings(deadline=None)
@given(st.text())
def test_fold_for_scan_keeps_length(text):
    assert len(fold_for_scan(text)) == len(text)


@settings(deadline=None)
@given(st.text(alphabet=st.characters(categories=("Nd",)) | st.sampled_from("年月增长万元")))
def test_the_scan_holds_ascii_digits_only(text):
    """Patterns on the scan write digits as [0-9] (faster than \\d): every decimal digit of any
    script is folded to its ASCII digit, so the two match the same characters there."""
    assert all(c in "0123456789" for c in fold_for_scan(text) if c.isdecimal())


KEYWORDS = [k for k, _ in category_keywords()]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(KEYWORDS), st.sampled_from(FRAGMENTS), st.text(max_size=2)),
                max_size=30).map("".join))
def test_keyword_hits_are_the_longest_keyword_at_every_offset(text):
    """keyword_hits skips ahead for speed; it must find what trying every offset finds."""
    every_offset = re.compile("(?=(" + "|".join(re.escape(k) for k in KEYWORDS) + "))")
    assert keyword_hits(text) == [(m.start(), m.group(1)) for m in every_offset.finditer(text)]


def _wordings_and_terms() -> tuple[list[str], list[str]]:
    from govreport.extract.keys import _wording_scan
    from govreport.glossaries import glossary

    return list(_wording_scan()[1]), list(glossary())


WORDINGS, TERMS = _wordings_and_terms()


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(WORDINGS), st.sampled_from(TERMS), st.sampled_from(FRAGMENTS),
                          st.text(max_size=2)), max_size=20).map("".join))
def test_first_character_scan_finds_what_one_pattern_finds(text):
    """trie_finditer looks up each place's first character for speed (indicator wordings,
    glossary terms); it must find what one longest-first pattern of all the words finds."""
    from govreport.extract.categories import trie_by_first, trie_finditer

    for words in (WORDINGS, TERMS):
        one = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        found = [(m.span(), m.group()) for m in trie_finditer(trie_by_first(words), text)]
        assert found == [(m.span(), m.group()) for m in one.finditer(text)]
