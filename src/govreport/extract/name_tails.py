"""Names that lost their noun or subject (audit 11), mended by the ``SubjectMender`` (name_subjects.py):

- bonds after an amount issued (同时国务院同意地方发行2000亿元债券: 地方发行债券; ``issue_verbs``, ``issued_nouns``);
- a payer in the clause before an amount of a short fund noun, which says little alone (把中央财政的400亿元补贴资金用好用活: 中央财政补贴资金;
  中央财政拟安排200亿元专项资金: 中央财政专项资金);
- a quoted action right before a count (推进城镇燃气“瓶改管”80个小区: 瓶改管小区数);
- a bare 新标准 takes the standard the sentence before introduces (实行新的扶贫标准…。新标准提高到…: 扶贫标准);
- a size with no subject opening its clause (产值, 产业规模) takes the industry that opens a sentence before it in the
  paragraph (石化产业持续…。产值突破1300亿元: 石化产业产值; ``industry_measures``, ``industry_task_verbs``);
- people or households after a bare count (增加500万沼气用户: 增加沼气用户数; ``bare_count_heads``);
- a share right before units and their income over an amount (推动70%村集体经济组织收入超过50万元:
  村集体经济组织收入超过50万元比例) or before what the units do (尽快实现制造业企业100%使用清洁和绿色电力:
  制造业企业使用清洁和绿色电力比例, without the opening commitment);
- a share after 实现 and a place, standing inside its measure: the place and the words after it (实现城区100％清洁取暖:
  城区清洁取暖率), not the object of the clause before.
Word lists: data/name_subjects.json.
"""
from __future__ import annotations

import re
from typing import Final
from functools import cache

from govreport.report.chars import common_tail
from govreport.extract.indicators import all_verbs, strip_clause
from govreport.extract.name_fillers import FOOTNOTE
from govreport.extract.predicates import count_verb
from govreport.extract.ranks import rank_pattern
from govreport.extract.scanner import Token
from govreport.lexicon import clause_breaks, longest_first, name_subjects, name_words, trie_pattern, unit_field, verbs

BREAKS = clause_breaks()
HAN = "\u4e00-\u9fff"


_WORD_LISTS: Final[dict[str, tuple[str, ...]]] = {}  # Final dicts, not functools.cache: compiled, a call
_PATTERNS: Final[dict[str, re.Pattern[str]]] = {}  # per figure is then a direct one (see lexicon.units)
_WORD_SETS: Final[dict[str, frozenset[str]]] = {}


def _data() -> dict:
    """data/name_subjects.json (lexicon.name_subjects, read once; name_subjects reads it here too)."""
    return name_subjects()


def _words(key: str) -> tuple[str, ...]:
    """A word list of data/name_subjects.json, longest first."""
    words = _WORD_LISTS.get(key)
    if words is None:
        words = _WORD_LISTS[key] = tuple(sorted(_data()[key], key=len, reverse=True))
    return words


def _word_set(key: str) -> frozenset[str]:
    """A word list of data/name_subjects.json as a set: for ``in`` per figure (a tuple is a loop)."""
    words = _WORD_SETS.get(key)
    if words is None:
        words = _WORD_SETS[key] = frozenset(_data()[key])
    return words


class FirstChars:
    """The first characters of a word list's words, each once: a name that holds none holds no word of it. ``isdisjoint(name)``
    as ``frozenset.isdisjoint``, by a substring test per first character (a few), not a set look-up per character of the name."""

    __slots__ = ("chars",)

    def __init__(self, words: tuple[str, ...]) -> None:
        self.chars = tuple(dict.fromkeys(w[0] for w in words))

    def isdisjoint(self, name: str) -> bool:
        for c in self.chars:
            if c in name:
                return False
        return True


_FIRSTS: Final[dict[str, FirstChars]] = {}


