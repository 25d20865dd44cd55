"""What a figure measures, the same in every report: its key in the indicator registry
(data/indicators.csv) from its name, clause or opening, and its English name (the glossary's: ``english_names``).

Wordings are matched whole and head-final (城镇新增就业, 国内生产总值增长); a unit family and a rising
or falling change must fit the key (``key_fits``); nothing is forced: no key where none fits.
"""
from __future__ import annotations

import re
from typing import Any, Final
from functools import cache, lru_cache

from govreport.extract.categories import trie_by_first, trie_finditer, trie_pattern
from govreport.extract.english_names import translate
from govreport.extract.indicators import all_verbs
from govreport.extract.key_fits import _fits, unit_family
from govreport.extract.long_names import AGE_CLASS
from govreport.extract.loose_keys import flow_first, loose_key, without_examples
from govreport.lexicon import indicator_registry, name_words, read_json, read_rows, verbs


LEVEL_STATED = re.compile(r"(?:到|至|达|为)(?:超过|近|约|人均|每人每年|每人每月)*$")  # 提高到(人均)450元: the level itself
BARE_CHANGE: Final = re.compile(r"(?:全年|一季度|上半年|前三季度|前三季|同比|分别)?(?:增长|增速|提高|上涨|下降|降低)(?:了|为|达|达到)?")


SHARE_WORDS = re.compile(r"占|比重|比例|率")  # 民间投资占比: a share, not the growth of 民间投资


# (在册 市场经营主体: the register the stock is counted in, no narrower scope; audit 21 H24#41)
# (新区 is a place, a new district: 昌都新区新增企业 keeps 新区 as its scope, held-out set 67 昌都 row 38, fix144a)
GENERAL_WORDS = re.compile(r"\d{4}年度?|全国|全省|全市|全区|全县|全镇|全乡|全州|全盟|全旗|全社会|今年|全年|年内|净增|新增|新建|新投产|投产|新(?!区)|增|完成|实现|力争|确保"
                           r"|累计|进一步|继续|分别|同比|其中|我省|我市|我区|我县|本级|区本级|市本级|地区|地方级|地方|主要|各类"
                           r"|预计|预期|力争|努力|全部|总|年末|年底|首批|安排|也要|要|再|在册"
                           r"|新改扩建|改扩建|新改建|建改|改建|改造|提升|提质|建设|建成|完工|交付|筹集|推广|开工|建")  # verbs say what was done, not of what


_ONCE: Final[dict[str, Any]] = {}  # accessors made once (not functools.cache: a direct look-up on each of thousands of calls)


def _wording_scan() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every wording of the registry as one prefix-tree pattern (longest at a place), and wording -> key."""
    if "wording_scan" in _ONCE:
        return _ONCE["wording_scan"]
    owner = {w: ind.key for ind in indicator_registry().values() for w in ind.wordings}
    return _ONCE.setdefault("wording_scan", (re.compile(trie_pattern(list(owner))), owner))


def _wordings_by_first() -> dict[str, re.Pattern[str]]:
    """The wordings that start with each character, as that character's prefix-tree pattern."""
    return _ONCE.get("wordings_by_first") or _ONCE.setdefault("wordings_by_first", trie_by_first(list(_wording_scan()[1])))


NARROWED = ("money", "percent")  # amounts and rates a narrowing word makes a part of (乡村旅游收入, 入境旅游人次增长)


HEAD_REST = re.compile(r"(?:数|量|面积|长度|里程|浓度|人数|户数|人次|次数|金额|总额|规模|率|比重|占比|增速|增幅|涨幅|容量|值|额)$")


CHANGE_WORDS = re.compile(r"增长|提高|提升|上升|上涨|增加|下降|降低|减少|缩减|回落|分别|同比|比上年|比去年|较上年|较去年|实际|名义"
                          r"|年均|平均|均|累计|总|净|首次|拟安排|拟发行|拟按|拟|再|年|运营|营业|投产|建成|完成|稳定|保持|达到|达")


def _is_head(rest: str) -> bool:
    """Whether what follows a wording in a name leaves it the name's head: a measure, change or
    verb words, and at most two other characters (拟按)."""
    if any(w in rest for w in name_words("other_measure")):
        return False  # 新增城镇就业参保人数: insurance enrolments, another measure than the jobs; 四好农村路建设养护: upkeep
    if len(rest) <= 2:
        return True
    rest = CHANGE_WORDS.sub("", HEAD_REST.sub("", rest))
    for pace in name_words("pace"):  # 省市重点项目提速提效数: how fast they go, no other measure
        rest = rest.replace(pace, "")
    return len(rest) <= 2 or all_verbs(rest)


