"""Plan figures a frame or a class makes no goal (audit 54): a count inside a frame that states the ground a goal
stands on (在办好…12件省定民生实事的基础上, 以实施…20项重大工程为抓手), pilots there are consolidated (巩固…3项…试点成果),
an amount that classes what a count after it counts (分别引进50亿元以上主导产业项目不少于1个), a list of amounts
closed by one 以上 before a noun (50亿元、100亿元以上产业项目), an amount with 以上 right after a count and its
counter (18座120万吨以上…煤矿), and a size in a project's name before 等N个项目 (力劲5000台镁铝轻合金装备等15个项目)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import unit_field, verbs
from govreport.tables.clauses import CLAUSE_END, clause_before
from govreport.tables.figures import Figure, words
from govreport.tables.measures import RATE_UNITS

# …以上主导产业项目不少于1个: the noun after the class, then a count of it in the same clause
# 总投资超2300亿元、年度完成投资315亿元以上的295个重点项目: the year's investment of a set whose total is the member
# before it, a floor of the year, no class of the projects (fix122a, held-out set 54 韶关)
YEARS_SHARE_OF_A_TOTAL = re.compile(r"总投资(?:超过|超|约|近|达|逾)?\d+(?:\.\d+)?[十百千万亿]*元(?:及?以上|左右)?、"
                                    r"(?:年度|当年|年内|今年)(?:计划)?(?:完成)?投资(?:超过|超|约|近|达)?$")
COUNTED_AFTER_CLASS = re.compile(r"(?:及以上|以上)[^，,；;。：:\d、]{1,16}?(?:不少于|不低于|至少|达到|达|超过)?\d+(?:\.\d+)?[个家项所座条批处户]")
COUNT_AND_COUNTER = re.compile(r"\d[个家项所条批处座]$")  # 开工18座120万吨以上…: the count the amount classes
NAMED_PROJECTS = re.compile(r"^[\u4e00-\u9fff“”]{1,16}等\d+个(?:重点)?项目")  # …镁铝轻合金装备等15个项目
# …、500万件高性能医疗器械等项目建设: a member opened by its size, closing a list of projects with no count
LAST_NAMED_PROJECT = re.compile(r"^[\u4e00-\u9fff“”]{1,16}等(?:重点)?项目")
MEMBER_START = re.compile(r"[、，,；;。：:]")
DIGIT = re.compile(r"\d")
ITEM_LEAD = re.compile(r"\d{1,3}[.．、]|[一二三四五六七八九十]{1,3}是|\*\*[^*]{1,8}\*\*")  # 5.对, 七是对: an item's number before 对
OBJECT_REACH = 12  # how far after the count the head of the set worked on may stand (亿元以上企业)
SIZE_KINDS = ("area", "length", "weight", "power", "energy", "volume")  # a project's own size (classing.SIZE_KINDS)


@cache
def _frames() -> tuple[tuple[str, str], ...]:
    """Openings and closings of a frame stating the ground of a goal (``tables_words.json:ground_frames``)."""
    return tuple((a, b) for a, b in words()["ground_frames"])


def framed_count(fig: Figure) -> str:
    """Why a count is the ground a goal stands on, not a goal ('' when it is not): its clause opens the frame
    (在…, 以…) and closes it after the figure (…的基础上, …为抓手), or it numbers what is consolidated (巩固…成果; an area
    too: 巩固提升57.2万亩…禁牧、…148.9万亩草畜平衡成果, held-out audit 48; 持续巩固…面积420万亩以上 has no 成果 and stays)."""
    kind = unit_field(fig.unit, "kind")
    if kind != "count" and kind != "area":
        return ""
    clause = fig.clause_before
    after = CLAUSE_END.split(fig.after, maxsplit=1)[0]
    if kind == "area":
        w = words()
        whole = CLAUSE_END.split(fig.before)[-1]  # the list's clause: its verb may stand before an earlier member
        kept = any(v in whole for v in w["consolidated_verbs"]) and after.endswith(tuple(w["consolidated_results"]))
        return "an area whose results are consolidated (巩固提升57.2万亩…禁牧成果), not an amount to produce" if kept else ""
    for opening, closing in _frames():
        if opening in clause and closing in after and not clause[clause.find(opening) + len(opening):].startswith(tuple(words()["ground_frame_build_verbs"])):
            return "the ground a goal stands on (在办好…12件民生实事的基础上, 以实施…20项重大工程为抓手), not a goal"
    if _object_of_work(clause, after):
        return "the set the work is done on, the object of 对 (对600家亿元以上企业开展梯次培育), not an amount to produce"
    w = words()
    if any(v in clause for v in w["consolidated_verbs"]) and after.endswith(tuple(w["consolidated_results"])):
        return "what there is, consolidated (巩固…3项“国字号”试点成果), not an amount to produce"
    return ""


@cache
def _object_frames() -> tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    """The clause a count of the set worked on follows (对, 对全市), the heads of such sets (企业, 项目) and the ongoing
    work done on them (梯次培育, 动态管理): ``tables_words.json:object_sets``."""
    data = words()["object_sets"]
    opening = "|".join(map(re.escape, data["openings"]))
    places = "|".join(map(re.escape, data["places"]))
    return re.compile(f"(?:{ITEM_LEAD.pattern})?(?:{opening})(?:{places})?"), tuple(data["nouns"]), tuple(data["works"])


def _object_of_work(clause: str, after: str) -> bool:
    """Whether a count is the object of 对 opening its clause, with firms or projects for its head noun and ongoing work
    on a set after them, or none in the clause (对600家亿元以上企业开展梯次培育, 对47个项目挂图作战): the firms or projects
    there are, worked on (held-out set 71 宜春 row 16); not households or people served (对1000户…家庭实施适老化改造),
    nor firms given a service (对35家规上工业企业开展数字化诊断, audit 31 TM24#22): those stay goals."""
    if "对" not in clause:  # cheap gate
        return False
    pattern, nouns, works = _object_frames()
    if not pattern.fullmatch(clause):
        return False
    found = min(((i, n) for n in nouns if (i := after.find(n)) >= 0), default=(-1, ""))
    head, noun = found
    if not 0 <= head <= OBJECT_REACH or DIGIT.search(after[:head]):
        return False
    work = after[head + len(noun):]
    return not work or any(w in work for w in works)  # (对35家规上工业企业开展数字化诊断: a service given, a goal)


def class_threshold(fig: Figure) -> str:
    """Why an amount classes what a count or a noun after it stands for ('' when it does not)."""
    kind = unit_field(fig.unit, "kind")
    if kind == "count" or fig.unit in RATE_UNITS or not fig.unit:
        return ""
    after = fig.after
    if COUNTED_AFTER_CLASS.match(after) and not YEARS_SHARE_OF_A_TOTAL.search(fig.before):
        return "a class of what the count after it counts (引进50亿元以上…项目不少于1个), not a goal"
    # (the pattern opens with 、, which follows few figures: the others build no pattern)
    if after.startswith("、") and re.match(r"(?:、[\d.]+[十百千万亿]*" + re.escape(fig.unit) + r")+(?:及以上|以上|以下)(?![的并和且或等])[\u4e00-\u9fff]", after):
        return "size classes of one list closed by 以上 before a noun (50亿元、100亿元以上产业项目), not a goal"
    if after.startswith(("以上", "及以上", "以下")) and COUNT_AND_COUNTER.search(fig.before):
        return "a threshold that classes the count before it (开工18座120万吨以上…煤矿), not a goal"
    return ""


def size_in_project_name(fig: Figure) -> str:
    """Why a figure is a size inside one named member of a 、 list of projects closed by 等N个项目 ('' when it is
    not): a name right before it (no verb), its noun after it, no other figure up to 等."""
    before, after = fig.before, fig.after
    start = max(m.end() for m in MEMBER_START.finditer(before)) if MEMBER_START.search(before) else 0
    name = before[start:]
    if not name and before.endswith("、") and LAST_NAMED_PROJECT.match(after) and fig.unit not in words()["member_counters"] \
            and unit_field(fig.unit, "kind") == "count":  # (…、3个街心公园等项目 counts the parks)
        return "the size in a project's name, the last of a list closed by 等项目 (…、500万件高性能医疗器械等项目建设), not a goal"
    if not name and before.endswith("、") and LAST_NAMED_PROJECT.match(after) and unit_field(fig.unit, "kind") in SIZE_KINDS \
            and not DIGIT.search(clause_before(before)):  # 推进阳平铁路物流基地二期、30万平方米标准化厂房等项目建设 (held-out audit 44 宝鸡 G4)
        return "the size in a project's name, the last of a list closed by 等项目 whose members open with no count, not a goal"
    if staged_project_name(name, after):
        return "the size in a project's name, between a stage, an owner and a build verb before 等N个项目 (竣工…迁建10万辆商用车等122个项目), not a goal"
    if not name or not "\u4e00" <= name[-1] <= "\u9fff" or "、" not in before[-60:]:
        return ""
    if not NAMED_PROJECTS.match(after):  # (first: it rarely matches, the ends below are every verb)
        return ""
    if name.endswith(tuple(verbs()) + ("达", "到", "至", "超", "新增", "装机", "规模", "容量", "产能")):
        return ""
    return "the size in a project's name, one of a list closed by 等N个项目 (力劲5000台镁铝轻合金装备等15个项目), not a goal"


def staged_project_name(name: str, after: str) -> bool:
    """The clause opens with a stage of work (竣工, 新开工, 续建: ``start_words``, ``completion_words``, ``continued_words``), names
    an owner and closes with a build verb (``listed_build_verbs``: 迁建) right before the figure, whose noun runs into 等N个项目:
    the figure sizes the one project named (竣工…柳汽迁建10万辆商用车等122个项目), as a label does (held-out set 87, fix170j).
    A build verb right after the stage (竣工新建…) names no project and stays."""
    if not NAMED_PROJECTS.match(after):
        return False
    w = words()
    build = next((b for b in w["listed_build_verbs"] if name.endswith(b)), "")
    stages = sorted(("新" + s for s in w["start_words"]), key=len, reverse=True) + w["start_words"] + w["completion_words"] + w["continued_words"]
    stage = next((s for s in stages if name.startswith(s)), "")
    owner = name[len(stage):len(name) - len(build)]
    return bool(build and stage) and len(owner) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in owner)
