"""The package's vocabulary, read once from the CSV files in ``govreport/data``.

Units, multipliers, qualifier words, time cues, verbs, category keywords and the zh→en
glossary are data a domain expert can extend without touching Python (the time cues are read in
``cue_words``, the glossaries in ``glossaries``; ``data_checks`` checks units.csv).
"""
from __future__ import annotations

import csv
import marshal
import re
from sys import intern
from decimal import Decimal
from functools import cache
from typing import Any, Final, NamedTuple

from govreport.config import DATA
from govreport.data_checks import DataError, check_units
from govreport.json_words import load_object


def longest_first(word: str) -> tuple[int, str]:
    """Sort key: longer words first, so an alternation tries 新改扩建 before 扩建; ties in code-point
    order, so a pattern built from a set is the same string in every process (its recorded program is
    found again: govreport/programs.py)."""
    return -len(word), word


def trie_pattern(words: list[str]) -> str:
    """The words as a prefix tree (农业(?:农村)?|…): the engine tries each first character once
    instead of every word in turn, and the greedy optional tails make the longest word win: the same
    matches, tried in the same order, as the words joined with | longest first."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


def read_rows(name: str, strip: bool = True) -> list[dict[str, str]]:
    """All rows of ``govreport/data/<name>`` as dicts (UTF-8 CSV with a header); ``strip=False``
    keeps white space that is data (a character that folds to a space)."""
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() if strip else (v or "") for k, v in row.items()} for row in csv.DictReader(f)]


# A file's object as marshal bytes, by path, with the (modified time, size) it was read at: many cached functions read the same
# file (baseline_scopes.json some twenty times), and marshal gives each a fresh copy far faster than the JSON is parsed again.
_JSON_READ: Final[dict[str, tuple[int, int, bytes]]] = {}


def read_json(name: str) -> dict:
    """``govreport/data/<name>`` as a JSON object (a key twice is an error: json_words.py); a new object on every call."""
    path = DATA / name
    stat = path.stat()
    kept = _JSON_READ.get(str(path))
    if kept is not None and kept[0] == stat.st_mtime_ns and kept[1] == stat.st_size:
        return marshal.loads(kept[2])
    found = load_object(path.read_text(encoding="utf-8"), name)
    _JSON_READ[str(path)] = (stat.st_mtime_ns, stat.st_size, marshal.dumps(found))
    return found


@cache
def name_subjects() -> dict:
    """data/name_subjects.json, read once: the word lists naming (extract/name_tails, name_subjects, name_forms) and
    tables/class_amounts take from it."""
    return read_json("name_subjects.json")


# --- units (data/units.csv), the pint way: each spelling once, with its base unit and factor ------

# The accessors the extractor calls many times per figure (units, unit_field, qualifiers, cues,
# cue_pattern, qualifier_pattern, name_words) keep what they read in a Final dict, not behind
# functools.cache: compiled (pyproject native), a call is then a direct call, the dict a static,
# and one dict look-up, instead of a call through the cache's wrapper and its key.
_UNITS: Final[dict[str, dict[str, str]]] = {}
_NO_ROW: Final[dict[str, str]] = {}


def units() -> dict[str, dict[str, str]]:
    """Unit -> its row (measure, kind, cn_numeral_ok, en, base, factor, aliases), checked."""
    if not _UNITS:  # units and field names interned: a figure's unit (scanner) and a field's name are then found by identity
        _UNITS.update((intern(u), {intern(k): v for k, v in row.items()}) for u, row in check_units(read_rows("units.csv")).items())
    return _UNITS


@cache
def unit_factor(unit: str, base: str) -> Decimal | None:
    """How many ``base`` one ``unit`` is (公顷 → 亩: 15), or None when ``unit`` has another base."""
    row = units().get(unit)
    return Decimal(row["factor"]) if row and row["base"] == base else None


@cache
def unit_group(unit: str) -> str:
    """The spelling that counts the same thing as ``unit``: the unit listing it among its aliases
    (名, 位 → 人; 千克 → 公斤), else ``unit`` itself."""
    for name, row in units().items():
        if unit in row.get("aliases", "").split("|"):
            return name
    return unit


@cache
def units_of_kind(kind: str) -> frozenset[str]:
    """The units of one kind (money, people …): a set to test a figure's unit against at once."""
    return frozenset(u for u, row in units().items() if row["kind"] == kind)


