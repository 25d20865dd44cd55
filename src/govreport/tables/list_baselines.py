"""A target's baseline read as one member of a review list (audit 30).

Where no review figure was found for a target (or the one found measured another thing), a review list may still state its
measure for one member in a place the review figure's own name does not say:

- a 分别 list of n members and n amounts (现代家居、有色金属和新材料、电子信息、纺织服装产业集群营收分别达2700亿元、1800亿元、
  1700亿元、1100亿元): the k-th amount is the k-th member's, named with the head the last member carries (纺织服装产业集群营收
  1100亿元), the change word after 分别 too (旅游收入和游客人均消费分别增长…、7.5%: 游客人均消费增长); members split at 、, and
  where that gives fewer than the amounts, the last at 和/及 too; one word that stands for several members
  (data/baseline_scopes.json list_expansions: 三次产业分别增长3.9%、7.9%、6.3% -> 第一产业增加值增长 3.9%);
- one rate shared by a 、 list (…水质优良比例、…水质达标比例稳定在100%; …、危险废物安全处置率均达100%) or by a 和 pair with 均/都
  (国控断面水质优良比例和城市水源地水质达标率均为100%, audit 33): every member's, each member ending with a rate word; a member
  is also known by its reduced name (name_equivalents.reduced: 国控考核断面水质优良比例 is 国控断面水质优良比例);
- a 、 pair of measures with one change word and two figures joined by 和, no 分别 (旅游收入、接待游客增长163.9%和73.9%,
  audit 33): member k is figure k, as in a 分别 list.
- a 分别 that opens its clause after a clause of members ended by 等 and a head (机械制造、轻工纺织、能源化工、建筑材料等传统产业
  加快绿色转型…，分别实现产值75亿元、266亿元、394亿元、160亿元, audit 35): the members are that clause's, the measure the noun
  after 分别 and its verb (轻工纺织产业产值 266亿元), in the list's own order whatever order the plan names them in.

The target's name (synonyms replaced: 危废 is 危险废物) must be one member's name exactly; one figure must fit, in the target's
form and a unit alike, plausible, no average over years. The aliases of a review are made once per baseline index.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import clause_breaks, longest_first, read_json
from govreport.tables.baselines import BaselineIndex, Match, _form, plausible
from govreport.tables.clauses import last_mark
from govreport.tables.figures import Figure, canonical, words
from govreport.tables.measures import RATE_UNITS
from govreport.tables.name_agreement import counts_alike
from govreport.tables.name_equivalents import reduced

CLAUSE_BREAKS: Final = clause_breaks()
EACH: Final = "分别"
CHANGE_AFTER: Final = re.compile(r"^(增长|下降|增加|减少|提高|降低)")  # 分别增长…: the change is part of each member's name
RISES: Final = ("增长", "提高", "增加")
RATE_END: Final = re.compile(r"(?:率|比例|比重|占比)$")
# one rate every member reaches (均达100%, 稳定在100%): the verb after the members
SHARED_LEVEL: Final = re.compile(r"(?:均|都)?(?:达到|达|为|保持在|保持|稳定在|提升至|提高到|提升到)$")
# one change every member of a 、 list shares, said with 均/都 (游客人次、旅游收入均增长60%): each member's growth (spot audit 36)
SHARED_CHANGE: Final = re.compile(r"(?:均|都)(增长|下降|增加|减少|提高|降低)$")
# (预计新一代信息技术、新材料产业营收分别增长15%和12%: audit 41 BZ10); a verb taking the list as its object
# (带动制造业、战略性新兴产业增加值分别增长14.9%、33.4%: audit 42 CZ17)
LEADS: Final = re.compile(r"^(?:预计|今年|全年|年内|全市|全省|全区|全县|带动|拉动|推动)+")
MIN_MEMBER: Final = 3  # characters a member names itself with
DIGIT: Final = re.compile(r"\d")
BOTH: Final = ("均", "都")  # a pair joined by 和 shares one rate only where 均/都 says so
AND: Final = "和"
JOIN_LAST: Final = re.compile(r"(?<![普涉波危企])[和及](?![时以])")
EXAMPLES: Final = "等"  # 机械制造、…、建筑材料等传统产业: the members end where 等 stands
# the measure after a clause-opening 分别: its verb, then the noun before the first figure (分别实现产值75亿元: 产值)
MEASURE_AFTER: Final = re.compile(r"^(?:实现|完成|达到|达|为)?([\u4e00-\u9fff]{2,6}?)(?=\d)")

_LAST: list[tuple[BaselineIndex, dict[str, list[Figure]]]] = []  # the last index's aliases (one report at a time)


@cache
def _expansions() -> dict[str, tuple[str, ...]]:
    return {w: tuple(ms) for w, ms in read_json("baseline_scopes.json")["list_expansions"].items()}


@cache
def _member_synonyms() -> dict[str, str]:
    """A member's opening word and how a target may write it (城市居民 -> 城镇居民: the urban member of 城乡, spot audit 86)."""
    return dict(read_json("baseline_scopes.json")["member_synonyms"])


