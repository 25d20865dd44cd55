"""Plan-year targets, each with what it measures, its baseline and the change it requires.

A target says what it measures (``indicator_key`` from data/indicators.csv, or blank), for which
year (five-year-plan goals at the plan's last year), and what kind of bound it is
(``measures``); it is set against its baseline (``baselines``, less another measure's: ``baseline_scope``; the start of 从X提高到Y is
that target's own baseline, with its own year) and classed (``feasibility``). No goals (ages, names, thresholds) or goals stated twice.
"""
from __future__ import annotations

import re

from collections import Counter
from typing import TYPE_CHECKING

from govreport.extract.numerals import is_blank
from govreport.extract.terms import opening_term, shares_plan_year, speaks_of_plan
from govreport.tables.bare_figures import read_bare
from govreport.tables.flat_targets import flat_targets
from govreport.tables.citations import cites
from govreport.tables.baseline_scope import BaselineIndex, Match, scoped_baseline  # (baselines' own, re-exported)
from govreport.tables.mirrored_amounts import mirrored_amount
from govreport.tables.list_partners import partner_member
from govreport.tables.sentence_baselines import from_to_pairs, implied_match
from govreport.tables.feasibility import bound_feasibility, change_required
from govreport.tables.figures import (Figure, Figures, PhraseBook, as_figures, by_sentence, plan_targets,
                                      review_figures, words)
from govreport.tables.measures import measure_of, registered, standing_floor
from govreport.tables.target_bounds import commitment_word, per_head_standard, target_kind
from govreport.tables.non_targets import not_a_target
from govreport.tables.doublings import as_growth_in_multiples, as_growth_rate, restates_in_multiples
from govreport.tables.place_baselines import counted_class, other_place
from govreport.tables.each_wholes import narrower_each_member
from govreport.tables.base_year_rates import compares_levels_with_a_base_year
from govreport.tables.matched_growths import restates_a_matched_amount
from govreport.tables.procedure import restates_a_change, restates_a_level, restates_an_amount, restates_an_increase
from govreport.tables.shared_lists import shared_members
from govreport.tables.goal_members import goal_members
from govreport.tables.table_rows import TableRows
from govreport.tables.sub_headings import heading_starts
from govreport.tables.zone_leads import zone_of_lead
from govreport.tables.other_states import other_state
from govreport.tables.project_fields import other_field_projects
from govreport.tables.restatements import said_amount, other_subjects as other_subjects, paragraph_starts, restatement_key, restates, two_goals  # (other_subjects: tests ask here)
from govreport.tables.year_spans import effort_span, term_totals
from govreport.tables.annex_rounding import restates_rounded
from govreport.tables.term_levels import within_held_ceiling
from govreport.tables.strength_facts import states_a_strength
from govreport.tables.set_siblings import sibling_of_a_set
from govreport.tables.class_labels import glued_project_label, quoted_numbers
from govreport.tables.continued_sets import (carries_a_set_on, completes_an_adopted_set, continues_a_started_set, focuses_a_named_set,
                                             pushes_a_set_under_way, repeats_a_review_set, speeds_a_set_under_way)

if TYPE_CHECKING:  # frames are made on demand: corpus workers never import pandas
    import pandas as pd

COLUMNS = [
    "indicator", "indicator_key", "indicator_en", "category", "year", "year_from", "horizon",
    "value", "value_high", "unit", "qualifier", "text", "commitment", "phrase",
    "measure", "target_kind", "good_direction",
    "match", "match_reason", "match_score", "baseline_value", "baseline_unit", "baseline_text",
    "baseline_indicator", "baseline_key", "baseline_year", "baseline_phrase",
    "change_abs", "change_pct", "ratio", "lower_is_better", "feasibility",
    "id", "start", "end", "sentence", "sentence_start", "sentence_end",
    "baseline_id", "baseline_start", "baseline_end", "baseline_sentence",
]

FEASIBILITY_CLASSES = ["met_already", "below_last_year", "modest", "stretch", "very_stretch", "no_baseline"]
TARGET_KINDS = ["floor", "ceiling", "band", "exact"]


class MemberPhrases(PhraseBook):
    """The phrase book, with one member of a list named by its own name (its baseline is that
    member's: 县城以上…水源地水质优良比例, not the 出境断面 one's)."""

    def __init__(self, phrase_of: PhraseBook, member: Figure) -> None:
        super().__init__(phrase_of.groups)
        self.phrase_of, self.member = phrase_of, member

    def __call__(self, fig: Figure) -> str:
        return self.member.indicator if fig is self.member else self.phrase_of(fig)


