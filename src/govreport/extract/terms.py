"""The years a goal is for when its sentence or section names them: a deadline (到2027年), or a
five-year term (“十四五”时期…的主要目标, a section on “十五五”时期主要目标任务), whose goals are for
its last year (tables_words.json ``five_year_plans``).
"""
from __future__ import annotations

import bisect
import re
from typing import Any, Final
from functools import cache, lru_cache

from govreport.extract.periods import period_scope
from govreport.lexicon import read_json
from govreport.cue_words import cue_pattern, cues
from govreport.report.model import Report


@cache
def _five_year_plans() -> tuple[re.Pattern[str], dict[str, list[int]]]:
    """The five-year plans' names as one pattern, and name -> [first, last year] (tables_words.json)."""
    plans = read_json("tables_words.json")["five_year_plans"]
    return re.compile(f"({'|'.join(plans)})”?(?:时期|期间|末)"), plans  # the term itself, not 以十五五规划编制为契机



CLAUSE_MARKS: Final = "，,；;。：:"
TERM_LEAD: Final = re.compile(r"(?:确保|力争|争取|努力|到)?“?")  # what a clause opens after (not 、: a list's members share their clause)


def opening_term(before: str, plan_year: int | None) -> tuple[int, int] | None:
    """(first, last year) of a five-year term that opens the clause ``before`` ends in and ends after the
    plan year (…，“十五五”时期市（州）中心城市新增人口100万、…): the clause's goals are the term's, not the plan year's.
    A term ending in the plan year counts when its 时期/期间 opens the clause (“十四五”时期能耗强度下降14.5% in a 2025
    plan: the term's cumulative goal, from its first year; spot 38 阜新), not its 末 (“十四五”末…达到: the year's level)."""
    start = max(before.rfind(c) for c in CLAUSE_MARKS) + 1
    if plan_year is None or "五" not in before[start:start + 8]:  # (most clauses: no term name at their start)
        return None
    lead = TERM_LEAD.match(before, start)  # 确保“十四五”末…: a commitment word may open the clause before the term (held-out audit 47 新乡)
    m = _five_year_plans()[0].match(before, lead.end() if lead else start)
    term = _five_year_plans()[1][m.group(1)] if m else None
    if term and term[1] == plan_year and m is not None and not m.group(0).endswith("末"):
        return term[0], term[1]
    return (term[0], term[1]) if term and term[1] > plan_year else None


def past_term_opens(scan: str, at: int, plan_year: int | None) -> bool:
    """A five-year term that ended before the plan year opens ``scan`` at ``at`` (“十三五”时期，我们… in a 2021
    report's closing part: held-out set 77): a recap of the term, as 过去五年 (scopes.recap_run_cut)."""
    if plan_year is None or "五" not in scan[at:at + 6]:
        return False
    m = _five_year_plans()[0].match(scan, at + (1 if scan.startswith("“", at) else 0))
    term = _five_year_plans()[1].get(m.group(1)) if m else None
    return term is not None and term[1] < plan_year


def term_holding(year: int | None) -> tuple[int, int] | None:
    """(first, last year) of the five-year plan whose term holds ``year`` (2006 → 十一五, 2006–2010)."""
    return next(((a, b) for a, b in _five_year_plans()[1].values() if year is not None and a <= year <= b), None)


def term_years(report: Report, role: str, year: int | None) -> tuple[int, int] | None:
    """(year, year_from) of a figure in a part ``term`` (a five-year plan's outline after the plan): a
    review-year result is the last term's (from four years before), a plan-year goal the term's
    that holds the plan year (十一五: 2010, from 2006); None for any other figure."""
    span, review_year = term_holding(report.plan_year), report.review_year
    if span is None or review_year is None or year is None:
        return None
    if role == "target" and year == report.plan_year:
        return span[1], span[0]
    return (year, review_year - 4) if role == "actual" and year == review_year else None


