"""A figure whose own clause names no subject takes the one its sentence states before it (held-out set 91, fix174c):

- a clause of only manner words and a verb (每年稳定汇聚200人左右) after an opening clause whose subject is followed by a
  verb of focus (柔性引才紧紧围绕医疗、…等领域): that subject is counted (柔性引进人才数), the manner words and verb left out;
- a trade's bare measure (交易额增长20%) after a clause whose object is an economy or industry, or the zone it gathers in
  (建设具有示范效应的平台经济集聚区): that economy's measure (平台经济交易额增长);
- a 、 member that is a stage verb alone (开工126项、续建314项、竣工111项) after a member that is one too: the shared
  subject the member before was named with and the member's own verb (…重大项目竣工数, not 开工续建竣工数).
Without these the name is the clause's bare words, which say nothing of whose they are. Words: data/topic_subjects.json."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.indicators import add_measure
from govreport.extract.predicates import count_verb
from govreport.lexicon import name_words, read_json, unit_field, verbs
from govreport.report.chars import last_of

PART_MARKS: Final = "，,；;。\n"
OPENING_MARKS: Final = "；;。\n"
PEOPLE: Final = ("people",)
MEMBER_ENDS: Final = "，,。；;、\n"  # what follows a member's count that has no noun of its own after it ('' at the text's end)
PART_OF: Final = "中"  # a whole's measure and 中 (…计划投资中新开工数, from 其中): the part is of the whole's things
STAGE_LONGEST: Final = 4  # the longest stage verb closing a member's subject looked for (建成投运)


@cache
def _data() -> dict[str, tuple[str, ...]]:
    """data/topic_subjects.json's word lists, longest first, read once."""
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in read_json("topic_subjects.json").items()
            if not k.startswith("_") and isinstance(v, list)}


@cache
def _contracted() -> dict[str, str]:
    return dict(read_json("topic_subjects.json")["contracted"])


@cache
def _framed() -> re.Pattern[str]:
    """A part's opening subject, an optional adverb and a verb of focus (柔性引才紧紧围绕)."""
    d = _data()
    return re.compile(f"([\u4e00-\u9fff]{{2,8}}?)(?:{'|'.join(d['frame_adverbs'])})?(?:{'|'.join(d['frame_verbs'])})")


def _bare_verb(clause: str) -> bool:
    """Whether ``clause`` is manner words and one verb (每年稳定汇聚), nothing named."""
    at, manners = 0, _data()["manners"]
    while word := next((w for w in manners if clause.startswith(w, at)), ""):
        at += len(word)
    own = clause[at:]
    return at > 0 and bool(own) and (own in _data()["gather_verbs"] or verbs().get(own) in ("heavy", "action"))


def opening_subject(name: str, scan: str, s_start: int, lo: int, t_start: int, unit: str) -> str:
    """The name of a count of people whose clause is manner words and a verb alone, from the subject that opens the part of
    the sentence right before it (柔性引才紧紧围绕…等领域，每年稳定汇聚200人左右 -> 柔性引进人才数); ``name`` otherwise."""
    if unit_field(unit, "kind") not in PEOPLE or lo <= s_start or scan[lo - 1:lo] not in "，," or not _bare_verb(scan[lo:t_start]):
        return name
    opening = max(last_of(scan, OPENING_MARKS, lo - 1) + 1, s_start)
    if last_of(scan, "，,", lo - 1) >= opening or any(c.isdigit() for c in scan[opening:lo]):
        return name  # (only the clause right after the part's opening clause, which holds no figure)
    framed = _framed().match(scan, opening, lo - 1)
    if framed is None:
        return name
    subject = framed.group(1)
    for short, whole in _contracted().items():
        subject = subject.replace(short, whole)
    return subject + "数" if subject.endswith(_data()["people_nouns"]) else add_measure(subject, unit)


