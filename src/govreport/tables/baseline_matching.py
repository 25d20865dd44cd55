"""A target's baseline: the review figure that measures the same thing (``match_baseline``).

The same indicator key first (same measure, same unit family, same scope), then the most alike
wording within the same measure, never across measures; failing both, the target's own name, the
same payer and purpose, or a parallel list's member. The review's figures are indexed in baselines.py
(docs/assumptions.md#baseline-matching).
"""
from __future__ import annotations

import re
from dataclasses import replace
from govreport.extract.place_siblings import named_place, opening_place
from govreport.extract.keys import key_vetoes, key_wording, veto_in
from govreport.lexicon import name_words
from govreport.tables.share_numerators import numerators_apart, other_numerator, unshared_numerator
from govreport.tables.year_spans import names_a_term
from govreport.tables.phrase_likeness import examples_left_out, said_in_full, without_inserted_title
from govreport.tables.figures import Figure, PhraseBook, canonical, generic_bigrams, parameters, shared_words, similarity, words
from govreport.tables.falls import as_growth, fall_of_another_key, growth_fall
from govreport.tables.flat_growths import flat_growth
from govreport.tables.all_met import all_met
from govreport.tables.member_parents import done_part_of_whole, same_parent_member
from govreport.tables.fund_purposes import same_fund
from govreport.tables.likeness import Likeness, family_key, other_keys
from govreport.tables.own_subjects import own_subject_apart
from govreport.tables.noun_words import noun_scope
from govreport.tables.verb_actions import same_action
from govreport.tables.sum_members import one_member_for_the_sum
from govreport.tables.measures import RATE_UNITS, is_change, member_for_a_list, stock_for_a_flow
from govreport.tables.joined_wholes import part_for_a_joined_whole
from govreport.tables.monthly_standards import per_year
from govreport.tables.firm_parts import one_firms
from govreport.tables.list_sums import names_the_set
from govreport.tables.kinds_apart import industries_apart, part_of_a_sum, spans_levels, total_for_a_member
from govreport.tables.project_sets import same_project_set
from govreport.tables.kind_wordings import one_kind_only
from govreport.tables.example_fields import other_field_examples
from govreport.tables.stages import at_a_start_stage
from govreport.tables.work_stages import both_listed
from govreport.tables.noun_ratios import same_noun_within, same_work_within, within_wider
from govreport.tables.destination_words import vetoes
from govreport.tables.value_measures import trade_apart, value_measures_apart
from govreport.tables.clauses import clause_before
from govreport.tables.scope_backrefs import held_in_name, named_in_full, said_before_count, scope_said_before, zone_said_before
from govreport.tables.name_agreement import another_action, anaphoric, counts_alike, measure_free, name_letters, named_after, named_before_bare, own_member, borrowed_only, one_verb, other_holders, other_stage, same_own_noun
from govreport.tables.names_apart import restated_programme, subject_apart, industry_measure_apart, narrowed, other_industry, other_share_word, prefixed_part, two_heads
from govreport.tables.name_scopes import each_year_scope, floor_of_span, public_for_any, same_scope, scope_from_list, scope_of, urban_for_unscoped, whole_place_rest
from govreport.tables.basis_choice import unadjusted_first
from govreport.tables.other_measures import added_for_a_total, unlike_rates
from govreport.tables.other_sets import size_line_only
from govreport.tables.paired_verbs import paired_member
from govreport.tables.reordered_lists import reordered_list, rotated_name
from govreport.tables.mirrored_lists import mirrored_member, verb_shared_wording
from govreport.tables.programme_baselines import programme_member, titled_at_level
from govreport.tables.keyed_asides import scope_why, set_aside
from govreport.tables.other_states import other_state
from govreport.tables.baselines import AVERAGE, BaselineIndex, Match, _form, group_of, own_scope, plausible

QUOTED_NAME = re.compile(r"“[^“”]{2,12}”")  # a programme's name in quotation marks
JOINED = re.compile(r"、[^，,；;。、]*$")  # the figure is a member of a 、 list
BOUNDS = ("at_most", "at_least")  # qualifiers that make a figure a bound, not an outcome
WHOLE_PLACE = re.compile(r"全[市省区县州盟旗]")  # the whole place inside a name (占全市地区生产总值比重): no other measure
GLOSS = re.compile(r"（([^（）]{1,12})）\s*$")  # a name's gloss in brackets just before its figure: 棚户区（城中村）58个


