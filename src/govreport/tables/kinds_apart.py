"""Two kinds of thing whose names look alike but name different things (audit 36).

likeness.Likeness.same_thing compares the words two figures' clauses share: the longest common run is taken for the
head, and the words before it for the kind. Two names can share a run that is not their head (省级以上创新 of 省级以上创新项目
and 省级以上创新平台), or two kinds can share only a title's grade (示范 of 全国综合减灾示范社区 and 全国示范性老年友好型社区):
neither is the same thing (docs/assumptions.md#baseline-matching).
"""
from __future__ import annotations

import os
import re
from functools import cache
from typing import Final

from govreport.extract.keys import key_wording
from govreport.lexicon import qualifier_words, read_json, trie_pattern
from govreport.report.chars import first_opening
from govreport.tables.clauses import CLAUSE_END, clause_before
from govreport.tables.figures import Figure, words
from govreport.tables.size_classes import class_order as class_order  # (likeness asks here)
from govreport.tables.plain_kinds import plain_kinds_agree as plain_kinds_agree  # (likeness asks here)

# members one amount is for (新增绿色建筑、装配式建筑; 概念验证中心和中小试基地); a 和 inside quotation marks is part of a name
# (建设“和美乡村”40个: one thing, spot audit 37 庆阳 row 28)
SUM_JOINS = re.compile(r"、|和(?![^“”]*”)")


@cache
def _each_share() -> re.Pattern[str]:
    alt = "|".join(map(re.escape, words()["each_shares"]))
    verb = "|".join(map(re.escape, sorted(words()["each_verbs"], key=len, reverse=True)))
    return re.compile(f"(?:{alt})(?:{verb})?$")


def shared_by_each(before: str) -> bool:
    """The words before a count end in 各/均 (``tables_words.json:each_shares``), maybe with a verb of ``each_verbs``:
    every member of the list has the count, no sum of one amount (战略性新兴产业企业和省级专精特新企业各54家, audit 53 HN#32)."""
    return _each_share().search(before) is not None


def other_classes(mine: str, theirs: str) -> bool:
    """Two kinds that, less their title levels (全国, 省级), both name something and share only a word of a title's grade
    (``tables_words.json:kind_class_words``, 示范): 全国综合减灾示范社区 is no 全国示范性老年友好型社区 (audit 36 DY24#152)."""
    w = words()
    a, b = (re.sub("|".join(w["title_levels"]), "", k) for k in (mine, theirs))
    if not a or not b or a == b:
        return False
    grades = w["kind_class_words"]
    return not any(a[i:i + 2] in b and a[i:i + 2] not in grades for i in range(len(a) - 1))


def uncategorised(kind: str) -> str:
    """The kind less a category word closing it (省市县重点类 of 省市县重点实施类项目 -> 省市县重点; ``kind_category_marks``):
    the projects of a verb's category are the projects that verb acts on (audit 47)."""
    return next((kind.removesuffix(m) for m in words()["kind_category_marks"] if kind.endswith(m)), kind)


def spans_levels(target: Figure, other: str) -> bool:
    """The target's 、 list before its noun is of title levels (新增国家级、省级创新平台) and ``other`` names the level 以上 that spans
    exactly them (省级以上创新平台: ``baseline_scopes.json`` ranked): one noun at those levels, not a sum of measures (audit 47)."""
    ranked = _data("baseline_scopes.json")["ranked"]["level"]
    if one_span(clause_before(target.before), other):
        return True
    members = [m for m in SUM_JOINS.split(clause_before(target.before))]
    if len(members) < 2 or not all(m.endswith(tuple(ranked)) for m in members[:-1]):
        return False
    said = {w for w in ranked if w in clause_before(target.before)}
    return any(w + "以上" in other and said == set(ranked[:i + 1]) for i, w in enumerate(ranked))


def level_spans() -> dict[str, str]:
    """The wordings of a span of title levels, each with the one wording it stands for (``baseline_scopes.json`` level_spans)."""
    return _data("baseline_scopes.json")["level_spans"]


