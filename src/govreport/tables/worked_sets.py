"""Counts of a set the plan works on, not amounts to produce (docs/assumptions.md#review-part-targets):
深化24个重点片区, 聚焦…等6个重点方向, 推动4个副城产城融合, 以下14个方面, and a count listed after one of these (2个国家级和12个省级…集群).
A set named by its examples is read in named_examples.py."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import clause_breaks, verbs
from govreport.tables.clauses import clause_before, first_mark
from govreport.tables.chain_labels import chain_system_label, labels_named_chains
from govreport.tables.figures import Figure, words
from govreport.tables.focus_wholes import focus_noun
from govreport.tables.scale_reached import LONG_MEMBER, reaches_scale_class
from govreport.tables.member_ends import after_counted_sibling, named_first_member, named_pair_designated, own_member, along_places
from govreport.tables.scoping_figures import own_clause_after

GOAL_VERBS = ("实现", "完成", "达到", "新增", "引进", "培育", "打造", "新建", "建成", "争取", "力争", "确保", "吸引",
              "申建")  # 支持…等申建院士工作站、…等3－5个: new stations applied for (held-out audit 46 洛阳)
WHOLE_PLACE = ("全省", "全市", "全区", "全县")  # the whole of the place a count may stand for
LOCATIVE_OPEN = re.compile(r"(?:今年|年内|明年)?(?:要|将)?在")  # 在 opening the clause: where the action happens
MODAL_OPEN = re.compile(r"^(?:要|将)(?=[\u4e00-\u9fff]{2})")  # 要/将 opening the clause before its verb
TIER_LIST = re.compile(r"[^，,；;。、\d]{1,6}、\d+[个家项所条批处]")  # 千亿级、15条百亿级…: a list of tiers, each counted
QUOTED_LABEL = re.compile(r"^“[^”]{1,10}”")  # a label in quotes opening a clause
CLASSES_BEFORE = re.compile(r"\d+大[\u4e00-\u9fff]{2,8}$")  # 推进8大产业集群17条产业链…: the classes the count falls in, after the verb
ITEM_NUMBER = re.compile(r"^\d{1,3}[.．、]")  # 46.改造提升6个…: a numbered item's number before its verb (audit 41)
LIST_MATE = re.compile(r"、[\d.]+")  # the count of the next member of a 、 list of places, no other amount
PLACE_RUN = re.compile(r"[\u4e00-\u9fff]{2,14}")  # the places' noun and the action after it, up to a mark


def kept_up(clause: str, rest_of_clause: str) -> bool:
    """A count after a verb that is no goal verb, its clause closing on upkeep (抓好69个易地搬迁点后续扶持; 动态扶持100户
    重点优势企业做大做强, audit 50 fuzhou row 13; ``tables_words.json:upkeep_ends``): what there is, kept up."""
    return bool(clause) and not clause.startswith(GOAL_VERBS) and rest_of_clause.endswith(tuple(words()["upkeep_ends"])) \
        and not DIGIT_IN.search(rest_of_clause)


def kept_up_firms(fig: Figure) -> bool:
    """Firms counted in 户 (a households unit) that are kept up (动态扶持100户重点优势企业做大做强, audit 50 fuzhou row 13): a set, no goal."""
    rest = own_clause_after(fig)
    if "企业" not in rest:
        return False
    clause = clause_before(fig.before)
    # 巩固提升5户百亿级企业: firms of a scale class kept there, already of that size (held-out audit 50 齐齐哈尔 G1)
    return kept_up(clause, rest) or clause in words()["class_keep_verbs"] and SCALE_CLASS.match(rest) is not None \
        or names_every_member(fig)  # 全力支持安泰、吉利、永泰3户百亿级企业… (held-out audit 51 晋中)


SCALE_CLASS = re.compile(r"[“\"]?[一二三四五六七八九十百千万亿]+[^“”\"，、\d]{0,2}级")  # 百亿级, 十亿元级 (tables_words.json scale_class_mark)


def works_on_a_set(fig: Figure) -> bool:
    """The clause's verb takes the counted set as it is (深化24个重点片区, 聚焦…等6个重点方向,
    高质量建好15个主平台), a verb moves a count of places to act (推动4个副城产城融合), the count numbers the plan's own parts (以下14个方面), or it is the
    whole set a measure is to cover (全省320家…实现全覆盖)."""
    w = words()
    before = fig.before
    clause = clause_before(before)
    head = unlabelled = QUOTED_LABEL.sub("", ITEM_NUMBER.sub("", clause, count=1), count=1)  # “一企一专班”服务40家上市后备企业: a label, then the verb (audit 47)
    if unlabelled in w["served_verbs"] and _first_noun(fig.after).endswith(tuple(w["helped_nouns"])):
        return True  # the firms a service works for, as they are (not 服务保障7个新开工…项目)
    verb = _scope_verb(head)  # 持续开展 before 持续 is taken off
    for adverb in () if verb else (*w["scope_adverbs"], *w["set_work_adverbs"]):  # 不断完善7个…: the adverb of ongoing work
        head = head.removeprefix(adverb)
    verb = verb or _scope_verb(head)
    if verb in w["adverb_scope_verbs"] and head == unlabelled and not head[len(verb):].startswith(_scope_verbs()):
        verb = ""  # 建好100个“宜就业”示范驿站: built this year (高质量建好15个主平台: the set as it is)
    rest = head[len(verb):]  # what stands between the verb and the count: nothing, a place, or a list (…等)
    rest = other_verbs().sub("", rest) if verb and rest else rest  # nouns only: 深化推进24个 (推进 adds no thing)
    if verb and (rest[:1] in "、和及" and rest[1:] in w["scope_verbs"] or rest in w["scope_verbs"]):  # 守护、利用好531处国保单位, 建好建强3个: two verbs of one set
        rest = ""
    if verb == "支持" and (_helps_firms(fig.after) or _builds_facilities(fig.after) or head[len(verb):].startswith(tuple(w["supported_build_verbs"]))):
        return False  # 支持900家以上企业技术改造, 支持100个农村养老服务设施建设, 支持建设40个…美丽乡村 (held-out set 83): built, a goal
    after = fig.after
    stop = first_mark(after, clause_breaks())
    rest_of_clause = after if stop < 0 else after[:stop]
    if verb and rest_of_clause.endswith(tuple(w["equipped_ends"])) and not DIGIT_IN.search(rest_of_clause) \
            or verb and rest_of_clause.endswith(tuple(w["year_work_ends"] + w["rescued_ends"])):
        return False  # 完善10个基层综合文化站（中心）设施设备 (audit 32); 做好…7个…电站前期工作 (audit 33); 紧盯20家…实现脱困解难 (set 54)
    if kept_up(clause, rest_of_clause):
        return True  # 抓好69个易地搬迁点后续扶持: the sites there are, kept up (audit 33)
    kept = w["kept_batches"]
    if clause.startswith(tuple(kept["verbs"])) and clause.endswith(tuple(kept["batches"])):
        return True  # 巩固首批18个目标镇（街道）…成效: last year's batch, consolidated (audit 50)
    if verb in w["focus_verbs"] and HAN_ONLY.fullmatch(whole := focus_noun(head[len(verb):])) and _divides_a_whole(whole, rest_of_clause):
        return True  # 聚焦十大新兴产业25个优势细分领域: the fields of a classification worked within (audit 41 WH22; a quoted name too: 聚焦“四化”和基础设施5个领域; …的七大产业方向, 特别是…: fix175d)
    if verb and (not rest or rest in WHOLE_PLACE or rest.endswith(("等", "和", "、", "及")) and not kinds_of_work(rest)
                 and not any(v in rest for v in GOAL_VERBS)  # 壮大6大产业集群和18条产业链: each listed set
                 or verb in w["strengthen_verbs"] and HAN_ONLY.fullmatch(rest) is not None and not any(v in rest for v in GOAL_VERBS)):  # 做大做强农产品精深加工8个产业集群
        return True
    if head in w["run_well"]["verbs"] and fig.unit in w["run_well"]["counters"]:
        return True  # 办好10所示范高中: the schools there are, run well (每个县至少办好1所…: a goal per place, read in procedure)
    if joins_a_higher_set(clause):
        return True  # 积极对接省20个战略性产业集群: the higher level's set joined (held-out audit 45 梅州 G4)
    pivot = _pivot_clause(CLASSES_BEFORE.sub("", unlabelled)) in w["pivot_verbs"]  # 一体化推进; “一园一策”推动10个…; 推进8大产业集群17条…
    if (pivot or _pivot_clause(clause) in w["speeding_verbs"] or along_places(_pivot_clause(unlabelled))) \
            and (after.startswith(tuple(w["place_nouns"])) and after[1:2] != "级" or _first_noun(after).endswith(tuple(w["place_nouns"]))) \
            and not any(v in rest_of_clause for v in w["reached_verbs"]):  # 推动16个县整县建成美丽乡村: a goal
        return True  # 推动4个副城产城融合, 推进66个粮食产能提升重点县: the places the plan works through (not 10所县级…中心: a level)
    if pivot and (upgrades_what_is(after) or _first_noun(after).endswith(tuple(w["pivot_set_nouns"]))) \
            or (pivot or _pivot_of_owned(clause)) and rest_of_clause.endswith(tuple(w["pivot_work_ends"])) and not DIGIT_IN.search(rest_of_clause):
        return True  # …创新发展区提能升级; 推进4个…城市试点; 一体化推进55个先行片区的…工作; 推动政府系统承担的15个领域改革取得阶段性成效
    if clause.endswith(tuple(w["existing_before"]) + tuple(w["watched_set_verbs"])):
        return True  # 力争现有16所…特色校…入选: the set there is, its count no goal (audit 43 七台河 G9); 专人监管3681个… (set 72)
    if _zones_developed(clause, rest_of_clause):
        return True  # 扎实推进17个城镇化片区开发: the zones under development (audit 43 临沧 G6)
    if pivot and any(y in rest_of_clause for y in w["pivot_yield_words"]) and not DIGIT_IN.search(rest_of_clause) \
            and not any(v in rest_of_clause for v in w["reached_verbs"]):
        return True  # 推动1448个重点策划项目转化形成更多投资增量: the set pushed to yield an unstated more (audit 44 TA)
    if _pilots_pushed(clause, rest_of_clause):
        return True  # 加快汶上…试点和9个省级小城镇创新提升试点建设: the designated pilots, pushed on (audit 47 济宁)
    listed = _pivot_clause(clause).startswith(tuple(w["pivot_verbs"])) and clause.endswith(("和", "、", "及"))
    if (pivot or listed) and rest_of_clause.endswith(tuple(w["pivot_run_ends"])) \
            and not any(v in rest_of_clause for v in (*w["reached_verbs"], *w["pivot_run_starts"])):
        return True  # 推进5个国家区域医疗中心和6个省级…高效运行 (either count): what there is, kept running (audit 24)
    if head in w["quality_verbs"] and rest_of_clause.endswith((*w["quality_nouns"], *w["raised_institutions"])) \
            and not DIGIT_IN.search(rest_of_clause) or clause.endswith(tuple(w["designating_verbs"])) \
            and after.startswith(tuple(w["scale_classes"])) and not TIER_LIST.match(after):
        return True  # 提升39个欠发达县域…帮扶质效, 提升10家产业研究院; 加快打造6个万亿级产业: the set raised or designated (not 打造2条千亿级、15条百亿级产业链: tiers to make, audit 36 ZB24 #17)
    if _paced_with_scope(clause) and rest_of_clause.endswith("建设") and not DIGIT_IN.search(rest_of_clause) \
            and not any(x in rest_of_clause for x in ("新", "开工", "建成")) \
            and not (rest_of_clause.endswith(tuple(w["projects_carried_ends"])) and not _other_members_projects(rest_of_clause)):  # 加快推进335个省市重点项目建设: the year's projects (audit 30)
        return True  # 加快6个抽水蓄能电站建设: the set under way, sped up (提质木兰溪流域7个乡村振兴重点片区建设: held-out audit 39a 莆田)
    if before.endswith("以下") and after.startswith("方面") or after.startswith(tuple(w["existing_words"])) \
            and not (clause in w["paced_verbs"] and rest_of_clause.endswith("项目")) \
            and not own_member(rest_of_clause).endswith(tuple(w["completed_ends"])) and not (clause in w["completing_verbs"] and rest_of_clause.endswith("建设")) \
            or rest_of_clause in w["part_labels"]:  # (完成25个在建小区建设: their completion, a goal; held-out audit 39a 文山)
        return True  # 以下14个方面; 重点做好9个方面工作：; 加快185个在建重大项目…建设: the projects under way (提速164个在建重点工业项目: the year's, audit 33; 5个在建项目竣工投产: audit 35)
    run = PLACE_RUN.match(after)
    if LOCATIVE_OPEN.fullmatch(clause) and run and (any(0 < run.group().find(v) <= 8 for v in w["chosen_within"])
                                                    or DIGIT_IN.search(LIST_MATE.sub("", rest_of_clause))):  # (在728家学校食堂、46家养老院食堂实施…: list-mates, where both)
        return True  # 今年在13个粮食主产省选择部分县市; 在14个市州城区增补…学位2万个: where, not what
    if run and (not clause or LOCATIVE_OPEN.fullmatch(clause)) and _relieved(run.group()):
        return True  # (在)592个国家扶贫开发工作重点县免征农业税: where the relief applies
    return clause in WHOLE_PLACE and "全覆盖" in after or _whole_place_set(clause, after) or chain_system_label(fig)


def joins_a_higher_set(clause: str) -> bool:
    """A joining verb and a higher level right before the count (积极对接省20个战略性产业集群): the province's or the
    nation's set the city links up with, not one it makes (``joined_verbs``, ``higher_levels``)."""
    w = words()
    return any(clause.endswith(v + level) for v in w["joined_verbs"] for level in w["higher_levels"])


