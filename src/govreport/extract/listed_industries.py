"""A 分别 list of figures whose shared measure names no industry, after a 、/和 list of as many industries earlier in its
sentence (黑山县要…，做强做优粮食、畜牧加工和预制菜产业，产业规模分别达到3亿元、20亿元、3.5亿元): each figure is its
member's (粮食产业规模, 畜牧加工产业规模, 预制菜产业规模), not a bare 产业规模 (held-out set 62 锦州 rows 26-37, fix133b).
The sentence's county subject is put before it afterwards (platform_subjects.platform_named). So is a list whose count
stands between its members and the shared measure (装备制造、食品、纺织服装3个产业集群规模分别达到590亿元、…: the count is
a figure of its own, so the list is no subject of the measure's clause; held-out set 85 南阳, fix169b). Word lists:
data/name_subjects.json (``listed_industry_ends``, ``listed_industry_verbs``)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import name_subjects, trie_pattern

REACH = 60  # how far before a figure its list's 分别 may stand
LIST_GAPS = re.compile(r"[、和及]")  # what joins the figures of a 分别 list
CLAUSE_MARKS = "，,；;：:"
COUNT_WORD = r"(?:[一二三四五六七八九十两]|\d+)大"  # 三大产业集群: the list's size before its end word
COUNTED_LIST = re.compile(r"([\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12})+)(\d+)个")  # 装备制造、食品、纺织服装3个


@cache
def _industry_list() -> re.Pattern[str]:
    """A clause that ends with a list of industries: its last list verb, the members and their end word."""
    words = name_subjects()
    verbs, ends = trie_pattern(words["listed_industry_verbs"]), trie_pattern(words["listed_industry_ends"])
    return re.compile(rf".*(?:{verbs})([\u4e00-\u9fff、]{{2,80}}?)(?:{COUNT_WORD})?(?:{ends})$")


def _member(words: str) -> str:
    """One member's own name: without its end word and without an opening 以…的 (以…为核心的全链条农业产业体系: 全链条农业)."""
    ends = tuple(name_subjects()["listed_industry_ends"])
    for end in ends:
        if words.endswith(end):
            words = words[:-len(end)]
            break
    return words.rsplit("的", 1)[-1]


def _members(clause: str, size: int) -> list[str]:
    """The ``size`` industries ``clause`` lists, joined by 、 and the last by 和; [] when it lists another number."""
    m = _industry_list().match(clause)
    if m is None:
        return []
    parts = m.group(1).split("、")
    if len(parts) != size and "和" in parts[-1]:
        parts = parts[:-1] + parts[-1].split("和")
    members = [_member(p) for p in parts]
    return members if len(members) == size and all(2 <= len(x) <= 12 for x in members) else []


def listed_industry(scan: str, sentence_start: int, figure_start: int, name: str) -> str:
    """``name`` as its industry's (粮食产业规模) when it is the shared measure before 分别 (产业规模分别达到…) and an earlier
    clause of the sentence lists as many industries as the list has figures; ``name`` otherwise."""
    mark = scan.rfind("分别", max(sentence_start, figure_start - REACH), figure_start)
    if mark < 0 or not name:
        return name
    cut = max(scan.rfind(c, sentence_start, mark) for c in CLAUSE_MARKS)
    before = scan[max(cut + 1, sentence_start):mark]
    counted = COUNTED_LIST.fullmatch(before[:len(before) - len(name)]) if before.endswith(name) and before != name else None
    if (cut < sentence_start and counted is None or before != name and counted is None
            or any(c in scan[mark:figure_start] for c in CLAUSE_MARKS)):
        return name
    close = min((i for i in (scan.find(c, figure_start, figure_start + REACH) for c in CLAUSE_MARKS + "。") if i >= 0),
                default=figure_start + REACH)
    index, size = len(LIST_GAPS.findall(scan, mark, figure_start)), len(LIST_GAPS.findall(scan, mark, close)) + 1
    if size < 2:
        return name
    if counted is not None:
        return counted_member(counted, name, index, size)
    for clause in reversed(re.split(rf"[{CLAUSE_MARKS}]", scan[sentence_start:cut])):
        members = _members(clause, size)
        if members:
            return members[index] + (name if name.startswith("产业") else "产业" + name)
    return name


def counted_member(counted: re.Match[str], name: str, index: int, size: int) -> str:
    """The ``index``-th member of the list ``counted`` matched (A、B、C3个) joined to ``name``, the measure of an industry
    (产业集群规模) its members share, when the list, its count and the 分别 list's figures all number ``size``; ``name``
    otherwise (a count of another size, a measure not of industries: left as the namer gave it)."""
    members = counted.group(1).split("、")
    ends = tuple(name_subjects()["listed_industry_ends"])
    if int(counted.group(2)) != size or len(members) != size or not name.startswith(ends) or not 0 <= index < size:
        return name
    return members[index] + name
