"""extract_quantities: one row per figure in a report, with provenance.

Conventions follow tests/fixtures/gold/README.md: the span covers number, multiplier, 余/多 and
unit; words before (突破, 约) and after (以上, 左右) go to ``qualifier``; dates, document
numbers and code names are meta/label rows.
"""
from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from functools import cache

import numpy as np
import pandas as pd

from govreport.indicators import (CLAUSE_BREAK, THRESHOLD_WORD, add_measure, add_scores, all_verbs, best_category,
                                  is_generic, is_money_class, keyword_hits, keyword_scores, keywords_within,
                                  merge_names, post_noun, post_noun_units, scores_of, strip_clause, threshold_of,
                                  translate, trim_long)
from govreport.lexicon import qualifier_pattern, qualifier_words, qualifiers
from govreport.numerals import format_decimal
from govreport.report import Report, Sentence
from govreport.roles import cue_free, meta_or_label, quantity_role
from govreport.scanner import Token, join_ranges_and_lists, scan_tokens

COLUMNS = ["id", "start", "end", "text", "value", "value_high", "unit", "qualifier", "role", "year",
           "year_from", "indicator", "indicator_en", "category", "direction", "kind", "part", "section",
           "sentence", "sentence_start", "sentence_end"]
YEARS = ("year", "year_from")
OFFSETS = ("start", "end", "sentence_start", "sentence_end")
DECIMALS = ("value", "value_high")
INCREASE = ("增长", "提高", "增加", "上升", "提升", "扩大", "增收", "上涨")
DECREASE = ("下降", "减少", "降低", "回落", "缩小", "收窄", "下跌", "减")
DISTRIBUTIVE = ("分别", "依次")
TRIM_AT = 14  # a longer name is cut to the subject after its last action verb
FIRST_CLAUSE_END = re.compile(r"[，,；;：:]")
NUMBER_CHAR = re.compile(r"[\d.,%]")
NUMBER_ONLY = re.compile(r"[\d.,%]*")


@cache
def _before_pattern() -> tuple[re.Pattern[str], int, frozenset[str]]:
    """A qualifier word ending the text before a figure (longest first), the longest's length,
    and the characters such a word or a link (达到, 至) can end with: any other character right
    before a figure means no qualifier before it."""
    before = qualifier_words("before")
    last_chars = frozenset(w[-1] for w in before) | frozenset("达到了至")
    return re.compile("(?:" + "|".join(re.escape(w) for w in before) + ")$"), len(before[0]), last_chars


LINK_BEFORE_FIGURE = re.compile(r"(达到|达|到|了|至)$")
NEAR_WORDS = ("近", "将近", "接近")
INCREASE_RE = re.compile("|".join(INCREASE))
DECREASE_RE = re.compile("|".join(DECREASE))


def qualifier_of(scan: str, t: Token, clause_lo: int) -> str:
    """more_than / at_least / at_most / about / '' from 余/多, words before and words after."""
    q = qualifiers()
    if t.approx:
        return q["inside"].get(t.approx, "more_than")
    before_word, longest, last_chars = _before_pattern()
    m = qualifier_pattern("after").match(scan, t.end, t.end + 3)
    if m:
        return q["after"][m.group()]
    if t.start == 0 or scan[t.start - 1] not in last_chars:
        return ""
    before = LINK_BEFORE_FIGURE.sub("", scan[max(clause_lo, t.start - 4):t.start])
    m = before_word.search(before, max(0, len(before) - longest))
    if m is None:
        return ""
    if m.group() in NEAR_WORDS and scan.startswith("年", t.end):  # 近3年 = the last three years
        for word in qualifier_words("before"):
            if before.endswith(word) and word not in NEAR_WORDS:
                return q["before"][word]
        return ""
    return q["before"][m.group()]


def direction_and_kind(scan: str, t: Token, clause_lo: int) -> tuple[str, str]:
    tail = scan[max(clause_lo, t.start - 6):t.start]
    direction = "level"
    if INCREASE_RE.search(tail) or t.unit == "倍" and "翻" in scan[t.start:t.end]:
        direction = "increase"
    elif DECREASE_RE.search(tail):
        direction = "decrease"
    if t.unit in ("百分点", "个百分点") or (t.unit in ("%", "倍") and direction != "level"):
        return direction, "change"
    if t.unit in ("%", "‰"):
        return direction, "share"
    return direction, "level"