def _firsts(key: str) -> FirstChars:
    """The first characters of a word list's words (see ``FirstChars``), made once per list."""
    firsts = _FIRSTS.get(key)
    if firsts is None:
        firsts = _FIRSTS[key] = FirstChars(_words(key))
    return firsts


def _alt(key: str) -> str:
    return trie_pattern(list(_words(key)))  # a prefix tree: the same matches as the words longest first, found faster


def _patterns() -> dict[str, re.Pattern[str]]:
    if not _PATTERNS:
        _PATTERNS.update(_compile_patterns())
    return _PATTERNS


def _compile_patterns() -> dict[str, re.Pattern[str]]:
    return {
        "units_over": re.compile(f"(?:以上|左右|以内)?的?([{HAN}]{{2,12}}?(?:{_alt('unit_threshold_measures')})(?:{_alt('unit_threshold_links')})"
                                 r"[\d.]+[万亿]?元)"),
        "units_meeting": re.compile(f"的([{HAN}]{{1,6}}?)(?:{_alt('unit_meeting_verbs')})((?:(?:且|并且|和|、)?[{HAN}]{{2,12}}?"
                                    f"(?:{_alt('unit_threshold_measures')})[\\d.]+[万亿千]?元)+(?:及以上|以上)?)(?=[{BREAKS}]|$)"),
        "doing": re.compile(f"((?:{_alt('share_doing_verbs')})[{HAN}和“”]{{2,12}}?)(?=[{BREAKS}]|$)"),
        "doing_cut": re.compile(f"^.*?(?:{_alt('share_doing_cuts')})"),
        "quoted_end": re.compile(f"“([{HAN}]{{2,8}})”$"),
        "new_standard": re.compile(f"新的?([{HAN}]{{2,6}}?)标准[^。；;]*[。；;]$"),
        "issued": re.compile(f"(?:左右|以上)?([{HAN}]{{0,6}}?(?:{_alt('issued_nouns')}))(?=[{BREAKS}]|$)"),
        "reaching": re.compile(f"([{HAN}]{{2,8}}?(?:达到|达))([^{BREAKS}\\d]{{0,4}}\\d*[^{BREAKS}\\d]{{2,14}})(?=[{BREAKS}]|$)"),
        "of_total": re.compile(f"(?:左右|以上|多)?的(?:\\d+[个项家])?([{HAN}“”]{{2,14}})(?=[{BREAKS}]|$)"),
        "bare_head": re.compile(f"([{HAN}]{{1,8}}?(?:{_alt('bare_count_heads')}))(?=[{BREAKS}]|$)"),
        "doing_units": re.compile(f"([{HAN}]{{1,6}}?)({_alt('doing_verbs')})数"),
        "reach_to": re.compile(f"({_alt('reach_to_verbs')})$"),
        "toward": re.compile(f"([{HAN}]{{2,8}}?)({_alt('toward_verbs')})(?=[{BREAKS}]|$)"),
        "doing_what": re.compile(f"([{HAN}A-Za-z0-9“”]{{2,16}})(?=[{BREAKS}]|$)"),
        "industry_opening": re.compile(f"(?<=[。\n])([{HAN}]{{2,6}}?产业)(?=[{HAN}“])(?![化链园集])"),
        "place_done": re.compile(f"实现([{HAN}]{{2,3}})$"),
        "done_after": re.compile(f"(?![以左及多])([{HAN}]{{2,6}})(?=[{BREAKS}])"),
        "units_reaching": re.compile(f"([{HAN}]{{0,6}}?(?:{_alt('reaching_units')}))([{HAN}]{{2,8}}?(?:达到|达))([^{BREAKS}]{{2,10}})(?=[{BREAKS}]|$)"),
        "verb_alone": re.compile(f"(?:{_alt('verb_alone_adverbs')})?({_alt('verb_alone_verbs')})"),
    }


