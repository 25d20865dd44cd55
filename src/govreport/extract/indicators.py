"""The pieces a figure's name (indicator) is made of: a clause stripped to its subject, the
measure a unit implies (户 -> 户数), the noun after a count or a threshold, and the English
from the glossary. ``naming`` puts them together sentence by sentence."""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from govreport.extract.categories import trie_pattern
from govreport.lexicon import (CJK, Indicator, clause_breaks, descriptor_nouns, glossary, indicator_registry, qualifier_pattern, qualifiers, unit_field,
                               units, verbs)

CLAUSE_BREAK = re.compile(f"[{re.escape(clause_breaks(brackets=True))}\n]")
DECOR = re.compile(r"[“”\"‘’'「」『』《》、\s]")
TRAILING = ("继续保持在", "继续保持", "不高于", "低于", "拟按", "拟定", "降至", "降到", "稳定在", "保持在", "继续", "控制在", "分别达到", "分别达", "均达到", "均达", "分别为", "分别", "达到", "均为", "共计", "达", "为", "至",
            "到", "了", "是", "共", "均", "总计", "合计", "约", "近", "有", "占", "比上年", "同比", "较上年")
GENERIC = {"产值", "总产值", "均价", "面积", "收购量", "产量", "总产量", "总投资", "资金", "金额", "规模", "数量",
           "人数", "户数", "比例", "占比", "收入", "增长", "增速", "总量", "投资", "概算总投资", "实际到位资金",
           "总投", "整改面积", "收购均价"}
POST_NOUN_STOP = re.compile(r"[，,。；;：:、()（）\d]|和|及|与|等|的|得到|全面|全部|顺利|投入|大幅|进一步|已|正在|稳步|持续|不断|彻底"
                            r"|降至|降到|提高|下降|降低|增长|减少")
INNER_ASIDE = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]")
POST_NOUN_KINDS = ("count", "people", "households")
LEADING_LINKS = ("和", "及", "与", "以及", "并", "及以上", "以上", "左右", "的", "但", "而", "且")
KEEP_LEADING = ("新增", "新建", "新改", "新认定", "新引进", "新设")  # 新 is a light word, 新增 is part of the name
NOT_LINKS = ("及时", "和谐", "和美", "并购", "与会")  # words that start like a link but are none
MEASURE_ENDINGS = ("量", "面积", "数", "率", "额", "值", "价", "资金", "投资", "收入", "人次", "次", "批次", "场次",
                   "补贴", "补助", "津贴", "金", "费", "贷", "引资", "长度", "比重", "增速", "增长", "规模", "总额")


@cache
def _verb_lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    light = tuple(sorted((v for v, k in verbs().items() if k == "light"), key=len, reverse=True))
    heavy = tuple(sorted((v for v, k in verbs().items() if k == "heavy"), key=len, reverse=True))
    return light, heavy


class _Strippers(NamedTuple):
    """The word lists of ``strip_clause`` as patterns, with the characters each can start (or,
    for trailing words, end) with: most names start and end with none of them, and a set
    lookup is much cheaper than trying a pattern."""

    leading: re.Pattern[str]  # light words
    leading_first: frozenset[str]
    trailing_reversed: re.Pattern[str]  # links and qualifier words, written backwards
    trailing_last: frozenset[str]
    heavy: re.Pattern[str]  # heavy verbs, moved after their object
    heavy_first: frozenset[str]


@cache
def _strippers() -> _Strippers:
    """Trailing words are written backwards and matched at the start of the reversed name: one
    try at one place, where a search for a word at the end would try every place."""
    light, heavy = _verb_lists()
    trailing = sorted(TRAILING + tuple(qualifiers()["before"]), key=len, reverse=True)
    alt = lambda words: "|".join(re.escape(w) for w in words)  # noqa: E731
    return _Strippers(re.compile(f"(?:{alt(light)})(?=.)"), frozenset(w[0] for w in light),
                      re.compile(f"(?:{alt(w[::-1] for w in trailing)})(?=.)"), frozenset(w[-1] for w in trailing),
                      re.compile(f"(?:{alt(heavy)})(?=..)"), frozenset(w[0] for w in heavy))


