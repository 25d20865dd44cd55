"""A consistency audit: what the report's own figures imply, set against what it states.

Six kinds of check, each row with its formula, the figures it uses (ids, texts, offsets and
sentences), the tolerance and a status — ``pass``, ``flag``, or ``info`` when there is
nothing to compare the computed figure with. Tolerances are in
``data/tables_parameters.json``; see docs/assumptions.md#consistency-checks.
"""
from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from govreport.extract.numerals import is_blank
from govreport.lexicon import read_rows, unit_factor
from govreport.tables.clauses import last_mark, per_base
from govreport.tables.figures import (SEGMENT_BREAKS, Figure, Figures, as_figures, by_sentence, name_phrase, parameters, plain, plan_targets,
                                      ratio, review_figures, same_unit, segment_before, shared_words, similarity,
                                      words, yuan_text)
from govreport.tables.insured_schemes import same_scheme
from govreport.tables.procedure import restates_a_change
from govreport.tables.stated_goals import goals_read_as_review
from govreport.tables.table_rows import TableRows

if TYPE_CHECKING:  # frames are made on demand: corpus workers never import pandas
    import pandas as pd

COLUMNS = [
    "check", "subject", "formula", "computed", "stated", "ratio", "tolerance", "status", "explanation",
    "figure_ids", "figures", "starts", "ends", "sentences",
]
PRICE_QUANTITY_COLUMNS = ("quantity", "average_price_yuan", "value_yuan", "quantity_unit", "quantity_start",
                          "price_start", "start", "quantity_text", "price_text", "text", "sector_zh")  # the ones read
PER_RECIPIENT_COLUMNS = ("per_recipient_yuan", "recipients_start", "start", "programme", "recipient_unit", "text",
                         "recipients_text")
CHECK_KINDS = ["price_times_quantity", "amount_per_recipient", "insured_over_rate", "parts_vs_total",
               "review_vs_plan", "plan_coverage"]


def _row(check: str, subject: str, formula: str, computed: object, stated: object, rat: object,
         tolerance: str, status: str, explanation: str, figs: list[Figure]) -> dict:
    sentences = list(dict.fromkeys(f.sentence for f in figs))
    return {"check": check, "subject": subject, "formula": formula, "computed": computed, "stated": stated,
            "ratio": rat, "tolerance": tolerance, "status": status, "explanation": explanation,
            "figure_ids": ";".join(str(f.id) for f in figs), "figures": ";".join(f.text for f in figs),
            "starts": ";".join(str(f.start) for f in figs), "ends": ";".join(str(f.end) for f in figs),
            "sentences": " | ".join(sentences)}


def check_price_times_quantity(sector_output: pd.DataFrame | TableRows, figs: list[Figure]) -> list[dict]:
    """Quantity × average price against the stated output value (price read as 元 per 公斤)."""
    if not len(sector_output):  # no sector output (most reports): nothing to multiply
        return []
    tol = Decimal(str(parameters()["checks"]["price_quantity_rel_tolerance"]))
    at = _at_start(figs)
    rows = []
    for r in _records(sector_output, PRICE_QUANTITY_COLUMNS):
        qty, price, value = r.get("quantity"), r.get("average_price_yuan"), r.get("value_yuan")
        if qty is None or price is None or value is None or is_blank(qty) or is_blank(price):
            continue
        kg = qty * (unit_factor(r["quantity_unit"], "公斤") or Decimal(1))
        implied = kg * price
        rat = ratio(implied, value, 4)
        gap = abs(implied - value) / value if value else None
        ok = gap is not None and gap <= tol
        used = _figures_at(at, r["quantity_start"], r["price_start"], r["start"])
        explanation = (f"{r['quantity_text']} × {r['price_text']} = {yuan_text(implied)} against a stated "
                       f"{r['text']}: {'within' if ok else 'outside'} {plain(tol * 100)}%")
        if not ok:
            explanation += (f"; computed ÷ stated = {plain(rat, 2)}×; the stated value and price imply "
                            f"{plain(value / price / 10000, 2)}万公斤, the stated value and quantity imply "
                            f"{plain(value / kg, 2)}元/公斤")
        rows.append(_row("price_times_quantity", r["sector_zh"],
                         "quantity (公斤) × average price (元/公斤) ≈ output value (元)",
                         implied.quantize(Decimal("0.01")), value, rat, f"±{plain(tol * 100)}%",
                         "pass" if ok else "flag", explanation, used))
    return rows