def _total_cut(name: str) -> int:
    """Where the investment of a name ending 总投资 or a span's 投资 (年度投资) starts: its 总, or its span word; -1 for another."""
    if name.endswith("总投资"):
        return len(name) - 3
    span = next((w for w in _words("period_totals") if name.endswith(w + "投资")), "")
    return len(name) - len(span) - 2 if span else -1


def units_share(scan: str, t: Token, name: str) -> str | None:
    """The name of a share in % right before units over a threshold, doing something or reaching a
    standard (after a goal verb: 力争40%建成区面积达到…标准); None otherwise."""
    p = _patterns()
    if (over := p["units_over"].match(scan, t.end)) is not None:  # 推动70%村集体经济组织收入超过50万元
        return over.group(1) + "比例"
    if (meeting := p["units_meeting"].match(scan, t.end)) is not None:  # 95%的行政村实现集体经济总收入30万元且经营性收入15万元以上
        return meeting.group(2) + "的" + meeting.group(1) + "占比"
    if (doing := p["doing"].match(scan, t.end)) is not None and len(subject := p["doing_cut"].sub("", name)) >= 2:
        return subject + doing.group(1).replace("“", "").replace("”", "") + "比例"  # 实现制造业企业100%使用清洁电力
    if (not name or name.endswith(_words("share_doing_cuts"))) and (reach := p["reaching"].match(scan, t.end)) is not None:
        return reach.group(1) + reach.group(2) + "比例"  # 力争40%建成区面积达到30年一遇内涝防治标准: the share of the area
    if "实现" in scan[t.start - 5:t.start] and (place := p["place_done"].search(scan, t.start - 5, t.start)) \
            and (done := p["done_after"].match(scan, t.end)):
        return place.group(1) + done.group(1) + "率"  # 实现城区100％清洁取暖: 城区清洁取暖率, not the clause before's object
    return None


PAYER_INPUT = re.compile(f"([{HAN}]{{2,5}}?)(投入|支出)(?:增加|增长)?")  # 中央财政投入增加(300亿元): a payer's input, of what?
INPUT_TOWARDS = re.compile(f"对([{HAN}“”]{{2,12}})的(投入|支出)[。；;]$")  # the sentence before: 各级政府都要增加对“三农”的投入。


