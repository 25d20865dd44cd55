"""Sets and stocks the plan holds and works on, not amounts to produce (docs/assumptions.md#which-figures-are-targets;
held-out audit 40, fix101b): designated sets attended to (抓好4个省级化工园区), projects the count's noun says are under way
(推进28个盐碱地治理在建项目), a stock moved toward a form (带动23万亩庭院经济向规模化…提升), every member of a set given a thing
(实现主城区26个街道均有…示范点), effort raised on a set (加大…等4个资源基地勘查力度), a package refined (细化…56项改革事项),
an action's own task list (实施…行动，完成30项工作任务), the plan's indicators in classes (5大类21项目标) and the design size of
a project only started (启动实施…灌区工程，新增灌溉面积18.8万亩), sets whose running is managed (…54个…试点项目的运营管理, held-out set 65),
the set each leader is paired with (市领导挂钩联系24条优势产业链), a set a higher level hands down (承接好…8项省级行政职权; fix172g)
and a list of items pushed forward (合力推进四个领域、29项合作事项; fix174b). Word lists: ``tables_words.json`` held_sets."""
from __future__ import annotations

import re
from typing import Any

from govreport.lexicon import clause_breaks, unit_field, verbs
from govreport.tables.clauses import clause_before, last_mark, without_leads
from govreport.tables.figures import Figure, words
from govreport.tables.named_labels import quoted_formulas
from govreport.tables.scoping_figures import own_clause_after

DIGIT = re.compile(r"\d")
NAMED_RUN = re.compile(r"(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}")  # 大安、通榆: members named one by one, no 等
# 九里独立工矿区改造、庞庄采煤沉陷区治理: longer named members, read only where the count equals them (held-out set 86)
LONG_NAMED_RUN = re.compile(r"(?:[\u4e00-\u9fff]{1,12}、)+[\u4e00-\u9fff]{1,12}")
TOWARD = re.compile(r"[\u4e00-\u9fff“”]{1,10}?向[\u4e00-\u9fff、“”]{2,24}")  # 庭院经济向规模化、特色化、市场化提升
CLASSES_BEFORE = re.compile(r"\d+大类$")  # 5大类21项目标: the plan's indicators in classes
COUNTED_MEMBERS = re.compile(r"(?:\d+个[^、，,；;。\d]{1,12}、)*")  # 2个“国家级”、: the list's members before this count
COUNTED_RUN = re.compile(r"(?:[\d一二三四五六七八九十两]+[个项条类][^、，,；;。\d]{1,10}、)*")  # 四个领域、: counted members before
WHOLE_BREAKS = "，,；;。：:！？!?\n"
MEMBER_NOUN = re.compile(r"\d+个([^、，,；;。\d]{1,12})、")  # one earlier member's noun (2个“国家级”、 -> “国家级”)


def _w() -> dict[str, Any]:
    return words()["held_sets"]


