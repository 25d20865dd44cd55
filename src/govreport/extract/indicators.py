"""The pieces a figure's name (indicator) is made of: a clause stripped to its subject, the measure a unit implies (户 -> 户数),
the members of a 分别 list (the noun after a count or a threshold: ``post_nouns``). ``naming`` puts them together sentence by
sentence; ``keys`` gives the English."""
from __future__ import annotations

import re
from functools import cache
from typing import Final, NamedTuple

from govreport.extract.change_kinds import MINUS_SIGNS
from govreport.extract.gov_levels import counted_levels, shared_level
from govreport.extract.name_results import ITEM_NUMBER, quote_closed
from govreport.extract.name_forms import levelled_members, partner_lead, shared_action, shared_flow_lead, shared_growth, shared_rate, shared_share, verb_members, member_parts, whole_members, with_partner_lead
from govreport.extract.name_adverbs import without_again
from govreport.extract.name_polish import place_members
from govreport.extract.list_shares import shared_head
from govreport.lexicon import clause_breaks, name_subjects, name_words, qualifiers, unit_field, verbs

CLAUSE_BREAK = re.compile(f"[{re.escape(clause_breaks(brackets=True))}\n]")
DECOR: Final = re.compile(r"[“”\"‘’'「」『』《》、\s]")
# a span the goal is reached within (跨境电商3年内翻两番, 三年内打造…, 2-3年内): the goal's horizon (extract/terms.py), no part of
# its name; a bare 内 is what is left of it when the duration was read as a figure of its own (3年 + 内; held-out audit 50 珠海 G4)
SPAN_WITHIN: Final = re.compile(r"(?:\d{1,2}|[两三四五六七八九十]{1,2})(?:[-—~至到](?:\d{1,2}|[三四五六七八九十]{1,2}))?年内|^内$")
BASIS_ASIDE: Final = re.compile(r"在[^，,；;。\d]{2,20}?的基础上(?=(?:再|进一步)?(?:提高|提升|增加|增长|扩大|下降|降低|减少|上调|下调)$)")  # …的基础上提高: the basis a change is from
MEMO_SIZE: Final = 16384  # the memos below start again when this full (a long-running process reads many reports)
_STRIPPED: Final[dict[str, tuple[str, str]]] = {}
_ALL_VERBS: Final[dict[str, bool]] = {}
_MEASURED: Final[dict[tuple[str, str], str]] = {}
TRAILING: Final = ("继续保持在", "继续保持", "不高于", "不少于", "不低于", "低于", "拟按", "拟定", "下降到", "下降至", "压降至", "压降到", "降至", "降到", "稳定在", "保持在", "继续", "控制在", "分别达到", "分别达", "均达到", "均达", "分别为", "分别", "达到", "均为", "共计", "达", "为", "至",
            "到", "了", "是", "共", "均", "总计", "合计", "约", "近", "有", "占", "比上年", "同比", "较上年", "人均", "力争", "确保",
            "争取", "稳定保持在", "并稳定保持在", "并稳定在", "并保持在", "并稳定", "并保持")  # PM2.5年均浓度力争(降至), …并稳定保持在
GENERIC: Final = {"产值", "总产值", "综合产值", "均价", "面积", "收购量", "产量", "总产量", "总投资", "资金", "金额", "规模", "数量",
           "人数", "户数", "比例", "占比", "收入", "增长", "增速", "总量", "投资", "概算总投资", "实际到位资金",
           "总投", "整改面积", "收购均价", "计划投资"}
