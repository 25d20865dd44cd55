"""English for a figure's Chinese name from the glossary (data/glossary.csv), term by term, where no registry key
names it in English (``keys.indicator_english``)."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from govreport.extract.categories import trie_by_first, trie_finditer
from govreport.glossaries import glossary
from govreport.lexicon import CJK


@cache
def _glossary_by_first() -> dict[str, re.Pattern[str]]:
    """The glossary's terms as prefix trees by first character (longest term at a place)."""
    return trie_by_first(list(glossary()))


@cache
def _glossary_free() -> dict[int, None]:
    """A ``str.translate`` table that deletes every character of a glossary term: what is left of a name is what no term
    can translate (most names hold such a character: translate answers '' for them without scanning for terms)."""
    return {ord(c): None for term in glossary() for c in term}


@lru_cache(maxsize=16384)
def translate(zh: str) -> str:
    """English for a Chinese name: the glossary entry, else a greedy longest-match composition
    of glossary terms, left to right; '' when any character is left untranslated (a reader is
    better served by the Chinese name than by a word-by-word mix). Memoised: a report repeats
    its names, and the glossary does not change."""
    if not zh:
        return ""
    terms = glossary()
    if zh in terms:
        return terms[zh]
    if CJK.search(zh.translate(_glossary_free())):
        return ""  # a Chinese character in no term stays untranslated whatever the terms around it: the answer below
    words, pos = [], 0
    for m in trie_finditer(_glossary_by_first(), zh):
        if m.start() > pos:
            words.append(zh[pos:m.start()])
        words.append(terms[m.group(0)])
        pos = m.end()
    if pos < len(zh):
        words.append(zh[pos:])
    english = " ".join(words)
    return "" if CJK.search(english) else english
