"""The speed shortcuts give exactly what the plain searches they replace give."""
from __future__ import annotations

import random

from govreport.extract.cue_matches import cue_tree, cues_before
from govreport.report.fold import LONG_TEXT, _scan_folds, fold_for_scan
from govreport.tables.clauses import first_mark, last_mark

SAMPLE = ("2023年，全市地区生产总值增长5.5%，较上年提高1.2个百分点；今年预期增长6%左右，到2025年力争突破"
          "1000亿元。過去五年，新增就業２０萬人，人均预期寿命达到80岁，完成全年目标的57.2%。")


def test_a_long_text_folds_as_its_pieces_do() -> None:
    # a whole report is folded through a table look-up (where numpy is loaded already, as pandas
    # loads it), a short text through the character class: one character for one, so the pieces
    # folded apart and joined are the whole folded
    import numpy  # noqa: F401
    random.seed(7)
    chars = [*list(_scan_folds()[1])[:400], *SAMPLE, "\U0001d7d8", "\U00020000", "\ud800", "，", " "]
    text = "".join(random.choice(chars) for _ in range(3 * LONG_TEXT))
    pieces = [text[k:k + LONG_TEXT // 2] for k in range(0, len(text), LONG_TEXT // 2)]
    assert fold_for_scan(text) == "".join(fold_for_scan(p) for p in pieces)
    plain = "中" * (LONG_TEXT + 10)
    assert fold_for_scan(plain) is plain  # nothing to fold: the text itself, as re.sub gives


def test_cue_words_before_a_figure_are_those_a_search_to_it_finds() -> None:
    scan = fold_for_scan(SAMPLE * 3)
    for start in (0, len(SAMPLE), 2 * len(SAMPLE) + 5):
        for pos in [*range(start, len(scan) + 1), *range(len(scan), start - 1, -1)]:  # later and earlier figures
            expected = [(m.start(), m.end(), m.group()) for m in cue_tree().finditer(scan, start, pos)]
            assert cues_before(scan, start, pos) == expected


def test_clause_marks_kept_per_text_are_the_marks() -> None:
    marks = "，,；;。、"
    for text in [SAMPLE[:k] for k in range(0, 60)] * 2:  # each asked twice: the second answer is the kept one
        assert last_mark(text, marks) == max(text.rfind(d) for d in marks)
        assert first_mark(text, marks) == min((k for k in (text.find(d) for d in marks) if k >= 0), default=-1)
