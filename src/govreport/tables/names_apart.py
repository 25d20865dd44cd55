"""Two names alike in their words that measure two things, so one is no baseline of the other (tables/baselines.py):
one modifier of two different heads, two industries, a subject one name adds, a part one narrows to or names before the
measure, an industry's loans for its output, another share word, a capacity for an output."""
from __future__ import annotations

import os
from typing import Final

from govreport.report.chars import common_tail
from govreport.lexicon import name_words, read_json
from govreport.tables.figures import Figure, canonical, words
from govreport.tables.noun_words import noun_scope
from govreport.tables.name_agreement import bare_name


RAISE_ENDS: Final = ("提高", "提升")  # raise words a name may end with where another says 增长


def two_heads(name: str, other: str) -> bool:
    """Two names that open with the same words and end in heads with no character in common
    (中央财政赤字 and 中央财政投资): one modifier of two different things. A change word both end with
    (``change_ends``: 增长) is left out first: 核心产业增加值增长 and 核心产业投资增长 are two measures (audit 50)."""
    end = next((e for e in words()["change_ends"] if name.endswith(e) and other.endswith(e)), "")
    name, other = name[:len(name) - len(end)], other[:len(other) - len(end)]
    rises = (*words()["change_ends"], *RAISE_ENDS)  # 城镇低保平均标准提高 and …标准增长: one measure raised (fix102d)
    if not end and (a := next((e for e in rises if name.endswith(e)), "")) and (b := next((e for e in rises if other.endswith(e)), "")) and a != b:
        name, other = name[:-len(a)], other[:-len(b)]
    n = len(os.path.commonprefix([name, other]))
    return n >= 2 and min(len(name), len(other)) - n >= 2 and not set(name[n:]) & set(other[n:])


def other_industry(name: str, other: str) -> bool:
    """Two names that end alike from an industry head on (产业增加值增长, 业增加值增长: ``industry_heads``)
    whose subjects before it share no character (数字经济核心 and 文化, 金融 and 文化产): two industries'
    measures, not one (audit 21: 金融业增加值增长 is not measured by 文化产业增加值增长)."""
    if "业" not in name or "业" not in other:  # the cheap test first
        return False
    if joined_industries_apart(name, other):
        return True
    tail = common_tail(name, other)
    if tail < 3 or tail >= min(len(name), len(other)):
        return False
    shared = name[-tail:]
    if any(shared.startswith(h) for h in words()["industry_heads"]) or shared in words()["industry_measures"]:  # (光伏新能源 and 数字产业营业收入)
        return not set(name[:-tail]) & set(other[:-tail]) - INDUSTRY_CHAR  # (轻纺产业 and 市级专业园区: 业 of 专业 no industry's, audit 47 新乡 G3)
    return _two_kinds(canonical(name), canonical(other))


def _two_kinds(name: str, other: str) -> bool:
    """Two names that open with one class of two characters or more (规上 is 规模以上) and end alike from an industry noun on
    (服务业营业收入增长; not 企业, 营业, 就业) whose words between share no character and are two or more each (规模以上生产性 and
    规模以上重点服务业营业收入: 生产性 and 重点, two kinds of services, audit 41 NC27); a word one name adds alone (重点) is none."""
    tail = common_tail(name, other)
    lead = len(os.path.commonprefix([name, other]))
    if lead < 2 or lead + tail >= min(len(name), len(other)):
        return False
    shared, at = name[-tail:], name[-tail:].find("业")
    if not 0 < at <= 2 or shared[at - 1] in NO_INDUSTRY:
        return False
    one, two = name[lead:-tail], other[lead:-tail]
    return min(len(one), len(two)) >= 2 and not set(one) & set(two)


def bare_for_subject(target: Figure, other: Figure) -> bool:
    """The target's name says a measure only (营业收入增长: ``bare_names``, 增长 aside) and the review figure's name gives
    it a subject (规上重点服务业营业收入增长) its sentence never names: the measure of another subject (力争市属国企资产总额
    增长20%以上、营业收入增长15%以上 is no 规上重点服务业's, audit 41 NC96)."""
    name = target.indicator
    if not other.indicator.endswith(name) or len(other.indicator) == len(name):
        return False
    if not bare_name(name):
        return False
    subject = other.indicator[:-len(name)]
    return noun_scope(subject) == subject and subject not in target.sentence


def subject_apart(target: Figure, other: Figure) -> bool:
    """``bare_for_subject`` either way round: a target of one subject (智能装备制造营业收入增长10%以上) and a review figure
    named by the measure alone in a sentence that never names that subject (9家开发区…，营业收入增长16.6%: the zones')
    measure the same thing of two subjects (audit 42 CD38)."""
    return bare_for_subject(target, other) or bare_for_subject(other, target)


JOINED: Final = "和"  # the join of a two-industry name (绿色能源和绿色制造业)