def unit_field(unit: str, field: str) -> str:
    """One field of a unit's row (kind, measure …); '' for an unknown unit (the loaded table first: tens of calls a figure)."""
    row = _UNITS.get(unit)
    return (row if row is not None else units().get(unit, _NO_ROW)).get(field, "")


_ONCE: Final[dict[str, Any]] = {}  # accessors made once (not functools.cache: a direct look-up on each of thousands of calls)


def punctuation() -> dict[str, str]:
    """Sentence ends, clause breaks, brackets and list marks (data/punctuation.json)."""
    return _ONCE.get("punctuation") or _ONCE.setdefault("punctuation", {k: v for k, v in read_json("punctuation.json").items() if not k.startswith("_")})


def clause_breaks(brackets: bool = False, lists: bool = False) -> str:
    """The marks that end a clause; with ``brackets`` and ``lists``, those of a table's segment."""
    marks = punctuation()
    return marks["clause_breaks"] + (marks["brackets"] if brackets else "") + (marks["list_breaks"] if lists else "")


@cache
def multipliers() -> dict[str, Decimal]:
    """Multiplier word (万, 亿 …) -> its factor."""
    return {r["word"]: Decimal(r["factor"]) for r in read_rows("multipliers.csv")}


_QUALIFIERS: Final[dict[str, dict[str, str]]] = {}


def qualifiers() -> dict[str, dict[str, str]]:
    """Position (before / inside / after) -> {word: qualifier}."""
    if not _QUALIFIERS:
        out: dict[str, dict[str, str]] = {"before": {}, "inside": {}, "after": {}}
        for r in read_rows("qualifiers.csv"):
            out[r["position"]][r["word"]] = r["qualifier"]
        _QUALIFIERS.update(out)
    return _QUALIFIERS


@cache
def qualifier_words(position: str) -> tuple[str, ...]:
    """The qualifier words of one position, longest first (so 及以上 wins over 以上)."""
    return tuple(sorted(qualifiers()[position], key=len, reverse=True))


@cache
def phrase_trim_qualifiers() -> list[str]:
    """The qualifier words a table cuts off the ends of a figure's name phrase (column
    ``trims_phrase``): a choice the phrase matching is calibrated with, so it is data."""
    return [r["word"] for r in read_rows("qualifiers.csv") if r.get("trims_phrase") == "1"]


_QUALIFIER_PATTERNS: Final[dict[str, re.Pattern[str]]] = {}


def qualifier_pattern(position: str) -> re.Pattern[str]:
    """The qualifier words of one position as one pattern, longest first like ``qualifier_words``."""
    pattern = _QUALIFIER_PATTERNS.get(position)
    if pattern is None:
        pattern = _QUALIFIER_PATTERNS[position] = re.compile("|".join(re.escape(w) for w in qualifier_words(position)) or "(?!)")
    return pattern


@cache
def verbs() -> dict[str, str]:
    """Verb -> light (dropped from names), heavy (moved after the object: 补贴发放, 生猪出栏) or
    action (kept where the report puts it: 拆除违法建筑)."""
    return {r["verb"]: r["kind"] for r in read_rows("verbs.csv")}


def holds_verb(text: str) -> bool:
    """Whether ``text`` holds a two-character verb of verbs.csv (攻坚实施重点片区, 新建产业园区): work on a place, not a
    place's own name."""
    v = verbs()
    return any(text[i:i + 2] in v for i in range(len(text) - 1))


@cache
def category_keywords() -> list[tuple[str, str]]:
    """(keyword, category), longest keyword first so specific words win."""
    rows = [(r["keyword"], r["category"]) for r in read_rows("categories.csv")]
    return sorted(rows, key=lambda kv: -len(kv[0]))


