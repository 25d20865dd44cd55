"""Speed round 81b: the cheap gates before word-by-word scans give the answers the scans gave."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from govreport.extract import english_names, keys, loose_keys, name_fillers
from govreport.lexicon import CJK, name_words
from govreport.glossaries import glossary
from govreport.report.chars import first_ending, first_opening

ALPHABET = "新增建设产业项目数中心城区粮食播种面积旅游总消费等、和拟将还A1"
TEXTS = st.text(alphabet=ALPHABET, max_size=12)
WORDS = st.lists(st.text(alphabet=ALPHABET, max_size=4), max_size=8).map(lambda ws: tuple(sorted(ws, key=len, reverse=True)))


@settings(deadline=None)
@given(TEXTS, WORDS, st.integers(min_value=0, max_value=14))
def test_first_opening_is_the_first_word_the_text_has_there(text: str, words: tuple[str, ...], at: int) -> None:
    assert first_opening(text, words, at) == next((w for w in words if text.startswith(w, at)), "")
    assert first_opening(text, words) == next((w for w in words if text.startswith(w)), "")


@settings(deadline=None)
@given(TEXTS, WORDS)
def test_first_ending_is_the_first_word_the_text_ends_with(text: str, words: tuple[str, ...]) -> None:
    assert first_ending(text, words) == next((w for w in words if text.endswith(w)), "")


def test_first_opening_with_real_word_lists() -> None:
    for words in (name_words("push_adverb"), name_words("change")):
        for text in ("重点打造产业", "大力培育企业", "兴宾区增长", "增长", ""):
            assert first_opening(text, words) == next((w for w in words if text.startswith(w)), "")
            assert first_ending(text, words) == next((w for w in words if text.endswith(w)), "")


@settings(deadline=None)
@given(st.text(alphabet=ALPHABET + "按照约为", max_size=14))
def test_filler_gate_is_any_filler_in_the_name(name: str) -> None:
    words = name_words("filler") + name_words("filler_before_change")
    assert (name_fillers._gate().search(name) is not None) == any(w in name for w in words)


def _translate_ungated(zh: str) -> str:
    """english_names.translate as it was before the gate (round 80)."""
    if not zh:
        return ""
    terms = glossary()
    if zh in terms:
        return terms[zh]
    words, pos = [], 0
    for m in english_names.trie_finditer(english_names._glossary_by_first(), zh):
        if m.start() > pos:
            words.append(zh[pos:m.start()])
        words.append(terms[m.group(0)])
        pos = m.end()
    if pos < len(zh):
        words.append(zh[pos:])
    english = " ".join(words)
    return "" if CJK.search(english) else english


TERM_CHARS = "".join(sorted({c for t in glossary() for c in t}))[:80] + "国家民间的aB3"


@settings(deadline=None)
@given(st.lists(st.sampled_from(sorted(glossary())) | st.text(alphabet=TERM_CHARS, max_size=3), max_size=4).map("".join))
def test_translate_gate_gives_the_same_english(zh: str) -> None:
    assert english_names.translate.__wrapped__(zh) == _translate_ungated(zh)


def _loose_key_unfiltered(name: str, key_of, pattern: re.Pattern[str], owner: dict[str, str]) -> str:
    """loose_keys.loose_key without the pair gate (round 80)."""
    for variant, start, end in loose_keys._variants(name, owner):
        key = key_of(variant)
        if key and any(m.start() < start and m.end() > end and key in (owner[m.group()], owner[m.group()] + "_growth", owner[m.group()][:-7])
                       and loose_keys.HEAD_TAIL.fullmatch(variant, m.end()) for m in pattern.finditer(variant)):
            return key
    return ""


def test_loose_key_pair_gate_keeps_every_key() -> None:
    pattern, owner = keys._wording_scan()
    names = ["粮食面积", "全市粮食面积", "旅游总消费", "旅游总收入增长", "新开工米仓山大峡谷旅游景区等项目", "新增就业人数", "粮食面积和农作物面积",
             "规模以上工业总增加值", "社会消费品零售总额", "农作物面积", "A等重点项目数", "等"]
    for family in ("money", "count", "percent", "area", "weight"):
        for rising in (False, True):
            key_of = lambda v: keys._key_in(v, family, rising)  # noqa: E731
            for name in names + [w[:k] + w[k + 1:] for w in list(owner)[:300] for k in range(1, len(w) - 1)]:
                assert loose_keys.loose_key(name, key_of, pattern, owner) == _loose_key_unfiltered(name, key_of, pattern, owner), name


def test_splits_join_the_pair() -> None:
    owner = ("粮食播种面积", "农作物播种面积")
    assert set(loose_keys._splits("播种", owner)) == {("粮食面积", 2), ("农作物面积", 3)}