def is_wording(name: str) -> bool:
    """True when ``name`` is, whole, a wording of the registry (造林, 棚改): it names a measure of its own."""
    return name in _wording_scan()[1]


def is_whole_wording(name: str) -> bool:
    """A wording that is a whole name by itself: not one that says the work but not where it is done
    (改厕: the 农村 of the programme before it stays in the name; data/name_words.csv ``placeless``)."""
    return is_wording(name) and name not in name_words("placeless")


def wording_at(text: str, pos: int = 0) -> str:
    """The longest registered wording that starts at ``pos`` in ``text``, '' if none."""
    m = _wording_scan()[0].match(text, pos)
    return m.group() if m else ""

def keys_in(text: str) -> set[str]:
    """The keys whose wordings ``text`` holds (启动新的三年棚改攻坚计划: shantytown_renovation)."""
    pattern, owner = _wording_scan()
    return {owner[m.group()] for m in pattern.finditer(text)}


@lru_cache(maxsize=8192)
def registered_head(name: str, min_length: int = 6) -> int:
    """Where the first registered wording of ``min_length`` characters or more in ``name``
    starts, -1 if none does."""
    for m in trie_finditer(_wordings_by_first(), name):
        if len(m.group()) >= min_length:
            return m.start()
    return -1


@lru_cache(maxsize=32768)
def _key_in(text: str, family: str, rising: bool, head: bool = True) -> str:
    """The key of the wording that ends last in ``text`` and fits a figure of ``family``:
    directly, or a level's growth (地区生产总值 + a rise in % -> gdp_growth), or a growth
    key's level (地区生产总值增长 + an amount in yuan -> gdp); '' when none fits."""
    if not text:
        return ""
    owner = _wording_scan()[1]
    registry = indicator_registry()
    for m in reversed(trie_finditer(_wordings_by_first(), text)):  # the last end first (matches never overlap)
        if head and not _is_head(text[m.end():]) or family in NARROWED and text[:m.start()].endswith(name_words("narrow")) \
                or text[:m.start()].endswith(name_words("narrow_any")) and not _praise_of_added(text[:m.start()]) \
                or family == "percent" and text[:m.start()].endswith(name_words("narrow_rate")) \
                or m.group().startswith("工业") and text[:m.start()].endswith(name_words("narrow_industry")):  # 产业投资增长; 能源工业
            continue  # 打造公园城市示范街区: 公园 qualifies the head; 乡村旅游收入 is a part of 旅游收入; 港口重点项目 of 重点项目
        ind = registry[owner[m.group()]]
        if _fits(ind, family):
            return ind.key
        if family == "percent" and rising and ind.key + "_growth" in registry and not SHARE_WORDS.search(text, m.end()):
            return ind.key + "_growth"
        if ind.measure == "growth_rate" and ind.key.endswith("_growth"):
            level = registry.get(ind.key[:-len("_growth")])
            if level is not None and _fits(level, family):
                return level.key
    return ""


def _praise_of_added(before: str) -> bool:
    """A quality word (优质, 品质) right before a wording after an addition opening the name is praise of what is added
    (新增公办优质学位: places added, new_school_places), no label of a part of what there is (培育新优质学校 keeps no key; held-out 揭阳 row 21)."""
    return before.endswith(name_words("praise")) and before.startswith(name_words("flow_lead"))


def key_wording(name: str, key: str) -> str:
    """The last wording of ``key`` (or of its level or growth) in ``name``, '' if none."""
    pattern, owner = _wording_scan()
    found = [m.group() for m in pattern.finditer(name) if owner[m.group()] in (key, key + "_growth")
             or owner[m.group()] + "_growth" == key]
    return found[-1] if found else ""


@lru_cache(maxsize=16384)
def key_modifier(name: str, key: str) -> str | None:
    """The words before ``key``'s last wording in ``name`` (数字贸易 in 数字贸易进出口额), general
    words (全市, 今年, 新增 …) left out; None when no wording of ``key`` is in the name.
    Memoised: baseline matching asks it for the same review figure again with every target."""
    pattern, owner = _wording_scan()
    found = [m for m in pattern.finditer(name) if owner[m.group()] == key or owner[m.group()] + "_growth" == key
             or key + "_growth" == owner[m.group()]]
    if not found:
        return None
    prefix = pattern.sub("", name[:found[-1].start()])  # registered words (财政衔接资金和沪滇…, 谋划重点项目…)
    return GENERAL_WORDS.sub("", _scope_noise().sub("", prefix)).strip("和及与、")


