"""The industry of an industry goal (audit 35, YB24#14–#19): a sentence that opens by building one industry's cluster
(加快建成世界级优质白酒产业集群，…，力争实现营收1650亿元) states that industry's goals, so each goal's name says the
industry: a bare size (营收, 产值) is the industry's (白酒产业营收, which the review's 预计白酒产业实现营收… then
matches), and a count of generic firms or projects (力争全产业链规上企业达到54个, 招引项目10个) is the industry's firms
or projects (动力电池全产业链规上企业数). A name that already holds the industry, or one of its own (电子信息制造业
产值 after a 数字经济 lead), is kept.
Word lists: data/name_subjects.json (``cluster_measures``, ``industry_lead_qualifiers``, ``industry_generic_heads``).
"""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_subjects
from govreport.report.chars import first_opening, is_ideograph

LEAD_HEAD: Final = "产业集群"
OWN_HEAD: Final = "制造业"  # an industry named with its own head (装备制造业) takes no 产业
LOOK_BACK: Final = 400  # a 。-sentence of several ；-parts is rarely longer
LEAD_SPAN: Final = 32  # the opening clause of an industry goal is short: its cluster named within these characters
# 加快建成 / 打造 / 培育壮大 … (the lead verbs), then the cluster's rank words (世界级, 世界一流, 国家级, …的), then the industry
LEAD: Final = re.compile(r"(?:加快|全力|大力|着力|聚力|持续)?(?:建成|打造|建设|培育|壮大|做强|做大|发展)+([\u4e00-\u9fff]{2,24})产业集群[，,]")
LEAD_VERBS: Final = ("建成", "打造", "建设", "培育", "壮大", "做强", "做大", "发展")
REACH_ENDS: Final = ("突破", "达到", "超过", "达", "超")  # after a bare size (产值突破): how it is reached, not what
PUSHED: Final = "推进"  # the verb that pushes a set of projects the sentence names by example
AIM_LEAD: Final = re.compile(r"以发展([\u4e00-\u9fff]{2,10})为(?:主攻)?方向[，,]")  # an industry the sentence sets as its aim (audit 42, CZ29)
# 智能网联新能源汽车产业，…; 汽车零部件产业集群，重点发展…，产值突破330亿元; 新材料产业重点支持…, 轻纺服饰产业以利辛县为重点… (audit 52
# 蚌埠, 亳州): an industry or its cluster opening the sentence, bare or before what it focuses on, is the sentence's topic
TOPIC_LEAD: Final = re.compile(r"([\u4e00-\u9fff]{2,10}?)产业(?:集群)?(?:[，,]|(?=重点|以|要(?!素)|抓好))")  # 动力电池产业要…: the subject of 要 (audit 54 滁州)
DEVELOP_LEAD: Final = re.compile(r"^(?:(?:大力|加快|积极|着力|全力)发展|围绕)")  # (围绕输变电装备产业，…: the frame's industry, fix99d)  # 大力发展先进光伏和新型储能产业，…: the industry after the lead verb
# 大力发展新一代信息技术产业，…; 坚持把新能源汽车产业作为首位产业，…: the industry the sentence develops is its topic (audit 53 淮南)
DEVELOPED: Final = re.compile(r"(?:(?:大力|加快|积极|着力|全力)发展|发展壮大|坚持把)([\u4e00-\u9fff]{2,12}?)产业(?:作为[\u4e00-\u9fff]{2,6}产业)?[，,]")
NOT_TOPIC_AFTER: Final = "产业等和及与"  # (新材料产业: TOPIC_LEAD; 新材料、…等产业能级稳步提升: a list, no topic)
JOINED: Final = re.compile("[及和]")  # two industries named as one topic
JOINED_MAX: Final = 10
RANK_END: Final = re.compile(r".*(?:级|一流|领先的|的)")
OWN_INDUSTRY: Final = re.compile(r"业")  # (after 企业 and 产业链 are taken out) a name with an industry of its own (信息服务业营收)  # a name with an industry of its own (信息服务业营收, 汽车产业产销)
_WORDS: Final[dict[str, tuple[str, ...]]] = {}


