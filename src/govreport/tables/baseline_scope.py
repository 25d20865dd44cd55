"""A target's baseline less another measure's, and a cut name's whole name (audit 29).

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

A review count named by examples (X等46项…) gives way to the review's 全年 total its name's characters stand in the target's clause
(``year_total``); a target's class with 及以上 none was found for takes the review count of that class under the same action
(``class_match``); a review list's member named as the target (``list_baselines``) where none was found or another member was;
(audit 37) a list of stages' member under the same verb (``verb_members``: 新开工、新竣工…750个、450个), a member that is only a title level
read with its list's head (``verb_members.level_member``), and the review's 超N of the target's noun for a floor (``passed_levels``).

Where a target's name was cut before matching (实施丁字路 of 实施10条丁字路、断头路打通工程; 招引总投资项目 of 招引总投资超100亿元或
10亿美元项目) and no baseline was found, its whole name is matched (``whole_name_match``).
Each test is a handful of substring searches on two names, with patterns compiled once.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import read_json, unit_field
from govreport.tables.baselines import BaselineIndex, Match, match_baseline, plausible
from govreport.tables.example_set_fields import field_set_match
from govreport.tables.title_inserts import earlier_members_title, fuller_title
from govreport.tables.met_standards import standard_reached
from govreport.tables.pattern_hits import PatternHits
from govreport.tables.beneficiary_amounts import for_beneficiaries
from govreport.tables.head_nouns import head_noun_match
from govreport.tables.class_amounts import class_amount
from govreport.tables.clauses import CLAUSE_MARKS, first_mark, own_clause
from govreport.tables.counter_baselines import other_counter_match
from govreport.tables.named_members import own_named_member
from govreport.tables.sector_leads import other_sector_scope
from govreport.tables.figures import Figure, PhraseBook, words
from govreport.tables.member_lists import own_member_context
from govreport.tables.implied_subjects import subject_apart_of_flow, subject_match
from govreport.tables.level_baselines import level_instead, level_of_refused
from govreport.tables.work_stages import invested_apart, other_stage, other_work, reserve_apart
from govreport.tables.list_baselines import member_match
from govreport.tables.list_mates import mate_match
from govreport.tables.firm_sectors import other_sector
from govreport.tables.each_members import each_of_fused_kinds, other_member, own_member_match
from govreport.tables.list_sums import fewer_members_match
from govreport.tables.passed_levels import passed_level
from govreport.tables.unit_baselines import converted_match
from govreport.tables.verb_members import level_member, verb_member
from govreport.tables.measures import RATE_UNITS, reached_alone, stock_for_a_flow
from govreport.tables.class_baselines import class_match, figure_context as _context
from govreport.tables.level_lists import level_apart
from govreport.tables.list_member_words import member_words
from govreport.tables.own_words import own_words_match
from govreport.tables.name_agreement import bare_name, counts_alike, named_after
from govreport.tables.name_equivalents import equivalent_match, other_measure, same_size_class
from govreport.tables.other_sets import other_set
from govreport.tables.own_noun import TITLES, built_instead, own_noun_refusal
from govreport.tables.procedure import per_unit_total
from govreport.tables.project_investment import listed_projects_investment, projects_investment_apart
from govreport.tables.place_baselines import projects_of_an_area

EACH: Final = "分别"
ABOVE: Final = "以上"
KEYED_TRIES: Final = 3  # keyed review figures tried after a refused one
ITEM: Final = re.compile(r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)])")  # 九是…, （9）…: an item of a list


@cache
def _scopes() -> tuple[PatternHits, re.Pattern[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    data = read_json("baseline_scopes.json")
    groups = PatternHits(tuple((name, re.compile("|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))))
                               for name, ws in data["groups"].items()))
    cues = re.compile("(?:" + "|".join(re.escape(w) for w in data["stock_cues"]) + ")$")
    return groups, cues, tuple(data["flow_heads"]), frozenset(data["both_named"]), frozenset(data["shares_only"])


@cache
def _ranked() -> dict[str, list[str]]:
    return dict(read_json("baseline_scopes.json")["ranked"])


@cache
def _group_aliases() -> dict[str, str]:
    return dict(read_json("baseline_scopes.json")["group_aliases"])


@cache
def _one_way() -> dict[str, str]:
    """Groups refused only where the review's name says a word the target's does not, and the unit kind they hold for."""
    return dict(read_json("baseline_scopes.json")["one_way"])


@cache
def _one_way_later() -> tuple[str, ...]:
    """Words of a later stage that make a review name of signing one of that stage (新签新开工)."""
    return tuple(read_json("baseline_scopes.json")["one_way_later"])


@cache
def _name_only() -> frozenset[str]:
    return frozenset(read_json("baseline_scopes.json")["name_only"])


def name_words_of(fig: Figure, group: re.Pattern[str]) -> frozenset[str]:
    """The words of a ``name_only`` group the figure's name says (技改, 种草), none read from its clause (spot audit 58)."""
    aliases = _group_aliases()
    return frozenset(aliases.get(w, w) for w in group.findall(fig.indicator))