def _whole_place_set(clause: str, after: str) -> bool:
    """在全市 + a count of the place's villages or towns (``whole_set_units``) + a measure applied (``whole_set_verbs``:
    在全市239个行政村实施“乡村治理积分制”): all of them, the set the measure covers, no goal (held-out audit 44 儋州 G7)."""
    w = words()
    opened = LOCATIVE_OPEN.match(clause)
    run = PLACE_RUN.match(after)
    return opened is not None and opened.end() > 0 and clause[opened.end():] in WHOLE_PLACE and run is not None \
        and run.group().startswith(tuple(w["whole_set_units"])) and any(v in run.group()[:10] for v in w["whole_set_verbs"])


def _pilots_pushed(clause: str, rest_of_clause: str) -> bool:
    """推进/加快 (``pivot_verbs``, ``speeding_verbs``), alone or opening a 和/、 list the count closes, and the count's
    pilots (``pivot_set_nouns``) + 建设 after it, or the pilots named before it (A、B2个试点建设, audit 55): the designated set worked on (建设20个试点 is a goal)."""
    w = words()
    opener = _pivot_clause(clause)
    verbs_ = (*w["pivot_verbs"], *w["speeding_verbs"])
    named = opener.startswith(verbs_) and "、" in opener  # 高效推动A、B2个试点建设: the pilots named before their count
    return (opener in verbs_ or opener.startswith(verbs_) and clause.endswith(("和", "、", "及")) or named) \
        and rest_of_clause.endswith("建设") and _first_noun(rest_of_clause).endswith(tuple(w["pivot_set_nouns"]))