_DESCRIPTOR_NOUNS: Final[list[tuple[str, ...]]] = []


def descriptor_nouns() -> tuple[str, ...]:
    """Nouns after a figure that describe its size (较低水平, 合理区间), not what it measures."""
    if not _DESCRIPTOR_NOUNS:
        _DESCRIPTOR_NOUNS.append(tuple(r["word"] for r in read_rows("descriptor_nouns.csv")))
    return _DESCRIPTOR_NOUNS[0]


NAME_WORD_KINDS = ("tail", "narrowed", "result", "paid", "modal", "change", "rate", "not_link", "head", "predicate", "fund", "noun_end", "principle",
                   "to_level", "lead", "lead_verb", "provide", "reach", "modal_end", "commit_end", "level_link", "done_adverb", "programme_end", "done_in", "measure_only", "task_tail",
                   "provide_for", "gift", "gift_lead", "topic_tail", "topic_frame", "pair_end", "place_alone", "commit_lead", "commit_inner", "commit_mid", "project_measure", "who_modal", "retire",
                   "other_measure", "attract", "narrow", "narrow_any", "narrow_rate", "narrow_industry", "sum_word", "basis", "cut", "again",
                   "again_change", "filler", "filler_before_change", "filler_kept", "circumstance_end", "doubling",
                   "section_lead", "lead_activity", "lead_manner", "own_measure", "crossing", "crossing_gap", "crossing_onto", "crossing_link", "class_passed",
                   "member_measure", "measure_verb", "gov_level", "pace", "closing_head", "chain_verb", "placed",
                   "firms_measure", "stage_verb", "task_work", "task_action", "digit_noun", "people_head", "work_verb", "share_of_before", "governing", "deng_word", "goal_end", "coverage_scope", "entity_lead", "entity_end", "clause_entity_end", "role_verb", "light_class", "not_light_class", "project_push", "push_adverb", "push_after", "manner_end", "rate_manner", "own_action", "item_head", "title_verb", "handled_subject", "carried_new_verb", "parallel_verb", "share_modal", "slogan_adverb", "shared_repair_verb", "repaired_site", "part_prefix", "flow_lead", "shared_modifier",
                   "designation", "sibling_measure", "run_verb", "title_noun", "stock_word", "listed_head", "treat_verb", "wording_inserted", "wording_left_out", "wording_loose_not", "produced_object", "registered_lead", "attract_count", "parallel_measure", "partner_lead", "work_area_head", "share_head", "not_share", "multiple_bind", "multiple_link", "ongoing_stage", "revive_verb", "shared_scope", "shared_class", "head_modifier_end", "list_level_verb", "herd_measure", "plan_lead", "size_measure", "grow_verb", "grow_adverb", "light_whole", "new_noun", "verb_adverb", "task_whole", "grown_measure", "head_modifier_verb", "list_opening_verb", "rate_action", "speed_adverb", "project_outcome", "dwelling_holder", "added_capacity", "output_measure", "thing_verb", "work_start", "subjectless_rate", "march_verb", "place_opening", "shared_rate", "proper_name_head", "programme_doing", "programme_noun", "whole_place", "granted_verb", "closed_member", "entry_count", "entry_place",
                   "causative", "not_causative", "share_reach", "scale_noun", "zone_noun", "place_generic_lead", "run_tail", "run_lead",
                   "aspect_lead", "aspect_kept",
                   "example_head", "example_head_end", "praise", "per_unit", "per_line", "programme_area", "heading_measure", "heading_lead", "heading_tail", "carried_tail_verb", "site_head", "list_site_head", "run_manner", "manner_run_verb", "share_act", "share_act_adverb",
                   "share_object_marker", "from_manner", "member_own_verb", "standard_hold", "standard_reach", "bare_item", "result_work", "pair_change_verb", "programme_grow", "amount_measure", "each_hold", "each_zone", "each_subdivision", "each_subdivision_lead", "each_county", "per_period", "frequency_measure", "goal_count_adverb", "goal_pivot", "goal_result", "per_line_verb", "per_line_adverb", "part_owner", "own_work_verb", "tail_keep", "rank_entry", "project_work", "member_commit", "scale_class", "focus_lead", "share_whole", "sector_owner", "sector_owned", "acted_measure", "joined_sides", "outlay_verb", "head_suffix", "head_modifier_kept", "predicate_lead",
                   "carried_head", "carried_done", "carried_noun", "year_rate", "bare_share",  # extract/carried_objects.py (fix148e)
                   "shared_growth", "growth_raise",  # extract/name_forms.py shared_growth (fix150i)
                   "share_thing", "joint_verb", "growth_margin", "done_term_end",
                   "lead_scoped_head", "share_rate_end", "share_part_end", "member_commit_end", "share_level_verb", "opening_verb", "amount_verb")  # extract/lead_sectors.py (fix155e)  # extract/share_nouns.py work_done_share, extract/name_owners.py achieved_by (fix150j); long_names.compares_growths (fix153d); done_term_end: extract/name_done.py (fix153e)
