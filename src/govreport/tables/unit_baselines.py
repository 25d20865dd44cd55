"""A target's baseline stated in another unit of the same family (audit 40 LY61).

粮食产量稳定在85亿斤以上 is measured by 粮食总产426.5万吨: the same indicator key, a weight in 吨 for one in 斤. Where no
baseline was found in the target's own unit, the review figures of its key in another unit with the same base unit
(data/units.csv ``base``, ``factor``: 吨 and 斤 are both kilograms, 公顷 and 亩 both mu) are converted to the target's unit
(1万吨 = 0.2亿斤) and matched as a keyed figure is: same form, same scope of the key, no average over years, a plausible
amount, no stock for a flow; the review part's own figure first, then the most alike phrase. The figure keeps its text as
written (426.5万吨); its value is in the target's unit.
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
    if not key or target.value is None:
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
