"""The time and commitment cue words of a sentence before a figure, found once per sentence.

``roles.nearest_cue`` reads the cue words (``cue_words.cues``, one pattern of their prefix tree)
between a sentence's start and each of its figures. Searched again from the sentence's start for
every figure, a long sentence with many figures was read over and over; here the words are found
once, to past the figure that asks first, and each figure takes those that end before it.

The result is exactly what ``cue_tree().finditer(scan, sentence_start, pos)`` gives: the
pattern is a tree of plain words, so a search stopped at ``pos`` finds the same words as one
that goes on, up to the first word that runs past ``pos`` (there the stopped search may find a
shorter word): from that word's start on, the stopped search is run itself.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import trie_pattern
from govreport.cue_words import cues

_TREE: Final[list[re.Pattern[str]]] = []  # made once (a direct look-up on every call)
# sentence start -> (the text searched, how far, the words found: start, end, word)
_FOUND: Final[dict[int, tuple[str, int, list[tuple[int, int, str]]]]] = {}


def cue_tree() -> re.Pattern[str]:
    """Every cue word, as one pattern of their prefix tree (the longest word at a place wins, as
    a list longest first gives)."""
    if not _TREE:
        _TREE.append(re.compile(trie_pattern(list(cues()))))
    return _TREE[0]


def cues_before(scan: str, sentence_start: int, pos: int) -> list[tuple[int, int, str]]:
    """The cue words ``cue_tree().finditer(scan, sentence_start, pos)`` finds, as (start, end,
    word), in text order."""
    known = _FOUND.get(sentence_start)
    if known is None or known[0] is not scan or known[1] < pos:
        if len(_FOUND) >= 4096:  # (a long-running process reads many reports)
            _FOUND.clear()
        stop = _sentence_stop(scan, pos)
        known = _FOUND[sentence_start] = (scan, stop, [(m.start(), m.end(), m.group()) for m in cue_tree().finditer(scan, sentence_start, stop)])
    found = known[2]
    for k, (start, end, _) in enumerate(found):
        if end > pos:  # the first word past the figure: what the search stopped at pos finds from here on
            rest = [(m.start(), m.end(), m.group()) for m in cue_tree().finditer(scan, start, pos)] if start < pos else []
            return found[:k] + rest
    return found


def _sentence_stop(scan: str, pos: int) -> int:
    """Where the words are searched to: the end of the sentence (or paragraph) ``pos`` stands in,
    so that its later figures find them found; any place from ``pos`` on gives the same words."""
    stop = len(scan)
    for mark in ("。", "\n"):
        at = scan.find(mark, pos, stop)
        if at >= 0:
            stop = at + 1
    return stop