@lru_cache(maxsize=64)
@cache
def _heading_plans() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A five-year plan's name in a heading, with 时期 or straight before the words of its goals (二、“十四五”发展主要
    目标任务), and those words (tables_words.json term_goal_heads: 目标, 主要考虑)."""
    data = read_json("tables_words.json")
    heads = tuple(data["term_goal_heads"])
    names = "|".join(data["five_year_plans"])
    return re.compile(f"({names})”?(?:时期|期间|末|[\u4e00-\u9fff的]{{0,4}}(?:{'|'.join(heads)}))"), heads


def heading_term(title: str, plan_year: int | None) -> tuple[int, int] | None:
    """(first, last year) of the five-year term a section heading sets goals for (“十五五”时期主要
    目标任务, “十四五”时期发展的主要考虑, “十四五”发展主要目标任务: held-out set 71), when the term runs past the plan
    year; None otherwise."""
    pattern, heads = _heading_plans()
    if plan_year is None or not any(h in title for h in heads):
        return None
    plans = _five_year_plans()[1]
    terms = [plans[m.group(1)] for m in pattern.finditer(title)]
    return (terms[-1][0], terms[-1][1]) if terms and terms[-1][1] > plan_year else None



@cache
def _five_year_cues() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(five_year_cues, five_year_weak_cues, plan_year_goal_words, five_year_programme_ends) of tables_words.json."""
    data = read_json("tables_words.json")
    return (tuple(data["five_year_cues"]), tuple(data["five_year_weak_cues"]), tuple(data["plan_year_goal_words"]),
            tuple(data["five_year_programme_ends"]))


def _cue_in(cue: str, sentence: str, programme_ends: tuple[str, ...]) -> bool:
    """Whether ``cue`` stands in ``sentence`` other than as a word of a programme's name (五年倍增计划)."""
    at = sentence.find(cue)
    while at >= 0:
        if not sentence.startswith(programme_ends, at + len(cue)):
            return True
        at = sentence.find(cue, at + 1)
    return False


@cache
def _plan_start_words() -> tuple[str, ...]:
    return tuple(read_json("tables_words.json")["plan_start_words"])


def shares_plan_year(title: str, plan_year: int | None, first: int) -> bool:
    """Whether a heading naming a five-year plan is the plan year's too: it names that year
    (“十五五”时期目标任务和2026年工作安排), or the plan year is the plan's first and the heading
    speaks of its start (全力推动“十五五”开好局、起好步: tables_words.json ``plan_start_words``)."""
    return plan_year is not None and (f"{plan_year}年" in title
                                      or first == plan_year and any(w in title for w in _plan_start_words()))


def speaks_of_plan(sentence: str, names: tuple[str, ...], last: int, plan_year: int | None) -> bool:
    """Whether a sentence under a heading shared by a five-year plan and the plan year is the
    plan's: it names the plan (``names``), its last year, or a word of ``five_year_cues``; or a weak
    cue (指标) when it sets out no goals of the plan year (今年, 预期目标, the year named)."""
    cues, weak, plan_words, programme_ends = _five_year_cues()
    if any(cue in sentence for cue in (*names, f"{last}年")) or any(_cue_in(cue, sentence, programme_ends) for cue in cues):
        return True
    return any(cue in sentence for cue in weak) and not any(w in sentence for w in (*plan_words, f"{plan_year}年"))


def sentence_term(title: str, plan_year: int | None, scan: str, start: int, end: int) -> tuple[int, int] | None:
    """``heading_term`` for a sentence under ``title``. A heading shared with the plan year
    (“十五五”时期目标任务和2026年工作安排, ``shares_plan_year``) sets the term's goals only in the sentence (``scan[start:end]``)
    that speaks of the term: its name, its last year, or a word of tables_words.json ``five_year_cues`` (年均,
    纲要 …); its other sentences are the plan year's."""
    term = heading_term(title, plan_year)
    if term is None or not shares_plan_year(title, plan_year, term[0]):
        return term
    pattern, _ = _five_year_plans()
    names = tuple(m.group(1) for m in pattern.finditer(title))
    return term if speaks_of_plan(scan[start:end], names, term[1], plan_year) else None


def plan_term(report: Report, sentence_start: int, pos: int) -> tuple[int, int] | None:
    """(first, last year) of a five-year plan that a goal names before ``pos`` in its sentence
    (or in the sentences ；-joined before it), when the plan runs past the plan year and the
    words commit to it (目标, 力争 …): such goals are for the plan's last year."""
    plan_year = report.plan_year
    if plan_year is None:
        return None
    scan = report.scan
    named = [t for t in terms_in_scope(scan, sentence_start) if t[0] <= pos]
    if not named:
        return None
    end, first, last = named[-1]
    if last <= plan_year or "今年" in scan[max(end, sentence_start):pos]:  # …，今年力争分别淘汰3000万吨: this year's slice of the term's total
        return None
    if cue_pattern("commit").search(scan, end, pos) is None and not scan.startswith("五年", sentence_start):
        return None  # (五年淘汰…1亿吨 opening a sentence ；-joined to “十一五”期间: the term's total; audit 21 N07#11)
    return first, last


