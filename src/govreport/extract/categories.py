"""The category of a figure (agriculture, social_assistance …) from the keywords in
``data/categories.csv``: those of its name (weight 8), of its clause (4), of its sentence (2)
and of its paragraph's opening and section (1). Ties go to the category met first, the same
way in every process.
"""
from __future__ import annotations

from bisect import bisect_left  # (a name, not bisect.bisect_left: compiled, no attribute look-up on the module per call)
import re
from collections.abc import Iterable
from typing import Any, Final

from govreport.lexicon import category_keywords, trie_pattern


_ONCE: Final[dict[str, Any]] = {}  # accessors made once (not functools.cache: a direct look-up on each of thousands of calls)


def _keyword_category() -> dict[str, str]:
    return _ONCE.get("keyword_category") or _ONCE.setdefault("keyword_category", dict(category_keywords()))


def _keyword_scan() -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """The keywords as one pattern that matches the longest keyword at a place, and for each
    keyword the offsets inside it where another keyword could start (农业农村: 农村 at 2)."""
    if "keyword_scan" in _ONCE:
        return _ONCE["keyword_scan"]
    words = [k for k, _ in category_keywords()]
    firsts = {w[0] for w in words}
    inner = {w: tuple(j for j in range(1, len(w)) if w[j] in firsts) for w in words}
    return _ONCE.setdefault("keyword_scan", (re.compile(trie_pattern(words)), inner))


def keyword_hits(text: str) -> list[tuple[int, str]]:
    """(offset, keyword) for each offset where a keyword starts, the longest one there, in text order.

    The same as trying every offset (tests/test_properties.py checks this), found faster: a
    plain scan jumps over each keyword it finds, so only the offsets inside one that can start
    another are tried."""
    pattern, inner = _keyword_scan()
    hits = []
    for m in pattern.finditer(text):
        word, start = m.group(), m.start()
        hits.append((start, word))
        for j in inner[word]:
            nested = pattern.match(text, start + j)
            if nested:
                hits.append((start + j, nested.group()))
    return hits


_SENTENCES: Final[dict[str, tuple[list[tuple[int, str]], list[int], dict[str, float]]]] = {}  # memo (a Final dict, not lru_cache:
_CLAUSES: Final[dict[tuple[str, ...], dict[str, float]]] = {}  # compiled, a direct look-up costs a third of a call through the cache)


def _sentence_keywords(text: str) -> tuple[list[tuple[int, str]], list[int], dict[str, float]]:
    """A sentence's keyword hits, their offsets and its own scores (weight 2): what
    SentenceKeywords needs of the text alone. Memoised (the pattern is the costly part, and a
    text read again, such as the benchmark's repeated copies, brings the same sentences back);
    shared between callers, so read only."""
    found = _SENTENCES.get(text)
    if found is None:
        if len(_SENTENCES) >= 4096:
            _SENTENCES.clear()
        hits = keyword_hits(text)
        found = _SENTENCES[text] = (hits, [offset for offset, _ in hits], scores_of((k for _, k in hits), 2.0))
    return found


def scores_of(keywords: Iterable[str], weight: float) -> dict[str, float]:
    """Category -> score of ``keywords`` (each distinct keyword once, in the order given, so
    ties break the same way in every process)."""
    scores: dict[str, float] = {}
    lookup = _keyword_category()
    for keyword in dict.fromkeys(keywords):
        category = lookup[keyword]
        scores[category] = scores.get(category, 0.0) + weight + len(keyword) * 0.01
    return scores


def _clause_scores_of(keywords: tuple[str, ...]) -> dict[str, float]:
    """``scores_of(keywords, 4.0)``, memoised: clauses of a report share their few keywords
    (农业, 就业 …). Shared between callers, so read only."""
    found = _CLAUSES.get(keywords)
    if found is None:
        if len(_CLAUSES) >= 4096:
            _CLAUSES.clear()
        found = _CLAUSES[keywords] = scores_of(keywords, 4.0)
    return found


def keyword_scores(text: str, weight: float) -> dict[str, float]:
    """Category -> score of the keywords found in ``text`` (each distinct keyword once)."""
    if not text:
        return {}
    return scores_of((k for _, k in keyword_hits(text)), weight)


def keywords_within(hits: list[tuple[int, str]], starts: list[int], lo: int, hi: int) -> list[str] | None:
    """The keywords of ``text[lo:hi]`` from the hits of the whole ``text`` (``starts`` are the
    hits' offsets), or None when a hit runs past ``hi`` (the slice may hold a shorter one there)."""
    found = []
    for i in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        offset, keyword = hits[i]
        if offset + len(keyword) > hi:
            return None
        found.append(keyword)
    return found


