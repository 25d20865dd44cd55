"""Bare names that take their subject from elsewhere in their sentence (held-out set 80, fix160c). The reader names a figure
from its own clause, and some clauses hold only a measure: 确保毛入学率达到94% after 提升高中阶段教育普及水平, 完成改造…187万
平方米 after 加大老旧小区改造力度, 转化率达到30% after 新谋划…项目280个. Such a name reads as a city-wide measure (and misses
its baseline), so it takes the subject of the clause before (高中阶段教育毛入学率, 老旧小区改造面积, 新谋划…项目转化率), the
head noun its examples share (…人民医院、…中医院等8个项目建设: 医院项目建设数), the purpose after a bare fund (引导资金鼓励
青少年参与冰雪活动), the object of its sentence's own work clause (深化…综合治理，…启动12个治理项目) or, for an area after
提升X, the measure (提升土壤质量10万亩: 土壤质量提升面积), or the subject of the 、 list member before it (原油产量…、加工量:
原油加工量). Only names exactly that bare are touched. Words:
data/bare_subjects.json."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import read_json, trie_pattern, unit_field, verbs
from govreport.report.chars import last_of

COMMAS: Final = "，,"
MARKS: Final = "，,；;。：:"
RUN: Final = "[\u4e00-\u9fff]"


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """data/bare_subjects.json's word lists, read once."""
    return {k: tuple(v) for k, v in read_json("bare_subjects.json").items() if not k.startswith("_")}


@cache
def _alternation(kind: str) -> str:
    """The words of ``kind`` as one pattern, longest first (lexicon.trie_pattern), built once."""
    return trie_pattern(list(_words()[kind]))


@cache
def _framed() -> re.Pattern[str]:
    """A clause of no figure that steps up the effort on a subject: 提升X普及水平, 加大X力度."""
    return re.compile(f"(?:{_alternation('lead_verbs')})({RUN}{{2,10}}?)(?:{_alternation('frame_ends')})")


def _clause_before(scan: str, s_start: int, t_start: int) -> tuple[int, str]:
    """(where the figure's own comma clause starts, the comma clause before it in the sentence); (-1, '') if none."""
    own = last_of(scan, MARKS, t_start) + 1
    if own - 1 <= s_start or scan[own - 1:own] not in COMMAS:
        return -1, ""
    lo = max(s_start, last_of(scan, MARKS, own - 1) + 1)
    return own, scan[lo:own - 1]


def _framed_subject(name: str, before: str, unit: str) -> str:
    """A bare rate, or a bare work verb + measure (改造面积), with the subject of a framed clause before it."""
    framed = _framed().fullmatch(before)
    if framed is None:
        return name
    subject = framed.group(1)
    if name in _words()["bare_rates"]:
        return subject + name
    measure = unit_field(unit, "measure")
    verb = name[:-len(measure)] if measure and name.endswith(measure) else ""
    return subject + measure if verb in _words()["bare_verbs"] and subject.endswith(verb) and len(subject) > len(verb) + 1 else name


def _examples_head(name: str, own: str) -> str:
    """A bare project count after examples (A医院、B医院等8个项目) with the head noun its examples share."""
    if not name.startswith(_words()["project_heads"]) or not own.endswith("等"):
        return name
    parts = own[:-1].split("、")
    if len(parts) < 2 or any(not re.fullmatch(f"{RUN}+", p) for p in parts):
        return name
    shared = 0
    while shared < min(map(len, parts)) and len({p[-1 - shared] for p in parts}) == 1:
        shared += 1
    head = parts[0][len(parts[0]) - shared:]
    return head + name if shared >= 2 and shared < min(map(len, parts)) else name


