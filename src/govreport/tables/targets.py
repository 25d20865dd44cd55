"""Plan-year targets, each against its review-year baseline, with the change it requires.

Baselines are matched by wording, not by the extractor's indicator names: the target's name
phrase (see :func:`govreport.tables.context.name_phrase`) is compared with every actual
figure's in a compatible unit. ``same`` needs the raw words to agree; ``related`` may go
through the synonym list (储备≈谋划, 重大项目≈重点项目) or lean on a sibling target's match in
the same sentence; otherwise ``none``, with the reason. Thresholds live in
``data/tables_parameters.json``; see docs/assumptions.md#baseline-matching and
#feasibility-thresholds.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pandas as pd

from govreport.tables.context import (Figure, PhraseBook, before_in_sentence, by_sentence, canonical, figures,
                                      parameters, plan_targets, ratio, review_figures, same_unit,
                                      shared_words, similarity, with_int_columns, words)

COLUMNS = [
    "indicator", "indicator_en", "category", "value", "value_high", "unit", "qualifier", "text",
    "commitment", "phrase",
    "match", "match_reason", "match_score", "baseline_value", "baseline_unit", "baseline_text",
    "baseline_indicator", "baseline_phrase",
    "change_abs", "change_pct", "ratio", "lower_is_better", "feasibility",
    "id", "start", "end", "sentence", "sentence_start", "sentence_end",
    "baseline_id", "baseline_start", "baseline_end", "baseline_sentence",
]

FEASIBILITY_CLASSES = ["already_met", "modest", "stretch", "very_ambitious", "no_baseline"]


@dataclass(frozen=True)
class Match:
    """A target's baseline: the figure (or None), the match type, score and reason."""

    figure: Figure | None
    kind: str  # same | related | none
    score: float
    reason: str


def commitment_word(fig: Figure) -> str:
    """The commitment word nearest before the figure in its sentence (确保, 力争, 稳定在 …)."""
    before = before_in_sentence(fig)
    best, best_end = "", -1
    for w in words()["commitment_words"]:
        pos = before.rfind(w)
        if pos >= 0 and (pos + len(w), len(w)) > (best_end, len(best)):
            best, best_end = w, pos + len(w)
    return best


def is_lower_better(fig: Figure) -> bool:
    """A ceiling (控制在, 下降, 以内, at_most …) rather than a floor or a level to reach."""
    if fig.direction == "decrease" or fig.qualifier == "at_most":
        return True
    clause = fig.sentence[max(fig.rel_start - 8, 0): fig.rel_end + 4]
    return any(w in clause for w in words()["lower_is_better_words"])


def match_baseline(target: Figure, actuals: list[Figure], groups: dict[int, list[Figure]],
                   sibling_sentences: set[int] = frozenset(), phrase_of: PhraseBook | None = None) -> Match:
    """The review-year figure that best measures the same thing as ``target``.

    ``phrase_of`` (one per report) keeps each figure's phrase for the next target.

    >>> # 完成脱贫劳动力转移就业3000人 -> 实现脱贫人口转移就业2571人 (same)
    """
    p = parameters()["baseline"]
    phrase_of = phrase_of or PhraseBook(groups)
    phrase = phrase_of(target)
    candidates = [a for a in actuals if same_unit(a.unit, target.unit) and a.value is not None]
    if not candidates:
        return Match(None, "none", 0.0, f"no review-year figure in {target.unit or 'this unit'}")
    scored = []
    for a in candidates:
        a_phrase = phrase_of(a)
        raw = similarity(phrase, a_phrase)
        canon = similarity(canonical(phrase), canonical(a_phrase))
        bonus = p["sibling_bonus"] if a.sentence_start in sibling_sentences else 0.0
        scored.append((max(raw, canon) + bonus, raw, canon, bonus, -a.start, a, a_phrase))
    best = max(scored, key=lambda s: s[:5])
    total, raw, canon, bonus, _, fig, a_phrase = best
    if raw >= p["same_min_score"]:
        return Match(fig, "same", raw, f"same wording '{shared_words(phrase, a_phrase)}' (score {raw:.2f})")
    if total >= p["related_min_score"]:
        how = []
        if canon > raw:
            how.append(f"through synonyms '{phrase}' ≈ '{a_phrase}'")
        if bonus:
            how.append("stated beside a target whose baseline is in the same sentence")
        how.insert(0, f"shares '{shared_words(phrase, a_phrase)}'")
        return Match(fig, "related", round(total, 4), "; ".join(how) + f" (score {total:.2f})")
    return Match(None, "none", round(total, 4),
                 f"no review-year figure in {target.unit or 'this unit'} with similar wording "
                 f"(best score {total:.2f} < {p['related_min_score']})")


