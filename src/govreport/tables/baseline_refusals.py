"""Why a baseline found measures another thing than the target (``refused``, audit 29).

A baseline found by key, wording or name still measures something else when (data/baseline_scopes.json):

- the two names differ in the words of one group: a tier (五十亿级 is not 十亿级), a scope (城建项目 is not 都市圈重点项目), a
  title (省级美丽城镇示范乡镇 is not 省级乡村振兴示范乡镇), a share of the stock for a rate (保有量渗透率 is not the share of
  sales), or two levels (市级, 省级) or two project stages (新增入库 and 新开工; 谋划实施 is neither) both named; a level on
  one side only is left to likeness (``member_lists.narrower_level``);
- the target is a **stock** (力争“四上”企业突破1万家) and the review figure counts **additions** (新增…“四上”企业2598家);
- the review figure was already taken as the baseline of a target named as it is, and a target of **another noun** reaches
  it only through synonyms (规上服务业企业 is not 新增规上农产品加工企业, the baseline of 新增规上农产品加工企业30家);
- it is one amount for a list (东湖、西湖清淤400万方) and the target one member stated apart (分别), the review figure not
  itself the first of a 分别 list (粮食播面、总产分别达960.8万亩、74.6亿斤: 粮食播面's, audit 42 JA39);
- the target counts one level's list its sentence sets beside another level's (省重点项目50个、市重点项目270个) and the review
  figure names no level (``level_lists``, audit 42 CD8).
- (audit 30) the target's clause or its sentence's item (九是实施中心城区…工程，) names a part of the place (areas) the review figure's
  sentence does not; or the review count, in another counter, counts another noun right after it (11个工业园区集聚…企业989家).

Each test is a handful of substring searches on two names, with patterns compiled once.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.platform_subjects import platform_of, zone_opening, zone_subject
from govreport.extract.zone_frames import framing_zone
from govreport.lexicon import name_subjects, read_json, unit_field
from govreport.tables.programme_baselines import said_by_programme
from govreport.tables.set_investments import year_summed_investment
from govreport.tables.baselines import BaselineIndex, Match
from govreport.tables.scope_groups import _scopes, other_scope
from govreport.tables.beneficiary_amounts import for_beneficiaries
from govreport.tables.class_amounts import class_amount
from govreport.tables.clauses import CLAUSE_MARKS, first_mark, own_clause
from govreport.tables.sector_leads import other_sector_scope
from govreport.tables.covered_wholes import whole_covered
from govreport.tables.figures import Figure, words
from govreport.tables.implied_subjects import subject_apart_of_flow
from govreport.tables.firm_sectors import other_sector
from govreport.tables.industry_names import other_industry
from govreport.tables.each_members import each_of_fused_kinds, named_site_member, other_member
from govreport.tables.work_stages import both_listed
from govreport.tables.measures import measure_of, reached_alone, stock_for_a_flow
from govreport.tables.class_baselines import figure_context as _context
from govreport.tables.level_lists import level_apart, titled_level_apart
from govreport.tables.school_kinds import kind_name, kindergartens_apart, school_kinds_apart
from govreport.tables.name_agreement import bare_name
from govreport.tables.name_equivalents import other_measure, same_size_class
from govreport.tables.other_sets import other_set
from govreport.tables.own_noun import own_noun_refusal
from govreport.tables.named_subsets import county_for_whole, region_for_whole, since_total
from govreport.tables.names_apart import capacity_apart
from govreport.tables.procedure import per_unit_total
from govreport.tables.project_investment import classed_projects_investment, leveled_projects_investment, field_projects_investment, listed_projects_investment, named_set_investment, projects_investment_apart
from govreport.tables.place_baselines import projects_of_an_area
from govreport.tables.place_gaps import gap_between_places, gap_to
from govreport.tables.under_way_counts import under_way_for_completed
from govreport.tables.begun_batches import batch_size_for_output
from govreport.tables.under_way_counts import completed_for_standing
from govreport.tables.part_actions import part_action_apart
from govreport.tables.process_steps import step_for_whole
from govreport.tables.restatements import part_named
from govreport.tables.borrowed_subjects import attracted_for_added, leveled_beside_wider, neighbour_key, other_leverage_subject, whole_for_a_part

EACH: Final = "分别"
FIGURE_AFTER: Final = re.compile(r"[、和][\d.]")  # 肉、蛋、奶产量达68.9万吨、34.8万吨: a figure list after the first


def opens_figure_list(fig: Figure) -> bool:
    """Whether ``fig`` is the first of a 、 list of figures, which pairs with the list of nouns before it member by member
    (肉、蛋、奶产量达68.9万吨、34.8万吨、14.5万吨: 肉's output, not the three's sum; held-out set 77 驻马店, fix156a)."""
    return FIGURE_AFTER.match(fig.sentence, fig.rel_end) is not None
AMOUNT_WORDS: Final = re.compile("[万亿]")  # a class however written (超亿元, 亿元项目, 50亿级, 破百万): none where a target's name and sentence state none
ITEM: Final = re.compile(r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)])")  # 九是…, （9）…: an item of a list


def additions_for_a_stock(target: Figure, fig: Figure) -> bool:
    """A count the target reaches (突破/达到 right before it, no flow word in its name or clause) and a review count of
    additions (its name opens with 新增, 净增…)."""
    _, cues, flows, _, _ = _scopes()
    clause = target.clause_before
    own = _context(target)  # (a name carrying a sibling clause's 新设立 is no flow: 新设立市场主体8万户，…，企业稳定在17.5万户)
    return (cues.search(clause) is not None and unit_field(target.unit, "kind") in ("count", "households")
            and not any(w in clause or (w in target.indicator and w in own) for w in flows) and fig.indicator.startswith(flows)
            and not reached_alone(fig))  # (净增…企业超2000家，总量达1.45万家: the stock, whatever its name carried)


INCREASE_BEFORE: Final = re.compile(r"(?:增加|新增|净增)(?:[\d.]+[^\d，,；;。、和及与]{0,3}[、和及与])*$")  # 分别增加6家、17家和


def joined_kind_apart(mine: str, theirs: str) -> str:
    """The other kind, where the review's name joins two kinds of one head with 和 (市级航母和农业园区) and the target's names
    only the first with that head (市级航母园区): the review counts both, no baseline of one (held-out set 57, 安康 row 34); ''."""
    for m in re.finditer("和", theirs):
        first, rest = theirs[:m.start()], theirs[m.end():]
        kind = first[-2:]
        at = mine.find(kind)
        if len(kind) < 2 or at < 0:
            continue
        head = mine[at + 2:]
        other = rest[:len(rest) - len(head)]
        if len(head.rstrip("数量")) >= 2 and rest.endswith(head) and len(other) >= 2 and other not in mine:
            return other
    return ""


def increase_for_a_level(target: Figure, fig: Figure) -> bool:
    """A count the target holds as a level (its measure a stock: 力争国家高新技术企业达到50家、科技型中小企业入库100家) and a
    review count stated right after 增加/新增/净增 (…科技型中小企业入库分别增加6家、17家和35家): an increase is never the
    baseline of a level, whatever words the two names share (audit 41 呼伦贝尔 G8)."""
    return (measure_of(target) == "stock" and unit_field(target.unit, "kind") in ("count", "households")
            and INCREASE_BEFORE.search(fig.before) is not None)


def platform_apart(target: Figure, fig: Figure) -> str:
    """The platform a target's sentence opens with and its name starts with (智造新城制造业投资增速), or the zone its name
    opens with (自贸区钦州港片区规上工业总产值增长, fix132a), where the review figure's sentence and name name neither it nor
    any platform: the city's figure is no baseline of the platform's goal; '' otherwise."""
    platform = part_named(target) or zone_opening(target.indicator)
    if not platform or platform in fig.sentence:
        return ""
    return "" if any(e in fig.indicator for e in name_subjects()["platform_subject_ends"]) else platform


def sub_city_review(target: Figure, fig: Figure) -> str:
    """The zone or county a review figure's sentence opens with as its subject (自贸区钦州港片区提炼…超50项，…，规上工业总产值首次
    突破1000亿元; ``zone_subject``), its own clause naming no whole city, where the target's sentence names it nowhere: the part's figure is no
    baseline of the city's goal (held-out set 61 钦州 rows 13, 52, fix132a); '' otherwise."""
    part = zone_subject(fig.sentence, fig.indicator_key) or platform_of(fig.sentence)
    if not part or part in target.sentence or part in fig.indicator or any(e in target.indicator for e in name_subjects()["platform_subject_ends"]):
        return ""  # (市级工业园区产值 and 市级园区总产值: a park's goal and the parks' figure)
    return "" if any(w in fig.clause_before for w in name_subjects()["city_scopes"]) else part