@cache
def _scope_noise() -> re.Pattern[str]:
    """Verbs of every kind (储备, 谋划, 发放 …): they say what was done, not of what scope."""
    return re.compile("|".join(re.escape(v) for v in sorted(verbs(), key=len, reverse=True)))


_KEYS: Final[dict[tuple[str, str, str, str, str], str]] = {}  # indicator_key's answers (a Final dict, not lru_cache: compiled, a direct look-up)


def indicator_key(name: str, unit: str, direction: str, clause: str = "", opening: str = "") -> str:
    """The registry key of what a figure named ``name`` in ``unit`` measures, from its name,
    else its clause, else (for a bare change such as 全年增长5.7%) the sentence's opening clause
    with no figure in it (经济增速逐季回升); '' when no registered indicator fits (nothing is forced).
    Memoised: a pure function of its words, which a report repeats (产值 in 万元 after 实现)."""
    words = (name, unit, direction, clause, opening)
    key = _KEYS.get(words)
    if key is None:
        if len(_KEYS) >= 16384:  # (as lru_cache's bound: a long-running process reads many reports)
            _KEYS.clear()
        key = _KEYS[words] = _indicator_key(name, unit, direction, clause, opening)
    return key


# a growth named with its gap to a wider area's (增速高于省平): in % (not 个百分点) the figure is the growth, named after the relative
# goal before it in its 、 list (audit 36 DY24#36)
RELATIVE_TAIL: Final = re.compile(r"(?<=增速|增幅)(?:高于|快于|超过|领先于?)(?:全国|全省|全市|全区|省平|国平|省|市)[^，、；。\d]{0,6}$")


# two measures joined into one figure (文化总产值和旅游总收入: audit 39 CZ24#27): a sum no single key measures
JOINT_MEASURE: Final = re.compile(r"(?:产值|收入|增加值|总额|总量|营收|利润|税收)[和与][^、，,；。和与]{1,8}?(?:产值|收入|增加值|总额|总量|营收|利润|税收)")


def _indicator_key(name: str, unit: str, direction: str, clause: str, opening: str) -> str:
    family = unit_family(unit)
    if "口径" in name or "可比价" in name or "含" in name:  # 一般公共预算收入同口径增长: the basis of the comparison narrows nothing
        name = _without_basis(name)
    if "岁" in name:  # 每千人口拥有3岁以下婴幼儿托位数: the age class of the people counted narrows no measure
        name = AGE_CLASS.sub("", name)
    if unit in ("%", "％") and "于" in name:  # 地区生产总值增速高于省平1个百分点、7%左右: the 7% names the growth itself
        name = RELATIVE_TAIL.sub("", name)
    if not family or clause.endswith(name_words("sum_word")) and ("、" in clause or "和" in clause):
        return ""  # 保障性住房、棚户区改造住房共1000万套: one amount for the list, no member's key
    rising = direction == "increase" or "增速" in name or "增幅" in name  # 工业增加值增速达到11.1%
    # the clause after the last 、: the words before it name the figure before (24座公共厕所、2座…)
    # (a 分别 list's clause names its last member only: 第一、第二、第三产业增加值分别增长 is no key of 2%)
    key = (flow_first(name) != name and _key_in(flow_first(name), family, rising)) or _key_in(without_examples(name), family, rising) or _key_in(name, family, rising) or ("" if "分别" in clause else _key_in(clause.rsplit("、", 1)[-1], family, rising))
    key = key or loose_key(name, lambda variant: _key_in(variant, family, rising), *_wording_scan())  # 旅游总消费, 粮食面积 (audit 47)
    if not key and opening and family == "percent" and direction != "level" and BARE_CHANGE.fullmatch(clause):
        key = _key_in(opening, family, rising, False)  # the opening names a topic (经济增速逐季回升): no head to check
    if key and direction == "increase" and family != "percent" and not LEVEL_STATED.search(clause) \
            and indicator_registry()[key].measure in ("level", "stock"):
        return ""  # 补助标准再提高30元: the rise, not the standard (提高到450元 states it)
    if key and indicator_registry()[key].measure in ("level", "stock") and indicator_registry()[key].good_direction == "up" \
            and any(w in name for w in name_words("retire")):
        return ""  # 淘汰、停建煤电产能5000万千瓦: a cut, not the capacity there is
    if key and name.startswith(name_words("cut")) and indicator_registry()[key].measure in ("level", "stock"):
        return ""  # 削减财政赤字450亿元: the size of the cut, not the deficit
    if key and any(veto_in(name, w) for w in key_vetoes().get(key, ())):
        return ""  # 肉蛋奶产量 is no milk output, 文化惠民培训 no performances (data/key_vetoes.csv)
    if key and per_people(name, key):
        return ""  # 每千人拥有市场主体数量97户 is a density, no count of market entities (held-out set 84, fix165b)
    if key and sub_measure(name, key):
        return ""  # 六大农业龙型经济增长 is one sub-economy's growth, not GDP growth (data/qualified_heads.json)
    if key and ("和" in name or "与" in name) and JOINT_MEASURE.search(name):
        return ""  # 文化总产值和旅游总收入达到1100亿元: one sum of two measures, neither key's alone
    return "" if attracted(name + "，" + clause, key) or key and (family == "count" and sums_a_list(name, clause)
                                                                 or family == "money" and funds_a_list(name, clause, key)) else key