@lru_cache(maxsize=16384)
def strip_clause(clause: str) -> tuple[str, str]:
    """(name, moved heavy verb): drop decoration, light verbs and trailing links; move a
    leading heavy verb after its object (出栏生猪 -> 生猪出栏). Memoised: a report repeats its
    clauses (增长, 实现产值), and the answer depends on the clause alone."""
    p = _strippers()
    name = DECOR.sub("", clause)
    if name.startswith(LEADING_LINKS) and not name.startswith(NOT_LINKS):
        for w in LEADING_LINKS:
            if name.startswith(w) and len(name) > len(w):
                name = name[len(w):]
    changed = True
    while changed and name:
        changed = False
        m = p.trailing_reversed.match(name[::-1]) if name[-1] in p.trailing_last else None
        if m:
            name, changed = name[:len(name) - m.end()], True
        m = p.leading.match(name) if name and name[0] in p.leading_first and not name.startswith(KEEP_LEADING) else None
        if m:
            name, changed = name[m.end():], True
    verb = ""
    m = p.heavy.match(name) if name and name[0] in p.heavy_first else None
    if m and name[m.end():] not in GENERIC and name[m.end()] not in "和及与" and (
            not _verbs_only().match(name, m.end()) or p.leading.match(name, m.end())):  # 新建改造管网: no move
        verb, name = m.group(0), name[m.end():] + m.group(0)
    return name, verb


@cache
def _verbs_only() -> re.Pattern[str]:
    """Verbs and adverbs, longest first, taken greedily without backtracking (atomic group)."""
    light, heavy = _verb_lists()
    action = tuple(v for v, k in verbs().items() if k == "action")
    words = sorted(light + heavy + action + ("正在", "组织", "加快", "全力"), key=len, reverse=True)
    return re.compile("(?>" + "|".join(re.escape(w) for w in words) + ")++")


@lru_cache(maxsize=8192)
def all_verbs(name: str) -> bool:
    """True when a clause is only verbs and adverbs (正在组织实施): it names no subject."""
    return not name or _verbs_only().fullmatch(name) is not None


def add_measure(name: str, unit: str) -> str:
    """Append the measure a unit implies (户 -> 户数, 亩 -> 面积) unless the name has one."""
    if not name or name.endswith(MEASURE_ENDINGS):
        return name
    measure = unit_field(unit, "measure")
    if not measure or name.endswith(measure):
        return name
    if measure == "数" and name.endswith(("个", "项")):
        return name
    if measure[0] == name[-1] and measure[1:] == "数" or len(measure) > 2 and name.endswith(measure[:2]):
        return name + measure[2 if name.endswith(measure[:2]) else 1:]  # 养殖户数, 电力装机容量: not 户户数, 装机装机容量
    return name + measure


def is_generic(name: str) -> bool:
    return len(name) <= 2 or name in GENERIC


def merge_names(subject: str, name: str) -> str:
    """Join a topic and a clause name, sharing an overlap: 医疗保险参保 + 参保率 -> 医疗保险参保率."""
    if not subject or subject == name or name.startswith(subject):
        return name or subject
    for k in range(min(len(subject), len(name)), 0, -1):
        if subject.endswith(name[:k]):
            return subject + name[k:]
    return subject + name


@cache
def _glossary_by_first() -> dict[str, re.Pattern[str]]:
    """The glossary's terms as prefix trees by first character (longest term at a place)."""
    return _trie_by_first(list(glossary()))


def translate(zh: str) -> str:
    """English for a Chinese name: the glossary entry, else a greedy longest-match composition
    of glossary terms, left to right; '' when any character is left untranslated (a reader is
    better served by the Chinese name than by a word-by-word mix)."""
    if not zh:
        return ""
    terms = glossary()
    if zh in terms:
        return terms[zh]
    words, pos = [], 0
    for m in _trie_finditer(_glossary_by_first(), zh):
        if m.start() > pos:
            words.append(zh[pos:m.start()])
        words.append(terms[m.group(0)])
        pos = m.end()
    if pos < len(zh):
        words.append(zh[pos:])
    english = " ".join(words)
    return "" if CJK.search(english) else english


# --- the indicator a figure measures (data/indicators.csv) ------------------------------------

BARE_CHANGE = re.compile(r"(?:全年|一季度|上半年|前三季度|前三季|同比|分别)?(?:增长|增速|提高|上涨|下降|降低)(?:了|为|达|达到)?")
SHARE_WORDS = re.compile(r"占|比重|比例|率")  # 民间投资占比: a share, not the growth of 民间投资
GENERAL_WORDS = re.compile(r"\d{4}年度?|全国|全省|全市|全区|全县|全镇|全乡|全州|全社会|今年|全年|年内|新增|新建|新|增|完成|实现|力争|确保"
                           r"|累计|进一步|继续|分别|同比|其中|我省|我市|我区|我县|本级|区本级|市本级|地区|地方|主要|各类"
                           r"|预计|预期|力争|努力|全部|总|年末|年底|首批|安排|也要|要|再"
                           r"|新改扩建|改扩建|新改建|建改|改建|改造|提升|建设|建成|完工|交付|筹集|推广|开工|建")  # verbs say what was done, not of what