def match_baseline(target: Figure, index: BaselineIndex, phrase_of: PhraseBook,
                   sibling_sentences: frozenset[int] = frozenset(), refused_ids: frozenset[int] = frozenset()) -> Match:
    """The review-year figure that best measures the same thing as ``target``
    (完成脱贫劳动力转移就业3000人 -> 实现脱贫人口转移就业2571人, same); a fall, found by any wording, as a growth
    below zero for a growth-rate target (外贸出口…，增长-39.7% for 外贸出口增长3%: held-out set 75 三明), as a same key's is."""
    found = _match_baseline(target, index, phrase_of, sibling_sentences, refused_ids)
    if found.figure is not None and other_state(target, found.figure, phrase_of(target), phrase_of(found.figure)):  # (by name too: held-out set 85)
        return Match(None, "none", 0.0, f"'{found.figure.text}' ({found.figure.indicator}) is of another set, scope or state of the thing (other_states)")
    if found.figure is None or (grown := as_growth(target, found.figure)) is found.figure:
        return found
    return replace(found, figure=grown, reason=found.reason + f"; a fall: its growth below zero ({grown.value})")


def _match_baseline(target: Figure, index: BaselineIndex, phrase_of: PhraseBook,
                    sibling_sentences: frozenset[int], refused_ids: frozenset[int]) -> Match:
    p = parameters()["baseline"]
    phrase = phrase_of(target)
    keyed = [a for a in index.same_key(target, phrase) if a.id not in refused_ids]  # (a keyed figure refused: the next, audit 47)
    key = target.indicator_key
    aside = ""  # why every figure of the key was set aside, where one was (keyed_asides)
    if not AVERAGE.search(target.clause_before):  # an average over years is no baseline for one year
        left = [a for a in keyed if a.id not in index.average]
        aside, keyed = set_aside(keyed, left, key, "it is over several years"), left
    left = [per_year(target, a) for a in keyed if not stock_for_a_flow(target, a)]  # 新增500家 is not measured by 增至4408家; 每月×12
    aside, keyed = aside or set_aside(keyed, left, key, "a stock or a gross count, the target a flow or a net one"), left
    keyed = [a for a in keyed if a.part == "review"] or keyed  # the review part's own figure before a restatement elsewhere
    left = [a for a in keyed if not other_state(target, a, phrase, phrase_of(a))]  # (为民办实事工程…总投资 for 化工项目…总投资: held-out set 85)
    aside, keyed = aside or set_aside(keyed, left, key, "another set or state of the thing (other_states)"), left
    keyed = [a for a in keyed if not (target.unit not in RATE_UNITS and member_for_a_list(target, a) and index.likeness.sums_a_list(target) and not index.likeness.sums_a_list(a))
             and not part_of_a_sum(target, a) and not total_for_a_member(target, a) and not part_for_a_joined_whole(target, a)]  # (中小学、幼儿园14所: no 幼儿园37所; 中小学和幼儿园88所 sums one too; a rate 均达100% sums none: held-out 45)
    # the same indicator of the same scope: 数字贸易进出口额 is no 服务贸易进出口额; of a family key
    # (重大项目, 学位) the same kind and action too: 引进重大项目 is no 重大项目加快推进
    modifier = whole_place_rest(scope_of(target.indicator, target.indicator_key), target.before)  # (全市完成社会固定资产投资: 全社会)
    like = index.likeness
    family = family_key(target.indicator_key)
    other_kind = ""  # why a review figure of the same family key is not this target's baseline
    if family:
        kinds = [a for a in keyed if like.same_thing(target, a, target.indicator_key) and same_project_set(target, a) and not other_holders(target, a) and not other_field_examples(target, a)
                 and not one_kind_only(target, a)]  # (口袋公园 for 公园游园: set 53)  # (新开工机场大道等项目20个 is transport's: audit 54)
        if keyed and not kinds and scope_apart_only(like, target, keyed[0], modifier):  # (中心城区新建口袋公园49处 for 新建口袋公园98处: fix146a)
            other_kind = (f"'{keyed[0].text}' of the same family key '{target.indicator_key}' is of another scope "
                          f"('{own_scope(keyed[0])}' against the target's '{modifier or ''}'); ")
        elif keyed and not kinds:
            other_kind = (f"'{keyed[0].text}' of the same family key '{target.indicator_key}' names another kind "
                          "of thing or another action on it; ")
        keyed = [a for a in kinds if plausible(target, a, not (a.indicator == target.indicator and within_wider(target, a)))]  # (新改建中小学24所 and 122所, one name: held-out set 77)
    else:
        unscoped = keyed
        def scoped(a: Figure) -> bool:  # (or, where a name lost its subject, the same words before the wording in both clauses: 县城以上…水质优良比例达100%, named 水质优良比例; one noun: noun_ratios)
            return bool(same_scope(modifier, own_scope(a)) or named_in_full(modifier, own_scope(a), target.before) or scope_said_before(modifier, own_scope(a), a.before, a.indicator) or held_in_name(modifier, own_scope(a), target.indicator) or zone_said_before(modifier, own_scope(a), target.before)  # (园区 of “3+7”产业园区; 农村户用卫生厕所)
                        or like.same_kind(target, a, target.indicator_key) or scope_from_list(modifier, a) or public_for_any(modifier, own_scope(a), target.indicator_key) or each_year_scope(modifier, own_scope(a))  # (每年新增: fix159a)
                        or floor_of_span(modifier, own_scope(a)) and added_alike(target, a)  # (省级以上 and 省级 龙头企业, both 新增: set 58)
                        or said_before_count(modifier, own_scope(a), target.clause_before, target.unit) or said_before_count(own_scope(a), modifier, a.clause_before, a.unit)  # (解决农村16.6万人… and …27.21万农村人口…, either way: fix172d)
                        or urban_for_unscoped(modifier, own_scope(a), target.unit, [own_scope(b) for b in unscoped]))  # (空气优良率 and 市区…: set 87)
        keyed = [a for a in keyed if scoped(a) and plausible(target, a, not same_noun_within(like, target, a)) and like.levels_agree(target, a) and not other_stage(like, target, a)
                 and not another_action(like, target, a)]  # (拆除 is not measured by 整治, 新签约 by 建成投产: spot 39)
        if unscoped and not keyed:  # (say which and why: keyed_asides)
            a = unscoped[0]
            other_kind = set_aside(unscoped, keyed, key, scope_why(modifier, own_scope(a), scoped(a), plausible(target, a, not same_noun_within(like, target, a)),
                                                                 like.levels_agree(target, a), other_stage(like, target, a)))
    other_kind = other_kind or aside
    # a bound (控制在5.5%以内, a goal restated in the review) is no outcome where a stated one exists (降到5.2%)
    keyed = named_before_bare([a for a in keyed if a.qualifier not in BOUNDS] or keyed, phrase)  # (投资增长 of a 制造业 list: audit 46)
    keyed = unadjusted_first(target, keyed)  # (扣除留抵退税因素后增长15.4%，按自然口径计算增长2.1%: the latter, audit 44)
    keyed = paired_member(target, keyed)  # (新签约、新落地重点项目374个、242个: 落地's is 242, set 61)
    if keyed:
        # the most alike wording, then the most alike clause as written (全年实现新增就业 …)
        clause = target.clause_before
        recaps = {a.sentence_start for a in index.figures if a.id in index.average} if len(keyed) > 1 else set()
        by_key = [(max(similarity(phrase, phrase_of(a)), similarity(canonical(phrase), canonical(phrase_of(a))))
                   + (p["sibling_bonus"] if a.sentence_start in sibling_sentences else 0.0)
                   + similarity(clause, a.clause_before), a.sentence_start not in recaps, -a.start, a) for a in keyed]
        score, _, _, fig = max(by_key, key=lambda s: s[:3])  # (equal: a review-year sentence before a 年均 recap's, set 87)
        score = round(min(score, 1.0), 4)
        return Match(as_growth(target, fig), "key", score, f"same indicator '{target.indicator_key}' in the review "
                     f"('{shared_words(phrase, phrase_of(fig)) or fig.indicator}')", fig.year)
    if not keyed and (fall := growth_fall(target, index.figures)) is not None:  # 进出口总额下降15%: growth at −15
        return Match(fall, "key", 1.0, f"the same measure fell in the review ('{fall.indicator}'): its growth below zero ({fall.value})", fall.year)
    if not keyed and (flat := flat_growth(target, index.figures, index.text)) is not None:  # 固定资产投资与上年持平: growth at 0 (spot 40)
        return Match(flat, "key", 1.0, f"the same measure held level in the review ('{flat.indicator}', {flat.text}): its growth 0", flat.year)
    if not keyed and (met := all_met(target, index.figures)) is not None:  # 21个…断面水质全部达标: a rate of 100 % (held-out set 60)
        return Match(met, "key", 1.0, f"the review says the same sites all met the standard ('{met.indicator}', {met.text}): a rate of 100%", met.year)
    candidates = [a for a in index.alike(target, phrase, sibling_sentences)
                  if a.id not in index.average or AVERAGE.search(target.clause_before)]
    fitting = [a for a in candidates if plausible(target, a, not same_work_within(like, target, a)) and (not stock_for_a_flow(target, a) or both_listed(target, a))  # (read once: both lists below ask it; one noun, one work on it: twice the ratio, held-out set 62)
               and not other_state(target, a, phrase, phrase_of(a))]  # (星油藤种植面积 for 新种植星油藤; 泊位建设顺利推进 for 泊位通港: held-out set 85)
    if (member := same_parent_member(target, fitting)) is not None:  # (其中区外就业 of 转移就业)
        return Match(member, "same", 1.0, f"the review's 其中 member of the same parent measure ({member.indicator}, {member.text})", member.year)
    if (part := done_part_of_whole(target, [a for a in index.figures if group_of(a) == group_of(target) and a.id not in index.average and plausible(target, a) and not stock_for_a_flow(target, a)], phrase, like.action(target))) is not None:  # (其中竣工项目 of 在建回迁房项目: fix170b)
        return Match(part, "same", 1.0, f"the review's 其中 member of the same things at the same stage ({part.indicator}, {part.text})", part.year)
    candidates = [a for a in fitting
                  if not other_keys(target, a) and not fall_of_another_key(target, a)  # (第二产业增加值下降 for 规模以上工业增加值增长: set 91)
                  and (names_its_indicator(target, a, phrase) or verb_shared_wording(target, key_wording(a.indicator, a.indicator_key), phrase_of)) and not one_firms(target, a) and not subject_apart(target, a)  # (比亚迪…: one firm's; 营业收入 alone)
                  and not anaphoric(target, a) and not total_for_a_member(target, a) and not other_numerator(target, a) and not prefixed_part(target.indicator, a.indicator)  # (用于这方面的支出; 民生支出…，占…80%: audit 36; 高技术产业投资: audit 46)
                  and not unshared_numerator(target.indicator, a.indicator)  # (覆盖率 vs 高新技术产业增加值占…比重: audit 50)
                  and not added_for_a_total(target, a) and not unlike_rates(target, a)  # (市场主体总数 vs 新增市场主体; 处置率 vs 覆盖率: set 67)
                  and not (a.indicator != target.indicator and place_only(phrase, a.indicator))  # (塔城地区招商引资到位资金增长 vs 塔城地区…增长: fix139c)
                  and not (a.indicator_key and a.indicator_key == target.indicator_key
                           and (family or not same_scope(modifier, scope_of(a.indicator, a.indicator_key))))]
    if not candidates:
        return by_name(target, index, phrase_of) or reordered(target, index) or Match(None, "none", 0.0, f"{other_kind}no review-year figure of the same measure in "
                     f"{target.unit or 'this unit'} shares a word with it")
    scored, full = [], said_in_full(phrase, target.before)  # (省级园区 said 省级现代农业园区 before: fix172c)
    for a in candidates:
        a_phrase = phrase_of(a)
        raw = max(similarity(phrase, a_phrase), similarity(phrase, examples_left_out(phrase, without_inserted_title(phrase, a_phrase))), similarity(full, a_phrase))  # (绿色制造示范项目: fix139b; …等4A景区: fix159a)
        canon = similarity(canonical(phrase), canonical(a_phrase))
        bonus = p["sibling_bonus"] if a.sentence_start in sibling_sentences else 0.0
        scored.append((max(raw, canon) + bonus, raw, canon, bonus, -a.start, a, a_phrase))
    scored.sort(key=lambda s: s[:5], reverse=True)
    # the most alike wording that names the same kind of thing and the same action on it
    # (引育产业领军人才 is not measured by 新增科技领军人才, though both 领军人才)
    other_kind_of = None
    borrowed = ""  # the best wording refused as a later member's borrowed words (said in the refusal, not as a low score)
    for total, raw, canon, bonus, _, fig, a_phrase in scored:
        if total < p["related_min_score"]:
            break
        same = raw >= p["same_min_score"]
        # a rate of change, a registered target, or a figure another indicator's key claims, needs the same words
        related = (canon >= p["related_min_score"] and canon > raw and _form(target) == "level"
                   and not fig.indicator_key and not target.indicator_key and not size_line_only(phrase, a_phrase))  # only through synonyms (not 规上 alone)
        if (same or related) and borrowed_only(target, phrase, a_phrase + "".join(GLOSS.findall(fig.before))):  # (城中村 in 改造棚户区（城中村）: held-out set 76)
            borrowed = borrowed or f"best score {total:.2f} with '{a_phrase}' only through the words of the member before"
            continue
        if not (same or related) or (not same and (industries_apart(target.indicator, fig.indicator) or numerators_apart(target.indicator, fig.indicator))):  # (…、制造业增长8.5%: audit 46)
            continue
        if not like.same_thing(target, fig) or (like.sums_a_list(target) and not like.sums_a_list(fig)
                                                 and not spans_levels(target, fig.indicator) and not names_the_set(target, fig)):  # (国家级、省级 and 省级以上: audit 47)
            other_kind_of = other_kind_of or (total, a_phrase)  # (装配式建筑 alone is a part of 绿色建筑、装配式建筑)
            continue
        if same and (any(f(target.indicator, fig.indicator) for f in (two_heads, other_industry, other_share_word, value_measures_apart, trade_apart))
                     or narrowed(target.indicator, fig.indicator) and not restated_programme(phrase, a_phrase)  # (“四群八链”主导产业: held-out set 53)
                     or at_a_start_stage(phrase) and other_field_examples(target, fig)):  # (文旅's …等14个项目开工建设 for 制造业's …等15个: spot 40)
            other_kind_of = other_kind_of or (total, a_phrase)
            continue
        if same:  # a 分别 list (一、二、三产增加值分别增长…) of one wording: the member of the target's own name, not the first
            named = by_name(target, index, phrase_of) if fig.indicator != target.indicator else None
            return named if named and named.figure and named.figure.indicator == target.indicator and named.figure.sentence_start == fig.sentence_start \
                else Match(fig, "same", raw, f"same wording '{shared_words(full, a_phrase)}' (score {raw:.2f})", fig.year)
        how = [f"shares '{shared_words(phrase, a_phrase)}'", f"through synonyms '{phrase}' ≈ '{a_phrase}'"]
        if bonus:
            how.append("stated beside a target whose baseline is in the same sentence")
        return Match(fig, "related", round(total, 4), "; ".join(how) + f" (score {total:.2f})", fig.year)
    named = by_name(target, index, phrase_of)  # the target's own name, whatever the clauses around say
    if named is not None:
        return named
    alike = [(s, thing) for s in scored  # the same thing in other words: its noun earlier in the candidate's sentence, its verb in the clause
             if (thing := like.names_same_thing(target, s[5])) and not industry_measure_apart(target.indicator, s[5].indicator) and not other_industry(target.indicator, s[5].indicator)
             and not (is_change(s[5]) and own_subject_apart(target.indicator, like.thing(target)[0], like.thing(s[5])[0]))]  # (制造业增长 is no 制造业贷款增长: audit 46; 万人发明专利拥有量 no 研发经费: spot 39)
    if alike:
        s, thing = own_member(target, alike, scored)
        return Match(s[5], "same", s[1], f"names '{thing}' before it in its sentence and the same words in its "
                     f"clause ('{shared_words(phrase, s[6])}', score {s[1]:.2f})", s[5].year)
    worded = [s for s in scored if s[1] >= p["thing_named_min_score"]]  # (a near-zero score names nothing alike: 实施重大项目建设 for 市重点建设项目 at 0.07, set 60 郴州; 中欧班列 at 0.18 kept)
    for s in worded:  # the same thing and the same action on it, said the other way round (207家优强企业落户)
        thing = like.acted_on_alike(target, s[5])
        if thing and not one_member_for_the_sum(like, target, s[5]):  # (one count of a list: audit 55)
            return Match(s[5], "same", s[1], f"names '{thing}' whole with the same action on it "
                         f"({like.action(target)}, score {s[1]:.2f})", s[5].year)
    for s in worded:  # the same noun for what is counted, whole, with the same action on it (年内完成2万平方米仓储库
        # and 建成…仓储库2万平方米; 完成今年8008户改造任务 and 完成了13672户的年度改造任务)
        noun = same_own_noun(phrase, s[6])
        if noun and like.action(target) and same_action(like.action(target), like.action(s[5])) and like.same_thing(target, s[5]) and not one_member_for_the_sum(like, target, s[5]) \
                and not other_field_examples(target, s[5]):  # (文旅's …等14个项目开工建设 for 制造业's: audit 54)
            return Match(s[5], "same", s[1], f"names '{noun}' as what it counts, with the same action on it "
                         f"({like.action(target)}, score {s[1]:.2f})", s[5].year)
    acted = like.action(target)  # (one level of title, no other action: the kinds' words may differ, 入库 left in one)
    pairs = [(s[5], s[6]) for s in scored if like.levels_agree(target, s[5]) and not (acted and like.action(s[5]) and not same_action(acted, like.action(s[5])))]
    if (kept := programme_member(target, pairs, phrase)) is not None:  # (新入库技改项目 and 入库项目 of one “双千”工程: fix152a)
        return Match(kept, "same", round(similarity(phrase, phrase_of(kept)), 4), f"the same quoted programme in both sentences, "
                     f"its name '{phrase_of(kept)}' the target's with words left out", kept.year)
    if (kept := titled_at_level(target, pairs)) is not None:  # (单项冠军省级 and 获省级单项冠军: fix152a)
        return Match(kept, "same", round(similarity(phrase, phrase_of(kept)), 4), f"the same title at the same level ('{phrase_of(kept)}')", kept.year)
    parallel = parallel_member(target, [s[5] for s in scored], sibling_sentences, phrase, phrase_of, like)
    if parallel is not None:
        return Match(parallel, "same", round(similarity(phrase, phrase_of(parallel)), 4), f"the member with the same head noun '{phrase[-2:]}' in the review's list "
                     "where the target's list neighbour found its baseline", parallel.year)
    if (again := reordered(target, index)) is not None:
        return again
    if other_kind_of is not None:
        total, a_phrase = other_kind_of
        return Match(None, "none", round(total, 4), f"the most alike wording '{shared_words(phrase, a_phrase)}' "
                     f"(score {total:.2f}) names another kind of thing or another action on it")
    total, raw = scored[0][0], scored[0][1]
    if borrowed:
        why = borrowed
    elif total < p["related_min_score"]:
        why = f"best score {total:.2f} < {p['related_min_score']}"
    else:  # alike only through synonyms, which a keyed or rate figure may not use: its own words must agree
        why = (f"best score {total:.2f} only through synonyms; its own words score {raw:.2f} < {p['same_min_score']}"
               if total > raw else f"best score {total:.2f} < {p['same_min_score']}")
    return Match(None, "none", round(total, 4),
                 f"{other_kind}no review-year figure of the same measure in {target.unit or 'this unit'} with similar "
                 f"wording ({why})")