@cache
def _lead_expansions() -> dict[str, tuple[str, ...]]:
    return {w: tuple(ps) for w, ps in read_json("baseline_scopes.json")["list_lead_expansions"].items()}


def _clause(fig: Figure) -> tuple[str, int]:
    """The figure's clause before it, and where that clause starts in the sentence."""
    before = fig.before
    cut = last_mark(before, CLAUSE_BREAKS) + 1
    return before[cut:], cut


def _members(listed: str, n: int) -> list[str]:
    """n members of the words before 分别, or [] if they do not give n."""
    members = [m for m in listed.split("、") if m]
    if len(members) < n and members and JOIN_LAST.search(members[-1]):
        members = members[:-1] + [m for m in JOIN_LAST.split(members[-1]) if m]
    if len(members) == 1 and n > 1:
        lead = next(((w, ps) for w, ps in _lead_expansions().items() if members[0].startswith(w) and len(ps) == n), None)
        if lead is not None:  # 城乡低保平均标准分别增长8%、15%: 城市… and 农村…
            return [p + members[0][len(lead[0]):] for p in lead[1]]
        return list(next((ms for w, ms in _expansions().items() if members[0].endswith(w) and len(ms) == n), ()))
    return members if len(members) == n else []


KINDS_MIN: Final = 3  # members in a list of short kinds (茶叶、肉牛、生猪…综合产值): two may be a thing and its measure
MEASURE_END: Final = re.compile(r"[值量额率数]$")


def short_kind(members: list[str], k: int) -> bool:
    """Whether the k-th member, a word of two, is one of three or more short kinds sharing the last one's head (茶叶、肉牛、
    生猪…水产综合产值分别达245.8亿元、…: 茶叶综合产值; held-out set 77 宜宾, fix156a), not a measure (产值)."""
    own = LEADS.sub("", members[k])
    return len(members) >= KINDS_MIN and k < len(members) - 1 and len(own) == 2 and not MEASURE_END.search(own) \
        and all(len(m) == 2 for m in members[:-1]) and len(members[-1]) > 2


def _names(members: list[str], k: int, change: str, whole: bool) -> set[str]:
    """The names the k-th member may go by: itself, with a head the last member ends with (unless each is ``whole``), with
    the change word."""
    last, own = members[-1], members[k]
    if len(LEADS.sub("", own)) < MIN_MEMBER and not short_kind(members, k):  # (茶叶产量、产值分别增长: 产值 alone says whose only through the member before)
        return set()
    if whole or k == len(members) - 1:
        bases = {own}
    else:
        bases = {own} | {own + last[i:] for i in range(2, len(last) - 1)}
    out: set[str] = set()
    for b in bases:
        for x in (b, LEADS.sub("", b)):
            out.update((x, x + change))
            if change in RISES:  # (农村低保平均标准提高 names the member of …分别增长)
                out.update(x + w for w in RISES)
    for x in list(out):
        out.update(y + x[len(w):] for w, y in _member_synonyms().items() if x.startswith(w))
    return {canonical(x) for x in out if len(x) >= 2}


@cache
def _list_heads() -> tuple[str, ...]:
    return tuple(read_json("baseline_scopes.json")["list_heads"])


def _lead_members(before: str, n: int) -> tuple[list[str], str]:
    """The n members of the clause before a clause opening with 分别 (``before``: the sentence up to that clause's mark)
    and the head after their 等 (传统产业), or ([], '') unless that clause is a 、 list of n members ended by 等 and a head."""
    clause = before[last_mark(before, CLAUSE_BREAKS) + 1:]
    listed, _, rest = clause.partition(EXAMPLES)
    members = [m for m in listed.split("、") if m]
    if not rest or DIGIT.search(listed) or len(members) != n or min(map(len, members)) < 2:
        return [], ""
    ends = [rest.find(h) + len(h) for h in _list_heads() if 0 <= rest.find(h) <= 4]
    return (members, rest[:min(ends)]) if ends else ([], "")