class _Namer:
    """Names the figures of one sentence, keeping what naming needs: the sentence's topic (the
    object of its first figure) and the names already given (for 25户76人, 生猪…头、肉牛…头 and
    分别 lists)."""

    def __init__(self, scan: str, sentence: Sentence) -> None:
        self.scan = scan
        self.sentence = sentence
        self.names: list[tuple[str, str, str]] = []  # (object, moved verb, unit)
        self._topic: str | None = None  # worked out when first needed: most figures never need it
        self.first = True
        self.last_was_threshold = False  # 亿元以上项目917个: the count's name starts before the threshold
        self.post_units = post_noun_units()
        self.distributive: tuple[int, int, str] | None = None  # (first member index, size, generic name)

    @property
    def topic(self) -> str:
        """The sentence's topic: the object of its first figure, else what its first clause names."""
        if self._topic is None:
            start, end = self.sentence.start, self.sentence.end
            cut = FIRST_CLAUSE_END.search(self.scan, start, end)
            first_clause = self.scan[start:cut.start() if cut else end]
            number = NUMBER_CHAR.search(first_clause)
            obj, verb = strip_clause(first_clause[:number.start()] if number else first_clause)
            self._topic = obj[: len(obj) - len(verb)] if verb else obj
        return self._topic

    @topic.setter
    def topic(self, value: str) -> None:
        self._topic = value

    def name(self, t: Token, lo: int, list_size: int) -> str:
        """The indicator name of token ``t``, whose clause starts at ``lo``."""
        clause = self.scan[lo:t.start]
        base, verb = strip_clause(clause)
        obj = base[: len(base) - len(verb)] if verb else base
        if NUMBER_ONLY.fullmatch(base):
            base = obj = ""
        # 新开工亿元以上项目917个: a bare amount that classifies projects is named for what it
        # classifies, and the count after it keeps the whole clause (开工亿元以上项目数)
        self.last_was_threshold = t.implicit and THRESHOLD_WORD.match(self.scan, t.end) is not None
        threshold = threshold_of(self.scan, t.end, t.unit) if self.last_was_threshold else ""
        if threshold:
            return threshold
        prev = self.names[-1] if self.names else None
        post = post_noun(self.scan, t.end, t.unit) if t.unit in self.post_units else ""
        if post:
            base, obj, verb = post, post, ""
        elif not base and prev:  # 25户76人: the second figure shares the first one's subject
            base, obj, verb = prev[0] + prev[1], prev[0], prev[1]
        elif prev and prev[1] and not verb and clause.lstrip().startswith("、"):  # 生猪…头、肉牛…头
            verb = prev[1]
            base = obj + verb
        elif prev and base and all_verbs(base):  # 正在组织实施234个: the verb of the previous subject
            base, obj = prev[0] + base, prev[0]
        if list_size > 1 and any(w in clause for w in DISTRIBUTIVE):
            self.distributive = (len(self.names), list_size, base)
        if self.distributive and not post:
            first, size, generic = self.distributive
            k = len(self.names) - first
            subjects = [n for n in self.names[:first] if n[2] != t.unit]
            if 0 <= k < size and len(subjects) >= size:
                subject = subjects[len(subjects) - size + k]
                base = merge_names(subject[0] + subject[1], generic)
                obj = base
        elif base and is_generic(base) and not post:
            topic = self.topic if self.topic and self.topic != base else (prev[0] if prev else "")
            if topic and topic not in base:
                base = merge_names(topic, base)
        if not base:
            base = self.topic
        if len(base) > TRIM_AT:
            base = trim_long(base, TRIM_AT)
        if self.first and obj:
            self.topic, self.first = obj, False
        self.names.append((obj or base, verb, t.unit))
        return add_measure(base, t.unit)


class _Keywords:
    """Category keywords of one sentence, found once: the sentence's background scores (with
    its paragraph's opening and section) and the keywords of any clause inside it."""

    def __init__(self, scan: str, start: int, end: int, context_scores: dict[str, float], exact: bool) -> None:
        self.start = start
        self.hits = keyword_hits(scan[start:end])
        self.starts = [offset for offset, _ in self.hits]
        self.background = add_scores(scores_of((k for _, k in self.hits), 2.0), context_scores)
        self.background_best = best_category(self.background)
        self.exact = exact  # False for a window around a figure outside any sentence

    def clause_scores(self, scan: str, lo: int, hi: int) -> dict[str, float]:
        """Scores (weight 4) of ``scan[lo:hi]``, from the sentence's hits where they decide it."""
        if self.exact:
            found = keywords_within(self.hits, self.starts, lo - self.start, hi - self.start)
            if found is not None:
                return scores_of(found, 4.0)
        return keyword_scores(scan[lo:hi], 4.0)

    def category(self, scan: str, lo: int, hi: int, name_scores: dict[str, float]) -> str:
        """The category of a figure named with ``name_scores`` whose clause is ``scan[lo:hi]``:
        name (weight 8), clause (4), then the sentence's background."""
        starts = self.starts
        if self.exact and bisect.bisect_left(starts, lo - self.start) == bisect.bisect_left(starts, hi - self.start):
            clause: dict[str, float] = {}  # no keyword starts in the clause
        else:
            clause = self.clause_scores(scan, lo, hi)
        if not clause and not name_scores:  # nothing of its own: the sentence decides
            return self.background_best
        return best_category(add_scores(add_scores(dict(self.background), name_scores), clause))