def lost_nouns(scan: str, start: int, t: Token, lo: int, name: str) -> str:
    """``name`` with the noun or subject put back that its clause or sentence states elsewhere (see the
    module's doc); ``start`` is the sentence's, ``lo`` the clause's."""
    p = _patterns()
    kind = unit_field(t.unit, "kind")
    if kind == "money" and name.endswith(_words("issue_verbs")) and (bond := p["issued"].match(scan, t.end)):
        name += bond.group(1)  # 同时国务院同意地方发行2000亿元债券: 地方发行债券
    if kind == "money" and name.endswith(_words("fund_nouns")) and len(name) <= 6 and "财政" in scan[lo:t.start] and "财政" not in name:
        payer = next((w for w in _words("payers") if w != "财政" and w in scan[lo:t.start]), "")  # 把中央财政的400亿元补贴资金用好,
        name = payer + name if payer else name  # 中央财政拟安排200亿元专项资金: 中央财政补贴资金, 中央财政专项资金
    if kind == "count" and lo < t.start and scan[t.start - 1:t.start] == "”" and (quoted := p["quoted_end"].search(scan, lo, t.start)) \
            and quoted.group(1) not in name and not scan.startswith(quoted.group(1), t.end):
        name = quoted.group(1) + name  # 推进城镇燃气“瓶改管”80个小区: what is done in the 小区 counted
    if name.startswith("新标准") and (earlier := p["new_standard"].search(scan, max(start - 80, 0), start)):
        name = earlier.group(1) + name[1:]  # 今年将实行新的扶贫标准…。新标准提高到人均1196元: 扶贫标准
    if kind == "money" and name in _words("industry_measures") and scan.find(name, lo, lo + len(name) + 3) >= 0 \
            and "产业" not in scan[start:lo] and (industry := industry_before(scan, start) or industry_of_segment_before(scan, start)):
        name = industry + (name[2:] if name.startswith("产业") else name)  # 石化产业持续…。产值突破1300亿元: 石化产业产值
    if not t.unit and t.multiplier and (head := p["bare_head"].match(scan, t.end)):  # 增加500万沼气用户
        own = strip_clause(scan[lo:t.start])[0]
        name = (own if own and len(own) <= 4 else "") + head.group(1) + "数"
    if kind == "count" and lo < t.start and scan[t.start - 1:t.start] == "向" and (toward := p["toward"].match(scan, t.end)) and name == toward.group(0) + "数" \
            and 2 <= len(subject := strip_clause(scan[lo:t.start - 1])[0]) <= 10:
        name = subject + toward.group(2) + toward.group(1) + "数"  # 城市公交向100个行政村延伸: 城市公交延伸行政村数 (audit 46 HG54)
    if kind == "count" and name.endswith("数") and scan.startswith(name[:-1], t.end) and (reach := p["reach_to"].search(scan, lo, t.start)) \
            and 2 <= len(subject := strip_clause(scan[lo:reach.start()])[0]) <= 10:
        name = FOOTNOTE.sub("", subject) + reach.group(1).rstrip("至到") + name  # “一业一证”改革拓展至38个行业: …改革拓展行业数 (audit 47 荆门 29)
    if kind == "count" and name.endswith("数") and name[:-1].endswith(_words("doing_verbs")) and (doing := p["doing_units"].fullmatch(name)) and scan.startswith(doing.group(1) + doing.group(2), t.end) \
            and (what := p["doing_what"].match(scan, t.end + len(doing.group(1)) + len(doing.group(2)))):
        name = doing.group(2) + what.group(1) + doing.group(1) + "数"  # 推动30家企业开展5G工厂建设: 开展5G工厂建设企业数
    if kind == "count" and name.removesuffix("数").endswith(_words("share_doing_cuts")) and (reach := p["units_reaching"].match(scan, t.end)):
        name = reach.group(2) + reach.group(3) + "的" + reach.group(1) + "数"  # 力争100家工业企业数字化水平达到二级以上
    if kind == "money" and name.endswith("投资") and (cut := _total_cut(name)) >= 0 and (whole := p["of_total"].match(scan, t.end)):
        # 实施总投资1.2万亿元的重点项目投资计划: 重点项目投资计划总投资; 年度计划总投资…的…项目: …项目年度计划总投资;
        # 实施年度投资1100亿元的221个市重大产业项目: 市重大产业项目年度投资 (audit 46 XZ9)
        if name[cut] == "总":
            name = whole.group(1) + next((w for w in _words("period_totals") if name.endswith(w, 0, cut)), "") + name[cut:]
        elif "投资" not in whole.group(1):  # (完成37.8亿元的年度投资计划: the plan is the investment, no things it is of)
            lead = name[:cut]  # 抓好丹河新城年度投资197亿元的59个项目: 丹河新城项目年度投资 (a place stays, a verb goes)
            name = ("" if not lead or all_verbs(lead) or lead.endswith("等") else lead) + whole.group(1) + name[cut:]  # (…新型薄膜等年度投资: examples of the set, no scope of it; held-out 64 潮州 15)
    if kind == "money" and ("投入" in name or "支出" in name) and (paid := PAYER_INPUT.fullmatch(name)) and paid.group(1) in _words("payers") \
            and (towards := INPUT_TOWARDS.search(scan, max(start - 60, 0), start)) and towards.group(2) == paid.group(2):
        name = paid.group(1) + towards.group(1).replace("“", "").replace("”", "") + name[len(paid.group(1)):]  # 对“三农”的投入。…中央财政投入增加
    if len(name) <= 4 and (alone := p["verb_alone"].fullmatch(name)):  # (今年拟)先增加50亿元: the verb's object before
        obj = re.search(f"{alone.group(1)}([{HAN}“”]{{2,20}})[{BREAKS}][^{BREAKS}]*$", scan[start:lo])
        name = obj.group(1) + alone.group(1) if obj else name  # 增加中央预算内经常性建设投资，今年拟先增加50亿元
    return name


