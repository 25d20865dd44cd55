"""A word that contracts two measures, before 分别 and two figures (audit 10: 金融机构本外币存贷款余额分别达到
2.76万亿元、2.86万亿元 states the deposits, then the loans): each figure is named for its own measure
(…存款余额, then …贷款余额), the pair's parts in the order data/tables_words.json ``contracted_pairs``
gives them (the file the targets' 均 rule reads too: one list in one file).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.indicators import add_measure, strip_clause
from govreport.lexicon import name_words, read_json

DISTRIBUTIVE = ("分别", "依次")
LIST_MARKS = frozenset("、和及与，,；;")
CLAUSE_MARKS = "，,；;：:"


@cache
def _pairs() -> dict[str, list[str]]:
    return read_json("tables_words.json")["contracted_pairs"]


PLACE_PAIR: Final = re.compile(r"([一二两三四五六七八九十]区)([一二两三四五六七八九十]县)")  # 四区四县: the districts, then the counties


def pair_word(name: str) -> str:
    """The contracting word a name holds ('' for none: one substring test per pair), or a pair of classes of places
    counted (四区四县城镇生活垃圾分类覆盖率分别达到100%和90%: 四区…, then 四县…; audit s36 双鸭山 rows 56-57)."""
    return next((p for p in _pairs() if p in name), "") or (m.group() if (m := PLACE_PAIR.search(name)) else "")


def pair_subject(scan: str, start: int, figure_start: int, pair: str) -> int:
    """Where ``pair`` stands as the whole subject of a 分别 list before a figure (no list mark between it
    and 分别, nor in its clause before it), -1 otherwise."""
    at = scan.rfind(pair, start, figure_start)
    if at < 0:
        return -1
    each = min((k for k in (scan.find(d, at, figure_start) for d in DISTRIBUTIVE) if k >= 0), default=-1)
    if each < 0 or any(c in LIST_MARKS for c in scan[at + len(pair):each]):
        return -1
    begin = max(max(scan.rfind(c, start, at) for c in CLAUSE_MARKS), start - 1)  # 对东盟、欧盟进出口分别…: the pair is one
    return -1 if any(c in LIST_MARKS for c in scan[begin + 1:at]) else at  # member's words, not the subject


def pair_part(name: str, pair: str, k: int) -> str:
    """``name`` with ``pair`` replaced by its ``k``-th part ('' when the pair has no such part)."""
    parts = _pairs().get(pair) or [g for m in (PLACE_PAIR.fullmatch(pair),) if m for g in (m.group(1), m.group(2))]
    return name.replace(pair, parts[k], 1) if k < len(parts) else ""


RATE_AFTER: Final = re.compile(r"、\d[\d.]*%")  # 94%、98%: two rates listed with 、, no 分别
RATE_BEFORE: Final = re.compile(r"\d[\d.]*%、$")
RATE_ENDS: Final = ("率", "比例")


def listed_rates(scan: str, start: int, at: int, end: int) -> str:
    """The member a rate of two listed with 、 is of, when its subject lists two rates with 、 the same way and no
    分别 (基本养老保险、基本医疗保险参保率达94%、98%以上: 基本养老保险参保率, then 基本医疗保险参保率, not one name
    carrying both): the first member takes the last one's ending after the word both end with (保险); '' otherwise."""
    if (second := RATE_AFTER.match(scan, end)) is not None:
        k, first_at = 0, at
        if RATE_AFTER.match(scan, second.end()):
            return ""  # three rates or more
    elif (before := RATE_BEFORE.search(scan, max(start, at - 12), at)) is not None:
        k, first_at = 1, before.start()
        while first_at > start and (scan[first_at - 1].isdigit() or scan[first_at - 1] == "."):
            first_at -= 1
        if RATE_BEFORE.search(scan, max(start, first_at - 12), first_at):
            return ""
    else:
        return ""
    lo = max(max(scan.rfind(c, start, first_at) for c in CLAUSE_MARKS) + 1, start)
    words = scan[lo:first_at]
    if words.count("、") != 1 or any(d in words for d in DISTRIBUTIVE):
        return ""
    first, second_words = words.split("、")
    last = strip_clause(second_words)[0]
    first = strip_clause(first)[0]
    if not (2 <= len(first) <= 8) or not last.endswith(RATE_ENDS) or first.endswith(RATE_ENDS):
        return ""
    shared = last.rfind(first[-2:])
    if shared < 0:
        return parallel_words_rates(first, last, k)
    if len(last) - shared - 2 < 1:
        return ""
    return (first + last[shared + 2:], last)[k]


def parallel_words_rates(first: str, last: str, k: int) -> str:
    """The ``k``-th of two rates listed with 、 whose first member ends with a two-character word the second opens with in
    its place (城乡居民基本养老、医疗保险参保率稳定在99%、97%以上: 养老 and 医疗, held-out set 57 安康 row 64): the first takes
    the second's words after that word (城乡居民基本养老保险参保率), the second the first's words before it
    (城乡居民基本医疗保险参保率), when words before it are shared; '' otherwise or when the second member is too short."""
    tail = last[2:]  # (a first member of only its word, 农膜、农药包装物回收利用率, may be a whole noun: left alone)
    if len(first) < 4 or len(tail) < 3 or not tail.endswith(RATE_ENDS) or not all("\u4e00" <= c <= "\u9fff" for c in first + last):
        return ""
    return (first + tail, first[:-2] + last)[k]


NEXT_FIGURE: Final = re.compile(r"(?:以上|左右|以内)?、\d[\d.]*([^\d、和及，,；;。]{1,4})")  # 、262万吨: the next figure's unit
SHORT_MEMBER: Final = 6  # the second measure of a pair (产量, 总产值): a measure word, not a clause of its own