def change_required(target: Decimal | None, baseline: Decimal | None, unit: str) -> dict[str, Any]:
    """Absolute change, percent change and ratio from baseline to target (None when undefined)."""
    if target is None or baseline is None:
        return {"change_abs": None, "change_pct": None, "ratio": None}
    pct = ratio((target - baseline) * 100, baseline, 1) if unit not in ("%", "百分点") else None
    return {"change_abs": target - baseline, "change_pct": pct, "ratio": ratio(target, baseline, 4)}


def feasibility(target: Decimal | None, baseline: Decimal | None, unit: str, lower_is_better: bool,
                thresholds: dict[str, float] | None = None) -> str:
    """already_met / modest / stretch / very_ambitious, or no_baseline.

    Ratios (target ÷ baseline) for counts and money; percentage points for rates in %.
    """
    t = thresholds or parameters()["feasibility"]
    if target is None or baseline is None:
        return "no_baseline"
    if unit in ("%", "百分点"):
        gap = float(baseline - target) if lower_is_better else float(target - baseline)
        if gap <= 0:
            return "already_met"
        return "modest" if gap <= t["modest_max_points"] else (
            "stretch" if gap <= t["stretch_max_points"] else "very_ambitious")
    if baseline <= 0 or target <= 0:
        return "no_baseline"
    r = float(baseline / target) if lower_is_better else float(target / baseline)
    if r <= 1:
        return "already_met"
    return "modest" if r <= t["modest_max_ratio"] else ("stretch" if r <= t["stretch_max_ratio"] else "very_ambitious")


def build_targets(quantities: pd.DataFrame, thresholds: dict[str, float] | None = None) -> pd.DataFrame:
    """One row per plan-year target with its baseline, required change and feasibility class."""
    figs = figures(quantities)
    groups = by_sentence(figs)
    actuals = review_figures(figs)
    targets = plan_targets(figs)
    matched_sentences: dict[int, set[int]] = {}
    phrase_of = PhraseBook(groups)
    rows = []
    for fig in targets:
        siblings = matched_sentences.setdefault(fig.sentence_start, set())
        m = match_baseline(fig, actuals, groups, frozenset(siblings), phrase_of)
        if m.figure is not None:
            siblings.add(m.figure.sentence_start)
        rows.append(_row(fig, m, phrase_of, thresholds))
    table = add_extractor_columns(pd.DataFrame(rows, columns=COLUMNS), quantities)
    return with_int_columns(table, [c for c in COLUMNS if c.endswith(("id", "start", "end"))])


def _row(fig: Figure, m: Match, phrase_of: PhraseBook, thresholds: dict[str, float] | None) -> dict:
    b = m.figure
    lower = is_lower_better(fig)
    row = {
        "indicator": fig.indicator, "indicator_en": "", "category": fig.category, "value": fig.value,
        "value_high": None, "unit": fig.unit, "qualifier": fig.qualifier, "text": fig.text,
        "commitment": commitment_word(fig), "phrase": phrase_of(fig),
        "match": m.kind, "match_reason": m.reason, "match_score": m.score,
        "baseline_value": b.value if b else None, "baseline_unit": b.unit if b else "",
        "baseline_text": b.text if b else "", "baseline_indicator": b.indicator if b else "",
        "baseline_phrase": phrase_of(b) if b else "",
        "lower_is_better": lower,
        "feasibility": feasibility(fig.value, b.value if b else None, fig.unit, lower, thresholds),
        "id": fig.id, "start": fig.start, "end": fig.end, "sentence": fig.sentence,
        "sentence_start": fig.sentence_start, "sentence_end": fig.sentence_end,
        "baseline_id": b.id if b else None, "baseline_start": b.start if b else None,
        "baseline_end": b.end if b else None, "baseline_sentence": b.sentence if b else "",
    }
    row.update(change_required(fig.value, b.value if b else None, fig.unit))
    return row


def add_extractor_columns(table: pd.DataFrame, quantities: pd.DataFrame) -> pd.DataFrame:
    """Copy indicator_en and value_high from the quantities table by figure id."""
    if table.empty or quantities is None or "id" not in quantities.columns:
        return table
    out = table.copy()
    for col in ("indicator_en", "value_high"):
        if col in quantities.columns:
            lookup = dict(zip(quantities["id"].astype(int), quantities[col]))
            out[col] = [lookup.get(int(i)) for i in out["id"]]
    return out