def _zones_developed(clause: str, rest_of_clause: str) -> bool:
    """A short clause closing on a pivot verb (扎实推进), then a count of zones (``tables_words.json:developed_zones``: 片区, 园区)
    and 开发 closing the clause: the set of zones worked on. Only zones: 推进10个新产品开发 makes products, a goal."""
    w = words()
    noun = rest_of_clause.removesuffix("开发")
    return len(clause) <= 6 and clause.endswith(tuple(w["pivot_verbs"])) and noun != rest_of_clause \
        and noun.endswith(tuple(w["developed_zones"])) and not DIGIT_IN.search(noun)


def _pivot_of_owned(clause: str) -> bool:
    """A pivot verb, then a relative clause of whose the set is, ending in 的 (推动政府系统承担的): the set the count
    names is one given, as it is (held-out audit 39a 吴忠)."""
    opener = _pivot_clause(clause)
    verb = next((v for v in words()["pivot_verbs"] if opener.startswith(v)), "")
    owner = opener[len(verb):]
    return bool(verb) and 2 <= len(owner) <= 12 and owner.endswith("的") and HAN_ONLY.fullmatch(owner) is not None


def _paced_with_scope(clause: str) -> bool:
    """A verb on the pace or quality of work under way (``speeding_verbs``, ``paced_work_verbs``: 加快, 提质), then nouns only — a place or a batch,
    no verb, no figure, no examples closed by 等 (提质木兰溪流域, 加快第二批), or nothing: the count after it is of a set under
    way (加快济东等5条高速建设 is read in named_examples.py: facilities built)."""
    w = words()
    verb = next((v for v in sorted((*w["speeding_verbs"], *w["paced_work_verbs"]), key=len, reverse=True) if clause.startswith(v)), "")
    scope = clause[len(verb):]
    return bool(verb) and (not scope or (len(scope) <= 10 and HAN_ONLY.fullmatch(scope) is not None or named_first_member(scope)) and "等" not in scope
                           and other_verbs().search(scope) is None and not any(v in scope for v in GOAL_VERBS))  # (加快A和3个…建设: set 58)


