"""Plan-year targets, each against its review-year baseline, with the change it requires.

A target says what it measures (``indicator_key`` from data/indicators.csv, or blank), for which
year, and what kind of bound it is (floor, ceiling, band, exact). Its baseline is the review's
figure of the same indicator first (same key, same measure, same unit family), then the most
alike wording within the same measure, never across measures; the start of 从X提高到Y is
that target's own baseline, with its own year. Candidates are indexed by key and by the
bigrams of their wording, so matching is linear in the number of figures. The class compares
like with like (a growth rate with last year's growth, a flow with last year's flow, a level
with the current level): see docs/assumptions.md#target-kinds and #feasibility-classes.
Thresholds live in ``data/tables_parameters.json``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pandas as pd

from govreport.extract.indicators import key_modifier, key_wording
from govreport.lexicon import Indicator, indicator_registry, unit_field
from govreport.tables.figures import (Figure, PhraseBook, _weighted_bigrams, before_in_sentence, by_sentence,
                                      canonical, figures, parameters, plan_targets, ratio, review_figures,
                                      shared_words, similarity, with_int_columns, words)

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
RATE_UNITS = ("%", "‰", "百分点", "个百分点")
CHANGE_MEASURES = ("growth_rate", "change", "flow")  # compared with last year's figure of the same kind
NOT_TARGET_UNIT_KINDS = ("age", "duration", "voltage")  # 0—6岁, 延长30年, 220千伏: ages, spans, labels
NEAR_BREAKS = "，,；;。：:"  # a qualifier word beyond these belongs to another figure
CEILING_WORDS = ("控制在", "以内", "不超过", "不高于", "低于", "以下")
FLOOR_WORDS = ("不低于", "不少于", "以上", "超过", "突破")
FLOW_WORDS = ("新增", "新建", "新开工", "新认定", "新培育", "新引进", "全年", "年内", "今年", "年度", "每年", "新设")
STOCK_WORDS = ("累计", "总数", "总量", "保有量", "余额", "存量", "总规模")
FROM_BEFORE = re.compile(r"(?:[从由](?:(\d{4})年(?:底|末)?的?)?[^，,；;。从由\d]{0,6}|现行)$")
FROM_TO_GAP = re.compile(r"(?:的[^，,；;。\d]{1,6})?(?:提高|提升|增加|增长|跃升|上升|扩大|下降|降低|减少|缩小|缩减|压减|减|降|调整)?"
                         r"(?:到|至|为)(?:\d{4}年(?:底|末)?的?)?")
TO_LEVEL = re.compile(r"(?:到|至)(?:\d{4}年(?:底|末)?的?)?$")
LAST_YEAR_CHANGE = re.compile(r"^(?:比上年|比去年|较上年|较去年|同比)[^，,；;。\d]{0,4}?(?:增加|提高|高|增长|减少|下降|降低|低|扩大|缩小)$")
PART_OF_YEAR = re.compile(r"一季度|上半年|前三季度|前三季|[1一]—?[-—至到]?\d{1,2}月|[一二三四]季度")
CHANGE_BEFORE = re.compile(r"(?:减少|增加|提高|增长|下降|降低|新增)(?:了|近|约|超过)?$")  # 贫困人口减少1000万
CUT_TO = re.compile(r"(?:降至|降到|下降到|降低到|减少到|压减到|压减至|减少至)$")  # 税率降至13%: a ceiling
POLICY_NAME = re.compile(r"(?:支持|扶持|促进|稳经济)?(?:政策|措施|意见|举措)")
AVERAGE = re.compile(r"年均|每年|平均每年|累计|五年|年来|期间")  # over several years
SEVERAL_YEARS = re.compile(r"五年来|五年间|过去五年|年以来|“十[一二三四五]五”期间|时期累计")
CAPACITY_KINDS = ("weight", "power", "energy", "volume")
GOAL_VERBS = ("实现", "完成", "达到", "新增", "引进", "培育", "打造", "新建", "建成", "争取", "力争", "确保", "吸引")
RESTATED_MIN = 0.3  # wording similarity above which the same amount stated again is the same goal
LEVEL_REACHED = re.compile(r"(?:增至|增加到|增长到|提高到|提升到|上升到|扩大到|发展到)(?:\d{4}年(?:底|末)?的?)?$")
CLASSIFYING = re.compile(r"(?:及以上|以上|以下)[\u4e00-\u9fff]")
NOT_A_NOUN_AFTER = ("的", "并", "和", "且", "或", "等")


@dataclass(frozen=True)
class Match:
    """A target's baseline: the figure (or None), the match type, score and reason."""

    figure: Figure | None
    kind: str  # key | same | related | from_to | none
    score: float
    reason: str
    year: int | None = None  # the baseline's own year


