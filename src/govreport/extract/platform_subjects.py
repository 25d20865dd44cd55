"""A sentence that opens with a lead verb and a named platform or zone followed by a verb of its own states that platform's
goals (支持智造新城提升产城融合发展水平，…，接续保持35%以上的制造业投资增速，…，力争规上工业产值突破2000亿元: the 智造新城's
investment growth and output, the city's stated elsewhere; held-out set 60 衢州 rows 28-31, fix131a). Its later figures are
named with the platform, and tables/baseline_refusals refuses them a review figure that names no platform. A figure whose
own clause names the whole city (全市) or a zone of its own keeps its name. Word lists: data/name_subjects.json
(``platform_subject_leads``, ``platform_subject_ends``, ``platform_subject_verbs``, ``city_scopes``).

Held-out set 61, fix132a: so does a sentence opening with a lead verb and a named industry's development (支持灵山玩具制造和
服装纺织产业发展，…，新增就业1.5万人: that industry's jobs; ``industry_growth_ends``, ``industry_growth_verbs``) or with a
county or district as its subject (永昌县以…为方向，…，确保生产总值达到120亿元以上: 永昌县生产总值; ``county_subject_*``).
A zone that opens a goal clause's first 、 member (力争自贸区钦州港片区规上工业总产值增长30%以上、固定资产投资增长20%以上)
is the subject of the later members that name no subject of their own (``zone_listed``).

Held-out sets 78 资阳, 77 宜宾, fix159f: so does a sentence whose whole opening clause builds a named zone (高质量建设临空经济区，…，
确保全年签约产业项目40亿元以上: ``platform_build_*``), and a paragraph under such a run-in heading (高质量建设三江新区。…地区生产总值
266亿元) loses the city key of the measures zone_scopes names with the zone (``heading_zone``)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import holds_verb, name_subjects, trie_pattern

BODY = r"[\u4e00-\u9fff]{0,8}?"  # the platform's own name before its end word (智造 of 智造新城)
INDUSTRY_BODY = r"[\u4e00-\u9fff]{2,14}?"  # an industry's own words before 产业 (灵山玩具制造和服装纺织)
OPENING_CLAUSE = r"[^，,。；;：:\d]*[，,]"  # the rest of the opening clause: words, no figure
COUNTY_NAME = r"[\u4e00-\u9fff]{2,3}"  # a county's own name before its end word (永昌 of 永昌县); one character before 县 (义县)
ONE_SUBJECT_CLAUSE = r"[^，,。；;：:\d、]*[，,]"  # an opening clause of one subject's work: no 、 (支持坡头区创建…、遂溪县创建…: two counties')
ZONE_BODY = r"[\u4e00-\u9fff]{2,10}?"  # a zone's own name before its end word (自贸区钦州港 of 自贸区钦州港片区)


@cache
def _openings() -> tuple[re.Pattern[str], ...]:
    """The openings that make a sentence a subject's: a lead verb, a platform (its name and an end word) and one of its own
    verbs; a lead verb and an industry's development; a county or district and one of its verbs; a lead verb, a county and
    one of its verbs (支持凌海市建设…, fix133b); each with the rest of its opening clause, no figure in it; a scope word whose
    opening clause states a figure (县域地区生产总值平均增长6.9%，…, fix133b)."""
    words = name_subjects()
    leads, ends, verbs = (trie_pattern(words[k]) for k in ("platform_subject_leads", "platform_subject_ends", "platform_subject_verbs"))
    industry, grows = trie_pattern(words["industry_growth_ends"]), trie_pattern(words["industry_growth_verbs"])
    county, acts = trie_pattern(words["county_subject_ends"]), trie_pattern(words["county_subject_verbs"])
    county_leads, lead_acts = trie_pattern(words["county_subject_leads"]), trie_pattern(words["county_lead_verbs"])
    return (re.compile(rf"(?:{leads})({BODY}(?:{ends}))(?={verbs}){OPENING_CLAUSE}"),
            re.compile(rf"(?:{leads})({INDUSTRY_BODY}(?:{industry}))(?:{grows})[，,]"),
            re.compile(rf"({COUNTY_NAME}(?:{county})|[\u4e00-\u9fff]县)(?={acts}){OPENING_CLAUSE}"),
            re.compile(rf"(?:{county_leads})({COUNTY_NAME}(?:{county}))(?={lead_acts}){ONE_SUBJECT_CLAUSE}"),
            re.compile(rf"({trie_pattern(words['area_subject_openings'])})(?=[^，,。；;：:]*\d)"),
            _built_zone())


@cache
def _built_zone() -> re.Pattern[str]:
    """A lead of building well and a named zone, the whole opening clause (高质量建设临空经济区，…): the sentence is the zone's
    (fix159f); ``platform_build_*``."""
    words = name_subjects()
    leads, ends = trie_pattern(words["platform_build_leads"]), trie_pattern(words["platform_build_ends"])
    return re.compile(rf"(?:{leads})({BODY}(?:{ends}))(?=[，,。])")


HEADING_REACH = 16  # a run-in heading is short: its 。 within these characters of its paragraph's start


def heading_zone(scan: str, sentence_start: int) -> str:
    """The zone a run-in heading of the sentence's paragraph builds and names alone (高质量建设三江新区。), '' if none; the
    heading's own sentence is read by ``_openings``, not here."""
    start = scan.rfind("\n", 0, sentence_start) + 1
    end = scan.find("。", start, start + HEADING_REACH)
    if not start <= end < sentence_start:
        return ""
    m = _built_zone().match(scan, start, end + 1)
    return m.group(1) if m is not None and m.end() == end else ""