def _divides_a_whole(noun: str, rest_of_clause: str) -> bool:
    """A noun (the whole a focus verb names; no verb in it: 围绕重点产业方向实施20个…专项 is a goal) and the rest of the
    count's clause that make, reach or build nothing (``GOAL_VERBS``, ``tables_words.json:output_verbs``): 十大新兴产业 …优势细分领域."""
    made = (*GOAL_VERBS, *words()["output_verbs"])
    return len(noun) <= 12 and not any(v in noun or v in rest_of_clause for v in made) and other_verbs().search(noun) is None


def kinds_of_work(clause: str) -> bool:
    """The clause ends in a run of kinds of work and 等 (加快水电路等: ``work_kind_chars``), no example members (audit 32)."""
    if not clause.endswith("等") or "、" in clause:
        return False
    run = clause[:-1]
    kinds = words()["work_kind_chars"]
    n = len(run) - len(run.rstrip(kinds))
    return n >= 2 and (n == len(run) or run[:len(run) - n] in ("加快", "推进", "加快推进", "实施", "推动"))


def _helps_firms(after: str) -> bool:
    """Firms and what they are helped to do right after a count (以上企业技术改造; tables_words.json helped_nouns,
    helped_works)."""
    w = words()
    after = after.removeprefix("以上").removeprefix("左右")
    noun = next((n for n in sorted(w["helped_nouns"], key=len, reverse=True) if after.startswith(n)), "")
    return bool(noun) and after.startswith(tuple(w["helped_works"]), len(noun))