def share_of_whole(scan: str, lo: int, t: Token, name: str, last: str) -> str:
    """A share opened by 其中 (…投资完成额增长6%，其中制造业占比70%以上) is of the whole the figure before names, its change
    left out (签约落地项目投资完成额中制造业占比; unseen audit 17 G26#14); ``name`` otherwise."""
    if t.unit != "%" and last and unit_field(t.unit, "kind") == "count" and scan.startswith("其中", lo):
        return _part_of_whole(name, last, t.unit)
    if t.unit == "%" and name.endswith(name_words("share_whole")) and len(name) >= 6 and scan.find("达到" + name[-2:], max(lo, t.start - 8), t.start) >= 0:
        return name[:-2] + "占" + name[-2:] + "比重"  # 各类债券和预算内资金，力争达到全省10%以上: their share of the province's (held-out 64 楚雄 10)
    if t.unit == "%" and "类" in name and not name.endswith(SHARE_ENDS) and CLASS_TO_LEVEL.search(scan, max(lo, t.start - 16), t.start):
        return name + "占比"  # 劣V类河涌降至35%以下: the share of the class (audit 33 ZS24#42), not a bare class
    if t.unit != "%" or not last or not name.endswith(("占比", "比重")) or not scan.startswith("其中", lo) or "中" in name:
        return name
    change = next((w for w in _words("change_after_modal") if last.endswith(w)), "")
    whole = last[:-len(change)] if change else last
    return whole + "中" + name if len(whole) >= 2 and not whole.endswith(("率", "比重", "占比")) else name


SHARE_ENDS = ("率", "比例", "比重", "占比")
AMOUNT_WORDS = re.compile(r"[万亿]")  # an amount class in a scope (亿元以上, 百亿)
LONE_AFTER_CLASS = re.compile(r"(?:以上|以下|级)[\u4e00-\u9fff]$")  # one character left of a word the part's noun shares its end with
SCOPE_CLASS = re.compile(r"[\d.一二两三四五六七八九十百千]*(?:千万|万|亿)元?(?:以上|级)?")
CLASS_TO_LEVEL = re.compile(r"[ⅠⅡⅢⅣⅤVI0-9]类[\u4e00-\u9fff]{1,6}(?:降至|降到|下降到|下降至|减少到|减少至|控制在|提高到|提高至|提升到|提升至)$")  # a class (劣V类河涌) and a level
RANK_ASIDE = re.compile(r"、([^、，,；;。：:]{2,24})[、，,]((?:同比)?(?:增长|下降))$")


def rank_aside(scan: str, start: int, end: int) -> tuple[str, int] | None:
    """A rank or honour aside between a level and its growth (地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%):
    (the growth word after it, where the level's figure ends), so the growth is the level's; None otherwise."""
    if scan[end - 2:end] not in ("增长", "下降"):  # the cheap test first
        return None
    m = RANK_ASIDE.search(scan, max(start, end - 32), end)
    return (m.group(2), m.start()) if m and rank_pattern().search(m.group(1)) else None


