"""Names of the members of a list after the first (audit 10): what a member with a verb of its own shares with
the member before, what an amount after a count of things is of, and a bare investment after a count of
projects, in the clause after it too (naming.py asks; it is near its size limit).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.list_shares import scope_led
from govreport.extract.indicators import KEEP_LEADING, all_verbs, list_members, strip_clause
from govreport.extract.keys import is_wording, keys_in, wording_at
from govreport.extract.predicates import count_verb
from govreport.extract.list_leads import lead_verbs as lead_verbs, own_lead as own_lead  # (naming.py asks here)
from govreport.extract.project_measures import projects_measure
from govreport.extract.scanner import Token
from govreport.extract.name_tails import cluster_before as cluster_before  # (naming.py asks here: near its size limit)
from govreport.extract.crossings import passed_class as passed_class  # (the same)
from govreport.extract.name_verbs import lone_aside as lone_aside, verb_aside as verb_aside  # (the same)
from govreport.extract.share_heads import multiple_head as multiple_head, share_head as share_head, share_whole_dropped as share_whole_dropped  # (the same)
from govreport.extract.scenes import CLAUSE_BREAK_CHARS
from govreport.extract.member_coverage import COUNTED_BEFORE, member_before
from govreport.extract.name_sizes import done_rate_of_clause_before, size_of_clause_before
from govreport.extract.member_measures import member_year_investment, sibling_measure_owner
from govreport.extract.apart_members import members_before_measure
from govreport.lexicon import name_subjects, name_words, unit_field


def money_after_count(before: str, unit: str) -> bool:
    """An amount of money right after a count (建设亿元以上项目4000个、完成投资超4500亿元): the things' money, no
    second member the verb moved after the count's object (建设) is said of."""
    return unit_field(unit, "kind") == "money" and unit_field(before, "kind") in ("count", "households")


def verb_subject(subject: str, before: str) -> str:
    """The subject a list member that is only a verb shares with the member before (…治理完成150个、正在组织实施
    234个: 治理): when that member's own subject is only verbs too, what its whole name holds before them
    (加快“四好农村路”建设，新改建60公里、养护1100公里: 四好农村路建设, not 新改建)."""
    if all_verbs(subject) and before.endswith(subject) and len(before) - len(subject) >= 2:
        return before[:-len(subject)]
    return subject


def counted_before(names: list[tuple[str, str, str, str]], prev: tuple[str, str, str, str], unit: str) -> tuple[str, str, str, str]:
    """The name a count that is only a verb shares: the last count of the same unit before it, not the money between
    (开工建设重大工程项目400个以上、完成投资380亿元以上，建成投产50个以上: 重大工程项目建成投产, not 投资建成投产;
    audit 44 六盘水); ``prev`` unless it is money and the count has such a name before it."""
    if prev[2] == unit or unit_field(prev[2], "kind") != "money" or unit_field(unit, "kind") == "money":
        return prev
    return next((n for n in reversed(names) if n[2] == unit), prev)


def results_only(base: str) -> bool:
    """A member that is only result words (data/name_words.csv kind result: 竣工投产, 投入使用) names no subject, as a
    member of verbs only does (新引进项目30个、新开工15个、竣工投产24个: the projects', audit 53 淮南 line 29)."""
    return len(base) >= 4 and _results().fullmatch(base) is not None


def result_subject(prev: tuple[str, str, str, str], base: str) -> str:
    """What a member of result words only (``results_only``) counts: the things of the member before without that member's
    own verb or stage (集中开工亿元以上项目688个、竣工投产460个: 亿元以上项目; 新一代信息技术产业项目新开工20个、竣工投产15个:
    新一代信息技术产业项目, audit 53 淮南 line 29); '' for any other member."""
    if not results_only(base) or prev[0].startswith(name_words("ongoing_stage")):
        return ""  # (推进96个在建重大项目…，建成投产12个: the projects under way complete, 在建 kept)
    stage = next((w for w in name_words("stage_verb") if prev[0] == w and prev[3].endswith(w)), "")
    if stage:
        return prev[3][:-len(stage)] if len(prev[3]) - len(stage) >= 2 else ""
    opening = min(((at, w) for w in name_words("stage_verb") + name_words("carried_new_verb") if 0 <= (at := prev[0].find(w)) <= 2),
                  default=None)  # (集中开工亿元以上项目: a stage after an adverb of two characters at most)
    topic = verb_free_topic(prev[0], "开工")  # (开工建设重大项目: the verbs opening the thing left out)
    topic = prev[0][opening[0] + len(opening[1]):] if topic == prev[0] and opening else topic
    return topic if topic != prev[0] and len(topic) >= 2 else ""