ALL_NAME_WORD_KINDS: tuple[str, ...] = NAME_WORD_KINDS + ("kept_flow_verb", "dropped_work_verb", "name_lead_preposition", "attributive_end", "object_link", "involved_verb", "share_complete")  # extract/flow_names.py (fix157a); extract/share_nouns.py share_reaching (fix171c)
ALL_NAME_WORD_KINDS += ("grant", "grant_lead", "served_scope", "served_manner", "trained_verb", "raised_verb", "raised_standard", "done_task_end")  # extract/served_groups.py (fix160e)
ALL_NAME_WORD_KINDS += ("pair_change_adverb",)  # extract/implied_each.py joined_pair_change (fix162b)
ALL_NAME_WORD_KINDS += ("raised_reach",)  # extract/name_polish.py: a level reached after a raise, named without the raise (fix162d)
ALL_NAME_WORD_KINDS += ("paired_place", "task_frame")  # extract/listed_counts.py, extract/task_frames.py (fix162e)
ALL_NAME_WORD_KINDS += ("power_measure", "per_people")  # extract/indicators.py add_measure, extract/keys.py per_people (fix165b)
ALL_NAME_WORD_KINDS += ("goal_share_lead", "goal_share_after", "task_verb_before", "task_noun_end", "made_verb_before", "again_share_lead", "become_verb")  # extract/goal_objects.py (fix169a)
ALL_NAME_WORD_KINDS += ("placeless",)  # extract/keys.py is_whole_wording (fix169c)
ALL_NAME_WORD_KINDS += ("added_level_verb", "added_level_frame")  # extract/class_nouns.py added_level (fix170f)
ALL_NAME_WORD_KINDS += ("area_work",)  # extract/member_carries.py work_member (fix170d)
ALL_NAME_WORD_KINDS += ("road_name_head",)  # extract/name_verbs.py verb_end_before_name (fix171e)
ALL_NAME_WORD_KINDS += ("placed_each", "programme_listing", "programme_list_end")  # name_polish.each_scope, tables/each_places.py; extract/listed_programmes.py (fix172h)
ALL_NAME_WORD_KINDS += ("named_site", "degree_prefix")  # extract/noun_pairs.py before_named_sites, long_names.trim_long (fix174d)
ALL_NAME_WORD_KINDS += ("linked_term",)  # extract/long_names.py: a term with a link inside, never cut after the link (fix175e)


_NAME_WORDS: Final[dict[str, tuple[str, ...]]] = {}


