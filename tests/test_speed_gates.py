"""Plain-search gates in front of patterns (speed only): each gate must let through every text the
pattern could match, so the answers are those of the pattern alone."""
from __future__ import annotations

import re

from govreport.extract.terms import DEADLINE, deadline_in, multi_cue_char
from govreport.cue_words import cue_pattern, cues
from govreport.tables.clauses import first_mark, last_mark


def test_multi_cue_char_is_in_every_multi_year_cue() -> None:
    words = [w for w, kind in cues().items() if kind == "review_multi"]
    shared = multi_cue_char()
    assert words and shared
    assert all(shared in w for w in words)
    assert cue_pattern("review_multi").search("过去五年，全市生产总值年均增长6%")
    assert shared not in "今年全市生产总值增长6%" and not cue_pattern("review_multi").search("今年全市生产总值增长6%")


def test_deadline_in_gate_agrees_with_the_pattern() -> None:
    windows = ["到2027年，全市", "力争2030年实现", "到二〇三〇年", "确保年底前完成", "到2027", "20项", "在1998年", "至1999年底",
               "", "全年增长", "争取2025年底建成、到2030年全面"]
    for window in windows:
        found = DEADLINE.findall(window)
        assert deadline_in(window) == (int(found[-1]) if found else None), window


def test_clause_marks_agree_with_the_patterns() -> None:
    marks = "，,；;：:。！？!?"
    last, first = re.compile("(?s).*[" + re.escape(marks) + "]"), re.compile("[" + re.escape(marks) + "]")
    for text in ["", "甲", "甲，乙", "，", "甲，乙；丙", "甲;乙，丙。", "甲\n乙", "；；", "甲。乙！丙？丁"]:
        m = last.match(text)
        assert last_mark(text, marks) == (m.end() - 1 if m else -1), text
        m = first.search(text)
        assert first_mark(text, marks) == (m.start() if m else -1), text


def test_chinese_numerals_skipped_by_the_next_character_could_not_match() -> None:
    """scan_tokens tries chinese_pattern only where the character after a numeral's first can go on
    with a match: the matches are those of trying every numeral's first."""
    from govreport.extract.scanner import CN_NUMERAL_FIRSTS, _matches_at
    from govreport.extract.token_patterns import chinese_pattern
    from govreport.lexicon import units

    seconds = frozenset("零〇一二两三四五六七八九十百千万亿余多") | {u[0] for u, row in units().items() if row["cn_numeral_ok"] == "1"}
    for text in ["统一部署，新建三所学校、两万余亩", "进一步提高，一批项目，三十五个", "一年来新增五百人、十一个", "二元结构三元乳业", "一"]:
        every = [m.span() for m in _matches_at(chinese_pattern(), CN_NUMERAL_FIRSTS, text)]
        gated = [m.span() for m in _matches_at(chinese_pattern(), CN_NUMERAL_FIRSTS, text, seconds)]
        assert gated == every, text
