"""The scan copy: the text folded, character for character, for pattern matching.

Full-width digits and letters, traditional characters and look-alike marks become the forms
the patterns expect; the copy has the same length as the text, so every offset found in it
is an offset into the text.
"""
from __future__ import annotations

import functools
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any, Final

from govreport.lexicon import read_rows


def fold_for_scan(text: str) -> str:
    """A copy of ``text`` for pattern matching, the same length, one character for one.

    Full-width ASCII (``２０．５％``) becomes ASCII, the ideographic space a space, other
    decimal digits (Arabic-Indic, mathematical…) ASCII digits, and a traditional character
    its simplified form where that is one character (``億`` → ``亿``), so patterns written
    for simplified, half-width text match and their spans are valid on ``text``.

    Only about one character in two hundred changes, so one compiled character class finds
    them and Python code runs for those alone (``str.translate`` looks up every character).

    >>> fold_for_scan("增長２０．５％")
    '增长20.5%'
    """
    pattern, folds = _scan_folds()
    traditional = _traditional_pattern()[1]
    changes = [False]  # whether simplified() would find a character to fold (all of them are among these)

    def fold_char(c: str) -> str:
        if not changes[0] and (c in traditional or c > "\uffff"):
            changes[0] = True
        folded = folds.get(c)
        if folded is None:  # outside the BMP and not in the table: a decimal digit or unchanged
            digit = unicodedata.decimal(c, None)
            folded = c if digit is None else chr(ord("0") + digit)
        return folded

    def fold(m: re.Match[str]) -> str:
        return fold_char(m.group())

    if len(text) < LONG_TEXT or "numpy" not in sys.modules:  # (numpy only where pandas' frames loaded it: never in a corpus worker)
        scan = pattern.sub(fold, text)
    else:  # a whole report: the characters that fold found by a table look-up over all the text at once
        at = _fold_positions(text)
        if not at:
            scan = text  # (as pattern.sub gives when nothing matches)
        else:
            pieces: list[str] = []
            last = 0
            for pos in at:
                pieces.append(text[last:pos])
                pieces.append(fold_char(text[pos]))
                last = pos + 1
            pieces.append(text[last:])
            scan = "".join(pieces)
    _LAST_FOLDED[:] = [(text, changes[0])]
    return scan


LONG_TEXT: Final = 4096  # from this length on, fold_for_scan finds its characters with numpy (``_fold_positions``)


def _fold_positions(text: str) -> list[int]:
    """Where ``_scan_folds``' class matches in ``text``, in order: every character of the table
    in the BMP and every character beyond it. One look-up table over the code points (numpy,
    a few operations per character) instead of ``re`` testing each character against a class of
    thousands (several times slower over a whole report); the same positions."""
    np: Any = sys.modules["numpy"]
    if not _FOLD_TABLE:
        table = np.zeros(0x10000, dtype=bool)
        table[[ord(c) for c in _scan_folds()[1] if ord(c) < 0x10000]] = True
        _FOLD_TABLE.append(table)
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) == 2 * len(text):  # no character beyond the BMP (nearly every text): one code unit each
        return _bmp_fold_positions(np, units)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    hits = _FOLD_TABLE[0][np.minimum(codes, 0xFFFF)] | (codes > 0xFFFF)
    return [int(k) for k in np.flatnonzero(hits).tolist()]


def _bmp_fold_positions(np: Any, units: bytes) -> list[int]:
    """``_fold_positions`` of a text whose UTF-16 code units are its characters: the table looked
    up at each unit as it is (no UTF-32 copy twice the size, no clamping, no test for characters
    beyond the BMP: a third of the time of the general way, over a whole report)."""
    positions: list[int] = np.flatnonzero(_FOLD_TABLE[0][np.frombuffer(units, dtype="<u2")]).tolist()
    return positions


_FOLD_TABLE: Final[list] = []  # the BMP characters _scan_folds' class holds, as a table of 65536 flags (made once)


# the text fold_for_scan folded last, and whether it holds a character simplified() folds: the
# tables ask simplified() of the whole text again (is it traditional?), a second pass saved
_LAST_FOLDED: Final[list[tuple[str, bool]]] = []
_DECIMAL: Final = re.compile(r"\d")  # a str pattern's \d: str.isdecimal, character by character