def scope_apart_only(like: Likeness, target: Figure, candidate: Figure, modifier: str | None) -> bool:
    """The candidate's thing is the target's with its own scope before it, under the same words (中心城区口袋公园 and
    口袋公园, both 新建), and the scopes differ: refused for its scope, not for another kind (held-out set 70 潍坊 row 103)."""
    scope = own_scope(candidate)
    if not scope or same_scope(modifier, scope):
        return False
    (mine, acts), (theirs, done) = like.thing(target), like.thing(candidate)
    return bool(mine) and theirs == scope + mine and acts == done


def added_alike(target: Figure, candidate: Figure) -> bool:
    """Both names open with an addition (新增, 净增: name_words flow_lead): the year's additions, not a stock, which a
    span's higher levels would weigh in (floor_of_span)."""
    leads = name_words("flow_lead")
    return target.indicator.startswith(leads) and candidate.indicator.startswith(leads)


def same_name(target: Figure, index: BaselineIndex, phrase_of: PhraseBook) -> Figure | None:
    """The review figure named with the target's own words (新增床位量 and 新增床位量, whatever
    examples their sentences give before: 建成市第二儿童医院等10个重大医疗项目，新增床位5500张): the
    name says what is measured, where a phrase borrowed from the clause before says which projects.
    A name of at least ``baseline.min_same_name_chars`` characters whose nouns are not only a generic
    word (项目数 names too much), of the same form and a counter that counts alike, not another key,
    the same action and kind, plausible; among several, the most alike phrase (None if none)."""
    name = target.indicator
    if len(name) < parameters()["baseline"]["min_same_name_chars"]:
        return None
    nouns = measure_free(noun_scope(name) or "")
    if len(nouns) < 2 or nouns in generic_bigrams():
        return None
    average = AVERAGE.search(target.clause_before)
    like = index.likeness
    found = [a for a in index.by_name.get(name_letters(target), ())
             if _form(a) == _form(target) and counts_alike(target.unit, a.unit)
             and (a.id not in index.average or average)
             and not other_keys(target, a)
             and plausible(target, a, one_verb(a.indicator) != one_verb(name) or names_a_term(a.section)) and not stock_for_a_flow(target, a) and like.same_thing(target, a) and not other_holders(target, a)]
    if not found:
        return None
    phrase = phrase_of(target)
    return max(found, key=lambda a: (similarity(phrase, phrase_of(a)), -a.start))