def _lead_aliases(first: Figure, at: int, amounts: list[Figure], out: dict[str, list[Figure]]) -> None:
    """Aliases of a 分别 that opens its clause after a clause of members ended by 等 and a head (see the module's doc)."""
    before = first.before[:at].rstrip("，, ")
    members, head = _lead_members(before, len(amounts))
    found = MEASURE_AFTER.search(first.before[at + len(EACH):] + "0")
    if not members or found is None:
        return
    measure = found.group(1)
    for m, f in zip(members, amounts):
        for base in {m} | {m + head[i:] for i in range(len(head) - 1)}:
            out.setdefault(canonical(base + measure), []).append(f)


# the one name of a clause that states levels before a clause opening with 分别 (城乡低保标准提高到762元／月、6120元／年，分别增长…)
LEVELS_OF: Final = re.compile(r"^([\u4e00-\u9fff]{4,}?)(?:提高到|提高至|提升到|提升至|增加到|增至|达到|达)\d")


def _level_aliases(first: Figure, at: int, amounts: list[Figure], out: dict[str, list[Figure]]) -> None:
    """Aliases of a 分别 that opens its clause after a clause of one name and its levels: the members are that name's (its
    lead word expanded: 城乡低保标准 -> 城市低保标准, 农村低保标准), with the change word after 分别 (城市低保标准增长 8.08%, audit 44)."""
    before = first.before[:at].rstrip("，, ")
    found = LEVELS_OF.match(before[last_mark(before, CLAUSE_BREAKS) + 1:])
    members = _members(found.group(1), len(amounts)) if found else []
    change = CHANGE_AFTER.search(first.before[at + len(EACH):])
    if len(members) < 2 or change is None:
        return
    for k, f in enumerate(amounts):
        for name in _names(members, k, change.group(), True):
            out.setdefault(name, []).append(f)


def _each_aliases(figs: list[Figure], out: dict[str, list[Figure]]) -> None:
    """Aliases of the figures of 分别 lists: the figures after one 分别 in one clause, in order."""
    lists: dict[tuple[int, int], list[Figure]] = {}
    for f in figs:
        clause, cut = _clause(f)
        lists.setdefault((f.sentence_start, cut + clause.rfind(EACH)), []).append(f)
    for (_, at), amounts in lists.items():
        first = amounts[0]
        clause, cut = _clause(first)
        listed = clause[:at - cut]
        if not LEADS.sub("", listed):  # (…建筑材料等传统产业加快…，分别实现产值75亿元、…: the members stand in the clause before)
            _lead_aliases(first, at, amounts, out)
            _level_aliases(first, at, amounts, out)
            continue
        members = [] if DIGIT.search(listed) else _members(listed, len(amounts))  # (596个…项目、1852个…项目投资分别完成…)
        if not members:
            continue
        found = CHANGE_AFTER.search(clause[at - cut + len(EACH):])
        change = found.group() if found else ""
        for k, f in enumerate(amounts):
            for name in _names(members, k, change, len(listed.split("、")) == 1):
                out.setdefault(name, []).append(f)


# a 、 pair of measures with one change word, then its two figures joined by 和 (旅游收入、接待游客增长163.9%和73.9%): in order
PAIR: Final = re.compile(r"^([^、\d]{2,}、[^、\d]{2,}?)(增长|下降|增加|减少|提高|降低)$")


def _pair_aliases(figs: list[Figure], out: dict[str, list[Figure]]) -> None:
    """Aliases of a pair without 分别: member k is figure k, the first figure followed only by 和 and the second."""
    for a, b in zip(figs, figs[1:]):
        if a.sentence_start != b.sentence_start or not b.before.endswith(a.text + AND):
            continue
        clause, _ = _clause(a)
        found = PAIR.search(clause)
        if found is None or _clause(b)[0] != clause + a.text + AND:
            continue
        members = found.group(1).split("、")
        for k, f in enumerate((a, b)):
            for name in _names(members, k, found.group(2), False):
                out.setdefault(name, []).append(f)