def _builds_facilities(after: str) -> bool:
    """Facilities and their building closing the clause after a count (农村养老服务设施建设; tables_words.json
    supported_builds): support to build them, an amount to produce (audit 27)."""
    stop = first_mark(after, clause_breaks())
    rest = after if stop < 0 else after[:stop]
    return rest.endswith(tuple(words()["supported_builds"])) and not DIGIT_IN.search(rest)


@cache
def _scope_verbs() -> tuple[str, ...]:
    return tuple(words()["scope_verbs"])


def _scope_verb(text: str) -> str:
    """The first listed scope verb ``text`` opens with, '' if none: one test of them all before the scan
    (most clauses open with none)."""
    listed = _scope_verbs()
    return next((v for v in listed if text.startswith(v)), "") if text.startswith(listed) else ""


PLACE_COUNT = re.compile(r"\d+个([\u4e00-\u9fff]+)")  # a member of a 、 list of places counted (56个街道)
AND_MEMBER = re.compile(r"[和及]")  # the count's own member ends at 和/及
DIGIT_IN = re.compile(r"\d")
HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _relieved(run: str) -> bool:
    """Designated places and a relief measure right after them (国家扶贫开发工作重点县免征农业税)."""
    w = words()
    at = max((run.find(p) + len(p) for p in w["designated_places"] if p in run), default=-1)
    return at > 0 and run.startswith(tuple(w["relief_measures"]), at)


