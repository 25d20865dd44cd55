"""A verb of new things (新招引, 新引进, 新增: ``carried_new_verb`` in name_words.csv) said once before a list of counts
is carried to a later member named with no verb of its own that counts the same noun: 新招引亿元以上产业项目800个以上，
其中先进制造业项目600个，50亿元以上项目不少于10个 (新招引50亿元以上项目数, not a stock of such projects; audit 40 YZ20,
LY55, LY102). So is it to the 其中 parts of an amount (新增人民币存贷款1500亿元以上，其中制造业贷款260亿元以上、科技型企业贷款
200亿元以上: 新增制造业贷款, audit 41 WH12), to a 其中 part of a count named with its verb last (新建新能源汽车公共充电桩
750个，其中乡村150个: …中乡村新建数, LS75), and to talents (引育科技领军人才200名以上，青年人才3万名以上, BZ17); a bare
到位资金 after a count of cooperation projects is those projects' (推进产业合作项目100个以上，到位资金100亿元以上, LS39)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final

from govreport.report.chars import Prefixes, common_tail, last_of
from govreport.extract.class_nouns import class_member
from govreport.extract.carried_parallels import carried_parallel
from govreport.extract.clause_subjects import BARE_ENDS, BENEFIT, benefit_subject, subject_before
from govreport.lexicon import name_words, verbs

STOCK_WORDS = ("累计", "总数", "达", "到", "突破", "超过", "保持", "存量", "总量", "现有", "保有", "每")  # a stock keeps its name
OWN_VERBS = ("完成", "竣工", "建成", "实现", "开工", "投产", "入围", "入选", "入库", "入驻", "加快", "获评", "认定")  # 完成股改企业70家
BATCH, AND = "一批", ("和", "及")  # 新增一批X和N家Y: the verb before a batch of X reaches the counted Y
PEOPLE = ("人数", "人次")  # 新增城镇就业6万人以上，农村劳动力转移就业33万人: a measure of its own, not new jobs
TALENTS = "人才"  # …，青年人才3万名以上 after 引育科技领军人才: a count of people that shares the verb
PART = "其中"
FUNDS = ("到位资金", "实际到位资金")  # a bare amount of funds in place, after a count of projects
PAIRED_PROJECTS = ("合作项目", "协作项目")  # 山海协作产业合作项目: cooperation projects, whose funds are not investment attracted
ATTRACTED = "招商引资"  # a count of projects attracted: the funds in place after it are those attracted (招商引资到位资金)


@cache
def _new_verbs() -> tuple[str, ...]:
    return tuple(sorted(name_words("carried_new_verb"), key=len, reverse=True))


@cache
def _own_verbs() -> tuple[str, ...]:
    return (*OWN_VERBS, *(v for v in verbs() if len(v) > 1), *name_words("stage_verb"))  # (…724个、续建482个: 续建 its own, audit 44)


_OPENERS: Final[list[Prefixes]] = []  # made once, read for every figure (a Final list: no functools.cache call each time)


def _openers() -> list[Prefixes]:
    """What a name that carries its own verb opens with (新…, or a verb); a verb of its own; a new-things verb."""
    if not _OPENERS:
        _OPENERS.extend((Prefixes(("新", *_own_verbs())), Prefixes(_own_verbs()), Prefixes(_new_verbs())))
    return _OPENERS


def _own_openers() -> Prefixes:
    """What a name that carries its own verb opens with (新…, or a verb)."""
    return _openers()[0]


def _opens_own_verb(text: str) -> bool:
    """``text.startswith(_own_verbs())``, by ``Prefixes`` (the verbs are hundreds)."""
    return _openers()[1].opens(text)


_COUNTED_NEW: Final[list[tuple[tuple[str, ...], tuple[tuple[str, str], ...]]]] = []  # (v + 数 …), ((v, v + 数) …)


def _counted_new_verb(prev: str) -> str:
    """The first new-things verb (longest first) that ``prev`` ends with before 数 (…新建数), '' if none:
    ``next((v for v in _new_verbs() if prev.endswith(v + "数")), "")``, with the endings made once."""
    if not _COUNTED_NEW:
        pairs = tuple((v, v + "数") for v in _new_verbs())
        _COUNTED_NEW.append((tuple(c for _, c in pairs), pairs))
    endings, pairs = _COUNTED_NEW[0]
    if not prev.endswith(endings):
        return ""
    for verb, ending in pairs:
        if prev.endswith(ending):
            return verb
    return ""


def _opens_own(name: str) -> bool:
    """A name that opens with a verb of its own or with 新 of one (新建, 新培育); 新 that opens a noun (``new_noun`` in
    name_words.csv: 新三板挂牌企业, 新能源) is no verb, so such a member still takes the list's 新增 (audit 55 宿州 row 19)."""
    return _own_openers().opens(name) and not name.startswith(name_words("new_noun"))