def name_words(kind: str) -> tuple[str, ...]:
    """Words around a noun after a count (data/name_words.csv), longest first: ``tail`` ends the
    noun but names a quality or filler (服务质量, 工作), ``result`` follows it and says what
    happened to what is counted (完工, 投入使用), ``paid`` is a payment's verb, said of the money
    and not of the people or households it reaches (发放), ``modal`` (要) is dropped before a verb or
    a ``change`` (下降); ``rate`` ends a rate's name (no action is done to a rate: 建成区绿化覆盖率
    keeps its order), ``not_link`` is a word a link character (及, 和, 与) or a trailing word (均) is part of (可感可及, 平均), and
    ``head`` starts the head the members of a list share (人工智能、大数据产业规模: 产业规模), and
    ``predicate`` ends (``predicate_lead`` opens: 100%进驻实体大厅) what the things a rate is of do (事项100%全程网办: 全程网办率), and ``fund``
    ends the name of money an amount before it is of (安排1000亿元专项奖补资金: 专项奖补资金), and
    ``noun_end`` is a character that ends a noun, where a long noun after a count has no mark to stop at
    (2000名特殊困难失能老年人购买…: 特殊困难失能老年人), and ``principle`` opens a clause that states a
    principle, no topic a bare figure after it is of (坚持“水火风光”并举，发电570亿千瓦时: 发电量), and
    ``to_level`` is a change to a level right before the figure (达标率提高到80%: the level, 达标率),
    and ``lead`` opens a clause but names nothing (二是, 因地制宜), as ``lead_verb`` does before a verb or
    a change (再压减, not 再生资源), and ``commit_end`` is a commitment that ends the clause before a level
    (处置率保持100%: 处置率), as ``level_link`` does (赤字率在2%左右: 赤字率), ``done_adverb`` goes with
    the verb a list's subject did (基本建成), ``programme_end`` ends a programme's name (棚改攻坚计划),
    ``done_in`` is what is done in the places a count after 在 counts (进行, 开展), ``measure_only`` is a
    measure word a verb alone may stand before (新投产里程), ``task_tail`` names the work done to what is
    counted (现代牧场建设任务), and ``provide_for`` is a verb that says a
    service is provided as ``provide`` does, only after 为 (为2000名老年人购买居家养老服务), and ``topic_tail`` ends a sentence's topic with what a
    programme does to its subject (天麻产业高质量发展三年行动: 天麻产业), and ``topic_frame`` is the verb
    that frames such a tail, dropped with it (加快…步伐), and ``retire`` retires or stops what it is said of
    (淘汰、停建煤电产能: no stock key), and ``other_measure`` right after a registry wording makes another
    measure (新增城镇就业参保人数: insurance enrolments, no new jobs), ``attract`` before a project wording
    counts projects attracted (引进重大项目: no key of projects carried out), and ``narrow`` right before a
    wording makes a part of it (乡村旅游收入: no key of all tourism revenue), as ``narrow_any`` does for a figure
    of any unit (跨境电商进出口, 港口重点项目), and ``narrow_industry`` before a wording opening with 工业 (能源工业增加值),
    and ``sum_word`` ends a clause whose figure is one amount for a list
    (保障性住房、棚户区改造住房共1000万套: no member's key), and ``again`` is an adverb of repetition dropped between
    a name's subject and the ``change`` or ``again_change`` it ends with (养老金今年再提高: 养老金提高); ``section_lead`` ends a
    section lead (煤炭…开采方面，), where ``lead_activity`` and then ``lead_manner`` words at the end of what it names are the
    work and its manner, not the thing (煤炭智能绿色安全开采: 煤炭); ``head_modifier_end`` ends a modifier before 的 and the head counted (企业主导的创新联合体) and ``head_modifier_verb`` opens one (彰显…元素的文旅项目), ``grown_measure`` is a measure word whose bare change grows the subject of the level before it (产值…，增加值增长), ``list_level_verb`` a level verb after which a 、 list's figures pair with its members as after 分别, ``speed_adverb`` and ``project_outcome`` a haste word and the end it hastens after a count's projects (36个前期项目加快落地: 前期项目落地数), ``result_work`` a work after a result word that may be longer than three characters (企业完成数字化改造). ``amount_measure`` a measure word of the amount right after a count's noun, no part of what is counted (100家规上工业企业技改投资161亿元). An unknown kind fails naming its line."""
    words = _NAME_WORDS.get(kind)
    if words is None:
        words = _NAME_WORDS[kind] = tuple(sorted(_name_words_by_kind().get(kind, ()), key=len, reverse=True))
    return words