def add_scores(scores: dict[str, float], more: dict[str, float]) -> dict[str, float]:
    """``scores`` with ``more`` added in place (new categories keep ``more``'s order)."""
    for category, score in more.items():
        scores[category] = scores.get(category, 0.0) + score
    return scores


def best_category(scores: dict[str, float]) -> str:
    """The highest-scoring category (the first one on a tie); governance when nothing matched."""
    best, top, first = "governance", 0.0, True  # max(scores, key=scores.__getitem__), written out: no call per category
    for category, score in scores.items():
        if first or score > top:
            best, top, first = category, score, False
    return best


NO_SCORE: Final = float("-inf")  # the top score of a sentence with no keyword


class SentenceKeywords:
    """Category keywords of one sentence, found once: the sentence's background scores (with
    its paragraph's opening and section) and the keywords of any clause inside it."""

    __slots__ = ("start", "hits", "starts", "background", "background_best", "background_top", "exact")

    def __init__(self, scan: str, start: int, end: int, context_scores: dict[str, float], exact: bool) -> None:
        self.start = start
        self.hits, self.starts, own = _sentence_keywords(scan[start:end])
        self.background = add_scores(dict(own), context_scores)
        self.background_best = best_category(self.background)
        top = NO_SCORE  # max(…, default=-inf), written out: compiled, max with a keyword is a generic call (and float("-inf") a parse)
        for score in self.background.values():
            if score > top:
                top = score
        self.background_top = top
        self.exact = exact  # False for a window around a figure outside any sentence

    def clause_scores(self, scan: str, lo: int, hi: int) -> dict[str, float]:
        """Scores (weight 4) of ``scan[lo:hi]``, from the sentence's hits where they decide it."""
        if self.exact:
            found = keywords_within(self.hits, self.starts, lo - self.start, hi - self.start)
            if found is not None:
                return _clause_scores_of(tuple(found))
        return keyword_scores(scan[lo:hi], 4.0)

    def category(self, scan: str, lo: int, hi: int, name_scores: dict[str, float]) -> str:
        """The category of a figure named with ``name_scores`` whose clause is ``scan[lo:hi]``:
        name (weight 8), clause (4), then the sentence's background."""
        starts = self.starts
        if not starts and self.exact:
            clause: dict[str, float] = {}  # no keyword in the sentence
        elif self.exact and bisect_left(starts, lo - self.start) == bisect_left(starts, hi - self.start):
            clause = {}  # no keyword starts in the clause
        else:
            clause = self.clause_scores(scan, lo, hi)
        if not clause and not name_scores:  # nothing of its own: the sentence decides
            return self.background_best
        if len(name_scores) <= 1 and len(clause) <= 1:  # most figures: one category of their own
            category = next(iter(name_scores or clause))
            if (not clause or category in clause) and (not name_scores or category in name_scores):
                score = self.background.get(category, 0.0)  # summed as below, so the same float
                if name_scores:
                    score = score + name_scores[category]
                if clause:
                    score = score + clause[category]
                if score > self.background_top:
                    return category
                if score < self.background_top:
                    return self.background_best  # the others are the background's, unchanged
        # add_scores and best_category, written out: this runs for every figure
        scores = dict(self.background)
        get = scores.get
        for category, score in name_scores.items():
            scores[category] = get(category, 0.0) + score
        for category, score in clause.items():
            scores[category] = get(category, 0.0) + score
        return best_category(scores)


def trie_by_first(words: list[str]) -> dict[str, re.Pattern[str]]:
    """First character -> ``trie_pattern`` of the words that start with it (for ``trie_finditer``)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word)
    return {ch: re.compile(trie_pattern(group)) for ch, group in groups.items()}



def trie_finditer(by_first: dict[str, re.Pattern[str]], text: str) -> list[re.Match[str]]:
    """The matches ``re.compile(trie_pattern(words)).finditer(text)`` finds (longest word at a
    place, left to right, no overlaps), from ``trie_by_first(words)``: faster in a name or a
    clause, where ``re`` would try the first character of each of hundreds of words, one by
    one, at every place that starts any; a dict finds the one pattern that can match there."""
    found = []
    i, n, pattern_at = 0, len(text), by_first.get
    while i < n:
        pattern = pattern_at(text[i])
        if pattern is not None:
            m = pattern.match(text, i)
            if m is not None:
                found.append(m)
                i = m.end()
                continue
        i += 1
    return found