def _later_goal(fig: Figure, plan_year: int | None) -> bool:
    """A goal for a year after the plan year: it states no year's actual level, so it is never a baseline."""
    return fig.role == "target" and plan_year is not None and fig.year is not None and fig.year > plan_year


def goal_years(fig: Figure, plan_year: int | None) -> tuple[int | None, int | None]:
    """(year, year_from) of a goal: its own, or — under a heading that names a five-year plan
    (“十五五”时期的主要目标任务) and with no year of its own beyond the plan year — the plan's
    last and first years; the same for a term that opens the figure's own clause (terms.opening_term)."""
    if plan_year is not None and (fig.year is None or fig.year == plan_year) and fig.section:
        for name, (first, last) in words()["five_year_plans"].items():
            if name in fig.section and last > plan_year and (not shares_plan_year(fig.section, plan_year, first)
                                                             or speaks_of_plan(fig.sentence, (name,), last, plan_year)):
                return last, first  # a heading shared with the plan year (…和2026年工作安排, 推动“十五五”开好局): the plan's own sentences only
    term = opening_term(fig.before, plan_year) if fig.year is None or fig.year == plan_year else None
    return (term[1], term[0]) if term else (fig.year, fig.year_from)


def dated_review_goals(figs: list[Figure], plan_year: int | None) -> list[Figure]:
    """The goals a part read as review states for the plan year in their own clause (确保2021年
    全市GDP突破3000亿元 among a new term's goals, under a heading shared with the review: held-out set 77): the clause
    names the year, so the goal is the plan year's wherever it stands."""
    if plan_year is None:
        return []
    dated = f"{plan_year}年"
    return [f for f in figs if f.part == "review" and f.role == "target" and f.year == plan_year and f.year_from is None
             and f.kind != "threshold" and dated in f.clause_before]


def names_later_year(fig: Figure, plan_year: int | None) -> bool:
    """``fig``'s year, or a year its sentence names, is after ``plan_year``: a later goal's sentence."""
    return plan_year is not None and (fig.year is not None and fig.year > plan_year
                                      or any(int(y) > plan_year for y in re.findall(r"((?:19|20)\d\d)年", fig.sentence)))


def plan_year_of(targets: list[Figure]) -> int | None:
    """The year most plan-part targets of one year are for (ties: the earliest): a goal spanning years (year_from: a
    five-year plan's section, 二、“十四五”时期主要目标和任务) is for the span's end, not the plan year (all when none is of one year)."""
    years = (Counter(f.year for f in targets if f.year is not None and f.year_from is None)
             or Counter(f.year for f in targets if f.year is not None))
    if not years:
        return None
    top = max(years.values())
    return min(y for y, n in years.items() if n == top)


def build_targets(data: pd.DataFrame | Figures, thresholds: dict[str, float] | None = None,
                  include_later: bool = False, text: str = "") -> pd.DataFrame:
    """One row per plan-year target with its year, kind, baseline, required change and class.

    ``include_later`` adds the goals for later years (十五五, 2030) with ``horizon == 'later'``;
    by default the table holds the plan year's targets only; ``text`` (the report's) lets the review's parts be found
    by sentences holding no figure."""
    return target_rows(data, thresholds, include_later, text).frame()


