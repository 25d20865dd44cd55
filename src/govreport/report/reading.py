"""Reading a report file into text: encoding, line endings, HTML pages, and the scan copy.

A report arrives as bytes of unknown encoding (UTF-8 with or without BOM, UTF-16, GBK/GB18030
saved from a government site, Big5 for traditional-character reports) and sometimes as an HTML
page. ``load_text`` turns it into one ``str`` whose character offsets every later step uses;
``fold_for_scan`` makes a same-length copy for pattern matching.

>>> text, info = load_text("data/raw/jinbi_2024.txt")
>>> info["encoding"], info["format"]
('utf-8', 'text')
"""
from __future__ import annotations

import codecs
import functools
import json
import os
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from govreport.errors import GovReportError, warn
from govreport.report.formats import extract, sniff
from govreport.lexicon import read_rows


_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = frozenset(set(range(0x00, 0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B} | {0x7F})
DEFAULT_MAX_INPUT_MB = 128
_MIN_PLAUSIBLE = 0.5  # share of non-ASCII characters that must be common Chinese characters/punctuation


# --- reading -------------------------------------------------------------------------------


def load_text(path: str | Path) -> tuple[str, dict[str, Any]]:
    """Read a report file; return its text (``\\n`` line ends) and how it was stored.

    The encoding is found from the bytes, never from the extension; an HTML page (found from
    its content) is reduced to the report's text, one block element per line; so are a Word
    document and a PDF (found from their first bytes; see govreport.report.formats). ``info`` is
    ``{"encoding", "format": "text"|"html"|"docx"|"pdf"|"doc", "bom", "line_endings": "lf"|"crlf"|"cr"}``.
    """
    data = read_bytes(path)
    kind = sniff(data)
    if kind is not None:  # a Word document or a PDF: its text, one paragraph a line
        text, info = extract(kind, data, str(path))
        if not text.strip():
            raise GovReportError(path, f"{kind.upper()} file without any text")
        return text, info
    raw, encoding, bom = decode_bytes(data, path)
    line_endings = detect_line_endings(raw)
    raw = normalise_line_endings(raw)
    info: dict[str, Any] = {"encoding": encoding, "format": "text", "bom": bom, "line_endings": line_endings}
    if looks_like_html(raw):
        info["format"] = "html"
        text = html_to_text(raw)
        if not text.strip():
            raise GovReportError(path, "HTML page without any text")
        return text, info
    if not raw.strip(" \t\n\u3000\ufeff\xa0"):
        raise GovReportError(path, "empty file (only whitespace)")
    return raw, info


def max_input_bytes() -> int:
    """The largest input read (``GOVREPORT_MAX_INPUT_MB``, default 128 MiB): a real report is
    well under 1 MiB, and a stream that never ends (``/dev/zero``) must not fill the memory."""
    text = os.environ.get("GOVREPORT_MAX_INPUT_MB", "")
    try:
        mb = float(text) if text else DEFAULT_MAX_INPUT_MB
    except ValueError:
        mb = DEFAULT_MAX_INPUT_MB
    return int(mb * 2**20)


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or a one-line GovReportError saying why they cannot be had."""
    p = Path(path)
    if not p.exists():
        raise GovReportError(path, "no such file")
    if p.is_dir():
        raise GovReportError(path, "is a folder, not a report file")
    limit = max_input_bytes()
    try:
        with open(p, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise GovReportError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise GovReportError(path, f"larger than the {limit / 2**20:g} MiB input limit "
                                   "(set GOVREPORT_MAX_INPUT_MB to read it anyway)")
    if not data:
        raise GovReportError(path, "empty file")
    return data


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
    if sum(b in _CONTROL_BYTES for b in head) > 0.05 * len(head):
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
    return sum(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\x1b" for c in sample) / len(sample)


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


# --- line endings --------------------------------------------------------------------------


def detect_line_endings(text: str) -> str:
    """``"crlf"`` (Windows), ``"cr"`` (old Mac) or ``"lf"``: whichever the text uses most."""
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    return max((lf, 2, "lf"), (crlf, 1, "crlf"), (cr, 0, "cr"))[2]


def normalise_line_endings(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- HTML ----------------------------------------------------------------------------------

_HTML_SIGNS = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"<(p|div|br|table|h[1-6]|li|span|meta|title)\b[^<>]*/?>", re.IGNORECASE)
# Elements that are never part of a report's text.
_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "nav", "aside", "form", "button", "select", "input", "textarea", "head",
)
_PAGE_BANDS = ("header", "footer")  # the page's banner and footer, but not an article's own header
# class/id words marking site furniture (menus, breadcrumbs, share bars, footers).
_FURNITURE = re.compile(
    r"(^|[-_\s])(nav|navbar|menu|breadcrumb|crumbs?|footer|foot|sidebar|share|copyright|banner|"
    r"toolbar|topbar|skip|search|login|friendlink|links)([-_\s]|$)",
    re.IGNORECASE,
)
_BLOCKS = frozenset(
    "address article blockquote body center dd details dialog div dl dt fieldset figcaption figure "
    "h1 h2 h3 h4 h5 h6 hr html li main ol p pre section summary table tbody thead tfoot tr caption "
    "title ul".split()
)
_CELLS = frozenset({"td", "th"})


def looks_like_html(text: str) -> bool:
    """True for an HTML page: a doctype/html/body/head tag, or several block tags near the top."""
    head = text[:8192]
    return bool(_HTML_SIGNS.search(head)) or len(_BLOCK_TAG.findall(head)) >= 3


def html_to_text(html: str) -> str:
    """The report's text from an HTML page: furniture dropped, one block element per line.

    The content is the element holding the most paragraph text (the idea behind readability);
    a heading just before it (the report's title) is kept. Whitespace runs inside a line
    become one space; blank lines go.
    """
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(html, "lxml")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_PAGE_BANDS):
        if tag.find_parent(("article", "main")) is None:
            tag.decompose()
    for tag in soup.find_all(_is_furniture):
        tag.decompose()
    _drop_link_lists(soup)
    root = _content_root(soup)
    lines = _drop_repeated_short_lines(_block_lines(root))
    title = _title_before(root)
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    return "\n".join(lines) + ("\n" if lines else "")


def _is_furniture(tag: Any) -> bool:
    if tag.name in ("html", "body") or tag.attrs is None:
        return False
    words = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
    if not words or not _FURNITURE.search(words) or tag.name in ("p", "h1", "h2", "h3"):
        return False
    return len(tag.get_text(strip=True)) < 2000  # a menu is short; a mislabelled wrapper is not


_LINK_SHARE = 0.5  # a block whose text is mostly link text is a menu or a link list …
_MIN_LINKS = 3  # … when it holds at least this many links (a report may cite one or two)
_REPEATS = 3  # a short line met this often is page furniture (首页, 返回顶部, 打印本页)
_SHORT = 20
_SPEECH_MARKS = re.compile(r"[。！？：；!?:;]")  # 各位代表： may recur; 返回顶部 has no such mark


def _drop_link_lists(soup: Any) -> None:
    """Remove menus, link lists and link-heavy footers found by link density, not by name.

    One pass over the tree adds up, for every element, its text length, the length of the
    text inside links and the number of links; then, children before parents, every element
    that is mostly links is removed and its sizes taken off its ancestors, so that a wrapper
    holding both a menu and the report is judged on the report alone (a site's menus can be
    longer than the report itself).
    """
    from bs4 import NavigableString, Tag

    body = soup.body or soup
    sizes: dict[int, tuple[int, int, int]] = {}
    order: list[Any] = []

    def measure(node: Any, in_link: bool) -> tuple[int, int, int]:
        text = link = links = 0
        for child in node.children:
            if isinstance(child, Tag):
                inside = in_link or child.name == "a"
                t, l, n = measure(child, inside)
                text, link, links = text + t, link + l, links + n + (child.name == "a" and not in_link)
            elif isinstance(child, NavigableString) and type(child) is NavigableString:
                n_chars = len(child.strip())
                text += n_chars
                link += n_chars if in_link else 0
        sizes[id(node)] = (text, link, links)
        order.append(node)
        return text, link, links

    depth = sys.getrecursionlimit()
    sys.setrecursionlimit(max(depth, 10000))
    try:
        measure(body, False)
    finally:
        sys.setrecursionlimit(depth)
    for node in order:  # children before parents: a wrapper is judged without the menus it held
        if node is body or node.name in ("a", "html", "body"):
            continue
        text, link, links = sizes[id(node)]
        if links >= _MIN_LINKS and text and link >= _LINK_SHARE * text:
            for parent in node.parents:
                if id(parent) in sizes:
                    t, l, n = sizes[id(parent)]
                    sizes[id(parent)] = (t - text, l - link, n - links)
            node.extract()


def _drop_repeated_short_lines(lines: list[str]) -> list[str]:
    """Lines such as 首页 or 返回顶部 met again and again in a page are its furniture (a line
    with a sentence mark, such as 各位代表：, is the report's own even when it recurs)."""
    from collections import Counter

    counts = Counter(line for line in lines if len(line) <= _SHORT and not _SPEECH_MARKS.search(line))
    return [line for line in lines if counts.get(line, 0) < _REPEATS]


def _content_root(soup: Any) -> Any:
    """The element whose direct <p>/<div> children hold the most text, if it holds most of it."""
    body = soup.body or soup
    total = len(body.get_text(strip=True))
    best, best_len = body, 0
    for tag in body.find_all(True):
        n = sum(len(child.get_text(strip=True)) for child in tag.find_all(("p", "div", "br"), recursive=False))
        if n > best_len:
            best, best_len = tag, n
    if best is not body and total and best_len >= 0.5 * total:
        return best
    return body


def _title_before(root: Any) -> str:
    """The nearest h1/h2 before the content element (a report's title often sits outside it)."""
    if root.name in ("body", "[document]"):
        return ""
    heading = root.find_previous(("h1", "h2"))
    return _squash(heading.get_text(" ")) if heading is not None else ""


def _block_lines(root: Any) -> list[str]:
    from bs4 import NavigableString, Tag

    parts: list[str] = []

    def walk(node: Any) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                if child.name == "br":
                    parts.append("\n")
                elif child.name == "pre":  # preformatted: its own line breaks are the paragraphs
                    parts.append("\n" + child.get_text() + "\n")
                elif child.name in _BLOCKS:
                    parts.append("\n")
                    walk(child)
                    parts.append("\n")
                elif child.name in _CELLS:
                    parts.append(" ")
                    walk(child)
                    parts.append(" ")
                else:
                    walk(child)
            elif isinstance(child, NavigableString) and type(child) is NavigableString:
                parts.append(re.sub(r"[ \t\n\r\f]+", " ", str(child)))

    walk(root)
    lines = (_squash(line) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def _squash(line: str) -> str:
    """One line: runs of spaces made one, indentation (incl. ideographic/no-break spaces) trimmed."""
    return re.sub(r"[ \t]{2,}", " ", line).strip(" \t\u3000\xa0")


def write_extracted(report: Any, path: str | Path) -> None:
    """Write the text all offsets refer to (for an HTML page, the extracted text), atomically."""
    from govreport.outputs import write_text_atomic

    write_text_atomic(path, report.text)


# --- metadata ------------------------------------------------------------------------------


def metadata_path(path: str | Path) -> Path:
    """The metadata file beside a report: same stem, ``.json``."""
    return Path(path).with_suffix(".json")


def load_metadata(path: str | Path) -> dict[str, Any]:
    """The JSON object in ``<stem>.json`` beside the report, or ``{}`` when there is none."""
    meta_path = metadata_path(path)
    if not meta_path.is_file():
        return {}
    try:
        meta = json.loads(meta_path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise GovReportError(meta_path, f"metadata is not UTF-8 (bad byte at {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise GovReportError(meta_path, f"invalid JSON metadata: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:  # a number of thousands of digits, nesting too deep
        raise GovReportError(meta_path, f"invalid JSON metadata: {str(exc).splitlines()[0][:80]}") from None
    except OSError as exc:
        raise GovReportError(meta_path, f"cannot read metadata: {exc.strerror or exc}") from None
    if not isinstance(meta, dict):
        raise GovReportError(meta_path, f"metadata must be a JSON object, not {type(meta).__name__}")
    return validate_metadata(meta, meta_path)


LEVELS = ("national", "provincial", "city", "county", "township")
YEARS = range(1949, 2100)  # plausible years of a report of the People's Republic
_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@functools.cache
def metadata_schema() -> dict[str, str]:
    """Known metadata keys and their types (``data/metadata_schema.csv``): year, string, level, date."""
    return {row["key"]: row["type"] for row in read_rows("metadata_schema.csv")}


def validate_metadata(meta: dict[str, Any], path: str | Path = "<metadata>") -> dict[str, Any]:
    """The metadata with known keys checked against the schema; one-line error for a wrong type.

    A year may be written as a string (``"2024"`` is read as 2024) but must be a whole number
    in a plausible range (``true`` is not a year); strings must be strings; a ``null`` or empty
    value counts as absent. Keys the schema does not know are kept as they are.
    """
    schema = metadata_schema()
    out: dict[str, Any] = {}
    for key, value in meta.items():
        kind = schema.get(key)
        if kind is None or value is None or value == "":
            out[key] = value
            continue
        if kind == "year":
            out[key] = _year(value, key, path)
        elif not isinstance(value, str):
            raise GovReportError(path, f"metadata {key!r} must be a string, not {_json_type(value)}")
        elif kind == "level" and value not in LEVELS:
            raise GovReportError(path, f"metadata 'level' must be one of {', '.join(LEVELS)}, not {value!r}")
        elif kind == "date":
            m = _DATE.fullmatch(value.strip())
            if not m or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
                raise GovReportError(path, f"metadata {key!r} must be a date YYYY-MM-DD, not {value!r}")
            out[key] = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        else:
            out[key] = value.strip()
    return out


def _year(value: Any, key: str, path: str | Path) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str, float)):
        raise GovReportError(path, f"metadata {key!r} must be a year (a whole number), not {_json_type(value)}")
    if isinstance(value, str):
        text = value.strip()
        if not re.fullmatch(r"\d{1,6}", text):  # ASCII digits only, and short: never a huge number
            raise GovReportError(path, f"metadata {key!r} must be a year, not {value!r}")
        value = int(text)
    elif isinstance(value, float):
        if not value.is_integer():
            raise GovReportError(path, f"metadata {key!r} must be a whole year, not {value!r}")
        value = int(value)
    if value not in YEARS:
        shown = str(value) if len(str(value)) <= 12 else str(value)[:12] + "…"
        raise GovReportError(path, f"metadata {key!r} must be a year from {YEARS.start} to {YEARS.stop - 1}, not {shown}")
    return value


def _json_type(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    return {bool: "true/false", int: "a number", float: "a number", str: "a string", list: "a list",
            dict: "an object"}.get(type(value), type(value).__name__)


# --- the scan copy -------------------------------------------------------------------------


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

    def fold(m: re.Match[str]) -> str:
        c = m.group()
        folded = folds.get(c)
        if folded is None:  # outside the BMP and not in the table: a decimal digit or unchanged
            digit = unicodedata.decimal(c, None)
            folded = c if digit is None else chr(ord("0") + digit)
        return folded

    return pattern.sub(fold, text)


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
    bmp_digits = [code for code in range(0x80, 0x10000) if chr(code).isdecimal()]
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
    is itself common in simplified text (GB2312 level 1, e.g. ``乾`` as in 乾坤), which stays.
    """
    import opencc

    folder = Path(opencc.__file__).resolve().parent / "dictionary"
    table: dict[int, int] = {}
    for key, first in _one_to_one(folder / "TSCharacters.txt"):
        if not _is_level1_simplified(key):
            table[ord(key)] = ord(first)
    # Hong Kong and Taiwan variant forms (衞 for 衛): to the standard form, then to simplified
    for name in ("HKVariantsRev.txt", "TWVariantsRev.txt"):
        for key, standard in _one_to_one(folder / name):
            folded = chr(table.get(ord(standard), ord(standard)))
            if ord(key) not in table and folded != key and not _is_level1_simplified(key):
                table[ord(key)] = ord(folded)
    return table


def _one_to_one(source: Path) -> list[tuple[str, str]]:
    """(character, first choice) from an OpenCC dictionary, where both are one character."""
    pairs = []
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
    try:
        b = c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7