KEPT_AT, RAISE_FIRST, RATE_END = ("保持在", "稳定在"), ("提升", "提高"), ("率", "比例", "比重", "占比")  # 提升…收集率并稳定保持在85%
CAUSATIVE_FIRST: Final = frozenset("使让令")  # the characters of data/name_words.csv kind causative (a gate only)
MODAL_LAST: Final = frozenset("要拟将排标斗可望")  # the last characters of data/name_words.csv kind modal_end (a gate only)
PER_END: Final = re.compile(r"每(?:[十百千万]|十万|百万)?(?:人|户|平方公里)$")  # a rate's base before the figure
LEADING_LINKS: Final = ("和", "及", "与", "以及", "并", "及以上", "以上", "左右", "的", "但", "而", "且")
KEEP_LEADING: Final = ("新增", "新建", "新改", "新(改)建", "新认定", "新引进", "新设")  # 新 is a light word, 新增 is part of the name
MEASURE_ENDINGS: Final = ("量", "面积", "数", "率", "额", "值", "价", "资金", "投资", "收入", "人次", "次", "批次", "场次", "年限", "寿命", "能力", "里程", "幅度", "负荷",
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
    lead: tuple[str, ...]  # words that open a clause and name nothing (二是, 因地制宜)
    lead_verb: tuple[str, ...]  # … before a verb or a change (再压减)
    verbs: tuple[str, ...]  # the verbs and changes ``lead_verb`` words come before
    lead_first: frozenset[str]
    to_level: tuple[str, ...]  # a change to a level (提高到): the figure after it is the level


@cache
def _strippers() -> _Strippers:
    """Trailing words are written backwards and matched at the start of the reversed name: one
    try at one place, where a search for a word at the end would try every place."""
    light, heavy = _verb_lists()
    trailing = sorted(TRAILING + tuple(qualifiers()["before"]) + name_words("commit_end"), key=len, reverse=True)
    alt = lambda words, keep=(): "|".join(re.escape(w) + "".join(f"(?!{re.escape(k[len(w):])})" for k in keep if k.startswith(w) and k != w) for w in words)  # noqa: E731 (共 but not 共享)
    whole = lambda w: re.escape(w[::-1]) + "".join(f"(?!{re.escape(v[::-1][len(w):])})" for v in qualifiers()["before"] if len(v) > len(w) and v.endswith(w))  # noqa: E731 (a qualifier alone, 超过: no 超 + a trailing 过, audit 46)
    return _Strippers(re.compile(f"(?:{alt(light, name_words('light_whole'))})(?=.)"), frozenset(w[0] for w in light),
                      re.compile(f"(?:{'|'.join(map(whole, trailing))})(?=.)"), frozenset(w[-1] for w in trailing),
                      re.compile(f"(?:{alt(heavy)})(?=..)"), frozenset(w[0] for w in heavy),
                      name_words("lead"), name_words("lead_verb"), tuple(sorted((*verbs(), *name_words("change")), key=len, reverse=True)),
                      frozenset(w[0] for w in name_words("lead") + name_words("lead_verb")), name_words("to_level"))


def strip_clause(clause: str) -> tuple[str, str]:
    """(name, moved heavy verb): drop decoration, light verbs and trailing links; move a
    leading heavy verb after its object (出栏生猪 -> 生猪出栏). Memoised in a plain dict (a direct
    look-up where compiled; lru_cache's wrapper costs more): a report repeats its clauses (增长,
    实现产值), and the answer depends on the clause alone."""
    done = _STRIPPED.get(clause)
    if done is None:
        if len(_STRIPPED) >= MEMO_SIZE:
            _STRIPPED.clear()
        done = _STRIPPED[clause] = _strip_clause(clause)
    return done


def _strip_clause(clause: str) -> tuple[str, str]:
    p = _strippers()
    name = DECOR.sub("", ITEM_NUMBER.sub("", clause, count=1) or clause)  # 2.新建…: no item number
    if name[-1:] in MINUS_SIGNS:  # 外贸出口…，增长-39.7%: the minus is the figure's sign (its direction), no word of its name
        name = name[:-1]
    if "内" in name:
        name = SPAN_WITHIN.sub("", name)
    if "基础上" in name:  # 住院报销比例在在职职工报销比例的基础上提高: the basis is no part of what changes (fix146d)
        name = BASIS_ASIDE.sub("", name)
    if "要" in name or "至少" in name:  # 排放量要下降, 要为市场主体减轻…, 年内至少降低: the modal names nothing
        name = _modal().sub("", name)
    if "每" in name and (per := PER_END.search(name)):  # 食品抽检量超每千人(6.6批次): 每千人食品抽检量
        name = per.group() + name[:per.start()]
    if name.startswith(LEADING_LINKS) and not name.startswith(name_words("not_link")):
        for w in LEADING_LINKS:
            if name.startswith(w) and len(name) > len(w):
                name = name[len(w):]
    changed, kept = True, False
    while changed and name:
        changed = False
        m = p.trailing_reversed.match(name[::-1]) if name[-1] in p.trailing_last else None
        if m and name.endswith(p.to_level):  # 达标率提高到(80%): the level reached, not a change
            name, changed, m = name[:-len(next(w for w in p.to_level if name.endswith(w)))], True, None
        if m and not name.endswith(name_words("not_link")):  # 高于全省平均: 均 ends a word here
            kept = kept or name.endswith(KEPT_AT)
            cut = len(name) - m.end()  # not inside a word (失业率平均为5.2%: 均为 is no trailing 均为 here)
            cut = next((i + len(w) for w in name_words("not_link") if 0 <= (i := name.rfind(w, 0, cut + len(w) - 1)) < cut < i + len(w)), cut)
            name, changed = name[:cut], True
        m = p.leading.match(name) if name and name[0] in p.leading_first and not name.startswith(KEEP_LEADING + ("已建",)) else None  # (已建居住区: built ones, as 新建)
        if m and not light_class(name):  # 有效发明专利: a class before a noun (有效应对: the adverb)
            name, changed = name[m.end():], True
        if name[:1] in p.lead_first:  # 二是取消…, 因地制宜新建…, (今年)再压减…: they open the clause and name nothing
            lead = next((w for w in p.lead if name.startswith(w)), "")
            if not lead:
                lead = next((w for w in p.lead_verb if name.startswith(w) and (name.startswith(p.verbs + name_words("carried_new_verb"), len(w)) or w == "争取" and clause.endswith(("突破", "达到", "超过")))), "")  # (争取新增…资金: 新增 is the name's, fix152d)
            if lead and len(name) > len(lead) + 1 and not name.startswith(name_words("not_link")):  # not 将来
                name, changed = name[len(lead):], True
        if name[:1] in CAUSATIVE_FIRST and len(name) > 3 and name.startswith(name_words("causative")) and not name.startswith(name_words("not_causative")) \
                and "“" + name[:2] not in clause:  # (not a quoted campaign's name: “让征迁居民早日安家”行动)
            name, changed = name[1:], True  # 使全市基本养老保险参保率(达到90%): the causative opening the clause names nothing (fix152d)
        if name[-1:] in MODAL_LAST and len(name) > 2 and name.endswith(name_words("modal_end")) and not name.endswith(name_words("not_link")) \
                and name not in name_words("who_modal"):  # (各地可: who may do it, dropped whole below)
            if len(end := next(w for w in name_words("modal_end") if name.endswith(w))) <= 3 or len(name) > len(end) + 2:
                name, changed = name[:-len(end)], True  # 铁路投资要(保持在), 投资拟(增加到); not 增长预期目标 (3+ left)
        if name.endswith(name_words("level_link")) and not name.endswith(name_words("not_link")):  # 赤字率在(2%左右)
            link = next(w for w in name_words("level_link") if name.endswith(w))
            if len(name) > len(link) + 1 and not name.endswith(TRAILING):  # not inside 稳定在, 保持在 (kept whole when alone)
                name, changed = name[:-len(link)], True
    name = without_again(name[2:] if kept and name.startswith(RAISE_FIRST) and name.endswith(RATE_END) and len(name) > 5 else name)
    if name in name_words("who_modal"):  # (比例…，)各地可(降至16%): who may do it names nothing
        return "", ""
    if name.endswith(RATE_END) and (governing := next((w for w in name_words("governing") if name.startswith(w)), "")) and len(name) > len(governing) + 2:
        name = name[len(governing):]  # 带动在潭高校…转化率(至30%): the rate is the name, the verb that drives it none (fix152d)
    verb = ""
    m = p.heavy.match(name) if name and name[0] in p.heavy_first else None
    if m and name[m.end():] not in GENERIC and name[m.end()] not in "和及与或(（" and not name.endswith(name_words("rate") + name_words("acted_measure")) and (
            not _verbs_only().match(name, m.end()) or p.leading.match(name, m.end())) \
            and not name.startswith(name_words("pair_end"), m.end()) and not light_class(name):  # 新建改造管网, 改造提升停车位, 新建或改造口袋公园 (held-out set 65, fix138b): no move; 建设用地 is a noun
        verb, name = ("", name[m.end():]) if name.endswith(name_words("change") + name_words("narrowed")) or m.group(0) in name_words("governing") and name.endswith("投资") else (m.group(0), name[m.end():] + m.group(0))  # 带动…增长: the change's cause, dropped; 带动…投资: the investment it drives
    return name, verb


@cache
def _modal() -> re.Pattern[str]:
    """A modal (data/name_words.csv: 要) right before a verb or a change, not inside a word
    (主要, 重要, 需要, 必要)."""
    after = sorted((*verbs(), *name_words("change"), *name_words("retire"), *KEEP_LEADING), key=len, reverse=True)  # (要关停: audit 21; 要新增: fix149f)
    return re.compile("(?<![主重需必只])(?:" + "|".join(map(re.escape, name_words("modal"))) + ")(?=再?(?:"
                      + "|".join(map(re.escape, after)) + "))")  # 要再压减: the 再 goes with the lead words


@cache
def _verbs_only() -> re.Pattern[str]:
    """Verbs and adverbs, longest first, taken greedily without backtracking (atomic group)."""
    light, heavy = _verb_lists()
    action = tuple(v for v, k in verbs().items() if k == "action")
    words = sorted(light + heavy + action + ("正在", "组织", "加快", "全力"), key=len, reverse=True)
    return re.compile("(?>" + "|".join(re.escape(w) for w in words) + ")++")


def all_verbs(name: str) -> bool:
    """True when a clause is only verbs and adverbs (正在组织实施): it names no subject."""
    done = _ALL_VERBS.get(name)
    if done is None:
        if len(_ALL_VERBS) >= MEMO_SIZE:
            _ALL_VERBS.clear()
        done = _ALL_VERBS[name] = not name or _verbs_only().fullmatch(name) is not None
    return done


def add_measure(name: str, unit: str) -> str:
    """Append the measure a unit implies (户 -> 户数, 亩 -> 面积) unless the name has one.
    Memoised like strip_clause: every figure's name goes through here, and names recur (增长, 产值)."""
    done = _MEASURED.get((name, unit))
    if done is None:
        if len(_MEASURED) >= MEMO_SIZE:
            _MEASURED.clear()
        done = _MEASURED[name, unit] = _add_measure(name, unit)
    return done


def _add_measure(name: str, unit: str) -> str:
    if not name or name.endswith(MEASURE_ENDINGS):
        return name
    measure = unit_field(unit, "measure")
    if not measure or name.endswith(measure) or name.endswith("产能") and not measure.endswith("数"):
        return name  # (电池产能达5GW, 生猪产能149万头: 产能 is the measure; 释放产能户数 counts firms, audit 49)
    if measure == "装机容量" and name.endswith(name_words("power_measure")):
        return name  # 农机总动力 (235万千瓦) names its power already: no generating capacity appended (held-out set 84, fix165b)
    if measure == "时长" and name.endswith(("时间", "时延", "时限", "用时")):
        return name  # 活动时间 (不低于2小时), 网络时延 (10毫秒以内), 企业开办时限 (1个工作日) are lengths of time already; 事项, 专项 are counted (事项数)
    at = name.rfind(measure) if len(measure) > 1 else -1
    if at > 0 and len(name) - at - len(measure) <= 2:  # 粮改饲试点面积扩大(到1000万亩): the measure is named, not 扩大面积
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


DISTRIBUTIVE_WORD = re.compile(r"分别|依次")
TO_ONLY: Final = re.compile(r"(?:提高|提升|增加|增长|跃升|上升|回升|扩大|下降|降低|减少|缩小|缩减|收窄|回落|压减|压降|减|降)?(?:到|至)(?:\d{4}年(?:底|末)?的?)?")  # 提高到, 降至, 回升到: the verb no part of the name

LONG_MEMBER: Final = 6  # a last member this much longer than the first has more than the first's word and a head


@cache
def _shared_head() -> re.Pattern[str]:
    """The words a list of short members shares as the start of its head (data/name_words.csv)."""
    return re.compile("|".join(map(re.escape, name_words("head"))))


URBAN_RURAL: Final = ("城乡", "城镇", "农村")


def _group_shared(first: str, last: str, shared: str) -> str:
    """What a group beside a place's group shares (职工和城乡居民医保报销比例: 职工 is beside 城乡居民, so shares only
    医保报销比例, not 居民…): ``shared`` without the head word it opens with when the last member opens with an urban or
    rural place and the first member is no such place (城镇、农村居民…: the places share 居民)."""
    lead = last[:len(last) - len(shared)]
    if lead in URBAN_RURAL and first not in URBAN_RURAL and (h := _shared_head().match(shared)) and len(shared) - h.end() >= 2:
        return shared[h.end():]
    at = next((k for w in name_subjects()["shared_rate_modifiers"] if (k := last.find(w, 2)) > 0 and 2 <= len(last) - k - len(w) <= 4), -1) if last.endswith("率") else -1
    return last[at:] if at > 0 and len(last) - at > len(shared) and last.endswith(shared) else shared  # 乡镇卫生院、村卫生室标准化达标率: 标准化 is the shared rate's (held-out set 71 临沂 row 39, fix151d)


def light_class(name: str) -> bool:
    """Whether ``name`` opens with a noun that starts like a verb (建设用地, 建成区) and so keeps its opening, unless a
    longer word there is the verb's object (建成区域性…中心: the verb 建成 after all)."""
    return name.startswith(name_words("light_class")) and not name.startswith(name_words("not_light_class"))


COMPARED_YEARS = re.compile(r"[比较](?:(?:19|20)\d\d年?度?[、和])+(?:19|20)\d\d年?度?$")


def commit_free(subject: str) -> str:
    """A 分别 list's subject without the commitment opening it (争取新签约、新落地…项目: 新签约 is the first member, not
    争取新签约; name_words.csv member_commit), when a member of two characters or more follows it."""
    lead = next((w for w in name_words("member_commit") if subject.startswith(w)), "")
    rest = subject[len(lead):]
    return rest if lead and len(rest.split("、", 1)[0]) >= 2 else subject


def list_members(clause: str, size: int) -> list[str]:
    """The names of the members of a 分别 list whose subject lists them with 、: 城镇、农村常住居民人均可支配收入
    分别增长 -> 城镇…增长, 农村…增长 (short members share the last one's head: 一产、二产、三产增加值); [] when
    the subject does not list ``size`` members."""
    m = DISTRIBUTIVE_WORD.search(clause)
    if m is None or COMPARED_YEARS.search(clause, 0, m.start()):
        return []  # 较2020、2021年度分别增长: the years compared with, no members (audit 43 七台河 G4)
    parts, joined = member_parts(commit_free(re.sub(r"^(?:全年|今年|年内)(?=[\u4e00-\u9fff]{2})", "", clause[:m.start()])), size)  # (全年新签约、新落地…: the year is no member's)
    if len(parts) != size or not all(p.strip() for p in parts): return []  # noqa: E701
    parts = shared_flow_lead(shared_action(levelled_members(shared_level(counted_levels(verb_members(parts, [strip_clause(p)[0] for p in parts]))))))  # 省级A和B分别…: 省级B too; A、B整合分别…: A整合
    first, last, lead = parts[0], parts[-1], partner_lead(parts)
    if not whole_members(first, last) and (joined or lead or all(0 < len(p) <= 6 for p in parts[:-1]) and (len(last) > len(first) + 1 or last.endswith(h := name_words("closing_head")) and not first.endswith(h))):
        # 养老保险和基本医疗保险参保率: the head after the word the members end with (保险); 城镇、农村常住居民…: the head
        tail, at = first[-2:], last.find(first[-2:]) if 2 <= len(first) <= 4 else 0 if all(len(p) == 1 for p in parts[:-1]) else -1  # (一、二、三产: all after 三)
        if last.startswith(first) and len(first) <= 4:  # 工业、制造业、工业技改投资: the last member narrows the
            head = _shared_head().search(last, len(first))  # first, the members share only its head (投资)
            shared = last[head.start():] if head else last[-2:]
        elif 0 <= at and at + len(tail) < len(last):
            shared = last[at + len(tail):]
        else:  # 人工智能、大数据产业规模: the head starts at a word members share (产业) where the last member is no longer than the first, else (short members) after as many characters as the first has
            head = _shared_head().search(last, 2, len(first) + 2)
            long_last = len(first) > 2 and len(last) >= len(first) + LONG_MEMBER  # (城镇、农村…: two parallel words)
            if head is None and (long_last or len(first) <= LONG_MEMBER):  # 居民医保和…经费人均财政补助标准: the head further on; 受污染耕地、重点建设用地安全利用率: a head that ends the last member
                head = _shared_head().search(last, len(first))  # (原煤、原油、天然气产量: a head ending a last member longer than the first)
                head = head if head is None or long_last or head.end() == len(last) else None
                head = hw if (hw := head or (w if len(first) > 2 and not long_last and (w := _shared_head().search(last, 2)) and w.end() == len(last) else None)) is None or long_last or len(first) <= 4 or len(hw.group()) >= 3 else None  # 铁矿石、煤炭接卸能力 (not 卸能力: audit 50); a first member of five or six characters takes no head of two (城镇新增就业、新增发放创业担保贷款: no 贷款)
            shared = last[hm.start():] if (hm := head or (_shared_head().match(last, len(first) + 1) if (short := len(first) <= 4 and not long_last) and len({len(p) for p in parts[:-1]}) > 1 else None)) else last[len(first):] if short else ""  # (蔬菜、杂粮杂豆、中药材产业…: members of unequal length, a head a character on: 材 the last's own; not 双柚、油茶、茶叶全产业链)
        if not shared and 5 <= len(first) <= 6 and (k := last.find(first[-3:])) > 0 and k + 3 < len(last):
            shared = last[k + 3:]  # 公办幼儿园、普惠性幼儿园在园幼儿比例: the head after the noun both end with (held-out set 86 衡阳 row 53)
        shared = _group_shared(first, last, shared)
        if shared and first.endswith(amounts := tuple(name_subjects()["amount_ends"])) and shared.endswith(amounts) and not first.endswith(shared):
            shared = ""  # 年度工业投资、规上工业增加值分别增长: the first names its own amount, no 工业投资增加值 (held-out 51 晋中); a share (占比) is each one's
        if shared:
            parts = [p + h if len(p) == 2 and h[:1] == p[1] else merge_names(p, h) for p in parts[:-1] for h in (shared_head(shared),)] + [last]  # 制造业企业 + 企业研发…: not 企业企业; 在职 + 职工…: 在职职工 (no word cut)
    parts = shared_growth(shared_share(shared_rate(with_partner_lead(place_members(parts), lead))), clause[m.end():])  # 中心城区和县城…优良率: 中心城区…优良率; 对欧盟、RCEP…: 对RCEP…; 乡级…中心、社区…覆盖率: each 覆盖率
    after = clause[m.end():]
    verb = "" if TO_ONLY.fullmatch(after) else strip_clause(after)[0]
    if (all_verbs(verb) or verb in TRAILING or verb in qualifiers()["before"]) and verb not in name_words("change"):  # 分别达, 分别提升至, 分别超过 (a bound, audit 46 衢州): no word of the measure
        verb = ""
    return [p + verb if verb and not p.endswith(verb) else p for p in parts]