def target_rows(data: pd.DataFrame | Figures, thresholds: dict[str, float] | None = None,
                include_later: bool = False, text: str = "") -> TableRows:
    """The rows of ``build_targets``."""
    figs = as_figures(data)
    figs = read_bare(figs, by_sentence(figs))  # 居民消费价格指数控制在103左右, 为80万重点群体…
    groups = by_sentence(figs)
    pairs = from_to_pairs(groups)
    starts = {x.id for x, _ in pairs.values()}
    phrase_of = PhraseBook(groups)
    # a plan-part sentence that sets goals states none of last year's (年内竣工投产制造业项目60个以上 beside 全年实施…100个以上, audit 41 NC21)
    goal_sentences = {f.sentence_start for f in figs if f.part == "plan" and f.role == "target"}
    goals = plan_targets(figs)
    goals = sorted(goals + flat, key=lambda f: f.start) if (flat := flat_targets(goals, text)) else goals  # 外贸出口总额持平 (set 89)
    dated = dated_review_goals(figs, plan_year_of(goals))  # 确保2021年…突破3000亿元 in a part read as review
    goals = sorted(goals + dated, key=lambda f: f.start) if dated else goals
    review = [as_growth_in_multiples(f) for f in review_figures(figs) if not counted_class(f)  # 工业产值过500亿元的县达到5个: a class (audit 40)
              and not (f.part == "plan" and f.sentence_start in goal_sentences) and f not in dated]
    if dated:  # beside a dated goal, the term's later goals (到2025年…4500亿元、力争达到5000亿元) are no baselines of it
        review = [f for f in review if not (f.role == "target" and names_later_year(f, dated[0].year))]
    totals = term_totals(review, figs, text)  # a five-year review's figures (一、“十四五”时期工作回顾) before its one-year part
    goal_year = plan_year_of(plan_targets(figs))  # a later year's goal the review part states (到2025年，力争…) is no baseline
    index = BaselineIndex([f for f in review if f.id not in totals and not _later_goal(f, goal_year)], phrase_of, starts)
    index.text = text  # (固定资产投资额与上年持平； a clause with no figure: flat_growths)
    quoted = quoted_numbers([text] if text else {f.sentence for f in figs})  # “5020”: a project class's name (held-out set 69)
    candidates = [f for f in goals if f.id not in starts and not not_a_target(f)
                  and not sibling_of_a_set(f, groups) and not restates_a_change(f, groups[f.sentence_start])
                  and not restates_a_level(f, groups[f.sentence_start])
                  and not restates_an_amount(f, groups[f.sentence_start], review)
                  and not restates_an_increase(f, groups[f.sentence_start])
                  and not compares_levels_with_a_base_year(f, groups[f.sentence_start])  # 均比2019年增长20%以上 (held-out 51)
                  and not restates_in_multiples(f, groups[f.sentence_start], review)
                  and not continues_a_started_set(f, review) and not speeds_a_set_under_way(f, review)
                  and not carries_a_set_on(f, review) and not focuses_a_named_set(f, review) and not repeats_a_review_set(f, review)
                  and not glued_project_label(f, quoted)  # 力争引进5020项目超过去年水平 (held-out set 69)
                  and not completes_an_adopted_set(f, review) and not pushes_a_set_under_way(f, review)  # 持续推进20个… after 启动20个… (audit 41)
                  and not states_a_strength(f, text)]  # 从自身发展看，我们拥有…涵盖30个行业大类 (held-out set 54)
    plan_year, heads, paragraphs = plan_year_of(candidates), heading_starts(text), paragraph_starts(text)
    named = Counter(f.indicator for f in candidates)  # a zone's target and the city's of one name (zone_leads)
    matched_sentences: dict[int, set[int]] = {}
    claimed: dict[int, str] = {}  # baseline id -> the name of the target that took it
    seen: set[tuple] = set()
    keyed: dict[tuple, list[Figure]] = {}  # a restatement key -> the targets stating it
    scope_of_goal: dict[int, str] = {}  # a target's id -> its key's scope words (each earlier goal of a key compared on its own)
    said: dict[tuple, list[tuple[str, Figure]]] = {}  # amount -> the targets stating it, with their phrases
    rows: list[dict] = []
    listed: list[tuple[Figure, bool]] = []  # (figure, one member of a list sharing its value)
    baseline_of: dict[int, Figure] = {}  # target id -> its matched baseline (a growth restating it, matched_growths)
    made: list[tuple[Figure, Match, str]] = []  # each row's target, its match and horizon, in the order of rows
    for f in candidates:
        members = shared_members(f) or goal_members(f)  # 行政成本、临聘人员均压减15%: two goals (spot 38)
        listed.extend([(m, True) for m in members] or [(f, False)])
    shared_ids = {m.id for m, member_of_list in listed if member_of_list}
    for fig, member_of_list in listed:
        fig = as_growth_rate(fig)  # 翻一番: a growth of 100 % (audit 49)
        year, year_from = goal_years(fig, plan_year)
        later = plan_year is not None and year is not None and year > plan_year
        if not later and fig.sentence.startswith(tuple(words()["later_spans"])):
            later, year = True, None  # 今后一个时期，…促进约1亿农业转移人口落户城镇: beyond the year, none stated
        elif not later and plan_year is not None and (span := effort_span(fig))[0]:  # 用3—5年时间，集聚…人才500人以上
            later, year = True, None if span[1] is None else plan_year + span[1]
        if later and not include_later:
            continue
        if restates_a_matched_amount(fig, groups[fig.sentence_start], baseline_of):
            continue  # 民生支出367.94亿元，增长5% after 民生类支出350.4亿元: the amount's change again
        phrase = phrase_of(fig)
        restated, scope = restatement_key(fig, phrase)  # each with the goal's year, not its sentence's: a plan-year goal
        restated = (*restated[:-1], year)  # restates no five-year goal of one size (城镇登记失业率控制在5%以内, set 74)
        stated = (fig.value, fig.value_high, fig.unit, fig.qualifier, year)
        amount = (*said_amount(fig)[:-1], year)  # (1000枪 is 1000个 stated again, spot 38)
        member = rows and rows[-1]["id"] == fig.id  # another member of a list sharing the value
        if not member and (restated in seen and any(not (scope and scope_of_goal[o.id] not in ("", scope)) and not two_goals(fig, o, heads, paragraphs, text)
                                                    and not _two_lists(fig, o, shared_ids) for o in keyed.get(restated, ()))
                           or (stated in seen and "目标" in fig.clause_before + _own_tail(fig) and not _full_share(fig))
                           or any(restates(phrase, other, fig, other_fig, heads, paragraphs, text) and not _two_lists(fig, other_fig, shared_ids)
                                  for other, other_fig in said.get(amount, ()))
                           or amount in said and cites(fig)
                           or restates_rounded(fig, [o for k, v in said.items() if k[-1] == year for _, o in v], text)):  # 187.18万 … 187万 (set 80)
            continue  # the same goal again (66个重点项目 … 重点调度项目有66个), or 5.5%左右的预期增长目标 restating one
        seen.update((restated, stated))
        keyed.setdefault(restated, []).append(fig)
        scope_of_goal.setdefault(fig.id, scope)
        said.setdefault(amount, []).append((phrase, fig))
        if fig.id in pairs:
            x, start_year = pairs[fig.id]
            m = Match(x, "from_to", 1.0, f"the start of 从{x.text}到{fig.text} in the same sentence"
                      + (f" ({start_year})" if start_year else " (its year is not stated)"), start_year)
        else:
            siblings = matched_sentences.setdefault(fig.sentence_start, set())
            phrases = MemberPhrases(phrase_of, fig) if member_of_list else phrase_of
            m = scoped_baseline(fig, index, phrases, frozenset(siblings), claimed)
            m = implied_match(fig, groups[fig.sentence_start], year) or m if m.figure is None else m
            if m.figure is not None and other_state(fig, m.figure, phrase_of(fig), phrase_of(m.figure)):  # (any path: held-out set 85, fix166b)
                m = Match(None, "none", 0.0, f"'{m.figure.text}' ({m.figure.indicator}) is of another set, scope or state of the thing (other_states)")
            if m.figure is not None and (place := other_place(fig, m.figure, text)):  # 莒南县工业产值: not the city's total (audit 40)
                m = Match(None, "none", 0.0, f"'{m.figure.text}' ({m.figure.indicator}) is not {place}'s own figure")
            if m.figure is not None and (parts := narrower_each_member(fig, m.figure, groups.get(m.figure.sentence_start, []))):  # 省/市重点项目 分别 (set 53)
                m = Match(None, "none", 0.0, f"'{m.figure.text}' ({m.figure.indicator}) is one 分别 member of {parts}, a narrower scope than the target's whole")
            if m.figure is not None and (field := other_field_projects(fig, m.figure, text, paragraphs)):  # …等8个项目 of 畜牧 (audit 39b)
                m = Match(None, "none", 0.0, f"'{m.figure.text}' ({m.figure.indicator}) counts another field's projects than {field}")
            if m.figure is not None and named[fig.indicator] > 1 and (zone := zone_of_lead(fig, m.figure, text, paragraphs)):  # 推动临港产业大发展。… (audit 44)
                m = Match(None, "none", 0.0, f"'{m.figure.text}' ({m.figure.indicator}) names no {zone}, the target's paragraph lead does")
            if m.figure is not None and not within_held_ceiling(fig, target_kind(fig, measure_of(fig)), m.figure):  # (set 80, fix160a)
                m = Match(None, "none", 0.0, f"'{m.figure.text}' ({m.figure.indicator}) is a ceiling held over the term, no baseline but of a ceiling it is within")
            if m.figure is not None:
                siblings.add(m.figure.sentence_start)
                baseline_of[fig.id] = m.figure
        row = _row(fig, m, phrase_of, thresholds, "later" if later else "standing" if standing_floor(fig) else "plan_year")
        row.update(year=year, year_from=year_from)
        rows.append(row)
        made.append((fig, m, row["horizon"]))
    for i, (fig, m, horizon) in enumerate(made):  # a restated review sentence's only amount, once its other figures matched (set 80, fix161a)
        mates = [baseline_of[o.id] for o, _, _ in made if o.sentence_start == fig.sentence_start and o.id != fig.id and o.id in baseline_of]
        if m.figure is None and fig.id not in pairs and (mirror := mirrored_amount(fig, mates, index, claimed)) is not None \
                and mirror.figure is not None:  # (no set-name refusal: the items the two sentences share say it is one set)
            claimed.setdefault(mirror.figure.id, fig.indicator)
            rows[i] = {**_row(fig, mirror, phrase_of, thresholds, horizon), "year": rows[i]["year"], "year_from": rows[i]["year_from"]}
        elif m.figure is None and fig.id not in pairs and (partner := partner_member(fig, [o for o, _, _ in made], baseline_of, index, claimed)) is not None \
                and partner.figure is not None:
            claimed.setdefault(partner.figure.id, fig.indicator)  # (…龙头企业10家、联合体10家 and 州级龙头企业19家、联合体17家: fix164c)
            rows[i] = {**_row(fig, partner, phrase_of, thresholds, horizon), "year": rows[i]["year"], "year_from": rows[i]["year_from"]}
    return TableRows(rows, COLUMNS, [c for c in COLUMNS if c.endswith(("id", "start", "end", "year", "year_from"))])


