"""A target's baseline stated in another unit of the same family (audit 40 LY61).

粮食产量稳定在85亿斤以上 is measured by 粮食总产426.5万吨: the same indicator key, a weight in 吨 for one in 斤. Where no
baseline was found in the target's own unit, the review figures of its key in another unit with the same base unit
(data/units.csv ``base``, ``factor``: 吨 and 斤 are both kilograms, 公顷 and 亩 both mu) are converted to the target's unit
(1万吨 = 0.2亿斤) and matched as a keyed figure is: same form, same scope of the key, no average over years, a plausible
amount, no stock for a flow; the review part's own figure first, then the most alike phrase. The figure keeps its text as
written (426.5万吨); its value is in the target's unit.

A target with no key (held-out set 64, fix137d: 裸土覆绿16万平方米以上 and 城区裸土覆绿面积111公顷) takes the review figure in another
unit of its base whose name ends with the target's whole name (a scope before it at most), within twice plausible_ratio (noun_ratios.within_wider):
one measure of one dimension, never a unit of another base.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import cache

from govreport.lexicon import unit_factor, unit_group, units
from govreport.tables.baselines import BaselineIndex, Match, _form, own_scope, plausible
from govreport.tables.figures import Figure, PhraseBook, similarity
from govreport.tables.measures import stock_for_a_flow
from govreport.tables.name_scopes import same_scope, scope_of
from govreport.tables.noun_ratios import MIN_NOUN, within_wider


@cache
def _same_base(unit: str) -> tuple[tuple[str, Decimal], ...]:
    """(another unit of ``unit``'s base, how many of ``unit`` one of it is), for a unit with a base; () otherwise."""
    row = units().get(unit)
    if not row or not row.get("base"):
        return ()
    base = row["base"]
    mine = unit_factor(unit, base)
    if not mine:
        return ()
    return tuple((u, Decimal(r["factor"]) / mine) for u, r in units().items()
                 if r.get("base") == base and unit_group(u) == u and u != unit_group(unit))


def in_unit(fig: Figure, unit: str, factor: Decimal) -> Figure:
    """``fig`` with its value (and upper end) stated in ``unit``, ``factor`` of it being one of ``fig``'s."""
    high = fig.value_high * factor if fig.value_high is not None else None
    return replace(fig, value=fig.value * factor if fig.value is not None else None, unit=unit, value_high=high)


def converted_match(target: Figure, index: BaselineIndex, phrase_of: PhraseBook) -> Match | None:
    """The review figure of the target's key in another unit of its family, converted (see the module's doc), or None."""
    key = target.indicator_key
    if not key:
        return unkeyed_match(target, index, phrase_of)
    if target.value is None:
        return None
    others = _same_base(unit_group(target.unit))
    if not others:
        return None
    form, scope = _form(target), scope_of(target.indicator, key)
    found = [in_unit(a, target.unit, factor) for unit, factor in others for a in index.by_key.get((key, form, unit), ())
             if a.id not in index.average and same_scope(scope, own_scope(a))]
    found = [a for a in found if plausible(target, a) and not stock_for_a_flow(target, a)]
    found = [a for a in found if a.part == "review"] or found
    if not found:
        return None
    phrase = phrase_of(target)
    fig = max(found, key=lambda a: (similarity(phrase, phrase_of(a)), -a.start))
    amount = f"{fig.value.normalize():f}" if fig.value is not None else ""
    return Match(fig, "key", 1.0, f"same indicator '{key}' in the review in another unit ('{fig.indicator}', {fig.text} "
                 f"= {amount}{target.unit})", fig.year)


def _named_whole(target: Figure, fig: Figure) -> bool:
    """The review figure's name ends with the target's whole name (城区裸土覆绿面积 for 裸土覆绿面积), at a plausible amount
    widened as for one noun (noun_ratios.within_wider): the same measure with a scope said before it at most; the name at
    least MIN_NOUN characters (裸土覆绿面积), not a bare measure (面积)."""
    return len(target.indicator) >= MIN_NOUN and fig.indicator.endswith(target.indicator) and within_wider(target, fig)


def unkeyed_match(target: Figure, index: BaselineIndex, phrase_of: PhraseBook) -> Match | None:
    """For a target with no key, the one review figure in another unit of its base named as it (see the module's doc), or None."""
    others = _same_base(unit_group(target.unit))
    if not others or target.value is None:
        return None
    form = _form(target)
    found = [in_unit(a, target.unit, factor) for unit, factor in others
             for a in (index.figures[i] for i in index.in_bucket.get((unit, form), ())) if a.id not in index.average]
    found = [a for a in found if _named_whole(target, a) and plausible(target, a, False) and not stock_for_a_flow(target, a)]
    found = [a for a in found if a.part == "review"] or found
    if len(found) != 1:
        return None
    fig = found[0]
    if fig.value is not None:  # (1.11E+6 written out: 1110000)
        fig = replace(fig, value=Decimal(f"{fig.value:f}"))
    amount = f"{fig.value.normalize():f}" if fig.value is not None else ""
    return Match(fig, "same", 1.0, f"the same measure in the review in another unit ('{fig.indicator}', {fig.text} "
                 f"= {amount}{target.unit})", fig.year)
