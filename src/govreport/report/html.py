"""An HTML page into the report's text: the article, not the page around it.

Menus, link lists, banners, footers and short lines repeated on every page are dropped;
blocks become lines, table cells stay apart.
"""
from __future__ import annotations

import re
import sys
from typing import Any


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