def per_people(name: str, key: str) -> bool:
    """``name`` states a density per so many people (每千人, 每万常住人口: name_words per_people) and ``key``'s registry name
    holds no 每: the key counts the things, a stock, not the things per head (market_entities for 每千人拥有市场主体数量)."""
    return any(w in name for w in name_words("per_people")) and "每" not in indicator_registry()[key].name_zh


@cache
def _qualified_heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """data/qualified_heads.json (heads, qualifier_ends), read once."""
    data = read_json("qualified_heads.json")
    return tuple(data["heads"]), tuple(data["qualifier_ends"])


def sub_measure(name: str, key: str) -> bool:
    """``key``'s wording in ``name`` opens with a head any qualifier narrows (经济) and a qualifier stands before it
    (六大农业龙型经济增长, 循环经济增长): a part's measure, which the key of the whole does not name."""
    heads, ends = _qualified_heads()
    if not key_wording(name, key).startswith(heads):
        return False
    modifier = key_modifier(name, key)
    return modifier is not None and modifier.endswith(ends)  # ('' ends with none)


@cache
def key_vetoes() -> dict[str, tuple[str, ...]]:
    """Words in a name that say it measures something other than a key's wording alone (data/key_vetoes.csv:
    肉蛋奶产量 lists other products than milk; 培训 is no performance), by key; a word opening with ^ vetoes only a name
    it opens (^改造提升: 改造提升高标准农田 upgrades farmland built before; 新建和改造提升高标准农田 builds some)."""
    found: dict[str, list[str]] = {}
    for r in read_rows("key_vetoes.csv"):
        found.setdefault(r["key"], []).append(r["word"])
    return {k: tuple(v) for k, v in found.items()}


def veto_in(name: str, word: str) -> bool:
    """``word`` of data/key_vetoes.csv in ``name``: anywhere, or only at its start for a word written ^word."""
    return name.startswith(word[1:]) if word.startswith("^") else word in name


SCOPE_NOTE: Final = re.compile(r"[（(](?:不含|含|不包括|包括)[^（()）]{1,10}[)）]")  # (不含农户): what is counted, no other measure (audit 46)


def _without_basis(name: str) -> str:
    """``name`` less the words saying on what basis a change is compared (同口径, 按可比价: name_words basis) and a bracketed note."""
    name = SCOPE_NOTE.sub("", name)
    for word in name_words("basis"):
        name = name.replace(word, "")
    return name


# a closed list of nouns ending right before a count (社区卫生服务中心、乡镇卫生院和标准化村卫生室56所)
CLOSED_LIST: Final = re.compile(r"[^、，,；;。：:\d]{2,}、[^、，,；;。：:\d]{2,}(?:、[^、，,；;。：:\d]{2,})*[和及][^、，,；;。：:\d和及等]{2,}$")


# three or more things, then the fund noun they share (粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金达1030亿元)
FUND_NOUNS: Final = ("资金", "经费")
FUNDED_LIST: Final = re.compile(r"(?:[^、，,；;。：:\d]{2,}、){2,}[^、，,；;。：:\d]{2,}?(" + "|".join(FUND_NOUNS) + ")(?:达到|达|为|共|合计)?$")


