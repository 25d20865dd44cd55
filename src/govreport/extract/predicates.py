"""Where a figure's own predicate starts and ends: the verb phrase after a list mark that is
the figure's alone (加大…力度、举办专场招聘会70场), what the things before a rate do (100%网上可办),
and the heavy or action verbs (data/verbs.csv) both ``naming`` and these helpers look for."""
from __future__ import annotations

import re
from typing import Final
from functools import cache

from govreport.extract.indicators import KEEP_LEADING, all_verbs, commit_free, light_class
from govreport.extract.keys import registered_head
from govreport.extract.post_nouns import noun_after
from govreport.lexicon import name_words, qualifier_pattern, qualifier_words, trie_pattern, unit_field, verbs
from govreport.cue_words import cue_pattern

# 100%网上可办，; or before a sibling of the same shape (群众诉求100%响应、可办事项100%办结: audit 37, YC24#43)
PREDICATE_AFTER = re.compile(r"[\u4e00-\u9fff]{2,8}(?=[，,。；;]|、(?:[\u4e00-\u9fff]{2,8})?\d+(?:\.\d+)?%)")  # (…100%网上受理、100%网上办结: a member with no noun of its own after it)
TO_WORD: Final = re.compile(r"[到至为]")
OWN_LEVEL: Final = re.compile(r"(?:(?:提升|提高|增加|扩大|下降|降低|减少)(?:到|至)|达到)$")  # a member ending in a level reached


def own_predicate(lo: int, clause: str) -> tuple[int, str]:
    """The clause from its last predicate of its own: in 加大退役军人就业创业扶持力度、举办专场招聘会
    the figure after 举办专场招聘会 is of the fairs alone. A 、 starts a predicate of its own when a
    verb follows it and words that do not end in a verb come before it (新建、改造提升高标准农田
    shares its object); ``lo`` moves with the clause. A member closed by a worded change of its own (name_words.csv
    ``closed_member``: 持平) is no part of the next one's name."""
    at = clause.rfind("、", 1)
    while at > 0:
        before = clause[:at].lstrip("，,、 ")
        if before.endswith(name_words("closed_member")):  # 固定资产投资与上年持平、社会消费品零售总额增长7.3%: a member of its own (spot 40)
            return lo + at + 1, clause[at + 1:]
        if (not _attributes(clause, at, before) and not _rate_noun(clause, at) and not _bracketed(clause, at) and (count_verb(False).match(clause, at + 1) or clause.startswith(KEEP_LEADING, at + 1) and count_verb(False).match(before))
                and len(before) >= 3 and not all_verbs(before) and not count_verb().search(before)):  # 新开、优化…: one word before 、 joins a list of verbs; 新建和加密建设、改造提升24个服务区: one object
            # (实施…工程、新增贸易主体500家: 新增 after a member that starts with a verb starts one of its own; corpus audit 18 C24#23)
            return lo + at + 1, clause[at + 1:]  # (not 引进投资规模大、带动能力强的项目: two attributes of one noun)
        if clause.endswith(("到", "至", "\n")) and OWN_LEVEL.search(clause, at + 3) and count_verb(False).match(commit_free(before)) and not all_verbs(before) and not light_class(before):  # (建成区供热、燃气普及率: a noun)
            return lo + at + 1, clause[at + 1:]  # 建设…管理平台、实时可调负荷提升至(75万千瓦): a verb phrase, then a level of its own (not 争取新签约、新落地…: fix135a)
        at = clause.rfind("、", 1, at)
    return lo, clause


def _bracketed(clause: str, at: int) -> bool:
    """The 、 at ``at`` stands inside a bracket (审定（登记、认定）优良品种: the aside's list, no predicate of the figure's own;
    fix99d, with 认定 a verb)."""
    return clause.count("（", 0, at) + clause.count("(", 0, at) > clause.count("）", 0, at) + clause.count(")", 0, at)


