"""A baseline's noun is the target's own noun, not a sibling's or another named set's (audit 33).

A review figure the matcher found (by key, wording or name) still measures another thing, and the target is better left
with no baseline, when (data/baseline_scopes.json ``own_noun``):

- its name is the name of **another member of the target's own list** (新建5个未来工厂、10个智能工厂…: 新建17个智能工厂
  is the baseline of 智能工厂, not of 未来工厂);
- the target is an amount of a **named set of projects** (实施藏香猪产业项目23个、完成投资5330万元; 全年安排380个省市重点项目，
  年度计划投资700亿元) and no run of ``set_run`` characters of the set's name stands in the review figure's name or its
  sentence before it (建设牦牛产业集群项目20个、完成投资2.38亿元; …产业园加快建设，329个项目动工，完成投资433.4亿元);
- it counts **titles awarded** (获评省级…示范村27个) and the target counts things **built** (建成乡村振兴示范村100个), not
  titles sought (创建…示范村27个 keeps it), where the review states the building too: that figure is taken instead;
- it is **one amount for a 、 list** of three or more measures (实现城镇新增就业、失业人员再就业、就业困难人员就业、农村劳动力转移
  就业16万余人) and the target one of them;
- the target's name **joins a noun on** to the review figure's (骨干教师医生 and “骨干教师”) that the review states apart
  (“骨干医生”473人): the target counts both;
- the target's own noun less the ending both share (行政村污水 of 行政村污水处理设施 and 城乡污水垃圾处理设施) is not in the
  review figure's clause but in another figure's clause of its sentence (完成90个行政村污水治理): the review states it apart.

Each test is a few substring searches on two names and one sentence.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

from govreport.lexicon import read_json
from govreport.tables.baselines import _form, plausible
from govreport.tables.clauses import CLAUSE_MARKS, first_mark, own_clause
from govreport.tables.figures import Figure, PhraseBook, canonical
from govreport.tables.likeness import Likeness
from govreport.tables.noun_words import noun_words
from govreport.tables.name_agreement import measure_free

CJK: Final = re.compile(r"[\u4e00-\u9fff]+")
JOINED_WORD: Final = 2  # the characters of a noun joined on (医生)
EACH: Final = "分别"
TITLES: Final = "titles awarded, not things built"
HEAD: Final = 3  # the characters of a target's head noun the review's building figure names (示范村)
MIN_OWN: Final = 4  # characters of the target's own noun a neighbour in the review sentence must name whole


@cache
def _data() -> dict[str, Any]:
    return dict(read_json("baseline_scopes.json")["own_noun"])


def _words(name: str) -> tuple[str, ...]:
    return tuple(_data()[name])


def same_measure(target: Figure, other: Figure) -> bool:
    """``other`` in the target's sentence measures what the target does (增长5.5%左右，力争实现6%: a headline figure and a
    stretch one of one key and unit): the review figure named as it is the baseline of both (spot 38 fix98a)."""
    if not target.indicator_key or other.indicator_key != target.indicator_key or other.unit != target.unit or other.end > target.start:
        return False
    gap = target.sentence[other.end - target.sentence_start:target.start - target.sentence_start]
    return not any(c.isdigit() for c in gap) and any(w in gap for w in _words("stretch_words"))


def sibling_name(target: Figure, fig: Figure, phrase_of: PhraseBook) -> str:
    """The name of another figure of the target's sentence the review figure is named as (the target's name differs), '' if none."""
    name = fig.indicator
    if not name or name == target.indicator:
        return ""
    for other in phrase_of.groups.get(target.sentence_start, ()):
        if other.id != target.id and other.indicator == name and other.role != "label" and not same_measure(target, other):
            return name
    return ""


def _set_words(target: Figure) -> str:
    """The words that name the target's set of projects: its name less plan words and the measure word it ends with
    (省市重点项目年度计划投资 -> 省市重点项目; a key's wording may hold the set's own 项目: 续建城建项目投资 keeps 城建项目)."""
    rest = target.indicator
    for w in _words("plan_words"):
        rest = rest.replace(w, "")
    rest = rest.removesuffix(next((w for w in _words("set_measures") if rest.endswith(w)), ""))
    return "".join(CJK.findall(rest))  # (verbs kept: noun_words would cut 新 out of 城市更新)


def _same_set(text: str) -> str:
    """``text`` with each ``same_set_names`` word written as the one name of its set (重点建设项目 -> 重点项目), so a set named
    two ways is one set; a related list whose scope can differ (重大项目) is left as it is."""
    for word, name in dict(_data()["same_set_names"]).items():
        text = text.replace(word, name)
    return text


def other_set(target: Figure, fig: Figure) -> bool:
    """The target names its set of projects (at least ``set_run`` characters) and the review figure's name and sentence
    before it hold no run of that many of them."""
    if target.indicator_key not in _words("set_keys"):
        return False
    run = int(_data()["set_run"])
    own = _same_set(_set_words(target))  # 重点建设项目 is the 重点项目 list (held-out set 54 株洲, fix122c)
    if len(own) < run or own.endswith(_words("means_ends")):  # (落实领导包联服务机制: a way of working, no set; spot audit 38)
        return False
    theirs = _same_set(fig.indicator + "|" + fig.before)
    return not any(own[i:i + run] in theirs for i in range(len(own) - run + 1)) and not one_programme(target.before, fig.before)


@cache
def _programme() -> re.Pattern[str]:
    ends = "|".join(map(re.escape, _words("programme_ends")))
    return re.compile(rf"“[^“”]{{1,12}}”([\u4e00-\u9fff]{{2,8}}?(?:{ends}))")


def one_programme(mine: str, theirs: str) -> bool:
    """Both sentences name one programme's yearly edition by its noun after a quoted code (加快实施“8712”投资促进计划，…，完成投资
    1200亿元 and 实施“7610”投资促进计划，累计完成投资1133亿元: each year's numbers, one programme; held-out set 70 开封 row 21, fix146b)."""
    own = {m.group(1) for m in _programme().finditer(mine)}
    return bool(own) and any(m.group(1) in own for m in _programme().finditer(theirs))