def commitment_word(fig: Figure) -> str:
    """The commitment word nearest before the figure in its sentence (确保, 力争, 稳定在 …)."""
    before = before_in_sentence(fig)
    best, best_end = "", -1
    for w in words()["commitment_words"]:
        pos = before.rfind(w)
        if pos >= 0 and (pos + len(w), len(w)) > (best_end, len(best)):
            best, best_end = w, pos + len(w)
    return best


def registered(fig: Figure) -> Indicator | None:
    """The registry entry of the figure's key, or None."""
    return indicator_registry().get(fig.indicator_key) if fig.indicator_key else None


def _near(fig: Figure, before: int = 8, after: int = 4) -> str:
    """The words around a figure within its own clause (城镇登记失业率4.5%以内，进出口增长6%左右:
    the 以内 is the unemployment rate's, not the trade target's)."""
    start = max(fig.rel_start - before, 0)
    head = fig.sentence[start:fig.rel_start]
    start += max((head.rfind(d) for d in NEAR_BREAKS), default=-1) + 1
    tail = fig.sentence[fig.rel_end:fig.rel_end + after]
    stop = min((i for i in (tail.find(d) for d in NEAR_BREAKS) if i >= 0), default=len(tail))
    return fig.sentence[start:fig.rel_end + stop]


def _clause_before(fig: Figure) -> str:
    before = before_in_sentence(fig)
    cut = max((before.rfind(d) for d in words()["delimiters"]), default=-1)
    return before[cut + 1:]


def _is_change(fig: Figure) -> bool:
    """A change (增长5%, 提高2个百分点), not a level reached (提高到3.3%)."""
    if fig.unit in ("百分点", "个百分点"):
        return True
    return fig.kind == "change" and not TO_LEVEL.search(before_in_sentence(fig))


def measure_of(fig: Figure) -> str:
    """growth_rate, change (a level's change in points), flow, or a level (level, share, stock,
    count, rank): from the registry, the unit and the words before the figure."""
    ind = registered(fig)
    clause = _clause_before(fig)
    is_change = _is_change(fig)
    if ind is not None:
        if ind.measure in ("growth_rate", "flow", "rank"):
            return ind.measure
        if is_change:
            return "change"
        if ind.measure in ("stock", "count") and any(w in clause for w in FLOW_WORDS):
            return "flow"
        return ind.measure
    if fig.unit in RATE_UNITS:
        if fig.unit in ("百分点", "个百分点"):
            return "change"
        return "growth_rate" if is_change else "share"
    if any(w in clause for w in STOCK_WORDS):
        return "stock"
    return "flow"


def target_kind(fig: Figure, measure: str) -> str:
    """floor / ceiling / band / exact (docs/assumptions.md#target-kinds).

    A range (5%—6%) is a band; 以内, 控制在, 不超过 and ``at_most`` make a ceiling, and so does
    a level (or 左右) of an indicator whose good direction is down (CPI 2%左右, unemployment
    5.5%左右); 左右 is otherwise a band; 以上, 不低于 and growth targets are floors."""
    ind = registered(fig)
    near = _near(fig)
    if fig.value_high is not None:
        return "band"
    if (fig.qualifier == "at_most" or any(w in near for w in CEILING_WORDS[:5])
            or CUT_TO.search(before_in_sentence(fig))):
        return "ceiling"
    if fig.qualifier in ("at_least", "more_than") or any(w in near for w in FLOOR_WORDS[:2]):
        return "floor"
    if ind is not None and ind.good_direction == "down" and fig.direction != "decrease":
        return "ceiling"
    if fig.qualifier == "about":
        return "band"
    if measure == "growth_rate":
        return "floor"
    return "exact"