def _listed_pair(name: str, clause: str) -> tuple[str, str, str]:
    """(first, 和, second) of a name whose clause lists two measures with 、 before a level verb (data/name_words.csv
    ``list_level_verb``): the name less the second member it ends with; ('', '', '') otherwise."""
    text = clause.strip("，, ")
    verb = next((w for w in name_words("list_level_verb") if text.endswith(w)), "")
    parts = text[:len(text) - len(verb)].split("、") if verb else []
    second = parts[1] if len(parts) == 2 else ""
    return (name[:-len(second)], "和", second) if second and name.endswith(second) else ("", "", "")


def paired_first(scan: str, end: int, unit: str, name: str, clause: str = "") -> str:
    """The first of two measures joined by 和 whose figures follow in a 、 list in two units (粮食种植面积和产量稳定在557万亩、
    262万吨以上: 557万亩 is 粮食种植面积, audit 44): figures in two units are no one sum, each is its own member's, as in a
    分别 list (the second figure is named apart); '' when the name is no such pair or the figure is not the first of two.
    The two may be joined by 、 in the figure's ``clause`` (粮食种植面积、产量稳定在302.5万亩、104.1万吨以上: the name has lost
    the 、; fix99d 吴忠 row 46)."""
    first, _, second = name.partition("和") if "和" in name else _listed_pair(name, clause)
    if "和" in second or "、" in name or len(first) < 2 or not 2 <= len(second) <= SHORT_MEMBER or strip_clause(second)[0] != second:
        return ""
    after = NEXT_FIGURE.match(scan, end)
    if after is None or not unit or unit in after.group(1) or "、" in scan[after.end():after.end() + 3]:
        return ""  # (one unit: a sum or a list of its own; three figures: no pair)
    return first


# 城市生活污水集中收集率提升至全国平均水平以上、处理率95％以上: a bare rate after 、 and a member that ends in its own rate
SIBLING_RATE: Final = re.compile(r"([^、，,；;。：:\d%]*?)([\u4e00-\u9fff]{2}(?:率|比例))[^、，,；;。：:]*、([\u4e00-\u9fff]{1,3}率)(?:达到|达|为|提高到|提升至|提升到|保持在)?$")


def sibling_rate(scan: str, start: int, at: int) -> str:
    """The subject a bare rate shares with the member before it (城市生活污水集中收集率提升至全国平均水平以上、处理率95％以上:
    城市生活污水处理率, not 平均水平以上处理率; audit 44 荆州): the words before the first member's rate, less a manner word
    of that rate (集中, data/name_words.csv ``rate_manner``); '' when the figure's member is more than a rate."""
    lo = max(max(scan.rfind(c, start, at) for c in CLAUSE_MARKS) + 1, start)
    m = SIBLING_RATE.match(scan, lo, at)  # (a match at lo, not a search from every later start: only one there counts)
    if m is None:
        return clause_rate_subject(scan, start, lo, at)
    subject = strip_clause(m.group(1))[0]
    for w in name_words("rate_manner"):
        subject = subject.removesuffix(w)
    return subject + m.group(3) if len(subject) >= 2 else ""


# a clause that is only a rate naming no subject (data/name_words.csv ``subjectless_rate``) and its verb
BARE_CLAUSE_VERBS: Final = ("达到", "达", "为", "提高到", "提升至", "提升到", "保持在", "")
PREV_RATE: Final = re.compile(r"([\u4e00-\u9fff]{2,8}?)[\u4e00-\u9fff]{2}率(?:达到|达|为|提高到|提升至|提升到|保持在)[\d.]+[%％](?:以上|左右)?[，,；;]$")


def clause_rate_subject(scan: str, start: int, lo: int, at: int) -> str:
    """A clause of only a rate that names no subject of its own (综合利用率) after the clause before it in the sentence
    gave another rate of a subject (秸秆还田率达到65%，综合利用率达到95%: 秸秆综合利用率; spot audit 37 绥化 row 21): that
    subject and the rate; '' otherwise."""
    words = scan[lo:at]
    rate = next((w for w in sorted(name_words("subjectless_rate"), key=len, reverse=True) for v in BARE_CLAUSE_VERBS if words == w + v), "")
    if not rate or lo <= start:
        return ""
    before = max(max(scan.rfind(c, start, lo - 1) for c in CLAUSE_MARKS) + 1, start)
    m = PREV_RATE.fullmatch(scan, before, lo)
    return m.group(1) + rate if m else ""


BARE_BOTH: Final = re.compile(r"均(增长|提高|提升|下降|降低|减少|增加)")  # the whole name: 均增长 after two figures of one sentence


def both_members(base: str, names: list[tuple[str, str, str, str]], unit: str) -> str:
    """A % figure named only 均增长 (each grew) after two figures of its sentence (力争全年接待游客1062万人次，实现旅游收入
    64亿元，均增长20%以上; held-out set 65, fix138b, 克拉玛依 row 20): the change of both, named from both members
    (接待游客人次和旅游收入增长); ``base`` otherwise (a name of its own, fewer than two levels named before, either a %)."""
    if unit != "%" or len(names) < 2 or (both := BARE_BOTH.fullmatch(base)) is None:
        return base
    first, second = names[-2], names[-1]
    if "%" in (first[2], second[2]) or not first[3] or not second[3] or first[3] == second[3]:
        return base
    return add_measure(first[3], first[2]) + "和" + add_measure(second[3], second[2]) + both.group(1)