def _rate_noun(clause: str, at: int) -> bool:
    """The verb after the 、 at ``at`` names a rate (开工率、投产率分别达到100%、50%: 投产率 is a noun, a member of the list, not
    a predicate of its own; audit spot 37 庆阳 rows 48, 49)."""
    m = count_verb(False).match(clause, at + 1)
    return m is not None and clause.startswith("率", m.end())


def _attributes(clause: str, at: int, before: str) -> bool:
    """The 、 at ``at`` joins two short attributes of the noun after 的 (引进投资规模大、带动能力强的项目40个: audit 37, YI24#33),
    not two predicates: the words after it reach 的 within six characters and those before it hold no 的."""
    of = clause.find("的", at + 1, at + 8)
    return of > at + 2 and "的" not in before and of < len(clause) - 1


def rate_predicate(scan: str, end: int) -> str:
    """What the things before a rate do, when the rate is followed by it up to the clause's end
    (许可准入事项100%网上可办, 义务教育学校100%纳入教联体建设): the rate is of those that do it.
    Only a predicate counts: words that end in a verb (data/verbs.csv, and the predicate ends
    of data/name_words.csv: 全程网办) or say what can be done (可办); not a noun (门诊量, 榜单), a
    qualifier (以上) or a change to a level (提高到)."""
    m = PREDICATE_AFTER.match(scan, end)
    if m is None or qualifier_pattern("after").match(scan, end) or TO_WORD.search(m.group()):
        return ""
    run = m.group()
    return run if run[:-1].find("可") >= 0 or run.endswith(name_words("predicate")) or run.startswith(name_words("predicate_lead")) or count_verb().search(run) or _verb_object(run) else ""


JOINING: Final = "和与及"  # a conjunction a name may not end in (城市垃圾做到“日产日清”和100%无害化处理)


def predicate_rate(base: str, done: str) -> str:
    """The rate of the things in ``base`` that do ``done`` (the predicate after the rate: rate_predicate). A ``base``
    that ends in a conjunction holds another predicate of the same subject joined to this one (城市垃圾做到日产日清和
    100%无害化处理): that predicate, from its light verb on, leaves the name, which names no conjunct nor ends in 和
    (城市垃圾无害化处理率; held-out set 72 亳州 row 109, fix149f). A short predicate, or one a registered rate ends in
    (垃圾无害化处理率), makes a 率, a longer one a 比例."""
    if base[-1:] in JOINING and len(base) > 4:
        light = tuple(v for v, k in verbs().items() if k == "light" and len(v) >= 2)
        at = next((i for i in range(2, len(base) - 3) if base.startswith(light, i)), -1)
        base = base[:at] if at >= 2 else base
    rate = "率" if len(done) <= 4 or registered_head((base + done)[-len(done) - 2:] + "率") >= 0 else "比例"
    return base + done + rate


STANDARD_AFTER: Final = re.compile(r"达到[^，,。；;、\s\d]{1,8}?标准(?=[，,。；;、]|$)")  # 60%达到Ⅱ类标准


def standard_share(scan: str, end: int, base: str) -> str:
    """The share of things that reach a standard named right after the rate (确保地表水断面水质达到Ⅲ类标准、力争60%达到Ⅱ类
    标准: 地表水断面水质达到Ⅱ类标准比例; held-out 54 信阳 row 77): the standard after the figure is its own, so the one the
    name carries from the member before it (达到Ⅲ类标准) gives way. '' when no 达到…标准 closes the figure's clause."""
    m = STANDARD_AFTER.match(scan, end)
    if m is None or not base:
        return ""
    cut = base.rfind("达到")
    subject = base[:cut] if cut >= 2 else base
    return subject + m.group() + "比例"


def _verb_object(run: str) -> bool:
    """A verb and its object after a rate (镇街医院100%设立中医临床科室): the rate of those that do it (audit 33, ZS24#52)."""
    verb = count_verb(False).match(run)
    return verb is not None and len(run) - verb.end() >= 2