def refused(target: Figure, m: Match, index: BaselineIndex, claimed: dict[int, str]) -> str:
    """Why the match's figure measures another thing than the target ('' if it does not)."""
    fig = m.figure
    if fig is None or m.kind == "from_to":
        return ""
    group = other_scope(target, fig)
    if group and not (group == "tier" and same_size_class(target.indicator, fig.indicator)) \
            and not said_by_programme(target, fig, index.phrase_of(target), index.phrase_of(fig)):  # (十亿级 and 营业收入过十亿元: spot audit 36; 技改 in “双千”工程's name: fix152a)
        return f"another {group} word"
    if class_amount(target.indicator) is not None and class_amount(fig.indicator) is None and class_amount(_context(fig)) is None:
        return "a class over an amount (亿元以上) the review figure does not name"  # (其中亿元以上工业项目 and 其中工业项目: audit 40 LZ13)
    if class_amount(fig.indicator) is not None and not AMOUNT_WORDS.search(target.indicator + target.before):
        return "a class over an amount in its name (亿元以上) the target does not name: a part of its things"  # (新开工亿元以上项目14个 for 新开工…等70个项目: spot 39)
    if kindergartens_apart(target.indicator, kind_name(fig)):  # (新改扩建公办幼儿园6所 and 新改扩建公办学校17所: audit 44; 幼儿园60所、新增学位9929个: audit 45)
        return "kindergartens only, the other schools only"
    if school_kinds_apart(target, fig):  # (新增义务教育学位 and 新增中等职业教育学位; 特殊教育学校2所、新增学位276个: held-out audit 48 河源 G1)
        return "schools of another kind"
    if gap_between_places(fig) and gap_to(fig) != gap_to(target):  # (城镇化率41.5%，低全国、全省22.5和9.6个百分点: held-out audit 45 普洱 C)
        return "a gap to other places, not the year's change"
    if (platform := platform_apart(target, fig)):  # (支持智造新城提升…，…制造业投资增速 and the city's: held-out set 60, fix131a)
        return f"the goal of {platform}, the platform its sentence opens with; the review figure names no platform"
    if (part := sub_city_review(target, fig)):  # (…片区…，规上工业总产值首次突破1000亿元 and the city's 突破2500亿元: set 61, fix132a)
        return f"the figure of {part}, the zone or county its sentence opens with; the target's sentence names it nowhere"
    if (step := step_for_whole(target, fig)):  # (企业工商注册登记时间 and 企业开办时间: held-out set 86, fix168d)
        return f"a time limit of one step of a process and one of the whole ({step})"
    if additions_for_a_stock(target, fig):
        return "additions for a stock"
    if capacity_apart(target.indicator, fig.indicator):  # (有色金属产能 and 有色金属产量: held-out audit 90, fix172e)
        return "a capacity and an output"
    if since_total(target, fig):  # (…通车以来，…累计发送货物381.4万吨 for 年发送货物360万吨: held-out set 66, fix140b)
        return "a running total since a start, not the year's flow"
    if (region := region_for_whole(target, fig)):  # (州直…外出务工40万人次 and 全州…59.8万人次: held-out set 66)
        return f"the whole place's figure for the goal of {region}, one region beside others"
    if named_site_member(target, fig):  # (港口…、集装箱量分别增长 and 中哈物流合作基地集装箱量增长: audit 53)
        return "one named site's figure for a member of the place's 分别 list"
    if (county := county_for_whole(target, fig)):  # (华池县原油产量 for 原油产量: held-out audit 90, fix172e)
        return f"the figure of {county}, one county; the target names no place"
    if (other := joined_kind_apart(target.indicator, fig.indicator)):  # (市级航母园区15个 and 新增市级航母和农业园区45个: held-out set 57)
        return f"one kind of a pair the review counts together (和{other})"
    if batch_size_for_output(target, fig):  # (提前实施第二批2000个5G基站建设 for 完成第二批1000个…: held-out set 78, fix157c)
        return "the size of a batch begun, not an output"
    if under_way_for_completed(target, fig):  # (建成…次中心6个 and 10个…次中心建设有序推进: held-out set 56, fix125b)
        return "work under way for a count completed"
    if completed_for_standing(target, fig):  # (在建…总投资 and 新开工…总投资: held-out set 73, fix152c)
        return "work begun or completed in the year for a count of all work under construction"
    if part_action_apart(index.likeness, target, fig):  # (其中过亿元产业项目 of 新引进招商项目 and 实施…项目179个: held-out set 58)
        return "another action than the one the target's 其中 part takes from its whole"
    if whole_for_a_part(target, fig, claimed):  # (其中续建项目285个 and 实施重点项目500个, the whole's: held-out set 59)
        return "the whole's count, its baseline already, for a 其中 part"
    if m.kind == "key" and (own := neighbour_key(index.likeness, target, fig)):  # (人工造林40万亩、封育22万亩: held-out set 59)
        return f"the key of a list neighbour's words; the target's own words '{own}' share nothing with the review figure's"
    if m.kind == "key" and attracted_for_added(target, fig):  # (引进“专精特新”企业5家以上 and 新增省专精特新中小企业10家: set 59; a key only:
        # a wording match stays, 新引进持牌金融机构 and 新增持牌金融机构18家)
        return "firms attracted from elsewhere, the review's counted otherwise"
    if (subject := other_leverage_subject(target, fig)):  # (用好产业发展基金，…撬动投资15亿元: held-out set 59)
        return f"what the {subject} the target's sentence names leverages, the review figure's of another subject"
    if (level := leveled_beside_wider(target, fig)):  # (省列重大项目12个以上、完成投资80亿元以上: held-out set 59)
        return f"the investment of the {level}-level projects, the review figure's of a wider set naming no level"
    if increase_for_a_level(target, fig):
        return "an increase for a level"
    if whole_covered(target, fig):  # (实现88个贫困村脱贫摘帽全覆盖 and 32个贫困村脱贫摘帽: set 89 fix171b)
        return "the whole set a coverage goal reaches, no year's flow of it"
    if stock_for_a_flow(target, fig) and not both_listed(target, fig) and not year_summed_investment(fig):  # (a subject or a list member found apart from match_baseline: 集聚高层次人才1.9万人, audit 35)
        return "a stock for the year's flow"
    if EACH in target.clause_before and EACH not in fig.clause_before and index.likeness.sums_a_list(fig) \
            and not index.likeness.sums_a_list(target) and not opens_figure_list(fig):  # (not the first of a review 分别 list: 粮食播面、总产分别达960.8万亩, audit 42 JA39)
        return "one amount for a list, not one member's"
    if each_of_fused_kinds(target, fig):  # (技改技创项目各150个: spot 37 营口 row 18)
        return "one kind's count (各 of kinds fused in one word), the review's of them all"
    if (subject := subject_apart_of_flow(target, fig)):  # (加强县域普通高中建设，新增学位2000个: audit 47)
        return f"places of other kinds than the target's {subject}"
    if (area := projects_of_an_area(target, fig)):  # (锂电小镇，16个重点项目加快推进: audit 47)
        return f"the projects of {area}, which the target's sentence does not name"
    if per_unit_total(target, fig):  # (每个集群…、培育20家高新技术企业 and the city's 培育高新技术企业400家: audit 47)
        return "a city total, the target a count for each unit"
    if for_beneficiaries(target, fig):  # (享受研发费用加计扣除企业421家、减免税费6.1亿元 and 减免企业税费: audit 42 CD22)
        return "the amount of a policy's beneficiaries the target does not name"
    if level_apart(target, fig) or titled_level_apart(target, fig):  # (省重点项目50个、市重点项目270个 and 实施重点项目226个: audit 42 CD8)
        return "a count of one level's list beside another level's in its sentence, the review's of none"
    if (industry := other_industry(target, fig)):  # (…能源化工产业营业收入 and the 电子信息产业's 营业收入: held-out audit 77)
        return f"the revenue or output of another industry ({industry}产业)"
    if other_sector(target.indicator, fig.indicator):  # (规上工业企业120家 and 新增规上服务业企业92家, audit 39)
        return "firms of another sector"
    if other_member(target, fig):  # (园区技工贸总收入、…、亩均税收分别增长15%、…: 亩均税收增长31.1% is the third's, audit 39)
        return "another member of the target's 分别 list"
    if (mine := _areas(target)) and not any(w in fig.before or w in fig.indicator for w in mine) and not area_of_a_built_thing(target, mine):  # (the review's whole sentence before it;
        # or its own name: 建成金麒园等12个中心城区口袋公园, the part written between the count and its noun)
        return "another part of the place (中心城区 …)"
    if (area := review_area(target, fig)):  # (中心城区实施城建项目187个 and 全年实施城建项目207个: held-out set 82 九江 G5)
        return f"the figure of one part of the place ({area}), which the target's sentence does not name"
    if (noun := other_noun_counted(target, fig)):
        return f"it counts {noun}"
    if (sector := other_sector_scope(target, fig)):  # (工业方面，…重点项目94个 and 重大项目开工100个, audit 43)
        return f"the target's sentence is under the sector lead {sector}方面, the review figure's names no {sector}"
    if projects_investment_apart(target, fig):  # (主攻650个重大项目，…投资增长20%以上 and 固定资产投资增长20%: spot audit 58)
        return "the investment of the projects the target's sentence counts, the review figure's of no projects"
    if named_set_investment(target, fig):  # (兰合、西成铁路…，完成投资30亿元 and 市政基础设施项目36项，完成投资10.23亿元: held-out 67)
        return "a bare investment after its sentence's own subject, the review figure's of another named set"
    if field_projects_investment(target, fig):  # (实施交通项目60个，计划完成投资169亿元 and 重点项目…完成投资840.19亿元: held-out audit 46)
        return "the investment of another set of projects than the field counted before"
    if classed_projects_investment(target, fig):  # (推进40个40亿元以上项目、…，完成投资2500亿元以上 and 重点项目701个，完成投资3317亿元: held-out 51)
        return "the investment of the projects of a money class counted before, the review figure's of no such class"
    if leveled_projects_investment(target, fig):  # (安排市重点项目172项，年度计划投资492亿元 and 289项省、市重点项目完成投资: set 52)
        return "the investment of one level's key projects counted before, the review figure's of key projects of other levels"
    if listed_projects_investment(target, fig):  # (《重大项目清单》涉及的23个项目…完成投资628亿元 for 完成项目投资1700亿元: spot 36)
        return "the investment of one list's projects, the target's sentence names no list"
    if projects_for_firms(target, fig):
        return "it counts projects of firms, not firms"
    if (other := other_measure(target, fig)):  # (audit 31: 占GDP比重 of another numerator, approvals, new firms)
        return other
    if (other := other_set(target, fig)):  # (spot 36: firms built, a part of a union, a class for a key list, national only)
        return other
    if (own := own_noun_refusal(target, fig, index.likeness, index.phrase_of, index.figures)):  # (audit 33: a sibling's, another set's, a sum)
        return own
    owner = claimed.get(fig.id)
    if m.kind == "related" and owner is not None and owner == fig.indicator and owner != target.indicator:
        return f"the baseline of '{owner}', another noun"
    return ""


