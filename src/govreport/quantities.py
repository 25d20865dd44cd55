"""extract_quantities: one row per figure in a report, with provenance.

Conventions follow tests/fixtures/gold/README.md: the span covers number, multiplier, 余/多 and
unit; words before (突破, 约) and after (以上, 左右) go to ``qualifier``; dates, document
numbers and code names are meta/label rows.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import cache

import pandas as pd

from govreport.indicators import (add_measure, all_verbs, background_scores, categorise, clause_start, is_generic, merge_names,
                                  post_noun, strip_clause, translate, trim_long)
from govreport.lexicon import qualifier_words, qualifiers
from govreport.numerals import format_decimal
from govreport.report import Report, Sentence
from govreport.roles import meta_or_label, quantity_role
from govreport.scanner import Token, join_ranges_and_lists, scan_tokens

COLUMNS = ["id", "start", "end", "text", "value", "value_high", "unit", "qualifier", "role", "year",
           "year_from", "indicator", "indicator_en", "category", "direction", "kind", "part", "section",
           "sentence", "sentence_start", "sentence_end"]
INCREASE = ("增长", "提高", "增加", "上升", "提升", "扩大", "增收", "上涨")
DECREASE = ("下降", "减少", "降低", "回落", "缩小", "收窄", "下跌", "减")
DISTRIBUTIVE = ("分别", "依次")


@cache
def _qualifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """(a qualifier word after the figure, one before it, the longest before-word's length);
    alternatives longest first, so 及以上 wins over 以上 as in ``qualifier_words``."""
    alt = lambda words: "|".join(re.escape(w) for w in words)  # noqa: E731
    before = qualifier_words("before")
    return re.compile(alt(qualifier_words("after"))), re.compile(f"(?:{alt(before)})$"), len(before[0])


LINK_BEFORE_FIGURE = re.compile(r"(达到|达|到|了|至)$")
NEAR_WORDS = ("近", "将近", "接近")
INCREASE_RE = re.compile("|".join(INCREASE))
DECREASE_RE = re.compile("|".join(DECREASE))


def qualifier_of(scan: str, t: Token, clause_lo: int) -> str:
    """more_than / at_least / at_most / about / '' from 余/多, words before and words after."""
    q = qualifiers()
    if t.approx:
        return q["inside"].get(t.approx, "more_than")
    after, before_word, longest = _qualifier_patterns()
    m = after.match(scan, t.end, t.end + 3)
    if m:
        return q["after"][m.group()]
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
    before = scan[clause_lo:t.start]
    tail = before[-6:]
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
        self.names: list[tuple[str, str, str]] = []  # (object, moved verb, unit)
        first_clause = re.split(r"[，,；;：:]", scan[sentence.start:sentence.end], maxsplit=1)[0]
        obj, verb = strip_clause(re.sub(r"[\d.,%]+.*$", "", first_clause))
        self.topic = obj[: len(obj) - len(verb)] if verb else obj
        self.first = True
        self.distributive: tuple[int, int, str] | None = None  # (first member index, size, generic name)

    def name(self, t: Token, lo: int, list_size: int) -> tuple[str, str]:
        """(indicator, clause text) for token ``t`` whose clause starts at ``lo``."""
        clause = self.scan[lo:t.start]
        base, verb = strip_clause(clause)
        obj = base[: len(base) - len(verb)] if verb else base
        if re.fullmatch(r"[\d.,%]*", base):
            base = obj = ""
        prev = self.names[-1] if self.names else None
        post = post_noun(self.scan, t.end, t.unit)
        if post:
            base, obj, verb = post, post, ""
        elif not base and prev:  # 25户76人: the second figure shares the first one's subject
            base, obj, verb = prev[0] + prev[1], prev[0], prev[1]
        elif prev and prev[1] and not verb and clause.lstrip().startswith("、"):  # 生猪…头、肉牛…头
            verb = prev[1]
            base = obj + verb
        elif prev and base and all_verbs(base):  # 正在组织实施234个: the verb of the previous subject
            base, obj = prev[0] + base, prev[0]
        if any(w in clause for w in DISTRIBUTIVE) and list_size > 1:
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
        base = trim_long(base)
        if self.first and obj:
            self.topic, self.first = obj, False
        self.names.append((obj or base, verb, t.unit))
        return add_measure(base, t.unit), clause


def extract_quantities(report: Report) -> pd.DataFrame:
    """One row per figure in ``report``, in text order; see COLUMNS and the README."""
    scan, text = report.scan, report.text
    tokens = join_ranges_and_lists(scan, scan_tokens(scan))
    starts = [s.start for s in report.sentences]
    header = report.parts.get("header")
    rows = []
    namer: _Namer | None = None
    last_sentence = -1
    background_key, background = -2, {}
    openings = _first_sentences(report)
    for i, t in enumerate(tokens):
        k = bisect.bisect_right(starts, t.start) - 1
        sentence = report.sentences[k] if k >= 0 and t.start < report.sentences[k].end else None
        s_start = sentence.start if sentence else max(0, t.start - 50)
        s_end = sentence.end if sentence else min(len(text), t.end + 50)
        part = sentence.part if sentence else "other"
        in_header = bool(header and header.start <= t.start < header.end)
        decision = meta_or_label(report, t, in_header)
        clause_lo = clause_start(scan, s_start, t.start)
        row = {"start": t.start, "end": t.end, "value": t.value, "value_high": t.value_high, "unit": t.unit,
               "qualifier": "", "year": None, "year_from": None, "indicator": "", "indicator_en": "",
               "direction": "", "kind": "", "part": part, "section": sentence.section if sentence else "",
               "sentence": text[s_start:s_end], "sentence_start": s_start, "sentence_end": s_end}
        if decision is not None:
            end = t.end + decision.extend
            row.update(end=end, role=decision.role, category=decision.role,
                       unit=decision.meta_unit or t.unit, value=Decimal(int(t.number_text)) if t.number_text.isdigit() else t.value)
        else:
            if sentence is not None and k != last_sentence:
                namer, last_sentence = _Namer(scan, sentence), k
            elif sentence is None:
                namer, last_sentence = _Namer(scan, Sentence(s_start, s_end, part, "", -1)), -1
            role = quantity_role(report, t, s_start, part)
            lo = max(clause_lo, _previous_end(rows, s_start))
            indicator, clause = namer.name(t, lo, _list_size(scan, tokens, i))
            if background_key != k:
                background_key = k
                background = background_scores(scan[s_start:s_end], _paragraph_opening(report, sentence, openings))
            direction, kind = direction_and_kind(scan, t, clause_lo)
            previous = rows[-1] if rows else None
            if (direction == "level" and previous is not None and previous.get("direction") not in ("", None)
                    and previous["unit"] == t.unit and scan[previous["end"]:t.start] in ("、", "和", "及", "，", ",")):
                direction, kind = previous["direction"], previous["kind"]  # 分别增长3.3%、7.4%
            row.update(role=role.role, year=role.year, year_from=role.year_from,
                       qualifier=qualifier_of(scan, t, clause_lo), indicator=indicator,
                       indicator_en=translate(indicator),
                       category=categorise(indicator, clause, background),
                       direction=direction, kind=kind)
        row["text"] = text[row["start"]:row["end"]]
        rows.append(row)
    frame = pd.DataFrame(rows, columns=[c for c in COLUMNS if c != "id"])
    frame.insert(0, "id", range(1, len(frame) + 1))
    for col in ("year", "year_from"):
        frame[col] = frame[col].astype("Int64")
    return frame


def _list_size(scan: str, tokens: list[Token], i: int) -> int:
    """How many figures form a list starting at token i (93%、96.93% -> 2)."""
    size = 1
    while i + size < len(tokens) and scan[tokens[i + size - 1].end:tokens[i + size].start] in ("、", "和", "及", "，", ","):
        size += 1
    return size


def _previous_end(rows: list[dict], sentence_start: int) -> int:
    """End of the previous quantity row in the same sentence (so 25户76人 names 76人 alone)."""
    if rows and rows[-1]["start"] >= sentence_start and rows[-1]["role"] in ("actual", "target"):
        return rows[-1]["end"]
    return sentence_start


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