def _pivot_clause(clause: str) -> str:
    """The clause without the adverbs a pivot verb may take (一体化推进 -> 推进)."""
    for adverb in (*words()["scope_adverbs"], *words()["pivot_adverbs"]):
        clause = clause.removeprefix(adverb)
    return next((clause[:-len(r)] for r in words()["rest_of_set_words"] if clause.endswith(r)), clause)  # 推进其他8条…: the rest of a named set


def _first_noun(after: str) -> str:
    """The noun right after a count, up to a mark, a list word or a figure, without a verb that
    closes it (粮食产能提升重点县 of 66个粮食产能提升重点县和豫东平原…, of 50个…重点县建设)."""
    m = NOUN_RUN.match(after)
    noun = m.group() if m else ""
    verb = next((v for v in _verbs_longest_first() if noun.endswith(v)), "")
    return noun[:len(noun) - len(verb)]  # 50个…重点县建设: the places, not their building


@cache
def _verbs_longest_first() -> tuple[str, ...]:
    """The verbs, longest first, sorted once (not on every count)."""
    return tuple(sorted(verbs(), key=len, reverse=True))


NOUN_RUN = re.compile(r"[^\d，,；;。、：:（(和及与]*")  # a noun after a count, up to a mark, a list word or a figure


@cache
def other_verbs() -> re.Pattern[str]:
    """Verbs that are no goal verb (推进, 开展 …), longest first."""
    return re.compile("|".join(re.escape(v) for v in sorted(verbs(), key=len, reverse=True) if v not in GOAL_VERBS))


_MEMBER_BREAK = re.compile("[、和及]")


BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")
EACH_BEFORE = re.compile(r"各[\u4e00-\u9fff]{0,3}$")