_AFTER_FIRSTS: Final[dict[str, frozenset[str]]] = {}  # a Final dict, not functools.cache: a direct call for every figure (lexicon.units)
_COUNT_VERBS: Final[dict[bool, re.Pattern[str]]] = {}


def after_firsts() -> frozenset[str]:
    """The characters a qualifier after a figure (以上, 左右) starts with."""
    firsts = _AFTER_FIRSTS.get("after")
    if firsts is None:
        firsts = _AFTER_FIRSTS["after"] = frozenset(w[0] for w in qualifier_words("after"))
    return firsts


def count_verb(at_end: bool = True) -> re.Pattern[str]:
    """A heavy or action verb (data/verbs.csv) that ends the words before a count (or, with
    ``at_end`` false, that starts where it is matched)."""
    pattern = _COUNT_VERBS.get(at_end)
    if pattern is None:
        verb = count_verb_source()  # 建设改造4075公里管网, 取消和停征100项…收费 (audit 11)
        pattern = _COUNT_VERBS[at_end] = re.compile(f"{verb}(?:和?{verb})*" + ("$" if at_end else ""))
    return pattern


@cache
def count_verb_source() -> str:
    """One heavy or action verb (data/verbs.csv) as pattern source, for patterns built around it: a prefix
    tree, since hundreds of verbs are tried at every figure."""
    words = sorted((v for v, k in verbs().items() if k in ("heavy", "action")), key=len, reverse=True)
    return "(?:" + trie_pattern(words) + ")"


@cache
def verb_chain() -> re.Pattern[str]:
    """A chain of verbs, after an optional 新: data/verbs.csv's heavy and action verbs and data/name_words.csv's
    kind chain_verb, one after another or joined by 和, 及 or 、 (新开工改造, 新建改扩建及维修改造, 提质升级)."""
    one = _one_verb()
    return re.compile(f"新?{one}(?:[和及、]?{one})*")


@cache
def verb_chain_end() -> re.Pattern[str]:
    """Two verbs or more (as ``verb_chain``) that end the words before a count (围绕产业需求布局建设(5条铁路专用线)):
    the verbs the count is of, where one verb alone at the end of longer words may belong to them."""
    one = _one_verb()
    return re.compile(f"{one}(?:[和及]?{one})+$")


def _one_verb() -> str:
    verb = count_verb_source()
    chain = "|".join(map(re.escape, name_words("chain_verb")))
    return f"(?:{verb}|{chain})" if chain else verb


def verb_before_examples(m: re.Match[str]) -> str:
    """What is kept of a list of examples before 等: the verb it starts with (新增黄石、咸宁、天门等
    全国文明城市 -> 新增全国文明城市)."""
    lead = next((w for w in KEEP_LEADING if m.group().startswith(w)), "")
    verb = count_verb(False).match(m.group(), len(lead)) or _whole_verb(m.group(), lead) or _committed_verb(m.group(), lead)  # (新改扩建: one verb)
    if m.group().find("、") > 8 and not (verb or lead):  # a first example of more than eight characters only after a verb
        return m.group()  # (新建扩建融江路小学、…等; not 2005年中央财政用于科技、教育…等方面: a subject, no example)
    return m.group()[:verb.end()] if verb else lead


def _committed_verb(words: str, lead: str) -> re.Match[str] | None:
    """A verb after a commitment word that opens the examples (data/cues.csv kind commit: 力争培育领军、独角兽等高成长性企业
    -> 力争培育高成长性企业, not the examples and their verb dropped together; spot audit 36 上饶 row 54)."""
    commit = None if lead else cue_pattern("commit").match(words)
    if commit is None and not lead and words.startswith(manner := name_words("verb_adverb")):  # 精准发放汽车、…等消费券: 发放消费券 (audit 39b)
        return count_verb(False).match(words, len(max((w for w in manner if words.startswith(w)), key=len)))
    return count_verb(False).match(words, commit.end()) if commit is not None else None