@cache
def _results() -> re.Pattern[str]:
    """Result words, longest first, one or more."""
    return re.compile("(?:" + "|".join(map(re.escape, sorted(name_words("result"), key=len, reverse=True))) + ")+")


EXAMPLED: Final = re.compile(r"(?:[\u4e00-\u9fff“”]{2,10}、)+[\u4e00-\u9fff“”]{2,10}等")


def examples_topic(scan: str, lo: int, base: str) -> str:
    """The subject a short generic head has when its clause opens with a 、 list of examples closed by 等 right before it
    (园区保、创业贷、应急转贷等贷款达40亿元: 园区保创业贷应急转贷等贷款), the list's own, not the subject of the clause before
    (专精特新企业授信; audit 53 连云港 row 52); '' otherwise (the list not the clause's opening)."""
    m = EXAMPLED.match(scan, lo) if len(base) <= 3 else None
    return m.group().replace("、", "") + base if m and scan.startswith(base, m.end()) else ""


def verb_free_topic(topic: str, base: str) -> str:
    """The topic a member that is only a verb (新开工) takes from the figure before, without that figure's own verb
    or stage (续建安置房7550套，新开工1000套: 安置房, not 续建安置房; data/name_words.csv kind stage_verb)."""
    if not (all_verbs(base) or count_verb(False).fullmatch(base.removeprefix("新")) or base in name_words("stage_verb")):  # (…724个、续建482个)
        return topic
    verb = count_verb(False).match(topic)
    at = verb.end() if verb else len(next((w for w in name_words("stage_verb") + name_words("carried_new_verb") if topic.startswith(w)), ""))  # (新引进项目50个、新开工30个: 项目, audit 53)
    return topic[at:] if len(topic) - at >= 2 else topic


def next_clause(scan: str, last: Token | None, lo: int) -> bool:
    """The clause from ``lo`` is the one right after the figure ``last`` and its noun (…2000个…重大项目，年度计划投资…)."""
    return last is not None and 0 < lo and scan[lo - 1] in "，," and not any(c in CLAUSE_BREAK_CHARS for c in scan[last.end:lo - 1])


def projects_after(base: str, prev: tuple[str, str, str, str] | None, unit: str, listed: bool, member: bool = False) -> str:
    """``projects_measure`` for a member of a 、 list (``listed``) or the clause right after the count: the name
    with the projects' words, or their last four (…重大项目) where the whole would be too long to keep; ''
    otherwise (统筹抓好…2000个绿色低碳高质量发展重大项目，年度计划投资3470.6亿元 -> 重大项目年度计划投资); a 、 ``member``
    that is a year's investment too (``member_year_investment``)."""
    own = (projects_measure(base, prev, unit) or (member_year_investment(base, prev, unit) if member else "")) if listed and prev else ""
    return own if len(own) <= LONGEST else prev[0][-4:] + base if prev else own


LONGEST = 18  # naming_patterns.TRIM_AT: a longer name would be cut to its registered wording (年度计划投资)


def list_goes_on(scan: str, sentence_start: int, lo: int, clause: str, base: str, last: str) -> bool:
    """A bare noun right after a comma that closes a 、 list, with the head of the member before (新增国家高新技术
    企业30家、自治区瞪羚企业3家，科技型中小企业200家): one more member, which shares the list's verb (新增)."""
    if not (lo > 0 and "，" in scan[lo - 1:lo + 1] and clause.lstrip("，, ") == base):
        return False
    if last[-2:] != base[-2:]:  # another head: one more member only as the first of a bare 、 list (培育…节点2个，…平台4个、数字园区2家: audit 40, LY14)
        return _bare_list_after(scan, sentence_start, lo, clause, base)
    before = scan[max(scan.rfind("，", sentence_start, lo - 1), sentence_start):lo]
    if "、" in before:
        return True  # (…150家，规上工业企业120家，服务业企业60家: a member of its own too, unless it says its own verb)
    after = MEMBER_END.search(scan, lo + len(clause))  # (not 国际货运航线11条、连通国际航点14个: a 、 list of its own)
    return COUNT_MEMBER.search(before.rstrip("，, ")) is not None and base[:1] not in "新净增" and count_verb(False).match(base) is None \
        and not base.startswith(name_words("result") + name_words("chain_verb")) and (after is None or after.group() != "、")  # (not 新培育…, 入库…, 竣工项目96个: their own verbs)


