"""Naming the figures of one sentence (what each measures), in the sentence's own words.

The name comes from the clause before the figure (``indicators.strip_clause``), or from the noun after a count, and borrows
the sentence's topic where the clause alone is generic: in "饲养蚕种…，实现产值8130.67万元" the figure is 蚕种产值, not 产值.
"""
from __future__ import annotations

from govreport.extract.crossings import EQUIVALENT  # 5亿元（3000万美元）以上: the bracketed equivalent is no part of a class's name
from govreport.extract.indicators import (GENERIC, KEEP_LEADING, MEASURE_ENDINGS, add_measure, all_verbs,
                                          is_generic, merge_names, list_members, strip_clause, TO_ONLY)
from govreport.extract.long_names import compares_growths, paired_level, trim_long
from govreport.extract.post_nouns import CLAUSE_PUNCTUATION, THRESHOLD_WORD, next_figures_noun, noun_after, post_noun, threshold_of
from govreport.extract.counts import done_noun
from govreport.extract.name_goals import manner_free
from govreport.extract.name_done import BARE_GROWTH, DONE_END, GROWTH_ENDS
from govreport.extract.name_parts import (LEVEL_OF_SUBJECT, MEMBER_TRIM_AT, attribute_clause, before_figure_words, clause_before, current_rate, examples_name,
                                          lead_action, level_topic, list_action, measured_subject, rate_pair, run_in_heading,
                                          parallel_subject, share_done, share_opening, named_elsewhere, AGAIN, shares_change, topic_subject, shared_subject)
from govreport.extract.class_run_totals import class_member_scope, class_run_head
from govreport.extract.name_lists import amount_of_clause_before, aside_start, lone_aside, verb_aside, cluster_before, coverage_of_clause_before, list_goes_on, measure_owner, counted_before, lead_verbs, own_lead, listed_sibling, money_after_count, next_clause, passed_class, members_after, members_before, programme_measure, scoped_rates, projects_after, results_only, result_subject, examples_topic, share_head, share_whole_dropped, multiple_head, rate_of_clause_before, share_of_clause_before, verb_subject, verb_free_topic, work_of_clause_before
from govreport.extract.keys import is_whole_wording, registered_head
from govreport.extract.predicates import fund_after, goal_after, times_noun, higher_aim, own_predicate, predicate_rate, rate_predicate, standard_share, verb_before_examples, count_verb as _count_verb, verb_chain as _verb_chain
from govreport.lexicon import descriptor_nouns, name_words, qualifier_words, unit_field
from govreport.extract.scanner import Token
from govreport.report.chars import first_ending, is_ideograph
from govreport.extract.share_nouns import share_noun, share_reaching, work_done_share
from govreport.extract.value_lists import listed_clause
from govreport.extract.list_shares import changes_of_list, member_subject, own_generic
from govreport.extract.label_glosses import label_dropped
from govreport.extract.lost_leads import reached_stock
from govreport.extract.member_carries import stage_class, comma_member_verb, member_noun, own_area_member, verb_member, pair_tail, counted_stage, paired_length_noun, listed_measure, member_own_head, member_programme, member_scope, other_unit_member, work_member
from govreport.extract.item_compounds import compound_item
from govreport.extract.name_polish import AMOUNT_WORDS, EACH_PLACE, each_apart, each_scope, SIBLING_GRADE, list_class, level_class, place_head, place_measure, per_people, polish, sibling_owner, sibling_scope
from govreport.extract.name_investments import BARE_WORDS as BARE_INVESTMENTS, DONE_INVESTMENT, done_far_from_topic, invested_in, opens_clause, invested_in_set, projects_invested, opened_projects, projects_of_clause_before, year_of_totalled_set
from govreport.extract.name_pairs import both_members, listed_rates, paired_first, sibling_rate
from govreport.extract.class_nouns import added_total, area_action, class_noun, grown_stock
from govreport.extract.name_pushed import pushed_verb, timed_result, treated_by, verb_after, worked_on
from govreport.extract.name_headings import heading_before, opening_heading_subject
from govreport.extract.list_leads import measure_free, trailing_verb_member
from govreport.extract.zone_scopes import town_scoped, zone_scoped
from govreport.extract.dwelling_counts import dwelling_count
from govreport.extract.comma_members import comma_member_verb_carried, comma_object_carried
from govreport.extract.scheme_parts import scheme_owner, scheme_part_again, sector_owner
from govreport.extract.each_place import per_line_before, per_line_member, per_unit_before
from govreport.extract.caused_counts import caused_people, improved_people, people_unit
from govreport.extract.modified_heads import head_after_modifiers
from govreport.extract.implied_each import implied_distributive
from govreport.extract.list_openings import shared_opening
from govreport.extract.name_roles import sentence_scoped
from govreport.extract.name_holders import output_topic
from govreport.extract.member_spans import joint_pair, post_noun_debris
from govreport.extract.path_starts import BASIS_BEFORE, BASIS_FRAME, BASIS_GAP, grouping_dropped
from govreport.extract.done_subjects import done_subject
from govreport.extract.name_ranks import after_rank_aside, before_rank, rank_free, run_subject
from govreport.extract.parallel_measures import head_of_clause_before, noun_of_clause_before, owned_member, parallel_measure, year_rate_subject
from govreport.extract.clause_measures import intensity_of_clause_before, programme_share
from govreport.extract.school_places import paragraph_of, school_places
from govreport.extract.place_siblings import member_place, period_of, part_of_whole, same_unit_before, sibling_part, sibling_place_measure
from govreport.extract.verb_members import list_head_member
from govreport.extract.bare_members import carried_head
from govreport.extract.namer_state import NamerState
from govreport.extract.verb_examples import examples_dropped
from govreport.extract.period_members import rate_free_topic
from govreport.extract.task_programmes import counted_apart
from govreport.extract.naming_patterns import (CAPACITY_LABEL, CHANGE_GATE, CHANGE_LAST, CHANGE_TAIL, CLASS_BEFORE, CLASS_WORDS, ELLIPTIC_NEXT, PASSED_FIRMS, PASSED_PROJECTS, DISTRIBUTIVE, EXAMPLES,
                                               EXAMPLES_END, FROM_END, FROM_LAST, PER_UNIT_AFTER_TO, GRADE, INCLUDED, INSIDE_LIST, KEEP_REGISTERED, LAST_YEAR_CHANGE, LEADING, LEVEL, LEVEL_BEFORE,
                                               LINKS_FIRST, LINK_ONLY, LISTING, LIST_GAP, LIST_WORDS, MEASURED_KINDS, NUMBER_ONLY, OVER_AMOUNT, OWN_MEASURES, PART_INSIDE, PLACE_FIRST, PLANNED,
                                               RARE_IN_CLAUSE, RATE_FIRST, RATE_PAIR, REACHED, SUBJECT_LEADS, TOPIC_MEASURE, TOWARDS, TRIM_AT, YEAR_LEAD)
