"""A first-character gate for an alternation the regular-expression engine tries branch by branch (speed round 106t).

Python's engine skips ahead to a possible start only when every branch opens with a plain character; an alternation
whose branches open with a look-behind (``(?<!提)供应``), a group or a class is tried, branch by branch, at every
position of the text. ``gated`` puts a look-ahead of every character a match can open with in front of such a
pattern: a position no branch can start at then fails at once, and the matches (their spans, groups and order) are
the same, since the look-ahead consumes nothing and admits every position a branch could match at.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

try:  # Python 3.11+; the same parser as sre_parse before
    from re import _constants as _c, _parser  # type: ignore[attr-defined]  # (private: typeshed leaves it out)
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_SPACE: r"\s"}


def gated(pattern: str) -> str:
    """``pattern`` behind a look-ahead of the characters its matches can open with; ``pattern`` itself where those
    are not all known (a branch that may match nothing, a negated class, a flag such as IGNORECASE)."""
    try:
        parsed = _parser.parse(pattern, 0)
    except re.error:
        return pattern
    if parsed.state.flags & ~re.UNICODE:
        return pattern
    opening = _opening(list(parsed))
    if not opening:
        return pattern
    return "(?=[" + "".join(sorted(opening)) + "])(?:" + pattern + ")"


def gated_by(pattern: str, words: Iterable[str]) -> str:
    """``gated`` without parsing ``pattern``: an alternation whose every branch opens with one of ``words`` (escaped,
    look-behinds before it allowed) opens with their first characters (the same string ``gated`` builds, found cheaply)."""
    opening = {re.escape(w[0]) for w in words if w}
    return "(?=[" + "".join(sorted(opening)) + "])(?:" + pattern + ")" if opening else pattern


def _opening(items: list[Any]) -> set[str] | None:
    """The class pieces of every character the sequence ``items`` can open a match with, None where unknown."""
    for op, av in items:
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            continue  # a look-around consumes nothing: the next item opens the match
        if op is _c.LITERAL:
            return {re.escape(chr(av))}
        if op is _c.IN:
            return _in(av)
        if op is _c.BRANCH:
            found: set[str] = set()
            for alternative in av[1]:
                pieces = _opening(list(alternative))
                if pieces is None:
                    return None
                found |= pieces
            return found
        if op is _c.SUBPATTERN:
            return None if av[1] or av[2] else _opening(list(av[3]))
        if op is _c.ATOMIC_GROUP:
            return _opening(list(av))
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _opening(list(av[2]))
        return None
    return None  # it may match nothing


def _in(av: list[Any]) -> set[str] | None:
    pieces: set[str] = set()
    for op, value in av:
        if op is _c.LITERAL:
            pieces.add(re.escape(chr(value)))
        elif op is _c.RANGE:
            pieces.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
        elif op is _c.CATEGORY and value in _CATEGORIES:
            pieces.add(_CATEGORIES[value])
        else:
            return None  # a negated class, a category of another kind
    return pieces
