"""Which of a fixed set of named patterns a text holds, searched once per text.

A figure's name and clause are compared with many other figures' (each target against each review figure
found for it), and a check that asks which word groups either side names searched both texts with every
group at every pair: the answer depends on the text alone, so it is kept per text, in the object that holds
the patterns (a cache keyed by the text and, through its owner, by the patterns)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

MEMO_SIZE: Final = 8192  # texts kept before the memo starts again (a long corpus run)


class PatternHits:
    """Named patterns, in their order, and which of them each text asked about holds."""

    def __init__(self, named: tuple[tuple[str, re.Pattern[str]], ...]) -> None:
        self.named = named
        self._known: dict[str, frozenset[int]] = {}

    def __iter__(self) -> Iterator[tuple[str, re.Pattern[str]]]:
        """The (name, pattern) pairs, in their order: where a tuple of them was read, they still are."""
        return iter(self.named)

    def hits(self, text: str) -> frozenset[int]:
        """The places (in ``named``) of the patterns that find something in ``text``."""
        found = self._known.get(text)
        if found is None:
            if len(self._known) >= MEMO_SIZE:
                self._known.clear()
            found = self._known[text] = frozenset(i for i, (_, p) in enumerate(self.named) if p.search(text) is not None)
        return found

    def in_either(self, a: str, b: str) -> list[tuple[str, re.Pattern[str]]]:
        """The named patterns that find something in ``a`` or in ``b``, in their order: the same as
        ``[(n, p) for n, p in named if p.search(a) or p.search(b)]``."""
        return [self.named[i] for i in sorted(self.hits(a) | self.hits(b))]