def _at_start(figs: list[Figure]) -> dict[int, Figure]:
    """Figures by start offset, made once per check (not once per row: tables stay linear)."""
    return {f.start: f for f in figs}


def _figures_at(at: dict[int, Figure], *starts: Any) -> list[Figure]:
    want = [int(s) for s in starts if not is_blank(s)]
    return [at[s] for s in want if s in at]


@cache
def _standards() -> list[dict[str, str]]:
    """The per-recipient caps on file (data/tables_policy_standards.csv), read once."""
    return read_rows("tables_policy_standards.csv")


def check_amount_per_recipient(subsidies: pd.DataFrame | TableRows, figs: list[Figure]) -> list[dict]:
    """Amount ÷ recipients, against a known per-recipient cap where the policy has one."""
    if not len(subsidies):  # no subsidy, nothing to divide (most reports)
        return []
    standards = _standards()
    at = _at_start(figs)
    rows = []
    for r in _records(subsidies, PER_RECIPIENT_COLUMNS):
        per = r.get("per_recipient_yuan")
        if per is None or is_blank(per):
            continue
        used = _figures_at(at, r["recipients_start"], r["start"])
        std = next((s for s in standards if s["keyword"] in r["programme"]
                    and same_unit(s["recipient_unit"], r["recipient_unit"])), None)
        formula = f"amount (元) ÷ recipients ({r['recipient_unit']})"
        base = f"{r['text']} ÷ {r['recipients_text']} = {plain(per, 2)}元/{r['recipient_unit']}"
        if std is None:
            rows.append(_row("amount_per_recipient", r["programme"], formula, per, None, None, "",
                             "info", base + "; no per-recipient standard on file to compare with", used))
            continue
        cap = Decimal(std["max_per_recipient_yuan"])
        ok = per <= cap
        rows.append(_row("amount_per_recipient", r["programme"], formula + " ≤ policy cap", per, cap,
                         ratio(per, cap, 4), f"≤ {plain(cap)}元/{std['recipient_unit']}", "pass" if ok else "flag",
                         base + f" {'within' if ok else 'above'} the cap: {std['note']}", used))
    return rows


def check_insured_over_rate(figs: list[Figure]) -> list[dict]:
    """Insured persons ÷ coverage rate = the population the rate implies.

    Counts and rates are paired in order when a sentence lists them with 分别 (``参保90053人、
    …57408人,参保率分别达93%、96.93%``). Compared with a stated population when there is one.
    """
    w = words()
    p = parameters()["checks"]
    rate_words = w["insured_rate_words"]
    population: Figure | None = None
    looked = False  # for the population: once a count and a rate are paired (few reports)
    rows = []
    for group in by_sentence(figs).values():
        if not any(k in group[0].sentence for k in rate_words):
            continue  # no rate word in the sentence, so no rate after one: nothing to pair
        counts = [f for f in group if f.unit in ("人", "名") and f.value and
                  any(k in segment_before(f, group) for k in w["insured_words"])]
        rates = [f for f in group if f.unit == "%" and f.value and
                 any(k in group[0].sentence[: f.rel_start] for k in rate_words)]
        if not counts or len(rates) not in (1, len(counts)):
            continue
        pairs = [(c, r) for c, r in zip(counts, rates if len(rates) == len(counts) else rates * len(counts)) if same_scheme(c, r, group)]
        if not looked:
            looked = True
            population = next((f for f in figs if f.role == "actual" and f.unit == "人" and f.value
                               and any(segment_before(f, [f]).endswith(k) for k in w["population_words"])), None)
        for count, rate in pairs:
            implied = (value_of(count) * 100 / value_of(rate)).quantize(Decimal(1))
            name = segment_before(count, group)
            used = [count, rate] + ([population] if population else [])
            if population is None:
                rows.append(_row("insured_over_rate", name, "insured persons ÷ coverage rate = implied population",
                                 implied, None, None, "", "info",
                                 f"{count.text} ÷ {rate.text} ≈ {implied}人 eligible; the report states no "
                                 f"population to compare with", used))
                continue
            tol = Decimal(str(p["population_rel_tolerance"]))
            ok = implied <= value_of(population) * (1 + tol)
            rows.append(_row("insured_over_rate", name, "insured persons ÷ coverage rate ≤ population",
                             implied, population.value, ratio(implied, population.value, 4),
                             f"≤ population +{plain(tol * 100)}%", "pass" if ok else "flag",
                             f"{count.text} ÷ {rate.text} ≈ {implied}人 against a stated population of "
                             f"{population.text}", used))
    return rows