def funds_a_list(name: str, clause: str, key: str) -> bool:
    """An amount of the fund a 、 list of three or more things shares, keyed by one member's wording that
    leaves the shared fund noun out (…、临时救助、医疗救助资金11.35亿元: 医疗救助, a member): the sum, no member's
    key (audit 11); a key whose wording holds the fund noun names the whole (财政衔接、沪滇帮扶、中央定点帮扶资金:
    帮扶资金, poverty_funds)."""
    if "、" not in clause or "等" in clause or "分别" in clause:
        return False
    if (m := FUNDED_LIST.search(clause)) is None:
        return _same_head_list(clause.rsplit("，", 1)[-1])
    return not key_wording(name, key).endswith(m.group(1))


def _same_head_list(clause: str) -> bool:
    """An amount after a 、 list whose members end in one head (普惠小微贷款、制造业贷款、…、绿色贷款超8000亿元):
    the sum of the kinds, not the last member's (audit 22, S24#66)."""
    members = clause.split("、")
    head = members[0][-2:]  # (a fund noun: FUNDED_LIST's rule)
    return len(head) == 2 and head not in FUND_NOUNS and all(len(m) > 2 and m.endswith(head) for m in members[:-1]) and head in members[-1][2:]


def sums_a_list(name: str, clause: str) -> bool:
    """A count of a closed list of things (A、B和C56所), or of two things after it each with a key of its own
    (培育80家示范农民合作社、示范家庭农场, named …和…): one count for the list, no member's key (audit 11)."""
    if "分别" in clause or "等" in clause:
        return False
    if "、" in clause and (CLOSED_LIST.search(clause) and not _one_key(clause) or _joint_group(name, clause)):
        return True
    parts = name.split("和")
    return len(parts) == 2 and all(len(p) >= 4 for p in parts) and bool(keys_in(parts[0])) and bool(keys_in(parts[1])) \
        and keys_in(parts[0]) != keys_in(parts[1])


def _one_key(clause: str) -> bool:
    """Every member of the closed list ending ``clause`` holds one and the same key, or only verbs: a count of that key's things (新建、改扩建中小学和幼儿园34所: schools_built; 社区卫生服务中心、乡镇卫生院和…卫生室 stays a sum; audit 44)."""
    return (listed := CLOSED_LIST.search(clause)) is not None and all(keys := [keys_in(m) for m in re.split("[、和及]", listed.group()) if GENERAL_WORDS.sub("", _scope_noise().sub("", m))]) and len(set().union(*keys)) == 1


EACH_MEMBER: Final = re.compile(r"均|各(?![类级种地项])")  # 均突破1.1万家, 各新增1000家: every member's figure (not 各类, 各级)


def _joint_group(name: str, clause: str) -> bool:
    """A count right after a 、 list whose members each hold one key of their own, and named for all of them
    (新增市级以上示范家庭农场、示范合作社50家, named …示范家庭农场示范合作社数): a joint group (audit 40 YZ85); a
    list of works (建设…、新增耕地5000亩) names only its last member, and keeps that member's key; 均/各 make the figure
    each member's (国家高新技术企业、国家科技型中小企业各新增1000家: no sum)."""
    listed = re.split(r"[，,；;：:]", clause)[-1]
    if EACH_MEMBER.search(listed):
        return False
    members = listed.split("、")
    keys = [keys_in(m) for m in members]
    return len(members) >= 2 and all(len(k) == 1 for k in keys) and len(set().union(*keys)) == len(members) \
        and set().union(*keys) <= keys_in(name)


def attracted(text: str, key: str) -> bool:
    """``key`` counts projects (its wording in ``text`` ends with 项目) and an attract verb stands in
    ``text`` (引进50亿以上重大项目20个: projects attracted, not the projects carried out)."""
    # the verb first (a few substring tests, rarely true); the wording scan only then
    wording = key_wording(text, key) if key and any(w in text for w in name_words("attract")) else ""
    return wording.endswith("项目") and not any(w in wording for w in name_words("attract_count"))  # 签约引进项目: signed = attracted


def indicator_english(key: str, name: str) -> str:
    """English for a figure: the registry's name for a keyed figure, else the glossary's, else ''."""
    if key:
        return indicator_registry()[key].name_en
    return translate(name)


def registered_opening(text: str, min_length: int = 4) -> str:
    """The registered wording ``text`` opens with (地区生产总值跨越千亿台阶 -> 地区生产总值), '' if none of ``min_length`` or more."""
    first = trie_finditer(_wordings_by_first(), text[:24])
    return first[0].group() if first and first[0].start() == 0 and len(first[0].group()) >= min_length else ""
