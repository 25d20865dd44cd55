"""Baselines a target's own sentence gives: the start of 从X提高到Y (``from_to_pairs``), and last year's
amount implied by a stated change: 中央财政拟安排补贴资金1230亿元，比上年增加200亿元 says that
last year's amount was 1030亿元, the baseline of the 1230亿元 when the review states none; so does a planned rate
and its change in points (赤字率拟按4%左右安排、比上年提高1个百分点: last year's 3%).

Only an amount (no rate, no range) followed at once — a comma between — by a change in the same unit
whose clause is only a comparison with last year's outcome and a verb (tables_words.json
``last_year_comparisons``, ``rise_verbs``, ``fall_verbs``): 比上年预算减少 and 比上年预计数增加 compare
with other measures and imply nothing here. The baseline is the change's figure with the implied value,
the target's name and last year as its year, its text and offsets widened to the words it is worked out
from (1230亿元，比上年增加200亿元: ``baseline_text`` is what the report says, ``baseline_value`` 1030亿元).
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import cache

from govreport.extract.path_starts import BASIS_BEFORE, BASIS_GAP, per_unit_tail
from govreport.tables.baselines import Match
from govreport.tables.figures import Figure, words
from govreport.tables.measures import RATE_UNITS

LISTED = re.compile(r"[^，,；;。：:]*")  # no clause mark between two amounts: members of one list
FROM_BEFORE = re.compile(r"(?:[从由](?:(\d{4})年(?:底|末)?的?|“?十[一二三四五六]五”?(?:底|末)?的?)?[^，,；;。从由\d]{0,6}|现行)$")
CLAUSE_ENDS = ("", "，", ",", "；", ";", "。")  # a bare change's amount ends its clause
FROM_REACH = 15  # FROM_BEFORE matches at most 14 characters (15 with a line break its $ may stand before)
FROM_TO_GAP = re.compile(r"(?:的?[^，,；;。\d]{1,6})?(?:提高|提升|增加|增长|跃升|上升|扩大|下降|降低|减少|缩小|缩减|压减|减|降|调整)?"
                         r"(?:到|至|为)(?:\d{4}年(?:底|末)?的?)?")  # then a per-unit basis (_from_to_gap)


@cache
def _from_to_gap() -> re.Pattern[str]:
    """FROM_TO_GAP, then a per-unit basis written again after 到/至 (由每人610元提升至每人640元; path_starts.per_unit_tail)."""
    return re.compile(FROM_TO_GAP.pattern + per_unit_tail())


def _alternation(items: list[str]) -> str:
    return "|".join(map(re.escape, sorted(items, key=len, reverse=True)))


@cache
def _change_clause() -> re.Pattern[str]:
    """，比上年增加 (group rise) or ，比去年减少 (a fall), and nothing else, between an amount and its change; a
    、 may stand for the comma (支出规模28.5万亿元、比上年增加1.1万亿元); or a bare ，增加 (group bare_rise) or ，减少 (棚户区改造580万套，
    增加110万套: ``bare_rise_verbs``, ``bare_fall_verbs``), whose amount must end its clause."""
    w = words()
    return re.compile(f"[，,、](?:{_alternation(w['last_year_comparisons'])})再?"
                      f"(?:(?P<rise>{_alternation(w['rise_verbs'])})|{_alternation(w['fall_verbs'])})了?"
                      f"|[，,](?P<bare>(?P<bare_rise>{_alternation(w['bare_rise_verbs'])})|{_alternation(w['bare_fall_verbs'])})")


@cache
def _rate_change_clause() -> re.Pattern[str]:
    """左右安排、比上年提高 (group rise) between a planned rate and its change in points: 赤字率拟按4%左右安排、比上年提高1个百分点
    (national_2025) says last year's rate was 3%."""
    w = words()
    return re.compile(f"(?:左右|以内|以上)?(?:安排)?[，,、](?:{_alternation(w['last_year_comparisons'])})"
                      f"(?:(?P<rise>{_alternation(w['rise_verbs'])})|{_alternation(w['fall_verbs'])})")


POINTS = ("个百分点", "百分点")


GROWTH_NAME = re.compile(r"(?:增长|增速|增幅|涨幅|上涨|提高|提升|下降|降低|降幅)$")


def _stated_rate_change(fig: Figure, group: list[Figure]) -> tuple[Figure, Decimal] | None:
    """A share or level in % and, right after it, its change from last year in points: (the change, last year's rate). Not
    a growth rate: 居民收入增长8%，比上年提高1个百分点 may compare with last year's target as well as its outcome."""
    if fig.value is None or GROWTH_NAME.search(fig.indicator):
        return None
    nxt = min((o for o in group if o.rel_start >= fig.rel_end), key=lambda o: o.rel_start, default=None)
    if nxt is None or nxt.unit not in POINTS or nxt.value is None or nxt.value_high is not None:
        return None
    m = _rate_change_clause().fullmatch(fig.sentence, fig.rel_end, nxt.rel_start)
    if m is None or fig.sentence[nxt.rel_end:nxt.rel_end + 1] not in CLAUSE_ENDS:
        return None
    last = fig.value - nxt.value if m.group("rise") else fig.value + nxt.value
    return (nxt, last) if last >= 0 else None


