"""Role (actual / target / meta / label) and year of each figure, from the report's own words.

The part of the report gives the default (review → actual, plan → target); a time cue in the
same sentence, nearest the figure, can override it (去年 / 今年 / 到2027年 / 五年来 …).
"""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from govreport.lexicon import cues
from govreport.report import Report
from govreport.scanner import Token

QUOTES = "“”\"「」『』‘’'"
NAME_AFTER_DURATION = ("过渡期", "行动", "规划", "计划", "攻坚", "战略")
EXPLICIT_YEAR = re.compile(r"((?:19|20)\d\d)年")
LATIN = re.compile(r"[A-Za-z]")
LATIN_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # '' is not in it
COMPARISON_BEFORE_CUE = ("比", "较", "同", "与")  # 比上年, 较去年, 与上年相比 (从去年的… is a starting point)
COMPARISON_BEFORE_YEAR = ("比", "较", "同", "与", "相比", "于", "自", "从")


class RoleDecision(NamedTuple):
    """What a figure is (actual / target / meta / label) and for which year; immutable."""

    role: str
    year: int | None
    year_from: int | None = None
    meta_unit: str = ""  # for meta rows: the token that follows (年/月/日)
    extend: int = 0  # meta rows: characters (年/月/日) to add to the span


LABEL = RoleDecision("label", None)


def meta_or_label(report: Report, t: Token, in_header: bool) -> RoleDecision | None:
    """Dates, years, document numbers, codes and names: not quantities."""
    scan = report.scan
    if t.chinese or t.implicit:
        return None
    after = scan[t.end:t.end + 1]
    before = scan[max(0, t.start - 1):t.start]
    if t.unit and t.unit != "年" and not in_header:  # the common case: a figure with its unit
        return LABEL if before == "第" or after in LATIN_LETTERS or before in LATIN_LETTERS else None
    digits = t.number_text
    if t.unit == "年" and digits.isdigit() and not t.multiplier:
        if len(digits) == 4 and 1900 <= int(digits) <= 2100:
            return RoleDecision("meta", None, meta_unit="年")
        if scan.startswith(NAME_AFTER_DURATION, t.end) or in_header:
            return RoleDecision("label", None, meta_unit="年")
    if not t.unit and digits.isdigit():
        n = int(digits)
        if after == "月" and 1 <= n <= 12:
            return RoleDecision("meta", None, meta_unit="月", extend=1)
        if after in ("日", "号") and 1 <= n <= 31 and before == "月":
            return RoleDecision("meta", None, meta_unit=after, extend=1)
        if len(digits) == 4 and 1900 <= n <= 2100 and scan[t.end:t.end + 1] in ("-", "—", "–", "至"):
            return RoleDecision("meta", None)
    if in_header:
        unit = after if after in ("年", "月", "日") and not t.unit else ""
        return RoleDecision("meta", None, meta_unit=unit, extend=1 if unit else 0)
    if before == "第":
        return RoleDecision("label", None)
    if LATIN.match(after) or LATIN.match(before):
        return RoleDecision("label", None)
    if not t.unit:
        if digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2100:
            return RoleDecision("meta", None)
        if not t.multiplier:  # a bare code or name (“1262”机制); 3300万 stays a quantity
            return RoleDecision("label", None)
    return None


@cache
def _cue_pattern() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(cues(), key=len, reverse=True)))


@cache
def _cue_kind_pattern(*kinds: str) -> re.Pattern[str]:
    """Any cue word of the given kinds (for "is there one in this window")."""
    return re.compile("|".join(re.escape(w) for w, k in cues().items() if k in kinds) or "(?!)")


def nearest_cue(report: Report, sentence_start: int, pos: int) -> tuple[str, int | None, int]:
    """The time or commitment cue nearest before ``pos`` in the sentence: (kind, year, offset).

    Kinds: review, review_multi, plan, plan_next, commit, estimate, cumulative, year; '' if none.
    Offsets are relative to ``sentence_start``.
    """
    scan = report.scan
    best: tuple[str, int | None, int] = ("", None, -1)
    for m in _cue_pattern().finditer(scan, sentence_start, pos):
        kind = cues()[m.group(0)]
        if kind == "review" and scan.endswith(COMPARISON_BEFORE_CUE, sentence_start, m.start()):
            continue  # 比上年增加1.6万亿元: last year is what the figure is compared with, not its year
        best = (kind, None, m.start() - sentence_start)
    for m in EXPLICIT_YEAR.finditer(scan, sentence_start, pos):
        start = m.start() - sentence_start
        if start > best[2] and not scan.endswith(COMPARISON_BEFORE_YEAR, sentence_start, m.start()):
            best = ("year", int(m.group(1)), start)
    return best


