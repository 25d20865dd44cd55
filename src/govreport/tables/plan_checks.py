"""Checks of the plan part against the review (docs/assumptions.md#consistency-checks): a plan figure that refers back to the
review year against the review's own, and the plan-year goals the targets table holds against those the extractor read."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal

from govreport.tables.clauses import last_mark
from govreport.tables.figures import (SEGMENT_BREAKS, Figure, by_sentence, name_phrase, parameters, plain, plan_targets, ratio,
                                      review_figures, same_unit, shared_words, similarity, words)
from govreport.tables.stated_goals import goals_read_as_review
from govreport.tables.check_row import _row, value_of


def check_review_vs_plan(figs: list[Figure], review_year: int | None) -> list[dict]:
    """A plan-part figure that refers back to the review year, against the review's own figure.

    ``紧盯2024年谋划确定的34个重点项目`` (plan) vs ``谋划2025年重点项目51个`` (review): the
    two should agree; a difference is flagged.
    """
    groups = by_sentence(figs)
    back_refs = list(words()["review_back_reference"]) + ([f"{review_year}年"] if review_year else [])
    min_score = parameters()["checks"]["review_plan_min_score"]
    referring = [f for f in plan_targets(figs) if f.value is not None and _refers_back(f, back_refs)]
    if not referring:  # most reports: no review figure's phrase is needed at all
        return []
    # each review figure's phrase once, and of figures with the same unit and phrase only the
    # first (the one a tie goes to): a long text repeats phrases, and comparing every plan
    # figure with every review figure would grow with the square of the text
    candidates: dict[tuple[str, str], Figure] = {}
    for a in review_figures(figs):
        candidates.setdefault((a.unit, name_phrase(a, groups[a.sentence_start])), a)
    scores: dict[tuple[str, str], float] = {}
    rows = []
    for f in referring:
        phrase = name_phrase(f, groups[f.sentence_start])
        best = None
        for (unit, a_phrase), a in candidates.items():
            if not same_unit(unit, f.unit):
                continue
            score = scores.get((phrase, a_phrase))
            if score is None:
                score = scores[(phrase, a_phrase)] = similarity(phrase, a_phrase)
            if best is None or (score, -a.start) > best[:2]:
                best = (score, -a.start, a, a_phrase)
        if best is None or best[0] < min_score:
            continue
        score, _, a, a_phrase = best
        ok = a.value == f.value
        shared = shared_words(phrase, a_phrase)
        rows.append(_row("review_vs_plan", shared or phrase, "figure in the plan referring to the review year = "
                         "the review's figure", f.value, a.value, ratio(f.value, a.value, 4), "equal",
                         "pass" if ok else "flag",
                         f"the plan says {f.text} ({f.sentence[max(f.rel_start - 12, 0): f.rel_end + 6]}); the "
                         f"review says {a.text} ({a.sentence[max(a.rel_start - 12, 0): a.rel_end + 6]})"
                         + ("" if ok else f": {plain(abs(value_of(a) - value_of(f)))} apart, unexplained")
                         + f" (wording score {score:.2f})", [a, f]))
    return rows


def check_plan_coverage(figs: list[Figure], target_ids: list[int], plan_year: int | None) -> list[dict]:
    """The targets table against the plan-year goals the extractor read: a table holding under
    ``plan_coverage_min_share`` of them lost goals wholesale (a heading read as another period's
    moved a whole plan to 2030 once), and says so; nothing when it holds enough (every report
    read so far: 62 % or more)."""
    p = parameters()["checks"]
    goals = [f for f in figs if f.role == "target" and plan_year is not None and f.year == plan_year]
    kept = set(target_ids)
    stated = goals_read_as_review(figs, plan_year) if len(kept) <= p["plan_coverage_tiny_table"] else []
    if len(stated) >= p["plan_coverage_min_stated"]:  # the plan read wholly as review: its goals are no targets
        where = "; ".join(f"{n} under '{s}'" for s, n in Counter(f.section or "(no heading)" for f in stated).most_common(2))
        return [_row("plan_coverage", f"{plan_year}年目标", "rows of the targets table / plan-year goals stated in the review",
                     len(kept), len(stated), ratio(Decimal(len(kept)), Decimal(len(stated)), 4), "goals read as targets", "flag",
                     f"the targets table holds {len(kept)} rows, but {len(stated)} figures read as results state goals for "
                     f"{plan_year} ({where}): the plan may have been read as the review (check the parts)", stated[:5])]
    if len(goals) < p["plan_coverage_min_goals"] or len(kept) >= p["plan_coverage_min_share"] * len(goals):
        return []
    lost = [f for f in goals if f.id not in kept]
    sections = Counter(f.section or "(no heading)" for f in lost).most_common(2)
    where = "; ".join(f"{n} under '{s}'" for s, n in sections)
    share = ratio(Decimal(len(kept)), Decimal(len(goals)), 4)
    return [_row("plan_coverage", f"{plan_year}年目标", "rows of the targets table / plan-year goals read",
                 len(kept), len(goals), share, f">= {p['plan_coverage_min_share']:.0%}", "flag",
                 f"the text states {len(goals)} goals for {plan_year}, the targets table holds {len(kept)}; most of "
                 f"the others stand {where}: a heading may have been read as another period's (check the "
                 "section and the targets' year)", lost[:5])]


def _refers_back(f: Figure, back_refs: list[str]) -> bool:
    """Whether the words of the figure's clause before it refer back to the review year."""
    if f.rel_start >= 0:  # the usual case: the clause before it, worked out once per figure
        clause = f.clause_before
    else:
        whole = f.sentence[: f.rel_start]
        clause = whole[last_mark(whole, SEGMENT_BREAKS) + 1:]
    if clause.endswith(("到", "至")) and ("从" in clause or "由" in clause) and any(c.isdigit() for c in clause):
        return False  # 赤字率从去年的2.1%提高到2.3%: 去年 dates the start, the end is the plan's
    if "上" in clause or "去" in clause:  # 比上年增加5700亿元: a change from last year, no review figure restated
        for c in words()["comparison_back_references"]:
            clause = clause.replace(c, "")
    return any(b in clause for b in back_refs)