def held_set(fig: Figure) -> str:
    """Why ``fig`` is a set or a stock the plan holds rather than an amount to produce ('' when it is not)."""
    kind = unit_field(fig.unit, "kind")
    w = _w()
    clause = clause_before(fig.before)
    rest = own_clause_after(fig)
    bare = _without_adverbs(clause)
    member = rest.split("、")[0]  # 完成30项工作任务、落实65项具体措施: the count's own member of a list
    if DIGIT.search(member) or DIGIT.search(rest) and member == rest:
        return ""
    if kind == "count" and rest.endswith(tuple(words()["yield_of_set_ends"])):  # (held-out set 63 阜新, fix136b)
        return "the things whose yield is raised (持续增加860项扶贫（衔接）资产收益), the set there is, not an amount to produce"
    if kind == "count" and _tended(bare, rest, w):
        return "a designated set attended to (抓好4个省级化工园区), not an amount to produce"
    if kind == "count" and clause.endswith(tuple(w["paired_verbs"])):
        return "the set each leader is paired with (市领导挂钩联系24条优势产业链), a mechanism's set, not an amount to produce"
    if kind == "count" and _taken_over(bare, rest, w):
        return "what a higher level hands down, taken over (承接好…的8项省级行政职权), not an amount to produce"
    if kind == "count" and _operated(member, w):
        return "a set there is whose running is managed (抓好…54个…试点项目的运营管理), not an amount to produce"
    if kind == "count" and bare in w["pivot_verbs"] and rest.endswith(tuple(w["project_ends"])) \
            and any(e in rest for e in words()["existing_words"]):
        return "projects the count's noun says are under way (推进28个盐碱地治理在建项目), not an amount to produce"
    if bare in w["pivot_verbs"] and (m := TOWARD.fullmatch(rest)) and m.group().endswith(tuple(w["toward_ends"])):
        return "a stock moved toward a form (带动23万亩庭院经济向规模化…提升), not an amount to produce"
    if kind == "count" and (at := min((k for e in w["every_has"] if (k := rest.find(e)) > 0), default=-1)) > 0 \
            and at <= 8 and rest[at:].startswith(tuple(w["every_has"])):
        return "every member of a set given a thing (26个街道均有…示范点), the set covered, not an amount to produce"
    if kind == "count" and bare.startswith(tuple(w["effort_verbs"])) and rest.endswith(tuple(w["effort_ends"])):
        return "a set whose effort is raised (加大…等4个资源基地勘查力度), not an amount to produce"
    if kind == "count" and clause.startswith(tuple(w["refine_verbs"])):
        return "a package the plan refines (细化…56项改革事项), not an amount to produce"
    if kind == "count" and bare in words()["task_verbs"] and member in w["action_tasks"] and _after_an_action(fig, w):
        return "an action's own task list (实施…行动，完成30项工作任务), not an amount to produce"
    if kind == "count" and CLASSES_BEFORE.search(clause) and rest in w["indicator_nouns"]:
        return "the plan's own indicators in classes (5大类21项目标), not an amount to produce"
    if kind == "count" and (_carried_pilots(bare, rest, w) or _carried_zones(bare, rest, w)):
        return "pilots or designated zones held and carried on (深入推进2个“国家级”、3个“省级”试点单位建设), the list's size, not an amount to produce"
    if kind == "count" and _label_repeats(fig, rest):
        return "a count a quoted “N+M” label of its clause repeats (11个产业集聚区、…“11+2”载体平台), a held set"
    if kind == "count" and _named_run_worked(bare, fig, w):
        return "the size of a 、 list of named members a verb of carrying on works on (推进甲、乙、丙3个示范县建设), not an amount to produce"
    if kind == "count" and _named_list_size(clause, fig, w):
        return "the size of a 、 list of named members right before it (甲花生、乙黄牛2个…产业园), not an amount to produce"
    if kind == "count" and _pushed_items(fig, rest, w):
        return "the size of a list of items pushed forward (合力推进四个领域、29项合作事项), not an amount to produce"
    if _started_project_size(fig, clause, w):
        return "the design size of a project only started (启动实施…灌区工程，新增灌溉面积18.8万亩), not an amount of the year"
    return ""


def _pushed_items(fig: Figure, rest: str, w: dict[str, Any]) -> bool:
    """A count whose clause ends on items of a list (``listed_items``: 合作事项, 改革事项) under only a pushing verb
    (``item_push``: 推进, after 合力 or 加快), counted members before it (四个领域、) and no year word: the size of the
    agreed list worked on (合力推进四个领域、29项合作事项, 加快推进18个重点领域改革事项; held-out set 91 通辽); a finishing
    verb after the items (…事项落地) or 完成 before them keeps the goal."""
    whole = fig.before[last_mark(fig.before, WHOLE_BREAKS) + 1:]
    bare = without_leads(whole, w["item_push"]["leads"])
    verb = next((v for v in w["item_push"]["verbs"] if bare.startswith(v)), "")
    return bool(verb) and "年" not in whole and rest.endswith(tuple(w["listed_items"])) \
        and "、" not in rest and COUNTED_RUN.fullmatch(bare[len(verb):]) is not None


