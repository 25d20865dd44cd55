"""Counts of a set named by its examples, what the plan works on, not amounts to produce (docs/assumptions.md#review-part-targets):
a count right after the 等 that closes examples (洛阳等10个国家物流枢纽) and a count inside a list of examples (…、准东3个煤制气、…等项目建设).
Out of worked_sets.py, which holds the other sets worked on."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import clause_breaks, units, verbs
from govreport.tables.clauses import clause_before, first_mark, last_mark, without_leads
from govreport.tables.figures import Figure, words
from govreport.tables.verb_forms import without_adjective_forms
from govreport.tables.worked_sets import kinds_of_work


def _without_adverbs(clause: str) -> str:
    """The clause without the scope adverbs it opens with (全力推进 -> 推进)."""
    return without_leads(clause, words()["scope_adverbs"])


def closes_named_examples(fig: Figure) -> bool:
    """A count right after the 等 that closes members named by example (洛阳等10个国家物流枢纽,
    航空、气象等86个科普场馆, 尿毒症等8类大病): it counts the set it names, what the plan works on,
    not an amount to produce — unless an output verb of its clause binds it (建成A、B等20个项目,
    推动A、B等10个项目建成投产: ``tables_words.json:output_verbs``, ``output_after``) (docs/assumptions.md#review-part-targets)."""
    before = fig.before
    cut = last_mark(before, clause_breaks())
    clause = before[cut + 1:]
    member = clause[:-1][max(clause[:-1].rfind("、"), -1) + 1:]
    if not clause.endswith("等") or not member or any(c.isdigit() for c in member):
        return False
    w = words()
    if _all_named_of_a_scale(clause, fig):
        return True  # 打造笋竹、粮油、茶叶、食用菌等4个现代农业百亿产业: every member named, raised to a class (held-out set 70 南平)
    if (subject := _sector_subject().match(clause)) and _without_adverbs(_without_example_adverb(clause[subject.end():])).startswith(
            tuple(w["project_set_verbs"])):  # 荆州新城重点推进…等12个项目建设: a place's projects too (audit 44 JZ)
        clause = clause[subject.end():]  # 装备制造产业加快推进…等63个项目: the sector's projects (audit 42 CZ #21)
    clause = _without_example_adverb(clause)  # 大力实施弘鑫云创智能制造、…等86个重点产业项目 (audit 41 NC #56)
    after = fig.after
    stop = first_mark(after, clause_breaks())
    own = after if stop < 0 else after[:stop]
    if own in w["example_floor_ends"] or own.startswith(tuple(w["example_floor_ends"])) and own.endswith(tuple(w["project_set_ends"])):
        return False  # 发展夜间消费集聚区、美食街区等20个以上，: a floor closing its clause, an amount to reach (audit 46 HG no. 14); …等360个以上省、市重点项目建设 (held-out audit 52 许昌 G6)
    if _without_adverbs(_without_helped_actors(clause)).startswith(tuple(w["creation_verbs"]) + tuple(w["removal_verbs"])) or _without_adverbs(clause).startswith(
            tuple(w["created_set_verbs"])) and own.endswith(tuple(w["created_set_ends"])):
        return False  # 新创无废工厂、无废学校、无废公园等120个: new ones to create, an amount to produce (audit 40 YZ #88); 关停…等9台机组 (set 72)
    opening = clause.split("、")[0]
    if not any(v in opening for v in (*verbs(), *w["output_verbs"], *w["working_verbs"], *w["scope_verbs"], *w["project_set_verbs"], "加快")):  # (促进: set 58)
        clause = _without_example_adverb(before[last_mark(before[:max(cut, 0)], clause_breaks()) + 1:])  # 新开工A等23个…，B等300个…项目: the verb before (突出抓好…，…等95个…项目: 突出 off)
    if clause.startswith(tuple(w["projects_done_verbs"])) and own.endswith("项目") or kinds_of_work(clause):
        return False  # 实施登州古城等20个重点文旅项目: projects carried out in the year (audit 29); 加快水电路等18个… (audit 32)
    if _without_adverbs(clause).startswith(tuple(w["example_set_verbs"])) and own.endswith(tuple(w["example_set_ends"])):
        return False  # 开展张家湖片区等11个美丽乡村共同缔造试点: the pilots carried out in the year (audit 31); 高质量承办…等30项…赛事 (fix152b)
    own_set = own[:min((k for c in "和及、" if (k := own.find(c)) >= 0), default=len(own))] if "等" in own else own  # …等5个重大专项和…等8个
    if _without_adverbs(clause).startswith(tuple(w["project_set_verbs"])) and (own_set.endswith(tuple(w["project_set_ends"])) or _shares_the_head(own, own_set)):
        return False  # 加快推动安意法、芯联等6个晶圆项目, 抓好…等5个770万千瓦抽蓄电站前期工作: the year's projects (audit 33)
    core = first = own_set.split("和")[0]  # (等6家中试基地建设和省级申报工作: the first member's work, held-out set 78)
    for end in w["example_build_ends"]:  # 等4条高速和中环高架前期工作: the first member's head
        core = core.removesuffix(end)
    built = core.split("和")[0].endswith(tuple(w["built_facility_heads"]))  # roads, parks, plants …
    if built and (_without_adverbs(clause).startswith(tuple(w["example_build_verbs"])) or _without_adverbs(clause).startswith(tuple(
            w["project_set_verbs"])) and (own_set.endswith(tuple(w["example_build_ends"])) or first.endswith(tuple(w["example_build_ends"])))) \
            and not own.startswith(tuple(w["designation_prefixes"])):
        return False  # 加快建设桂林至钟山等13条高速公路, 推进叠彩滨江等6个大型体育公园建设: facilities built (audit 36; not 等6个消费新地标, 等7个功能区: sets)
    if _without_adverbs(clause).startswith(tuple(w["designated_set_verbs"])) and _scale_class().match(own_set):
        return True  # 加快打造鸿星尔克、安踏安鑫等4个“五百万双级”龙头鞋纺企业: the named ones raised to a class (audit 51 ZY #22)
    if _completes_listed_works(before, own_set):
        return False  # 打通A路段，B、C路段，…等8条“断头路”: the works to finish this year, named (held-out set 88 汕头 G6)
    plain = without_adjective_forms(clause)  # 突破性发展A、B等4个主导产业: 突破 no verb there (audit 53)
    return not any(v in plain for v in w["output_verbs"]) and not any(v in own for v in w["output_after"])


def _all_named_of_a_scale(clause: str, fig: Figure) -> bool:
    """A designating verb (``designated_set_verbs``: 打造), as many members named before 等 as the count, and a scale class
    (``scale_classes``, 级 optional) within a short modifier of the noun after it (等4个现代农业百亿产业): the named sectors
    designated of a class, no amount to produce (fix146e)."""
    w = words()
    verb = next((v for v in w["designated_set_verbs"] if _without_adverbs(clause).startswith(v)), "")
    named = _without_adverbs(clause)[len(verb):-1].split("、")
    classes = tuple(c.removesuffix(w["scale_class_mark"]) for c in w["scale_classes"])
    head = CLAUSE_MARKS.split(fig.after, maxsplit=1)[0][:8]
    return bool(verb) and fig.value is not None and len(named) == fig.value and all(named) \
        and any(c in head for c in classes) and not any(ch.isdigit() for ch in head)


SEGMENT_MARKS = "；;。：:"  # a segment: the clauses one opening verb can govern


def _completes_listed_works(before: str, own_set: str) -> bool:
    """The segment opens (after scope adverbs) with a completion verb (``example_completion_verbs``: 打通, 建成) whose
    object runs over ，-clauses of names, none opening with a verb of its own, to the 等 and a built facility
    (``built_facility_heads``, ``completed_work_heads``, quotes off: “断头路”): the named works to finish, a count to produce, not a set worked on."""
    w = words()
    segment = _without_adverbs(before[last_mark(before, SEGMENT_MARKS) + 1:])
    if not segment.startswith(tuple(w["example_completion_verbs"])) or not own_set.strip("“”\"").endswith(tuple(w["built_facility_heads"]) + tuple(w["completed_work_heads"])):
        return False
    opened = tuple(w["output_verbs"]) + tuple(w["project_set_verbs"]) + tuple(w["working_verbs"])
    return not any(c.startswith(opened) for c in re.split(r"[，,]", segment)[1:])


CLAUSE_MARKS = re.compile(r"[，,；;。：:、]")
SECOND_EXAMPLE_SET = re.compile(r"^[和及][^，,；;。\d等]{1,40}等\d+[个项]")  # 和A、B等54个…: a second set closed by its examples


def _shares_the_head(own: str, own_set: str) -> bool:
    """A bare first set (等60个新基建) joined by 和 to a second set named by its examples whose noun is the projects
    (和城乡供水一体化、乡镇便捷通高速等54个老基建重点项目建设): both are the year's projects, the head said once at the end
    (held-out set 70 南平 missed 2, fix146e)."""
    return own_set != own and not any(c.isdigit() for c in own_set) and SECOND_EXAMPLE_SET.match(own[len(own_set):]) is not None \
        and own.endswith(tuple(words()["project_set_ends"]))


@cache
def _scale_class() -> re.Pattern[str]:
    """A scale class opening the noun after a count (“五百万双级”, 百亿级): a numeral run, at most two
    measure words, then ``tables_words.json:scale_class_mark``."""
    return re.compile("[“\"]?[一二三四五六七八九十百千万亿]+[^“”\"，、\\d]{0,2}" + re.escape(words()["scale_class_mark"]))


def _without_example_adverb(clause: str) -> str:
    """The clause without the one adverb of manner it opens with (重点推进 -> 推进: ``example_set_adverbs``)."""
    return next((clause[len(a):] for a in words()["example_set_adverbs"] if clause.startswith(a)), clause)


@cache
def _sector_subject() -> re.Pattern[str]:
    """A sector or a place opening a clause before its verb (装备制造产业, 荆州新城): ``example_set_subject_ends``."""
    return re.compile("[\u4e00-\u9fff]{2,6}?(?:" + "|".join(map(re.escape, words()["example_set_subject_ends"])) + ")")


# a count that ends its member: a qualifier, then 和 opening the next member (企业30家以上和雏鹰、瞪羚等…企业5家以上)
MEMBER_CLOSED = re.compile(r"(?:以上|左右|以内)?(?:和|以及)")


def among_examples(fig: Figure) -> bool:
    """The count stands inside a member of a list of examples that a later 等 closes in the same
    clause (加快国能哈密煤制油、准东3个煤制气、慧能…等项目建设): it is part of an example's name (not
    新建5条主干道路、2台热水锅炉、…等项目, whose members start with their counts, nor …等6个通道); so is a count right before
    a capacity in the last example, the 等 after it (…、钜能10吉瓦电池片、通威2个3×16吉瓦光伏一体化等项目开工建设: audit 40 LS8)."""
    before = clause_before(fig.before)
    after = fig.after
    stop = first_mark(after, clause_breaks())
    after = after if stop < 0 else after[:stop]
    if "、" not in before:
        return _in_first_example(before, after)
    member = before[before.rfind("、") + 1:]  # a name the count stands inside (准东), not a count opening a member
    if not member or member.endswith("等") or MEMBER_CLOSED.match(after):
        return False  # …“专精特新”企业30家以上和雏鹰、瞪羚等…: 和 after the count ends its member; the 等 closes the next one
    closing = after.find("等")  # the last example: a count right before its capacity (通威2个3×16吉瓦光伏一体化等项目, audit 40 LS8)
    return 0 < after.find("、") < closing or closing > 0 and "、" not in after[:closing] and _capacity_next().match(after) is not None \
        or fig.unit not in SET_COUNTERS and _sizes_the_last_project(member, after, closing)


SET_COUNTERS = ("个", "家", "项", "所", "条", "批", "处", "种", "座")  # 6个机场: the things counted, no size of one
NAMED_PRODUCT = re.compile(r"[\u4e00-\u9fff]{2,10}")  # 生猪屠宰: the product or work a project's size is of


def _sizes_the_last_project(member: str, after: str, closing: int) -> bool:
    """The count sits between the last example's firm name (no verb opening it) and its product or work, 等项目 right
    after (…、牧原食品400万口生猪屠宰等项目开工建设: held-out set 88 通辽 G3): the project's size, a part of its name."""
    if closing <= 0 or not after.startswith(tuple("等" + e for e in words()["project_set_ends"]), closing) \
            or NAMED_PRODUCT.fullmatch(after[:closing]) is None or not NAMED_PRODUCT.fullmatch(member):
        return False
    return not member.endswith(JOINERS) and not member.startswith(tuple(v for v in verbs() if len(v) > 1) + tuple(words()["output_verbs"]))


JOINERS = ("和", "及", "与")  # …站房和4个普通国省干线等项目: the count opens a member of its own, the projects counted


@cache
def _capacity_next() -> re.Pattern[str]:
    """A capacity (N or N×M, a unit of a capacity kind in data/units.csv) right after a count: the size of each thing counted."""
    sized = sorted((u for u, row in units().items() if row["kind"] in ("power", "weight", "energy", "volume")), key=len, reverse=True)
    return re.compile(r"\d+(?:\.\d+)?(?:[×*]\d+(?:\.\d+)?)?[万亿]?(?:" + "|".join(map(re.escape, sized)) + ")")


FIRST_NAME = re.compile(r"[\u4e00-\u9fff“”]{2,12}")  # 南海作业区: the name the first example opens with


def _in_first_example(before: str, after: str) -> bool:
    """The count stands inside the FIRST of a list of examples: a project verb (``project_set_verbs``, after its adverbs)
    and a name before it, a 、 list after it in its clause whose next member opens with no count, and 等 closing the list
    (全力推进南海作业区3个码头、前詹作业区通用码头、…等项目建设, audit 40b 揭阳: a project's own size; not
    新建5条主干道路、2台热水锅炉…等项目, whose members start with their counts)."""
    closing = after.rfind("等")
    first = after.find("、")
    if not 0 < first < closing or after[first + 1:first + 2].isdigit():
        return False
    opened = _without_adverbs(_without_example_adverb(before))
    bare = without_leads(opened, words()["project_set_verbs"])
    return bare != opened and FIRST_NAME.fullmatch(bare) is not None and not bare.endswith("等")  # 推动A等358个项目开工、B等…: the set's count


def _without_helped_actors(clause: str) -> str:
    """``clause`` after a verb of help and the actors it names up to their 等 (支持企业、高等院校等申建…: 申建…), the verb
    of the actors opening the set; ``clause`` as it is with no such lead (``creation_leads``)."""
    w = words()
    if not clause.startswith(tuple(w["creation_leads"])):
        return clause
    at = [k for v in w["creation_verbs"] if (k := clause.find("等" + v)) >= 0]  # not the 等 of 高等院校
    return clause[min(at) + 1:] if at else clause