def joined_industries_apart(name: str, other: str) -> bool:
    """Two names of joined industries (A和B…业增加值) that end alike from inside their last industry word on (制造业增加值增长)
    but differ before it (绿色能源和绿色 and 高原特色现代农业和绿色食品): two industries, matched whole, however much of the tail
    they share; not the same members in another order (held-out set 83 楚雄 row 21, fix163b)."""
    tail = common_tail(name, other)
    if tail >= min(len(name), len(other)):
        return False
    shared, one, two = name[-tail:], name[:-tail], other[:-tail]
    at = shared.find("业")
    if not 0 < at <= 2 or shared[at - 1] in NO_INDUSTRY or JOINED not in one or JOINED not in two:
        return False
    if one.endswith(two) or two.endswith(one):
        return False
    return set(one.split(JOINED)) != set(two.split(JOINED))


INDUSTRY_CHAR: Final = frozenset("业")  # the head character two subjects may share without sharing a subject
NO_INDUSTRY: Final = "企营就作物毕"  # 企业, 营业, 就业 …: 业 closing no industry's name


def narrowed(name: str, other: str) -> bool:
    """``other`` names a part of ``name``'s thing: it holds the target's words before their common
    measure (核心产业 of 核心产业增加值增长) and adds a noun after them (规上数字经济核心产业制造业增加值增长:
    its manufacturing part)."""
    tail = common_tail(name, other)
    if tail < 2:
        return False
    stem, wider = name[:-tail], other[:-tail]
    pos = wider.rfind(stem)
    if len(stem) < 2 or pos < 0 or noun_scope(stem) != stem:  # (新增就业参保 and 新增城镇就业参保: a verb, no head)
        return False
    extra = wider[pos + len(stem):]
    return len(extra) >= 2 and noun_scope(extra) == extra and extra not in read_json("baseline_scopes.json")["restating_inserts"] \
        and not restates_ending(stem, extra)  # (实际: held-out set 53)


def restates_ending(stem: str, extra: str) -> bool:
    """``extra`` says again the word ``stem`` ends with (外出务工 + 就业: wage work is employment), no part of it
    (``baseline_scopes.json`` restating_after; held-out set 66 博尔塔拉 row 47, fix142b)."""
    return stem.endswith(tuple(read_json("baseline_scopes.json")["restating_after"].get(extra, ())))


def restated_programme(phrase: str, other: str) -> bool:
    """Both phrases open with one quoted programme's name and ``other`` says the programme's industries after it
    (“四群八链”主导产业应税销售 and “四群八链”应税销售: ``baseline_scopes.json`` programme_restating_words), the rest the same:
    the programme is its industries, no part of it (held-out set 53, fix121c)."""
    if not phrase.startswith("“") or "”" not in phrase:
        return False
    quoted = phrase[:phrase.index("”") + 1]
    rest = phrase[len(quoted):]
    return len(rest) >= 2 and any(other == quoted + w + rest for w in read_json("baseline_scopes.json")["programme_restating_words"])


def prefixed_part(name: str, other: str) -> bool:
    """``other`` is ``name``'s measure with a defining modifier put before it (产业投资增长 and 高技术产业投资增长: the high-tech
    part, data/name_words.csv ``part_prefix``): another measure, as 规上 is another scope (audit 46 徐州 row 15)."""
    tail = common_tail(name, other)
    if tail < 4 or tail < len(name) - 2:  # (the target's words, all but a verb or a scope of two characters)
        return False
    extra = other[:-tail]
    return extra.endswith(name_words("part_prefix")) and not name[:-tail].endswith(name_words("part_prefix"))


def industry_measure_apart(name: str, other: str) -> bool:
    """``name`` is a bare industry and its change (制造业增长: its output), ``other`` puts a noun between them (制造业贷款增长: loans
    to it), another measure (audit 46 达州 row 12); 工业税收净入库增长 for 工业税收增长 names a measure in both."""
    tail = common_tail(name, other)
    stem = name[:-tail] if tail else name
    extra = other[len(stem):len(other) - tail] if other.startswith(stem) else ""
    return tail >= 2 and stem.endswith("业") and len(extra) >= 2 and noun_scope(extra) == extra


def other_share_word(name: str, other: str) -> bool:
    """Two shares ending in different share words (``tables_words.json:share_ends``), one a degree (…度): 新引进八大新兴产业链
    项目集聚度 (how many new projects gather in the parks) is not measured by 八大新兴产业链项目占比 (the chains' share of the
    projects, audit 44); 比重, 占比 and 比例 stay one measure."""
    ends = words()["share_ends"]
    mine = next((w for w in ends if name.endswith(w)), "")
    theirs = next((w for w in ends if other.endswith(w)), "")
    return bool(mine and theirs) and mine != theirs and (mine.endswith("度") or theirs.endswith("度"))


def capacity_apart(name: str, other: str) -> bool:
    """One name measures a capacity (``capacity_heads``: 产能, 生产能力 …) and the other none: what can be produced is no
    output of the year, nor the other way (有色金属产能跨越百万吨台阶 and 有色金属产量63万吨: held-out audit 90, fix172e)."""
    heads = words()["capacity_heads"]
    return any(h in name for h in heads) != any(h in other for h in heads)