def _bare_list_after(scan: str, sentence_start: int, lo: int, clause: str, base: str) -> bool:
    """A bare noun after a comma, itself no verb's object, that opens a 、 list of bare counts right after a clause that is one count
    (培育工业互联网标识解析二级节点2个，省级以上工业互联网平台4个、数字园区2家): the list goes on with the verb before."""
    before = scan[max(scan.rfind("，", sentence_start, lo - 1), sentence_start):lo].rstrip("，, ")
    if "、" in before or COUNT_MEMBER.search(before) is None or base[:1] in "新净增" or count_verb(False).match(base) is not None or all_verbs(base):
        return False
    after = BARE_NEXT.match(scan, scan.find(clause, lo) + len(clause))
    return after is not None and count_verb(False).match(after.group(1)) is None and not all_verbs(after.group(1))


BARE_NEXT: Final = re.compile(r"[\d.]+[万亿]?[家个所座户项条]、([\u4e00-\u9fff]{2,12}?)[\d.]+[万亿]?[家个所座户项条][；;。]")
# a clause before that is itself a member: a count ending it (新增限上商贸企业150家，规上工业企业120家: audit 39 SY24#42-44)
MEMBER_END: Final = re.compile(r"[，,。；;、]")
COUNT_MEMBER: Final = re.compile(r"[\u4e00-\u9fff][\d.]+[万亿]?[家个所座户项条]$")


def measure_owner(topic: str, base: str, prev: tuple[str, str, str, str] | None) -> str:
    """The subject a bare measure (投资) takes from the figure before when that figure's own name is another bare measure (产量, data/name_words.csv kinds measure_only and own_measure): what that measure was of (非常规天然气发展方面，
    力争产量突破200亿立方米、投资超120亿元: 非常规天然气, not 产量); ``topic`` otherwise."""
    if prev is not None and topic == prev[0] and base in name_words("measure_verb") and (owned := sibling_measure_owner(topic, base, prev[3])):
        return owned
    measures = name_words("measure_only") + name_words("own_measure")
    if prev is None or topic != prev[0] or topic == base or topic not in measures or base not in measures:
        return topic
    whole = prev[3]
    return whole[:-len(topic)] if whole.endswith(topic) and len(whole) - len(topic) >= 2 else topic


LIST_OPENERS = "，,；;：:。"  # what opens the clause a 、 list stands in


def list_subject(scan: str, sentence_start: int, t_start: int, name: str) -> str:
    """A 、 list member's name with the list's leading subject — the registered wording that opens the first member
    before its verb — put before the member's own noun when that noun ends with the subject's head and the two make
    a wording of the subject's measure (保障性住房启动建设配售型2000套、筹集租赁住房6000套: 筹集保障性租赁住房, key
    affordable_housing); ``name`` otherwise (a name with a registered wording of its own too)."""
    at = max(sentence_start, max(scan.rfind(c, sentence_start, t_start) for c in LIST_OPENERS) + 1)
    first = scan[at:scan.find("、", at, t_start)] if "、" in scan[at:t_start] else ""
    subject = wording_at(first) if first else ""
    if name in name_words("firms_measure") and subject.endswith("企业") and len(subject) >= 4:
        return subject[:-2] + name  # 规模以上工业企业达7.6万家、增加值增长3%: the firms' value added (audit 19, G26#3)
    head = name.find(subject[-2:]) if len(subject) >= 4 and count_verb(False).match(first, len(subject) + (first[len(subject):len(subject) + 1] == "新")) else -1
    if head < 0 or subject[:-2] in name or keys_in(name):
        return name
    keys = keys_in(subject)
    for i in range(head + 1):
        whole = subject[:-2] + name[i:head + 2]
        if is_wording(whole) and keys_in(whole) == keys:
            return name[:i] + whole + name[head + 2:]
    return name