def _words(key: str) -> tuple[str, ...]:
    words = _WORDS.get(key)
    if words is None:
        words = _WORDS[key] = tuple(sorted(name_subjects()[key], key=len, reverse=True))
    return words


_LEADS: Final[dict[tuple[str, int], str]] = {}  # lead_industry's answers by the opening they read (a Final dict: see lexicon.units)
MEMO_SIZE: Final = 16384  # the memo starts again when this full (a long-running process reads many reports)


_REACH: Final[list[int]] = []


def _reach() -> int:
    """How many characters after the opening ``_opening_industry`` may read: its cluster (within ``LEAD_SPAN``, then
    产业集群 and a comma) or the longest bare industry, 产业 and the character after them."""
    if not _REACH:
        _REACH.append(max(LEAD_SPAN + len(LEAD_HEAD) + 1, max(map(len, _words("topic_industries")), default=0) + 3))
    return _REACH[0]


def lead_industry(scan: str, sentence_start: int, sentence_end: int) -> str:
    """The industry whose cluster the opening clause of the sentence up to its 。 builds (加快建成世界一流动力电池产业集群，
    …；…，实现营收1300亿元: 动力电池), '' if it opens otherwise or names no single industry (千亿级产业集群, 白羽肉鸡、
    大豆等特色产业集群). The look back stops at a 。 or line break, and after ``LOOK_BACK`` characters. Memoised by the
    opening's characters it reads (``_reach``) and the span it may search: a report's sentences repeat (a text pasted twice)."""
    floor = max(0, sentence_start - LOOK_BACK)
    whole = max(scan.rfind("。", floor, sentence_start), scan.rfind("\n", floor, sentence_start), floor - 1) + 1
    if whole < sentence_start and scan[sentence_start - 1:sentence_start] in PART_BREAKS \
            and (own := _memo_opening(scan, sentence_start, sentence_end)) and not any(v in own for v in LEAD_VERBS):  # (链式发展鞋服产业，: how, no name)
        return own  # 电子信息产业抓好…；生物医药产业抓好…等9个项目: a ；-part opening with its own industry is that industry's (audit 51 商丘 G1)
    return _memo_opening(scan, whole, sentence_end) or _topic_before(scan, whole, sentence_end)


BARE_SIZE: Final = ("规模产值", "产值", "营业收入", "营收")  # a sentence of a bare size alone (规模产值增长10%。)
BARE_SENTENCE: Final = 16  # …and nothing else: short
GOAL_WORDS: Final = ("力争", "确保", "实现")


def _topic_before(scan: str, whole: int, sentence_end: int) -> str:
    """The industry the sentence before opens with (鞋服产业，建设…。规模产值增长10%。: 鞋服产业), for a sentence that is a bare
    size alone, no subject of its own (held-out set 54 莆田); '' otherwise."""
    goal = next((w for w in GOAL_WORDS if scan.startswith(w, whole)), "")  # (力争规模产值突破千亿元。)
    if sentence_end - whole > BARE_SENTENCE or not scan.startswith(BARE_SIZE, whole + len(goal)) or scan[whole - 1:whole] != "。":
        return ""
    before = max(scan.rfind("。", max(0, whole - 1 - LOOK_BACK), whole - 1), scan.rfind("\n", max(0, whole - 1 - LOOK_BACK), whole - 1)) + 1
    topic = TOPIC_LEAD.match(scan, before, min(whole, before + LEAD_SPAN))
    return _unqualified(topic.group(1), True) if topic and scan[topic.end() - 1] in "，," else ""  # (新能源及高端装备产业，: both)


PART_BREAKS: Final = "；;"  # the break before a part of a 。-sentence that may open with its own topic