def one_span(clause: str, other: str) -> bool:
    """``clause`` lists only a span of title levels before its noun (新增国家和省级研发机构: ``baseline_scopes.json`` level_spans) and
    ``other`` names the same span in another wording (省级以上研发机构): one noun at those levels, no sum (held-out set 53, fix121c)."""
    spans = level_spans()
    mine = next((w for w in sorted(spans, key=len, reverse=True) if w in clause), "")
    theirs = next((w for w in sorted(spans, key=len, reverse=True) if w in other), "")
    return bool(mine and theirs) and spans[mine] == spans[theirs] and len(SUM_JOINS.split(clause.replace(mine, spans[mine], 1))) < 2


def other_heads(mine: str, theirs: str, common: str) -> bool:
    """The words both share are not their head: each goes on after them with a head noun of its own
    (``tables_words.json`` project_heads, organisation_heads), and the two differ (开展省级以上创新项目 and 新增省级以上创新平台:
    项目 ≠ 平台, audit 36 ZB24#19); a qualifier (以上, 超过) after the shared words is no head."""
    a, b = (_head(x[x.rfind(common) + len(common):]) for x in (mine, theirs))
    return bool(a) and bool(b) and a != b


def _head(tail: str) -> str:
    """The head noun ``tail`` is, less qualifier words at its ends; '' when it is none."""
    for w in (*qualifier_words("before"), *qualifier_words("after")):
        tail = tail.removeprefix(w).removesuffix(w)
    heads = words()["project_heads"] + words()["organisation_heads"]
    return tail if tail in heads else ""


@cache
def _data(name: str) -> dict:
    """A word file, read once: the checks below run for every pair of figures a baseline is sought among (read
    anew each time, baseline_scopes.json cost a tenth of corpus mode)."""
    return read_json(name)


@cache
def _level_forms() -> re.Pattern[str]:
    forms = read_json("measure_equivalents.json")["level_forms"]
    return re.compile("|".join(sorted(forms, key=len, reverse=True)))


def level_form(kind: str) -> str:
    """``kind`` with a title level's long form made short (data/measure_equivalents.json level_forms: 国家级 -> 国家), so that
    新培育国家级专精特新企业 and 新增国家专精特新小巨人企业 name one kind (audit 37 YC24#30)."""
    if "级" not in kind:
        return kind
    forms = _data("measure_equivalents.json")["level_forms"]
    return _level_forms().sub(lambda m: forms[m.group()], kind)


def common_head(a: str, b: str) -> str:
    """The longest run of characters ``a`` and ``b`` share, the latest in ``a`` among equals
    (names are head-final: 优良品种 and 选育省级审定品种 share 品种, not 省级)."""
    best = ""
    for end in range(len(a), 0, -1):
        for start in range(0, end - len(best)):
            if a[start:end] in b:
                best = a[start:end]
                break
    return best


OPEN_BRACKETS = ("（", "(")
CLOSE_BRACKETS = ("）", ")")


def _names_both(sentence: str, one: str, other: str) -> bool:
    return any(f"{a}{o}{b}{c}" in sentence for a, b in ((one, other), (other, one))
               for o, c in zip(OPEN_BRACKETS, CLOSE_BRACKETS))


def bracket_alternatives(mine: str, theirs: str, one: str, other: str) -> bool:
    """Two kinds that each sentence names together, one in brackets after the other (新建乡镇（街道）养老综合体 and
    新建街道（乡镇）养老服务综合体): the brackets (dropped as an aside) give the other name of the same places (audit 44 JZ#73)."""
    return bool(mine) and bool(theirs) and mine != theirs and _names_both(one, mine, theirs) and _names_both(other, mine, theirs)


def same_listed_wordings(one: str, other: str, key: str) -> bool:
    """Two closed lists (the words before two counts that sum them) whose members name the same wordings of ``key``, at
    least two: 新改扩建中小学、公办幼儿园14所 and 新建、改扩建中小学和幼儿园34所 count the same schools, whatever kind word one
    member adds (公办); the last member alone would compare 公办 with 中小学 (audit 44 JZ#74)."""
    found = [{w for m in SUM_JOINS.split(text) if (w := key_wording(m, key))} for text in (one, other)]
    return len(found[0]) >= 2 and found[0] == found[1]