def scope_words(fig: Figure, group: re.Pattern[str], ranked: tuple[str, ...] = ()) -> frozenset[str]:
    """The words of one group the figure's name says, or failing that its clause; of a ``ranked`` group (highest first), a
    word followed by 以上 says the words above it too (省级以上 = 国家级、省级, audit 47)."""
    text = fig.indicator if group.search(fig.indicator) else _context(fig) + standard_reached(fig)  # (its own member's in a 分别 list: audit 56; 28个村达到“和美乡村”建设标准)
    aliases = _group_aliases()  # (技术改造 is 技改)
    found = {aliases.get(w, w) for w in member_words(text, fig.sentence[max(fig.rel_start, 0):], group)}
    for w in found & set(ranked):
        if w + ABOVE in text:
            found.update(ranked[:ranked.index(w)])
    return frozenset(found)


def other_scope(target: Figure, fig: Figure) -> str:
    """The group whose words the two figures do not share ('' if none)."""
    groups, _, _, both, shares = _scopes()
    seen = (target.indicator + "\n" + target.before, fig.indicator + "\n" + fig.before)  # where scope_words reads (name, clause)
    for name, group in groups.in_either(seen[0], seen[1]):  # a group in neither: both say none (each text searched once: pattern_hits)
        if name in shares and target.unit not in RATE_UNITS:  # (耕地保有量19.1亿亩 is the 18亿亩耕地红线 kept)
            continue
        mine, theirs = (name_words_of(target, group), name_words_of(fig, group)) if name in _name_only() else (scope_words(target, group), scope_words(fig, group))
        if (ranked := tuple(_ranked().get(name, ()))) and scope_words(target, group, ranked) == scope_words(fig, group, ranked):
            continue  # (国家级、省级 and 省级以上: one span of levels)
        if name in _one_way() and not (theirs - mine and unit_field(target.unit, "kind") == _one_way()[name]
                                       and not any(w in fig.indicator for w in _one_way_later())):
            continue  # (签约 projects are no baseline of projects built, spot audit 86; 新签新开工 counts 开工)
        if mine != theirs and (mine and theirs or name not in both) and not (name == "title" and (fuller_title(target.indicator, fig.indicator, group) or not mine and earlier_members_title(target.indicator, fig.indicator, own_member_context(_context(fig)), group))) \
                and (theirs or group.search(target.indicator) or group.search(own_member_context(_context(target)))):  # (和美乡村示范县1个、…未来乡村: the first's; 省级乡村振兴齐鲁样板…)
            return name
    return ""


def additions_for_a_stock(target: Figure, fig: Figure) -> bool:
    """A count the target reaches (突破/达到 right before it, no flow word in its name or clause) and a review count of
    additions (its name opens with 新增, 净增…)."""
    _, cues, flows, _, _ = _scopes()
    clause = target.clause_before
    own = _context(target)  # (a name carrying a sibling clause's 新设立 is no flow: 新设立市场主体8万户，…，企业稳定在17.5万户)
    return (cues.search(clause) is not None and unit_field(target.unit, "kind") in ("count", "households")
            and not any(w in clause or (w in target.indicator and w in own) for w in flows) and fig.indicator.startswith(flows)
            and not reached_alone(fig))  # (净增…企业超2000家，总量达1.45万家: the stock, whatever its name carried)


