"""Lists sharing one value in a form of their own, one figure per member: rates a quoted “两个100%” sets, one-character
members ranked (水、气质量排名均进入全国前十), money classes (300亿元园区、200亿元园区各1个), 各 and a verb (各新增1000家), and
each member's growth above an average (增幅高于全市平均水平5个百分点)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from govreport.extract.keys import indicator_english, indicator_key
from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import first_mark, last_mark
from govreport.tables.each_heads import with_count_head
from govreport.tables.figures import Figure, words
from govreport.tables.member_classes import AMOUNT
from govreport.tables.shared_list_marks import DIGIT, LEADING_GENERAL, RATE_NAME, _commit_trimmer, _lead_trimmer


# a rate shared in quotes by a 、 list of rates before it (确保开工率、年度投资计划完成率“两个100%”): group 1 the count
QUOTED_EACH = re.compile(r"“([两二三四五])个$")
QUOTED_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def quoted_shared_rates(fig: Figure) -> list[str]:
    """The rates a quoted “两个N%” right after a 、 list of as many rates sets N% for, each its own goal; [] if none
    (audit 41 BZ #25, #26)."""
    if fig.unit != "%" or not fig.before.endswith("个") or (m := QUOTED_EACH.search(fig.before)) is None:
        return []
    head = fig.before[:m.start()]
    members = [_commit_trimmer()(x) for x in head[last_mark(head, clause_breaks()) + 1:].split("、")]
    ok = len(members) == QUOTED_COUNTS[m.group(1)] and all(x and RATE_NAME.search(x) and not DIGIT.search(x) for x in members)
    return members if ok else []


# 水、气质量排名均进入全国前十: a rank each member is to reach
RANK_SHARED = re.compile(r"均(?:进入|保持|位居|稳居)(?:全国|全省)?前$")


def ranked_members(fig: Figure, clause: str) -> list[Figure]:
    """One rank per member of a list of one-character members before the last one's head (水、气质量排名均进入全国前十:
    水质量排名, 空气质量排名; ``tables_words.json:one_char_members``); [] for any other list (audit 41 LS77)."""
    r = RANK_SHARED.search(clause) if fig.unit == "位" and "均" in clause else None
    members = _lead_trimmer()(LEADING_GENERAL.sub("", clause[:r.start()])).split("、") if r else []
    one = words()["one_char_members"]
    if len(members) < 2 or any(len(x) != 1 or x not in one for x in members[:-1]) or members[-1][:1] not in one or len(members[-1]) < 3:
        return []
    head = members[-1][1:]
    tail = fig.indicator.rsplit(head, 1)[1].lstrip("各均都分别") if head in fig.indicator else ""
    out = []
    for member in [*members[:-1], members[-1][:1]]:
        name = one[member] + head + tail
        key = indicator_key(name, fig.unit, fig.direction)
        out.append(replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name)))
    return out


@cache
def money_class_list() -> re.Pattern[str]:
    """One member of a 、 list of money classes (300亿元园区: ``tables_words.json:class_nouns_after_money``)."""
    nouns = "|".join(words()["class_nouns_after_money"])
    return re.compile(f"{AMOUNT}[\u4e00-\u9fff]{{0,4}}?(?:{nouns})")


def _money_classes(fig: Figure, listed: str, shared: str) -> list[Figure]:
    """One count per member of a 、 list of money classes sharing it by 各 (打造300亿元园区、200亿元园区、100亿元园区各1个):
    verb + member + 数 for each (打造300亿元园区数); [] when the list is not one of classes."""
    if not shared.startswith("各") or "、" not in listed or unit_field(fig.unit, "kind") != "count":
        return []
    first = money_class_list().search(listed)
    if first is None or first.start() > 6:
        return []
    lead, members = listed[:first.start()], listed[first.start():].split("、")
    if not all(money_class_list().fullmatch(x) for x in members) or DIGIT.search(lead):
        return []
    lead = LEADING_GENERAL.sub("", _commit_trimmer()(lead))
    out = []
    for member in members:
        name = lead + member + "数"
        key = indicator_key(name, fig.unit, fig.direction)
        out.append(replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name)))
    return out


@cache
def _each_verb() -> re.Pattern[str]:
    """各 or 分别 and a verb (``each_verbs``) closing the clause before a shared count (…各新增1000家; …分别新增100户以上
    with no figure after it: held-out set 71 南充 row 27); group 1 the sharing word, group 2 the verb."""
    return re.compile("(各|分别)(" + "|".join(map(re.escape, sorted(words()["each_verbs"], key=len, reverse=True))) + ")$")