@cache
def _area_words() -> tuple[str, ...]:
    return tuple(read_json("baseline_scopes.json")["areas"])


@cache
def _sentence_areas() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    d = read_json("baseline_scopes.json")
    areas = tuple(d["sentence_areas"])  # the sentence's topic, after 把 (把临江新区作为…; not 高新区, not 更好发挥滨海新区…作用)
    topic = re.compile("把[^，,；;。、]{0,6}?(?<!高)(?:" + "|".join(areas) + ")")
    return areas, tuple(d["name_place_prefixes"]), topic


def _areas(fig: Figure) -> frozenset[str]:
    """``_named_areas``, and the zone that frames a target's sentence (深入开展园区…行动，…，新增35户: the parks' firms; fix165c)."""
    named = _named_areas(fig)
    zone = framing_zone(fig.sentence, fig.rel_start) if fig.role == "target" else ""
    return named | {zone} if zone else named


def _named_areas(fig: Figure) -> frozenset[str]:
    """The parts of the place (中心城区, 主城区, 园区) the figure's own clause names, or the item its sentence opens with (九是实施
    中心城区安居品质提升工程，抓好31个老旧小区改造); or a ``sentence_areas`` part (新区) its sentence names after 把
    before it, where its own clause names no whole place (全市): that part's goal (把临江新区作为制造业发展“主战场”，…，力争地区生产总值增长
    16%以上, audit 41 NC55). A name of a measure alone (投资增长) takes a part its sentence names anywhere before it (audit 42 CD58)."""
    before = fig.before
    sub, whole, topic = _sentence_areas()
    if any(w in before for w in sub) and (found := topic.search(before)) and not any(w in own_clause(before) for w in whole):
        return frozenset(w for w in sub if w in found.group())
    if not any(w in before for w in _area_words()):
        return frozenset()
    stop = first_mark(before, CLAUSE_MARKS)
    lead = before[:stop] if stop >= 0 and ITEM.match(before) else ""
    if bare_name(fig.indicator):  # a measure alone (投资增长) is of the part its sentence names (精准推进园区专题招商，…，完成投资增长22%以上)
        lead = before
    context = _context(fig)
    return frozenset(w for w in _area_words() if w in lead or w in context and not only_counted(context, w))