def _two_lists(fig: Figure, other: Figure, shared_ids: set[int]) -> bool:
    """Members of two lists in two sentences, each list sharing one value (A、B分别新增100户以上 … C、D分别新增100户以上), named
    apart: two goals of one size, not one stated again (held-out set 71 南充: the second list had no row)."""
    return fig.id in shared_ids and other.id in shared_ids and fig.sentence_start != other.sentence_start and fig.indicator != other.indicator


def _full_share(fig: Figure) -> bool:
    """100 % is said of many things (装灯率100%, 建制村通客运班车100%目标: held-out set 86): the same amount before 目标 restates none."""
    return fig.unit == "%" and fig.value == 100 and fig.value_high is None


def _own_tail(fig: Figure) -> str:
    """Up to 12 characters after the figure, to its clause's end: 5.5%左右的预期增长目标 names a goal stated before; the next
    clause's 目标 does not (…80%以上，推广粮食作物目标收入保险: held-out audit 51 晋中)."""
    tail = fig.sentence[fig.rel_end:fig.rel_end + 12]
    tail = tail[:next((i for i, c in enumerate(tail) if c in "，,；;。"), len(tail))]
    return tail[:at] if (at := tail.find("达到")) >= 0 else tail  # 7个国考断面100%达到优良目标: a standard reached (audit 52 清远 G3)


