"""The review figures a target's baseline is looked for among, and what any baseline found must satisfy.

Candidates are indexed by key and by the bigrams of their wording, so matching is linear in the number of figures;
figures over several years are set apart, rates of change never meet levels, and a baseline's amount must be plausible
beside the target's (docs/assumptions.md#baseline-matching). The matching itself is in baseline_matching.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from govreport.lexicon import unit_group
from govreport.tables.defining_amounts import defining_amount
from govreport.tables.term_levels import dated_at_term_end, level_reached_in_term, rate_after_summed_list
from govreport.tables.year_spans import dated_across_semicolons, list_average, led_by_part_of_year, listed_in_part_of_year, opened_by_part_of_year, over_a_span, part_of_year, span_carried, under_next_plans_goals
from govreport.tables.figures import Figure, PhraseBook, generic_bigrams, parameters, words
from govreport.tables.phrase_likeness import phrase_grams
from govreport.tables.fund_purposes import same_purpose
from govreport.tables.lead_scopes import lead_scope, lead_scoped
from govreport.tables.likeness import Likeness
from govreport.tables.measures import RATE_UNITS, is_change, over_years, registered
from govreport.tables.class_amounts import same_class_amount
from govreport.tables.project_sets import names_projects
from govreport.tables.name_agreement import name_letters
from govreport.tables.name_scopes import scope_of, whole_place_rest
from govreport.tables.clauses import CLAUSE_BREAKS, last_mark


# over several years (一直控制在3%以内: kept all along; 近三年引进…182个, audit 44); 每人每年 is a payment per head, not an average; 连续五年保持100%: each year's level
AVERAGE = re.compile(r"年均|(?<!每人)每年|平均每年|累计(?!上涨)|(?<!连续)五年|连续五年(?!保持)|年来|期间|一直|始终|近[两二三四五六七八九十]年(?!前|后|内)")

# (a sentence opening 五年: 五年全社会固定资产投资累计完成…，特别是发行6600亿元长期建设国债: the term's totals)
# (年以来 before 首次 or a superlative ranks the year's own figure: 增速为2019年以来最高, audit 48 bazhong row 0)
SEVERAL_YEARS = re.compile(r"五年来|五年间|过去五年|年以来(?!首次|最)|“十[一二三四五]五”期间|时期累计|^(?:——)?(?:这|近)?五年(?!前|后|内|级|计划|规划)")


def several_years_from(sentence: str) -> int:
    """Where the clause holding the sentence's first several-years cue starts, -1 where none does: the cue spans the
    figures of its own clause and after it, not those of the clauses before (投入科技研发经费3.4亿元，…，实现4年以来…“零”突破:
    the 3.4亿元 is the year's, spot 39 文山 rows 31, 32); 五年来， opening a sentence spans all of it."""
    if "年" not in sentence and "期" not in sentence:  # (each cue holds 年 or 期)
        return -1
    found = SEVERAL_YEARS.search(sentence)
    return -1 if found is None else last_mark(sentence[:found.start()], CLAUSE_BREAKS) + 1


@dataclass(frozen=True)
class Match:
    """A target's baseline: the figure (or None), the match type, score and reason."""
    figure: Figure | None
    kind: str  # key | same | related | from_to | implied | none
    score: float
    reason: str
    year: int | None = None  # the baseline's own year


def _form(fig: Figure) -> str:
    """Rates of change and levels are never compared with each other."""
    if fig.unit in ("百分点", "个百分点"):
        return "points"
    if fig.unit in RATE_UNITS:
        ind = registered(fig)
        return "change" if is_change(fig) or (ind is not None and ind.measure == "growth_rate") else "level"
    return "level"


PEOPLE_BEFORE = re.compile(r"(?:人口|人数)(?:减少|增加|超过|达到|达|近|约|不低于|不少于)?$")  # 易地扶贫搬迁人口超过240万, 转移就业人数不低于20.5万: people, though no unit is written


def group_of(fig: Figure) -> str:
    """The unit family a figure is compared within: a count of 人口 written without a unit
    (减少农村贫困人口1000万, 易地扶贫搬迁人口超过240万) counts people (人)."""
    if not fig.unit and PEOPLE_BEFORE.search(fig.clause_before):
        return unit_group("人")
    return unit_group(fig.unit)


def count_groups(fig: Figure, phrase: str, alike: bool = False) -> list[str]:
    """The unit families a figure is compared within: its own, and for an organisation counted (a phrase ending with ``organisation_heads``)
    every organisation counter (家 and 个: 6家国家级工业互联网平台 and 国家级工业互联网平台2个); for projects (``project_heads``) 项 and 个;
    for one key of visits (``visit_keys``) 人 and 人次, one count of visitors;
    for one key, a thing a household has one of (``household_things``: 棚改 in 户 or 套, 改厕 in 户 or 个) in either counter."""
    group, w = group_of(fig), words()
    project = names_projects(phrase, fig.indicator)  # (…重点项目建设, 补短板事项)
    counters = list(w["project_counters" if project else "organisation_counters"])
    if alike and not project:  # for one key: counters a report uses for one another (家 and 户 for enterprises: 新增…企业81家 and 50户)
        counters += [c for pair in w["counters_alike"] if group in pair for c in pair if c not in counters]
    elif not project and any(f in phrase and not phrase.removesuffix("数").endswith(f) for f in w["firm_words"]) \
            and (pair := next((x for x in w["counters_alike"] if group in x), None)):  # firms counted by the work they do, named after them:
        return [group] + [c for c in pair if c != group]  # 帮扶50家企业升级治污设施, 完成企业治污设施升级210户 (held-out 50 咸阳 G1; not 服务业企业20户 and 加工企业8家)
    if alike and fig.indicator_key in w["visit_keys"] and group in w["visit_counters"]:  # (接待游客510万人 and 2000万人次: fix141b)
        return [group] + [c for c in w["visit_counters"] if c != group]
    if alike and group in w["household_counters"] and any(h in phrase for h in w["household_things"]):  # (棚户区改造1831户, 城镇棚改1246套: fix108b)
        return [group] + [c for c in w["household_counters"] if c != group]
    if group not in counters or not (project or phrase.removesuffix("数").endswith(tuple(w["organisation_heads"]))):  # (a member's name as its phrase: …“专精特新”企业数, spot 40 定西 row 99)
        return [group]
    return [group] + [c for c in counters if c != group]


class BaselineIndex:
    """The review's figures indexed by (key, form) and, per (unit, form), by the bigrams of their
    wording: each target is compared only with the figures that share its key or a word with it,
    so matching grows with the number of figures, not with targets × figures."""

    def __init__(self, actuals: list[Figure], phrase_of: PhraseBook, starts: set[int]) -> None:
        self.likeness = Likeness(phrase_of)
        self.by_key: dict[tuple[str, str, str], list[Figure]] = {}
        self.by_gram: dict[tuple[str, str], dict[str, list[int]]] = {}
        self.by_sentence: dict[tuple[str, str, int], list[int]] = {}
        chain = {a.sentence_end: (a.sentence_start, a.sentence) for a in actuals}  # each sentence by its end: a ；-chain walked back
        self.figures = [a for a in actuals if a.value is not None and a.id not in starts
                        and not part_of_year(a.clause_before) and not opened_by_part_of_year(a) and not led_by_part_of_year(a) and not listed_in_part_of_year(a) and not under_next_plans_goals(a)
                        and not dated_across_semicolons(a, chain)  # 前三季度，…；规上工业增加值增长4.5%: the lead's part of the year
                        and not defining_amount(a)]  # 231个村…收入超10万元: a bar; …20万亩项目 begun: a size
        # 年均增长 in its clause, 五年来 in its sentence or opening its paragraph (year_from): over several years
        # 五年来 looked for once per sentence, not once per figure in it
        several = {s: several_years_from(s) for s in {a.sentence for a in self.figures}}
        ending = {a.sentence_end: a.sentence for a in self.figures}  # the sentence right before another (…21%；实现营业收入…分别增长47%)
        self.average = {a.id for a in self.figures
                        if over_years(a, AVERAGE) or 0 <= several[a.sentence] <= a.rel_start and not dated_at_term_end(a) and not rate_after_summed_list(a, several[a.sentence]) or a.year_from is not None and not level_reached_in_term(a)
                        or ("年均" in a.sentence or "累计" in a.sentence) and list_average(a) or over_a_span(a)
                        or span_carried(a, ending.get(a.sentence_start, ""))}
        self.phrase_of = phrase_of
        self.text = ""  # the report's text, where given: a review clause with no figure of its own (tables/flat_growths.py)
        self.in_bucket: dict[tuple[str, str], list[int]] = {}  # (unit group, form) -> figures, in text order
        self.by_name: dict[str, list[Figure]] = {}  # the name's characters, in any order -> figures
        shortest_name = parameters()["baseline"]["min_same_name_chars"]  # same_name asks for no shorter one
        for i, a in enumerate(self.figures):
            form, group = _form(a), group_of(a)
            if len(a.indicator) >= shortest_name:
                self.by_name.setdefault(name_letters(a), []).append(a)
            if a.indicator_key:
                self.by_key.setdefault((a.indicator_key, form, group), []).append(a)
            self.by_sentence.setdefault((group, form, a.sentence_start), []).append(i)
            self.in_bucket.setdefault((group, form), []).append(i)

    def grams(self, group: str, form: str) -> dict[str, list[int]]:
        """Bigram -> figures of one (unit group, form), worked out when a target first asks: a
        review figure no target could be compared with needs no phrase (a quarter of them)."""
        found = self.by_gram.get((group, form))
        if found is None:
            found = self.by_gram[group, form] = {}
            generic = generic_bigrams()
            for i in self.in_bucket.get((group, form), ()):
                for g in phrase_grams(self.phrase_of(self.figures[i])):
                    if g not in generic:
                        found.setdefault(g, []).append(i)
        return found

    def same_key(self, fig: Figure, phrase: str = "") -> list[Figure]:
        """Review figures of the target's key and form, in its unit or (for an organisation) a counter alike, and those of the
        target's key less a scope their sentence's lead says (lead_scopes)."""
        if not fig.indicator_key:
            return []
        form = _form(fig)
        groups = count_groups(fig, phrase, True)
        found = [a for group in groups for a in self.by_key.get((fig.indicator_key, form, group), ())]
        if scope := lead_scope(fig):  # (生活污水处理率 under a 农村 lead for 农村生活污水处理率: lead_scopes)
            found += [a for group in groups for i in self.in_bucket.get((group, form), ()) if lead_scoped(fig, a := self.figures[i], scope)]
        return found

    def alike(self, fig: Figure, phrase: str, sentences: frozenset[int] = frozenset()) -> list[Figure]:
        """Figures in the target's unit (or a counter alike for organisations) and form that share a
        word with its phrase, or stand in one of ``sentences`` (where a sibling target found its
        baseline), in text order."""
        form = _form(fig)
        found: set[int] = set()
        own = phrase_grams(phrase)  # (the same for every group)
        for group in count_groups(fig, phrase):
            grams = self.grams(group, form)
            for start in sentences:
                found.update(self.by_sentence.get((group, form, start), ()))
            for g in own:
                found.update(grams.get(g, ()))
        return [self.figures[i] for i in sorted(found)]


def own_scope(fig: Figure) -> str | None:
    """The scope of the figure's key in its name, or None when that scope is the noun of the list member
    before it (新增绿地258公顷、绿道192公里, named 新增绿地绿道长度: 绿地 is the neighbour, not a kind of 绿道); '' for the 社会 a
    whole place's 全 left of 全社会 (全市完成社会固定资产投资: name_scopes.whole_place_rest)."""
    scope = whole_place_rest(scope_of(fig.indicator, fig.indicator_key), fig.before)
    if not scope:
        return scope
    before = fig.before
    pos = before.rfind(scope)
    after = before[pos + len(scope):] if pos >= 0 else ""
    if after[:1].isdigit() and "、" in after and not any(c.isdigit() for c in after.rsplit("、", 1)[-1]):
        return None
    return scope


def plausible(target: Figure, baseline: Figure, ratio: bool = True) -> bool:
    """A wording match is believed only when the amounts are within ``plausible_ratio`` of each
    other (30 new parks are not measured against 1078 street corners); rates are not checked, nor, with ``ratio``
    False, a figure named exactly as the target (供水村庄100个 and 1469个), unless its heading names a five-year term. Nor is a
    class over another amount (营业收入过50亿元企业 and 过十亿元企业: tables/class_amounts.py), nor the money of
    one payer for another purpose (tables/fund_purposes.py)."""
    if not same_class_amount(target, baseline) or not same_purpose(target, baseline):
        return False
    if not ratio or target.unit in RATE_UNITS or target.value is None or baseline.value is None or baseline.value <= 0:
        return True
    r = float(target.value / baseline.value)
    limit = parameters()["baseline"]["plausible_ratio"]
    return (1 / limit <= r or remainder(target)) and r <= limit


def remainder(target: Figure) -> bool:
    """The target counts what is left of a task (完成剩余1.69万…脱贫): far below last year's flow is no sign of another measure."""
    return target.clause_before.endswith(tuple(words()["remainder_leads"]))