def by_name(target: Figure, index: BaselineIndex, phrase_of: PhraseBook) -> Match | None:
    """The match of ``same_name``, or None."""
    named = same_name(target, index, phrase_of)
    if named is None:
        fund = next((a for a in same_fund(target, index.figures, index.average) if plausible(target, a)), None)
        return None if fund is None else Match(fund, "same", 1.0, f"the same payer and purpose '{fund.indicator}'", fund.year)
    order = "the same" if named.indicator == target.indicator else "another"
    return Match(named, "same", 1.0, f"the same name '{named.indicator}' (its words in {order} order)", named.year)


def names_its_indicator(target: Figure, candidate: Figure, phrase: str) -> bool:
    """A registered candidate matched by wording must have its indicator's words in the target (服务业增加值增长 is no
    baseline of 文旅产业增加值增长), and no word that vetoes its key (生产性服务业增加值: data/key_vetoes.csv) or the target's."""
    if not candidate.indicator_key or candidate.indicator_key == target.indicator_key:  # nor a word vetoing the target's key (合作项目到位资金)
        return not any(vetoes(candidate.indicator, w) for w in key_vetoes().get(target.indicator_key, ()))  # (来营就业: a destination)
    if any(veto_in(target.indicator, w) for w in key_vetoes().get(candidate.indicator_key, ())):
        return False
    wording = key_wording(candidate.indicator, candidate.indicator_key)
    if not wording or wording in target.indicator or wording in phrase or wording in named_after(target) \
            or wording in WHOLE_PLACE.sub("", target.indicator) or head_count_named(target, wording):  # (丁字路、断头路; 占全市地区生产总值比重: fix146a)
        return True
    return any(q in candidate.clause_before for q in QUOTED_NAME.findall(phrase))  # a programme's quoted name both state (培育“毕节工匠”)


