"""Regular expressions compiled faster: a character class's map marked and numbered by runs.

The package compiles some 900 patterns, most with a class of Chinese characters ([\u4e00-\u9fff]:
``HAN``) or of Chinese punctuation. Python's compiler (re/_compiler.py, ``_optimize_charset``) marks
a range in its map of the BMP one character at a time (a Python loop of ~21,000 steps per HAN
class) and then numbers the map's 256 chunks of 256 characters one slice at a time: together about
half of a corpus run's start-up (imports and warm-up) and again in every worker for the patterns it
first uses (callgrind: 5,558 M instructions of start-up before, 2,986 M after the first alone).
``install`` puts in its place the same function with a range marked by one slice assignment and a
run of chunks all outside (or all inside) the class numbered at once. A class compiled with
IGNORECASE (each character case-folded) is left to the standard library, and a class compiles to
the same program (tests/test_charsets.py compares the two on every pattern the package has compiled
and on random classes). Imports the standard library only: it runs before the rest of the package.
"""
from __future__ import annotations

import sys
from typing import Any

try:
    from re import _compiler  # type: ignore[attr-defined]  # (private: typeshed leaves it out)
    from re._constants import BIGCHARSET, CHARSET, LITERAL, NEGATE, RANGE
except ImportError:  # another Python's layout of the re package: its own compiler is kept
    _compiler = None  # type: ignore[assignment]

VERSIONS = ((3, 11),)  # the Pythons whose _optimize_charset this was checked against (another keeps its own)
_UNIFORM = (bytes(256), b"\1" * 256)  # a chunk of the map with no character of the class, and one of all
_ORIGINAL: Any = getattr(_compiler, "_optimize_charset", None)


def optimize_charset(charset: list, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> tuple[list, bool]:
    """``re._compiler._optimize_charset``: the same list of class items, made faster (see the module's docstring)."""
    if fixup:  # IGNORECASE: each character case-folded, as the standard library does
        return _ORIGINAL(charset, iscased, fixup, fixes)
    out: list = []
    tail: list = []
    charmap = bytearray(256)
    for op, av in charset:
        while True:
            try:
                if op is LITERAL:
                    charmap[av] = 1
                elif op is RANGE:  # as charmap[i] = 1 for i in range(lo, hi + 1), to the IndexError past the map's end
                    lo, hi = av
                    end = min(hi + 1, len(charmap))
                    if lo < end:
                        charmap[lo:end] = b"\1" * (end - lo)
                    if hi >= len(charmap):
                        raise IndexError
                elif op is NEGATE:
                    out.append((op, av))
                else:
                    tail.append((op, av))
            except IndexError:
                if len(charmap) == 256:  # characters past 255: the map grows to the BMP, and the item is done again
                    charmap += b"\0" * 0xff00
                    continue
                tail.append((op, av))  # past the BMP: its BMP characters are marked, the item kept as it is
            break
    return _compress(charset, charmap, out, tail), False


def _compress(charset: list, charmap: bytearray, out: list, tail: list) -> list:
    """The standard library's compression of the character map (re/_compiler.py, no case folding), with a run of
    chunks that are all 0 or all 1 numbered at once."""
    runs: list | None = []
    q = 0
    while True:
        p = charmap.find(1, q)
        if p < 0:
            break
        if len(runs) >= 2:  # type: ignore[arg-type]
            runs = None
            break
        q = charmap.find(0, p)
        if q < 0:
            runs.append((p, len(charmap)))  # type: ignore[union-attr]
            break
        runs.append((p, q))  # type: ignore[union-attr]
    if runs is not None:
        for p, q in runs:
            out.append((LITERAL, p) if q - p == 1 else (RANGE, (p, q - 1)))
        out += tail
        return out if len(out) < len(charset) else charset
    if len(charmap) == 256:
        out.append((CHARSET, _compiler._mk_bitmap(charmap)))
        return out + tail
    whole = bytes(charmap)
    comps: dict[bytes, int] = {}
    mapping = bytearray(256)
    block = 0
    data = bytearray()
    k = 0  # the chunk of 256 characters in hand: a run of chunks all 0 or all 1 is numbered at once
    while k < 256:
        chunk = whole[k * 256: k * 256 + 256]
        found = comps.get(chunk)
        if found is None:
            found = comps[chunk] = block
            block += 1
            data += chunk
        last = k + 1
        if chunk == _UNIFORM[chunk[0]]:  # the chunks up to the first character of the other value are this one
            other = whole.find(chunk[0] ^ 1, k * 256)
            last = 256 if other < 0 else other // 256
        mapping[k:last] = bytes((found,)) * (last - k)
        k = last
    codes = _compiler._mk_bitmap(data)
    codes[0:0] = [block] + _compiler._bytes_to_codes(mapping)
    out.append((BIGCHARSET, codes))
    return out + tail


def install() -> bool:
    """Compile patterns with ``optimize_charset`` from now on, in this Python if it is one whose
    compiler this copies; True when it is in place."""
    if _ORIGINAL is None or sys.version_info[:2] not in VERSIONS:
        return False
    _compiler._optimize_charset = optimize_charset
    return True