def programme_measure(scan: str, sentence_start: int, lo: int, base: str) -> str:
    """The measure a programme in the sentence's opening clause is named for (实施工业投资跃升计划，…，力争投资超过1800亿元:
    工业投资), for a bare measure (data/name_words.csv kind measure_only) in a later clause: the programme's measure, not the
    object of the clause before it (audit 25, GZ24#13); '' when the opening names no programme for that measure, or when projects
    are counted before the measure (实施项目投资攻坚年行动，推进亿元以上项目180个，完成投资…: the investment of those projects)."""
    if base not in name_words("measure_only") or lo <= sentence_start or "项目" in scan[sentence_start:lo]:  # (projects counted before own it)
        return ""
    comma = scan.find("，", sentence_start, lo)
    ends = "|".join(name_words("programme_end"))
    m = re.compile(f"{base}[\u4e00-\u9fff]{{0,4}}?(?:{ends})(?=[，,])").search(scan, sentence_start, comma + 1) if comma > 0 else None
    verb = count_verb(False).match(scan, sentence_start) if m else None  # 实施X投资…计划: the verb opens the sentence
    return scan[verb.end():m.start() + len(base)] if m and verb and 2 <= m.start() - verb.end() <= 4 else ""


def clause_before(scan: str, sentence_start: int, lo: int) -> str | None:
    """The clause of the sentence right before the one starting at ``lo``, when a comma parts the two; None otherwise (the
    *_of_clause_before namers below name a bare measure by the thing that clause works on)."""
    if lo <= sentence_start or scan[lo - 1:lo] not in ("，", ","):
        return None
    return scan[max(scan.rfind("，", sentence_start, lo - 1), scan.rfind(",", sentence_start, lo - 1), sentence_start - 1) + 1:lo - 1]


def rate_of_clause_before(scan: str, sentence_start: int, lo: int, base: str) -> str:
    """A bare rate (治理率) whose clause names nothing it is of, after a clause with no figure that works on the thing
    (加强农村生活污水治理，实现治理率100%): the rate of that work's object (农村生活污水治理率, audit 25, GZ24#25); '' otherwise."""
    if not (2 <= len(base) <= 5 and base.endswith("率")) or (clause := clause_before(scan, sentence_start, lo)) is None:
        return ""
    if (done := done_rate_of_clause_before(clause, base)) or len(base) > 4:  # 坚决整改生态环境保护问题，整改完成率99%以上 (name_sizes.py)
        return done
    verb = count_verb(False).match(clause)
    rest = clause[verb.end():] if verb else next((clause[len(w):] for w in name_words("work_verb") if clause.startswith(w)), "")
    return rest + "率" if rest.endswith(base[:-1]) and len(rest) - len(base) >= 1 and not any(c.isdigit() for c in clause) and len(rest) <= 12 else ""


WORK_MEASURES: Final = ("收入", "额", "金额", "量")  # what a work (交易) yields or amounts to


def amount_of_clause_before(scan: str, sentence_start: int, lo: int, base: str) -> str:
    """A bare measure of a work (交易收入) whose clause names nothing it is of, after a clause with no figure that works on
    the thing and ends in that work (有序推进耕地占补平衡指标入市交易，力争交易收入突破15亿元): the measure of that work's
    object (耕地占补平衡指标入市交易收入; audit 37, YI24#32); a bare size after a clause that grows a thing, that thing's
    (name_sizes.py); '' otherwise."""
    if size := size_of_clause_before(clause_before(scan, sentence_start, lo), base):
        return size
    if not 3 <= len(base) <= 4 or base[2:] not in WORK_MEASURES or (clause := clause_before(scan, sentence_start, lo)) is None:
        return ""
    if not clause.endswith(base[:2]) or any(c.isdigit() for c in clause):
        return ""
    at = next((clause.find(w) + len(w) for w in name_words("work_verb") if 0 <= clause.find(w) <= 2), -1)
    rest = clause[at:] if at >= 0 else ""
    return rest + base[2:] if 6 <= len(rest) <= 14 else ""


