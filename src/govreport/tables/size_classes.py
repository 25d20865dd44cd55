"""Size classes of firms named together, in one order (audit 56 崇左 row 15).

新增规上限上服务业企业100家 and 新增限上规上服务业企业113家 count the same firms: above the designated size (规上, 规模以上) and
above the quota (限上, 限额以上), the two classes written in either order. Compared as written, the longest run the two
share (上服务业企业) starts inside a class word and leaves 规模以上限 and 限上规模以 for kinds that differ; written in one
order (``tables_words.json:size_class_words``), the classes are one set and the names alike.

An amount a class is over (超亿元项目, 亿元以上项目) is a figure of its own, blanked with the others before a name phrase is cut,
which left 其中超项目 and 新签约以上项目: ``class_tokens`` writes it back as one token (亿元) with its over or end word dropped, so
超亿元 and 亿元以上 compare as one class and 1000万元以上 as another (held-out set 60, fix131b)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache, lru_cache
from typing import Protocol

from govreport.extract.numerals import CN_SMALL_UNITS, parse_chinese
from govreport.lexicon import multipliers, name_subjects
from govreport.tables.table_words import words


class Amount(Protocol):
    """What ``class_tokens`` reads of a figure (tables/figures.py Figure)."""

    start: int
    end: int
    value: Decimal | None
    unit: str
    qualifier: str
    sentence_start: int


@cache
def _classes() -> re.Pattern[str]:
    alt = "|".join(map(re.escape, sorted(words()["size_class_words"], key=len, reverse=True)))
    return re.compile(f"(?:{alt}){{2,}}")


@cache
def _one_class() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words()["size_class_words"], key=len, reverse=True))))


def class_order(phrase: str) -> str:
    """``phrase`` with each run of two or more size-class words written side by side put in one (sorted) order."""
    if not _classes().search(phrase):
        return phrase
    return _classes().sub(lambda m: "".join(sorted(_one_class().findall(m.group()))), phrase)


CLASS_QUALIFIERS = ("at_least", "more_than")  # a class amount is a floor: 以上 after it or an over word before it


@cache
def _over_words() -> tuple[str, ...]:
    return tuple(sorted(name_subjects()["over_words"], key=len, reverse=True))


def _token(value: Decimal | None) -> str:
    """The token of a round class amount in 元 (1亿 -> 亿元: tables_words.json class_amount_tokens), '' for any other."""
    if value is None or value != value.to_integral_value():
        return ""
    return str(words()["class_amount_tokens"].get(str(int(value)), ""))


def class_run(f: Amount, sentence: str, sentence_start: int) -> tuple[int, int, str] | None:
    """Where in ``sentence`` a class amount stands with its over or end word (a round amount in 元, a floor, an over word right
    before it or 以上 right after it, and a word right after that: 超亿元项目, 亿元以上项目) and its token; None if ``f`` is none."""
    token = _token(f.value) if f.unit == "元" and f.qualifier in CLASS_QUALIFIERS else ""
    lo, hi = f.start - sentence_start, f.end - sentence_start
    if not token or lo < 0 or hi > len(sentence):
        return None
    over = next((w for w in _over_words() if sentence.endswith(w, 0, lo)), "")
    end = next((w for w in words()["class_amount_ends"] if sentence.startswith(w, hi)), "")
    lo, hi = lo - len(over), hi + len(end)
    if not (over or end) or hi >= len(sentence) or not "\u4e00" <= sentence[hi] <= "\u9fff" or len(token) >= hi - lo:
        return None
    return lo, hi, token


def class_tokens(masked: str, sentence: str, sentence_start: int, figs: Iterable[Amount]) -> str:
    """``masked`` (``sentence`` with its figures blanked to NUL, length kept) with each class amount (``class_run``) written back
    as its token, right-aligned in the room of the amount and its over or end word, which are blanked (其中超亿元项目 ->
    其中·亿元项目, 新签约亿元以上项目 -> 新签约··亿元项目); NUL still opens the run, so a figure's words after it stop there as before."""
    for f in figs:
        run = class_run(f, sentence, sentence_start)
        if run is not None:
            lo, hi, token = run
            masked = masked[:lo] + "\0" * (hi - lo - len(token)) + token + masked[hi:]
    return masked



@cache
def _pattern() -> re.Pattern[str]:
    over = "|".join(sorted(name_subjects()["over_words"], key=len, reverse=True))
    digits = "[0-9.]+|[" + "".join(CN_SMALL_UNITS) + "一二三四五六七八九两]+"
    return re.compile(f"(?:(?:{over})({digits}|(?=[万亿]元))([万亿]?)元|({digits})?([万亿]?)元(?:及以上|以上))")  # (超亿元: over 1亿元)


@lru_cache(maxsize=4096)
def class_amount(name: str) -> Decimal | None:
    """The amount in 元 the class a name holds is over, None when it holds none."""
    if "元" not in name:  # most names hold no amount: one substring test (but 百亿产值企业: a class in words, held-out set 60)
        return next((Decimal(v) for w, v in words()["class_amount_names"].items() if w in name), None)
    m = _pattern().search(name)
    if m is None:
        return None
    number, scale = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3) or "", m.group(4))
    if not number:
        value = Decimal(1)
    elif number[0].isdigit():
        value = Decimal(number)
    else:
        value = parse_chinese(number)
    return value * multipliers()[scale] if scale else value


def class_words(phrase: str) -> str:
    """``phrase`` with each class amount written in words (超亿元, 亿元以上, as a list member's name takes them from its sentence:
    开工亿元以上产业项目) as its token, as ``class_tokens`` writes a blanked one (开工亿元产业项目); other amounts kept."""
    if "元" not in phrase:
        return phrase
    return _pattern().sub(lambda m: _token(class_amount(m.group())) or m.group(), phrase)
