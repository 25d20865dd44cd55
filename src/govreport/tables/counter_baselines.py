"""A target's baseline counted with another counter of the same things (audit 33).

个 is the counter of anything; a report counts one noun with 个 in one sentence and with a counter of
its own in another (农村饮水维修养护工程650个 and 维修养护农村饮水工程454处; 研究制定地方标准5个 and 制定地方标准24项;
新增“个转企”80家 and “个转企”106个). Where no
baseline was found in the target's own counter, the review is searched again as if the target were counted
with the other one (个 for a counter of its own, each ``tables_words.json:one_thing_counters`` for 个): only a
match of the same key or the same wording counts (not one through synonyms), the two name phrases alike as written
(``baseline.same_min_score``), and the found figure must be in that counter. 家 counts organisations: it is tried
only for a name that says one (an ``organisation_heads`` word, or ``organisation_marks``: 企 of “个转企”). Two counters of their own (处 and 项) are not tried: neither stands for the other.
Counters of events held (``event_counters``: 次, 批次, 场次) are one family: 开展重大项目现场推进活动4批次 and 4次 (audit 50).
A counter that repeats the last character of the noun the name ends with (席 of 坐席, a counter of kind count in data/units.csv)
is that noun's counter of its own too: 滨海电商基地坐席达到5000个 is the baseline of …呼叫中心坐席达到8000席以上, the found
figure's name ending in the same noun (held-out audit 90 锦州 2020 row 12, fix172d).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Final

from govreport.lexicon import unit_group, units
from govreport.tables.baselines import BaselineIndex, Match, _form
from govreport.tables.baseline_matching import match_baseline
from govreport.tables.figures import Figure, PhraseBook, parameters, similarity, weighted_bigrams, words

GENERIC: Final = "个"
KINDS: Final = ("key", "same")  # not 'related': a match only through synonyms in another counter says too little
MEASURE_END: Final = "数"  # 坐席数: the name's measure word, after its noun
NOUN_CHARS: Final = 2  # a noun its last character counts is two characters or more (坐席), and both names end with them
COUNT_KIND: Final = "count"


@cache
def _counters(firm: bool) -> tuple[str, ...]:
    """The counters of their own 个 stands for; 家 only for a name that says a firm or an organisation."""
    w = words()
    return tuple(u for u in w["one_thing_counters"] if firm or u not in w["organisation_counters"])


@cache
def _organisations() -> re.Pattern[str]:
    w = words()
    return re.compile("|".join(map(re.escape, w["organisation_heads"] + w["organisation_marks"])))


def _noun(name: str) -> str:
    return name.removesuffix(MEASURE_END)


def echo_counter(name: str) -> str:
    """The counter of kind count that repeats the last character of the noun ``name`` ends with (席 of 坐席数), '' if none."""
    noun = _noun(name)
    row = units().get(noun[-1:]) if len(noun) >= NOUN_CHARS and noun[-NOUN_CHARS:] not in units() else None  # (活动批次数: the unit)
    return noun[-1] if row is not None and row["kind"] == COUNT_KIND and noun[-1] != GENERIC else ""


def _others(target: Figure, index: BaselineIndex) -> list[str]:
    """The counters to try: 个 for a counter of its own, the counters of their own the review uses for 个."""
    own = _counters(_organisations().search(target.indicator) is not None)  # (口袋公园9家: no firm)
    if (echo := echo_counter(target.indicator)) and echo not in own:  # (坐席 in 席 or 个: fix172d)
        own = (*own, echo)
    form = _form(target)
    events = words()["event_counters"]  # (活动4批次 and 活动4次: one family of counters for events held, audit 50)
    if target.unit in events:
        return list(dict.fromkeys(u for u in events if unit_group(u) != unit_group(target.unit) and (unit_group(u), form) in index.in_bucket))
    if target.unit == GENERIC:
        return [u for u in own if (unit_group(u), form) in index.in_bucket]
    return [GENERIC] if target.unit in own and (unit_group(GENERIC), form) in index.in_bucket else []


def alike_words(target: Figure, fig: Figure, phrase_of: PhraseBook, same_key: bool = False) -> bool:
    """The two name phrases alike as written (``baseline.same_min_score``): a key or a thing named before in the sentence is
    not enough in another counter (小型农田水利设施370个 is not 小型水库450座, 水质净化厂4座 not 15个地铁项目). Of the same key,
    one phrase written within the other, in order and ending in the same noun, is alike too: the longer adds only
    modifiers (新（改）建农村户用卫生厕所2万户 and 新（改）建农村厕所15716个, spot audit 37)."""
    a, b = phrase_of(target), phrase_of(fig)
    return similarity(a, b) >= parameters()["baseline"]["same_min_score"] or (same_key and (within(a, b) or within(b, a)))


def within(short: str, long: str) -> bool:
    """Every character of ``short`` (4 or more, bars left out) in ``long`` in order, the two ending in the same two."""
    short, long = short.replace("|", ""), long.replace("|", "")
    rest = iter(long)
    return 4 <= len(short) < len(long) and short[-2:] == long[-2:] and all(c in rest for c in short)


def other_counter_match(target: Figure, index: BaselineIndex, phrase_of: PhraseBook, siblings: frozenset[int]) -> Match | None:
    """The review figure of the target's measure in another counter (see the module's doc), or None."""
    units = _others(target, index)
    if not units:
        return None
    phrase, least = phrase_of(target), parameters()["baseline"]["same_min_score"]
    grams = weighted_bigrams(phrase)
    for unit in units:
        bucket = index.grams(unit_group(unit), _form(target))  # a figure alike as written shares a bigram with the phrase:
        if not any(similarity(phrase, other := phrase_of(index.figures[i])) >= least or within(phrase, other) or within(other, phrase)
                   for i in {i for g in bucket.keys() & grams.keys() for i in bucket[g]}):  # asked of the few that do, before matching
            continue
        m = match_baseline(replace(target, unit=unit), index, phrase_of, siblings)
        if m.figure is not None and m.kind in KINDS and unit_group(m.figure.unit) == unit_group(unit) and alike_words(target, m.figure, phrase_of, m.kind == "key") \
                and _same_noun(target, unit, m.figure):
            return Match(m.figure, m.kind, m.score, f"{m.reason}; counted in {unit} where the target counts in {target.unit}", m.year)
    return None


def _same_noun(target: Figure, unit: str, fig: Figure) -> bool:
    """A counter that repeats the noun's last character stands for 个 only where both names end with that noun (坐席): asked
    where that counter and 个 are the target's and the one tried (``unit``)."""
    echo = echo_counter(target.indicator)
    if not echo or echo in words()["one_thing_counters"] or {target.unit, unit} != {echo, GENERIC}:
        return True
    return _noun(fig.indicator).endswith(_noun(target.indicator)[-NOUN_CHARS:])