SHARE_ONLY: Final = re.compile(r"(?:营收|营业收入|产值|增加值|投资)?(?:占比|比重)(?:提高|提升|增加)?")  # a share that says not of what
EXAMPLES_END: Final = "等"  # 培育A、B等八大新兴产业链: the group the examples before 等 are of


def share_of_clause_before(scan: str, sentence_start: int, lo: int, base: str) -> str:
    """A bare share (营收占比, 比重: ``SHARE_ONLY``) whose clause names nothing it is of, after a clause with no figure that
    works on a thing (迭代培育半导体及光电、…等八大新兴产业链，确保营收占比提高2个百分点以上): that thing's share
    (八大新兴产业链营收占比提高, audit 44): the group after 等, else the words after the clause's opening verb; '' otherwise."""
    if ("占比" not in base and "比重" not in base) or not SHARE_ONLY.fullmatch(base) or (clause := clause_before(scan, sentence_start, lo)) is None:
        return ""
    if any(c.isdigit() for c in clause):
        return ""
    verb = count_verb(False).match(clause) if EXAMPLES_END not in clause else None
    rest = clause[clause.rfind(EXAMPLES_END) + 1:] if EXAMPLES_END in clause else clause[verb.end():] if verb else ""
    return rest + base if 3 <= len(rest) <= 10 and "、" not in rest and not all_verbs(rest) else ""


def work_of_clause_before(scan: str, sentence_start: int, lo: int, post: str) -> str:
    """A count's noun that is only the work done (完成800户的改造任务: 改造) after a clause with no figure that works on a
    thing and ends with that work (继续推进棚户区改造，完成800户的改造任务): that thing's work (棚户区改造, so 棚户区改造户数,
    the measure the review states as 棚户区改造完成4000户); '' otherwise."""
    if not 2 <= len(post) <= 4 or not all_verbs(post) or (clause := clause_before(scan, sentence_start, lo)) is None:
        return ""
    if not clause.endswith(post) or any(c.isdigit() for c in clause):
        return ""
    rest = strip_clause(clause)[0]
    return rest if rest.endswith(post) and 2 <= len(rest) - len(post) and len(rest) <= 12 and not all_verbs(rest) else ""


GROWN: Final = re.compile(r"(?:加快|大力|积极|持续)?(?:发展|推广|建设|布局|普及)([\u4e00-\u9fff]{3,10})")  # a thing grown, no figure: a bare 覆盖率 after it is its


def coverage_of_clause_before(scan: str, sentence_start: int, lo: int, base: str) -> str:
    """A coverage rate named by places only (镇街覆盖率: data/name_words.csv kind coverage_scope + 覆盖率) after a clause that
    adds a counted thing (新增普惠托育机构20家，确保镇街覆盖率提升至85%): the coverage of the places by that thing
    (普惠托育机构镇街覆盖率, audit 27 WX24#78); '' otherwise."""
    member = member_before(scan, sentence_start, lo) if base == "覆盖率" else ""  # 新改建农村卫生户厕3.2万座、覆盖率达到70%以上 (set 57 天水 row 37)
    if not base.endswith("覆盖率") or base != "覆盖率" and base[:-3] not in name_words("coverage_scope"):
        return ""
    clause = member or clause_before(scan, sentence_start, lo)
    if clause is None:
        return ""
    if base == "覆盖率" and not member and (grown := GROWN.fullmatch(clause)):
        return grown.group(1) + base  # 加快发展普惠托育机构，覆盖率提高到60%以上: the coverage of what is grown (audit 42 CD #144)
    if base == "覆盖率" and not member:
        return ""
    verb = count_verb(False).match(clause) or (re.match("|".join(map(re.escape, KEEP_LEADING)), clause) if clause.startswith(KEEP_LEADING) else None)
    counted = COUNTED_BEFORE.search(clause, verb.end()) if verb else None
    return counted.group(1) + base if counted and verb and counted.start() == verb.end() else ""