@cache
def _cue_or_year() -> re.Pattern[str]:
    return re.compile(f"{_cue_pattern().pattern}|{EXPLICIT_YEAR.pattern}")


def cue_free(scan: str, start: int, end: int) -> bool:
    """No time or commitment cue and no year anywhere in ``scan[start:end]``: every figure there
    takes its part's default role (most sentences of a report are like this)."""
    return _cue_or_year().search(scan, start, end) is None


def quantity_role(report: Report, t: Token, sentence_start: int, part: str, no_cues: bool = False) -> RoleDecision:
    """actual or target, with the year (and first year for multi-year figures).

    ``no_cues``: the caller knows the sentence is ``cue_free``, so nothing need be searched."""
    review_year, plan_year = report.review_year, report.plan_year
    if no_cues:
        kind, year, deadline = "", None, None
    else:
        kind, year, _ = nearest_cue(report, sentence_start, t.start)
        window = report.scan[sentence_start:t.start]
        if kind not in ("review", "plan", "plan_next") and _cue_kind_pattern("review_multi").search(window):
            kind = "review_multi"
        deadline = _deadline_in(window)
    if part == "plan":
        if deadline and plan_year is not None and deadline > plan_year:
            return RoleDecision("target", deadline)
        if kind in ("review", "review_multi") and not _commitment_after_cue(report, sentence_start, t.start):
            return _actual(kind, review_year)
        if kind == "year" and year is not None and plan_year is not None and year > plan_year:
            return RoleDecision("target", year)
        return RoleDecision("target", plan_year)
    if part == "review":
        if kind in ("plan", "plan_next") and not _before_delivery_in_review_year(report):
            return RoleDecision("target", plan_year + (1 if kind == "plan_next" else 0) if plan_year else None)
        if (kind == "year" and year is not None and plan_year is not None and year >= plan_year
                and _deadline_year(report, sentence_start, t.start, year)):
            return RoleDecision("target", year)
        if kind == "year" and year is not None and review_year is not None and year < review_year:
            return RoleDecision("actual", year)
        return _actual(kind, review_year)
    # no part (a news item quoting a report, a fragment): the nearest cue decides
    if kind in ("plan", "plan_next", "commit"):
        return RoleDecision("target", plan_year)
    if kind == "year" and year is not None and plan_year is not None and year >= plan_year:
        return RoleDecision("target", year)
    if kind == "year" and year is not None:
        return RoleDecision("actual", year)
    return _actual(kind, review_year)


def _actual(kind: str, review_year: int | None) -> RoleDecision:
    if kind == "review_multi" and review_year is not None:
        return RoleDecision("actual", review_year, year_from=review_year - 4)
    return RoleDecision("actual", review_year)


def _commitment_after_cue(report: Report, sentence_start: int, pos: int) -> bool:
    """在去年基础上，力争增长… : a commitment word after the past cue keeps the figure a target."""
    window = report.scan[sentence_start:pos]
    last_past = max(window.rfind(w) for w, k in cues().items() if k in ("review", "review_multi"))
    return _cue_kind_pattern("commit").search(window, last_past) is not None


def _before_delivery_in_review_year(report: Report) -> bool:
    """A report delivered in the review year itself (some townships report in December):
    there 今年 means the review year."""
    delivered = str(report.meta.get("delivered") or "")
    return bool(delivered[:4].isdigit() and report.review_year and int(delivered[:4]) == report.review_year)


def _deadline_year(report: Report, sentence_start: int, pos: int, year: int) -> bool:
    """到2027年 / 力争2025年底: a future year as a deadline makes a target; 谋划2025年重点项目
    (a year naming what was prepared) does not."""
    window = report.scan[sentence_start:pos]
    i = window.rfind(f"{year}年")
    before = window[max(0, i - 3):i]
    after = window[i + 5:i + 7]
    return any(w in before for w in ("到", "至", "力争", "确保", "预计", "计划", "争取")) or after.startswith(("底", "末", "前"))


DEADLINE = re.compile(r"(?:到|至|力争|确保|争取)((?:19|20)\d\d)年")


def _deadline_in(window: str) -> int | None:
    """到2027年 / 力争2030年: the last deadline year named before the figure, if any."""
    found = DEADLINE.findall(window)
    return int(found[-1]) if found else None
