"""A bare measure whose own clause holds only goal words and the measure (产值增长, 占GDP比重, 交易规模, 落实资金, 增收: data/
name_subjects.json ``object_bare_measures``) is of the object the verb of the clause right before it furthers (推进现代能源盘存量挖增量，
产值增长8%以上: 现代能源产值增长; 实施援藏项目124个，落实资金8亿元: 援藏项目落实资金; 实现转移就业6.5万人、增收7亿元: 转移就业增收;
held-out set 68 黔南, 那曲, set 67 日喀则, fix144c), else the name says nothing or reads as the whole place's total. The object is
cut where its last noun head ends (``object_heads``: 现代能源|盘存量挖增量), after the examples before 等 and before a count; a
clause that opens its sentence takes the object of a short sentence of no figure right before it (全力推动工业稳中快进、加快发力。
力争占GDP比重达30%以上: 工业占GDP比重). A clause with no verb of ``object_lead_verbs`` or an object with no head (an idiom, a
place) names nothing: the name is kept. A headline measure (地区生产总值增长) is in no list: it never takes a neighbour's subject."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.name_tails import _alt, _word_set, _words
from govreport.extract.scanner import Token
from govreport.lexicon import name_subjects

HAN: Final = "\u4e00-\u9fff"
CLAUSE_MARKS: Final = "，,；;：:。\n"
PROJECTS: Final = "项目"
COUNT: Final = "数"  # a count's name ends with it (省级命名数)
OPEN_MARKS: Final = "，,、"  # what may stand between the clause before and the figure's own
REACHES: Final = ("达到", "突破", "超过", "达", "超")  # how the measure is reached, no part of it
LOOK_BACK: Final = 2  # clauses of no figure and no object walked back over (…提升工程，拓展更多应用场景，年内交易规模…)
SENTENCE_BEFORE: Final = 24  # a sentence of no figure before the figure's own, short: a run-in aim (全力推动工业稳中快进、加快发力。)
_ONCE: Final[dict[str, re.Pattern[str]]] = {}


def _lead() -> re.Pattern[str]:
    """Optional adverbs, one or more verbs of furthering, the object (up to the clause's end)."""
    found = _ONCE.get("lead")
    if found is None:
        found = _ONCE["lead"] = re.compile(f"(?:{_alt('object_lead_adverbs')})*(?:{_alt('object_lead_verbs')})+([{HAN}“”、（）()]{{2,40}}?)(?:[\\d.]+[^{HAN}]*[{HAN}]{{0,2}}(?:以上|左右)?)?")
    return found


def _own_core(scan: str, lo: int, at: int) -> tuple[str, int]:
    """The figure's own clause from ``lo`` to ``at`` without its goal words and reach verb, and where it opens."""
    own = scan[lo:at]
    opened = lo + len(own) - len(own.lstrip(OPEN_MARKS + " "))
    own = own.lstrip(OPEN_MARKS + " ")
    goals = _words("object_goal_words")
    while own and (goal := next((g for g in goals if own.startswith(g)), "")):
        own = own[len(goal):]
    return next((own[:-len(r)] for r in REACHES if own.endswith(r)), own), opened


def _counted() -> re.Pattern[str]:
    """Goal words, a time of the year, the projects, the stage they reach and their count after it (力争全年钢铜铝下游产业链项目
    建成投产10个): the set counted is the object (``object_count_stages``)."""
    found = _ONCE.get("counted")
    if found is None:
        found = _ONCE["counted"] = re.compile(f"(?:{_alt('object_goal_words')})*([{HAN}“”]{{2,20}}?{PROJECTS})(?:{_alt('object_count_stages')})[\\d.]+个(?:以上|左右)?")
    return found


def _subject(clause: str) -> str:
    """The object ``clause`` furthers, cut where its last noun head ends, or the projects it counts after a stage they reach;
    '' when it has no verb of furthering or no head."""
    lead = _lead().fullmatch(clause)
    if lead is None:
        counted = _counted().fullmatch(clause)
        return _subject_of(counted.group(1)) if counted else ""
    return _subject_of(lead.group(1))


def _subject_of(obj: str) -> str:
    """``obj`` cut where its last noun head ends; '' when it has none, or names a class of projects or a lone head."""
    obj = obj[obj.rfind("等") + 1:] if "等" in obj and not obj.endswith("等") else obj.split("、")[0]  # 文化旅游、农牧业等特色产业…: what follows 等
    obj = obj.replace("“", "").replace("”", "")
    obj = next((obj[:-len(tail)] for tail in _words("industry_clause_tails") if obj.endswith(tail)), obj)  # 新型建材产业转型升级: how it grows
    end = max((k + len(h) for h in _words("object_heads") if (k := obj.rfind(h)) >= 0), default=0)
    if end == 0:
        return ""
    obj = obj[:end]
    if obj.endswith(PROJECTS) and obj[:-len(PROJECTS)].endswith(tuple(name_subjects()["member_project_classes"])):
        return ""  # 引进亿元以上项目520个，到位资金…: a class of projects, all the investment attracted (member_carries.member_programme)
    return obj if len(obj) > 2 or obj in _word_set("object_sector_heads") else ""


def _reached() -> re.Pattern[str]:
    """Goal words, a noun, how it is reached and its figure (规模以上农业龙头企业达到335家以上, 公办率达到46%): a clause of a
    level reached, whose noun owns a bare measure after it or is a sibling bare measure of the same object."""
    found = _ONCE.get("reached")
    if found is None:
        found = _ONCE["reached"] = re.compile(f"(?:{_alt('object_goal_words')})*([{HAN}“”]{{2,20}}?)(?:{'|'.join(REACHES)})[\\d.]+[^{HAN}\\d]*[{HAN}]{{0,2}}?(?:以上|左右)?")
    return found


def reached_owner(clause: str, core: str) -> tuple[str, bool]:
    """(owner, sibling) of a clause of a level reached right before a bare measure ``core``: the owner is its noun when that names a
    body with a head (规模以上农业龙头企业达到335家以上，年销售收入达到480亿元: 规模以上农业龙头企业年销售收入; held-out set 74
    泰安 row 27, fix153e); sibling when its noun is itself a bare measure, which shares the object of the clause before it
    (实施袜艺产业设备数字化改造，注册商标达到400枚以上，产值增长10%: 袜艺产业产值增长; 辽阳 row 30)."""
    reached = _reached().fullmatch(clause)
    if reached is None:
        return "", False
    noun = reached.group(1)
    if noun in _word_set("object_bare_measures") or noun in _word_set("object_sibling_measures"):
        return "", True
    owner = _subject_of(noun) if core in _word_set("object_owned_measures") else ""  # (not 新增产值200亿元以上企业: a class)
    return (owner, False) if owner and owner == noun and noun.endswith(_words("object_owner_heads")) else ("", False)


def object_subject(name: str, scan: str, start: int, lo: int, t: Token) -> str:
    """``name`` of ``t`` (its clause from ``lo``, its sentence from ``start``) put after the object the clause before furthers,
    when ``name`` is a bare measure of ``object_bare_measures`` and its own clause says nothing else; '' otherwise."""
    counted = COUNT if name.endswith(COUNT) and name[:-1].endswith(_words("object_bare_measures")) else ""
    name = name.removesuffix(counted)  # 省级命名数: a count of a bare measure (力争实现省级命名2个, fix146c)
    if not name.endswith(_words("object_bare_measures")):
        return ""
    core, opened = _own_core(scan, lo, t.start)
    if core not in _word_set("object_bare_measures") or not name.endswith(core):
        return ""
    stray = name[:-len(core)]  # 转移增收: a piece of the object the namer kept
    if stray.endswith(_words("object_heads")):
        return ""  # 新型建材产业产值增长: a subject of its own
    at, subject = opened, ""
    if opened > start:
        for _ in range(LOOK_BACK + 1):
            if at <= start or scan[at - 1] not in OPEN_MARKS:
                break
            marks = CLAUSE_MARKS if scan[at - 1] != "、" else CLAUSE_MARKS + "、"
            before = max(max(scan.rfind(m, start, at - 1) for m in marks) + 1, start)
            clause = scan[before:at - 1]
            subject = _subject(clause)
            if subject or not any(c.isdigit() for c in clause):
                at = before
                if subject:
                    break
                continue
            owner, sibling = reached_owner(clause, core)
            subject = owner
            if not sibling:
                break
            at = before  # 注册商标达到400枚以上，产值增长10%: a sibling bare measure, of the same object further back
    elif start > 0 and scan[start - 1] == "。":
        before = max(max(scan.rfind(m, max(0, start - 1 - SENTENCE_BEFORE), start - 1) for m in CLAUSE_MARKS) + 1, start - 1 - SENTENCE_BEFORE)
        clause = scan[before:start - 1]  # 全力推动工业稳中快进、加快发力。力争占GDP比重…: the sentence before, whole and of no figure
        if scan[before - 1:before] in "。\n" and not any(c.isdigit() for c in clause):
            subject = _subject(clause)
    if not subject or (stray and not subject.startswith(stray)) or subject in name:
        return ""
    return subject + core + counted