@cache
def _name_words_by_kind() -> dict[str, list[str]]:
    """data/name_words.csv read and checked once (not once per kind), its words by kind."""
    by_kind: dict[str, list[str]] = {}
    for line, r in enumerate(read_rows("name_words.csv"), start=2):  # line 1 is the header
        if r["kind"] not in ALL_NAME_WORD_KINDS or not r["word"]:
            raise DataError(f"name_words.csv line {line}: kind {r['kind']!r} is not one of {ALL_NAME_WORD_KINDS}, or no word")
        by_kind.setdefault(r["kind"], []).append(r["word"])
    return by_kind


@cache
def place_levels() -> dict[str, str]:
    """Places whose level their name's last character does not tell (北京市: provincial)."""
    return {r["place"]: r["level"] for r in read_rows("places.csv")}


# --- the indicator registry (data/indicators.csv) ---------------------------------------------

MEASURES = ("growth_rate", "level", "share", "flow", "stock", "count", "rank")
GOOD_DIRECTIONS = ("up", "down", "band")
UNIT_FAMILIES = ("money", "percent", "people", "households", "count", "area", "weight", "length", "volume",
                 "energy", "power", "concentration", "container", "age", "duration", "any")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class Indicator(NamedTuple):
    """One registered indicator: what a figure measures, the same in every report."""

    key: str
    name_zh: str
    name_en: str
    unit_family: str
    measure: str  # growth_rate | level | share | flow | stock | count | rank
    good_direction: str  # up | down | band
    wordings: tuple[str, ...]


def load_registry(rows: list[dict[str, str]], name: str = "indicators.csv") -> dict[str, Indicator]:
    """Key -> Indicator from the CSV's rows, checked: a key once, a wording under one key only,
    known unit family, measure and direction, an English name with no Chinese in it.
    ``X_growth`` (measure growth_rate) is read as the growth of key ``X``."""
    out: dict[str, Indicator] = {}
    owner: dict[str, str] = {}
    for line, r in enumerate(rows, start=2):  # line 1 is the header
        where = f"{name} line {line}"
        key = r.get("key", "")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
            raise DataError(f"{where}: key {key!r} is not a lower-case identifier")
        if key in out:
            raise DataError(f"{where}: key {key!r} is listed twice")
        for field, allowed in (("unit_family", UNIT_FAMILIES), ("measure", MEASURES),
                               ("good_direction", GOOD_DIRECTIONS)):
            if r.get(field, "") not in allowed:
                raise DataError(f"{where}: {field} {r.get(field, '')!r} of {key!r} is not one of {', '.join(allowed)}")
        name_en = r.get("name_en", "")
        if not name_en or CJK.search(name_en):
            raise DataError(f"{where}: {key!r} needs an English name without Chinese characters")
        if not r.get("name_zh", ""):
            raise DataError(f"{where}: {key!r} has no Chinese name")
        wordings = tuple(w.strip() for w in r.get("wordings", "").split("|") if w.strip())
        if not wordings:
            raise DataError(f"{where}: {key!r} has no wordings")
        for w in wordings:
            if w in owner:
                raise DataError(f"{where}: wording {w!r} of {key!r} is already claimed by {owner[w]!r}")
            owner[w] = key
        out[key] = Indicator(key, r["name_zh"], name_en, r["unit_family"], r["measure"], r["good_direction"], wordings)
    return out


def indicator_registry() -> dict[str, Indicator]:
    """Key -> Indicator, from ``data/indicators.csv`` (checked by ``load_registry``)."""
    return _ONCE.get("indicator_registry") or _ONCE.setdefault("indicator_registry", load_registry(read_rows("indicators.csv")))


units()  # a mistake in a checked data file fails at import, naming its line
indicator_registry()