def _whole_verb(words: str, lead: str) -> re.Match[str] | None:
    """A verb (data/verbs.csv) that a kept leading word opens and runs past it (新改 + 扩建: 新改扩建), so the examples'
    verb is kept whole (新改扩建…等中小学42所 -> 新改扩建中小学数, not 新改; spot audit 36 上饶 row 70)."""
    verb = count_verb(False).match(words) if lead else None
    return verb if verb is not None and verb.end() > len(lead) else None


@cache
def verb_edges() -> tuple[frozenset[str], frozenset[str]]:
    """The characters a verb (data/verbs.csv) ends with, and those it starts with: an opening
    clause that neither ends nor starts with one has no scene (most do not)."""
    return frozenset(v[-1] for v in verbs()), frozenset(v[0] for v in verbs())


def higher_aim(words: str, lead: str, same_unit: bool) -> bool:
    """A list member that says only that more is aimed at (产量7300万吨、力争达7500万吨, 、确保突破…):
    a higher aim for the measure named before, not a name of its own (no 产量力争量)."""
    return lead == "、" and same_unit and cue_pattern("commit").fullmatch(words) is not None


def fund_after(scan: str, end: int, unit: str) -> str:
    """The fund an amount is of when its name follows it (中央财政安排1000亿元专项奖补资金 -> 专项奖补资金;
    data/name_words.csv kind ``fund``), '' otherwise: most amounts end their clause or follow their noun."""
    if end >= len(scan) or not "\u4e00" <= scan[end] <= "\u9fff" or unit_field(unit, "kind") != "money":
        return ""
    noun = noun_after(scan, end)
    if len(noun) > 2 and not noun.endswith(name_words("fund")):  # 1000亿元失业保险基金支持稳岗: the fund ends at its word
        noun = min((noun[:at + len(w)] for w in name_words("fund") if (at := noun.find(w, 1)) > 0), key=len, default="")
    return noun if len(noun) > 2 and noun.endswith(name_words("fund")) else ""


YEAR_ONLY: Final = re.compile(r"\d{4}年度?")  # 完成2019年度…: a year label names nothing


def goal_after(scan: str, end: int, unit: str, base: str) -> str:
    """What an amount is the size of when the goal it sets follows it and the words before name nothing but a verb
    or a year (完成2019年度7.89亿元政府隐性债务化解目标 -> 政府隐性债务化解; 完成37.8亿元的年度投资计划 -> 年度投资:
    data/name_words.csv kind ``goal_end``), '' otherwise (audit 27, corpus county_hailar_2019)."""
    if unit_field(unit, "kind") != "money" or not (all_verbs(base) or YEAR_ONLY.fullmatch(base)):
        return ""
    noun = noun_after(scan, end)
    goal = next((w for w in name_words("goal_end") if noun.endswith(w)), "")
    return noun[:-len(goal)] if goal and len(noun) - len(goal) >= 2 else ""


TIMES_NOUN: Final = re.compile(r"[\u4e00-\u9fff]{2,12}(?=[、，,。；;])")  # the noun a multiple ends its member with (4倍目录库、)


def times_noun(scan: str, end: int, unit: str) -> str:
    """The thing a multiple (倍) is the size of when its noun follows it and ends the member (对照2023年投资总量4倍目录库、
    2倍储备库 -> 目录库, 储备库: audit 39 SY24#31, #32): the words before are the reference it is measured against, not the
    measure; '' for a multiple that ends its clause or is followed by a qualifier or a verb (增长1.5倍以上, 翻2倍达到…)."""
    if unit != "倍" or end >= len(scan) or scan[end] in "，,。；;、" or qualifier_pattern("after").match(scan, end):
        return ""
    m = TIMES_NOUN.match(scan, end)
    done = count_verb(False).search(m.group(), 2) if m else None  # 2倍储备库充实项目三库: the noun ends before the verb
    noun = m.group()[:done.start()] if m and done else m.group() if m else ""
    return noun if 2 <= len(noun) <= 6 and not all_verbs(noun) else ""