BRACKETED = re.compile(r"[（(][^（()）]*[)）]")  # an aside (新（改、扩）建): its 、 joins no members


@cache
def _verb_joint() -> re.Pattern[str]:
    verbs = trie_pattern(list(words()["listed_build_verbs"]))
    return re.compile(f"({verbs})、(?={verbs})")


def one_action(text: str) -> str:
    """``text`` with its asides dropped and a 、 pair of building verbs written as one (新建、改扩建公办幼儿园 ->
    新建改扩建公办幼儿园; ``tables_words.json:listed_build_verbs``): the verbs are one action, no list of kinds (audit 55 宿州)."""
    return _verb_joint().sub(r"\1", BRACKETED.sub("", text))


def _one_in_other(one: str, other: str) -> bool:
    return len(one) >= 2 and len(other) >= 2 and (one in other or other in one)


def part_of_a_sum(target: Figure, a: Figure) -> bool:
    """``a`` is one amount for a list of kinds (新（改、扩）建公办中小学和幼儿园136所) that the target's own sentence counts apart,
    the target one 、 member of them (新（改、扩）建公办中小学校40所、幼儿园20所): the target is a part of ``a``'s set (audit 46 达州
    row 43), first member or later (audit 55 宿州 rows 36, 37: 新建、改扩建公办幼儿园24所、中小学校31所, the verbs one action)."""
    listed = one_action(clause_before(a.before))
    members = [m for m in SUM_JOINS.split(listed) if m]
    if len(members) < 2 or re.search(r"\d", listed):  # (新建公共充电桩1177个、停车泊位3496个: a member, no sum)
        return False
    *before, own = one_action(clause_before(target.before)).split("、")
    lead = (before or [own])[0]  # the words the target's list opens with (新建改扩建公办幼儿园): a member less them is its kind
    members = [m[len(os.path.commonprefix([m, lead])):] or m for m in members]
    rest = target.after
    after = one_action(rest[:min((i for i in (rest.find(c) for c in "，,；;。") if i >= 0), default=len(rest))]).split("、")[1:]
    kinds = [w for c in before + after if re.search(r"\d", c) and len(w := re.split(r"\d", c)[0]) >= 2]  # the other counts' kinds
    mine = {i for i, m in enumerate(members) if _one_in_other(m, own)}
    return bool(mine) and any(_one_in_other(m, w) for i, m in enumerate(members) if i not in mine for w in kinds)


@cache
def _partner_scan() -> re.Pattern[str]:
    return re.compile(f"[与同和][^，,；;。、与同和]{{1,8}}?({trie_pattern(list(read_json('measure_equivalents.json')['partner_verbs']))})")


def without_partner(text: str) -> str:
    """``text`` with a partner of the action left out and its verb read as the action (与企业共建口袋公园 -> 建设口袋公园): who builds
    with the city is no kind of the thing counted (data/measure_equivalents.json partner_verbs, audit 49 北海)."""
    if "与" not in text and "同" not in text and "和" not in text:
        return text
    verbs = _data("measure_equivalents.json")["partner_verbs"]
    return _partner_scan().sub(lambda m: verbs[m.group(1)], text)


def distributed_member(fig: Figure) -> bool:
    """``fig`` is one of the amounts a 分别 hands out to the members named before it (…汽车零部件五大产业集群分别实现产值148亿元、…、
    300亿元): a 分别 in its clause before it, and a 、 or 和 beside it in that list."""
    at = fig.sentence.rfind("分别", 0, fig.rel_start)
    if at < 0 or CLAUSE_END.search(fig.sentence, at, fig.rel_start):
        return False
    return "、" in fig.sentence[at:fig.rel_start] or fig.sentence[fig.rel_end:fig.rel_end + 1] in ("、", "和")