def _fund_purpose(name: str, scan: str, t_end: int) -> str:
    """A bare fund (引导资金) with the purpose the verb right after it states (鼓励青少年参与冰雪活动), a comma between allowed
    (安排4000万元专项资金，鼓励发展乡村旅游: held-out set 84 延边, fix165d)."""
    if name not in _words()["fund_nouns"] or not scan.startswith(name, t_end):
        return name
    use = re.match(f"[{COMMAS}]?(?:{_alternation('purpose_verbs')})({RUN}{{2,14}})(?=[{MARKS}]|$)", scan[t_end + len(name):t_end + len(name) + 20])
    return use.group(1) + name if use else name


def _work_object(name: str, scan: str, s_start: int, own: int) -> str:
    """A bare N个X项目 count (启动治理项目数) with the object of the sentence's own X clause (深化Y综合治理: Y综合治理项目)."""
    bare = re.fullmatch(f"({RUN}{{0,4}}?)({_alternation('work_stems')})(项目数)", name)
    if bare is None or own < 0:
        return name
    stem = bare.group(2)
    ends = [m.start() for m in re.finditer(f"{stem}(?=[{COMMAS}])", scan[s_start:own])]  # a clause the work closes
    at = s_start + ends[-1] if ends else -1
    run = re.search(f"{RUN}{{2,12}}$", scan[max(s_start, at - 12):at]) if at > s_start else None
    if run is None:
        return name
    whole = run.group(0)
    leads = [w for w in list(verbs()) + list(_words()["lead_verbs"]) if len(w) >= 2]
    start = max((i for i in range(len(whole)) if any(whole[:i].endswith(v) for v in leads)), default=0)
    subject = whole[start:]
    return bare.group(1) + subject + stem + bare.group(3) if start and len(subject) >= 2 else name


def _raised_area(name: str, unit: str) -> str:
    """An area after 提升X (提升土壤质量10万亩) named as X's 提升面积."""
    measure = unit_field(unit, "measure")
    verb = next((v for v in _words()["raised_verbs"] if name.startswith(v)), "")
    if unit_field(unit, "kind") != "area" or not verb or not measure or name.endswith(measure) or len(name) - len(verb) < 2:
        return name
    return name[len(verb):] + verb + measure


def _listed_subject(name: str, scan: str, t_start: int, prev: tuple[str, int] | None) -> str:
    """A bare measure (加工量) right after 、 and the figure before it, whose name is a subject and a bare measure (原油产量):
    the list's subject is shared (原油加工量); the bare name would read as a city-wide measure and miss its baseline."""
    bare = _words()["list_measures"]
    if prev is None or name not in bare or scan[prev[1]:t_start] != "、" + name:
        return name
    measure = next((m for m in bare if prev[0].endswith(m)), "")
    subject = prev[0][:len(prev[0]) - len(measure)] if measure else ""
    return subject + name if len(subject) >= 2 and re.fullmatch(f"{RUN}+", subject) else name


@cache
def _topic_heads() -> tuple[tuple[str, str], ...]:
    """data/bare_subjects.json ``topic_heads``: (head of a sentence's opening topic, the bare word a name opens with for it)."""
    return tuple((h, b) for h, b in read_json("bare_subjects.json")["topic_heads"])


def _opening_topic(name: str, scan: str, s_start: int, t_start: int) -> str:
    """A name opening with a bare generic word (产业占比提高, 集群规模) in a sentence that opens with a noun-phrase topic ending
    in that word's head (非钢产业要…, 装备制造产业集群，…): the topic's (非钢产业占比提高); the bare name reads as the whole
    economy's and several clusters' goals share one name. A topic that opens with a verb (发展X产业) is a task, not a subject."""
    for head, bare in _topic_heads():
        if not name.startswith(bare) or len(name) <= len(bare):
            continue
        topic = re.match(f"({RUN}{{2,8}}?{head})(?:要|[{COMMAS}])", scan[s_start:t_start])
        if topic is None or topic.end() >= t_start - s_start or "、" in topic.group(1):
            return name
        whole = topic.group(1)
        leads = [w for w in list(verbs()) + list(_words()["lead_verbs"]) + list(_words()["topic_task_verbs"]) if len(w) >= 2]
        if whole == head or any(whole.startswith(v) for v in leads) or whole in name:
            return name
        return whole + name[len(bare):]
    return name