def from_to_pairs(groups: dict[int, list[Figure]]) -> dict[int, tuple[Figure, int | None]]:
    """id of Y -> (X, X's stated year) for every 从X提高到Y in the report (从2020年的10.5万元
    提高到2025年的14万元: X's year is 2020; without a stated year it is unknown, not last year's)."""
    pairs: dict[int, tuple[Figure, int | None]] = {}
    for whole in groups.values():
        group = [f for f in whole if f.role not in ("meta", "label")]  # 由2010年的5.24亿元增加到2015年的15.07亿元
        for a, b in zip(group, group[1:]):
            m = FROM_BEFORE.search(a.sentence, 0, max(a.rel_start, 0))
            if m is None or a.unit != b.unit and not (a.unit in RATE_UNITS and b.unit in RATE_UNITS):
                continue
            gap = a.sentence[a.rel_end:b.rel_start]
            if FROM_TO_GAP.fullmatch(gap):
                pairs[b.id] = (a, int(m.group(1)) if m.group(1) else None)
    return pairs


def not_a_target(fig: Figure) -> str:
    """Why a plan figure is no goal ('' when it is one): an age, a span of years or a voltage,
    a bare number, a name in quotation marks (民营经济32条), an idiom (最初一公里), a place in a
    list (第3), or a threshold that classifies what follows (100户以上自然村)."""
    if (not fig.unit and not CHANGE_BEFORE.search(_clause_before(fig))) or unit_field(fig.unit, "kind") in NOT_TARGET_UNIT_KINDS:
        return "an age, a span of time, a label or a bare number"
    if fig.indicator_key in words()["context_indicators"]:
        return "a fact the plan works with, not a goal (今年高校毕业生1170万人)"
    if fig.value is not None and fig.value <= 1 and not any(c.isdigit() for c in fig.text):
        return "a single one in words (至少有一人就业)"
    before = before_in_sentence(fig)
    if before.count("“") > before.count("”") or before.count("\"") % 2 == 1:
        return "part of a name in quotation marks"
    if before.endswith(("最初", "最后", "第", "×", "*")):
        return "an idiom, an ordinal or a specification (2×66万千瓦)"
    if "已经" in _clause_before(fig) or before.endswith(("已", "已达", "已超过")):
        return "a statement of what already is (已经超过2万亿元)"
    if fig.unit in RATE_UNITS and before.endswith("前"):
        return "a rank threshold (排名前1%)"
    if before.endswith("现行"):
        return "the current level (现行), not a goal"
    if fig.unit not in ("%", "‰") and LAST_YEAR_CHANGE.search(_clause_before(fig)):
        return "the change from last year of the figure before it"
    after = fig.sentence[fig.rel_end:fig.rel_end + 5]
    if unit_field(fig.unit, "kind") in CAPACITY_KINDS and after[:1] and "\u4e00" <= after[0] <= "\u9fff" \
            and after[0] not in NOT_A_NOUN_AFTER + ("以", "左", "及", "多", "余"):
        return "a capacity in a project's name (700万吨露天矿, 5万千瓦风电)"
    if unit_field(fig.unit, "kind") == "money" and not any(c.isdigit() for c in fig.text) and after.startswith("的"):
        return "a threshold that classifies what follows (超亿元的企业)"
    if fig.unit == "条" and POLICY_NAME.match(after):
        return "the name of a policy document (省47条支持政策措施)"
    m = CLASSIFYING.match(after)
    if m and not after[m.end() - 1] in NOT_A_NOUN_AFTER and not before.endswith(GOAL_VERBS):  # 实现5家以上企业入驻 is a goal
        return "a threshold that classifies what follows"
    return ""


def restatement_key(fig: Figure, phrase: str) -> tuple:
    """Two targets with this key state the same goal twice (a summary and its section)."""
    return (fig.indicator_key or phrase, fig.value, fig.value_high, fig.unit, fig.year)


def _form(fig: Figure) -> str:
    """Rates of change and levels are never compared with each other."""
    if fig.unit in ("百分点", "个百分点"):
        return "points"
    if fig.unit in RATE_UNITS:
        ind = registered(fig)
        return "change" if _is_change(fig) or (ind is not None and ind.measure == "growth_rate") else "level"
    return "level"


def _unit_group(unit: str) -> str:
    for group in words()["unit_equivalents"]:
        if unit in group:
            return group[0]
    return unit