def only_counted(clause: str, area: str) -> bool:
    """Every ``area`` word of the clause is a list neighbour's counted noun, right before its own figure (培育国家级绿色园区1家、
    省级以上绿色工厂5家: parks counted, not a part of the place the next member is of; held-out set 70 开封 row 13, fix146b)."""
    return all(clause[i + len(area):i + len(area) + 1].isdigit() for i in range(len(clause)) if clause.startswith(area, i))


def area_of_a_built_thing(target: Figure, areas: frozenset[str]) -> bool:
    """Every area the target names stands right before a thing built in it in the target's name (园区标准化厂房:
    baseline_scopes.json area_built_things): where the thing is built, not a part of the place (held-out set 57, 安康 row 14)."""
    things = read_json("baseline_scopes.json")["area_built_things"]
    return all(any(w + t in target.indicator for t in things) for w in areas)


def review_area(target: Figure, fig: Figure) -> str:
    """The part of the place (baseline_scopes.json review_areas: 中心城区) a review figure's name opens with, where the
    target's sentence names no such part: the part's figure is no baseline of the whole place's (中心城区实施城建项目187个
    for 全年实施城建项目207个; fix164d, held-out set 82 九江 G5, refused alike whether matched by wording or by key); '' otherwise."""
    area = next((w for w in read_json("baseline_scopes.json")["review_areas"] if fig.indicator.startswith(w)), "")
    return area if area and area not in target.sentence and area not in target.indicator else ""


