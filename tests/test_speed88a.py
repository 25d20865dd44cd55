"""Speed round 88a: the baseline matching of corpus mode's targets table. A scope check searched both figures' texts with
every word group at every pair (now once per text: tables/pattern_hits.py), a phrase's bigrams were unioned with its
synonym-folded copy's even where folding changed nothing and once per unit group, and a size-class pattern was built
for every figure though it opens with 、. Each helper gives what the old expression gave."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.tables.scope_groups import _scopes
from govreport.tables.pattern_hits import MEMO_SIZE, PatternHits
from govreport.tables.phrase_likeness import canonical, phrase_grams, weighted_bigrams

_CHARS = st.sampled_from(list("省市县级国家新增建成开工项目企业、，|以上") + ["省级", "国家级", "重点项目", "规上", "储备", "谋划"])
_TEXTS = st.lists(_CHARS, max_size=14).map("".join)
_WORDS = st.lists(st.sampled_from(["省级", "市级", "国家级", "项目", "新增", "企业", "级", "上"]), min_size=1, max_size=4)


def _old_either(named: tuple[tuple[str, re.Pattern[str]], ...], a: str, b: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(n, g) for n, g in named if g.search(a) or g.search(b)]


@settings(deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=5), _TEXTS, _TEXTS)
def test_in_either_is_the_old_filter(groups: list[list[str]], a: str, b: str) -> None:
    named = tuple((f"g{i}", re.compile("|".join(re.escape(w) for w in ws))) for i, ws in enumerate(groups))
    hits = PatternHits(named)
    assert hits.in_either(a, b) == _old_either(named, a, b)
    assert hits.in_either(a, b) == _old_either(named, a, b)  # (asked again: from the memo)


@settings(deadline=None)
@given(_TEXTS, _TEXTS)
def test_the_scope_groups_in_either_text(a: str, b: str) -> None:
    groups = _scopes()[0]
    assert groups.in_either(a, b) == _old_either(groups.named, a, b)
    assert tuple(groups) == groups.named  # (read as the tuple of pairs it was)


def test_the_memo_starts_again_when_full() -> None:
    hits = PatternHits((("x", re.compile("x")),))
    for i in range(MEMO_SIZE + 3):
        assert hits.hits(f"x{i}") == frozenset({0})
    assert len(hits._known) <= MEMO_SIZE and hits.hits("y") == frozenset()


@settings(deadline=None)
@given(_TEXTS)
def test_phrase_grams_is_the_union(phrase: str) -> None:
    assert phrase_grams(phrase) == set(weighted_bigrams(phrase)) | set(weighted_bigrams(canonical(phrase)))


def test_phrase_grams_of_a_folded_phrase() -> None:
    phrase = "储备重大项目"  # folded by the synonyms (储备 -> 谋划 …): both spellings' bigrams
    assert canonical(phrase) != phrase
    assert phrase_grams(phrase) == set(weighted_bigrams(phrase)) | set(weighted_bigrams(canonical(phrase)))


_AFTER = st.lists(st.sampled_from(list("、以上及下的项目企业0123456789.亿万元个") + ["亿元", "万吨"]), max_size=14).map("".join)
SIZE_CLASSES = r"(?:、[\d.]+[十百千万亿]*{unit})+(?:及以上|以上|以下)(?![的并和且或等])[\u4e00-\u9fff]"


@settings(deadline=None)
@given(_AFTER, st.sampled_from(["亿元", "万元", "万吨", "个", "%"]))
def test_size_classes_open_with_a_list_mark(after: str, unit: str) -> None:
    """class_threshold's gate: the pattern matches only text that opens with 、."""
    if re.match(SIZE_CLASSES.format(unit=re.escape(unit)), after):
        assert after.startswith("、")