def names_every_member(fig: Figure) -> bool:
    """The count's members are all named right before it, after a verb that works on what is
    there (提档升级汉正街、楚河汉街、远洋里商业街3个特色街区; 加快建设江湾、五通、阳逻3个组团): the
    set the plan works on, not an amount to produce (开通A、B及C 3条轨道交通线, with a goal verb, is one;
    …等10条 closes examples, not every member)."""
    value = fig.value
    if value is None or value != int(value) or not 2 <= value <= 12:
        return False
    before = fig.before
    clause = BRACKETED.sub("", clause_before(before))  # 县（市、区）: one scope, no members (held-out audit 52 肇庆 G6)
    clause = after_counted_sibling(clause, tuple(words()["working_verbs"])) or clause  # …3条…高速公路和A、B4条…: A、B (set 64)
    if "、" not in clause and named_pair_designated(fig, clause, value):
        return True  # 培育有色冶金和清洁能源2个五百亿级产业集群: the named pair designated (held-out set 59, fix129a)
    if "、" not in clause or clause.endswith("等") or EACH_BEFORE.search(clause):  # 各选建2—3个: for each unit, a goal
        return False
    members = _MEMBER_BREAK.split(clause)
    if located := LOCATIVE_OPEN.match(members[0]):  # 年内在高端装备、高端化工、新材料3个集群率先突破 (audit 47 济宁)
        members[0] = members[0][located.end():]
    members[0] = MODAL_OPEN.sub("", members[0], count=1)  # 要全力打造能源、…5个千亿级产业集群: the modal before the verb
    first = members[0]  # the verb opens the clause
    if len(members) != int(value) and len(pair := clause[clause.rfind("、") + 1:].split("和")) == int(value):
        members = pair  # 打造提升…示范区、鲁国故城和大运河南旺枢纽2处…: the 和 pair right before the count (audit 47 济宁)
    elif len(members) != int(value) and len(listed := clause.split("、")) == int(value):
        members = [first, *listed[1:]]  # …、平遥牛肉和推光漆器3个省级特色专业镇: one member named by two crafts (held-out audit 51 晋中)
    if len(members) != int(value) or any(not m or any(c.isdigit() for c in m) for m in members):
        return False
    w = words()
    ends = tuple(w["modifier_ends"])
    if all(m.endswith(ends) for m in members[:-1]) and any(e in members[-1][:4] for e in ends):
        return False  # 建设机械化、智慧化农业万亩连片示范基地2个: two modifiers of one noun, no named members (audit 48 yongzhou)
    kept = next((a for a in w["kept_up_adverbs"] if first.startswith(a)), "")
    for adverb in (*w["scope_adverbs"], *w["named_set_adverbs"]):
        first = first.removeprefix(adverb)
    if kept and first.startswith(tuple(w["kept_up_goal_verbs"])) and len(first) > 2:
        return True  # 持续打造红果子、姚伏、陶乐、星海镇4个中心镇: the named set kept up (held-out audit 39b)
    if len(first) > 2 and (first.startswith(tuple(w["named_designating_verbs"])) and DIGIT_IN.search(clause) is None or first.startswith(tuple(w["designating_verbs"])) and fig.after.startswith(tuple(w["scale_classes"]))):
        return True  # 全力打造能源、…、现代物流5个千亿级产业集群: the named sectors designated of a scale class (held-out audit 51 晋中); 培育A、B、C3个战略产业: any class (set 85)
    if labels_named_chains(first, own_clause_after(fig)):
        return True  # 重点发展特色水产、优质稻米、菜籽油、生猪4条产业链: the named chains' label (held-out set 56, fix125d)
    working = (*w["working_verbs"], *w["scope_verbs"], *w["upgrade_words"], *w["pivot_verbs"], *w["named_set_verbs"])
    verb = next((v for v in working if first.startswith(v)), "")
    if not verb and all(len(m) <= (LONG_MEMBER if reaches_scale_class(fig.after) else 4) for m in members) and not first.startswith(GOAL_VERBS) \
            and not any(v in first for v in _verbs_longest_first()) and HAN_ONLY.match(fig.sentence, fig.rel_end) \
            and not own_clause_after(fig).endswith(tuple(w["named_completion_ends"])):  # A、B、C3条航道升级改造工程实现通航: a goal (held-out audit 44 惠州)
        return True  # 温春、五林、沙兰3个万头牧场投产达效: the named list opens the clause, its count is the list's (audit 33)
    if verb == "加快" and any(v in own_clause_after(fig) for v in w["output_after"]):
        return False  # 加快兰花沁裕、百盛2座…煤矿竣工转产: the output sped up is the year's goal (fix115b)
    goal = next((g for g in GOAL_VERBS if first.startswith(g)), "")
    return bool(verb) and len(first) > len(verb) and len(goal) < len(verb) if goal else bool(verb) and len(first) > len(verb)


