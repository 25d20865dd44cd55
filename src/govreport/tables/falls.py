"""A fall stated in the review is the growth of what fell, below zero (audit 11): 进出口总额下降15% is the
baseline of 进出口总额增长7% at −15 (22 points to make up), not another action on the same thing.

Only for a target of a growth key (data/indicators.csv ``*_growth``) that found no review figure of its
key: the review figure in % whose name is a wording of that key's level (or of the growth key) and a
fall word (tables_words.json ``fall_words``), and nothing else, or a fall word + a narrowing word right before 至/到 and
the figure (进出口总额降幅收窄至9.6%: the fall shrank to 9.6%, still a fall; held-out audit 45); the baseline is that figure with its
value negated (its text and offsets kept, so the row still cites 下降15%). A basis word between the measure and the
fall word (同口径下降22%) says how it is compared, no other measure.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from govreport.extract.keys import is_wording, keys_in
from govreport.lexicon import indicator_registry, name_words
from govreport.tables.figures import Figure, words
from govreport.tables.list_baselines import LEADS


@cache
def _fall_words() -> tuple[str, ...]:
    return tuple(sorted(words()["fall_words"], key=len, reverse=True))


@cache
def _narrowed() -> re.Pattern[str]:
    """A fall word + a narrowing word + 至/到 ending the text before a figure (降幅收窄至), longest first."""
    alt = "|".join(map(re.escape, _fall_words()))
    narrow = "|".join(map(re.escape, words()["narrowed_fall_words"]))
    return re.compile(f"(?:{alt})(?:{narrow})[至到]$")


def _narrowed_stem(a: Figure) -> str:
    """The measure of a fall that shrank to the figure (全市进出口总额降幅收窄至9.6%: 全市进出口总额), from its name
    cut at the fall word (the name may carry a moved clause verb after it: 降幅收窄带动); '' if not so stated."""
    m = _narrowed().search(a.sentence[:max(a.rel_start, 0)])
    if m is None:
        return ""
    at = a.indicator.find(m.group(0)[:-1])
    return LEADS.sub("", a.indicator[:at]) if at > 0 else ""  # (带动全市进出口总额: the clause's lead words)


def _without_basis(stem: str) -> str:
    """``stem`` less a basis word ending it (地方一般公共预算收入同口径下降22%: 同口径 says how the fall is
    compared, the measure is the words before it; name_words basis; held-out audit 46), each such word in turn
    (扣除留抵退税因素后同口径下降2.1%: two basis words, one measure; held-out set 60, fix131b)."""
    while basis := next((w for w in name_words("basis") if stem.endswith(w)), ""):
        stem = stem[:-len(basis)]
    return stem


def growth_fall(target: Figure, review: list[Figure]) -> Figure | None:
    """The review's fall of the target's growth key as a growth below zero; None if it states none. A target of no key
    takes the fall of its own measure only (``own_fall``)."""
    key = target.indicator_key
    if not key and target.unit == "%" and target.direction != "decrease":
        return own_fall(target, review)
    if not key.endswith("_growth") or target.unit != "%" or target.direction == "decrease":
        return None
    falls = _fall_words()
    for a in review:
        if a.unit != "%" or a.direction != "decrease" or a.value is None or a.value <= 0 or a.indicator_key:
            continue
        name = a.indicator
        fall = next((w for w in falls if name.endswith(w)), "")
        stem = _without_basis(name[:-len(fall)] if fall else _narrowed_stem(a))
        if stem and is_wording(stem) and keys_in(stem) & {key, key[:-len("_growth")]}:
            return replace(a, value=-a.value)
    return None


def as_growth(target: Figure, fig: Figure) -> Figure:
    """A same-key review figure that fell, as the growth of a rate target below zero: CPI微降0.1% is the
    baseline of 居民消费价格涨幅2%左右 at −0.1 (audit 26 HN26#4). Not for a target that is itself a cut
    (能耗降低3%: its review 下降3.7% is a cut of 3.7), a key that is not a growth rate, or a fall to a level (回落到2.6%)."""
    ind = indicator_registry().get(target.indicator_key)
    if ind is None or ind.measure != "growth_rate" or target.unit != "%" or fig.unit != "%" \
            or target.direction == "decrease" or fig.direction != "decrease" or fig.value is None or fig.value <= 0 \
            or fig.sentence[max(fig.rel_start - 1, 0):fig.rel_start] in ("到", "至"):  # 涨幅回落到2.6%: the level reached
        return fig
    return replace(fig, value=-fig.value)


GROWTH_ENDS = ("增长", "增速", "增幅")  # a growth named by its measure and one of these (一般公共预算总收入增长3%)


def fall_of_another_key(target: Figure, a: Figure) -> bool:
    """A review fall of no key (第二产业增加值1501.1亿元，下降1.3%, named 第二产业增加值下降) whose measure, the words before its
    fall word, holds a registered wording of none of the keys the growth target's own measure holds (规模以上工业增加值增长8.5%):
    the fall of another measure, no baseline however many characters the names share (业增加值: held-out set 91 柳州 row 1). A
    fall needs the same subject, as ``growth_fall`` asks; a sector total (第一/第二/第三产业增加值) and 规模以上工业 are two keys."""
    key = target.indicator_key
    if not key.endswith("_growth") or target.unit != "%" or a.indicator_key or a.unit != "%" or a.direction != "decrease":
        return False
    fall = next((w for w in _fall_words() if a.indicator.endswith(w)), "")
    theirs = keys_in(_without_basis(a.indicator[:-len(fall)] if fall else _narrowed_stem(a)))
    end = next((w for w in GROWTH_ENDS if target.indicator.endswith(w)), "")
    mine = {key, key[:-len("_growth")]} | keys_in(target.indicator[:len(target.indicator) - len(end)])
    return bool(theirs) and not theirs & mine


def own_fall(target: Figure, review: list[Figure]) -> Figure | None:
    """For a growth target of no key (一般公共预算总收入增长3%), the review's fall of the very same measure, named with the
    same words before a fall word (一般公共预算总收入146.1亿元、下降2%, named 一般公共预算总收入下降), of no key either, as
    a growth below zero (held-out set 70 南平 row 1, fix146a): what a keyed growth takes by ``growth_fall``. The measures
    must be written alike, letter for letter (less a basis word), so the fall of another measure is never taken
    (地方一般公共预算收入下降 for 一般公共预算总收入增长), nor where the review states a growth of it as well; None if
    exactly one such fall is not stated."""
    end = next((w for w in GROWTH_ENDS if target.indicator.endswith(w)), "")
    stem = target.indicator[:-len(end)] if end else ""
    if len(stem) < 3 or any(a.unit == "%" and a.indicator.startswith(stem) and a.indicator.endswith(GROWTH_ENDS) for a in review):
        return None  # (a growth of it stated too: the wording rules choose)
    falls = _fall_words()
    found = [a for a in review if a.unit == "%" and a.direction == "decrease" and a.value is not None and a.value > 0
             and not a.indicator_key and a.sentence[max(a.rel_start - 1, 0):a.rel_start] not in ("到", "至") and (fall := next((w for w in falls if a.indicator.endswith(w)), ""))
             and _without_basis(a.indicator[:-len(fall)]) == stem]
    return replace(found[0], value=-found[0].value) if len(found) == 1 and found[0].value is not None else None
