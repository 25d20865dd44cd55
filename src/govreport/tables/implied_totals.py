"""Checks of what a sentence's figures imply about a whole (docs/assumptions.md#consistency-checks): parts summed against
their stated total (其中, 共计), and insured persons over a coverage rate against the population stated."""
from __future__ import annotations

import re
from decimal import Decimal

from govreport.tables.clauses import last_mark, per_base
from govreport.tables.figures import SEGMENT_BREAKS, Figure, by_sentence, parameters, plain, ratio, same_unit, segment_before, words
from govreport.tables.insured_schemes import same_scheme
from govreport.tables.procedure import restates_a_change
from govreport.tables.check_row import _row, value_of


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