def _county(name: str) -> bool:
    """Whether an opening county match is a county or district by name, not an area word (城区, 开发区, 全区)."""
    words = name_subjects()
    return not name.endswith(tuple(words["county_subject_not_ends"])) and name[:1] not in words["county_subject_not_starts"]


def _match_kind(text: str, start: int = 0, end: int | None = None) -> tuple[int, re.Match[str] | None]:
    """The kind (the index of its pattern in ``_openings``) and the first subject opening of ``text`` at ``start`` (before
    ``end``); (-1, None) when it opens otherwise."""
    for k, pattern in enumerate(_openings()):
        m = pattern.match(text, start, len(text) if end is None else end)
        if m is not None and (k < 2 or k > 3 or _county(m.group(1))):
            return k, m
    return -1, None


def _match(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first subject opening of ``text`` at ``start`` (before ``end``), None when it opens otherwise."""
    return _match_kind(text, start, end)[1]


def platform_of(sentence: str) -> str:
    """The platform, industry or county ``sentence`` opens with as its subject (智造新城), '' when it opens otherwise."""
    m = _match(sentence)
    return m.group(1) if m else ""


def _own_subject(clause: str, name: str, industries: bool = True) -> bool:
    """Whether a figure's own clause or name names a subject of its own: the whole city (全市), a zone, an industry (not for a
    county's figure, ``industries`` False: 黑山县要…做强做优粮食…产业，…: 粮食产业规模 is still the county's, fix133b)."""
    words = name_subjects()
    ends = words["platform_subject_ends"] + (words["industry_growth_ends"] if industries else [])
    return any(w in clause or name.startswith(w) for w in words["city_scopes"]) or any(e in name for e in ends)


def _names_subject(name: str, subject: str) -> bool:
    """Whether ``name`` already names ``subject``: it opens with it, or holds the last words of its own name before its end
    word (新增规上玩具制造和服装纺织企业数 of 灵山玩具制造和服装纺织产业)."""
    own = subject[:-2] if len(subject) > 6 else ""
    return name.startswith(subject) or (len(own) >= 4 and own[-4:] in name)


def platform_named(scan: str, sentence_start: int, lo: int, figure_start: int, name: str) -> str:
    """``name`` with the platform its sentence opens with before it, for a figure after the opening clause whose own
    clause (``scan[lo:figure_start]``) names no whole city and whose name names no zone of its own; ``name`` otherwise."""
    if not name or lo <= sentence_start:
        return name
    k, m = _match_kind(scan, sentence_start, figure_start)
    if m is None or m.end() > lo or _own_subject(scan[lo:figure_start], name, k < 2) or _names_subject(name, m.group(1)):
        return name
    return m.group(1) + name


@cache
def _listed_zone() -> re.Pattern[str]:
    """A goal clause opening with a goal verb and a named zone (力争自贸区钦州港片区…)."""
    words = name_subjects()
    leads, ends = trie_pattern(words["zone_list_leads"]), trie_pattern(words["zone_list_ends"])
    return re.compile(rf"(?:{leads})({ZONE_BODY}(?:{ends}))")


def _clause_zone(scan: str, sentence_start: int, figure_start: int, end: int) -> re.Match[str] | None:
    """The goal verb and named zone the figure's clause opens with (力争自贸区钦州港片区…), read before ``end``; None if none."""
    cut = max(scan.rfind(c, sentence_start, figure_start) for c in "，,；;：:")
    return _listed_zone().match(scan, max(cut + 1, sentence_start), end)


