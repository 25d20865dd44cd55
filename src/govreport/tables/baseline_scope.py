"""A target's baseline less another measure's, and a cut name's whole name (audit 29).

A baseline found by key, wording or name that measures something else is refused (baseline_refusals.py; the groups of
words two names must agree on are in scope_groups.py), and others are looked for:

A review count named by examples (X等46项…) gives way to the review's 全年 total its name's characters stand in the target's clause
(``year_total``); a target's class with 及以上 none was found for takes the review count of that class under the same action
(``class_match``); a review list's member named as the target (``list_baselines``) where none was found or another member was;
(audit 37) a list of stages' member under the same verb (``verb_members``: 新开工、新竣工…750个、450个), a member that is only a title level
read with its list's head (``verb_members.level_member``), and the review's 超N of the target's noun for a floor (``passed_levels``).

Where a target's name was cut before matching (实施丁字路 of 实施10条丁字路、断头路打通工程; 招引总投资项目 of 招引总投资超100亿元或
10亿美元项目) and no baseline was found, its whole name is matched (``whole_name_match``).
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.split_members import members_only
from govreport.tables.base_year_rates import against_another_base
from govreport.tables.borrowed_subjects import whole_for_a_part
from govreport.tables.baselines import BaselineIndex, Match, plausible
from govreport.tables.industry_names import industry_match
from govreport.tables.baseline_matching import match_baseline
from govreport.tables.baseline_refusals import refused
from govreport.tables.example_set_fields import field_set_match
from govreport.tables.head_nouns import head_noun_match
from govreport.tables.benefit_households import benefit_match
from govreport.tables.set_investments import set_investment_match
from govreport.tables.stage_list_areas import stage_area_match
from govreport.tables.stage_counts import stage_count_match
from govreport.tables.counter_baselines import other_counter_match
from govreport.tables.named_members import own_named_member
from govreport.tables.figures import Figure, PhraseBook
from govreport.tables.implied_subjects import subject_match
from govreport.tables.level_baselines import level_instead, level_of_refused
from govreport.tables.work_stages import invested_apart, other_stage, other_work, reserve_apart
from govreport.tables.list_baselines import member_match
from govreport.tables.list_mates import mate_match
from govreport.tables.each_members import own_member_match
from govreport.tables.list_sums import fewer_members_match
from govreport.tables.package_investment import package_investment_match
from govreport.tables.passed_levels import passed_level
from govreport.tables.unit_baselines import converted_match
from govreport.tables.verb_members import level_member, verb_member
from govreport.tables.class_baselines import class_match, figure_context as _context
from govreport.tables.money_classes import money_class_match
from govreport.tables.own_words import own_words_match
from govreport.tables.name_agreement import counts_alike, named_after
from govreport.tables.name_equivalents import equivalent_match
from govreport.tables.recognised_titles import recognised_match, scope_word_moot
from govreport.tables.own_noun import TITLES, built_instead

KEYED_TRIES: Final = 3  # keyed review figures tried after a refused one
EXAMPLES: Final = "等"  # X-FLASH放疗技术等46项科技成果: a set named by its examples
YEAR_TOTAL: Final = "全年"
MEASURE_END: Final = re.compile(r"(?:数|量|总数|总量)$")


def year_total(target: Figure, fig: Figure, index: BaselineIndex) -> Figure | None:
    """The review's year total (全年成果转化145项) in the unit of a count named by examples (X-FLASH放疗技术等46项科技成果转化
    落地, the baseline found), whose name's characters all stand in the target's clause; None if not exactly one."""
    clause = _context(target)
    found = [a for a in index.figures if a.unit == fig.unit and a.id != fig.id and _context(a).startswith(YEAR_TOTAL)
             and len(name := MEASURE_END.sub("", a.indicator)) >= 3 and all(c in clause for c in name) and plausible(target, a)]
    return found[0] if len(found) == 1 else None


# a size class with an alternative in another currency, before the counted noun: 超100亿元或10亿美元项目
OR_CLASS: Final = re.compile(r"((?:超|过)?\d[\d.]*[亿万]元或\d[\d.]*[亿万]?美元(?:以上)?)([\u4e00-\u9fff]{1,4})$")


def _or_class(fig: Figure) -> tuple[str, ...] | None:
    """(size class, noun) right before the figure, or None."""
    found = OR_CLASS.search(fig.clause_before)
    return None if found is None else found.groups()


def whole_name_match(target: Figure, index: BaselineIndex) -> Figure | None:
    """Where the target's name was cut before matching, the review figure its whole name measures, in a unit alike and a
    plausible amount: one size class with its alternative and the same noun right before both figures (招引总投资超100亿元或
    10亿美元项目4个 and 新增入库超100亿元或10亿美元项目2个), or every member of a 、 list after the target's figure named
    in the review figure's name (实施10条丁字路、断头路打通工程 and 贯通…丁字路、断头路13条). None if not exactly one."""
    own = _or_class(target)
    members = [m[:3] for m in named_after(target).split("、")]
    if own is None and (len(members) < 2 or min(map(len, members)) < 2):
        return None
    found = [a for a in index.figures if counts_alike(target.unit, a.unit) and a.id not in index.average and plausible(target, a)
             and (_or_class(a) == own if own is not None else all(m in a.indicator for m in members))]
    return found[0] if len(found) == 1 else None