def _shared_aliases(f: Figure, out: dict[str, list[Figure]]) -> None:
    """Aliases of one rate shared by a 、 list: each member's name."""
    clause, _ = _clause(f)
    verb = SHARED_LEVEL.search(clause)
    if verb is None:
        _shared_change(clause, f, out)
        return
    listed = clause[:verb.start()].split("、")
    if len(listed) == 1 and verb.group().startswith(BOTH):  # 国控断面水质优良比例和城市水源地水质达标率均为100%: a 和 pair
        listed = listed[0].split(AND)
    members = [LEADS.sub("", m) for m in listed]
    if len(members) < 2 or not all(RATE_END.search(m) and len(m) >= MIN_MEMBER for m in members):
        return
    for m in members:
        for name in {canonical(m), reduced(m)}:  # (国控考核断面水质优良比例 and 国控断面水质优良比例: name_free_words)
            out.setdefault(name, []).append(f)


def _shared_change(clause: str, f: Figure, out: dict[str, list[Figure]]) -> None:
    """Aliases of one change shared by a 、 list with 均/都 (游客人次、旅游收入均增长60%): each member with the change word
    (游客人次增长), not only the member a key claims."""
    change = SHARED_CHANGE.search(clause)
    if change is None or AND in clause[:change.start()]:
        return
    members = [LEADS.sub("", m) for m in clause[:change.start()].split("、")]
    if len(members) < 2 or min(map(len, members)) < MIN_MEMBER - 1 or DIGIT.search(clause):
        return
    for m in members:
        for name in {canonical(m + change.group(1)), reduced(m + change.group(1))}:
            out.setdefault(name, []).append(f)


@cache
def _shared_amount() -> re.Pattern[str]:
    scopes = read_json("baseline_scopes.json")
    return re.compile(f"(?:{'|'.join(scopes['shared_amount_marks'])})(?:{'|'.join(scopes['shared_amount_verbs'])})$")


@cache
def _amount_heads() -> tuple[str, ...]:
    return tuple(sorted(set(words()["place_floor_measures"]) | set(words()["list_measure_heads"]), key=longest_first))


def _amount_aliases(f: Figure, out: dict[str, list[Figure]]) -> None:
    """Aliases of one amount each member of a 、 list reaches (稀土、晶硅光伏、钢铁、铝业产值并肩站上千亿元台阶): each member
    with the head the last member ends with (晶硅光伏产值), also as an industry (晶硅光伏产业产值; 铝业 is 铝产业)."""
    clause, _ = _clause(f)
    verb = _shared_amount().search(clause)
    if verb is None:
        return
    members = [LEADS.sub("", m) for m in clause[:verb.start()].split("、")]
    head = next((h for h in _amount_heads() if members[-1].endswith(h) and len(members[-1]) > len(h)), "")
    if len(members) < 2 or not head or min(map(len, members)) < 2 or DIGIT.search(clause):
        return
    for m in members:
        own = m.removesuffix(head)
        for name in {own + head, own + _list_heads()[0] + head, own.removesuffix("业") + _list_heads()[0] + head}:
            out.setdefault(canonical(name), []).append(f)


def aliases(index: BaselineIndex) -> dict[str, list[Figure]]:
    """Member name (synonyms replaced) -> review figures that state it, made once per index."""
    if _LAST and _LAST[0][0] is index:
        return _LAST[0][1]
    out: dict[str, list[Figure]] = {}
    each = [a for a in index.figures if EACH in a.before and EACH in _clause(a)[0]]
    _each_aliases(each, out)
    _pair_aliases(index.figures, out)
    listed = {a.id for a in each}
    for a in index.figures:
        if a.unit in RATE_UNITS and a.id not in listed and ("、" in a.before or AND in a.before):
            _shared_aliases(a, out)
        elif a.id not in listed and "、" in a.before:
            _amount_aliases(a, out)
    _LAST[:] = [(index, out)]
    return out


def member_match(target: Figure, index: BaselineIndex) -> Match | None:
    """The review figure of the list member named as the target is, or None (none or several)."""
    named = aliases(index)
    found = named.get(canonical(target.indicator)) or named.get(reduced(target.indicator))
    if not found:
        return None
    form = _form(target)
    fit = {a.id: a for a in found if _form(a) == form and counts_alike(target.unit, a.unit)
           and a.id not in index.average and plausible(target, a)}
    if len(fit) != 1:
        return None
    fig = next(iter(fit.values()))
    return Match(fig, "same", 1.0, f"the member '{target.indicator}' of the review's list names it ({fig.text})", fig.year)
