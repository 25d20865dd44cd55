"""Where any of a few characters stands in a long text, found with plain searches.

Python's ``re`` checks a character class (``[。！？；]``, ``[万亿千百]``) against every character of
the text in turn; ``str.find`` for one character runs a vectorised search instead. For the few
characters a pass over a whole report looks for (sentence ends, multipliers), one search per
character and a merge is several times faster than the class, with the same positions. Over a
whole report and six characters or more (the digits a figure starts with), one look-up table
over the text's code points (numpy) is faster still: one pass, not one per character. numpy is
used only where the process has loaded it already (for pandas' frames): a corpus worker never
imports it (a third of its start-up), and reads the same positions with the plain searches.
"""
from __future__ import annotations

import sys
from typing import Any, Final

LONG_SPAN: Final = 4000  # from this many characters on, several characters are found by a table (numpy)
MANY_CHARS: Final = 6  # from this many characters on (a plain search is one pass per character)
_TABLES: Final[dict[str, Any]] = {}  # chars -> their table of 65536 flags (None: not for a table)


def char_positions(text: str, chars: str, start: int = 0, end: int = -1) -> list[int]:
    """The offsets of every character of ``chars`` in ``text[start:end]`` (``end`` -1: to the
    end), in text order: what ``[m.start() for m in re.finditer("[" + chars + "]", …)]`` gives."""
    stop = len(text) if end < 0 else min(end, len(text))
    if stop - start >= LONG_SPAN and start >= 0 and len(chars) >= MANY_CHARS and "numpy" in sys.modules:
        found = _table_positions(text, chars, start, stop)
        if found is not None:
            return found
    found = []
    for ch in chars:
        k = text.find(ch, start, stop)
        while k >= 0:
            found.append(k)
            k = text.find(ch, k + 1, stop)
    found.sort()
    return found


def _table_positions(text: str, chars: str, start: int, stop: int) -> list[int] | None:
    """``char_positions`` by one table look-up per character of the text; None for ``chars``
    a table does not serve (a character twice, as the searches would list it twice, or one
    beyond U+FFFE)."""
    np: Any = sys.modules["numpy"]
    if chars not in _TABLES:
        usable = len(set(chars)) == len(chars) and all(ord(c) < 0xFFFF for c in chars)
        table = np.zeros(0x10000, dtype=bool) if usable else None
        if table is not None:
            table[[ord(c) for c in chars]] = True
        _TABLES[chars] = table
    table = _TABLES[chars]
    if table is None:
        return None
    codes = np.frombuffer(text[start:stop].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    hits = np.flatnonzero(table[np.minimum(codes, 0xFFFF)])  # (a character beyond the BMP: U+FFFF, in no table)
    if start:
        hits += start
    found: list[int] = hits.tolist()
    return found