class BaselineIndex:
    """The review's figures indexed by (key, form) and, per (unit, form), by the bigrams of their
    wording: each target is compared only with the figures that share its key or a word with it,
    so matching grows with the number of figures, not with targets × figures."""

    def __init__(self, actuals: list[Figure], phrase_of: PhraseBook, starts: set[int]) -> None:
        self.by_key: dict[tuple[str, str, str], list[Figure]] = {}
        self.by_gram: dict[tuple[str, str], dict[str, list[int]]] = {}
        self.by_sentence: dict[tuple[str, str, int], list[int]] = {}
        self.figures = [a for a in actuals if a.value is not None and a.id not in starts
                        and not PART_OF_YEAR.search(_clause_before(a))]
        self.average = {a.id for a in self.figures  # 年均增长 in its clause, 五年来 in its sentence: over several years
                        if AVERAGE.search(_clause_before(a)) or SEVERAL_YEARS.search(a.sentence)}
        generic = set(words()["generic_bigrams"])
        for i, a in enumerate(self.figures):
            form = _form(a)
            if a.indicator_key:
                self.by_key.setdefault((a.indicator_key, form, _unit_group(a.unit)), []).append(a)
            self.by_sentence.setdefault((_unit_group(a.unit), form, a.sentence_start), []).append(i)
            grams = self.by_gram.setdefault((_unit_group(a.unit), form), {})
            phrase = phrase_of(a)
            for g in set(_weighted_bigrams(phrase)) | set(_weighted_bigrams(canonical(phrase))):
                if g not in generic:
                    grams.setdefault(g, []).append(i)

    def same_key(self, fig: Figure) -> list[Figure]:
        return self.by_key.get((fig.indicator_key, _form(fig), _unit_group(fig.unit)), []) if fig.indicator_key else []

    def alike(self, fig: Figure, phrase: str, sentences: frozenset[int] = frozenset()) -> list[Figure]:
        """Figures in the target's unit and form that share a word with its phrase, or stand in
        one of ``sentences`` (where a sibling target found its baseline), in text order."""
        group, form = _unit_group(fig.unit), _form(fig)
        grams = self.by_gram.get((group, form), {})
        found: set[int] = set()
        for start in sentences:
            found.update(self.by_sentence.get((group, form, start), ()))
        for g in set(_weighted_bigrams(phrase)) | set(_weighted_bigrams(canonical(phrase))):
            found.update(grams.get(g, ()))
        return [self.figures[i] for i in sorted(found)]


def match_baseline(target: Figure, index: BaselineIndex, phrase_of: PhraseBook,
                   sibling_sentences: frozenset[int] = frozenset()) -> Match:
    """The review-year figure that best measures the same thing as ``target``.

    >>> # 完成脱贫劳动力转移就业3000人 -> 实现脱贫人口转移就业2571人 (same)
    """
    p = parameters()["baseline"]
    phrase = phrase_of(target)
    keyed = index.same_key(target)
    if not AVERAGE.search(_clause_before(target)):  # an average over years is no baseline for one year
        keyed = [a for a in keyed if a.id not in index.average]
    if measure_of(target) == "flow":  # a flow (新增500家) is not measured by a level reached (增至4408家)
        keyed = [a for a in keyed if not states_level(a)]
    # the same indicator of the same scope: 数字贸易进出口额 is no 服务贸易进出口额
    modifier = key_modifier(target.indicator, target.indicator_key)
    keyed = [a for a in keyed if same_scope(modifier, key_modifier(a.indicator, a.indicator_key)) and plausible(target, a)]
    if keyed:
        # the most alike wording, then the most alike clause as written (全年实现新增就业 …)
        clause = _clause_before(target)
        scored = [(max(similarity(phrase, phrase_of(a)), similarity(canonical(phrase), canonical(phrase_of(a))))
                   + (p["sibling_bonus"] if a.sentence_start in sibling_sentences else 0.0)
                   + similarity(clause, _clause_before(a)), -a.start, a) for a in keyed]
        score, _, fig = max(scored, key=lambda s: s[:2])
        score = round(min(score, 1.0), 4)
        return Match(fig, "key", score, f"same indicator '{target.indicator_key}' in the review "
                     f"('{shared_words(phrase, phrase_of(fig)) or fig.indicator}')", fig.year)
    candidates = [a for a in index.alike(target, phrase, sibling_sentences)
                  if a.id not in index.average or AVERAGE.search(_clause_before(target))]
    candidates = [a for a in candidates
                  if not (target.indicator_key and a.indicator_key and a.indicator_key != target.indicator_key)
                  and plausible(target, a) and not (measure_of(target) == "flow" and states_level(a))
                  and names_its_indicator(target, a, phrase)
                  and not (a.indicator_key and a.indicator_key == target.indicator_key
                           and not same_scope(modifier, key_modifier(a.indicator, a.indicator_key)))]
    if not candidates:
        return Match(None, "none", 0.0, f"no review-year figure of the same measure in {target.unit or 'this unit'} "
                     "shares a word with it")
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
        return Match(fig, "same", raw, f"same wording '{shared_words(phrase, a_phrase)}' (score {raw:.2f})", fig.year)
    # a rate of change, a registered target, or a figure another indicator's key claims, needs the same words
    if (canon >= p["related_min_score"] and canon > raw and _form(target) == "level"
            and not fig.indicator_key and not target.indicator_key):  # only through synonyms
        how = []
        if canon > raw:
            how.append(f"through synonyms '{phrase}' ≈ '{a_phrase}'")
        if bonus:
            how.append("stated beside a target whose baseline is in the same sentence")
        how.insert(0, f"shares '{shared_words(phrase, a_phrase)}'")
        return Match(fig, "related", round(total, 4), "; ".join(how) + f" (score {total:.2f})", fig.year)
    return Match(None, "none", round(total, 4),
                 f"no review-year figure of the same measure in {target.unit or 'this unit'} with similar wording "
                 f"(best score {total:.2f} < {p['related_min_score']})")


