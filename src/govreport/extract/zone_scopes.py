"""A zone's goal in a zone's paragraph (audit 42, CZ64): under a run-in heading naming a development zone (提升开发区发展能级。…
加大开发区项目集聚和产出考核力度，…，规上工业增加值增长15%以上) an industrial measure the sentence gives bare, after naming the
zone, is the zone's (开发区规上工业增加值增长), not the city's. A heading may name the zones by a park word (推动园区提质增效。…
壮大省级经开区工业经济，…，工业开票销售收入增长12%以上), and the zone keeps its level (省级经开区工业开票销售收入增长; audit 46).
A sentence opened by a named park and 要 (楚雄高新区要瞄准…，…确保主营业务收入增长12%以上) makes the park the subject of
every measure in it that names no park (楚雄高新区主营业务收入增长; held-out 50 楚雄 G3); so does a park opening it before what it
takes in (全市园区开工项目…，固定资产投资…增长: held-out 51 玉溪 G2). A built-up area's measure takes the town the opening clause
works on (加快县城提质扩容，力争建成区面积新增8平方公里: 县城建成区面积新增).
Word lists: data/name_subjects.json (``zones``, ``zone_measures``, ``zone_headings``, ``zone_levels``, ``zone_subject_heads``,
``zone_intake_verbs``, ``town_measures``, ``opening_towns``)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import name_subjects
from govreport.extract.platform_subjects import heading_zone

PARAGRAPH_REACH: Final = 600  # how far back a paragraph's start is looked for (no search to the text's start)
HEADING_REACH: Final = 16  # a run-in heading is short: its 。 within these characters of the paragraph's start


_ZONE_SUBJECT: Final = re.compile(r"\s*([\u4e00-\u9fff]{2,8}?(?:%s))要(?!求)" % "|".join(
    sorted(name_subjects()["zone_subject_heads"], key=len, reverse=True)))


@cache
def _words(key: str) -> tuple[str, ...]:
    return tuple(sorted(name_subjects()[key], key=len, reverse=True))


def _with_level(scan: str, sentence_start: int, at: int, zone: str) -> str:
    """The zone with the level written right before it (省级经开区), or the zone alone."""
    return next((w for w in _words("zone_levels") if scan.endswith(w, sentence_start, at)), "") + zone


def _sibling_zone(scan: str, sentence_start: int, figure_start: int) -> str:
    """The zone or park word the 、 sibling right before the figure's member opens with (园区营业收入增长15%以上、规上工业增加值增长10%以上:
    both are the parks' measures; audit s36 大理 row 10), or ''."""
    clause_start = max(scan.rfind(c, sentence_start, figure_start) for c in "，。；：") + 1
    comma = scan.rfind("、", max(clause_start, sentence_start), figure_start)
    if comma < 0 or not any(ch.isdigit() for ch in scan[clause_start:comma]):
        return ""  # no figure before: a list of nouns, not of goals
    member = scan[max(clause_start, sentence_start, scan.rfind("、", clause_start, comma) + 1):comma]
    return next((w for w in _words("zones") + _words("zone_headings") if member.startswith(w)), "")


_INTAKE_SUBJECT: Final = re.compile(r"\s*(?:全市|全县|全区)?([\u4e00-\u9fff]{0,8}?(?:%s))(?=%s)" % (
    "|".join(sorted(name_subjects()["zone_subject_heads"], key=len, reverse=True)),
    "|".join(sorted(name_subjects()["zone_intake_verbs"], key=len, reverse=True))))


# how far past the sentence's leading white space a head word of either pattern can reach: 全市 + 8 characters + a head
_SUBJECT_REACH: Final = 2 + 8 + max(map(len, name_subjects()["zone_subject_heads"]))
# the last characters of the head words (区, 园): a window holding none of them holds no head
_HEAD_ENDS: Final = tuple(sorted({w[-1] for w in name_subjects()["zone_subject_heads"]}))


def sentence_zone(scan: str, sentence_start: int, figure_start: int) -> str:
    """The park a sentence opens with as its subject before 要 (禄丰产业园要瞄准千亿园区目标，…), or before what it takes in
    (全市园区开工项目25个以上、竣工15个，固定资产投资、主营业务收入分别增长15%、10%: the parks' investment, audit 51 玉溪 G2), or ''."""
    opening = sentence_start
    while opening < figure_start and scan[opening].isspace():
        opening += 1
    window = scan[opening:min(figure_start, opening + _SUBJECT_REACH)]
    if not any(c in window for c in _HEAD_ENDS):
        return ""  # (most figures stop here: their sentence opens with no park)
    m = _ZONE_SUBJECT.match(scan, sentence_start, figure_start) or _INTAKE_SUBJECT.match(scan, sentence_start, figure_start)
    return m.group(1) if m is not None else ""


def town_scoped(scan: str, sentence_start: int, figure_start: int, base: str) -> str:
    """``base``, a measure of a built-up area (``town_measures``: 建成区面积新增), with the town the sentence's opening clause
    works on (实施“强中心城区”行动，…，力争建成区面积新增1.5平方公里; 加快县城提质扩容，力争建成区面积新增8平方公里: 中心城区, 县城;
    audit 51 玉溪 G2); ``base`` when it names a town, or the opening names none (``opening_towns``)."""
    if not base.startswith(_words("town_measures")):
        return base
    comma = scan.find("，", sentence_start, figure_start)
    opening = scan[sentence_start:comma] if comma > 0 else ""
    town = next((w for w in _words("opening_towns") if w in opening), "")
    return town + base if town and not any(w in base for w in _words("opening_towns")) else base


def zone_scoped(scan: str, sentence_start: int, figure_start: int, base: str) -> str:
    """``base`` with the zone before it when ``base`` opens with an industrial measure (``zone_measures``), names no zone, and
    both the figure's sentence before it and its paragraph's run-in heading name that zone (or a park word of
    ``zone_headings``); else ``base``."""
    if (park := sentence_zone(scan, sentence_start, figure_start)) and not any(w in base for w in _words("zone_subject_heads")):
        return park + base
    if base.startswith(_words("heading_zone_measures")) and (built := heading_zone(scan, sentence_start)) and built not in base:
        return built + base  # 高质量建设三江新区。…确保今年实现地区生产总值266亿元 (fix159f)
    if not base.startswith(_words("zone_measures")) or any(z in base for z in _words("zones")):
        return base
    if sibling := _sibling_zone(scan, sentence_start, figure_start):
        return sibling + base
    zone, at = next(((z, a) for z in _words("zones") if (a := scan.find(z, sentence_start, figure_start)) >= 0), ("", -1))
    if not zone:
        return base
    start = scan.rfind("\n", max(0, sentence_start - PARAGRAPH_REACH), sentence_start) + 1
    if start == 0 and sentence_start > PARAGRAPH_REACH:
        return base
    end = scan.find("。", start, start + HEADING_REACH)
    if not (end > start and end < sentence_start):
        return base
    heading = scan[start:end]
    if any(w in scan[at + len(zone):figure_start] for w in _words("zone_headings")):
        return base  # (引导开发园区与…产业园区协同…，力争全市各类园区…工业开票销售…: the figure names its parks itself)
    if zone in heading:
        return zone + base
    return _with_level(scan, sentence_start, at, zone) + base if any(w in heading for w in _words("zone_headings")) else base