def _built(target: Figure, figures: list[Figure], but: int = -1) -> list[Figure]:
    """The review figures (other than ``but``) whose clause says building and whose name holds the target's head noun."""
    head = _nouns(target.indicator)[-HEAD:]
    if len(head) < HEAD:
        return []
    return [a for a in figures if a.id != but and head in a.indicator and any(w in own_clause(a.before) for w in _words("build_verbs"))]


def title_for_building(target: Figure, fig: Figure, figures: list[Figure]) -> bool:
    """The review figure's clause says a title awarded (获评, 被评为), the target's clause says building (建成) and no title,
    and the review states the building of the target's head noun too (建成乡村振兴“双百工程”示范村100个)."""
    theirs = own_clause(fig.before)
    if not any(w in theirs for w in _words("title_verbs")):
        return False
    mine = own_clause(target.before)
    if not any(w in mine for w in _words("build_verbs")) or any(w in mine for w in _words("title_verbs") + _words("seek_verbs")):
        return False
    return bool(_built(target, figures, fig.id))


def built_instead(target: Figure, figures: list[Figure], average: set[int]) -> Figure | None:
    """Where titles awarded were refused for a target that builds, the one review figure of building its head noun in a
    counter alike and a plausible amount (建成乡村振兴“双百工程”示范村100个 for 建成乡村振兴示范村100个); None if not one."""
    found = [a for a in _built(target, figures) if a.id not in average and a.unit == target.unit and _form(a) == _form(target)
             and plausible(target, a) and not any(w in own_clause(a.before) for w in _words("title_verbs"))]
    return found[0] if len(found) == 1 else None


def sums_measures(target: Figure, fig: Figure, like: Likeness) -> bool:
    """The review figure is one amount for a 、 list of at least ``sum_members`` measures (each ``min_member`` characters or
    more), the target one amount of its own."""
    if not like.sums_a_list(fig) or like.sums_a_list(target):
        return False
    clause = own_clause(fig.before)
    if EACH in clause:  # (…、纺织服装产业集群营收分别达2700亿元、…: one member's amount each)
        return False
    members = clause.split("、")
    if len(members) >= int(_data()["sum_members"]) and all(len(m) >= int(_data()["min_member"]) for m in members):
        return True
    return names_some_members(target, [noun_words(m) for m in _summed(clause).split("、")])