def check_parts_vs_total(figs: list[Figure]) -> list[dict]:
    """Parts against a stated total in the same sentence: ``A共N个,其中B b个`` (subset words: 其中, 特别是): the parts
    must not exceed the total (not a 年均 average's); ``A a个、B b个,共计N个`` (total words after the parts): they add up to it."""
    w = words()
    tol = Decimal(str(parameters()["checks"]["parts_total_abs_tolerance"]))
    ends = "".join(sorted({tw[-1] for tw in w["total_words"] if tw}))
    total_end = re.compile(f"[{re.escape(ends)}]" if ends else "(?!)")  # what a total word's segment must hold
    rows = []
    for group in by_sentence(figs).values():
        counted = [f for f in group if f.value is not None and f.role in ("actual", "target")
                   and f.kind not in ("change", "threshold") and f.unit not in w["non_additive_units"] and not per_base(f.before)]
        sentence = group[0].sentence
        for sw in w["subset_words"]:
            pos = sentence.find(sw)
            if pos < 0:
                continue
            totals = [f for f in counted if f.rel_end <= pos]
            if not totals or "年均" in totals[-1].clause_before:  # 年均超收2040亿元，其中去年超收2573亿元: one year of an average
                continue
            total = totals[-1]
            parts = [f for f in counted if pos < f.rel_start < _subset_end(sentence, pos, total) and same_unit(f.unit, total.unit)
                     and not restates_a_change(f, group)  # …，赤字规模比上年预算减少1500亿元: a change, no part
                     and not FROM_START.match(sentence, f.rel_end)]  # 由40元提高到80元: the start of a part's from-to
            parts = [f for i, f in enumerate(parts) if not (i + 1 < len(parts) and _draws_in(parts[i + 1]))]
            if not parts:
                continue
            s = sum((value_of(f) for f in parts), Decimal(0))
            ok = s <= value_of(total) + tol
            rows.append(_row("parts_vs_total", segment_before(total, group) + total.text,
                             f"sum of parts after '{sw}' ≤ total", s, total.value, ratio(s, total.value, 4),
                             "parts ≤ total", "pass" if ok else "flag",
                             f"{' + '.join(f.text for f in parts)} = {plain(s)} against a total of {total.text}",
                             [total, *parts]))
            break
        for f in counted:
            if not total_end.search(f.before):
                continue  # no total word's last character stands before it: its segment need not be cut
            before = segment_before(f, group)
            if not any(before.endswith(tw) for tw in w["total_words"]):
                continue
            parts = _without_from_to([g for g in counted if g.end <= f.start and same_unit(g.unit, f.unit)])
            if len(parts) < 2:
                continue
            s = sum((value_of(g) for g in parts), Decimal(0))
            ok = abs(s - value_of(f)) <= tol
            rows.append(_row("parts_vs_total", before + f.text, "sum of listed parts = stated total", s, f.value,
                             ratio(s, f.value, 4), f"±{plain(tol)}", "pass" if ok else "flag",
                             f"{' + '.join(g.text for g in parts)} = {plain(s)} against {f.text}", [*parts, f]))
    return rows


FROM_START = re.compile(r"(?:左右|以上)?(?:提高|提升|增加|增长|扩大|下降|降低|减少|缩小|压减)?(?:到|至)")