def stated_change(fig: Figure, group: list[Figure]) -> tuple[Figure, Decimal] | None:
    """The change from last year stated right after ``fig`` and last year's amount (or rate) it implies; None if none."""
    if fig.unit == "%" and fig.value is not None and fig.value_high is None:
        return _stated_rate_change(fig, group)
    if fig.value is None or fig.value_high is not None or fig.unit in RATE_UNITS or fig.unit in ("", "倍"):
        return None
    after = [o for o in group if o.rel_start >= fig.rel_end]
    if not after or any(o.unit == fig.unit and o.rel_end <= fig.rel_start and LISTED.fullmatch(fig.sentence, o.rel_end, fig.rel_start)
                        for o in group):
        return None  # 安排A资金100亿元、B资金200亿元，比上年增加50亿元: the change may be of the two together
    nxt = min(after, key=lambda o: o.rel_start)
    if nxt.unit != fig.unit or nxt.value is None or nxt.value <= 0 or nxt.value_high is not None:
        return None
    m = _change_clause().fullmatch(fig.sentence, fig.rel_end, nxt.rel_start)
    if m is None or m.group("bare") and fig.sentence[nxt.rel_end:nxt.rel_end + 1] not in CLAUSE_ENDS:
        return None  # (a bare 增加 N that goes on, 增加110万套以上: no change stated alone)
    last = fig.value - nxt.value if m.group("rise") or m.group("bare_rise") else fig.value + nxt.value
    return (nxt, last) if last > 0 else None


def implied_match(fig: Figure, group: list[Figure], year: int | None) -> Match | None:
    """The change's figure as last year's amount (named as the target, dated ``year`` − 1); None if none is stated."""
    found = stated_change(fig, group)
    if found is None:
        return None
    change, last = found
    verb = fig.sentence[fig.rel_end:change.rel_start].lstrip("左右以内以上安排，,、")
    base = replace(change, value=last, unit=fig.unit, start=fig.start, text=fig.sentence[fig.rel_start:change.rel_end],
                   indicator=fig.indicator, indicator_key=fig.indicator_key, indicator_en=fig.indicator_en,
                   year=year - 1 if year is not None else None)
    what = "rate" if fig.unit == "%" else "amount"
    return Match(base, "implied", 1.0, f"last year's {what} implied by {verb}{change.text} after {fig.text}", base.year)


def from_to_pairs(groups: dict[int, list[Figure]]) -> dict[int, tuple[Figure, int | None]]:
    """id of Y -> (X, X's stated year) for every 从X提高到Y in the report (从2020年的10.5万元
    提高到2025年的14万元: X's year is 2020; without a stated year it is unknown, not last year's).

    Listed pairs are paired in order (分别从209元、280元提高到217元、290元: 209→217, 280→290),
    and the counted noun may stand between (从15个县（市）扩大到57个县（市）)."""
    pairs: dict[int, tuple[Figure, int | None]] = {}
    for whole in groups.values():
        group = [f for f in whole if f.role not in ("meta", "label")]  # 由2010年的5.24亿元增加到2015年的15.07亿元
        for i, first in enumerate(group):
            end = max(first.rel_start, 0)  # searched in its reach before the figure, not from the sentence's start
            m = FROM_BEFORE.search(first.sentence, max(end - FROM_REACH, 0), end)
            if m is None:
                basis = _basis_pair(group, i)
                if basis is not None:
                    pairs[basis[1].id] = (first, basis[0])
                continue
            starts = _listed_from(group, i)
            ends = _listed_from(group, i + len(starts))[:len(starts)]
            if len(ends) < len(starts) or not _from_to_gap().fullmatch(first.sentence[starts[-1].rel_end:ends[0].rel_start]):
                continue
            for a, b in zip(starts, ends):
                if a.unit == b.unit or a.unit in RATE_UNITS and b.unit in RATE_UNITS:
                    pairs[b.id] = (a, int(m.group(1)) if m.group(1) else None)
    return pairs


def _basis_pair(group: list[Figure], i: int) -> tuple[int, Figure] | None:
    """(X's year, Y) for 在2021年X的基础上达到Y (path_starts.BASIS_BEFORE / BASIS_GAP, the same amount's unit), else None."""
    first = group[i]
    if i + 1 >= len(group) or "在" not in first.sentence[max(first.rel_start - FROM_REACH, 0):first.rel_start]:
        return None
    m = BASIS_BEFORE.search(first.sentence, max(first.rel_start - FROM_REACH, 0), max(first.rel_start, 0))
    nxt = group[i + 1]
    if m is None or nxt.unit != first.unit or not BASIS_GAP.fullmatch(first.sentence[first.rel_end:nxt.rel_start]):
        return None
    return int(m.group(1)), nxt


def _listed_from(group: list[Figure], i: int) -> list[Figure]:
    """The figures of ``group`` from index i on that a list mark (、 和) joins: 209元、280元."""
    run = group[i:i + 1]
    for nxt in group[i + 1:]:
        if run[-1].sentence[run[-1].rel_end:nxt.rel_start] not in ("、", "和"):
            break
        run.append(nxt)
    return run