@functools.cache
def _scan_folds() -> tuple[re.Pattern[str], dict[str, str]]:
    """The characters that may fold, as one character class, and what they fold to.

    The class holds every BMP character that folds plus the whole range beyond the BMP: a
    character class of astral characters makes ``re`` fall back to a slow search, and listing
    the astral decimal digits would mean walking all of Unicode at start-up. ``fold_for_scan``
    leaves an astral character that is neither in the table nor a digit unchanged.
    """
    table: dict[int, int] = dict(_traditional_to_simplified())
    # non-ASCII decimal digits: listed here in the BMP (str.isdecimal holds exactly where
    # unicodedata.decimal has a value), found by fold_for_scan itself beyond it
    bmp_digits = [ord(c) for c in _DECIMAL.findall("".join(map(chr, range(0x80, 0x10000))))]  # (\d is str.isdecimal: one pass in C)
    for code in [*table, *bmp_digits]:
        digit = unicodedata.decimal(chr(code), None)
        if digit is not None and code > 0x7F:
            table[code] = ord("0") + digit
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block
        table[code] = code - 0xFEE0
    # the full-width comma separates list items (12，345 is two figures), never thousands
    del table[0xFF0C]
    table[0x3000] = ord(" ")
    for row in read_rows("scan_folds.csv", strip=False):
        table[int(row["codepoint"].removeprefix("U+"), 16)] = ord(row["folds_to"])
    bmp = "".join(chr(code) for code in sorted(table) if code < 0x10000)
    pattern = re.compile(f"[{re.escape(bmp)}\U00010000-\U0010FFFF]")
    return pattern, {chr(k): chr(v) for k, v in table.items()}


def simplified(text: str) -> str:
    """``text`` with traditional characters folded to simplified, one for one (same length).

    Unlike ``fold_for_scan`` nothing else changes (full-width punctuation stays), so words
    written for simplified text match and any slice of the result maps back to ``text``.

    >>> simplified("總產值３億元")
    '总产值３亿元'
    """
    if _LAST_FOLDED and _LAST_FOLDED[0][0] is text and not _LAST_FOLDED[0][1]:
        return text  # fold_for_scan met none of its characters in this very text
    pattern, table = _traditional_pattern()
    if pattern.search(text) is None:  # simplified text (the usual case): one pass in C
        return text
    return pattern.sub(lambda m: table.get(m.group(), m.group()), text)


@functools.cache
def _traditional_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """The traditional characters as one class (with all of beyond-the-BMP, as in _scan_folds,
    where a listed class would make ``re`` slow), and their simplified forms."""
    table = {chr(k): chr(v) for k, v in _traditional_to_simplified().items()}
    bmp = "".join(sorted(c for c in table if ord(c) < 0x10000))
    return re.compile(f"[{re.escape(bmp)}\U00010000-\U0010FFFF]"), table


@functools.cache
def _traditional_to_simplified() -> dict[int, int]:
    """OpenCC's character table, kept only where one traditional character is one simplified.

    OpenCC's first choice is taken (``於`` → ``于``, ``徵`` → ``征``), except for a character that
    is itself common in simplified text (GB2312 level 1, e.g. ``乾`` as in 乾坤) or a rarer one that
    is standard simplified all the same (data/fold_keeps.csv: ``吒`` as in 哪吒), which stays.
    """
    import opencc

    folder = Path(opencc.__file__).resolve().parent / "dictionary"
    keeps = {row["char"] for row in read_rows("fold_keeps.csv")}
    table: dict[int, int] = {}
    for key, first in _one_to_one(folder / "TSCharacters.txt"):
        if not _is_level1_simplified(key) and key not in keeps:
            table[ord(key)] = ord(first)
    # Hong Kong and Taiwan variant forms (衞 for 衛): to the standard form, then to simplified
    for name in ("HKVariantsRev.txt", "TWVariantsRev.txt"):
        for key, standard in _one_to_one(folder / name):
            folded = chr(table.get(ord(standard), ord(standard)))
            if ord(key) not in table and folded != key and not _is_level1_simplified(key) and key not in keeps:
                table[ord(key)] = ord(folded)
    return table


def _one_to_one(source: Path) -> list[tuple[str, str]]:
    """(character, first choice) from an OpenCC dictionary, where both are one character."""
    pairs: list[tuple[str, str]] = []
    if not source.is_file():
        return pairs
    with open(source, encoding="utf-8") as f:
        for line in f:
            key, _, values = line.rstrip("\n").partition("\t")
            candidates = values.split()
            if len(key) == 1 and candidates and len(candidates[0]) == 1 and candidates[0] != key:
                pairs.append((key, candidates[0]))
    return pairs


def _is_level1_simplified(c: str) -> bool:
    """A character among GB2312's 3,755 most common (level 1): common in simplified text."""
    b = c.encode("gb2312", "replace")  # (one it cannot encode is b"?": no exception raised and caught for each of thousands)
    return len(c) == 1 and len(b) == 2 and 0xB0 <= b[0] <= 0xD7