def head_count_named(target: Figure, wording: str) -> bool:
    """A head-count wording (脱贫人数) whose words before the count word are in a target counted in that counter (…贫困人口脱贫, in 人)."""
    for suffix, unit in words()["head_count_suffixes"].items():
        stem = wording.removesuffix(suffix)
        if stem != wording and len(stem) >= 2 and target.unit == unit and stem in target.indicator:
            return True
    return False


def parallel_member(target: Figure, candidates: list[Figure], sibling_sentences: frozenset[int], phrase: str,
                    phrase_of: PhraseBook, like: Likeness) -> Figure | None:
    """Two lists that state the same things in the same sentence shape (举办大型营业性演出100场、重大体育赛事
    200场 and 举办大型营业性演出273场、国际级和全国赛事370场): where a list neighbour of the target found its
    baseline in a review sentence, the one figure of that sentence whose name phrase ends with the target's
    head noun (its last two characters, no generic or measure word, 赛事; after 分别, which says how figures are stated, the member's own opening words), with the same action where the target says
    one, and the same place among its sentence's figures of its unit (the second 场 of both), is the target's
    baseline in other words; a generic head (企业) only in a list that mirrors the target's (tables/mirrored_lists.py); None otherwise."""
    head = phrase[-2:]
    loose = len(head) < 2 or head in generic_bigrams() or head in words()["measure_words"]  # (a generic head: only a mirrored list's member, fix150k)
    if not JOINED.search(target.before):
        return None
    place = _place_in_sentence(target, phrase_of)
    stated = head in name_words("commit_inner")  # a 分别 list's phrase: the member's own opening words instead (二产 of 第二产业增长, not 农林牧渔业)
    found = [a for a in candidates if a.sentence_start in sibling_sentences and phrase_of(a).endswith(head) and (not stated or target.indicator[:2] in a.indicator)
             and (not loose or len(head) == 2 and mirrored_member(target, a, phrase_of))
             and _place_in_sentence(a, phrase_of) == place and plausible(target, a) and not stock_for_a_flow(target, a)
             and not (like.sums_a_list(target) and not like.sums_a_list(a))  # (供热、燃气老旧管网 is a part of 老旧管网: spot 38)
             and not (_joint_total(a) and like.sums_a_list(a) and not like.sums_a_list(target))]  # (城市道路、管网98.2公里: no member's; fix171b)
    if len(found) != 1 or (like.action(target) and not same_action(like.action(target), like.action(found[0]))):  # (引育 and 孵化…人才: DY24#64)
        return None
    return found[0]