def _memo_opening(scan: str, sentence_start: int, sentence_end: int) -> str:
    """``_opening_industry`` memoised by the opening's characters it reads and the span it may search."""
    key = (scan[sentence_start:sentence_start + _reach()], min(sentence_end - sentence_start, LEAD_SPAN))
    done = _LEADS.get(key)
    if done is None:
        if len(_LEADS) >= MEMO_SIZE:
            _LEADS.clear()
        done = _LEADS[key] = _opening_industry(scan, sentence_start, sentence_end)
    return done


def _opening_industry(scan: str, sentence_start: int, sentence_end: int) -> str:
    """``lead_industry`` from the sentence's opening at ``sentence_start`` (after the look back)."""
    at = scan.find(LEAD_HEAD, sentence_start, min(sentence_end, sentence_start + LEAD_SPAN))
    if at < 0:  # a sentence that opens with the industry alone (智能网联新能源汽车产业，推动…，招引产业链企业10户以上)
        topic = TOPIC_LEAD.match(scan, sentence_start, min(sentence_end, sentence_start + LEAD_SPAN)) \
            or DEVELOPED.match(scan, sentence_start, min(sentence_end, sentence_start + LEAD_SPAN)) \
            or _acting_topic(scan, sentence_start, min(sentence_end, sentence_start + LEAD_SPAN))
        if topic is None and (base := BASE_LEAD.match(scan, sentence_start, min(sentence_end, sentence_start + LEAD_SPAN + 4))):
            rank = RANK_END.match(base.group(1))  # 聚力打造以…为主的新型化工产业基地，…，产值达150亿元: 新型化工 (audit 52 自贡 G3)
            return _unqualified(base.group(1)[rank.end():] if rank else base.group(1))
        if topic is None:  # 先进装备制造抢占…细分领域，…，实现营收710亿元以上: a bare industry as the sentence's topic
            word = first_opening(scan, _words("topic_industries"), sentence_start)
            at = sentence_start + len(word) + (2 if scan.startswith("产业", sentence_start + len(word)) else 0)  # (新材料产业围绕…: the same)
            after = scan[at:at + 1]
            if word and is_ideograph(after) and after not in NOT_TOPIC_AFTER:
                return word
            aim = AIM_LEAD.match(scan, sentence_start, min(sentence_end, sentence_start + LEAD_SPAN))  # 以发展高端精细煤化工为方向，…
            return _unqualified(aim.group(1)) if aim else _object_lead(scan, sentence_start, sentence_end)
        industry = DEVELOP_LEAD.sub("", topic.group(1))  # 大力发展新材料产业，…: 新材料 (audit 53 淮南)
        # 做优拉长轻纺产业，实现营业收入…: an industry developed, no topic (name_sizes names the size; audit 47 新乡 G4)
        return industry if len(industry) >= 2 and not industry.startswith(LEAD_VERBS + _words("developed_industry_verbs")) else ""
    m = LEAD.match(scan, sentence_start, at + len(LEAD_HEAD) + 1)
    if m is None:  # 汽车零部件产业集群，重点发展…: the cluster alone opens the sentence (audit 52 蚌埠 rows 9, 10, 13)
        topic = TOPIC_LEAD.match(scan, sentence_start, at + len(LEAD_HEAD) + 1)
        return topic.group(1) + LEAD_HEAD if topic and not topic.group(1).startswith(LEAD_VERBS) else ""  # (its goals the cluster's)
    industry = m.group(1)
    if industry.startswith(LEAD_VERBS):  # 发展壮大产业集群: no industry named
        return ""
    rank = RANK_END.match(industry)
    return _unqualified(industry[rank.end():] if rank else industry)


# 聚力打造…新型化工产业基地，…; 打造成渝地区新能源产业高地，…: an industry's base or highland the sentence builds is its topic
BASE_LEAD: Final = re.compile(r"(?:加快|全力|大力|着力|聚力|持续)?(?:建成|打造|建设)+([\u4e00-\u9fff]{2,24}?)产业(?:基地|高地)[，,]")
_ACTING: Final[list[re.Pattern[str]]] = []