def total_for_a_member(target: Figure, a: Figure) -> bool:
    """A total of a set (五大产业集群总产值突破1100亿元: ``baseline_scopes.json`` total_words) is not measured by one member's amount of a
    review 分别 list (…汽车零部件五大产业集群分别实现产值…300亿元), nor a member by the total: the one naming a total word, the other
    a member naming none, named by a word before the set's name (旅游收入 of 游客人数和旅游收入分别… stays 旅游总收入's) (audit 52 蚌埠 row 6). A list that names the total itself (进出口总额、出口额分别增长…) keeps its member."""
    totals = _data("baseline_scopes.json")["total_words"]
    def whole(fig: Figure) -> bool:
        return any(w in fig.indicator for w in totals)
    def one_of(total: Figure, member: Figure) -> bool:  # the member named before the set (汽车零部件 + 五大产业集群产值), not 旅游收入 for 旅游总收入
        named = total.indicator.replace("总", "", 1)
        return named in member.indicator and not member.indicator.startswith(named)
    return (whole(target) and not distributed_member(target) and distributed_member(a) and not whole(a) and one_of(target, a)) \
        or (whole(a) and not distributed_member(a) and distributed_member(target) and not whole(target) and one_of(a, target))


def industries_apart(name: str, other: str) -> bool:
    """Both names hold 产业 with words before it that share no character (新能源产业规模 and 曹县汉服产业产值, 纺织服装 and
    单县羊肉汤: audit 56 菏泽 rows 9, 14): two industries' measures, which a match through synonyms (产业规模 ≈ 产业产值) never joins."""
    at, at2 = name.rfind("产业"), other.rfind("产业")
    return at > 0 and at2 > 0 and not set(name[:at]) & set(other[:at2])


def first_action(scan: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first action verb of ``text`` that is not part of a project's title: in 赤峰二中国际实验学校新建项目、
    松山区第十七小学等15所学校开工建设 新建 names one example (a verb just before 项目/工程 that closes a list member),
    and the set's action is the verb after its count (开工建设). A continued word (tables_words.json continued_words: 续建) with a
    completion word after it (completed_ends) qualifies the things counted: 15所续建学校建成投用 finishes schools, its action 建成; so does a
    set_attribute_verbs word right before 项目/工程 with another action verb after (272个新建项目开工建设 starts projects)."""
    w = words()
    for m in scan.finditer(text):
        rest = text[m.end():]
        if m.group() in w["continued_words"] and rest[:1] not in ("、", "和") and any(e in rest for e in w["completed_ends"]):
            continue
        head = first_opening(rest, tuple(w["project_heads"]))
        if head and m.group() in w["set_attribute_verbs"] and scan.search(rest, len(head)):
            continue  # (272个新建项目开工建设: new projects started, spot 40)
        if not head or rest[len(head):len(head) + 1] not in ("、", "等", "和"):
            return m
    return None


def added_member(segment: str, scan: re.Pattern[str]) -> bool:
    """A 、 list member whose own words open with a word of adding (tables_words.json addition_openers: 新增, 净增) and hold no
    action verb (、新增学位8580个): it adds its own noun and names no action, so borrows none from the member before it
    (新改扩建学校8所: build) — 增加学位3.06万个 is its baseline (spot 37 fix91b, 宿迁 row 134)."""
    own = segment.strip()
    return own.startswith(tuple(words()["addition_openers"])) and scan.search(own) is None


NOUN_AFTER_KIND: Final = 4  # characters of the name after a short kind that must follow it in the other side's sentence too


def kind_with_its_noun(name: str, kind: str, context: str) -> bool:
    """A short kind (市列, under ``MIN_PIECE``) the other side's sentence says with the same noun after it, as in ``name``:
    市列重点项目110个以上，年度计划投资600亿元 and 103个市列重点项目完成投资617.4亿元 (市列重点项目 in the clause before;
    spot audit 37 庆阳 row 44). The kind alone (市列, 省级) is everywhere; with its noun it names one set of things."""
    at = name.find(kind)
    piece = name[at:at + len(kind) + NOUN_AFTER_KIND] if kind and at >= 0 else ""
    return len(piece) == len(kind) + NOUN_AFTER_KIND and piece in context