class _SentenceState:
    """What every figure of one sentence shares, worked out once: its text, part and section,
    whether it has any time cue, its namer and (when a figure needs them) its category keywords."""

    def __init__(self, report: Report, sentence: Sentence | None, start: int, end: int) -> None:
        self.sentence = sentence
        self.start, self.end = start, end
        self.part = sentence.part if sentence else "other"
        self.section = sentence.section if sentence else ""
        self.text = report.text[start:end]
        self.namer = _Namer(report.scan, sentence if sentence else Sentence(start, end, self.part, "", -1))
        self.keywords: _Keywords | None = None
        self.no_cues = cue_free(report.scan, start, end)

    def clause_start(self, pos: int, reversed_scan: str) -> int:
        """Where the clause that ends at ``pos`` begins (after the last comma, colon, bracket …
        before it in the sentence): the first break searching back, i.e. forward in the
        reversed text (Python's patterns only search forward)."""
        n = len(reversed_scan)
        m = CLAUSE_BREAK.search(reversed_scan, n - pos, n - self.start)
        return n - m.start() if m else self.start


def extract_quantities(report: Report) -> pd.DataFrame:
    """One row per figure in ``report``, in text order; see COLUMNS and the README."""
    with _collector_paused():
        return _frame(_rows(report))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, then restore it as it was.

    Reading a report makes tens of thousands of small tuples, dicts and strings and no reference
    cycles, so the collector, woken every 700 allocations, would only walk them again and again
    (a few per cent of the time). Reference counting still frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _rows(report: Report) -> list[tuple]:
    """The table's rows (COLUMNS without id), in text order."""
    scan, text = report.scan, report.text
    tokens = join_ranges_and_lists(scan, scan_tokens(scan))
    list_sizes = _list_sizes(scan, tokens)
    reversed_scan = scan[::-1]
    starts = [s.start for s in report.sentences]
    header = report.parts.get("header")
    rows: list[tuple] = []
    state: _SentenceState | None = None
    state_key = -2
    context_scores: dict[int, dict[str, float]] = {}  # paragraph -> scores of its opening and section
    names_en: dict[str, str] = {}  # a report repeats names (产值, 户数): translate and score each once
    name_scores: dict[str, dict[str, float]] = {}
    openings = _first_sentences(report)
    # the previous row, for 分别增长3.3%、7.4% (direction); and the previous figure that ends a
    # clause for naming (25户76人: 76人 is named from what follows 25户; a meta row or another
    # sentence resets it, a threshold such as 亿元以上 does not count)
    prev_end = -1
    prev_unit = prev_direction = prev_kind = ""
    cut: int | None = None
    sentences = report.sentences
    header_start, header_end = (header.start, header.end) if header is not None else (0, 0)
    for i, t in enumerate(tokens):
        t_start, t_end, unit = t.start, t.end, t.unit
        if state is None or not (state.start <= t_start < state.end) or state_key < 0:
            k = bisect.bisect_right(starts, t_start) - 1
            sentence = sentences[k] if k >= 0 and t_start < sentences[k].end else None
            if sentence is None:  # a figure outside every sentence: a window around it
                state, state_key = _SentenceState(report, None, max(0, t_start - 50), min(len(text), t_end + 50)), -1
            elif k != state_key:
                state, state_key = _SentenceState(report, sentence, sentence.start, sentence.end), k
        s_start, s_end = state.start, state.end
        decision = meta_or_label(report, t, header_start <= t_start < header_end)
        if decision is not None:
            value = Decimal(int(t.number_text)) if t.number_text.isdigit() else t.value
            end = t_end + decision.extend
            unit = decision.meta_unit or unit
            rows.append((t_start, end, text[t_start:end], value, t.value_high, unit, "", decision.role, None, None,
                         "", "", decision.role, "", "", state.part, state.section, state.text, s_start, s_end))
            prev_end, prev_unit, prev_direction, prev_kind, cut = end, unit, "", "", None
            continue
        clause_lo = state.clause_start(t_start, reversed_scan)
        role = quantity_role(report, t, s_start, state.part, state.no_cues)
        lo = clause_lo if cut is None or cut <= s_start or cut < clause_lo else cut
        namer = state.namer
        indicator = namer.name(t, lo, list_sizes[i])
        keywords = state.keywords
        if keywords is None:
            sentence = state.sentence
            paragraph = sentence.paragraph if sentence else -1
            if paragraph not in context_scores:
                context_scores[paragraph] = keyword_scores(_paragraph_opening(report, sentence, openings), 1.0)
            keywords = state.keywords = _Keywords(scan, s_start, s_end, context_scores[paragraph], sentence is not None)
        direction, kind = direction_and_kind(scan, t, clause_lo)
        if (direction == "level" and prev_direction and prev_unit == unit
                and scan[prev_end:t_start] in ("、", "和", "及", "，", ",")):
            direction, kind = prev_direction, prev_kind  # 分别增长3.3%、7.4%
        if is_money_class(scan, t_end, unit, t.implicit):
            kind = "threshold"  # 亿元以上项目: not an amount of money anyone spent or earned
        if indicator not in names_en:
            names_en[indicator] = translate(indicator)
            name_scores[indicator] = keyword_scores(indicator, 8.0)
        category = keywords.category(scan, lo, t_start, name_scores[indicator])
        rows.append((t_start, t_end, text[t_start:t_end], t.value, t.value_high, unit, qualifier_of(scan, t, clause_lo),
                     role.role, role.year, role.year_from, indicator, names_en[indicator], category, direction, kind,
                     state.part, state.section, state.text, s_start, s_end))
        prev_end, prev_unit, prev_direction, prev_kind = t_end, unit, direction, kind
        if not namer.last_was_threshold:
            cut = t_end
    return rows