def _joint_total(fig: Figure) -> bool:
    """The figure closes a 、 list of nouns with no amounts of their own (维修改造城市道路、管网98.2公里): one joint total, no
    member's (held-out set 89 鞍山 row 34, fix171b); not one head's qualifiers joined by 和 (国际级和全国赛事370场)."""
    run = clause_before(fig.before)
    digits = [i for i, c in enumerate(run) if c.isdigit()]
    if digits:
        run = run[digits[-1]:]
        run = run[run.find("、") + 1:] if "、" in run else ""
    return "、" in run


def _place_in_sentence(fig: Figure, phrase_of: PhraseBook) -> int:
    """The figure's place among the figures of its sentence counted in its unit group (0 for the first)."""
    group = group_of(fig)
    same = [o.id for o in phrase_of.groups.get(fig.sentence_start, ()) if group_of(o) == group and o.role != "label"]
    return same.index(fig.id) if fig.id in same else -1


def reordered(target: Figure, index: BaselineIndex) -> Match | None:
    """The review count of the target's 、 list in another order (tables/reordered_lists.py; held-out set 61, fix134c)."""
    review = [a for a in index.figures if plausible(target, a) and not stock_for_a_flow(target, a)]
    fig = reordered_list(target, review)
    if fig is None and (fig := rotated_name(target, [a for a in index.figures if plausible(target, a, False) and not stock_for_a_flow(target, a)])) is not None:
        # (高排放企业退城搬迁 and 退城搬迁高排放企业, 4 and 31: a name said whole needs no amounts alike, fix154b)
        return Match(fig, "same", 1.0, f"the same two words in the other order ('{fig.indicator}', {fig.text})", fig.year)
    return None if fig is None else Match(fig, "same", 1.0, f"the same 、 members in another order ('{fig.indicator}', {fig.text})", fig.year)


def place_only(phrase: str, other: str) -> bool:
    """Whether a target's name phrase is only a named place (塔城地区) and ``other`` (a candidate's name) opens with that
    place and goes on with a measure: the region word alone matched another measure of the same region
    (塔城地区招商引资到位资金增长 and 塔城地区地区生产总值增长, held-out set 66 伊犁 rows 56, 58), so only a figure of the
    target's own name may be its baseline (not 商品体验区: a zone, no candidate opens with it as a place)."""
    return named_place(phrase) and opening_place(other) == phrase