def next_keyed(target: Figure, m: Match, why: str, index: BaselineIndex, phrase_of: PhraseBook, siblings: frozenset[int],
               claimed: dict[int, str]) -> tuple[Match, str]:
    """Where the keyed figure found is refused, the next review figure of the same key (完成投资2000亿元以上: 900亿元 of 技改项目
    refused, 927个省市县重点实施类项目实现投资2200亿元 then taken, audit 47); the first refusal stands where none is left."""
    refused_ids = {m.figure.id} if m.figure is not None else set()
    for _ in range(KEYED_TRIES):
        found = match_baseline(target, index, phrase_of, siblings, frozenset(refused_ids))
        if found.kind != "key" or found.figure is None:
            break
        if not refused(target, found, index, claimed):
            return found, ""
        refused_ids.add(found.figure.id)
    return m, why


def scoped_baseline(target: Figure, index: BaselineIndex, phrase_of: PhraseBook, siblings: frozenset[int],
                    claimed: dict[int, str]) -> Match:
    """``match_baseline``, refused where the figure it finds measures another thing (none rather than another measure);
    ``claimed`` (baseline id -> the name of the target that took it) is updated."""
    m = own_named_member(target, match_baseline(target, index, phrase_of, siblings), index)  # (省、市…分别: the 市 member, audit 43)
    if m.figure is None and not target.indicator_key and (whole := whole_name_match(target, index)) is not None:
        m = Match(whole, "same", 1.0, f"the whole name: '{whole.indicator}' ({whole.text}) counts what the target's cut name counts", whole.year)
    if m.figure is None and (converted := converted_match(target, index, phrase_of)) is not None:  # 85亿斤 and 426.5万吨 (audit 40)
        m = converted
    why = refused(target, m, index, claimed)
    if why and m.kind == "key" and m.figure is not None:
        m, why = next_keyed(target, m, why, index, phrase_of, siblings, claimed)
    if why:
        m = Match(None, "none", 0.0, f"'{m.figure.text if m.figure else ''}' ({m.figure.indicator if m.figure else ''}) "
                  f"measures another thing: {why}")
        if why == TITLES and (built := built_instead(target, index.figures, index.average)) is not None:  # (audit 33: 建成…示范村)
            m = Match(built, "same", 1.0, f"the building of the target's noun '{built.indicator}' ({built.text}), not titles awarded", built.year)
    member = member_match(target, index)  # a review list's member (list_baselines): where none was found, or another member
    if member is not None and member.figure is not None and (m.figure is None or m.figure.id != member.figure.id
                                                                     and m.figure.sentence_start == member.figure.sentence_start) \
            and not refused(target, member, index, claimed):
        m = member
    paired = verb_member(target, index, index.figures, index.phrase_of)  # 新开工 of a list of stages: the review's 新开工 (audit 37)
    if paired is not None and paired.id not in index.average and plausible(target, paired) \
            and (m.figure is None or m.figure.sentence_start == paired.sentence_start):
        m = Match(paired, "same", 1.0, f"the member under the same verb in the review's list of stages ({paired.text})", paired.year)
    if m.figure is None and (at_level := level_member(target, index)) is not None:  # 新培育国家级、省级专精特新企业 (audit 37)
        m = Match(at_level, "same", 1.0, f"the review's count of the level the target's list member names ({at_level.indicator}, "
                  f"{at_level.text})", at_level.year)
    if m.figure is None and (each := own_member_match(target, index)) is not None and not refused(target, each, index, claimed):
        m = each  # the member's own measure in a 分别 list (audit 39: each_members)
    if m.figure is None and (mate := mate_match(target, index, phrase_of)) is not None and not refused(target, mate, index, claimed):
        m = mate  # a member of a review list that names another member of the target's alike (audit 39: list_mates)
    if m.figure is None and (own := own_words_match(target, index, phrase_of)) is not None and not refused(target, own, index, claimed):
        m = own  # its own words where its phrase borrowed a list neighbour's (audit 42: own_words)
    if (m.figure is None or m.kind == "same" and m.score < 1.0) and (same := equivalent_match(target, index)) is not None and (m.figure is None or same.figure is not None and same.figure.id != m.figure.id) and not refused(target, same, index, claimed):
        m = same  # one noun under another wording (audits 31, 32: name_equivalents), before a wording only partly shared (spot audit 36 上饶 row 17)
    if m.figure is None and (industry := industry_match(target, index.figures, index.average)) is not None and plausible(target, industry) \
            and not refused(target, Match(industry, "same", 1.0, "", industry.year), index, claimed):  # (held-out audit 77)
        m = Match(industry, "same", 1.0, f"the same industry's measure '{industry.indicator}' ({industry.text})", industry.year)
    if m.figure is None and (titled := recognised_match(target, index)) is not None and (not (why := refused(target, titled, index, claimed)) or scope_word_moot(target, titled.figure, why)):
        m = titled  # a review count before a recognition verb: the title's addition (spot 40: recognised_titles)
    if m.figure is None and (head := head_noun_match(target, index, phrase_of(target))) is not None and not refused(target, head, index, claimed):
        m = head  # a shared head noun under the same verb (audit 42: head_nouns)
    if m.figure is None and (alike := other_counter_match(target, index, phrase_of, siblings)) is not None and not refused(target, alike, index, claimed):
        m = alike  # the same things in another counter (audit 33: counter_baselines)
    if m.figure is None and (benefit := benefit_match(target, index, siblings)) is not None and not refused(target, benefit, index, claimed):
        m = benefit  # the households benefiting from the work a list sibling's review sentence states (held-out set 70: benefit_households)
    if m.figure is None and (invested := set_investment_match(target, index, siblings, claimed)) is not None and not refused(target, invested, index, claimed):
        m = invested  # the review's investment of the set whose count gave the count before it its baseline (held-out set 78: set_investments)
    if m.figure is None and (staged := stage_area_match(target, index)) is not None and not refused(target, staged, index, claimed):
        m = staged  # the size member of a review list of projects at the target's stage (held-out set 78: stage_list_areas)
    if m.figure is None and (counted := stage_count_match(target, index)) is not None and not refused(target, counted, index, claimed):
        m = counted  # the review's one count of the same things at the same stage (held-out set 85, fix167a: stage_counts)
    if m.figure is None and (named := subject_match(target, index) or field_set_match(target, index)) is not None and not refused(target, named, index, claimed):
        m = named  # a subject the target's sentence gives (audit 33: implied_subjects), or the field of a set by examples (spot 38: example_set_fields)
    if m.figure is None and (package := package_investment_match(target, index)) is not None:
        m = package  # the investment of the plan's own package of tasks (held-out audit 46: package_investment)
    if m.figure is None and (fewer := fewer_members_match(target, index)) is not None:
        m = fewer  # fewer members of the target's own list summed (audit 33: list_sums; its members are the target's: no other title)
    if m.figure is None and (cls := class_match(target, index)) is not None:
        m = Match(cls, "same", 1.0, f"the same class '{cls.indicator}' ({cls.text}) under the same action (及以上 is 以上; 实施 is 开复工)", cls.year)
    if m.figure is None and (money := money_class_match(target, index)) is not None and not refused(target, Match(money, "same", 1.0, "", money.year), index, claimed):
        m = Match(money, "same", 1.0, f"the same money class and noun '{money.indicator}' ({money.text}) under the same action (超N亿元 is N亿元以上)", money.year)
    if m.figure is not None and m.figure.clause_before.endswith(EXAMPLES) and (total := year_total(target, m.figure, index)) is not None:
        m = Match(total, "same", 1.0, f"the year's total '{total.indicator}' ({total.text}), not '{m.figure.text}' of examples", total.year)
    if m.figure is None and (passed := passed_level(target, index)) is not None:  # 保持在140亿斤以上 and 超140亿斤 (audit 37)
        found = Match(passed, "same", 1.0, f"the level the review states passed ({passed.indicator}, {passed.text}) for a floor", passed.year)
        m = m if refused(target, found, index, claimed) else found
    if m.figure is None and (level := level_of_refused(target, index.same_key(target), index.figures)) is not None \
            and not refused(target, level, index, claimed):
        m = level  # 净增…1994户、总数8406户 for a stock target (audit 35)
    m = level_instead(target, m, index.figures)  # 新增623万千瓦、达到1968万千瓦: a level target takes the level (audit 34)
    if m.figure is not None and other_stage(target, m.figure):  # 建成 against 开工: the same things at another stage (audit 34)
        m = Match(None, "none", 0.0, f"'{m.figure.text}' ({m.figure.indicator}) counts another stage of the work: started, not completed")
    if m.figure is not None and (work := other_work(target, m.figure)):  # 新改建 against 修缮 (audit 43); 改扩建 against 新建成 (audit 47)
        m = Match(None, "none", 0.0, f"'{m.figure.text}' ({m.figure.indicator}) counts another work: {work}")
    if m.figure is not None and reserve_apart(target, m.figure):  # 储备 against 完成投资 (audit 43)
        m = Match(None, "none", 0.0, f"'{m.figure.text}' ({m.figure.indicator}) counts projects carried out, not a reserve")
    if m.figure is not None and invested_apart(target, m.figure):  # 新开工 against 完成投资 (audit 44)
        m = Match(None, "none", 0.0, f"'{m.figure.text}' ({m.figure.indicator}) counts projects by the investment done, not at the target's stage")
    if m.figure is None and (split := members_only(target, index.figures)) is not None:  # (城乡居民…分别增长3.2%、5.3%: held-out audit 45)
        m = split
    if m.figure is not None and whole_for_a_part(target, m.figure, claimed):  # (其中续建项目285个: held-out set 59)
        m = Match(None, "none", 0.0, f"'{m.figure.text}' ({m.figure.indicator}) measures another thing: the whole's count, its baseline already, for a 其中 part")
    if m.figure is not None and against_another_base(target, m.figure):  # (比前两年平均数下降20%: held-out set 74 丽水 row 95)
        m = Match(None, "none", 0.0, f"'{m.figure.text}' ({m.figure.indicator}) is a change on last year; the target's is on another base")
    if m.figure is not None:
        claimed.setdefault(m.figure.id, target.indicator)
    return m