def trade_subject(name: str, scan: str, s_start: int, lo: int) -> str:
    """A trade's bare measure (交易额增长) after a clause with no figure whose object, after its last 的 and without the zone
    it gathers in, is an economy or industry (建设具有示范效应的平台经济集聚区 -> 平台经济交易额增长); ``name`` otherwise."""
    if not name.startswith(_data()["trade_measures"]) or lo <= s_start or scan[lo - 1:lo] not in "，,":
        return name
    before = max(last_of(scan, PART_MARKS, lo - 1) + 1, s_start)
    clause = scan[before:lo - 1]
    verb = count_verb(False).match(clause)
    if verb is None or any(c.isdigit() or c in "、和及" for c in clause):
        return name
    obj = clause[clause.rfind("的") + 1:] if "的" in clause else clause[verb.end():]
    obj = obj.removesuffix(next((w for w in _data()["zone_tails"] if obj.endswith(w)), ""))
    return obj + name if len(obj) >= 4 and obj.endswith(_data()["trade_heads"]) and obj not in name else name


def _stage(word: str) -> bool:
    return word in name_words("stage_verb") or word in name_words("result") or count_verb(False).fullmatch(word) is not None


def stage_member(name: str, scan: str, lo: int, t_start: int, t_end: int, unit: str, before: tuple[str, int, int, str] | None) -> str:
    """A 、 member that is a stage verb alone (、竣工111项) right after a member that ends with one too (、续建314项, 全市城镇污水处理厂开工4座, named
    ``before``: its name, start, end, unit): the subject the member before was named with and this member's verb
    (市级层面…重大项目建设续建数 -> 市级层面…重大项目竣工数), where the name lost that subject or glues the verb before to
    its own (the verb before in it, or only verbs); ``name`` otherwise."""
    if before is None or before[3] != unit or lo != before[2] or scan[lo:lo + 1] != "、" or not _stage(own := scan[lo + 1:t_start]) \
            or scan[t_end:t_end + 1] not in MEMBER_ENDS:
        return name  # (续建6条、开工6条总长237公里地铁线路: the member's own noun after it)
    back = last_of(scan, PART_MARKS + "、", before[1]) + 1
    said = scan[back:before[1]]  # (the first member's clause holds the subject too: 全市城镇污水处理厂开工4座)
    mine = next((said[-k:] for k in range(STAGE_LONGEST, 1, -1) if len(said) >= k and _stage(said[-k:])), "")
    measure = unit_field(unit, "measure")
    core = before[0].removesuffix(measure) if measure else before[0]
    if not mine or not core.endswith(mine) or len(core) - len(mine) < 2:
        return name
    subject = _stages_dropped(core[:-len(mine)])
    lost = mine in name.replace(own, "", 1) or _stage(name.removesuffix(measure) if measure else name)  # 城镇污水处理厂开工续建数: the verb before glued on
    return add_measure(subject + own, unit) if subject and lost else name  # (十亿元以上项目年内落地100个、开工40个: its own name kept)


def _stages_dropped(subject: str) -> str:
    """``subject`` without the stage verbs closing it (城镇污水处理厂开工 -> 城镇污水处理厂: the first member's verb glued on;
    …重大项目建设 -> …重大项目; 重大产业项目计划投资中 -> 重大产业项目, the money measure of the whole before 其中); '' where nothing else is left (新开工: a member's verb, no subject)."""
    k = STAGE_LONGEST
    while k >= 2:
        if len(subject) - k >= 2 and _stage(subject[-k:]):
            subject, k = subject[:-k], STAGE_LONGEST
        else:
            k -= 1
    whole = next((w for w in _data()["whole_measures"] if subject.endswith(w + PART_OF) and len(subject) - len(w) - 1 >= 2), "")
    subject = subject[:-len(whole) - 1] if whole else subject  # 重大产业项目计划投资中: the projects, not their investment
    return "" if _stage(subject) or len(subject) < 2 else subject