def _part_of_whole(name: str, last: str, unit: str) -> str:
    """A count opened by 其中 whose noun ends as the whole's before it (新签投资5000万元以上项目超200个，其中工业项目超160个)
    is of the whole's scope: its own words put before the shared noun (新签投资5000万元以上工业项目数; audit 20, N24#25)."""
    own, whole = (x.removesuffix("数").removesuffix(unit) for x in (name, last))  # (…检测批次, …抽检批次: a counter, no noun)
    n = common_tail(own, whole)
    scope, mine = re.sub(f"^[^{HAN}]+", "", whole[:-n]), own[:-n]  # (②新增托位: a list number is no scope)
    if n < 2 or own[-n:] in name_words("own_measure") + name_words("measure_only"):  # (汽车总产量, 新能源汽车产量)
        return name
    if AMOUNT_WORDS.search(mine) and AMOUNT_WORDS.search(scope):  # 亿元以上重点项目…，其中百亿项目: a class of its own (audit 35 HF24#8)
        scope = SCOPE_CLASS.sub("", scope)  # in place of the whole's: 实施重点百亿项目, 新入库五十亿级项目
    elif LONE_AFTER_CLASS.search(scope):  # 新招引亿元以上产业项目…，其中先进制造业项目: the part replaces 产业 (audit 40, YZ19)
        scope = scope[:-1]
    return scope + name if scope and mine and not any(c.isdigit() for c in mine) and mine not in scope else name


def held_growth(name: str, unit: str) -> str:
    """A % named with how the plan holds its growth (固定资产投资保持稳定增长): the growth itself (固定资产投资增长)."""
    word = next((w for w in _words("held_growth_words") if name.endswith(w + "增长")), "") if unit == "%" else ""
    return name[:-len(word) - 2] + "增长" if word and len(name) > len(word) + 3 else name


@cache
def _leading_verbs() -> re.Pattern[str]:
    words = sorted({*(v for v in verbs() if len(v) > 1), *_words("raise_verbs")}, key=longest_first)
    return re.compile("(?:" + "|".join(re.escape(v) for v in words) + ")+")  # 培育壮大, 加大 …


def industry_before(scan: str, start: int) -> str:
    """The industry (X产业) that opens one of the three sentences before ``start`` in its paragraph, the nearest such
    opening; '' if that opening is a task (推动产业…: ``industry_task_verbs``, verbs.csv)."""
    para = scan.rfind("\n", 0, start)
    found = list(_patterns()["industry_opening"].finditer(scan, max(para, start - 400, 0), start))
    if not found or scan.count("。", found[-1].end(), start) > 3:
        return ""
    industry = found[-1].group(1)
    return "" if industry.startswith(_words("industry_task_verbs") + tuple(verbs())) else industry


INDUSTRY_HEAD: Final = "产业"
SEGMENT_REACH: Final = 60  # the clause before a semicolon that may open with a subject industry is short


def industry_of_segment_before(scan: str, start: int) -> str:
    """The industry (X产业) the clause right before ``start``'s semicolon opens with as its subject, before a verb of
    ``industry_segment_verbs`` (力争全年新能源新材料产业实现投资增长20%以上；实现产值15亿元: 新能源新材料产业; held-out set
    65, fix138b); '' when the sentence follows no semicolon or that opening is a task (推动…产业: ``industry_task_verbs``)."""
    if start < 2 or scan[start - 1] not in "；;":
        return ""
    begin = max(max(scan.rfind(c, max(0, start - SEGMENT_REACH), start - 1) for c in "。！？；;\n"), start - SEGMENT_REACH - 1) + 1
    at = scan.find(INDUSTRY_HEAD, begin, start - 1)
    if at < 0 or not scan.startswith(_words("industry_segment_verbs"), at + len(INDUSTRY_HEAD)):
        return ""
    industry = strip_clause(scan[begin:at + len(INDUSTRY_HEAD)])[0]
    lead = scan[begin:at + len(INDUSTRY_HEAD) - len(industry)]  # (力争全年: a commitment and a period, no task)
    if not 4 <= len(industry) <= 10 or not industry.endswith(INDUSTRY_HEAD) or any(w in lead for w in _task_words()):
        return ""
    return industry


