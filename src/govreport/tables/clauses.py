"""Finding clause marks and trimming words off a phrase, fast: the tables ask these of every
figure several times over (its clause, its segment, its name phrase), so they sit in the hot
path of corpus mode.

Each helper gives exactly what the plain loop it replaces gave (``max(text.rfind(d) for d in
marks)``, a scan of a word list longest first); only the search is done in C by one regular
expression, a few plain searches or one set lookup per length, instead of one Python-level call per
mark or word.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Final

from govreport.lexicon import clause_breaks
from govreport.report.chars import char_positions


def last_mark(text: str, marks: str) -> int:
    """Where the last of the (one-character) ``marks`` stands in ``text``, -1 if none does;
    the same as ``max(text.rfind(d) for d in marks)``. Found as the first mark of the reversed
    text, by the character class ``first_mark`` uses: one search from the end that stops at the
    nearest mark (a clause is short), not one reverse search per mark (a dozen calls). Kept per
    text (``_known``): the tables ask it of the same figure's text before several times over."""
    known = _known(_LAST, marks)
    at = known.get(text)
    if at is None:
        m = _any_mark(marks).search(text[::-1])
        at = known[text] = len(text) - 1 - m.start() if m else -1
    return at


CLAUSE_MARKS: Final = "，,；;。"  # the marks a figure's own clause starts after (not 、: list members share a clause)
CLAUSE_END: Final = re.compile(r"[，,；;。：:]")  # any mark that ends a clause, colons too (a list after 是： is a clause of its own)


def own_clause(before: str) -> str:
    """The words of ``before`` (a sentence up to a figure) after its last clause mark: the figure's own clause."""
    return before[last_mark(before, CLAUSE_MARKS) + 1:]


# the figures of a 分别 list before a later one (…瞪羚企业分别新增10家、10家、80家、): group 1 ends at the verb after 分别
EACH_FIGURES: Final = re.compile(r"分别([^\d，,；;。：:、]{0,4}?)(?:\d[\d.]*[^\d、和及与，,；;。：:]{0,6}[、和及与])+$")


def each_list_clause(before: str) -> str:
    """The clause a later figure of a 分别 list of figures shares with the first: the words up to 分别 and the verb after it
    (专精特新中小企业、瞪羚企业分别新增10家、10家、80家、15家 -> …瞪羚企业分别新增 for 80家, so its 新增 makes it a flow,
    audit 44); '' when ``before`` (a sentence up to a figure) ends in no such list."""
    clause = own_clause(before)
    m = EACH_FIGURES.search(clause) if "分别" in clause else None
    return clause[:m.end(1)] if m else ""


CLAUSE_BREAKS: Final = clause_breaks()  # every mark that ends a clause (data/punctuation), ：、！？ among them


def clause_before(before: str) -> str:
    """The words of ``before`` after its last clause break of any kind (``CLAUSE_BREAKS``, wider than ``own_clause``'s marks)."""
    return before[last_mark(before, CLAUSE_BREAKS) + 1:]


_LAST: Final[dict[str, dict[str, int]]] = {}  # marks -> text -> where the last mark stands in it
_FIRST: Final[dict[str, dict[str, int]]] = {}  # marks -> text -> where the first mark stands in it


def _known(memo: dict[str, dict[str, int]], marks: str) -> dict[str, int]:
    """The answers kept for ``marks`` (about half the questions repeat one asked before, and a
    look-up costs a tenth of the search); emptied when large (a long-running process)."""
    known = memo.get(marks)
    if known is None:
        known = memo[marks] = {}
    elif len(known) >= 4096:
        known.clear()
    return known


_MARKS_IN: Final[dict[tuple[str, str], list[int]]] = {}  # (sentence, marks) -> where the marks stand in it


def last_mark_before(sentence: str, end: int, marks: str) -> int:
    """``last_mark(sentence[:end], marks)``, from where the marks stand in the whole sentence, found
    once per sentence and kept (its figures ask in turn, each searching its own text before)."""
    key = (sentence, marks)
    found = _MARKS_IN.get(key)
    if found is None:
        if len(_MARKS_IN) >= 4096:  # (a long-running process reads many reports)
            _MARKS_IN.clear()
        found = _MARKS_IN[key] = char_positions(sentence, marks)
    k = bisect_left(found, end)
    return found[k - 1] if k else -1


_ANY_MARK: Final[dict[str, re.Pattern[str]]] = {}  # marks -> one character class (not functools.cache: a direct look-up)