def _scheme_standard(name: str, before: str, own: int, s_start: int, scan: str) -> str:
    """A bare standard (财政补助标准) opening the clause after the sentence's first clause, which only works on a scheme
    (整合城乡居民基本医疗保险): the scheme's standard; bare, it reads as any subsidy's."""
    w = _words()
    if name not in w["scheme_standards"] or own - 1 - len(before) != s_start or not scan.startswith(name, own):
        return name
    scheme = re.fullmatch(f"(?:{_alternation('scheme_verbs')})({RUN}{{4,14}}(?:{_alternation('scheme_ends')}))", before)
    return scheme.group(1) + name if scheme else name


def _programme_outlay(name: str, scan: str, s_start: int) -> str:
    """A bare outlay opening its sentence (投入资金50亿元) right after a short sentence that only launches a programme
    (全力实施民生工程。): the programme's outlay (民生工程投入资金)."""
    if name not in _words()["programme_outlays"] or not scan.startswith(name, s_start) or scan[s_start - 1:s_start] != "。":
        return name
    lo = last_of(scan, "。；;！？\n", s_start - 1) + 1
    launch = re.fullmatch(f"(?:{_alternation('programme_adverbs')})?(?:{_alternation('programme_verbs')})"
                          f"({RUN}{{2,10}}(?:{_alternation('programme_ends')}))。", scan[lo:s_start])
    return launch.group(1) + name if launch else name


def _outlay_for_programme(name: str, scan: str, t_end: int) -> str:
    """A bare outlay, maybe after a pronoun (我们筹措资金57亿元以上), whose next clause carries a programme on (，继续实施为民办实事
    工程): the programme's outlay (为民办实事工程筹措资金); bare, it reads as every fund raised and takes another's baseline."""
    w = _words()
    bare = name[len(next((p for p in w["outlay_pronouns"] if name.startswith(p)), "")):]
    if bare not in w["programme_outlays"]:
        return name
    use = re.match(f"(?:左右|以上|多)?[{COMMAS}](?:{_alternation('programme_adverbs')})?(?:{_alternation('programme_verbs')})"
                   f"({RUN}{{2,10}}(?:{_alternation('programme_ends')}))(?=[{MARKS}])", scan[t_end:t_end + 24])
    return use.group(1) + bare if use else name


def borrowed_subject(name: str, scan: str, s_start: int, t_start: int, t_end: int, unit: str, prev: tuple[str, int] | None) -> str:
    """The rules above, in turn, on a planned figure's name (``prev``: the name and end of the figure before it in its
    sentence, whose count a bare rate in the next clause may measure: 新谋划…项目280个，转化率达到30%)."""
    own, before = _clause_before(scan, s_start, t_start)
    if before and (framed := _framed_subject(name, before, unit)) != name:
        return framed
    if before and prev is not None and name in _words()["bare_rates"] and prev[0].endswith("数") and own - 1 - len(before) < prev[1] <= own:
        return prev[0][:-1] + name
    named = _listed_subject(name, scan, t_start, prev)
    named = _examples_head(named, scan[max(s_start, last_of(scan, MARKS, t_start) + 1):t_start])
    named = _fund_purpose(named, scan, t_end)
    named = _opening_topic(named, scan, s_start, t_start)  # 非钢产业要…，力争产业占比…; X产业集群，…，集群规模… (fix167b)
    named = _scheme_standard(named, before, own, s_start, scan) if before else named  # 整合X保险，财政补助标准… (fix167b)
    named = _outlay_for_programme(_programme_outlay(named, scan, s_start), scan, t_end)  # 实施X工程。投入资金…; 筹措资金…，继续实施X工程 (fix167b)
    return _raised_area(_work_object(named, scan, s_start, own), unit)