def _draws_in(f: Figure) -> bool:
    """The figure's clause opens with a leverage word (带动…形成3.28万亿元的投资规模): the part before it is inside it."""
    return f.clause_before.startswith(tuple(words()["leverage_words"]))


def _without_from_to(parts: list[Figure]) -> list[Figure]:
    """The parts without both ends of a from-to (由664亿元增加到4025亿元，五年共计12319亿元): a start and an end, no parts."""
    gone = {i for start, g in enumerate(parts) if FROM_START.match(g.sentence, g.rel_end) for i in (start, start + 1)}
    return [g for i, g in enumerate(parts) if i not in gone]


def _subset_end(sentence: str, pos: int, total: Figure) -> int:
    """Where the parts after 其中 end: at a ；/。, or at a clause that opens with the words the total's own
    clause opens with (新增铁路运营里程639公里、其中高铁370公里，新增高速公路2600公里: another item)."""
    opening = sentence[last_mark(sentence[:total.rel_start], SEGMENT_BREAKS) + 1:][:2]
    bracket = "）)" if sentence[pos - 1:pos] in ("（", "(") else "；"  # 托位6870个（其中普惠托位5505个），…: the bracket closes them
    for k in range(pos, len(sentence)):
        if sentence[k] in "；;。" or sentence[k] in bracket or sentence[k] in "，," and len(opening) == 2 and sentence.startswith(opening, k + 1):
            return k
    return len(sentence)


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


def value_of(f: Figure) -> Decimal:
    """The value of a figure chosen for having one (its hint says it may have none)."""
    value = f.value
    assert value is not None
    return value


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


def review_year_of(figs: list[Figure], meta_year: int | None = None) -> int | None:
    """The review year: from the report's metadata, else the most common year of actual figures."""
    if meta_year:
        return int(meta_year)
    years = [f.year for f in figs if f.role == "actual" and f.year]
    return max(set(years), key=lambda y: (years.count(y), y)) if years else None


def _records(table: pd.DataFrame | TableRows, only: tuple[str, ...]) -> list[dict]:
    """A table's rows as dicts of these columns: a builder's rows as they are, a frame's read."""
    if isinstance(table, TableRows):
        return table.records(only)
    from govreport.tables.frames import records

    return records(table, only)


def build_checks(data: pd.DataFrame | Figures, sector_output: pd.DataFrame | TableRows,
                 subsidies: pd.DataFrame | TableRows, review_year: int | None = None,
                 targets: pd.DataFrame | TableRows | None = None) -> pd.DataFrame:
    """All checks, grouped by kind in the order of CHECK_KINDS, each kind in text order."""
    rows = check_rows(data, sector_output, subsidies, review_year, targets)
    if len(rows):
        return rows.frame()
    from govreport.tables.frames import shared_copy

    return shared_copy(_no_checks())  # most reports


def check_rows(data: pd.DataFrame | Figures, sector_output: pd.DataFrame | TableRows,
               subsidies: pd.DataFrame | TableRows, review_year: int | None = None,
               targets: pd.DataFrame | TableRows | None = None) -> TableRows:
    """The rows of ``build_checks`` (the plan-coverage check only when ``targets`` is given)."""
    figs = as_figures(data)
    year = review_year_of(figs, review_year)
    rows = (check_price_times_quantity(sector_output, figs)
            + check_amount_per_recipient(subsidies, figs)
            + check_insured_over_rate(figs)
            + check_parts_vs_total(figs)
            + check_review_vs_plan(figs, year))
    if targets is not None:
        ids = [int(r["id"]) for r in _records(targets, ("id",)) if not is_blank(r.get("id"))]
        rows += check_plan_coverage(figs, ids, year + 1 if year else None)
    if rows:  # the id made with the rows: inserting a column afterwards cost a tenth of the checks
        for i, row in enumerate(rows):
            row["check_id"] = f"C{i + 1:02d}"
    return TableRows(rows, ["check_id", *COLUMNS])


@cache
def _no_checks() -> pd.DataFrame:
    """The table of no checks, made once (its id column text, as a table with checks has it)."""
    from govreport.tables.frames import table_from_rows

    return table_from_rows([], ["check_id", *COLUMNS])