FROM_LAST: Final = re.compile(r"[由从]$")
MEMBERS_FROM: Final = re.compile(r"[^，,；;。：:]*$")  # the clause a figure after 由/从 closes
SHARE_OF_LIST: Final = re.compile(r"(占[\u4e00-\u9fff]{1,6}?比重)分别")  # the whole each member of the list before is a share of


OPENING_EACH: Final = re.compile(r"[，,\s]*(?:分别|依次)([\u4e00-\u9fff]{2})([\u4e00-\u9fff]?)(?=[\u4e00-\u9fff、和]+$)")


def members_after(clause: str, size: int) -> list[str]:
    """The members of a 分别 list that follows its verb of two or three (分别完成粮食、油菜种植面积274万亩以上、35.5万亩以上: 粮食种植面积,
    油菜种植面积; audit 44 六盘水), not the figure-less clause before the comma (推动粮油稳面积、增单产，分别完成…: the
    work, not the figures' measures); [] unless ``clause`` opens with 分别 and an action verb (not 高于全国、全省: a comparison) and the rest
    lists ``size`` members; a commitment first (name_words.csv member_commit: 确保分别完成交通、水利投资) is dropped (set 68, fix143a)."""
    clause = next((clause.lstrip("，, ")[len(w):] for w in name_words("member_commit") if clause.lstrip("，, ").startswith(w + "分别")), clause)
    m = OPENING_EACH.match(clause)
    if m is None or "、" not in clause:
        return []
    if all_verbs(m.group(1)):
        return list_members(clause[m.end(1):] + "分别", size)
    verb = m.group(1) + m.group(2)  # a verb of three (分别新认定市级以上重点实验室、工程技术中心30家和200家: audit 42 东莞 G5), kept: 新认定 says new ones
    return [verb + x for x in list_members(clause[m.end():] + "分别", size)] if m.group(2) and all_verbs(verb) else []


def members_before(scan: str, start: int, last: Token | None, clause: str, size: int, lo: int) -> list[str]:
    """The members of a 分别 list whose subject stands before a figure of its present value (在职、退休职工…限额由2300元
    分别提高到5000元、6000元): each its own (在职职工…限额, 退休职工…限额); or closes the figure-free clause before
    ``，分别`` (合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上: audit 39 CZ24#53-55); [] unless ``clause``
    opens with 分别 and the clause before the figure ``last`` ends with 由 or 从, or the clause before it lists ``size`` members."""
    share = SHARE_OF_LIST.match(clause.lstrip("，, "))  # 开发园区实际利用外资、…、外贸进出口额，占全市比重分别达70%、…
    if not clause.lstrip("，, ").startswith("分别") and share is None:
        return members_before_measure(scan, start, clause, size, lo)  # …水产等特色产业，确保综合产值分别达到…: each kind's (fix156a)
    if clause[:1] not in "，," and scan[lo - 1:lo] in ("，", ",") and (last is None or last.end < lo or share):
        m = MEMBERS_FROM.search(scan, start, lo - 1)  # the clause before the comma, with no figure of its own
        listed = m.group() if m else ""
        if "、" in listed and not any(c.isdigit() for c in listed):
            members = scoped_rates(list_members(listed + "分别", size))
            return [member + share.group(1) for member in members] if share else members
    if last is None or share:
        return []
    before = m.group() if (m := MEMBERS_FROM.search(scan, start, last.start)) else ""
    return list_members(before[:-1] + "分别", size) if FROM_LAST.search(before) else []


# the first member of a list of rates up to the period word that closes its scope (新引进项目当年|合同履约率)
SCOPE_CLOSE: Final = re.compile(r"(.{2,}?(?:当年|年内|当期|本年度))[\u4e00-\u9fff]{2,}率")
BARE_RATE: Final = re.compile(r"[\u4e00-\u9fff]{1,4}率")  # 开工率, 资金到位率: a rate with no scope of its own
RATE_AFTER_SUBJECT: Final = r"(?:按时|按期|及时)?[\u4e00-\u9fff]{1,4}率"  # 按时办结率: the first member's own rate


def _shared_subject(first: str) -> str:
    """The words of a list's first rate before its own rate that name what the rates after it are of too: a period
    word's scope (新引进项目当年) or what a service handles (群众诉求, name_words handled_subject); '' for none."""
    scope = SCOPE_CLOSE.fullmatch(first)
    if scope is not None:
        return scope.group(1)
    handled = re.fullmatch(r"(.{2,}?(?:" + "|".join(name_words("handled_subject")) + "))" + RATE_AFTER_SUBJECT, first)
    return handled.group(1) if handled else ""