def _without_adverbs(clause: str) -> str:
    """The clause without its leading adverbs (全力抓好 -> 抓好, 高质量推进 -> 推进)."""
    return without_leads(clause, (*words()["scope_adverbs"], *words()["example_set_adverbs"]))


def _tended(bare: str, rest: str, w: dict[str, Any]) -> bool:
    """抓好 right before the count, or before members named one by one (抓好大安、通榆2个…), and the count's noun a
    designated set closing the clause (园区, 试点项目, 示范工程: ``tended_ends``): the set there is, attended to (抓好11个
    煤层气地面开采项目 and 抓好9个化工园区整治提升 stay goals)."""
    verb = next((v for v in w["tending_verbs"] if bare.startswith(v)), "")
    named = bare[len(verb):]
    return bool(verb) and (not named or NAMED_RUN.fullmatch(named) is not None) and rest.endswith(tuple(w["tended_ends"]))


def _taken_over(bare: str, rest: str, w: dict[str, Any]) -> bool:
    """承接好 opening the clause (``taken_over_verbs``: 承接好下放华侨试验区的8项省级行政职权), or 承接 with 下放 in the clause
    (``handed_down_words``: 承接679项自治区下放事项): a set a higher level hands down, taken over as it is (held-out set 90 汕头
    row 7, fix172g); 承接京津冀产业转移项目49个 names nothing handed down and stays a goal."""
    return bare.startswith(tuple(w["taken_over_verbs"])) \
        or bare.startswith(w["taken_over_lead"]) and any(d in bare + rest for d in w["handed_down_words"])


def _operated(member: str, w: dict[str, Any]) -> bool:
    """The count's list member closes with a designated set and 的 + its running managed (54个…试点项目的运营管理,
    ``operated_ends``, held-out set 65): the sets exist already, their operation is the work, no amount to produce."""
    end = next((e for e in w["operated_ends"] if member.endswith(e)), "")
    return bool(end) and member[:-len(end)].endswith((*w["tended_ends"], *w["project_ends"]))


def _after_an_action(fig: Figure, w: dict[str, Any]) -> bool:
    """The clause before the figure's own opens with a verb of carrying out and ends in an action (实施…深化提升行动):
    the tasks counted are that action's list."""
    before = fig.before
    cut = last_mark(before, clause_breaks())
    if cut < 0:
        return False
    prior = before[last_mark(before[:cut], clause_breaks()) + 1:cut]
    return prior.startswith(tuple(w["action_verbs"])) and prior.endswith(tuple(w["action_ends"]))


def _started_project_size(fig: Figure, clause: str, w: dict[str, Any]) -> bool:
    """A clause opened by 新增 + a benefit (灌溉面积, ``benefit_nouns``) right after a clause that only starts one project
    (启动实施扶余骏平灌区工程: ``start_verbs``, a project end, no figure): the project's design size, not the year's."""
    if not clause.startswith("新增") or not clause[2:].startswith(tuple(w["benefit_nouns"])):
        return False
    before = fig.before
    cut = len(before) - len(clause) - 1
    if cut < 0:
        return False
    prior = before[last_mark(before[:cut], clause_breaks()) + 1:cut]
    return prior.startswith(tuple(w["start_verbs"])) and prior.endswith(tuple(w["project_ends"])) and not DIGIT.search(prior)


def _carried_pilots(bare: str, rest: str, w: dict[str, Any]) -> bool:
    """Counts of pilots (a 、 list of N个 members closing on ``pilot_ends``) governed only by a verb of carrying on
    (``carry_on_verbs``: 深入推进2个“国家级”、3个“省级”试点单位建设; held-out set 77 荆门): the pilots the place holds; a verb of
    creating (创建, 争创, 新增, 获批) makes a goal and never opens the clause here."""
    verb = next((v for v in w["carry_on_verbs"] if bare.startswith(v)), "")
    return bool(verb) and COUNTED_MEMBERS.fullmatch(bare[len(verb):]) is not None and rest.endswith(tuple(w["pilot_ends"]))