def names_its_indicator(target: Figure, candidate: Figure, phrase: str) -> bool:
    """A registered candidate matched by wording must have its indicator's words in the target
    (服务业增加值增长 is no baseline of 文旅产业增加值增长, though both 增加值增长)."""
    if not candidate.indicator_key or candidate.indicator_key == target.indicator_key:
        return True
    wording = key_wording(candidate.indicator, candidate.indicator_key)
    return not wording or wording in target.indicator or wording in phrase


def states_level(fig: Figure) -> bool:
    """A level reached (增至4408家, 累计建成, 总量, 余额), not an amount added in the year."""
    return bool(LEVEL_REACHED.search(before_in_sentence(fig))) or any(w in _clause_before(fig) for w in STOCK_WORDS)


def same_scope(a: str | None, b: str | None) -> bool:
    """Two figures of one indicator measure the same scope when the words before its wording
    agree (数字贸易 and 一般贸易 进出口 do not; nor 外贸进出口 in general and 一般贸易's);
    None (no wording found) is not held against them."""
    return a is None or b is None or a == b


def plausible(target: Figure, baseline: Figure) -> bool:
    """A wording match is believed only when the amounts are within ``plausible_ratio`` of each
    other (30 new parks are not measured against 1078 street corners); rates are not checked."""
    if target.unit in RATE_UNITS or target.value is None or baseline.value is None or baseline.value <= 0:
        return True
    r = float(target.value / baseline.value)
    limit = parameters()["baseline"]["plausible_ratio"]
    return 1 / limit <= r <= limit


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


def goal_years(fig: Figure, plan_year: int | None) -> tuple[int | None, int | None]:
    """(year, year_from) of a goal: its own, or — under a heading that names a five-year plan
    (“十五五”时期的主要目标任务) and with no year of its own beyond the plan year — the plan's
    last and first years."""
    if plan_year is not None and (fig.year is None or fig.year == plan_year) and fig.section:
        for name, (first, last) in words()["five_year_plans"].items():
            if name in fig.section and last > plan_year:
                return last, first
    return fig.year, fig.year_from


def plan_year_of(targets: list[Figure]) -> int | None:
    """The year most plan-part targets are for (ties: the earliest)."""
    years = Counter(f.year for f in targets if f.year is not None)
    if not years:
        return None
    top = max(years.values())
    return min(y for y, n in years.items() if n == top)