def scoped_rates(members: list[str]) -> list[str]:
    """Rates after the first of a list that name no scope of their own share the first's, up to its period word
    (力争新引进项目当年合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上: 新引进项目当年开工率, …资金到位率;
    closing note of session 21, audit 39 CZ24#54-55), or its handled subject (群众诉求按时办结率、满意率: 群众诉求满意率);
    ``members`` otherwise."""
    first = _shared_subject(members[0]) if len(members) > 1 else ""
    if not first or not all(BARE_RATE.fullmatch(m) for m in members[1:]):
        return scope_led(owned_amounts(members))  # (农村卫生户厕、生活垃圾处理设施覆盖率: 农村's, fix138c)
    return members[:1] + [first + m for m in members[1:]]


def owned_amounts(members: list[str]) -> list[str]:
    """Later members that are a body's amount alone (name_subjects.json owned_amounts) share the body the first member
    names before its own amount (市属国企资产、营业收入分别超过…: 市属国企营业收入; audit 46 衢州 row 86), the change every
    member ends with aside (规上工业总产值、增加值分别增长: 规上工业增加值增长; audit 47 梧州 row 5); ``members`` otherwise."""
    change = next((c for c in name_words("change") if all(m.endswith(c) for m in members)), "") if len(members) > 1 else ""
    bare = [m[:len(m) - len(change)] for m in members]
    amounts = tuple(name_subjects()["owned_amounts"])
    own = next((a for a in amounts if bare[0].endswith(a)), "") if len(members) > 1 else ""
    owner = bare[0][:-len(own)] if own else ""
    if len(owner) < 2 or not all(m in amounts and m != own for m in bare[1:]):
        return members
    return members[:1] + [owner + m for m in members[1:]]


def listed_sibling(prev: tuple[str, str, str, str], unit: str) -> str:
    """The 、 member before as the list's verb reached it, for the sibling noun after it to take that verb: its object
    (prev[0]), or its whole name when the object is a bare noun the name got the list's verb for (新改建农村公路303公里、
    桥梁37座、户厕19万座: 新改建桥梁, so 户厕 is 新改建户厕, not 桥梁户厕; audit 46 徐州 row 91) — a thing counted in the
    same unit (not 其中高中4处、学位1万个: new places, not new-built ones), not a verb (优化…时序，收储13000亩、出让10300亩: not the list's verb before it)."""
    obj, whole = prev[0], prev[3]
    verb = lead_verbs(whole) if whole != obj and prev[2] == unit else None
    if verb and whole[verb.end():] == obj and not count_verb(False).match(obj) and not all_verbs(obj):  # the list's verb right before it
        return whole
    return obj


ASIDE_BEFORE: Final = re.compile(r"[（(](?:[\u4e00-\u9fff、]{1,6}|[\u4e00-\u9fff]{7,10}|[A-Z][A-Z&]{1,5}|[A-Z][\u4e00-\u9fff]{1,2}|(?:含|包括)[\u4e00-\u9fff、]{1,12}|注[：:][^（）()]{1,16})[）)]$")


def aside_start(scan: str, start: int, lo: int, floor: int = 0) -> int:
    """Where the clause before a short aside in brackets that ends at ``lo`` begins (not before ``floor``, the end of the figure before,
    nor before another bracket or the sentence's ``start``), or ``lo`` when the aside follows a figure (10万套（间）) or no word."""
    m = ASIDE_BEFORE.search(scan, max(start, lo - 20), lo)
    if m is None or m.start() <= floor or not ("\u4e00" <= scan[m.start() - 1] <= "\u9fff" or scan[m.start() - 1] == "”"
                                               or m.group()[1] == "注" and scan[m.start() - 1].isalnum()):  # M2（注：…）; “碳中和林”（二期）项目
        return lo
    k = m.start()
    while k > max(start, floor) and scan[k - 1] not in CLAUSE_BREAK_CHARS and scan[k - 1] not in "）)":
        k -= 1
    return k