def _carried_zones(bare: str, rest: str, w: dict[str, Any]) -> bool:
    """Counts of zones whose own member opens on a designation level (``designation_levels``: 国家级, 省级) and whose list
    closes on a designated zone (``designated_zone_ends``, 建设 after it optional) under only a verb of carrying on
    (扎实推进1个国家级特优区、4个省级特优区、3个省级现代农业产业园建设; held-out set 80 白山): the designations are held
    already, so the count sizes the set worked on; with no level (推进5个三产融合产业园区建设) the count stays a goal, and so
    does a level member after one with none (抓好7个蔬菜产业示范县、40个省级蔬菜示范区建设: held-out set 83, the list is work to do)."""
    verb = next((v for v in w["carry_on_verbs"] if bare.startswith(v)), "")
    levels = tuple(w["designation_levels"])
    return bool(verb) and COUNTED_MEMBERS.fullmatch(bare[len(verb):]) is not None \
        and all(m.lstrip("“\"").startswith(levels) for m in MEMBER_NOUN.findall(bare[len(verb):])) and rest.split("、")[0].startswith(levels) \
        and rest.removesuffix("建设").endswith(tuple(w["designated_zone_ends"]))


def _label_repeats(fig: Figure, rest: str) -> bool:
    """The count opens a quoted “N+M” label later in its clause (11个产业集聚区、…5G智慧产业园“11+2”载体平台建设; held-out
    set 77 驻马店): the label names the set the place holds, so the count is its size."""
    pair = next((members for members in quoted_formulas(rest) if len(members) == 2), None)
    return pair is not None and fig.value is not None and fig.value_high is None and fig.value == pair[0]


def _named_list_size(clause: str, fig: Figure, w: dict[str, Any]) -> bool:
    """A count right after a clause that only names its members one by one, as many as the count, inside a run of sets
    attended to (抓好…示范园，正阳花生、泌阳夏南牛2个国家现代农业产业园; held-out set 77 驻马店): the list's size. A verb before the
    names (加快A、B5座…竣工验收, 构建A、B3条…带) or a clause not under ``tending_verbs`` keeps the goal (287 texts read)."""
    if NAMED_RUN.fullmatch(clause) is None or clause.startswith(tuple(verbs())) or fig.value_high is not None:
        return False
    before = fig.before[:len(fig.before) - len(clause)]
    if not before.endswith(("，", ",")):
        return False
    prior = _without_adverbs(clause_before(before[:-1]))
    return prior.startswith(tuple(w["tending_verbs"])) and fig.value == clause.count("、") + 1


def _named_run_worked(bare: str, fig: Figure, w: dict[str, Any]) -> bool:
    """A verb of carrying on (``named_run_verbs``: 推进, 抓好) right before members named one by one, exactly as many as the
    count in 个 (推进甲、乙、丙、丁4个国家级…示范县建设; held-out set 84 延边, fix165d; 抓好甲沿线、乙老区2个…重点片区的综合开发,
    抓好甲工矿区改造、乙沉陷区治理2个国家级项目: set 86, members up to 12 characters, then not closed by 等: 推动甲一期二三阶段、
    乙二期等4个…项目投产 stays as it was): the named set is worked on, the count
    only sizes it; a verb of making (创建, 新建) is no such verb, and a count that differs from the names stays a goal."""
    verb = next((v for v in w["named_run_verbs"] if bare.startswith(v)), "")
    named = bare[len(verb):]
    listed = NAMED_RUN.fullmatch(named) is not None or not named.endswith("等") and LONG_NAMED_RUN.fullmatch(named) is not None
    return bool(verb) and fig.unit == "个" and fig.value_high is None and listed and fig.value == named.count("、") + 1