def alone_after_each(fig: Figure, word: str) -> bool:
    """Whether the count after ``word`` is the only figure of its list: 各 always shares one; after 分别 only a figure with no
    other after it in its clause is shared by every member (A、B分别新增100户以上), k figures are the members' own
    (A、B分别新增10家、20家: named apart)."""
    after = fig.after
    stop = first_mark(after, clause_breaks())
    return word == "各" or DIGIT.search(after, 0, stop if stop >= 0 else len(after)) is None


def _each_with_verb(fig: Figure, raw: list[str], verb: str) -> list[Figure]:
    """One figure per member of X、Y各+verb+N (国家高新技术企业、科技型中小企业各新增1000家): verb + member + 数."""
    members = [_lead_trimmer()(LEADING_GENERAL.sub("", x)) for x in raw if x]
    if len(members) < 2 or any(not x or DIGIT.search(x) for x in members):
        return []
    kind = unit_field(fig.unit, "kind")  # (企业…新增100户: 户数, the firms counted in households)
    suffix = "人数" if kind == "people" else unit_field(fig.unit, "measure") if kind == "households" else "数"
    out = []
    for member in with_count_head(members):
        name = verb + member + suffix
        key = indicator_key(name, fig.unit, fig.direction)
        out.append(replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name)))
    return out


def _gap_members(fig: Figure, raw: list[str], gap: str) -> list[Figure]:
    """One figure per member of X、Y增幅高于…N个百分点 (片区进出口、实际使用外资增幅高于全市平均水平5个百分点以上,
    audit 39 CZ24#43-44): each member's growth above the average; [] when a member is empty or holds a figure."""
    members = [_lead_trimmer()(LEADING_GENERAL.sub("", x)) for x in raw]
    if len(members) < 2 or any(not x or DIGIT.search(x) for x in members):
        return []
    out = []
    for member in members:
        name = member + gap
        key = indicator_key(name, fig.unit, fig.direction)
        out.append(replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name)))
    return out


@cache
def _recovered() -> re.Pattern[str]:
    """A 、 list closed by a recovery verb (``recovery_verbs``) and the base year whose level the share is of (恢复到2019年的):
    group 1 the list."""
    verbs = "|".join(map(re.escape, sorted(words()["recovery_verbs"], key=len, reverse=True)))
    return re.compile(rf"([\u4e00-\u9fff、（）()]+)(?:{verbs})(?:\d{{4}}年)?(?:同期)?(?:水平)?的?$")


def recovered_members(fig: Figure, clause: str) -> list[Figure]:
    """One share per member of a 、 list recovering to a share of a base year's level with one figure (力争旅游总收入、
    接待国内旅游人数恢复到2019年的75%以上: 旅游总收入恢复率, 接待国内旅游人数恢复率; held-out set 72 亳州 G3); [] for any other
    clause, or when another figure follows in the clause (the members' own shares)."""
    m = _recovered().fullmatch(clause) if fig.unit == "%" and "、" in clause else None
    after = fig.after
    stop = first_mark(after, clause_breaks())
    if m is None or DIGIT.search(after, 0, stop if stop >= 0 else len(after)):
        return []
    members = [_lead_trimmer()(LEADING_GENERAL.sub("", x)) for x in m.group(1).split("、")]
    if len(members) < 2 or any(len(x) < 2 for x in members):
        return []
    out = []
    for member in members:
        name = member + words()["recovery_name"]
        key = indicator_key(name, fig.unit, fig.direction)
        out.append(replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name)))
    return out


def held_state_goal(fig: Figure, members: list[str]) -> list[Figure]:
    """One figure, not one per member, when a 、 list member before the rate the value closes holds a state verb and no
    rate of its own (湟水河出省断面保持Ⅳ类水质、Ⅲ类水质占比达到50%以上: keeping Ⅳ类 water is a goal without a figure, the
    50% only the Ⅲ类 share's), named by the subject before that verb and the rate (湟水河出省断面Ⅲ类水质占比; held-out set
    82 海东 G3, fix164d; tables_words.json ``held_state_verbs``); [] when no member is such a state."""
    if len(members) < 2 or not RATE_NAME.search(members[-1]):
        return []
    held = [(x, v) for x in members[:-1] for v in words()["held_state_verbs"] if v in x and not RATE_NAME.search(x)]
    if not held or len(held) != len(members) - 1:
        return []
    first, verb = held[0]
    subject = first[:first.index(verb)]
    if fig.indicator.endswith(members[-1]) or members[-1] not in fig.indicator:
        tail = ""
    else:
        tail = fig.indicator.rsplit(members[-1], 1)[1]
    name = (subject if not members[-1].startswith(subject) else "") + members[-1] + tail
    key = indicator_key(name, fig.unit, fig.direction)
    return [replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name))]