@cache
def _counted_heads() -> re.Pattern[str]:
    heads = read_json("baseline_scopes.json")["counted_heads"] + words()["organisation_heads"] + words()["project_heads"]
    return re.compile("|".join(re.escape(w) for w in sorted(heads, key=len, reverse=True)))


def other_noun_counted(target: Figure, fig: Figure) -> str:
    """The noun a review count in another counter counts right after it (11个工业园区集聚规上工业企业989家: 园区), where the
    target's name ends with another one (10亿元企业8家); '' otherwise."""
    if fig.unit == target.unit or unit_field(target.unit, "kind") != "count":
        return ""
    after = fig.sentence[fig.rel_end:fig.rel_end + 12]
    stop = first_mark(after, CLAUSE_MARKS + "、")
    found = _counted_heads().search(after if stop < 0 else after[:stop])
    mine = _counted_heads().findall(target.indicator)
    return found.group() if found and mine and found.group() != mine[-1] and found.group() not in target.indicator else ""


def projects_for_firms(target: Figure, fig: Figure) -> bool:
    """The review counts projects of a kind of firm (引进…上市企业项目5个: an organisation head, then a project head, ending its
    own member) where the target counts the firms (新增上市及过会企业3家: its member ends with an organisation head), audit 35."""
    w = words()
    mine, theirs = target.clause_before, fig.clause_before
    project = next((h for h in w["project_heads"] if theirs.endswith(h)), "")
    return bool(project) and theirs[:-len(project)].endswith(tuple(w["organisation_heads"])) \
        and mine.endswith(tuple(w["organisation_heads"]))
