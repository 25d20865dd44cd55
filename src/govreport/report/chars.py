"""Where any of a few characters stands in a long text, found with plain searches.

Python's ``re`` checks a character class (``[。！？；]``, ``[万亿千百]``) against every character of
the text in turn; ``str.find`` for one character runs a vectorised search instead. For the few
characters a pass over a whole report looks for (sentence ends, multipliers), one search per
character and a merge is several times faster than the class, with the same positions.
"""
from __future__ import annotations

from collections.abc import Iterable


def char_positions(text: str, chars: str, start: int = 0, end: int = -1) -> list[int]:
    """The offsets of every character of ``chars`` in ``text[start:end]`` (``end`` -1: to the
    end), in text order: what ``[m.start() for m in re.finditer("[" + chars + "]", …)]`` gives."""
    stop = len(text) if end < 0 else end
    found: list[int] = []
    for ch in chars:
        k = text.find(ch, start, stop)
        while k >= 0:
            found.append(k)
            k = text.find(ch, k + 1, stop)
    found.sort()
    return found


def blank_led_line(text: str, k: int) -> int:
    """The start of the line of ``text[k]`` when only blanks (space, tab, U+3000) stand before it on that line, else -1:
    what a multi-line ``^[ \t\u3000]*`` before ``text[k]`` matches, found from ``k`` (sub-headings, annex lines)."""
    start = k
    while start > 0 and text[start - 1] in " \t\u3000":
        start -= 1
    return start if start == 0 or text[start - 1] == "\n" else -1


def is_ideograph(c: str) -> bool:
    """Whether ``c`` is a CJK unified ideograph (U+4E00 to U+9FFF), the one range the readers call a Chinese character;
    a string comparison, so '' (nothing there) is not one. Extension A and compatibility ideographs are not included."""
    return "\u4e00" <= c <= "\u9fff"



def shared_run(one: str, two: str, window: int) -> bool:
    """Whether ``two`` holds a run of ``window`` Chinese characters (no digit, no mark) of ``one``: the subject or
    parent measure two sentences both name (name_equivalents, member_parents)."""
    return any(one[i:i + window] in two for i in range(len(one) - window + 1)
               if all(is_ideograph(c) for c in one[i:i + window]))

NEAR = 256  # how far back a mark is first looked for: a clause or a sentence is shorter


def last_of(text: str, chars: str, end: int) -> int:
    """Where the last character of ``chars`` stands in ``text[:end]``, -1 if none does: the same as
    ``max(text.rfind(c, 0, end) for c in chars)``, looked for in the NEAR characters before ``end``
    first. A search back to the text's start for a mark the text never uses (``;`` in a Chinese
    report) costs the whole text before every figure: a million-character text read ~40 % slower."""
    near = max(0, end - NEAR)
    found = max(text.rfind(c, near, end) for c in chars)
    return found if found >= 0 or near == 0 else max(text.rfind(c, 0, near) for c in chars)


def common_tail(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` end with alike (产业增加值增长, 业增加值增长: 6): the names' shared
    measure, read by the namers and the baseline matchers (``os.path.commonprefix`` of the reversed strings)."""
    most = min(len(a), len(b))
    n = 0
    while n < most and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


class Prefixes:
    """Many words a text may open with (a verb list of ~180): ``opens(text)`` is ``text.startswith(words)``
    by a set look-up of the text's first 1, 2 … characters, not a comparison with every word in turn."""

    __slots__ = ("words", "lengths", "empty", "firsts", "few")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.lengths = tuple(sorted({len(w) for w in self.words if w}))
        self.empty = "" in self.words  # (every text opens with '')
        self.firsts = frozenset(w[0] for w in self.words if w)  # (a text whose first character opens no word opens none)
        self.few: tuple[str, ...] = tuple(sorted(self.firsts)) if len(self.firsts) <= 12 else ()  # a few first characters: one startswith tests them

    def opens(self, text: str) -> bool:
        """Whether ``text`` starts with one of the words."""
        if self.empty:
            return True
        if self.few:
            if not text.startswith(self.few):  # (no slice made and hashed: most texts open with none)
                return False
        elif text[:1] not in self.firsts:
            return False
        size = len(text)
        for n in self.lengths:
            if n > size:
                return False
            if text[:n] in self.words:
                return True
        return False


def first_opening(text: str, words: tuple[str, ...], at: int = 0) -> str:
    """The first of ``words`` (in their order: longest first where a list is so sorted) that ``text`` has at ``at``, '' if
    none: ``next((w for w in words if text.startswith(w, at)), "")``. One ``str.startswith`` with the whole tuple decides
    first whether any does (most names open with none of a list): a generator tried word by word only where one does."""
    if not (text.startswith(words) if at == 0 else text.startswith(words, at)):  # (at 0: compiled, a direct call)
        return ""
    for w in words:
        if text.startswith(w, at):
            return w
    return ""


def first_ending(text: str, words: tuple[str, ...]) -> str:
    """The first of ``words`` that ``text`` ends with, '' if none: ``next((w for w in words if text.endswith(w)), "")``,
    decided first by one ``str.endswith`` with the whole tuple (see ``first_opening``)."""
    if not text.endswith(words):
        return ""
    for w in words:
        if text.endswith(w):
            return w
    return ""
