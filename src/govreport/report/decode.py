"""Bytes of unknown encoding into text: BOMs, UTF-8/16, GBK/GB18030 and Big5 saved from
government sites, with a check that the result is plausible Chinese and not binary.
"""
from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from pathlib import Path

from govreport.errors import GovReportError, warn
from govreport.report.fold import fold_for_scan


_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_CONTROL_BYTES = frozenset(set(range(0x00, 0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B} | {0x7F})
# Both are counted in C (every report passes here; a Python loop per character took most of the time of reading a report):
_CONTROL_BYTES_TEXT = bytes(sorted(_CONTROL_BYTES))  # for bytes.translate, which deletes them
# the control characters (category Cc: U+0000-U+001F and U+007F-U+009F, fixed by Unicode's stability
# policy) but the layout ones
_CONTROL_CHARS = re.compile("[" + "".join(f"\\x{i:02x}" for i in range(0x100)
                                           if unicodedata.category(chr(i)) == "Cc" and chr(i) not in "\t\n\r\f\x1b") + "]")
# the same characters as bytes: every one is below U+0100, so a text's Latin-1 bytes (the rest
# left out) hold them all, and bytes.translate counts them without a pattern tried at every character
_CONTROL_CHARS_LATIN1 = bytes(i for i in range(0x100)
                              if unicodedata.category(chr(i)) == "Cc" and chr(i) not in "\t\n\r\f\x1b")


_MIN_PLAUSIBLE = 0.5  # share of non-ASCII characters that must be common Chinese characters/punctuation


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str, bool]:
    """Decode a report's bytes; return ``(text, encoding, had_bom)``.

    Order: a BOM decides; NUL or control bytes mean a binary file (unless the bytes are
    BOM-less UTF-16); strict UTF-8; then the most plausible of GB18030, Big5 and
    charset-normalizer's guess, where plausible means that the non-ASCII characters are
    mostly common Chinese characters and punctuation. (charset-normalizer alone misreads
    short GBK texts, e.g. ``'政府工作报告'.encode('gbk')`` as Korean cp949.)
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise GovReportError(path, f"undecodable {codec.split('-sig')[0]} bytes at byte {exc.start}") from None
            _check_not_binary(text, path)
            return text.lstrip("\ufeff"), codec.split("-sig")[0], True
    if b"\x00" in data:
        text_encoding = _bomless_utf16(data)
        if text_encoding is None:
            raise GovReportError(path, "binary file, not text (contains NUL bytes)")
        return text_encoding[0], text_encoding[1], False
    head = data[:65536]
    if len(head) - len(head.translate(None, _CONTROL_BYTES_TEXT)) > 0.05 * len(head):
        raise GovReportError(path, "binary file, not text (mostly control bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3 and exc.start > 0:
            try:  # cut in the middle of its last character (a broken download or copy)
                text = data[:exc.start].decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                _check_not_binary(text, path)
                warn(path, f"ends in the middle of a UTF-8 character; its last {len(data) - exc.start} "
                           "byte(s) were dropped")
                return text, "utf-8", False
    else:
        _check_not_binary(text, path)
        return text, "utf-8", False
    best = _best_legacy_decoding(data)
    if best is None:
        raise GovReportError(
            path, f"undecodable bytes: not UTF-8 (bad byte at {utf8_error}), UTF-16, GB18030 or Big5 Chinese text"
        )
    text, encoding = best
    _check_not_binary(text, path)
    return text, encoding, False


def _best_legacy_decoding(data: bytes) -> tuple[str, str] | None:
    """The most plausible Chinese decoding among GB18030, Big5 and charset-normalizer's guess."""
    candidates: list[tuple[str, str]] = []
    try:
        candidates.append((data.decode("gb18030"), _gb_family_name(data)))
    except UnicodeDecodeError:
        pass
    try:
        candidates.append((data.decode("cp950"), "big5"))
    except UnicodeDecodeError:
        pass
    guess = _charset_normalizer_guess(data)
    if guess is not None and guess[1] not in {name for _, name in candidates}:
        candidates.append(guess)
    scored = [(plausibility(text), -i, text, name) for i, (text, name) in enumerate(candidates)]
    if not scored:
        return None
    score, _, text, name = max(scored)  # ties go to the earlier candidate (GB18030 first)
    return (text, name) if score >= _MIN_PLAUSIBLE else None


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best decoding (e.g. Big5-HKSCS, which plain Big5 cannot read)."""
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        return None
    codec = match.encoding
    if codec in {"gb2312", "gbk", "gb18030", "hz"}:  # GB family: decode as its superset
        codec = "gb18030"
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    name = _gb_family_name(data) if codec == "gb18030" else codecs.lookup(codec).name.replace("_", "-")
    return text, {"cp950": "big5"}.get(name, name)


def _gb_family_name(data: bytes) -> str:
    """The narrowest of gb2312 / gbk / gb18030 that decodes the bytes (all decode as GB18030)."""
    for name in ("gb2312", "gbk"):
        try:
            data.decode(name)
            return name
        except UnicodeDecodeError:
            continue
    return "gb18030"


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM, accepted only when it decodes to plausible Chinese text."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _control_share(text) < 0.01 and any(_is_cjk(c) for c in text) and plausibility(text) >= 0.9:
            return text, "utf-16"
    return None


def _check_not_binary(text: str, path: str | Path) -> None:
    if _control_share(text) > 0.05:
        raise GovReportError(path, "binary file, not text (mostly control characters)")


def _control_share(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    latin1 = sample.encode("latin-1", "ignore")
    return (len(latin1) - len(latin1.translate(None, _CONTROL_CHARS_LATIN1))) / len(sample)


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def plausibility(text: str) -> float:
    """Share of the non-ASCII characters that are common Chinese characters or punctuation.

    "Common" means GB2312 level 1 (the 3,755 most used characters) or a symbol row of GB2312,
    after folding traditional to simplified, so Big5 and GBK texts score alike; bytes decoded
    with the wrong codec give rare characters and score low.
    """
    sample = [c for c in text[:20000] if ord(c) > 0x7F]
    if not sample:
        return 1.0
    common = 0
    for c, folded in zip(sample, fold_for_scan("".join(sample))):
        common += _is_common_gb2312(folded) or _is_common_gb2312(c)
    return common / len(sample)


@functools.cache
def _is_common_gb2312(c: str) -> bool:
    try:
        b = c.encode("gb2312")
    except UnicodeEncodeError:
        return c in "\u2014\u00b7\u3000\ufeff\xa0" or "\uff01" <= c <= "\uff5e"
    return len(b) == 2 and (0xA1 <= b[0] <= 0xA9 or 0xB0 <= b[0] <= 0xD7)


def detect_line_endings(text: str) -> str:
    """``"crlf"`` (Windows), ``"cr"`` (old Mac) or ``"lf"``: whichever the text uses most."""
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    return max((lf, 2, "lf"), (crlf, 1, "crlf"), (cr, 0, "cr"))[2]


def normalise_line_endings(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