def refused(target: Figure, m: Match, index: BaselineIndex, claimed: dict[int, str]) -> str:
    """Why the match's figure measures another thing than the target ('' if it does not)."""
    fig = m.figure
    if fig is None or m.kind == "from_to":
        return ""
    group = other_scope(target, fig)
    if group and not (group == "tier" and same_size_class(target.indicator, fig.indicator)):  # (十亿级 and 营业收入过十亿元: spot audit 36)
        return f"another {group} word"
    if class_amount(target.indicator) is not None and class_amount(fig.indicator) is None and class_amount(_context(fig)) is None:
        return "a class over an amount (亿元以上) the review figure does not name"  # (其中亿元以上工业项目 and 其中工业项目: audit 40 LZ13)
    if additions_for_a_stock(target, fig):
        return "additions for a stock"
    if stock_for_a_flow(target, fig):  # (a subject or a list member found apart from match_baseline: 集聚高层次人才1.9万人, audit 35)
        return "a stock for the year's flow"
    if EACH in target.clause_before and EACH not in fig.clause_before and index.likeness.sums_a_list(fig) \
            and not index.likeness.sums_a_list(target):  # (not the first of a review 分别 list: 粮食播面、总产分别达960.8万亩, audit 42 JA39)
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
    if level_apart(target, fig):  # (省重点项目50个、市重点项目270个 and 实施重点项目226个: audit 42 CD8)
        return "a count of one level's list beside another level's in its sentence, the review's of none"
    if other_sector(target.indicator, fig.indicator):  # (规上工业企业120家 and 新增规上服务业企业92家, audit 39)
        return "firms of another sector"
    if other_member(target, fig):  # (园区技工贸总收入、…、亩均税收分别增长15%、…: 亩均税收增长31.1% is the third's, audit 39)
        return "another member of the target's 分别 list"
    if (mine := _areas(target)) and not any(w in fig.before or w in fig.indicator for w in mine):  # (the review's whole sentence before it;
        # or its own name: 建成金麒园等12个中心城区口袋公园, the part written between the count and its noun)
        return "another part of the place (中心城区 …)"
    if (noun := other_noun_counted(target, fig)):
        return f"it counts {noun}"
    if (sector := other_sector_scope(target, fig)):  # (工业方面，…重点项目94个 and 重大项目开工100个, audit 43)
        return f"the target's sentence is under the sector lead {sector}方面, the review figure's names no {sector}"
    if projects_investment_apart(target, fig):  # (主攻650个重大项目，…投资增长20%以上 and 固定资产投资增长20%: spot audit 58)
        return "the investment of the projects the target's sentence counts, the review figure's of no projects"
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
    return frozenset(w for w in _area_words() if w in lead or w in _context(fig))


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
    if m.figure is None and (head := head_noun_match(target, index, phrase_of(target))) is not None and not refused(target, head, index, claimed):
        m = head  # a shared head noun under the same verb (audit 42: head_nouns)
    if m.figure is None and (alike := other_counter_match(target, index, phrase_of, siblings)) is not None and not refused(target, alike, index, claimed):
        m = alike  # the same things in another counter (audit 33: counter_baselines)
    if m.figure is None and (named := subject_match(target, index) or field_set_match(target, index)) is not None and not refused(target, named, index, claimed):
        m = named  # a subject the target's sentence gives (audit 33: implied_subjects), or the field of a set by examples (spot 38: example_set_fields)
    if m.figure is None and (fewer := fewer_members_match(target, index)) is not None:
        m = fewer  # fewer members of the target's own list summed (audit 33: list_sums; its members are the target's: no other title)
    if m.figure is None and (cls := class_match(target, index)) is not None:
        m = Match(cls, "same", 1.0, f"the same class '{cls.indicator}' ({cls.text}) under the same action (及以上 is 以上; 实施 is 开复工)", cls.year)
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
    if m.figure is not None:
        claimed.setdefault(m.figure.id, target.indicator)
    return m
