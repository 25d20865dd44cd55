"""Speed round 82b: the helpers that replaced a per-figure scan give the same answers."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from govreport.extract.name_tails import _firsts, _patterns as _tail_patterns, _words
from govreport.extract.name_subjects import _patterns
from govreport.extract.scanner import CN_NUMERAL_FIRSTS, DIGITS, _matches_at
from govreport.extract.token_patterns import chinese_pattern, token_pattern

_ALPHABET = st.sampled_from(list("为此将还要拟安排投入资金中央财政0123456789一二三万亿元、，。增长"))


@settings(deadline=None)
@given(st.text(_ALPHABET, max_size=12))
def test_plan_modal_gate_is_the_word_scan(name: str) -> None:
    """The first-character gate before the modal pattern rejects only names that hold no plan modal."""
    scan = any(m in name for m in _words("plan_modals"))
    assert scan <= (not _firsts("plan_modals").isdisjoint(name))
    before = len(name) > 3 and scan and _patterns()["modal9"].search(name, 2) is not None
    after = len(name) > 3 and not _firsts("plan_modals").isdisjoint(name) and _patterns()["modal9"].search(name, 2) is not None
    assert before == after


@settings(deadline=None)
@given(st.text(_ALPHABET, max_size=40))
def test_matches_at_is_finditer(text: str) -> None:
    """The list of matches is finditer's, as the generator gave them."""
    for pattern, starts in ((token_pattern(), DIGITS), (chinese_pattern(), CN_NUMERAL_FIRSTS)):
        assert isinstance(_matches_at(pattern, starts, text), list)
        assert [m.span() for m in _matches_at(pattern, starts, text)] == [m.span() for m in pattern.finditer(text)]


def test_patterns_load() -> None:
    assert _tail_patterns() and isinstance(_patterns()["modal9"], re.Pattern)
