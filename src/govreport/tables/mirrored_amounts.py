"""The year's amount of a plan sentence that restates a review sentence item by item (held-out set 80, fix161a).

A plan sentence may list the year's work as the review listed last year's (计划投资33亿元、实施市政项目110个，…完成城镇老旧
小区改造243个、1.64万户 and 投资28亿元、实施市政基础设施项目123个，改造城镇老旧小区2.4万户). Its counts find their baselines
there by wording, but the review's amount is often named by the bare measure (投资), which shares no word with the plan's fuller
name (城市更新计划投资). Where two or more figures of the target's sentence took their baselines from one review sentence, and
that sentence holds one figure only of the target's unit family, both named with one measure of
``measure_equivalents.json:mirrored_amounts`` (投资), that figure is the target's baseline: the mirrored item.
"""
from __future__ import annotations

from functools import cache

from govreport.lexicon import read_json, unit_field
from govreport.tables.baselines import BaselineIndex, Match, group_of, plausible
from govreport.tables.figures import Figure

MIN_MATCHED = 2  # figures of the target's sentence whose baselines stand in the one review sentence


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The measures an amount may be named by (投资), and the names that measure no year's flow (总投资)."""
    table = read_json("measure_equivalents.json")["mirrored_amounts"]
    return tuple(table["measures"]), tuple(table["amount_vetoes"])


def _measure(fig: Figure) -> str:
    """The measure a money figure's name ends with (投资), '' where none or a vetoed one (总投资: the projects' whole size)."""
    measures, vetoes = _words()
    if unit_field(fig.unit, "kind") != "money" or fig.indicator.endswith(vetoes):
        return ""
    return next((w for w in measures if fig.indicator.endswith(w)), "")


def mirrored_amount(target: Figure, sentence_baselines: list[Figure], index: BaselineIndex, claimed: dict[int, str]) -> Match | None:
    """The one amount of the review sentence that gave ``sentence_baselines`` (the baselines other figures of the target's
    sentence took) MIN_MATCHED or more of them, named with the target's measure; None where not exactly one."""
    measure = _measure(target)
    if not measure:
        return None
    counts: dict[int, int] = {}
    for b in sentence_baselines:
        counts[b.sentence_start] = counts.get(b.sentence_start, 0) + 1
    review = [s for s, n in counts.items() if n >= MIN_MATCHED and s != target.sentence_start]
    if len(review) != 1:
        return None
    group = group_of(target)
    same = [o for o in index.phrase_of.groups.get(review[0], []) if group_of(o) == group and o.role != "label"]
    if len(same) != 1:
        return None
    fig = same[0]
    if fig.id in claimed or fig.id in index.average or not any(a.id == fig.id for a in index.figures) or _measure(fig) != measure or not plausible(target, fig):
        return None
    return Match(fig, "same", 1.0, f"the only {target.unit} amount ({fig.indicator}, {fig.text}) of the review sentence "
                 f"{counts[review[0]]} of this sentence's figures matched", fig.year)