def _summed(clause: str) -> str:
    """The members one amount is for: the clause after the last figure before them and its 、 (新增省级工业互联网平台4个、
    省级智能工厂和数字化车间14个: 省级智能工厂和数字化车间)."""
    digits = [i for i, c in enumerate(clause) if c.isdigit()]
    if not digits:
        return clause
    rest = clause[digits[-1]:]
    return rest[rest.find("、") + 1:] if "、" in rest else ""


def names_some_members(target: Figure, members: list[str]) -> bool:
    """The target names one or more members of the review's 、 list (each ``min_member`` nouns or more) and not every one
    (新建改扩建中小学23处 against 新建改扩建中小学、幼儿园50处, audit 40 LY99): it counts a part of the review's sum."""
    if len(members) < 2 or min(map(len, members)) < int(_data()["min_member"]):
        return False
    mine = noun_words(own_clause(target.before)) + "|" + noun_words(target.indicator)
    named = [m in mine for m in members]
    last = members[-1]  # (幼儿园、中小学学位 against 中小学及幼儿园学位: the last member's head 学位 stands apart, spot audit 86)
    named[-1] = named[-1] or any(last[:i] in mine and last[i:] in mine for i in range(2, len(last) - 1))
    return any(named) and not all(named)


def _nouns(name: str) -> str:
    return canonical(measure_free(noun_words(name)))


def joined_noun(target: Figure, fig: Figure, figures: list[Figure]) -> str:
    """The noun the target's name joins on to the review figure's (新增骨干教师医生 and 新增“骨干教师”: 医生) where the
    review states that other noun apart under the same words before it (新增“骨干医生”473人): the target counts both,
    the review figure one of them; '' otherwise."""
    mine, theirs = _nouns(target.indicator), _nouns(fig.indicator)
    if len(theirs) < 2 * JOINED_WORD or not mine.startswith(theirs) or len(mine) != len(theirs) + JOINED_WORD:
        return ""
    extra = mine[-JOINED_WORD:]
    other = theirs[:-JOINED_WORD] + extra  # 骨干 + 医生
    if extra in theirs or not CJK.fullmatch(extra):
        return ""
    return extra if any(a.id != fig.id and _nouns(a.indicator) == other for a in figures) else ""


def _clause_around(fig: Figure) -> str:
    """The figure's clause, before and after it (完成90个行政村污水治理)."""
    tail = fig.after
    stop = first_mark(tail, CLAUSE_MARKS)
    return own_clause(fig.before) + fig.text + (tail if stop < 0 else tail[:stop])


def neighbour_names_mine(target: Figure, fig: Figure, phrase_of: PhraseBook) -> bool:
    """The target's noun less the ending both names share (行政村污水 of 行政村污水处理设施 and 城乡污水垃圾处理设施), at least
    ``MIN_OWN`` characters, is not in the review figure's clause but in the clause of another figure of its sentence in its unit
    (建成城乡污水垃圾处理设施34个，…，完成90个行政村污水治理): the review states the target's own noun apart."""
    mine, theirs = _nouns(target.indicator), _nouns(fig.indicator)
    common = 0
    while common < min(len(mine), len(theirs)) and mine[-1 - common] == theirs[-1 - common]:
        common += 1
    own = mine[:len(mine) - common]
    if common < JOINED_WORD or len(own) < MIN_OWN or own in _clause_around(fig):
        return False
    return any(o.id != fig.id and o.unit == fig.unit and own in _clause_around(o) for o in phrase_of.groups.get(fig.sentence_start, ()))


def own_noun_refusal(target: Figure, fig: Figure, like: Likeness, phrase_of: PhraseBook, figures: list[Figure]) -> str:
    """Why the review figure is not of the target's own noun (see the module's doc), '' if it is."""
    if (sibling := sibling_name(target, fig, phrase_of)):
        return f"the name of '{sibling}', another member of the target's sentence"
    if other_set(target, fig):
        return "the amount of another named set of projects"
    if title_for_building(target, fig, figures):
        return TITLES
    if sums_measures(target, fig, like):
        return "one amount for a list of measures, the target one of them"
    if neighbour_names_mine(target, fig, phrase_of):
        return "the review states the target's own noun apart in the same sentence"
    if (joined := joined_noun(target, fig, figures)):
        return f"one name joins '{joined}' on to the other's noun"
    return ""