FAMILY_OF_KIND = {"percent": "percent", "permille": "percent", "points": "percent"}


@cache
def unit_family(unit: str) -> str:
    """The registry's unit family of a unit: its kind in units.csv, % / ‰ / 百分点 as percent."""
    kind = unit_field(unit, "kind")
    return FAMILY_OF_KIND.get(kind, kind)


def _fits(indicator: Indicator, family: str) -> bool:
    return indicator.unit_family in (family, "any") or {indicator.unit_family, family} == {"count", "households"}


@cache
def _wording_scan() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every wording of the registry as one prefix-tree pattern (longest at a place), and wording -> key."""
    owner = {w: ind.key for ind in indicator_registry().values() for w in ind.wordings}
    return re.compile(trie_pattern(list(owner))), owner


@cache
def _wordings_by_first() -> dict[str, re.Pattern[str]]:
    """The wordings that start with each character, as that character's prefix-tree pattern."""
    return _trie_by_first(list(_wording_scan()[1]))


def _trie_by_first(words: list[str]) -> dict[str, re.Pattern[str]]:
    groups: dict[str, list[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word)
    return {ch: re.compile(trie_pattern(group)) for ch, group in groups.items()}


def _trie_finditer(by_first: dict[str, re.Pattern[str]], text: str) -> list[re.Match[str]]:
    """The matches ``re.compile(trie_pattern(words)).finditer(text)`` finds (longest word at a
    place, left to right, no overlaps), from ``_trie_by_first(words)``: faster in a name or a
    clause, where ``re`` would try the first character of each of hundreds of words, one by
    one, at every place that starts any; a dict finds the one pattern that can match there."""
    found = []
    i, n, pattern_at = 0, len(text), by_first.get
    while i < n:
        pattern = pattern_at(text[i])
        if pattern is not None:
            m = pattern.match(text, i)
            if m is not None:
                found.append(m)
                i = m.end()
                continue
        i += 1
    return found


HEAD_REST = re.compile(r"(?:数|量|面积|长度|里程|浓度|人数|户数|人次|次数|金额|总额|规模|率|比重|占比|增速|增幅|涨幅|容量|值|额)$")
CHANGE_WORDS = re.compile(r"增长|提高|提升|上升|上涨|增加|下降|降低|减少|缩减|回落|分别|同比|比上年|比去年|较上年|较去年|实际|名义"
                          r"|年均|平均|均|累计|总|净|首次|拟安排|拟发行|拟按|拟|再|年|运营|营业|投产|建成|完成|稳定|保持|达到|达")


def _is_head(rest: str) -> bool:
    """Whether what follows a wording in a name leaves it the name's head: a measure, change or
    verb words, and at most two other characters (拟按)."""
    if len(rest) <= 2:
        return True
    rest = CHANGE_WORDS.sub("", HEAD_REST.sub("", rest))
    return len(rest) <= 2 or all_verbs(rest)


@lru_cache(maxsize=8192)
def registered_head(name: str, min_length: int = 6) -> int:
    """Where the first registered wording of ``min_length`` characters or more in ``name``
    starts, -1 if none does."""
    for m in _trie_finditer(_wordings_by_first(), name):
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
    for m in reversed(_trie_finditer(_wordings_by_first(), text)):  # the last end first (matches never overlap)
        if head and not _is_head(text[m.end():]):
            continue  # 打造公园城市示范街区: 公园 qualifies the head, it is not what is counted
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


def key_wording(name: str, key: str) -> str:
    """The last wording of ``key`` (or of its level or growth) in ``name``, '' if none."""
    pattern, owner = _wording_scan()
    found = [m.group() for m in pattern.finditer(name) if owner[m.group()] in (key, key + "_growth")
             or owner[m.group()] + "_growth" == key]
    return found[-1] if found else ""


def key_modifier(name: str, key: str) -> str | None:
    """The words before ``key``'s last wording in ``name`` (数字贸易 in 数字贸易进出口额), general
    words (全市, 今年, 新增 …) left out; None when no wording of ``key`` is in the name."""
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


def indicator_key(name: str, unit: str, direction: str, clause: str = "", opening: str = "") -> str:
    """The registry key of what a figure named ``name`` in ``unit`` measures, from its name,
    else its clause, else (for a bare change such as 全年增长5.7%) the sentence's opening clause
    with no figure in it (经济增速逐季回升); '' when no registered indicator fits (nothing is forced)."""
    family = unit_family(unit)
    if not family:
        return ""
    rising = direction == "increase" or "增速" in name or "增幅" in name  # 工业增加值增速达到11.1%
    # the clause after the last 、: the words before it name the figure before (24座公共厕所、2座…)
    key = _key_in(name, family, rising) or _key_in(clause.rsplit("、", 1)[-1], family, rising)
    if not key and opening and family == "percent" and direction != "level" and BARE_CHANGE.fullmatch(clause):
        key = _key_in(opening, family, rising, False)  # the opening names a topic (经济增速逐季回升): no head to check
    return key


def indicator_english(key: str, name: str) -> str:
    """English for a figure: the registry's name for a keyed figure, else the glossary's, else ''."""
    if key:
        return indicator_registry()[key].name_en
    return translate(name)


THRESHOLD_WORD = re.compile(r"及以上|以上|以下|级")
THRESHOLD_NOUN_STOP = re.compile(POST_NOUN_STOP.pattern + r"|达|超|实现|完成|建成|开工|投产|增长|签约")


def threshold_of(scan: str, end: int, unit: str) -> str:
    """The noun a money threshold classifies (亿元以上项目 -> 项目门槛, 百亿元级产业园 ->
    产业园门槛), or '' when the amount is not followed by one."""
    if unit_field(unit, "kind") != "money":
        return ""
    m = THRESHOLD_WORD.match(scan, end)
    noun = _noun_at(scan, m.end(), THRESHOLD_NOUN_STOP) if m else ""
    return noun + "门槛" if noun else ""


def is_money_class(scan: str, end: int, unit: str, bare: bool) -> bool:
    """A money amount that names a class of things, not an amount of something: any amount
    before 级 (百亿元级产业集群, 30亿元级项目), and an amount written without a number before
    以上/以下 and a noun (亿元以上项目). 投资5亿元以上项目 keeps its amount: the number may be
    what was invested."""
    if unit_field(unit, "kind") != "money":
        return False
    if scan.startswith("级", end):
        return True
    return bare and bool(threshold_of(scan, end, unit))


@cache
def post_noun_units() -> frozenset[str]:
    """Units a noun may follow (4个幸福食堂, 90%的实物指标): ``post_noun`` is '' for any other."""
    return frozenset(u for u in units() if unit_field(u, "kind") in POST_NOUN_KINDS) | {"%"}


def post_noun(scan: str, end: int, unit: str) -> str:
    """The noun a count is of when it follows the figure: 4个幸福食堂 -> 幸福食堂, 90%的实物指标 -> 实物指标."""
    if unit != "%" and unit_field(unit, "kind") not in POST_NOUN_KINDS:
        return ""
    after = qualifier_pattern("after").match(scan, end)
    pos = after.end() if after else end
    if unit == "%":
        if not scan.startswith("的", pos):
            return ""
        pos += 1
    noun = _noun_at(scan, pos, POST_NOUN_STOP, asides=True)
    return "" if noun.endswith(descriptor_nouns()) else noun  # 5%左右的较低水平: a level, not a subject


def noun_after(scan: str, end: int) -> str:
    """The noun right after an amount (2万平方米仓储库 -> 仓储库; 16.9万平方米的绿化任务 -> 绿化任务)."""
    after = qualifier_pattern("after").match(scan, end)
    pos = after.end() if after else end
    if scan.startswith("的", pos):
        pos += 1
    return _noun_at(scan, pos, POST_NOUN_STOP, asides=True)


def _noun_at(scan: str, pos: int, stop: re.Pattern[str], asides: bool = False) -> str:
    """The noun that starts at ``pos`` (a Chinese character or an opening quote): up to the first
    ``stop`` within 14 characters, else 10 characters, decoration removed; '' if none starts there.
    With ``asides``, a short aside in brackets belongs to the noun (4个村（社区）综合服务场所)."""
    if pos >= len(scan) or not ("\u4e00" <= scan[pos] <= "\u9fff" or scan[pos] in "“\""):
        return ""
    limit = min(len(scan), pos + 14)
    m = stop.search(scan, pos, limit)
    aside = INNER_ASIDE.match(scan, m.start()) if m and asides else None
    if aside:
        m = stop.search(scan, aside.end(), limit)
    return DECOR.sub("", scan[pos:m.start() if m else min(len(scan), pos + 10)])


def trim_long(name: str, limit: int = 14) -> str:
    """A long clause names its subject at the end: keep what follows the last action verb."""
    if len(name) <= limit:
        return name
    for w in ("推进", "开展", "坚持", "围绕", "落实", "加快", "组建", "聚焦", "依托", "为龙头"):
        i = name.rfind(w)
        if 0 <= i and len(name) - i - len(w) >= 2:
            name = name[i + len(w):]
            break
    return name[-limit:] if len(name) > limit else name
