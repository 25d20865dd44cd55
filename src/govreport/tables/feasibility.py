"""How far a target is from its baseline, and the feasibility class that follows
(docs/assumptions.md#feasibility-classes). Thresholds: data/tables_parameters.json."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from govreport.tables.figures import parameters, ratio, words
from govreport.tables.measures import CHANGE_MEASURES, RATE_UNITS

GRADES = ("modest", "stretch", "very_stretch")  # how far a target is, not whether it is passed already


def change_required(target: Decimal | None, baseline: Decimal | None, unit: str) -> dict[str, Any]:
    """Absolute change, percent change and ratio from baseline to target (None when undefined)."""
    if target is None or baseline is None:
        return {"change_abs": None, "change_pct": None, "ratio": None}
    pct = ratio((target - baseline) * 100, baseline, 1) if unit not in RATE_UNITS else None
    return {"change_abs": target - baseline, "change_pct": pct, "ratio": ratio(target, baseline, 4)}


def _grade(need: float, rate: bool, t: dict[str, float]) -> str:
    """modest / stretch / very_stretch for an increase of ``need`` points (rates) or a ratio."""
    if rate:
        return "modest" if need <= t["modest_max_points"] else (
            "stretch" if need <= t["stretch_max_points"] else "very_stretch")
    return "modest" if need <= t["modest_max_ratio"] else ("stretch" if need <= t["stretch_max_ratio"] else "very_stretch")


def feasibility(target: Decimal | None, baseline: Decimal | None, unit: str, kind: str = "floor",
                measure: str = "level", thresholds: dict[str, float] | None = None,
                target_high: Decimal | None = None) -> str:
    """met_already / below_last_year / modest / stretch / very_stretch / no_baseline
    (docs/assumptions.md#feasibility-classes).

    A ceiling is met when the baseline is within it; a flow or a rate of change is compared
    with last year's (below it: below_last_year); a level, share or stock is met when the
    baseline already reaches it. Gaps are percentage points for rates, ratios otherwise."""
    t = {**parameters()["feasibility"], **(thresholds or {})}
    if target is None or baseline is None:
        return "no_baseline"
    rate = unit in RATE_UNITS
    if not rate and (baseline <= 0 or target <= 0):
        return "no_baseline"
    low, high = target, target_high if target_high is not None else target
    if kind == "band" and target_high is None:  # 左右: a band of a documented tolerance
        tol = Decimal(str(t["about_tolerance_points"])) if rate else target * Decimal(str(t["about_tolerance_ratio"]))
        low, high = target - tol, target + tol
    if kind == "ceiling":
        if baseline <= high:
            return "met_already"
        return _grade(float(baseline - high) if rate else float(baseline / high), rate, t)
    if measure in CHANGE_MEASURES:
        if high < baseline:
            return "below_last_year"
        if low <= baseline:
            return "modest"
    elif baseline >= low:
        return "met_already"
    return _grade(float(low - baseline) if rate else float(low / baseline), rate, t)


def bound_feasibility(target: Decimal | None, baseline: Decimal | None, qualifier: str | None, written: str, unit: str, kind: str = "floor",
                      measure: str = "level", thresholds: dict[str, float] | None = None,
                      target_high: Decimal | None = None) -> tuple[str, str]:
    """The class, and why none is stated: a baseline that is a review mark crossed (突破百亿: ``bound_baseline_qualifiers``)
    is a lower bound, so the class holds only where a baseline a margin above it (``bound_margin``) gives the same one
    (130亿元 against 突破百亿: stretch at 100, modest from 108.3, so no class; held-out set 88, fix170i). Not for rates: a
    tenth above 超过2% (研发经费投入强度) is far more than a rate stated so moves in a year. Only where both are grades: a
    target at or just above the mark stays modest, as a floor at a level passed is (超140亿斤 and 140亿斤以上, audit 37)."""
    got = feasibility(target, baseline, unit, kind, measure, thresholds, target_high)
    if baseline is None or got == "no_baseline" or unit in RATE_UNITS or qualifier not in words()["bound_baseline_qualifiers"] \
            or any(w in written for w in words()["bound_baseline_odd"]):  # (2300余个: under a unit more, not a tenth)
        return got, ""
    margin = Decimal(str({**parameters()["feasibility"], **(thresholds or {})}["bound_margin"]))
    above = feasibility(target, baseline + abs(baseline) * margin, unit, kind, measure, thresholds, target_high)
    if above == got or above not in GRADES:  # (a floor at a level passed, 超140亿斤 and 140亿斤以上, stays modest: audit 37)
        return got, ""
    return "no_baseline", f"; the baseline is a lower bound (a mark crossed): {got} at it, {above} a little above, so no class"