def _frame(rows: list[tuple]) -> pd.DataFrame:
    """The rows as a table with COLUMNS; years as nullable integers."""
    if not rows:
        return pd.DataFrame({name: pd.Series(dtype="int64" if name == "id" else "Int64" if name in YEARS else object)
                             for name in COLUMNS})
    data: dict[str, object] = {"id": np.arange(1, len(rows) + 1)}
    for name, values in zip(COLUMNS[1:], zip(*rows)):
        if name in YEARS:
            data[name] = _nullable_ints(values)
        elif name in OFFSETS:
            data[name] = np.array(values, dtype=np.int64)
        else:  # typed up front, pandas need not infer each column
            data[name] = np.array(values, dtype=object) if name in DECIMALS else pd.array(values, dtype="str")
    return pd.DataFrame(data, copy=False)


def _nullable_ints(values: tuple[int | None, ...]) -> pd.arrays.IntegerArray:
    """Years as an Int64 column (None -> <NA>), built from a mask (pd.array would coerce each cell)."""
    mask = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
    data = np.fromiter((0 if v is None else v for v in values), dtype=np.int64, count=len(values))
    return pd.arrays.IntegerArray(data, mask)


def _list_sizes(scan: str, tokens: list[Token]) -> list[int]:
    """For each token, how many figures form a list starting at it (93%、96.93% -> 2, 1)."""
    sizes = [1] * len(tokens)
    for i in range(len(tokens) - 2, -1, -1):
        if scan[tokens[i].end:tokens[i + 1].start] in ("、", "和", "及", "，", ","):
            sizes[i] = sizes[i + 1] + 1
    return sizes


def _first_sentences(report: Report) -> dict[int, Sentence]:
    """Paragraph index -> its first sentence."""
    firsts: dict[int, Sentence] = {}
    for s in report.sentences:
        firsts.setdefault(s.paragraph, s)
    return firsts


def _paragraph_opening(report: Report, sentence: Sentence | None, firsts: dict[int, Sentence]) -> str:
    """The first sentence of the figure's paragraph, and its section title: the topic context."""
    if sentence is None or sentence.paragraph < 0:
        return ""
    first = firsts.get(sentence.paragraph)
    opening = report.scan[first.start:first.end] if first else ""
    return opening + sentence.section


def to_csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The table as written to CSV: exact values in plain decimal notation."""
    out = frame.copy()
    out["value"] = out["value"].map(format_decimal)
    out["value_high"] = out["value_high"].map(lambda v: format_decimal(v) if v is not None and v == v else "")
    return out
