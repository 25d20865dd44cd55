"""Role (actual / target / meta / label) and year of each figure, from the report's own words.

The part of the report gives the default (review → actual, plan → target); a time cue in the
same sentence, nearest the figure, can override it (去年 / 今年 / 到2027年 / 五年来 …).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any, Final, NamedTuple

from govreport.extract.cue_matches import cue_tree, cues_before
from govreport.extract.unit_free_ratios import ratio_without_unit
from govreport.extract.period_commits import achieved_running_total, commitment_after_cue, commits_before_period
from govreport.extract.plan_milestones import plan_milestone
from govreport.extract.periods import (MONTH_RANGE_LINKS, MONTH_TAIL, last_month, names_period, period_end_months, period_marks_in, period_of, period_scope)
from govreport.lexicon import unit_field
from govreport.cue_words import cue_pattern, cues
from govreport.extract.terms import deadline_in, multi_cue_char, plan_of_years, plan_term, relative_term, relative_terms_pattern, term_years
from govreport.report.model import Report
from govreport.extract.name_results import LETTERED_NOUN
from govreport.extract.scanner import Token, counted_by_letters, rank_of

QUOTES = "“”\"「」『』‘’'"
NAME_AFTER_DURATION: Final = ("过渡期", "行动", "规划", "计划", "攻坚", "战略")
_ONCE: Final[dict[str, Any]] = {}  # accessors made once (not functools.cache: a direct look-up on each of thousands of calls)
EXPLICIT_YEAR: Final = re.compile(r"((?:19|20)\d\d)年")
SEASON_FIRST: Final = re.compile(r"((?:19|20)\d\d)[／/]$")  # 2024／2025年榨季, 2024/2025学年: the year the span starts
LATIN: Final = re.compile(r"[A-Za-z]")
GRADE_AFTER: Final = re.compile(r"A{1,5}级")  # a grade after a count (8家A级景区, 10家AAAA级): the count is of graded things
LATIN_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # '' is not in it
FLOOR_BEFORE_CUE: Final = re.compile(r"\d[^\d，,。；;]{0,3}以$")  # a figure, its unit and 以 right before 上年: 以上 + 年…
COMPARISON_BEFORE_CUE: Final = ("比", "较", "同", "与", "于")  # 比上年, 较去年, 与上年相比, 高于去年 (从去年的… is a starting point)
COMPARISON_BEFORE_YEAR: Final = ("比", "较", "同", "与", "相比", "于", "自", "从", "是")
COMPARED_YEARS_BEFORE: Final = re.compile(r"[比较](?:(?:19|20)\d\d年?度?[、和])+$")  # 较2020、2021年度: each year compared with

DAY_AFTER = frozenset("上下晚早电起")


class RoleDecision(NamedTuple):
    """What a figure is (actual / target / meta / label) and for which year; immutable."""

    role: str
    year: int | None
    year_from: int | None = None
    meta_unit: str = ""  # for meta rows: the token that follows (年/月/日)
    extend: int = 0  # meta rows: characters (年/月/日) to add to the span


LABEL = RoleDecision("label", None)
# a counter followed by letters that open a Chinese noun (12179户D级房重建, 5个BDO一体化项目): the noun counted, named
# with letters, not a code or a label (spot audit 36 保定, 乌海)
COUNTED_KINDS: Final = ("count", "households")
_RANK_OR_CODE_BEFORE = LATIN_LETTERS | {"第", "前"}  # 第3 / 前10 / A3: what meta_or_label looks at
_RANK_OR_CODE_AFTER = LATIN_LETTERS | {"强", "制"}  # 10强 / 5G / 3人制
NOT_A_FORMAT: Final = frozenset("造度定作品约衡")  # 人制造…, 人制度…: 制 starts another word, not N人制 (a team's size)


def meta_or_label(report: Report, t: Token, in_header: bool) -> RoleDecision | None:
    """Dates, years, document numbers, codes and names: not quantities."""
    scan = report.scan
    if t.chinese or t.implicit:  # (4家专科医院进入同类十强: a class counted entrants enter, a label as 500强 is; audit 39)
        return LABEL if t.chinese and not in_header and scan.startswith("强", t.end) and rank_of(scan, t) is None else None
    after = scan[t.end:t.end + 1]
    before = scan[t.start - 1] if t.start else ""
    unit = t.unit
    if (unit and unit != "年" and unit != "个月" and not in_header and before not in _RANK_OR_CODE_BEFORE
            and after not in _RANK_OR_CODE_AFTER):
        return None  # the common case, decided at once: a figure with its unit, in no ranking, number or code
    if (before in ("第", "前") or after == "强") and not in_header and rank_of(scan, t) is not None:
        return None  # 位居全省第3 / 跻身全国10强: a place in a ranking, not a numbered item
    if t.unit and t.unit != "年" and not in_header:  # the common case: a figure with its unit
        if t.unit == "个月" and before == "前" and scan[t.start - 2:t.start - 1] != "提":
            return RoleDecision("meta", None)  # 前5个月, a part of the year (提前5个月 is a duration)
        if after == "制":  # 3人制篮球场: the size of a team names the format, it is no quantity
            return LABEL if t.unit == "人" and scan[t.end + 1:t.end + 2] not in NOT_A_FORMAT else None
        graded = after == "A" and GRADE_AFTER.match(scan, t.end) is not None  # 新增8家A级景区: a count of graded sights (audit 42 CZ #46)
        graded = graded or unit_field(t.unit, "kind") in COUNTED_KINDS and LETTERED_NOUN.match(scan, t.end) is not None  # 12179户D级房, 5个BDO一体化项目 (spot 36)
        return LABEL if before == "第" or after in LATIN_LETTERS and not graded or (before in LATIN_LETTERS
                                                                     and not counted_by_letters(scan, t)) else None
    digits = t.number_text
    if t.unit == "年" and digits.isdigit() and not t.multiplier:
        if len(digits) == 4 and 1900 <= int(digits) <= 2100:
            return RoleDecision("meta", None, meta_unit="年")
        if scan.startswith(NAME_AFTER_DURATION, t.end) or in_header:
            return RoleDecision("label", None, meta_unit="年")
        if scan.startswith("前", t.end):  # 80多年前, 60多年前: a time reference, no duration
            return RoleDecision("meta", None, meta_unit="年")
    if not t.unit and digits.isdigit():
        n = int(digits)
        if after == "月" and 1 <= n <= 12:
            return RoleDecision("meta", None, meta_unit="月", extend=1)
        if after in ("日", "号") and 1 <= n <= 31 and (before == "月" or scan[t.end + 1:t.end + 2] in DAY_AFTER):
            return RoleDecision("meta", None, meta_unit=after, extend=1)  # 3月5日 / 5日上午 / 5日电
        if after in MONTH_RANGE_LINKS and 1 <= n <= 12 and MONTH_TAIL.match(scan, t.end):
            return RoleDecision("meta", None)  # the 1 of 1-5月: a month
        if len(digits) == 4 and 1900 <= n <= 2100 and scan[t.end:t.end + 1] in ("-", "—", "–", "至"):
            return RoleDecision("meta", None)
        if (before in "-/.:" or after == ":") and before and _in_date_or_time(scan, t.start, t.end):
            return RoleDecision("meta", None)  # 2024-03-05 10:32:15 on a press item's date line
        if before in PAGE_MARKS and after in PAGE_MARKS and _page_number(scan, t.start, t.end):
            return RoleDecision("meta", None)  # - 3 - alone on its line: a page number of a PDF copy
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
        if not t.multiplier and not ratio_without_unit(scan, t.start):  # a bare code or name (“1262”机制); 3300万, 倍差缩小至1.86 stay quantities
            return RoleDecision("label", None)
    return None


DATE_OR_TIME = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?"
                          r"|(?<![\d.])\d{1,2}:\d\d(?::\d\d)?(?![\d.])")

PAGE_MARKS = frozenset(" \t\n-—－–") | {""}
PAGE_NUMBER: Final = re.compile(r"[ \t\u3000]*[-—－–]*[ \t\u3000]*\d{1,4}[ \t\u3000]*[-—－–]*[ \t\u3000]*")


def _page_number(scan: str, start: int, end: int) -> bool:
    """The number stands alone on its line, bare or between dashes (- 3 -, —12—): page furniture."""
    line_start = scan.rfind("\n", 0, start) + 1
    line_end = scan.find("\n", end)
    return PAGE_NUMBER.fullmatch(scan, line_start, len(scan) if line_end < 0 else line_end) is not None


SPAN_IN_BRACKETS = re.compile(r"[（(](?:19|20)\d\d年?\s*[-—–~～至]\s*$")
BUILT_BEFORE: Final = re.compile(r"(?:以前|之前|前)(?:建设|建成|建造|竣工)的")  # 2000年以前建设的: a threshold date


def _in_date_or_time(scan: str, start: int, end: int) -> bool:
    """The digits ``scan[start:end]`` are part of a date (2024-03-05) or a clock time (10:32)."""
    for m in DATE_OR_TIME.finditer(scan, max(0, start - 24), min(len(scan), end + 12)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def nearest_cue(report: Report, sentence_start: int, pos: int) -> tuple[str, int | None, int]:
    """The time or commitment cue nearest before ``pos`` in the sentence: (kind, year, offset).

    Kinds: review, review_multi, plan, plan_next, commit, estimate, cumulative, year; '' if none.
    Offsets are relative to ``sentence_start``.
    """
    scan = report.scan
    best: tuple[str, int | None, int] = ("", None, -1)
    kinds = cues()
    for cue_start, cue_end, word in cues_before(scan, sentence_start, pos):  # (found once per sentence)
        kind = kinds[word]
        if kind == "none":
            continue  # a word that holds a cue (人均预期寿命 holds 预期): no cue
        if kind == "review" and scan.endswith(COMPARISON_BEFORE_CUE, sentence_start, cue_start):
            continue  # 比上年增加1.6万亿元: last year is what the figure is compared with, not its year
        if word == "上年" and FLOOR_BEFORE_CUE.search(scan, max(sentence_start, cue_start - 6), cue_start):
            continue  # 3户以上年营业收入: 以上 and 年…, no last year (spot 36 大理)
        if kind == "commit" and cue_end + 1 == pos and scan.startswith("的", cue_end):
            continue  # 完成全年目标的57.2%: the share of a goal done so far, which the part decides
        best = (kind, None, cue_start - sentence_start)
    for m in EXPLICIT_YEAR.finditer(scan, sentence_start, pos) if scan.find("年", sentence_start, pos) >= 0 else ():  # (a year ends in 年)
        start = m.start() - sentence_start
        if scan.startswith(("）", ")"), m.end()) and SPAN_IN_BRACKETS.search(scan, max(0, m.start() - 8), m.start()) \
                or BUILT_BEFORE.match(scan, m.end()):  # 2000年以前建设的老旧小区: a date that classes them (held-out audit 39b)
            continue  # 三年行动计划（2022—2024年）: the span a programme is named by, not the figure's year
        if start > best[2] and not scan.endswith(COMPARISON_BEFORE_YEAR, sentence_start, m.start()) \
                and not COMPARED_YEARS_BEFORE.search(scan, max(sentence_start, m.start() - 16), m.start()):
            first = SEASON_FIRST.search(scan, max(sentence_start, m.start() - 5), m.start())  # 2024／2025年榨季: a season
            best = ("year", int(first.group(1)) if first else int(m.group(1)), start)  # starting in the plan year (audit 49)
    scope = period_scope(scan, sentence_start)  # 1-6月，A增长5.9%；B增长6%: B is for 1-6月 too
    if names_period(scan, scope, pos):
        for at, _ in period_marks_in(scan, scope, pos):
            start = at - sentence_start
            if (start > best[2] - 6 or at < sentence_start and not best[0]) and period_of(scan, at, pos):
                best = ("period", _period_year(report, scope, at), start)  # not 前三季度…，全年增长5.7%
    return best


def _period_year(report: Report, sentence_start: int, period_start: int) -> int | None:
    """The year a part-year period belongs to: the one named just before it (2024年上半年,
    去年一季度, 今年1-5月); else, for a dated text, the latest year in which the period had ended
    by that date (1-5月 in a text of June 2024: 2024); else the review year (a half-year
    report's own year)."""
    head = report.scan[max(sentence_start, period_start - 6):period_start]
    date = str(report.meta.get("delivered") or report.meta.get("published") or "")
    if not re.search(r"((?:19|20)\d\d)年(?:的)?$|[去上今]年$", head) and re.match(r"\d{4}-\d\d", date):
        marks = period_marks_in(report.scan, period_start, period_start + 8)
        word = marks[0][1] if marks and marks[0][0] == period_start else ""
        end = period_end_months().get(word) or last_month(word) if word else 12
        year, month = int(date[:4]), int(date[5:7])
        return year if end <= month else year - 1
    m = re.search(r"((?:19|20)\d\d)年(?:的)?$", head)
    if m:
        return int(m.group(1))
    if head.endswith(("去年", "上年")):
        return report.review_year
    if head.endswith("今年") and report.plan_year is not None:
        return report.plan_year
    return report.review_year


@cache
def _cue_or_year() -> re.Pattern[str]:
    """A cue word or a year (EXPLICIT_YEAR written out without its group: keep the two in
    step): every branch opens with a plain character, so ``re`` skips ahead to those
    characters instead of trying every branch at every position of a sentence (several times
    faster)."""
    words = "|".join(re.escape(w) for w in sorted(cues(), key=len, reverse=True))  # (not cue_tree: a group first hides them)
    return re.compile(f"{words}|19\\d\\d年|20\\d\\d年|{relative_terms_pattern().pattern}")


def cue_free(scan: str, start: int, end: int) -> bool:
    """No time or commitment cue, no year and no part of a year anywhere in ``scan[start:end]``:
    every figure there takes its part's default role (most sentences of a report are like this)."""
    return cue_and_year_free(scan, start, end) and not names_period(scan, start, end)


def cue_and_year_free(scan: str, start: int, end: int) -> bool:
    """No time or commitment cue and no year in ``scan[start:end]`` (periods not looked for)."""
    return _cue_or_year().search(scan, start, end) is None


def quantity_role(report: Report, t: Token, sentence_start: int, part: str, no_cues: bool = False,
                  term: bool = False, then_year: int | None = None,
                  section_term: tuple[int, int] | None = None) -> RoleDecision:
    """actual or target, with the year (and first year for multi-year figures).

    ``no_cues``: the caller knows the sentence is ``cue_free``, so nothing need be searched; the
    decision then depends only on ``part``, ``term``, ``then_year`` and the report's years, not
    on ``t`` or the sentence (extract_quantities reuses it).
    ``term`` and ``then_year``: what the sentence's paragraph says (``scopes.sentence_context``);
    ``section_term``: the five-year term whose goals the sentence's section sets out (``heading_term``)."""
    if part == "term":  # a five-year plan's outline after the plan: in a 五年来 paragraph the last term's results
        d = _sentence_role(report, t, sentence_start, "review" if term else "plan", no_cues)
        years = term_years(report, d.role, d.year) if d.year_from is None else None
        return d._replace(year=years[0], year_from=years[1]) if years else d
    decision = _sentence_role(report, t, sentence_start, part, no_cues)
    if (section_term is not None and not no_cues and decision.year_from is None
            and (decision.role, decision.year) in (("actual", report.review_year), ("target", report.plan_year))
            and _commits_to_goals(report, sentence_start, t.start)):
        # 二、“十四五”时期发展成就和“十五五”时期主要目标任务 … 围绕上述目标，…年均增速4.5%-5%: the term's goals
        return RoleDecision("target", section_term[1], year_from=section_term[0])
    if (term and decision.role == "actual" and decision.year_from is None and decision.year is not None  # (2022年，… opening
            and decision.year == report.review_year and not report.scan.startswith(f"{decision.year}年", sentence_start) and (no_cues or nearest_cue(report, sentence_start, t.start)[0] not in ("review", "year"))):
        return decision._replace(year_from=decision.year - 4)  # 五年来，…年均增长7.1% (not …。去年… / 2015年…; fix111d: nor its own sentence: the year's)
    if then_year is not None and decision.role == "target" and decision.year == report.plan_year:
        return decision._replace(year=then_year)  # 到2020年，…。届时，经济总量超过90万亿元
    return decision


_NEXT_YEAR_HEADLINE: Final = re.compile(r"明年[^。；;]{0,24}主要预期目标")


def _sentence_role(report: Report, t: Token, sentence_start: int, part: str, no_cues: bool) -> RoleDecision:
    """quantity_role from the sentence's own words."""
    review_year, plan_year = report.review_year, report.plan_year
    if no_cues:
        kind, year, deadline, at = "", None, None, -1
    else:
        kind, year, at = nearest_cue(report, sentence_start, t.start)
        window = report.scan[sentence_start:t.start]
        if (kind not in ("review", "plan", "plan_next") and multi_cue_char() in window and cue_pattern("review_multi").search(window)
                and not (kind == "year" and sentence_start + at + 6 == t.start and window.endswith("年的"))):
            kind = "review_multi"  # 五年来，…年均增长8.1% (not 过去五年，由2012年的2341亿元…: that year's figure)
        deadline = deadline_in(window)
    if kind == "period" and commits_before_period(report.scan, sentence_start, t.start, part == "plan"):  # (in a plan part, a
        return RoleDecision("target", plan_year if part == "plan" and plan_year else year)  # commitment anywhere in the clause)
    if kind == "period" and not commitment_after_cue(report, sentence_start, t.start, kinds=("period",)):
        return RoleDecision("target", plan_year) if part == "plan" and plan_milestone(report, sentence_start, sentence_start + at) else RoleDecision("actual", year)  # 1-5月 / 上半年: results for part of a year (in a plan part a milestone)
    if kind == "year_to_date":  # 今年以来: results so far in the year the text speaks in
        return RoleDecision("actual", plan_year if part == "plan" else review_year)
    if part == "plan":
        if deadline and plan_year is not None and deadline > plan_year:
            return RoleDecision("target", deadline)
        if (kind in ("plan_next", "commit") and plan_year is not None and not _before_delivery_in_review_year(report)
                and cue_pattern("plan_next").search(report.scan, sentence_start, t.start)
                and not _NEXT_YEAR_HEADLINE.search(report.scan, sentence_start, t.start)):  # (明年全市…主要预期目标是：: given in December)
            return RoleDecision("target", plan_year + 1)  # 明年，力争… in a plan part: the year after
        span = relative_term(report.scan[sentence_start:t.start]) if not (deadline or no_cues) else None
        if span is None and not deadline:  # 实施总额4万亿元的两年投资计划，其中…: a plan of two years' amounts
            span = plan_of_years(report.scan, sentence_start, t.start, t.end)
        if span and plan_year is not None:  # 今明两年，职业技能培训3500万人次以上: a goal for this year and the next
            return RoleDecision("target", plan_year + span - 1, year_from=plan_year)
        term = plan_term(report, sentence_start, t.start) if not deadline else None
        if term is not None:  # “十四五”时期…的主要目标是：…年均增长6%左右；研发投入…: goals for the plan's term
            return RoleDecision("target", term[1], year_from=term[0])
        if kind in ("review", "review_multi") and not commitment_after_cue(report, sentence_start, t.start) and not _end_of_a_planned_rise(
                report.scan, sentence_start, sentence_start + at, t.start) or kind == "cumulative" and achieved_running_total(report.scan, sentence_start, t.start):
            return _actual(kind, review_year)
        if kind == "year" and year is not None and plan_year is not None and year > plan_year:
            return RoleDecision("target", year)
        if kind == "year" and at == 0 and year and review_year and year <= review_year and not cue_pattern("commit").search(window):
            return RoleDecision("actual", year)  # 2024年完成…42个；2025年计划…: a past year opening the sentence, no commitment
        if kind == "year" and year and review_year and year <= review_year and window.startswith("年均", at + 5) and (past := re.search(r"((?:19|20)\d\d)年?[到至—－-]$", window[:at])):
            return RoleDecision("actual", year, year_from=int(past.group(1)))  # 从2003年到2006年年均超收…: a past average (audit 21)
        return RoleDecision("target", plan_year)
    if part == "review":
        if kind in ("", "commit") and not no_cues and (opening := plan_opening(report.scan, sentence_start)):
            kind = opening  # 下半年，我们将…。重点推进58个…: a later sentence of a paragraph that opens with a plan
        if kind == "commit" and _future_named_before(report, sentence_start, t.start):
            kind = "plan"  # 下半年，我们将…力争增长6% / 2025年…预期增长6%: a commitment for the time named
        if kind in ("plan", "plan_next") and not _before_delivery_in_review_year(report):
            return RoleDecision("target", deadline if deadline and plan_year and deadline > plan_year else plan_year + (1 if kind == "plan_next" else 0) if plan_year else None)  # (到2025年，力争…: 2025's)
        if (kind == "year" and year is not None and plan_year is not None and year >= plan_year
                and _deadline_year(report, sentence_start, t.start, year)):
            return RoleDecision("target", year)
        if kind == "year" and year is not None and review_year is not None and year < review_year:
            return RoleDecision("actual", year)
        if kind == "year" and year is not None and plan_year is not None and year >= plan_year:
            # 2020年，全县一般公共预算收入预计安排…: a goal for the year named, when committed to after
            # it (谋划2025年重点项目51个 is last year's work on that year's projects)
            at = window.rfind(f"{year}年")
            if at >= 0 and cue_pattern("commit").search(window, at) is not None:
                return RoleDecision("target", year)
        return _actual(kind, review_year)
    # no part (a news item quoting a report, a fragment): the nearest cue decides
    if kind in ("plan", "plan_next", "commit"):
        return RoleDecision("target", plan_year)
    if kind == "year" and year is not None and plan_year is not None and year >= plan_year:
        return RoleDecision("target", year)
    if kind == "year" and year is not None:
        return RoleDecision("actual", year)
    return _actual(kind, review_year)


ACHIEVED = re.compile(r"[^，,。；;]{0,3}(?:实现|完成|达成)")  # 目标顺利实现: a goal met, not one set


def _commits_to_goals(report: Report, sentence_start: int, pos: int) -> bool:
    """The nearest cue before ``pos`` commits (围绕上述目标, 力争), and is not a goal met (目标顺利实现)."""
    kind, _, at = nearest_cue(report, sentence_start, pos)
    if kind != "commit":
        return False
    cue = cue_pattern("commit").match(report.scan, sentence_start + at)
    return cue is None or ACHIEVED.match(report.scan, cue.end()) is None


REST_OF_YEAR = re.compile(r"第?四季度|年内|后三个月|最后一个季度")


def _future_named_before(report: Report, sentence_start: int, pos: int) -> bool:
    """A plan cue (今年, 下半年 …) or a year from the plan year on is named before ``pos``; in a
    report on part of a year, also the rest of it (第四季度，我们将…确保…)."""
    scan = report.scan
    if any(cues()[word] in ("plan", "plan_next") for _, _, word in cues_before(scan, sentence_start, pos)):
        return True
    if (report.plan_year is not None and report.plan_year == report.review_year
            and REST_OF_YEAR.search(scan, period_scope(scan, sentence_start), pos)):
        return True
    plan_year = report.plan_year
    return plan_year is not None and any(int(y) >= plan_year for y in EXPLICIT_YEAR.findall(scan, sentence_start, pos))


def plan_opening(scan: str, sentence_start: int) -> str:
    """The cue (plan or plan_next: 下半年, 下一步, 今年, 明年) and comma that open the paragraph of a
    sentence other than its first; '' when none does."""
    para = scan.rfind("\n", 0, sentence_start) + 1
    m = cue_tree().match(scan, para) if para < sentence_start else None
    kind = cues()[m.group()] if m else ""
    return kind if m and kind in ("plan", "plan_next") and scan.startswith(("，", ","), m.end()) else ""


# 将由去年的1076亿元增加到1562亿元: 去年 dates the start; the end, after 到, is the plan's
PLANNED_RISE: Final = re.compile(r"(?:由|从)(?:去年|上年)的?[\d.]+[^\d，,。；;]{0,6}?(?:增加|提高|提升|扩大|增长|降低|下降|减少|压减)?(?:到|至)$")


def _end_of_a_planned_rise(scan: str, sentence_start: int, cue: int, pos: int) -> bool:
    """The figure at ``pos`` ends a from-to whose start the review cue at ``cue`` dates (由去年的X增加到),
    in a sentence that commits to it before the cue (将, 要, 今年 …)."""
    return (scan[pos - 1:pos] in ("到", "至") and cue > sentence_start and scan[cue - 1] in "由从"
            and PLANNED_RISE.match(scan, cue - 1, pos) is not None
            and (cue_pattern("plan", "commit").search(scan, sentence_start, cue) is not None or "将" in scan[sentence_start:cue]))


def _actual(kind: str, review_year: int | None) -> RoleDecision:
    if kind == "review_multi" and review_year is not None:
        return RoleDecision("actual", review_year, year_from=review_year - 4)
    return RoleDecision("actual", review_year)


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


