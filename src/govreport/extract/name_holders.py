"""A bare measure that opens its clause is the holder's an earlier clause of its sentence names (audit 47, 济宁 and 梧州):
大安机场通航城市增至30个，旅客吞吐量突破150万人次 is 大安机场旅客吞吐量; 支持藤县…，…，力争工业总产值达到540亿元 is the county's
(藤县工业总产值), not the city's. Word lists: data/name_subjects.json (``held_measures``, ``holder_ends``, ``holder_leads``,
``place_leads``); docs/assumptions.md#names."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import name_subjects, trie_pattern

CLAUSE_MARKS = "，,；;"
PLACE_END = "县市区"


@cache
def _holder() -> re.Pattern[str]:
    """A clause opening: a lead verb or none, then a body ending with a holder word, or (after a place lead) a county or city."""
    words = name_subjects()
    ends, leads, places = (trie_pattern(words[k]) for k in ("holder_ends", "holder_leads", "place_leads"))
    return re.compile(rf"(?:{leads})?([\u4e00-\u9fff]{{0,6}}?(?:{ends}))|(?:{places})([\u4e00-\u9fff]{{1,3}}?[{PLACE_END}])(?![级域])")


_HELD: Final[list[tuple[tuple[str, ...], frozenset[str]]]] = []  # held_measures in their order and as a set, read once


def _held() -> tuple[tuple[str, ...], frozenset[str]]:
    """data/name_subjects.json ``held_measures``: a tuple (in the list's order) and a set (asked for every figure)."""
    if not _HELD:
        measures = tuple(name_subjects()["held_measures"])
        _HELD.append((measures, frozenset(measures)))
    return _HELD[0]


def _holder_of(scan: str, sentence_start: int, figure_start: int, base: str) -> tuple[str, bool]:
    """(the holder the nearest earlier clause opens with, whether it is a place) for a bare ``held_measures`` ``base`` that
    opens the figure's clause; ('', False) for none."""
    if base not in _held()[1]:
        return "", False
    cut = max(scan.rfind(c, sentence_start, figure_start) for c in CLAUSE_MARKS)
    if cut < sentence_start or scan.find(base, cut, figure_start) < 0:
        return "", False
    while cut > sentence_start:
        start = max(max(scan.rfind(c, sentence_start, cut) for c in CLAUSE_MARKS) + 1, sentence_start)
        if m := _holder().match(scan, start, cut):
            return m.group(1) or m.group(2), m.group(1) is None
        cut = start - 1
    return "", False


def held_scoped(scan: str, sentence_start: int, figure_start: int, base: str) -> str:
    """``base`` with the holder before it when ``base`` is a bare measure of ``held_measures`` whose clause opens with it and an
    earlier clause of the sentence opens with a holder (see ``_holder``), the nearest one; else ``base``."""
    holder = _holder_of(scan, sentence_start, figure_start, base)[0]
    return base if not holder or holder in base else holder + base


def held_by_place(scan: str, sentence_start: int, figure_start: int, name: str) -> bool:
    """``name`` is a ``held_measures`` measure a county or city of the sentence holds (藤县工业总产值): no city-wide key."""
    measures = _held()[0]
    if not name.endswith(measures):  # (one test for the whole list: most names end with none)
        return False
    for measure in measures:
        if name.endswith(measure) and len(name) > len(measure):
            holder, place = _holder_of(scan, sentence_start, figure_start, measure)
            return place and name == holder + measure
    return False


@cache
def _moved_industry() -> re.Pattern[str]:
    """An industry and where it moves (不锈钢产业向精深加工延伸): toward_verbs of data/name_subjects.json end the move."""
    verbs = trie_pattern(name_subjects()["toward_verbs"])
    return re.compile(rf"([\u4e00-\u9fff]{{1,10}}?产业)向[\u4e00-\u9fff]{{2,10}}?(?:{verbs})")


def industry_of_move(topic: str) -> str:
    """The industry whose bare output a sentence gives after saying where the industry moves (持续推动不锈钢产业向精深加工延伸，…，
    力争完成产值350亿元: 不锈钢产业产值, not 不锈钢产业向精深加工延伸产值; audit 47 梧州 row 13); ``topic`` otherwise."""
    m = _moved_industry().fullmatch(topic) if "向" in topic else None
    return m.group(1) if m else topic


def output_topic(topic: str) -> str:
    """The thing whose output a bare 产量 after a sibling's area measures: the industry of a move (``industry_of_move``), and a
    contracted sown-area stem written out (粮播面积稳定在134.9万亩以上、总产量保持在47.8万吨以上: 粮播 is 粮食播种, so the output
    is 粮食总产量, not 粮播总产量; data/name_subjects.json ``sown_contractions``, audit spot 37 宁德 row 24). A subject's count
    after its own verb of adding (规模以上工业企业新增35户以上、产值达1900亿元) leaves the verb to the count: the output is the
    subject's (规模以上工业企业产值), not an output added (held-out set 84 红河 row 27, fix165c; ``output_added_ends``)."""
    ends = tuple(name_subjects()["output_added_ends"])
    if topic.endswith(ends) and len(stem := topic[:-len(next(w for w in ends if topic.endswith(w)))]) >= 2:
        topic = stem
    return name_subjects()["sown_contractions"].get(topic, industry_of_move(topic))