@lru_cache(maxsize=4)
def _term_marks(scan: str) -> tuple[list[int], list[tuple[int, int, int, int]]]:
    """(start, end, first, last year) of every five-year term the text names, and their starts:
    one pass over the whole text, so a sentence naming none (most) costs a bisection."""
    pattern, plans = _five_year_plans()
    marks: list[tuple[int, int, int, int]] = []
    for m in pattern.finditer(scan):
        first, last = plans[m.group(1)]
        marks.append((m.start(), m.end(), first, last))
    return [m[0] for m in marks], marks


@lru_cache(maxsize=256)
def terms_in_scope(scan: str, sentence_start: int) -> tuple[tuple[int, int, int], ...]:
    """(end, first, last year) of each five-year term named in the sentence and those ；-joined
    before it, found once per sentence (each of its figures asks)."""
    starts, marks = _term_marks(scan)
    if not starts:
        return ()
    lo = period_scope(scan, sentence_start)
    hi = scan.find("。", sentence_start, sentence_start + 1000)  # the full sentence (a figure's own is within it)
    hi = sentence_start + 1000 if hi < 0 else hi
    # a term is named within [lo, hi) as a search of that stretch alone would find it (no term
    # runs over a sentence end, so none found in the whole text hides one starting inside)
    return tuple((end, first, last) for start, end, first, last in marks[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
                 if end <= hi)


THEN_WORDS = ("届时", "到那时")  # "at that time": the deadline just named



DEADLINE = re.compile(r"(?:到|至|力争|确保|争取|展望)((?:19|20)\d\d)年")



# a deadline heading a list of goals: at the start of the full sentence or after its colon, then a
# comma (…主要目标是：到2025年，A…；B…；C…), not one item's own (A…，到2025年建成…；B…)
LIST_DEADLINE: Final = re.compile(r"(?:^|[：:])\s*(?:到|至)((?:19|20)\d\d)年(?:底|末)?[，,]")


def list_deadline(scan: str, sentence_start: int) -> int | None:
    """The deadline heading the ；-joined list a sentence is an item of (到2025年，A；B；C: B and C
    are goals for 2025 too), None when the sentence opens its own full sentence or no deadline
    heads the list. Once per sentence."""
    if sentence_start == 0 or scan[sentence_start - 1] not in "；;":
        return None
    lo = period_scope(scan, sentence_start)
    m = LIST_DEADLINE.search(scan[lo:sentence_start])
    return int(m.group(1)) if m else None


# “1”即实现一个翻番，…: a sentence glossing one code of a goal named before it in its paragraph, 到2025年实现“12345”目标
GLOSS: Final = re.compile(r"“([^”]{1,8})”(?:即|是指|就是)")
CODED_GOAL: Final = re.compile(r"到((?:19|20)\d\d)年[^。；;]{0,30}?“([^”]{1,16})”(?:目标|任务|工程|行动)")


def glossed_deadline(scan: str, para_start: int, start: int) -> int | None:
    """The deadline of a coded goal a sentence glosses (到2025年实现“12345”目标。“1”即…；“2”即…: each gloss's figures are
    goals for 2025, held-out audit 59 武威), None when the sentence glosses none or no goal of its paragraph holds its code."""
    m = GLOSS.match(scan, start)
    if m is None:
        return None
    goals = [g for g in CODED_GOAL.finditer(scan, para_start, start) if m.group(1) in g.group(2)]
    return int(goals[-1].group(1)) if goals else None


_ONCE: Final[dict[str, Any]] = {}  # accessors made once (not functools.cache: a direct look-up on each of thousands of calls)


def _relative_terms() -> tuple[re.Pattern[str], dict[str, int]]:
    """今明两年 / 今后五年 / 三年内 as one pattern, and each -> how many years it spans (tables_words.json)."""
    if "relative_terms" in _ONCE:
        return _ONCE["relative_terms"]
    spans: dict[str, int] = read_json("tables_words.json")["relative_terms"]
    return _ONCE.setdefault("relative_terms", (re.compile("|".join(sorted(spans, key=len, reverse=True))), spans))


_MULTI_CUE_CHAR: Final[list[str]] = []


def multi_cue_char() -> str:
    """A character every multi-year cue word holds (五 of 五年来, 十四五期间), '' if none: a window
    without it holds no such cue, which a plain search tells faster than the cue pattern."""
    if not _MULTI_CUE_CHAR:
        words = [w for w, kind in cues().items() if kind == "review_multi"]
        shared = set(words[0]).intersection(*words[1:]) if words else set()
        _MULTI_CUE_CHAR.append(min(shared) if shared else "")
    return _MULTI_CUE_CHAR[0]


def relative_terms_pattern() -> re.Pattern[str]:
    """今明两年 / 今后五年 / 三年内: one pattern (a sentence naming one is not cue-free)."""
    return _relative_terms()[0]


def relative_term(window: str) -> int | None:
    """How many years, from the plan year on, the last span word before a figure sets its goal for
    (今明两年，…3500万人次以上: 2), or None where the window names none."""
    pattern, spans = _relative_terms()
    shared = _ONCE.get("relative_shared")
    if shared is None:  # a character every span word holds (年), '' if none: a window without it names none
        common = set.intersection(*(set(w) for w in spans)) if spans else set()
        shared = _ONCE["relative_shared"] = min(common) if common else ""
    if shared and shared not in window:
        return None
    last = None
    for last in pattern.finditer(window):
        pass
    if last is None or this_year_clause(window[last.end():]) or _clause_bound(last.group(), window[last.end():]):
        return None
    return spans[last.group()]


def _clause_bound(term: str, after_span: str) -> bool:
    """A span word that is a verb's adverb (三年发展…50万亩, 三年安排450亿元: ``tables_words.json`` clause_bound_terms) dates only
    the amount of its own clause: a clause break after it leaves the next clause's figure to the plan year
    (…，三年发展高效节水设施农业50万亩，全市农业机械化水平达到69%; held-out set 83 廊坊 row 42, fix163c)."""
    bound = _ONCE.get("clause_bound_terms")
    if bound is None:
        bound = _ONCE["clause_bound_terms"] = tuple(read_json("tables_words.json")["clause_bound_terms"])
    return term in bound and any(c in after_span for c in "，,；;")


def this_year_clause(after_span: str) -> bool:
    """The figure's own clause, after a clause break that follows the span word, opens with a word of the plan year
    (用3年时间建成绿电园区，年内市域内建设100万千瓦: ``tables_words.json`` this_year_openers): the clause's own year, not the span's."""
    cut = max(after_span.rfind(c) for c in "，,；;")
    if cut < 0:
        return False
    openers = _ONCE.get("this_year_openers")
    if openers is None:
        openers = _ONCE["this_year_openers"] = tuple(read_json("tables_words.json")["this_year_openers"])
    return after_span.startswith(openers, cut + 1)


def deadline_in(window: str) -> int | None:
    """到2027年 / 力争2030年: the last deadline year named before the figure, if any."""
    if "年" not in window or "20" not in window and "19" not in window:  # (most windows: two plain searches, no pattern)
        return None
    found = DEADLINE.findall(window)
    return int(found[-1]) if found else None


# the total of a plan of N years (实施总额4万亿元的两年投资计划): the figure, 的, the count of years, a few
# words and 计划/规划; a part after 其中 in the next clause (其中中央政府拟新增1.18万亿元) is of the same plan
PLAN_OF_YEARS: Final = re.compile(r"的([两二三四五六七八九十]|\d{1,2})年[^，,。；;：:]{0,4}(?:计划|规划)")
YEAR_COUNTS: Final = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _plan_years(scan: str, end: int) -> int | None:
    m = PLAN_OF_YEARS.match(scan, end)
    if m is None:
        return None
    count = m.group(1)
    return int(count) if count.isdigit() else YEAR_COUNTS[count]


def plan_of_years(scan: str, sentence_start: int, start: int, end: int) -> int | None:
    """How many years a figure's amount spans when it is the total of a plan of several years (实施
    总额4万亿元的两年投资计划: 2), or the part after 其中 of such a total in the clause before
    (…，其中中央政府拟新增1.18万亿元: 2); None otherwise (and for a one-year plan). Cheap: 年 must
    follow the figure, or 其中 precede it."""
    span = _plan_years(scan, end) if scan.startswith("的", end) else None
    if span is None:
        at = scan.rfind("其中", sentence_start, start)
        if at <= sentence_start or scan[at - 1] not in "，," or any(c in "，,；;。" for c in scan[at:start]):
            return None
        clause = max([sentence_start - 1] + [scan.rfind(c, sentence_start, at - 1) for c in "，,；;：:"]) + 1
        figure = re.search(r"\d[^，,；;：:]*?(?=的)", scan[clause:at - 1])  # the total's figure, then 的
        span = _plan_years(scan, clause + figure.end()) if figure else None
    return span if span is not None and span > 1 else None