def _acting_topic(scan: str, start: int, end: int) -> re.Match[str] | None:
    """An industry opening the sentence as the subject of a work verb (焦化产业全面完成…，先进产能达到90%以上; 煤炭产业建设3座
    智能化矿井: audit 52 长治 G1), its bare measures then the industry's; None when the words before 产业 open with a verb
    (推动园区产业建设: the sentence's work, no subject). The verbs: data/name_subjects.json ``industry_subject_verbs``."""
    if not _ACTING:
        verbs = "|".join(map(re.escape, _words("industry_subject_verbs")))
        _ACTING.append(re.compile(f"([\u4e00-\u9fff]{{2,10}}?)产业(?=(?:{verbs}))"))
    m = _ACTING[0].match(scan, start, end)
    if m is None or m.group(1).startswith(LEAD_VERBS + _words("developed_industry_verbs") + _words("industry_object_lead_verbs")
                                          + _words("industry_subject_verbs")):
        return None
    return m


_OBJECT_LEAD: Final[list[re.Pattern[str]]] = []


def _object_lead(scan: str, sentence_start: int, sentence_end: int) -> str:
    """The industry the sentence's opening clause furthers as its object, the clause ending in 发展 (推动矿冶产业提速发展，…，
    增加值增长12%; 更加注重装备制造业集群融合发展，…; 大力支持生物医药产业发展，…: audit 51 玉溪 G1): the bare measures after it
    are that industry's (矿冶 -> 矿冶产业增加值增长; a 制造业 keeps its own head), '' otherwise. The verbs: data/name_subjects.json
    ``industry_object_lead_verbs``."""
    if not _OBJECT_LEAD:
        verbs = "|".join(map(re.escape, _words("industry_object_lead_verbs")))
        _OBJECT_LEAD.append(re.compile(f"[\u4e00-\u9fff]{{0,4}}?(?:{verbs})([\u4e00-\u9fff]{{2,8}}?)(产业|制造业)[\u4e00-\u9fff]{{0,4}}?发展[，,]"))
    m = _OBJECT_LEAD[0].match(scan, sentence_start, min(sentence_end, sentence_start + LEAD_SPAN))
    if m is None or m.group(1).startswith(LEAD_VERBS + _words("developed_industry_verbs")):
        return ""
    return m.group(1) if m.group(2) == "产业" else m.group(1) + m.group(2)


def _unqualified(industry: str, joined: bool = False) -> str:
    """``industry`` without a quality word before it (高端, 优质), '' if not of two to six characters (or two such joined
    by 及/和, up to ``JOINED_MAX``, where ``joined``: a topic opening the sentence before, not a base built for several
    industries, 打造新材料和新能源产业基地, which names none)."""
    for word in _words("industry_lead_qualifiers"):
        if industry.startswith(word):
            industry = industry[len(word):]
            break
    if 2 <= len(industry) <= 6 or not joined:
        return industry if 2 <= len(industry) <= 6 else ""
    parts = JOINED.split(industry, 1)  # 新能源及高端装备产业，…。产值增长20%。: two industries one topic (held-out set 91 莆田)
    return industry if len(industry) <= JOINED_MAX and len(parts) == 2 and all(2 <= len(p) <= 6 for p in parts) else ""


def _headed(industry: str) -> str:
    """The industry with its head word: 白酒 -> 白酒产业; a cluster (汽车零部件产业集群) already has one."""
    return industry if industry.endswith((LEAD_HEAD, OWN_HEAD)) else industry + "产业"