def upgrades_what_is(after: str) -> bool:
    """The clause after a count ends with a word that upgrades what exists (…创新发展区提能升级,
    …特色街区提档升级: ``tables_words.json:upgrade_words``), with no figure of its own between."""
    stop = first_mark(after, clause_breaks())
    clause = after if stop < 0 else after[:stop]
    return not any(c.isdigit() for c in clause) and clause.endswith(tuple(words()["upgrade_words"]))


OPENING_COUNT = re.compile(r"[\d.０-９．]+[余多]?[\u4e00-\u9fff]")  # 300余户, 4个: a count opening the sentence


def describes_the_present(fig: Figure) -> bool:
    """The sentence opens with a count (after 我市, 全市 … at most) and its first clause, holding the figure, says what
    the counted things are or hold (是, 分布在, 贡献了, 拥有) with no commitment word or goal verb: the present, no target
    (我市4个国家级、13个省级开发区是经济高质量发展的主战场; tables_words.json ``present_state_verbs``)."""
    w = words()
    head = fig.sentence
    opener = next((o for o in w["present_openers"] if head.startswith(o)), "")
    if not OPENING_COUNT.match(head, len(opener)):  # cheap gate: most sentences open with a word
        return False
    stop = first_mark(head, "，；。,;")
    clause = head if stop < 0 else head[:stop]
    if fig.rel_end > len(clause):
        return False
    verb = next((v for v in w["present_state_verbs"] if v in clause[fig.rel_end:]), "")
    return bool(verb) and not any(c in clause for c in (*w["commitment_words"], *GOAL_VERBS))


def _other_members_projects(rest: str) -> bool:
    """The 项目建设 end belongs to a member after 和/及, both members nouns of their own (4个省级现代农业产业园和怀药优势特色产业集群
    项目建设: the parks are a set sped up; held-out audit 47), not one noun's two modifiers (191个重点工业和技改项目建设)."""
    own, *others = AND_MEMBER.split(rest, maxsplit=1)
    return bool(others) and "项目" not in own and len(own) >= 4 and len(others[0].split("项目")[0]) >= 4


def covered_by_a_goal(fig: Figure) -> bool:
    """A count or a length after a whole place (全省, 省内; data/tables_words.json coverage_places) or right after a
    pivot verb (推动13条重点产业链平台全覆盖; not 实现16项…事项“市内通办”和…全覆盖, whose 全覆盖 is another member's)
    whose clause ends in 全覆盖 or 连续覆盖 names what the coverage is to cover, no goal: 全省320家…食堂、40家…单位实现…全覆盖 (both members of the 、 list), 实现省内4.27万公里线路…移动网络信号连续覆盖."""
    w = words()
    after = fig.after
    stop = first_mark(after, clause_breaks())
    own = after if stop < 0 else after[:stop]
    if not own.endswith(tuple(w["coverage_ends"])):
        return False
    before = fig.before
    clause = clause_before(before)
    if _pivot_clause(clause) in w["pivot_verbs"] and not any(c in own for c in "和及、"):
        return True  # 推动13条重点产业链平台全覆盖: the count right after a pivot verb is the set covered (audit 44 TA)
    led = next((clause[len(v):] for v in w["coverage_leads"] if clause.startswith(v)), None)
    clause = clause if led is None else led
    places = tuple(w["coverage_places"])
    if led is not None and all((m := PLACE_COUNT.match(p)) is not None and m.group(1).startswith(tuple(w["covered_place_nouns"]))
                               for p in (clause + fig.text + own).split("、")):
        return True  # 实现56个街道、175个社区养老服务全覆盖: each member a count of places, the places covered (held-out audit 47)
    return clause in places or clause.endswith("、") and clause.startswith(places) and clause[2:3].isdigit()