def _funds_of(name: str, before: dict[int, str]) -> str:
    """产业合作项目到位资金 for a bare 到位资金 right after a count of cooperation projects (产业合作项目数), 招商引资到位资金
    after one of projects attracted (招商引资项目数); ``name`` otherwise."""
    prev = next(reversed(before.values()), "")
    at = next((prev.find(w) for w in PAIRED_PROJECTS if w in prev), -1)
    if at < 0 and prev.endswith("项目数") and ATTRACTED in prev:  # 招商引资项目200个以上、到位资金400亿元 (spot 38)
        return ATTRACTED + name
    return prev[:at + 4] + name if at >= 0 and prev.endswith("项目数") else name


def _part_done(name: str, scan: str, start: int, before: dict[int, str]) -> str:
    """…中乡村新建数 for a 其中 part (…中乡村数) of the count before it named with its new-things verb last
    (新能源汽车公共充电桩新建数); '' otherwise."""
    end, prev = next(reversed(before.items()))
    last = _counted_new_verb(prev)
    head = prev[:-len(last) - 1]
    return name[:-1] + last + "数" if last and len(head) >= 2 and name.startswith(head) and len(name) > len(head) + 1 \
        and last not in name and PART in scan[end:start] else ""


def _verb_last(name: str, scan: str, lo: int, start: int, before: dict[int, str]) -> str:
    """…10亿元项目引进数 for a count after a comma (10亿元项目数) that names no verb of its own, right after a count of
    the same noun named with its new-things verb last (引进亿元项目400个以上，10亿元项目35个以上: 亿元项目引进数; spot
    audit 36 衡水 row 14); '' otherwise, or where a stock is said between the two."""
    end, prev = next(((e, p) for e, p in reversed(before.items()) if p.endswith("数")), (0, ""))  # (past 10亿元, a threshold)
    verb = _counted_new_verb(prev)
    if not verb or verb in name or PART in scan[end:start] or any(c in scan[end:start] for c in "。；;：:"):
        return ""
    head = prev[:-len(verb) - 1]
    own = scan[lo:start].lstrip("，,、 ")
    if not own or _opens_own_verb(own) or _opens_own(name) or any(w in scan[end:start] for w in STOCK_WORDS):
        return ""
    n = common_tail(name[:-1], head)
    k = max(scan.rfind(c, end, start) for c in "，,")
    said = scan[k + 1:start] if k >= 0 else ""  # the member's own words, all of them in its name (not 创（升）…: a verb of its own)
    sized = SIZE_CLASS.search(name, 0, len(name) - 1 - n) is not None  # 10亿元项目 after 亿元项目: a size class of the same noun
    return name[:-1] + verb + "数" if sized and said and name[:-1].endswith(said) and 2 <= n < len(name) - 1 and n <= len(head) else ""