def industry_goal_name(industry: str, base: str, clause: str) -> str:
    """The name of a goal in a sentence that ``industry`` leads: a bare size of the figure's own clause (力争实现营收)
    is the industry's (白酒产业营收); a count of generic firms or projects takes the industry before it; any other
    name is kept (``base``)."""
    if not industry:
        return base
    own = clause.lstrip("，,；;、 ")
    for prefix in ("力争", "确保", "全年", "实现", "完成", "达到"):
        own = own[len(prefix):] if own.startswith(prefix) else own
    for reach in REACH_ENDS:  # 产值突破330亿元: the size reached (audit 52 蚌埠)
        own = own[:-len(reach)] if own.endswith(reach) else own
    if (grown := industry_growth(industry, base, own)):
        return grown
    if own.startswith("产业") and own[2:] in _words("cluster_measures") and not industry.endswith(LEAD_HEAD):
        own = own[2:]  # 新材料产业…，力争产业规模达到600亿元: 新材料产业规模 (audit 54 池州)
    if (own in _words("cluster_measures") or own in _words("industry_bare_measures")) and base not in (industry + "产业" + own, industry + LEAD_HEAD + own):  # (not a name that holds the industry among other words: 塑造…白酒核心产区品牌营收)
        return _headed(industry) + own  # (also over a name that opens with the industry and then its focus: 新材料产业重点支持…产值, audit 52 亳州)
    if base.startswith(industry):
        return base
    if industry[-2:] in base or OWN_INDUSTRY.search(base.replace("企业", "").replace("产业链", "")):
        return base
    verbs = ("新增", "招引", "新引进", "引进", "培育", "推进")  # (加快推进10万吨己二腈等26个项目: 推进项目, audit 42 CZ29)
    bare = next((base[len(v):] for v in verbs if base.startswith(v)), base)
    if bare.startswith(_words("industry_generic_heads")):  # 动力电池全产业链规上企业, 晶硅光伏产业新增规上企业
        pushed = PUSHED if bare == base and PUSHED in clause else ""  # 装备制造产业加快推进…等63个项目: 装备制造产业推进项目
        return (industry if "产业链" not in base else industry.removesuffix(LEAD_HEAD)) + ("" if "产业链" in base or industry.endswith((LEAD_HEAD, OWN_HEAD)) else "产业") + pushed + base
    return base



GROWTH: Final = "增长"


def industry_growth(industry: str, base: str, own: str) -> str:
    """The growth of the industry's size in a sentence ``industry`` leads: 产值增长 as the figure's own clause (动力电池产业要…，
    确保产值增长30%以上), or a bare 增长 after a 、 whose name ``base`` ends with a size's growth (力争全年产值超150亿元、
    增长30%以上): 动力电池产业产值增长 (audit 54 滁州 rows 29, 43); '' otherwise."""
    if not own.endswith(GROWTH):
        return ""
    size = own[:-len(GROWTH)] or next((m for m in _words("cluster_measures") if base.endswith(m + GROWTH)), "")
    if size not in _words("cluster_measures") or base.endswith("产业" + size + GROWTH) or any(v in industry for v in LEAD_VERBS):
        return ""  # (转型发展钙基新材料产业，…: how it develops is no industry; a name that holds its industry already is kept)
    return _headed(industry) + size + GROWTH


FRAME: Final = re.compile(r"围绕([\u4e00-\u9fff]{2,10}?)产业[，,]")  # 围绕输变电装备产业，…。: the industry the sentences after it are about
CLUSTER_OWN: Final = ("产业集群", "产业")  # a name that opens with these and then a cluster measure names no industry (产业集群产值年增长)


def framed_industry(scan: str, sentence_start: int, base: str) -> str:
    """The industry a 围绕X产业， frame opening the 。-sentence right before names, for a goal whose name is only an industry's
    cluster measure (围绕输变电装备产业，…。以…为主要依托，…，力争产业集群产值年增长20%以上: 输变电装备, fix99d 衡阳 row 7); '' when the
    name is another or the sentence before opens with no such frame (a paragraph's line break ends the look back)."""
    head = next((h for h in CLUSTER_OWN if base.startswith(h)), "")
    if not head or not base.startswith(_words("cluster_measures"), len(head)):
        return ""
    floor = max(0, sentence_start - LOOK_BACK)
    own = max(scan.rfind("。", floor, sentence_start), scan.rfind("\n", floor, sentence_start))
    if own <= floor or scan[own] != "。":
        return ""
    before = max(scan.rfind("。", floor, own), scan.rfind("\n", floor, own), floor - 1) + 1
    m = FRAME.match(scan, before, own)
    return m.group(1) if m else ""