def _row(fig: Figure, m: Match, phrase_of: PhraseBook, thresholds: dict[str, float] | None, horizon: str) -> dict:
    b = m.figure
    ind = registered(fig)
    measure = measure_of(fig)
    kind = target_kind(fig, measure)
    cls, unclassed = bound_feasibility(fig.value, b.value if b else None, b.qualifier if b else None, b.text if b else "", fig.unit, kind, measure,
                                       thresholds, fig.value_high)  # (a mark crossed is a lower bound: fix170i)
    row = {
        "indicator": per_head_standard(fig), "indicator_key": fig.indicator_key, "indicator_en": fig.indicator_en,
        "category": fig.category, "year": fig.year, "year_from": fig.year_from, "horizon": horizon,
        "value": fig.value, "value_high": fig.value_high, "unit": fig.unit, "qualifier": fig.qualifier,
        "text": fig.text, "commitment": commitment_word(fig), "phrase": phrase_of(fig),
        "measure": measure, "target_kind": kind, "good_direction": ind.good_direction if ind else "",
        "match": m.kind, "match_reason": m.reason + unclassed, "match_score": m.score,
        "baseline_value": b.value if b else None, "baseline_unit": b.unit if b else "",
        "baseline_text": b.text if b else "", "baseline_indicator": per_head_standard(b) if b else "",
        "baseline_key": b.indicator_key if b else "", "baseline_year": m.year if b else None,
        "baseline_phrase": phrase_of(b) if b else "",
        "lower_is_better": kind == "ceiling",
        "feasibility": cls,
        "id": fig.id, "start": fig.start, "end": fig.end, "sentence": fig.sentence,
        "sentence_start": fig.sentence_start, "sentence_end": fig.sentence_end,
        "baseline_id": b.id if b else None, "baseline_start": b.start if b else None,
        "baseline_end": b.end if b else None, "baseline_sentence": b.sentence if b else "",
    }
    row.update(change_required(fig.value, b.value if b else None, fig.unit))
    return row


def with_year_text(table: pd.DataFrame) -> pd.DataFrame:
    """The table with its years as text (2030, not 2,030) for display."""
    out = table.copy()
    for col in ("year", "year_from", "baseline_year"):
        if col in out.columns:
            out[col] = ["" if is_blank(v) else str(int(v)) for v in out[col]]
    return out