@cache
def _task_words() -> tuple[str, ...]:
    """The task verbs (``industry_task_verbs``, verbs.csv heavy and action) of two characters or more: one before an industry makes it
    the object of a task (推动新能源产业实现…), no subject."""
    heavy = (v for v, kind in verbs().items() if kind in ("heavy", "action"))  # (not 力争, 全年: light words of a commitment)
    return tuple(w for w in (*_words("industry_task_verbs"), *heavy) if len(w) >= 2)


def noun_before(scan: str, sentence_start: int, lo: int) -> str:
    """The thing the clause before ``lo`` ends with, when no figure stands before (加大科技创新投入，占财政支出比重…:
    科技创新投入; 培育壮大软件、…等数字经济核心产业，力争增加值占…: 数字经济核心产业); '' when there is none."""
    head = scan[sentence_start:lo].rstrip(" ")
    if not head.endswith(("，", ",")) or any(c.isdigit() for c in head):
        return ""
    prev = head[:-1]
    prev = prev[max(prev.rfind(c) for c in "，,；;：:") + 1:].rsplit("等", 1)[-1].rsplit("、", 1)[-1]
    noun = strip_clause(prev[m.end():] if (m := _leading_verbs().match(prev)) else prev)[0]
    return noun if 2 <= len(noun) <= 12 else ""


def fuller_subject(scan: str, sentence_start: int, lo: int, subject: str) -> str:
    """A subject of two characters (试点, 改革) of a coverage figure, said more fully: the words the clause before says
    it with (加快农村“三变”改革，实现改革覆盖…: 农村“三变”改革), or else the programme the clause before works on
    (加快推进新型农村合作医疗制度建设，今年把试点范围扩大到全国40%的县: 新型农村合作医疗试点); the subject itself if neither."""
    at = scan.rfind(subject, sentence_start, lo)
    if at > 0:
        begin = max(max(scan.rfind(b, sentence_start, at) for b in BREAKS), sentence_start - 1)
        fuller = strip_clause(scan[begin + 1:at + 2])[0]
        return fuller if fuller.endswith(subject) and len(fuller) <= 12 else subject
    noun = noun_before(scan, sentence_start, lo)
    while noun.endswith(_words("covered_subject_tails")):
        noun = noun[:-len(next(w for w in _words("covered_subject_tails") if noun.endswith(w)))]
    return noun + subject if 2 <= len(noun) <= 10 else subject


def cluster_before(scan: str, sentence_start: int, lo: int, base: str) -> str:
    """A size with no subject (力争产值突破600亿元) right after a clause that ends in a cluster or chain it
    builds (打造具有区域竞争力的新材料产业集群，): that cluster (新材料产业集群), not the topic of an earlier
    clause (推进…等29个项目建设); '' otherwise."""
    if base not in _words("cluster_measures") or not scan.endswith(("，", ","), sentence_start, lo):
        return ""
    prev = scan[max(sentence_start, lo - 40):lo - 1]
    if not prev.endswith(_words("cluster_heads")):
        return ""
    prev = prev[max(prev.rfind(c) for c in "，,；;：:的、等") + 1:]
    noun = prev[m.end():] if (m := _leading_verbs().match(prev)) else prev
    return noun if 4 <= len(noun) <= 12 and not any(c.isdigit() for c in noun) else ""


@cache
def _done_last() -> re.Pattern[str]:
    return re.compile(f"(?:{_alt('bare_output_verbs')})+$")


def object_of(name: str) -> str:
    """The object of a name of verb and object, either way round (新改续扩建中小学幼儿园, 学校新建), or between a lead and
    a tail (新增高标准农田建设: data/name_subjects.json shared_leads, opening_tails): '' if none."""
    done = count_verb(False).match(name) or _done_last().search(name)
    if done is None:
        lead = next((w for w in _words("shared_leads") if name.startswith(w)), "")
        tail = next((w for w in _words("opening_tails") if name.endswith(w)), "")
        return name[len(lead):len(name) - len(tail)] if lead and tail else ""
    return name[done.end():] if done.start() == 0 else name[:done.start()]