def zone_listed(scan: str, sentence_start: int, lo: int, figure_start: int, name: str) -> str:
    """``name`` with the zone its goal clause opens with (力争自贸区钦州港片区规上工业总产值增长30%以上、固定资产投资增长
    20%以上: 自贸区钦州港片区固定资产投资增长), for a later 、 member (its own clause right after a 、) naming no subject of
    its own; ``name`` otherwise."""
    mark = scan.rfind("、", lo, figure_start)
    if not name or mark < 0:
        return name
    m = _clause_zone(scan, sentence_start, figure_start, mark)
    if m is None or _own_subject(scan[mark + 1:figure_start], name) or _names_subject(name, m.group(1)):
        return name
    return m.group(1) + name


def subject_scoped(scan: str, sentence_start: int, lo: int, figure_start: int, name: str) -> bool:
    """Whether ``name`` is the measure of the platform, industry, county or zone its sentence (or its goal clause) opens with
    as subject, as platform_named and zone_listed read it, whether they added the subject or the figure's own words named it
    (永昌县生产总值, 自贸区钦州港片区固定资产投资增长). Such a figure takes no registry key: a key is the report's place's own
    indicator, which the panel and the track record compare across reports (held-out set 61 钦州 rows 29-41, 金昌 27-28)."""
    clause = scan[lo:figure_start]
    if not name or any(w in clause for w in name_subjects()["city_scopes"]):  # (…，全市新增就业: the city's own)
        return False
    m = _match(scan, sentence_start, figure_start + 1)  # (its first digit too: a scope word's own first clause: 县域地区生产总值平均增长6.9%，…, fix133b)
    if m is not None and _names_subject(name, m.group(1)):
        return True
    z = _clause_zone(scan, sentence_start, figure_start, figure_start)
    if z is not None and _names_subject(name, z.group(1)):
        return True
    return bool(zone := heading_zone(scan, sentence_start)) and _names_subject(name, zone)  # 高质量建设三江新区。…地区生产总值 (fix159f)


@cache
def _zone_start() -> re.Pattern[str]:
    """A named zone (its own name and a zone's end word) at the start of a text (自贸区钦州港片区…)."""
    return re.compile(rf"({ZONE_BODY}(?:{trie_pattern(name_subjects()['zone_list_ends'])}))(?![、和与及])")


def zone_opening(text: str) -> str:
    """The named zone ``text`` (a name or a sentence) opens with (自贸区钦州港片区), '' when it opens otherwise or with a
    verb (加快漳州高新区…: the city's work on it)."""
    return _named_opening(_zone_start().match(text))


def _named_opening(m: re.Match[str] | None) -> str:
    """The zone or park a start match found, '' when there is none or it opens with a word making it work on it or a class."""
    if m is None or m.group(1).startswith(tuple(name_subjects()["zone_subject_not_starts"])) or holds_verb(m.group(1)):
        return ""
    return m.group(1)


@cache
def _park_start() -> re.Pattern[str]:
    """A park class at the start of a review sentence (市级园区完成总产值…): ``review_zone_ends``."""
    return re.compile(rf"({ZONE_BODY}(?:{trie_pattern(name_subjects()['review_zone_ends'])}))(?![、和与及])")


def zone_subject(sentence: str, key: str = "") -> str:
    """The named zone (or park class) a review sentence opens with as the subject of results its opening clause itself
    counts (自贸区钦州港片区提炼自主创新成果超50项，…; 市级园区完成总产值436亿元，…): the later figures of the sentence are the
    zone's; so is a city aggregate (``key`` in ``zone_aggregate_keys``) anywhere in a sentence opening with a named zone
    (三江新区获批…，预计…实现地区生产总值300亿元); '' otherwise (滇中新区未来交通科学城揭牌，新增…: the city's)."""
    zone = zone_opening(sentence)
    if zone and key in name_subjects()["zone_aggregate_keys"]:
        return zone
    park = "" if zone else _named_opening(_park_start().match(sentence))
    zone = zone or park
    clause = re.split(r"[，,；;。]", sentence[len(zone):], maxsplit=1)[0]
    if park and not clause.startswith(tuple(name_subjects()["review_zone_verbs"])):
        return ""  # (地产品园区达到25处: the parks counted, no subject of the sentence's results)
    return zone if zone and re.search(r"\d", clause) and not clause.startswith("建设") else ""