from govreport.extract.name_owners import commented_output, commented_subject, achieved_by, labelled_items, elliptic_class, of_class, served_unit, bare_figure_noun, class_share, clause_entity, entity_named, entity_subject, goal_subject, group_served, list_verb, noun_behind, noun_pair, ordinal_industry, own_words


class SentenceNamer(NamerState):
    """Names the figures of one sentence, keeping what naming needs: the sentence's topic (the
    object of its first figure) and the names already given (for 25户76人, 生猪…头、肉牛…头 and
    分别 lists)."""

    def name(self, t: Token, lo: int, list_size: int) -> str:
        """The indicator name of token ``t``, whose clause starts at ``lo``."""
        scan, end, unit = self.scan, t.end, served_unit(self.scan, t.start, t.end, t.unit) if not t.unit else t.unit  # 为13万困境留守儿童提供…: people served
        trim_at, kind = TRIM_AT, unit_field(unit, "kind")  # (the unit's kind read once: a dozen tests below ask it)
        last, self.last_token = self.last_token, t
        if 0 < lo and scan[lo - 1] in "）)" and (not INSIDE_LIST.search(scan, lo, t.start) or scan[t.start - 1] == "等" and (lone_aside(scan, lo, t.start, self.sentence.start) or verb_aside(scan, lo))):
            # 长者服务中心（站）23家, 绿色（低碳）工厂150家: the aside is inside the name (not 50名（组）、…: the figure's own)
            lo = aside_start(self.scan, self.sentence.start, lo, last.end if last is not None and last.end < lo else 0)
            clause = INCLUDED.sub("", scan[lo:t.start])  # (含…, 注：…, or a long alternative name: audit 24, GZ26#110)
        else:
            clause = scan[lo:t.start] if scan[t.start - 2:t.start] != "方面" else grouping_dropped(scan[lo:t.start])
        rated_before = last is not None and last.end < self.predicate_end < t.start  # 群众诉求100%响应、可办事项…: the verb after the rate before is its own
        if rated_before and last is not None and lo == last.end:
            lo, clause = self.predicate_end, scan[self.predicate_end:t.start]
        if last is not None and lo < last.end < t.start and TO_ONLY.fullmatch(scan, last.end, t.start):
            lo, clause = last.end, scan[last.end:t.start]  # 从2020年的53.2%提升到2025年的57.7%: the year after 到 opens no clause
        if last is not None and lo == last.end and (attr := attribute_clause(scan, last, t, self.sentence.start, clause)):
            lo, clause = attr  # 220千伏变电站2个: 立项建设变电站; 轨道50米内换乘比例: the distance stays
        if (clause[:1] in self.after_firsts or self.last_post) and (skip := before_figure_words(clause, last) or post_noun_debris(clause, self.last_post and last is not None and lo == last.end)):
            lo, clause = lo + skip, clause[skip:]  # 570万亩以上、产量230万吨, 50%以上号源、转诊量…: the figure before's
        clause, self.listed = listed_clause(self.listed, clause, list_size, last is not None and lo == last.end)
        clause = label_dropped(clause) if "即" in clause else clause  # “3个1000”即在建项目1000亿元: 在建项目 (audit 56)
        rare = RARE_IN_CLAUSE.search(clause) is not None  # one search for what the tests below look for
        if rare and clause.find("、", 1) > 0:
            lo, clause = own_predicate(lo, clause)
        if lo <= self.sentence.start and self._scene is None:
            self._scene = ""  # a figure in the opening clause: no opening without one to take a scene from
        if clause[-1:] in "年的底末" and scan.startswith("的基础上", t.end) and (b := BASIS_BEFORE.search(clause)):
            clause = clause[:b.start()]  # 绿色工业总产值在2021年|290亿元的基础上: the level's subject (path_starts.basis_start)
        if rare and clause[-1:] in FROM_LAST and ("从" in clause or "由" in clause):
            clause = "" if (bare := FROM_END.sub("", clause)) in name_words("modal") + name_words("modal_end") else bare  # 将由去年的X
            before = self.names[-1] if self.names else None  # 从…提高到…，散居孤儿从…: a subject parallel to the one before
            if before and before[2] == unit and 2 <= len(clause) <= 6 and clause[-2:] in before[3]:
                clause = parallel_subject(clause, before[3])
        prev = self.names[-1] if self.names else None
        clause = (scheme_part_again(clause, prev) or clause) if prev and prev[0] != self.topic else clause  # 养殖业保险12个品种60万头只: 养殖业保险品种, not the topic's (set 57 天水 row 30)
        if clause[-1:] in "到达" and last is not None and lo == last.end and (total := added_total(scan, clause, last, t, self.sentence.start)):
            clause = total  # 新增特色产业集群4个、达到17个: the total they make, as 、总数达到17个 (audit 42 CD #124)
        clause = PER_UNIT_AFTER_TO.sub("", clause) if clause[-1:] in FROM_LAST else clause  # 由每人610元提升至每人|640元
        if prev and prev[0] and clause[-1:] in CHANGE_GATE:
            if 2 < len(clause) < 8 and clause[-1:] not in CHANGE_LAST and clause.endswith(qualifier_words("before")):
                bare = clause[:-len(next(w for w in qualifier_words("before") if clause.endswith(w)))]  # 增加到近(1万公里)
                clause = bare if TO_ONLY.fullmatch(bare) else clause
            if TO_ONLY.fullmatch(clause) or BASIS_GAP.fullmatch(clause) or self.last_post and (to := TO_ONLY.search(clause)) and to.end() == len(clause) \
                    and prev[0].endswith(clause[:to.start()]):  # 从2.77%提高到3.3%, 从15个县（市）扩大到57个: the same subject
                if 1 < list_size <= len(self.names) and all(n[2] == unit for n in self.names[-list_size:]):
                    prev, *rest = self.names[-list_size:]  # 分别从209元、280元提高到217元、290元: member by member
                    self.to_members = tuple(rest)
                self.names.append(prev)
                return add_measure(prev[0] + prev[1], unit)
            change = clause.lstrip("、，, ")
            if unit not in ("%", "‰") and LAST_YEAR_CHANGE.fullmatch(change):  # 赤字规模5.66万亿元、比上年增加1.6万亿元
                self.names.append(prev)
                return prev[0] + prev[1] + change
        if rare and "等" in clause:
            clause = EXAMPLES.sub(verb_before_examples, examples_dropped(clause))
        if rare and "均" in clause and "、" in clause:
            clause = RATE_PAIR.sub(r"\1和", clause)
        base, verb = strip_clause(clause)
        obj = base[: len(base) - len(verb)] if verb else base
        if prev and (same := same_unit_before(self.names, unit)) and base in name_words("place_alone") and clause.lstrip("，,、 ").startswith("其中"):
            base = obj = base + same[0] + same[1]  # 新增社会公共停车位2500个，其中中心城区500个: the whole's measure there (audit 38, TR24#150); 学校11所、学位7550个，其中中心城区3所: the schools' (held-out 53 襄阳)
        elif prev and clause.lstrip("，,、 ").startswith("其中") and (whole := part_of_whole(base, self.names, unit)):
            base = obj = whole  # 接待游客1.6亿人次、游客花费…，其中州直8445万人次: the visits' (spot 40 伊犁)
        elif prev and lo > 0 and scan[lo - 1] in "，," and clause == base and (whole := sibling_part(base, self.names, unit)):
            base = obj = whole  # …，其中句容市38个、年度投资36.3亿元，丹阳市37个: 丹阳市实施城建项目 (held-out 53 镇江)
        if last is not None and (lo == last.end or lo == last.end + 1 and scan[last.end] in "）)") and (clause.startswith(CLASS_WORDS) or (clause[:1] == "的" or PASSED_PROJECTS.fullmatch(clause) or PASSED_FIRMS.fullmatch(clause) and ELLIPTIC_NEXT.match(scan, t.end) is None) and scan[last.start - 1:last.start] in CLASS_BEFORE) \
                and (of := of_class(unit_field(last.unit, "kind"), unit, clause, base)) \
                and (of != 3 or (elliptic := elliptic_class(scan[last.start - 1:last.end], next((n for n in reversed(self.names) if n[2] == "%"), None)))):  # 其中30亿元以上项目80个, 收入超亿元的企业20家: that class
            base = obj = elliptic if of == 3 else class_noun(class_share(examples_dropped(EQUIVALENT.sub("", scan[clause_before(scan, last.start, max(self.sentence.start, scan.rfind("、", self.sentence.start, last.start) + 1)):t.start])), clause, of == 2), self.names, unit)  # the whole clause (of its 、 member; 、30亿元以上4个: the noun before's)
        elif clause[-1:] == "等" and (left := examples_name(scan, end, self.sentence.end, clause, unit)):
            base = obj = left  # 新开工A、B等23个50亿元以上，…工业项目: 新开工50亿元以上工业项目; 认定A人才、B人才等: 认定人才
        head = base[:1]
        if head and (head.isdecimal() or head in ".,%向") or clause[-1:] == "》":  # rare: one test for what follows
            base, obj, head = ("", "", "") if head and (head.isdecimal() or head in ".,%") and NUMBER_ONLY.fullmatch(base) else (base, obj, head)  # isdecimal: \d
            year = YEAR_LEAD.match(base) if base[:1].isdigit() else None
            if year and len(base) - year.end() >= 3:  # 2015年城镇常住居民人均可支配收入: the year is the row's
                base, obj = base[year.end():], YEAR_LEAD.sub("", obj)
            if base.startswith("向") and (to := TOWARDS.match(base)) and _count_verb(False).match(base, to.end()):
                base, obj = base[to.end():], obj[to.end():]  # 向部队输送新兵25名: 输送新兵
            if clause.endswith(LISTING) and unit == "项":  # 形成《…基本目录》217项: the items of the list
                base = obj = base + "事项数"
        lead = clause.lstrip()[:1]  # 、 when the figure is a member of a list after another
        shared_on = bool(self.added[0] and self.names) and self.added[1] == unit and not self.subject and list_goes_on(scan, self.sentence.start, lo, clause, base, self.names[-1][3])
        if lead in ("、", "和") or shared_on or "完成" in base or "实现" in base or base.startswith(SUBJECT_LEADS):
            base, obj = self._subject(base, obj, verb, clause, unit, shared_on)
        else:  # no subject, 新增 or output word to share or take; an action verb the 、 members after share
            self.subject, self.added = "", lead_action(base, unit) if kind not in ("area", "length") else area_action(base, unit)  # (打造武汉精品35个、湖北精品20个: 打造湖北精品)
        # 新开工亿元以上项目917个: a bare amount that classifies projects is named for what it classifies, and the count after it keeps the whole clause (开工亿元以上项目数)
        self.last_was_threshold = t.implicit and (THRESHOLD_WORD.match(scan, end) is not None or passed_class(scan, t))
        threshold = threshold_of(scan, end, unit) if self.last_was_threshold else ""
        if threshold:
            return threshold
        after, pushed = scan[end:end + 1], ""  # most figures end their clause: no noun after them to look for
        # a figure opening a clause of its own before 的 describes what follows (…，13亿多人口的大国): it takes no subject from the figure or the topic before it
        describes_next = after == "的" and not base and last is not None and lo > last.end
        post = place_head(scan, end, unit, base) if after == "、" and base else "" if not after or after in CLAUSE_PUNCTUATION else (
            caused_people(scan, t.start, end) or (improved_people(scan, t.start, end) if not t.unit or people_unit(t.unit) else "") or share_noun(scan, lo, t, last, prev[0] if prev and prev[2] != unit else "") or paired_length_noun(scan, end, unit) or noun_behind(scan, end) or noun_pair(scan, end, unit) or post_noun(scan, end, unit) or done_noun(scan, end, unit) or share_opening(scan, lo, t, prev) if unit in self.post_units else fund_after(scan, end, unit) or goal_after(scan, end, unit, base) or times_noun(scan, end, unit))
        post = "" if post and (TO_ONLY.match(scan, end) or scan.startswith(BASIS_FRAME, end)) else pair_tail(scan, end, unit, post)  # 从15家跃升到38家: no noun after 15家; 稳定在95%的基础上: a frame (fix160e); 20万台乘用车和1万台重卡产能: 乘用车产能
        if not post and after == "A" and (grade := GRADE.match(scan, end)) and (graded := noun_after(scan, grade.end())):
            post = grade.group() + graded  # 新增8家A级景区: the graded sights (audit 42 CZ #46)
        post = next_figures_noun(scan, end, head_after_modifiers(scan, end, post), base)  # 1所全区一流的优质初中, 3-5家企业主导的创新联合体: the head, not its modifier
        if not post and after not in CLAUSE_PUNCTUATION and kind in MEASURED_KINDS:
            post = noun_after(scan, end) if not TO_ONLY.match(scan, end) else ""  # 2万平方米仓储库: the noun after; not 600公里的城市, 5万亩任务, nor a change to a level (从4500公里增加到…)
            if post and not (not base or (self.last_post and clause.endswith("、")) or all_verbs(base)) and (
                    scan[end] == "的" or post.endswith(descriptor_nouns()) or len(post) < 2):
                post = ""  # with words before to name it
        if post and unit != "%" and (action := list_action(scan, end, post, self.sentence.end, bool(clause.strip("，,、 ")))):
            post += action  # 完成180公里隐患路段、…隐患治理: the length treated, not the length of road
        if post and unit == "%" and (len(post) > 2 or share_reaching(scan, end, post) != post):  # 完成…90%的实物指标调查: the share done (实物指标调查完成比例); 50%以上的县市达到… (fix142c)
            if post.startswith(RATE_FIRST):  # 按5%的幅度压减一般性支出: 一般性支出压减幅度
                post = strip_clause(post[2:])[0] + post[:2]
            if post[-1:] in CLASS_BEFORE and (at := scan.find(post, end, end + 20)) >= 0 and (over := OVER_AMOUNT.match(scan, at + len(post))):
                post += over.group()  # 60%以上的行政村集体经营性收入超50万元: the share above that amount (audit 37, YC24#65)
            post = share_reaching(scan, end, post) if not post.endswith(MEASURE_ENDINGS) and not clause.endswith(("完成", *name_words("cut"))) else post  # 85%的行政村实现5G网络全覆盖
            post = post if post.endswith(MEASURE_ENDINGS) or post.endswith("比例") else post + next((w for w in ("完成", *name_words("cut")) if clause.endswith(w)), "") + "比例"  # (压减20%的一般性支出: the cut, audit 56)
        elif post and unit != "%":
            pushed = verb_after(scan, end, post) or pushed_verb(scan, clause_before(scan, t.start, self.sentence.start), t.start, base, post)  # 全力推动100个重点工业项目: the projects pushed (audit 37, SN24#9); …城市道路加快推进, 推动…等600个重大项目加快建设 (the closing verb first: audit 47)
            pushed = pushed or (self.last_push if self.names and clause == self.names[-1][0] + "、" else "")  # 推进38个…项目、74项现代水网工程: the member pushed too (audit 47)
            post = treated_by(scan, clause, end, labelled_items(scan, end, timed_result(scan, end, achieved_by(scan, end, compound_item(scan, self.sentence.start, t.start, end, worked_on(scan, end, self._counted(opened_projects(scan, self.sentence.start, t.start, post), clause, t, prev, base))), clause))))  # 实现15家…医院检查检验结果共享互认
            post = (work_of_clause_before(scan, self.sentence.start, lo, post) or post) if len(post) <= 3 and all_verbs(post) else noun_of_clause_before(scan, self.sentence.start, lo, post)  # 继续推进棚户区改造，完成800户的改造任务
            if (part := PART_INSIDE.search(post, 2)) and part.end() < len(post):
                post = post[:part.start()] + post[part.end():]  # 2个…泊位上半年建成运营: when is no part of what (audit 37, YL24#7)
            each_at = each_scope(clause)  # 各县重点培育打造1-2个…, 推动各县（市、区）分别培育1家…
            each_at = clause[k:] if each_at[:1] != "每" and (k := clause.rfind("每个")) > 0 and (not is_ideograph(clause[k - 1]) or clause[:k].endswith((*name_words("entity_lead"), *name_words("commit_mid")))) else each_at  # “五大品牌”每个县区…; 支持每个县市区培育2—3个特色产业 (audit 47); 力争每个县市建成1个… (fix142c)
            each_at = each_at.replace("\n", "").replace(" ", "") if "\n" in each_at or " " in each_at else each_at  # 每个县市\n区 (a hard-wrapped line; a space in a PDF copy's scan)
            if each_at[:1] == "每" and (_count_verb().search(each_at) or each_at.endswith(name_words("each_hold"))) and (each := EACH_PLACE.match(each_at)) and (
                    AMOUNT_WORDS.search(post) is None or each_apart(clause)):  # (各县（市、区）分别引进1个投资超10亿元的…项目: 分别 says per county, whatever the class)
                post = each.group().removesuffix("至少") + post  # 每个县区打造2个…专科, 每个县（市、区）至少新培育1家…: a count per county, not a total
            elif (per := per_unit_before(clause)) and AMOUNT_WORDS.search(post) is None:
                post = per + post  # 实现…搬迁家庭户均2人稳定就业: a standard per household, not a total (audit 48 怒江 G5)
            elif (per := per_line_before(clause) or per_line_member(scan, self.sentence.start, t.start)) and not post.startswith(per):
                post = per + post  # 确保每条产业链有4个以上…项目签约落地: a floor per chain (held-out set 55 汉中 row 19)
        if post and unit != "%" and (owner := scheme_owner(clause, post) or sector_owner(clause, post)):
            post = owner + post  # 落实种植业保险22个品种: the insurance's kinds (held-out set 57 天水 rows 27–30)
        if unit == "%" and (current := current_rate(scan, lo, t.start, last, self.sentence.start, post)):
            post = current  # 将A行业现行16%的税率降至13%: A行业税率, both figures
        self.last_post, self.last_push = bool(post), pushed
        if post:  # (the verb that pushes projects is no part of what a sibling after them measures: 推动…项目…，完成投资)
            base, obj, verb = pushed + post if pushed and not self.count_verb and unit != "%" else post, post, ""
            if clause[:1] in PLACE_FIRST and (place := clause.strip("，,、 ")) in name_words("place_alone") and place not in base:
                base = place + base  # 主城区600家重点挥发性有机物企业实现智能管控: the firms there (audit 40, LY83)
        elif not base and prev and not describes_next:  # 25户76人: the second figure shares the first one's subject
            if self.to_members and clause in LIST_GAP:  # …从209元、280元提高到217元、290元: 290元 is 280元's
                prev, self.to_members = self.to_members[0], self.to_members[1:]
            base, obj, verb = prev[0] + prev[1], prev[0], prev[1]
        elif lead == "、" and prev and not verb and prev[2] == unit and (tailed := trailing_verb_member(prev[0], base, clause)):
            base = obj = tailed  # 烤烟收购103万担、雪茄烟叶0.6万担: 雪茄烟叶收购 (audit 45)
        elif lead == "、" and prev and not verb and not base.startswith(KEEP_LEADING) and not all_verbs(base) and (
                (moved := bool(prev[1]) and not money_after_count(prev[2], unit) and not (prev[2] != unit and BARE_GROWTH.fullmatch(base)) and not _count_verb(False).match(base) and not (LEVEL.fullmatch(base) and LEVEL.search(prev[0]))) or shares_change(base, prev, unit)):  # (…到位资金142.31亿元、增长10.2%: the amount's growth, below; a level alone after a levelled member, 新建自治区级X3个、县级6个: below, fix166d)
            if moved:  # 生猪…头、肉牛…头 (not 建设…项目4000个、完成投资…亿元: the projects' investment)
                verb = prev[1]
                base = obj + verb
            else:  # 减少企业税负…、涉企收费…: 减少涉企收费
                base = obj = next(w for w in name_words("change") + name_words("retire") if prev[0].startswith(w)) + base
        elif prev and prev[0] and prev[2] != unit and base.endswith(GROWTH_ENDS) and BARE_GROWTH.fullmatch(base):
            # 地区生产总值完成192.3亿元，同比增长6.0%: the growth of the level before it
            grown = before_rank(self.names, unit) or prev  # …1.6亿美元，总量居全省第二位，增长50.12%: the amount's growth
            subject = grown[3] if is_generic(grown[0]) and len(grown[3]) > len(grown[0]) else grown[0]  # 规模…，增长18%: 转移支付规模增长
            subject = run_subject(scan, self.sentence.start, t.start, subject) or subject  # …增速连续3个季度保持全省前3位，预计全年增长3%
            base, obj = subject + base, subject
        elif prev and prev[2] != unit and (subject := measured_subject(prev[0], base)):  # 铁路投资…，新投产里程…
            base, obj = subject + base, subject
        elif prev and base and (len(base) <= 3 and LINK_ONLY.fullmatch(base) or base in name_words("share_modal")) and prev[2] != unit:
            # 地区生产总值增长7.5%，达到309亿元: the level the growth leads to; 力争突破6000亿元 too (audit 47 济宁)
            base = obj = commented_output(scan, self.sentence.start, lo, unit) or CHANGE_TAIL.sub("", prev[0]) or prev[0]  # (…，粮食稳产，达到83.1万吨)
        elif prev and base and (all_verbs(base) or results_only(base)):  # 正在组织实施234个; 、竣工投产24个: the verb of the previous subject
            seen = counted_before(self.names, prev, unit)  # (…项目400个、完成投资380亿元，建成投产50个: the projects')
            subject = result_subject(seen, base) or (verb_free_topic(verb_subject(DONE_END.sub("", seen[0]) or seen[0], seen[3]), base) if seen != prev else verb_subject(DONE_END.sub("", prev[0]) or prev[0], prev[3]))  # …治理完成150个、正在组织实施234个
            subject = measure_free(subject, base) if lead == "、" else subject  # 生猪存栏…、出栏…: 生猪出栏
            base, obj = (prev[3], prev[0]) if higher_aim(base, lead, prev[2] == t.unit) else (subject + base, subject)
        elif prev and (lead in ("、", "和", "及") or scan[lo - 1:lo] in ("，", ",") and prev[2] == unit and clause == base) and (levels := LEVEL if LEVEL.fullmatch(base) else SIBLING_GRADE if SIBLING_GRADE.fullmatch(base) else None):  # (…重点专科1个，自治区级3个: a comma member too)
            whole = prev[0] + prev[1]
            named = list(levels.finditer(whole))  # 州级项目2项和县级3项: 县级项目; 企业一级1个、二级10个: 企业二级 (audit 55 阿坝 row 76)
            if named:
                after_level = whole[named[-1].end():]  # 省级以上…人才6－8名、市级10名: 市级 alone, the sibling's 以上 its own (held-out 46 洛阳)
                base = obj = whole[:named[-1].start()] + base + after_level.removeprefix("及以上").removeprefix("以上")
        if list_size > 1 and any(w in (listing := implied_distributive(clause, list_size, scan[end:end + 40])) for w in DISTRIBUTIVE):  # (…利用率保持在90%、85%: as 分别)
            self.members, size = scoped_rates(carried_head(list_members(listing, list_size))) or members_after(listing, list_size) or members_before(scan, self.sentence.start, last, listing, list_size, lo), list_size
            while not self.members and size > 2:  # 分别下降5.6%和4%，74个…: the list ends before the clause's count
                size -= 1
                self.members = list_members(listing, size)
            self.distributive = (len(self.names), size if self.members else list_size, rank_free(base))
        elif list_size > 1 and BARE_GROWTH.fullmatch(clause.lstrip("，, ")) and changes_of_list(self.distributive, self.names, list_size, unit):  # 分别达到4.5万元、2.7万元，增长5.1%和7.4%
            self.members, self.distributive = (), (len(self.names), list_size, base)
        listed = self.distributive is not None and (lead != "、" or 0 <= len(self.names) - self.distributive[0] < self.distributive[1])  # (a 、 list after a 分别 list is none of its members)
        if listed and self.distributive and not post:
            first, size, generic = self.distributive
            k = len(self.names) - first
            subjects = [n for n in self.names[:first] if n[2] != unit]
            if 0 <= k < size and self.members:  # 城镇、农村居民收入分别增长6.5%、8.5%: each its member
                base = obj = self.members[k]
                trim_at = MEMBER_TRIM_AT  # a member's name is whole: cut, two members would read the same
            elif 0 <= k < size == 2 and "城乡" in generic:  # 城乡居民收入分别增长7%和8%: urban, then rural (before the figures ahead: fix102d)
                base = obj = LIST_WORDS.sub("", generic.replace("城乡", ("城镇", "农村")[k], 1))
            elif 0 <= k < size and len(subjects) >= size:
                member = subjects[len(subjects) - size + k]
                base = merge_names(member_subject(member, generic.endswith(GROWTH_ENDS)) + member[1], own_generic(generic, subjects[-1][0]))  # (a second list: 增长)
                obj = base
            elif 0 < k < size:  # the members share the list's own name
                base = obj = generic
        elif not post and base and (len(base) <= 3 or base in GENERIC) and (is_generic(base) or base[0] == "新") \
                and not (lead != "、" and base not in GENERIC and is_whole_wording(base)):  # 新登记56.5万户; ，造林…: its own
            noun = len(base) >= 2 and not base.startswith(("总", "累计"))  # a sibling noun (生猪, 供暖), not a stock of the member before (总数增至146家)
            verbs_first = (_count_verb(False).match(sib := listed_sibling(prev, unit)) or (LEADING.match(sib) if noun else None) or (lead_verbs(sib) if noun and clause.lstrip("、") == base and not all_verbs(base) and not base.endswith(name_words("result")) else None)) if prev and base not in GENERIC and not BARE_GROWTH.fullmatch(base) and base not in name_words("stage_verb") and not own_lead(base) else None
            if verbs_first and prev and lead == "、" and len(sib) - verbs_first.end() >= (1 if noun else 2) and not base.startswith(("总数", "总量", "累计")):  # (认定…136家、总数达411家: the stock, no verb; fix99d)
                topic = sib[:verbs_first.end()]  # 新建改造绿道365公里、碧道101公里: 新建改造碧道; 出栏牛…、生猪…: 出栏生猪; 新增供气管道…、供暖…: 新增供暖
            elif prev and lead == "、":  # 年均浓度27微克/立方米、下降11.5%: the same subject; 增长41.5%、占比达40.6%: 工业投资's share
                topic = CHANGE_TAIL.sub("", prev[0]) if base.endswith(LEVEL_OF_SUBJECT) else shared_subject(prev[0], base)  # 增加…、规模…: the total
            elif prev and not is_generic(prev[0]) and clause.lstrip("，,、 ").startswith("其中"):  # 经营主体…，其中企业410.1万户
                whole = (prev if prev[2] == unit or kind != "count" else next((n for n in reversed(self.names) if n[2] == unit), prev))[0]  # (…中小学23处、新增学位2.3万个，其中高中4处: of the schools)
                made = _verb_chain().match(whole) if whole != prev[0] else None
                topic = whole[:made.end()] if made and len(whole) - made.end() >= 2 else whole + "中"  # 新建改扩建高中 (audit 40, LY101)
            elif prev and lead != "、" and base.startswith(("总数", "总量")) and ((grown_noun := grown_stock(prev, unit)) or prev[2] == unit and kind == "count"
                    and not prev[0].endswith(KEEP_LEADING) and not all_verbs(prev[0])):  # (三年新增2758家，总量…: no noun there; 新登记经营主体增长8.2%，总数…: 经营主体)
                topic = grown_noun or prev[0]  # 净增高新技术企业120家，总数550家: the stock of what the clause before added (audit 45 XN20)
            elif not (cluster := cluster_before(scan, self.sentence.start, lo, base)) and prev and base in OWN_MEASURES \
                    and unit_field(prev[2], "kind") == "count" and not is_generic(prev[0]) and lead != "、":
                topic = prev[0]  # 年内入园企业达到7家，实现产值2亿元: the output of the firms counted before
            else:
                topic, base = year_of_totalled_set(scan, self.sentence.start, lo, base, clause) or (projects_of_clause_before(scan, self.sentence.start, lo, base) or examples_topic(scan, lo, base) or done_subject(scan, self.sentence.start, lo, base, unit) or entity_subject(scan, self.sentence.start, lo) or clause_entity(scan, self.sentence.start, lo, base) or commented_subject(scan, self.sentence.start, lo, base) or (goal_subject(scan, self.sentence.start, lo) if BARE_GROWTH.fullmatch(base) else prev[0] if prev and base in OWN_MEASURES and TOPIC_MEASURE.search(prev[0]) else "") or cluster or programme_measure(scan, self.sentence.start, lo, base) or (self.topic if self.topic and self.topic != base and not done_far_from_topic(clause, base, self.topic, prev) else (prev[0] if prev and not done_far_from_topic(clause, base, self.topic, prev) else "")), base)  # (…总投资…的112个市重点项目，…全年投资: 市重点项目年度投资)
                base = DONE_INVESTMENT if not topic and done_far_from_topic(clause, base, self.topic, prev) else base  # 争取完成投资 (fix131a)
                topic = topic or ((run_in_heading(scan, self.sentence.start) or heading_before(scan, self.sentence.start)) if base == PLANNED else "")  # 全面加快…建设。年内计划投资…; 让城市基础设施更完善。全年计划投资…
            if topic and topic not in base and not counted_apart(clause, base, prev, unit, lead):
                topic = topic_subject(verb_free_topic(measure_owner(manner_free(rate_free_topic(topic, unit)), base, prev), base), base)  # 天麻产业高质量发展三年行动 + 综合产值: 天麻产业综合产值
                if base in OWN_MEASURES:  # 粮食播种面积…、产量1285万吨: the crop's output, not its area's; 不锈钢产业向…延伸: the industry's
                    topic = output_topic(TOPIC_MEASURE.sub("", topic) or topic)
                if base.startswith(("总数", "总量", "累计")) and topic.startswith(KEEP_LEADING):  # 新增…12个，总数达到22个
                    topic = topic[len(next(w for w in KEEP_LEADING if topic.startswith(w))):]  # (新认定: three characters)
                elif base.startswith(("总数", "总量", "累计")) and (made := _verb_chain().match(topic)) and len(topic) - made.end() >= 2:
                    topic = topic[made.end():]  # 新创建“四好农村路”国省级示范县3个、总数达10个: the stock, not the new ones (audit 40)
                base = (lead == "、" and prev is not None and topic == prev[0] and (member_noun(topic, base, unit) or verb_member(topic, base, unit) or own_area_member(topic, base, unit, scan, last.start if last is not None else 0) or work_member(topic, base, unit) or other_unit_member(topic, base, unit, prev[2]))) or merge_names(topic, base)  # 初中2所、高中1所: 高中 in 初中's place; 并网风电…、光伏…: 并网光伏
        elif ("其中" in clause and prev and prev[0] and not post and base and clause.lstrip("，,、 ").startswith("其中")
              and kind in ("people", "households") and kind == unit_field(prev[2], "kind")
              and prev[0][-2:] not in base):
            base = prev[0] + "中" + base  # 输送新兵25名，其中大学毕业生16人: 输送新兵中大学毕业生人数
        if not post and (own := class_run_head(scan, lo, base, unit) or class_member_scope(scan, lo, base, unit) or projects_after(base, prev, unit, lead == "、" or next_clause(scan, last, lo), lead == "、")):  # 重大项目…、年度投资…
            base = obj = own
        if verb and base.endswith(verb) and verb in name_words("paid") and kind in ("people", "households"):
            base = base[:-len(verb)] + unit_field(unit, "measure")  # 发放雨露计划143人31.55万元: 雨露计划人数
        base = level_topic(self.topic, clause) if not base and not describes_next else share_whole_dropped(base, unit)  # (下调…比例，各地可降至16%): the rate, not its change; A占全市B: A占B
        if len(base) > trim_at:
            base = LIST_WORDS.sub("", base)
            if len(base) > TRIM_AT and (etc := EXAMPLES_END.search(base[:-4])):  # 胜利大街、…贯通工程等城市主干道路: what follows 等
                opening = _count_verb(False).match(base) if "、" in clause else None  # (not 等级: 技能等级证书), after the verb before a list of examples (打造A、B等消费新场景: audit 37, SN24#26)
                base = (opening.group() if opening and opening.end() < etc.end() - 3 else "") + base[etc.end():]
        if len(base) > trim_at and not (kind == "count" and joint_pair(base, clause)) and not compares_growths(base, unit):  # (新增省级企业研究院、高新技术企业研发中心40家: both; A增幅高于B平均水平: whole)
            keep = registered_head(base)  # keep a registered indicator whole (城镇常住居民人均可支配收入)
            level = LEVEL_BEFORE.search(base, 0, keep) if keep > 1 else None
            keep = paired_level(base, level.start()) if level else keep  # and the level it is of (州级非物质文化遗产…), and the flow verb before it (新培育高新技术企业…: audit 50)
            keep = 0 if 0 < keep <= 3 and base[:keep] in name_words("registered_lead") else keep
            base = base[keep:] if 0 <= keep and len(base) - keep <= KEEP_REGISTERED else trim_long(base, TRIM_AT)
            if base.startswith(LINKS_FIRST) and not base.startswith(name_words("not_link")):  # cut before 和长江经济带…: no name starts with a link (并网 is a word)
                base = base[1:]
        if unit == "%" and not post and clause.endswith("实现"):
            reached = REACHED.match(scan, end)  # 事项实现100%进驻: 事项进驻率
            if reached and base and not reached.group().startswith(qualifier_words("after")):  # (达标率实现65%以上: 以上 is the figure's qualifier, no state reached; held-out 54)
                base = DONE_END.sub("", base) + reached.group() + "率"
        elif unit == "%" and not post and (standard := standard_share(scan, end, base)):
            base = standard  # 力争60%达到Ⅱ类标准: the share that reaches that standard
        elif unit == "%" and not post and (done_share := work_done_share(scan, end, clause, base) or (not verb and share_done(base))):
            base = done_share  # 消除中小学大班额90%: the share of them removed
        elif unit == "%" and not post and base and not base.endswith(MEASURE_ENDINGS) and is_ideograph(scan[end:end + 1]):
            done = rate_predicate(scan, end)  # 许可准入事项100%网上可办: 许可准入事项网上可办率
            if done:
                base = predicate_rate(base, done)  # (城市垃圾做到日产日清和100%无害化处理: 城市垃圾无害化处理率)
                self.predicate_end = end + len(done)  # (…100%响应、可办事项100%办结: 响应 is no part of the next name)
        scene = (self._scene if self._scene is not None else self.scene) if lo > self.sentence.start and base else ""
        if scene.startswith("#"):  # the object of the opening's verb, for a bare verb and its object (接待游客), in the clause right after it (not 创建…示范区，加强…，力争接待游客: audit 24, UR24#24) unless a programme's (实施…行动)
            scene = scene[1:] if len(base) <= 4 and _count_verb(False).match(base) and ("，" not in scan[self.sentence.start:lo - 1] or scene.endswith(name_words("programme_end"))) \
                and not base.endswith(scene[-2:]) else ""  # (谋划A等一批项目，全年储备项目…: a noun of its own, held-out 46 洛阳)
        elif scene and registered_head(base, 4) >= 0:  # 乡村振兴全面推进，粮食产量…: a name of its own
            scene = ""
        if scene and scene not in base and scene[:2] not in base:
            base = scene + base  # 用地征迁 -> 元大高速建设用地征迁; 办公室 -> 乡镇机构改革设置办公室
        if self.first and obj:  # (印江年产5000吨酱香白酒等重点项目: a label, no topic of the figures after it; the heading before is, if any)
            self.topic, self.first = (obj, False) if not scan.endswith(CAPACITY_LABEL, 0, t.start) else (heading_before(scan, self.sentence.start), not heading_before(scan, self.sentence.start))
        if base[:1] in AGAIN or "用于" in scan[max(lo, t.start - 2):end + 3]:  # 拿出…，用于…培训; 发行…国债，…，今年先发行
            base = obj = named_elsewhere(scan, lo, t, base, self.sentence.start) or base
        if unit == "%" and (paired := rate_pair(scan, t.start, end, base) if "和" in base else listed_rates(scan, self.sentence.start, t.start, end) or rate_of_clause_before(scan, self.sentence.start, lo, base) or coverage_of_clause_before(scan, self.sentence.start, lo, base) or sibling_rate(scan, self.sentence.start, t.start) or year_rate_subject(scan, self.sentence.start, lo, base)):
            base = paired  # 养老保险和医疗保险参保率保持在90%和98%: each its own insurance
        if unit != "%" and ("和" in base or "、" in clause) and (pair_first := paired_first(scan, end, unit, base, clause)):
            base = pair_first  # 粮食种植面积和产量稳定在557万亩、262万吨以上: 557万亩 is the area (audit 44)
        base = comma_member_verb(scan, self.sentence.start, lo, list_verb(scan, self.sentence.start, lo, kind, shared_opening(own_words(bare_figure_noun(scan, t.start, end, unit, entity_named(entity_subject(scan, self.sentence.start, lo), group_served(scan, t.start, end, unit, kind, ordinal_industry(polish((sibling_scope(list_class(sibling_place_measure(place_measure(base, prev[3]), prev[3]), prev[3]), prev[3], unit, scan[self.sentence.start:lo]) if prev[2] == unit and not post and verb in ("", prev[1]) and not listed and not rated_before else sibling_owner(place_measure(base, prev[3]), prev[0])) if lead == "、" and prev else base)))))), prev if lead == "、" and prev and not post and verb in ("", prev[1]) and not listed else None, unit, scan[self.sentence.start:lo], scan[end:end + 1] == "、")), kind == "count")  # 分别, 预计, 努力实现; 、省控断面: the sibling's measure
        if not post and not verb and lead not in ("、", "和") and obj == base:
            base = obj = comma_member_verb_carried(scan, lo, clause, base, prev, (last.start, last.end) if last is not None else None, unit, self.sentence.start)  # …幼儿园20所，义务教育学校130所: 新建改扩建义务教育学校 (set 57 梧州)
        if not post and lead not in ("、", "和") and (carried := comma_object_carried(scan, lo, clause, base, prev, (last.start, last.end) if last is not None else None, unit)):
            base = obj = carried  # 新建高标准农田4.1万亩，改造提升15.8万亩: the farmland upgraded (held-out set 65, fix138c)
        if lead == "、" and prev and prev[2] != unit and not post and verb in ("", prev[1]) and not listed and not rated_before:
            base = level_class(base, prev[3], prev[2], unit)  # 创建省级绿美城市1个、…、绿美河湖4件: the class runs on past the counter (held-out 50 楚雄 G8)
        if not post and (work := (amount_of_clause_before(scan, self.sentence.start, lo, base) if kind == "money" else share_of_clause_before(scan, self.sentence.start, lo, base) or intensity_of_clause_before(scan, self.sentence.start, lo, base)) or head_of_clause_before(scan, self.sentence.start, lo, clause, base, unit)):
            base = work  # …入市交易，力争交易收入突破15亿元: the income of that trade; …等八大新兴产业链，确保营收占比提高: the chains' (audit 44)
        if unit != "%" and (doubled := first_ending(base, name_words("doubling"))) and len(base) - len(doubled) >= 4:
            base = base[:-len(doubled)]  # 市级科技经费投入增加一倍、达到1亿元以上: the level, not its doubling
        if invested := projects_invested(scan, self.sentence.start, lo, base):  # 重点实施985个产业项目，年度完成投资615亿元
            base, obj = invested, (invested if obj == base else obj)
        base = self.sentence_goal((invested_in(scan, end, base) or base) if base in BARE_INVESTMENTS and lo <= self.sentence.start
                                  else invested_in_set(scan, end, base) or opens_clause(scan, lo, clause, end) or base, clause, prev, unit, t.start)  # 投资8亿元，深入实施…重点县城建设项目40个; 投入34.4亿元建设78个…项目
        base = dwelling_count(sentence_scoped(scan, self.sentence.start, t.start, town_scoped(scan, self.sentence.start, t.start, zone_scoped(scan, self.sentence.start, t.start, base))), unit)  # 提升开发区发展能级。…加大开发区…，规上工业增加值增长15%以上
        base = multiple_head(share_head(programme_share(scan, self.sentence.start, lo, base) if unit == "%" else base, clause, unit), unit)  # 其中工业项目数及投资额均占80%以上: a share (audit 47); A占B45%: A占B比重; A稳定在B的4倍 (audit 53)
        base = owned_member(scan, parallel_measure(scan, base, (last.start, last.end), t.start, prev, unit), (last.start, last.end), t.start, prev, unit) if last is not None and not post else base  # …营收突破1000亿元，轻工纺织突破600亿元 (audit 51)
        if lead == "、" and (headed := list_head_member(scan, self.sentence.start, lo, t.start)):
            base = obj = headed  # 央地合作项目谋划梳理87个、新签约19个: 央地合作项目新签约 (spot 40 盘锦)
        if not post and scan[end:end + 1] == "、" and (measured := listed_measure(scan, end, unit, base)) != base:
            base = obj = measured  # 抓紧完成省帮扶练江676公里、枫江229公里污水管网…: 省帮扶练江污水管网
        if prev and not post and lead == "、" and (scoped := member_place(member_programme(member_scope(base, prev[0], clause, unit), prev[0], clause), prev[0], clause, period_of(scan, self.sentence.start, self.sentence.end))) != base:
            base = obj = scoped  # 中心城区新增口袋公园10个、绿地面积…: 中心城区新增绿地面积 (fix103a)
        elif prev and post == base and lead == "、" and prev[2] == unit and (owned := member_own_head(base, prev[0], clause)) != base:
            base = obj = owned  # 练江676公里、枫江229公里污水管网: 枫江污水管网
        elif prev and prev[2] == unit and last is not None and (staged := stage_class(counted_stage(base, clause, clause) if lo == last.end else base, prev[0], scan[last.end:t.start])) != base:
            base = obj = staged  # …项目上半年全部开工、130个建成投产: 建成投产项目
        if prev and not post and lead == "、" and (kinded := school_places(strip_clause(clause.lstrip("、 "))[0], self.names, paragraph_of(scan, self.sentence.start, self.sentence.end))):
            base = obj = kinded  # 新建改扩建幼儿园13所、增加学位3870个: 幼儿园增加学位 (held-out 53 襄阳)
        if not post and lo <= self.sentence.start and (head := opening_heading_subject(scan, self.sentence.start, base)):
            base = obj = head + base  # 提速增效现代林产业。实现规上工业产值58亿元以上: the heading's industry's (audit 45)
        base = per_people(scan, end, base) if scan[end:end + 1] in "/／" else base  # 托位数达3.3个/千人: per thousand people
        if prev and last is not None and lo == last.end and (stock := reached_stock(prev[0], clause, prev[2] == unit)):
            base = obj = stock  # 新认定高新技术企业75家达到169家: 高新技术企业 (held-out set 65 昌吉)
        if prev and (asided := after_rank_aside(prev, obj or base, base, unit)):
            obj, base = asided  # 地区生产总值增速居全省第3位，预计全年完成560亿元: 地区生产总值 (held-out set 63)
        base = both_members(base, self.names, unit)  # …1062万人次，实现旅游收入64亿元，均增长20%以上: both grew
        self.names.append((obj or base, verb, unit, base))
        return add_measure(base + "资" if base.endswith("总投") else base, unit)  # 完成总投80亿元: 总投资