def _any_mark(marks: str) -> re.Pattern[str]:
    pattern = _ANY_MARK.get(marks)
    if pattern is None:
        pattern = _ANY_MARK[marks] = re.compile("[" + re.escape(marks) + "]")
    return pattern


def first_mark(text: str, marks: str) -> int:
    """Where the first of the (one-character) ``marks`` stands in ``text``, -1 if none does."""
    known = _known(_FIRST, marks)
    at = known.get(text)
    if at is None:
        m = _any_mark(marks).search(text)
        at = known[text] = m.start() if m else -1
    return at


class Trimmer:
    """Strips leading and trailing words off a phrase, repeatedly, longest word first.

    Of the words a phrase starts with, the longest is the one a longest-first scan of the list
    meets first, so it is found by trying the phrase's own beginnings, longest first, in a set.
    """

    def __init__(self, prefixes: tuple[str, ...], suffixes: tuple[str, ...], kept: tuple[str, ...] = ()) -> None:
        self.prefixes, self.suffixes = frozenset(prefixes), frozenset(suffixes)
        self.kept = kept  # words a leading word is never cut out of (等级: 等 there is no examples mark)
        self.prefix_lengths = sorted({len(w) for w in self.prefixes if w}, reverse=True)
        self.suffix_lengths = sorted({len(w) for w in self.suffixes if w}, reverse=True)
        # most phrases neither start nor end with a listed word: one lookup of the first (last)
        # character tells, before any of the lengths is tried
        self.first_chars = frozenset(w[0] for w in self.prefixes if w)
        self.last_chars = frozenset(w[-1] for w in self.suffixes if w)

    def __call__(self, phrase: str) -> str:
        changed = True
        while changed and phrase:
            changed = False
            if phrase[0] in self.first_chars and not phrase.startswith(self.kept):
                for n in self.prefix_lengths:
                    if n < len(phrase) and phrase[:n] in self.prefixes:  # a word never takes the whole phrase
                        phrase, changed = phrase[n:], True
                        break
            if phrase[-1] in self.last_chars:
                for n in self.suffix_lengths:
                    if n < len(phrase) and phrase[-n:] in self.suffixes:
                        phrase, changed = phrase[:-n], True
                        break
        return phrase.strip()


@cache
def trimmer(prefixes: tuple[str, ...], suffixes: tuple[str, ...] = (), kept: tuple[str, ...] = ()) -> Trimmer:
    """The trimmer of these word lists, made once (``kept``: words whose first character is a listed word, never cut)."""
    return Trimmer(prefixes, suffixes, kept)


# a short aside in brackets closing right before a figure, no number or clause mark in it: (村), (含过会)
ASIDE = re.compile(r"[(（][^()（）\d\0，,；;。：:]{1,8}[)）]$")


def without_asides(text: str) -> str:
    """The words before a figure without a short bracketed aside they end in (送戏下乡进社区(村) ->
    送戏下乡进社区, 新增上市企业(含过会) -> 新增上市企业), so the figure's segment is not cut at its bracket;
    unchanged (and cheap) where the words do not end in a bracket."""
    return ASIDE.sub("", text) if text.endswith((")", "）")) else text


PER_BASE = re.compile(r"每(?:[十百千万]|十万|百万)?(?:人|户|平方公里)(?:每年|每月)?$")


def per_base(before: str) -> bool:
    """The text before a figure ends with a rate's base (食品抽检量超每千人6.6批次): the figure is a rate,
    never the whole of a 其中 check (audit 19, G26 C02)."""
    return PER_BASE.search(before) is not None


def without_leads(clause: str, leads: tuple[str, ...] | list[str]) -> str:
    """The clause with each of ``leads`` taken off its start in turn, in their order (全力推进 -> 推进 with the scope
    adverbs): how the tables strip the adverbs before a clause's verb."""
    for lead in leads:
        clause = clause.removeprefix(lead)
    return clause


def shared_noun_after(masked: str, breaks: str) -> str:
    """The words after a figure that another figure follows at once, then 的 (2848户1.17万人的生态及地质灾害避险搬迁任务: a 户+人
    pair before one noun, ``masked`` the text after the first with figures blanked to NUL): the noun both count, up to the
    next break or figure (held-out set 67 甘南 row 13, fix142d); '' for anything else."""
    rest = masked.lstrip("\0")
    if len(rest) == len(masked) or not rest.startswith("的"):
        return ""
    stop = first_mark(rest, breaks + "\0")
    return rest[:stop] if stop >= 0 else rest