def build_targets(quantities: pd.DataFrame, thresholds: dict[str, float] | None = None,
                  include_later: bool = False) -> pd.DataFrame:
    """One row per plan-year target with its year, kind, baseline, required change and class.

    ``include_later`` adds the goals for later years (十五五, 2030) with ``horizon == 'later'``;
    by default the table holds the plan year's targets only."""
    figs = figures(quantities)
    groups = by_sentence(figs)
    pairs = from_to_pairs(groups)
    starts = {x.id for x, _ in pairs.values()}
    phrase_of = PhraseBook(groups)
    index = BaselineIndex(review_figures(figs), phrase_of, starts)
    candidates = [f for f in plan_targets(figs) if f.id not in starts and not not_a_target(f)]
    plan_year = plan_year_of(candidates)
    matched_sentences: dict[int, set[int]] = {}
    seen: set[tuple] = set()
    said: dict[tuple, list[str]] = {}  # amount -> phrases of the targets stating it
    rows = []
    for fig in candidates:
        year, year_from = goal_years(fig, plan_year)
        later = plan_year is not None and year is not None and year > plan_year
        if later and not include_later:
            continue
        phrase = phrase_of(fig)
        restated = restatement_key(fig, phrase)
        stated = (fig.value, fig.value_high, fig.unit, fig.qualifier, fig.year)
        amount = (fig.value, fig.value_high, fig.unit, fig.year)
        if (restated in seen or (stated in seen and "目标" in _clause_before(fig) + fig.sentence[fig.rel_end:fig.rel_end + 12])
                or any(similarity(phrase, other) >= RESTATED_MIN for other in said.get(amount, ()))):
            continue  # the same goal again (66个重点项目 … 重点调度项目有66个), or 5.5%左右的预期增长目标 restating one
        seen.update((restated, stated))
        said.setdefault(amount, []).append(phrase)
        if fig.id in pairs:
            x, start_year = pairs[fig.id]
            m = Match(x, "from_to", 1.0, f"the start of 从{x.text}到{fig.text} in the same sentence"
                      + (f" ({start_year})" if start_year else " (its year is not stated)"), start_year)
        else:
            siblings = matched_sentences.setdefault(fig.sentence_start, set())
            m = match_baseline(fig, index, phrase_of, frozenset(siblings))
            if m.figure is not None:
                siblings.add(m.figure.sentence_start)
        row = _row(fig, m, phrase_of, thresholds, "later" if later else "plan_year")
        row.update(year=year, year_from=year_from)
        rows.append(row)
    table = add_extractor_columns(pd.DataFrame(rows, columns=COLUMNS), quantities)
    return with_int_columns(table, [c for c in COLUMNS if c.endswith(("id", "start", "end", "year", "year_from"))])


def _row(fig: Figure, m: Match, phrase_of: PhraseBook, thresholds: dict[str, float] | None, horizon: str) -> dict:
    b = m.figure
    ind = registered(fig)
    measure = measure_of(fig)
    kind = target_kind(fig, measure)
    row = {
        "indicator": fig.indicator, "indicator_key": fig.indicator_key, "indicator_en": "",
        "category": fig.category, "year": fig.year, "year_from": fig.year_from, "horizon": horizon,
        "value": fig.value, "value_high": fig.value_high, "unit": fig.unit, "qualifier": fig.qualifier,
        "text": fig.text, "commitment": commitment_word(fig), "phrase": phrase_of(fig),
        "measure": measure, "target_kind": kind, "good_direction": ind.good_direction if ind else "",
        "match": m.kind, "match_reason": m.reason, "match_score": m.score,
        "baseline_value": b.value if b else None, "baseline_unit": b.unit if b else "",
        "baseline_text": b.text if b else "", "baseline_indicator": b.indicator if b else "",
        "baseline_key": b.indicator_key if b else "", "baseline_year": m.year if b else None,
        "baseline_phrase": phrase_of(b) if b else "",
        "lower_is_better": kind == "ceiling",
        "feasibility": feasibility(fig.value, b.value if b else None, fig.unit, kind, measure, thresholds,
                                   fig.value_high),
        "id": fig.id, "start": fig.start, "end": fig.end, "sentence": fig.sentence,
        "sentence_start": fig.sentence_start, "sentence_end": fig.sentence_end,
        "baseline_id": b.id if b else None, "baseline_start": b.start if b else None,
        "baseline_end": b.end if b else None, "baseline_sentence": b.sentence if b else "",
    }
    row.update(change_required(fig.value, b.value if b else None, fig.unit))
    return row


def add_extractor_columns(table: pd.DataFrame, quantities: pd.DataFrame) -> pd.DataFrame:
    """Copy indicator_en from the quantities table by figure id."""
    if table.empty or quantities is None or "id" not in quantities.columns:
        return table
    out = table.copy()
    if "indicator_en" in quantities.columns:
        lookup = dict(zip(quantities["id"].astype(int), quantities["indicator_en"]))
        out["indicator_en"] = [lookup.get(int(i)) or "" for i in out["id"]]
    return out


def with_year_text(table: pd.DataFrame) -> pd.DataFrame:
    """The table with its years as text (2030, not 2,030) for display."""
    out = table.copy()
    for col in ("year", "year_from", "baseline_year"):
        if col in out.columns:
            out[col] = ["" if v is None or pd.isna(v) else str(int(v)) for v in out[col]]
    return out