def _whole_verb(scan: str, start: int, before: dict[int, str]) -> str:
    """The new-things verb of the count a 其中 list of counts is part of, for every member of that list, in any counter
    (新增企业类经营主体2.6万户，其中规上工业企业120家、限上商贸主体400家: 新增规上工业企业, 新增限上商贸主体; audit 47
    荆门); '' when the clause of the figure at ``start`` opens with no 其中, the count before it has no such verb or a stock
    is said between them."""
    at = last_of(scan, "，,；;。", start) + 1
    if not scan.startswith(PART, at):
        return ""
    end, prev = next(((e, p) for e, p in reversed(before.items()) if e <= at), (0, ""))
    verb = next((v for v in _new_verbs() if prev.startswith(v)), "")
    whole = last_of(scan, "，,；;。、", max(end - 1, 0)) + 1  # (新增上市企业6家、累计达100家，其中…: of the stock)
    return verb if verb and prev.endswith("数") and not any(w in scan[whole:start] for w in STOCK_WORDS) else ""


SIZE_CLASS: Final = re.compile(r"\d|以上|[千万亿]")  # what a size class of a noun says (10亿元, 千万美元以上), not a kind (筹集保障性租赁住房)
CLASS_HEAD: Final = re.compile(r"[^，,、]*?以上(项目|企业)")  # 10亿元以上项目: a class of a head, no kind between
CLASS_WORD: Final = "以上"  # in every name CLASS_HEAD matches: a substring test before the search back for the clause's 其中


def _any_opens(names: Iterable[str], words: Prefixes) -> bool:
    """Whether any of ``names`` starts with one of ``words``: a plain loop, not a generator made per figure, over the
    sentence's names before it (this runs for every figure)."""
    for name in names:
        if words.opens(name):
            return True
    return False


def _class_part_scope(name: str, before: dict[int, str]) -> str:
    """A 其中 part that names a class of the head only (10亿元以上项目开工数) of a whole that names the class with a kind of
    its own before the head (3亿元以上制造业项目开工180个、…，其中10亿元以上项目开工超过35个): the part of that kind
    (10亿元以上制造业项目开工数, audit 44); '' otherwise."""
    m = CLASS_HEAD.match(name)
    if m is None:
        return ""
    head = m.group(1)
    for prev in reversed(before.values()):
        if (k := re.search("以上([\u4e00-\u9fff]{2,6}?)" + head, prev)) and not any(v in k.group(1) for v in _own_verbs()) and k.group(1)[:1] != "新":
            return name[:m.start(1)] + k.group(1) + name[m.start(1):]
    return ""


def _added_capacity(name: str, scan: str, start: int, before: dict[int, str]) -> str:
    """A capacity (data/name_words.csv kind added_capacity: 生活垃圾日处置能力) named alone as the 、 member right after a
    count opened with a new-things verb (新增垃圾“四分类”小区133个、生活垃圾日处置能力500吨) is capacity added too, not the
    whole capacity (新增生活垃圾日处置能力; spot audit 37 宿迁 row 165); '' otherwise."""
    if not before or not name.endswith(name_words("added_capacity")):
        return ""
    end, prev = next(reversed(before.items()))
    between = scan[end:start]
    verb = next((v for v in _new_verbs() if prev.startswith(v)), "")
    return verb + name if verb and between[:1] == "、" and between[1:] == name and prev.endswith("数") else ""


def opens_new(name: str) -> bool:
    """Whether ``name`` opens with a new-things verb (SubjectMender keeps whether any name before in its sentence does)."""
    return _openers()[2].opens(name)


def carried_verb(name: str, scan: str, lo: int, start: int, before: dict[int, str], opened: bool = True) -> str:
    """The name of the figure at ``start`` with a new-things verb carried to it (``_carried_new``), else with the verb or
    noun a parallel clause before it names (carried_parallels.py)."""
    if name.endswith(BARE_ENDS) and (subject := subject_before(name, scan, start)):
        return subject
    if name.startswith(BENEFIT) and (subject := benefit_subject(name, scan, start)):
        return subject
    carried = _carried_new(name, scan, lo, start, before, opened)
    if carried != name:
        return carried
    parallel = carried_parallel(name, scan, start, before)  # (most figures: ``name``, whatever verb it opens with: not asked then)
    return parallel if parallel == name or not _opens_own(name) else carried  # (新增…: a verb of its own)


def _carried_new(name: str, scan: str, lo: int, start: int, before: dict[int, str], opened: bool = True) -> str:
    """``name`` (of the count or amount at ``start``, its clause from ``lo``) with the new-things verb of the nearest
    name in ``before`` (the sentence's names before it, by where each figure ends) that ends with the same noun (two
    characters or more before 数; an amount's only as a 其中 part or a 、 member after one); ``name`` where its clause
    opens with a verb or has none before the figure, or a stock is said between that figure and this one
    (新增创意设计企业88家，文化创意中心发展到13家，1946文创园入驻企业87家)."""
    if name in FUNDS and before:
        return _funds_of(name, before)
    counted = name.endswith("数")
    if counted and before and (member := class_member(name, scan, start, before)):
        return member  # 新培育年交易额50亿元以上电商园区2个、10亿元园区3个 (audit 47)
    if counted and before and scan.find(PART, lo, start) >= 0 and (part := _part_done(name, scan, start, before)):
        return part
    if counted and before and (last := _verb_last(name, scan, lo, start, before)):
        return last
    if before and CLASS_WORD in name and scan.startswith(PART, last_of(scan, "，,；;。", start) + 1) and (scoped := _class_part_scope(name, before)):
        name = scoped  # (and a new-things verb of the whole carried below: 新引进100亿元以上产业项目数)
    if scan.find(BATCH, max(lo - 40, 0), start) < 0 and not (opened and _any_opens(before.values(), _openers()[2])):
        return name  # (no name before with a verb to carry, no 一批: most figures, decided at once)
    if counted and name.endswith(PEOPLE) and TALENTS not in name or _opens_own(name) \
            or any(v in name for v in _new_verbs()) or any(w in name for w in name_words("stock_word")):
        return name  # (…、千人均病床位6张: a level per head or a stock, never a flow; held-out set 89, fix171d)
    if not counted and (added := _added_capacity(name, scan, start, before)):
        return added
    own = scan[lo:start].lstrip("，,、 ").removeprefix(PART)
    k = max(scan.rfind(c, max(lo - 40, 0), start) for c in "，,、；")  # (入围全省百强魅力乡镇5个: lo after 百)
    said = scan[k + 1:start].removeprefix(PART) if k >= 0 else own
    verb = next((v for v in _new_verbs() if said.startswith(v + BATCH)), "") if BATCH in said and said.endswith(AND) else ""
    if verb and not any(c in said for c in "，,、；;"):  # (新增一批出口超亿元龙头企业和100家以上外贸企业, audit 41 LS36)
        return verb + name
    if not own or _opens_own_verb(own) or _opens_own_verb(said):
        return name
    stem = name[:-1] if counted else name
    if not counted and before and scan[lo:start].lstrip("，,、 ").startswith(PART):  # 新增社会融资2500亿元，其中银行贷款1500亿元: new
        end, prev = next(reversed(before.items()))  # loans, a part of the new financing, though named by another noun (audit 44)
        verb = next((v for v in _new_verbs() if prev.startswith(v)), "")
        if verb and prev[len(verb):len(verb) + 1] not in AND + ("、",) and not prev.endswith("数") and not any(w in scan[end:start] for w in STOCK_WORDS):
            return verb + name
    if counted and (whole := _whole_verb(scan, start, before)):
        return whole + name
    for end, prev in reversed(before.items()):
        if prev.endswith("数") != counted:
            continue
        between = scan[end:start]
        n = common_tail(stem, prev[:-1] if counted else prev)
        if n >= 2:
            verb = next((v for v in _new_verbs() if prev.startswith(v)), "")
            listed = counted or PART in between or "，" not in between and "、" in between  # (an amount: a 其中 part)
            return verb + name if verb and listed and n < len(stem) and not any(w in between for w in STOCK_WORDS) else name
    return name
