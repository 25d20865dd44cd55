"""Heads and measures a name lost to its sentence (audit 41): the namer names a figure from its own clause, and
``SubjectMender.mend`` (name_subjects.py) hands each name here once it is mended. Each rule is gated by a test of
the name itself (a bare measure, a member without a measure, a bare count of projects), so most names pass with
a string test or two. Word lists: data/name_subjects.json.

- a bare size or output (产业规模, 产值, 产值增长) takes the industry the sentence opens with, as a lead phrase
  (集成电路和新型显示产业，…，力争产业规模突破680亿元) or as the object of its first verb (推进中医药大健康产业
  全链融合发展，…，力争产值增长15%以上), or else the industry the clause right before it builds (加快打造千亿元大健康
  产业，力争产值增长10%以上: 大健康产业产值增长; 促进农产品加工业做大做强，产值增长7%左右, audit 45);
- the members of a 分别 list of subjects whose last member alone says the measure take it each
  (力争吉利商用车、能投化学、三环电子产值分别突破80亿元、60亿元、35亿元: 吉利商用车产值);
- so do the firms named after 其中 when the clause before says the measure (2户企业产值突破50亿元，其中吉利商用车达到
  60.3亿元、能投化学达到55.3亿元: 吉利商用车产值, the review figures those targets are matched with);
- a bare measure after a 、 takes the subject of the member before it (有机农产品达到295个、年产值121亿元以上:
  有机农产品年产值), and so does a bare change of a share after a growth (县域生产总值增长7%以上、占比提升1个百分点以上:
  县域生产总值占比提升);
- a name opening with a processing word takes the subject the clause before said it of (农产品加工规上企业达到
  165户，加工产能突破450万吨: 农产品加工产能; 产能 is a measure, no 量 after it);
- a bare count of projects after examples (推进…等20个项目) takes what the sentence builds (全力推动鲁北风光储输
  一体化基地建设: 推进鲁北风光储输一体化基地项目数; 开展电网建设三年攻坚行动: 建成电网重点项目数);
- 分别完成工程量的50%和60% after a list of works (强力推动津潍高铁、济滨高铁建设) is each work's share of its
  works done (津潍高铁完成工程量比例), with no lead verb;
- a 的 after a share of places with a done verb (确保60%的乡镇（街道）完成森林防灭火工作规范化建设) is the share of
  the places that did it (完成…建设的乡镇(街道)占比);
- N家X…达到Y水平 (or 达Y水平, before 、 too) is a count of the X that reach it (达到三级医院水平的县级医院数; 3家县级人民医院达
  三级综合医院水平、3家妇幼保健院达二级甲等水平, audit 45; or a standard: 7个县域医共体全部达到国家评估考核标准, round 89),
  whatever name the namer gave it from another clause;
- a class of people after an amount band keeps the band (家庭年可支配收入10—50万元群体比例提高);
- a name that is only a verb of moving people, before the people and where they go (接续推动3万山区农民下山集聚),
  counts those people (推动山区农民下山集聚人数);
- a bare financing size or count of firms settled in after a clause ending with a platform joined or used (接入市综合金融
  服务平台，融资规模…; 用好“好客山东·好品山东”促消费平台，力争入驻企业200家以上, audit 56) is that platform's;
- a count of projects only an industry has (技改项目), in the clause right after the sentence's opening on upgrading an
  industry (加快推动木材产业智能提升，实施技改项目86个), takes that industry (木材产业技改项目数, audit 56);
- a bare count of scenes of use takes what the sentence opens by applying (深入推进工业互联网应用赋能，…，应用场景达到100个
  以上: 工业互联网应用场景数, audit 56);
- 确保 opening a name is a modal (确保产业项目建成投产数: 产业项目建成投产数)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.name_tails import _alt, _word_set, _words
from govreport.extract.lost_leads import adjusted_growth, bracket_head, campaign_task, shared_project, verb_before_year
from govreport.extract.object_measures import object_subject
from govreport.extract.topic_counts import topic_count
from govreport.extract.scanner import Token
from govreport.lexicon import name_words
from govreport.report.chars import first_opening

HAN: Final = "\u4e00-\u9fff"
BREAKS: Final = "，,；;：:。"
CHANGES: Final = ("增长", "提高")
MODAL: Final = "确保"
DISTRIBUTIVE: Final = "分别"


_SOURCES: Final = {  # each pattern compiled on its first use (most names reach none of them)
    "lead": lambda: re.compile(f"([{HAN}、“”]{{2,14}}产业)[，,：:]"),
    "aspect": lambda: re.compile(f"([{HAN}、“”]{{2,14}}产业)方面[，,]"),
    "own_goal": lambda: re.compile(f"(?:力争|确保|争取)?(?:全年|年内)?(?:实现)?(.+?)(?:达到|突破|超过|达)?"),
    "built": lambda: re.compile(f"(?:{_alt('industry_task_verbs')})+(?:[千百万]+亿(?:元|级)?)?([{HAN}“”]{{2,10}}?(?:产业|业))(?:{_alt('industry_clause_tails')})?"),
    "first": lambda: re.compile(f"[{HAN}]{{0,4}}?(?:{_alt('industry_lead_verbs')})+([{HAN}“”]{{2,12}}?产业|{_alt('sector_industries')})(?!链|园|集群|基金|工人|发展[{BREAKS}])"),
    "rate_member": lambda: re.compile(f"(?<![{HAN}])(?:力争|确保)?([{HAN}]{{2,10}}?)(?:增长|提高|提升)[\\d.]+%(?:以上|左右)?、$"),
    "member": lambda: re.compile(f"(?:力争|确保)?([{HAN}“”]{{2,10}}?)(?:达到|突破|超过|达)[\\d.]+[^\\d{BREAKS}、]{{0,3}}、$"),
    "topic": lambda: re.compile(f"(?:{_alt('project_topic_verbs')})([{HAN}]{{2,14}}?)建设"),
    "pushed": lambda: re.compile(f"((?:[{HAN}]{{2,6}}?产业)?)(?:加快|重点|大力)?({_alt('bare_project_verbs')})"),
    "bare_projects": lambda: re.compile(f"((?:{_alt('bare_project_verbs')})?)((?:重点|产业)?项目数)"),
    "works": lambda: re.compile(f"{DISTRIBUTIVE}完成([{HAN}]{{2,5}}?)的(?:[\\d.]+%?(?:和|、))?$"),
    "works_lead": lambda: re.compile(_alt("works_lead_verbs")),
    "done_share": lambda: re.compile(f"的([^{BREAKS}]{{2,10}}?)((?:{_alt('share_done_verbs')})[{HAN}]{{2,14}})(?=[{BREAKS}])"),
    "reached": lambda: re.compile(f"([{HAN}]{{0,6}}?(?:{_alt('reached_heads')}))[{HAN}、和]{{0,14}}?达到?([{HAN}]{{2,8}}(?:水平|标准))(?=[{BREAKS}、]|$)"),
    "band": lambda: re.compile(f"([{HAN}]{{2,12}}?)([\\d.]+[—\\-–~至][\\d.]+万?元)$"),
    "moved": lambda: re.compile(f"([{HAN}]{{0,4}}(?:{_alt('moved_people')}))([{HAN}]{{2,6}})(?=[{BREAKS}])"),
    "among": lambda: re.compile(f"({_alt('listed_measures')})(?:突破|超过|达到|超|达)[\\d.]+[万亿]*元[，,]其中"),
    "applied": lambda: re.compile(f"[{HAN}]{{0,4}}?(?:{_alt('industry_lead_verbs')})+([{HAN}]{{2,10}}?)应用(?:赋能)?[，,]"),
    "platform": lambda: re.compile(f"(?:{_alt('platform_verbs')})([{HAN}“”·]{{2,20}}平台)[，,](?:力争|确保)?$"),
}
_COMPILED: Final[dict[str, re.Pattern[str]]] = {}


def _pattern(key: str) -> re.Pattern[str]:
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED[key] = _SOURCES[key]()
    return found


@cache
def _gates() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...], tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """The word lists the gates of ``headed`` test each name with, read once (one call per name)."""
    return (frozenset(_words("bare_industry_measures")), _words("listed_measures"), frozenset(_words("member_measures")), _words("class_heads"),
            _words("people_verbs"), frozenset(_words("platform_measures")), _words("process_words"))


def _clause_start(scan: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` starts (after a break; not before ``lo``)."""
    return max(max(scan.rfind(b, lo, at) for b in BREAKS) + 1, lo)


def headed(name: str, scan: str, start: int, lo: int, t: Token, first_list: int) -> str:
    """``name`` of ``t`` (its clause from ``lo``; the sentence from ``start``, its first 分别/依次 at ``first_list``) with the head or
    measure it lost; a bare measure still bare then takes the object the clause before furthers (object_measures, fix144c)."""
    name = _headed(name, scan, start, lo, t, first_list)
    return object_subject(name, scan, start, lo, t) or topic_count(name, scan, start, lo, t) or name  # 钢产业链，…等14个项目 (fix146c)


def _headed(name: str, scan: str, start: int, lo: int, t: Token, first_list: int) -> str:
    """``headed`` by the rules listed in the module's doc."""
    if name.startswith(MODAL) and len(name) > 4:
        name = name[2:]  # 确保中科九微二期等20个产业项目建成投产: a modal
    name = campaign_task(shared_project(verb_before_year(bracket_head(name, scan, lo, t), scan, lo, t), scan, t), scan, t)
    name = adjusted_growth(name, scan, lo, t)
    core = name[:-2] if name.endswith(CHANGES) else name
    bare_industry, listed, member_measures, class_heads, people_verbs, platform_measures, process_words = _gates()
    if (aspect := _aspect_measure(scan, start, t, name, bare_industry)):
        return aspect
    if core in bare_industry:
        industry = _industry(scan, start, t) or _industry_built(scan, start, lo, t.start - len(name))
        return industry[:-2] + name if industry and name.startswith("产业") else industry + name
    if name in ("应用场景数", "场景数") and (applied := _pattern("applied").match(scan, start, t.start)):
        return applied.group(1) + "应用场景数"  # 深入推进工业互联网应用赋能，…，应用场景达到100个以上
    if (scoped := _industry_count(scan, start, lo, t, name)):
        return scoped
    if first_list < t.start and scan.find(DISTRIBUTIVE, first_list, t.start) >= 0:
        if (member := _list_member(scan, start, t, name)) is not None:
            return member
        if t.unit == "%" and name.endswith("建设") and (works := _works(scan, start, t, name)):
            return works
    if t.unit.endswith("元") and scan.find("其中", start, t.start) >= 0 and not name.endswith(listed) \
            and (among := _pattern("among").search(scan, start, t.start)) and name in scan[among.end():t.start] \
            and not any(b in scan[among.end():t.start] for b in BREAKS):
        return name + among.group(1)  # 2户企业产值突破50亿元，其中吉利商用车达到60.3亿元、能投化学达到55.3亿元
    if core in member_measures and (mate := _pattern("member").search(scan, _clause_start(scan, start, t.start), t.start - len(name))):
        return mate.group(1) + name  # 有机农产品达到295个、年产值121亿元以上
    if name in _word_set("member_share_changes") and (mate := _pattern("rate_member").search(scan, _clause_start(scan, start, t.start), t.start - len(name))):
        return mate.group(1) + name  # 县域生产总值增长7%以上、占比提升1个百分点以上 (round fix102a)
    if t.unit == "%" and name.endswith("比例") and scan[t.end:t.end + 1] == "的" and (done := _pattern("done_share").match(scan, t.end)) \
            and name[:-2] == done.group(1).replace("（", "(").replace("）", ")"):
        return done.group(2) + "的" + name[:-2] + "占比"  # 确保60%的乡镇（街道）完成森林防灭火工作规范化建设
    if t.unit in ("家", "个", "所") and "达" in scan[t.end:t.end + 30] and (reached := _pattern("reached").match(scan, t.end)) \
            and (name.startswith(reached.group(1)) or reached.group(1) not in name):  # (a name from another clause: 建成使用数, audit 45)
        return "达到" + reached.group(2) + "的" + reached.group(1) + "数"  # 确保2家县级医院主要医疗技术和服务能力达到三级医院水平
    if name.startswith(class_heads) and (at := scan.rfind(core, start, t.start)) > 0 \
            and (band := _pattern("band").search(scan, _clause_start(scan, start, at), at)):
        return band.group(1).removeprefix(MODAL) + band.group(2) + name  # 确保家庭年可支配收入10—50万元群体比例提高2个百分点
    if name.endswith(people_verbs) and len(name) <= 6 and (moved := _pattern("moved").match(scan, t.end)):
        return name[-2:] + moved.group(1) + moved.group(2) + "人数"  # 接续推动3万山区农民下山集聚
    if name in platform_measures and (platform := _pattern("platform").search(
            scan, start, max(scan.rfind(name.removesuffix("数"), start, t.start), start))):  # (入驻企业数: 入驻企业 in the text)
        return platform.group(1).replace("“", "").replace("”", "") + name  # 接入市综合金融服务平台，融资规模1800亿元以上
    if name.startswith(process_words):
        return _processed(scan, start, lo, name)
    if name.endswith("项目数") and (bare := _pattern("bare_projects").fullmatch(name)) and scan[t.start - 1:t.start] == "等":
        topics = list(_pattern("topic").finditer(scan, start, lo)) if bare.group(1) else []  # (…等65个项目全面开工建设: a verb after)
        if topics:
            return bare.group(1) + topics[-1].group(1) + bare.group(2)  # 全力推动鲁北风光储输一体化基地建设，推进…等20个项目
        if not bare.group(1) and (pushed := _pattern("pushed").match(scan, _clause_start(scan, start, t.start), t.start)):
            return pushed.group(1) + pushed.group(2) + name  # 装备制造产业加快推进…等63个项目 (audit 42 CZ #21)
    return name


def _industry(scan: str, start: int, t: Token) -> str:
    """The industry a sentence opens with, as a lead phrase or its first verb's object, or ''."""
    lead = _pattern("lead").match(scan, start, t.start)
    if lead:  # 转型发展钙基新材料产业: how it is developed opens the clause (name_words kind lead; audit 49 来宾)
        industry = lead.group(1).removeprefix(next((w for w in name_words("lead") if lead.group(1).startswith(w)), ""))
        while (lead_verb := first_opening(industry, _words("industry_lead_verbs"))) and len(industry) - len(lead_verb) >= 4:
            industry = industry[len(lead_verb):]  # 努力稳住新能源产业，…产值增长: the industry, not the effort (spot audit 37 宿迁 row 28)
        return industry
    comma = scan.find("，", start, t.start)
    first = _pattern("first").match(scan, start, comma if comma > 0 else t.start)
    industry = first.group(1) if first else ""
    while (lead_verb := first_opening(industry, _words("industry_lead_verbs"))):
        industry = industry[len(lead_verb):]  # (加快推进产业项目建设: 推进 backtracked into the object, no industry named)
    return industry if len(industry) >= 4 or industry in _words("sector_industries") else ""


def _industry_count(scan: str, start: int, lo: int, t: Token, name: str) -> str:
    """A count of projects that only an industry has (技改项目) in the clause right after the one the sentence opens
    with to upgrade an industry (加快推动木材产业智能提升，实施技改项目86个: 木材产业技改项目数; 加快推动纺织服装产业
    升级改造，推进35个技改项目建设: 纺织服装产业技改项目建设数, audit 56 菏泽): the industry is the count's scope and
    the lead verb leaves the name; '' when the name says no such count, names an industry, or the clause is not the
    second."""
    scoped = _words("industry_scoped_counts")
    if not any(w in name for w in scoped):  # (the body must open with one: most names hold none, no verb stripped)
        return ""
    body = name
    while (verb := first_opening(body, _words("bare_project_verbs"))):
        body = body[len(verb):]
    if not body.startswith(scoped) or "产业" in name or "工业" in name:
        return ""
    first = min((at for b in BREAKS if (at := scan.find(b, start, t.start)) >= 0), default=-1)
    if first < 0 or _clause_start(scan, start, t.start) != first + 1 or scan[first] not in "，,":
        return ""
    industry = _industry(scan, start, t)
    return industry + body if industry.endswith("产业") else ""


ASPECT: Final = "方面"  # in every opening the "aspect" pattern matches, ending within its first ASPECT_REACH characters
ASPECT_REACH: Final = 18  # (14 + 产业 + 方面: the pattern's longest opening before its comma)


def _aspect_measure(scan: str, start: int, t: Token, name: str, bare: frozenset[str]) -> str:
    """The bare output or size closing a paragraph opened by «X产业方面，» (高端家居及造纸产业方面，…，竣工投产…年产5万吨浆粕…等项目，
    力争全年产值达350亿元: 高端家居及造纸产业产值, audit 56 崇左): the figure's own clause holds only goal words and the measure, so
    the measure is the topic's, whatever noun (a capacity in a project's name) the namer took; '' otherwise."""
    if scan.find(ASPECT, start, min(t.start, start + ASPECT_REACH)) < 0:  # (most sentences: no pattern tried)
        return ""
    lead = _pattern("aspect").match(scan, start, t.start)
    if lead is None or lead.group(1) in name:
        return ""
    own = _pattern("own_goal").fullmatch(scan, _clause_start(scan, start, t.start), t.start)
    core = own.group(1) if own else ""
    change = next((c for c in CHANGES if core.endswith(c)), "")
    measure = core[:len(core) - len(change)]
    if measure not in bare or not name.endswith(core):
        return ""
    return lead.group(1) + measure.removeprefix("产业") + change


def _industry_built(scan: str, start: int, lo: int, at: int) -> str:
    """The industry (X产业, X业) the clause right before a bare measure builds, when the measure's own clause holds only
    goal words before it (加快打造千亿元大健康产业，力争产值增长10%以上: 大健康产业; 推动建筑业高质量发展，力争总产值…:
    建筑业); a rank of size (千亿元) and a tail of how it grows (做大做强) are no part of it; '' otherwise."""
    own = scan[lo:at].lstrip("，,；; ")
    while own and (goal := next((w for w in _words("share_doing_cuts") if own.startswith(w)), "")):
        own = own[len(goal):]  # (力争实现产值)
    if own or lo <= start or scan[lo - 1] not in "，,":
        return ""
    before = max(scan.rfind(b, start, lo - 1) for b in BREAKS) + 1
    clause = scan[max(before, start):lo - 1]
    built = _pattern("built").fullmatch(clause)
    if built is None or built.group(1).endswith(_words("not_industry_ends")):
        return ""
    return built.group(1)


def _list_member(scan: str, start: int, t: Token, name: str) -> str | None:
    """A member of a 分别 list of subjects named without the measure its last member says: the member and the measure
    (吉利商用车产值). A goal word between the list and 分别 is no part of the last member (集成电路与ICT、医药健康规模力争
    分别达到…: 集成电路与ICT规模), a change after the member stays last (徐州经开区、徐州高新区工业开票销售收入分别增长13%和18%:
    徐州经开区工业开票销售收入增长), and the last member's words after a subject as long as the first and ending alike are
    all the measure (工业开票销售收入, not 销售收入 alone: audit 46 徐州)."""
    at = scan.rfind(DISTRIBUTIVE, start, t.start)
    members = scan[_clause_start(scan, start, at):at].split("、")
    core = name[:-2] if name.endswith(CHANGES) else name
    if len(members) < 2 or core.endswith(_words("listed_measures")) or core.endswith(_words("amount_ends")):  # (新能源产业产值、文旅创意产业营业收入分别增长: its own; 工业投资、规上工业增加值: 投资 its own, held-out 51 晋中)
        return None
    last = members[-1]
    for goal in _words("share_doing_cuts"):
        last = last.removesuffix(goal)
    measures = _words("listed_measures")
    measure = next((m for m in measures if last.endswith(m) and len(last) > len(m) + 1), "")
    first = members[0]
    if measure and len(first) >= 2 and last[len(first) - 1:len(first)] == first[-1] and last[len(first):].endswith(measure):
        measure = last[len(first):]  # 徐州高新区|工业开票销售收入
    if measure and any(m.endswith(core) for m in members[:-1]):
        return core + measure + name[len(core):]
    return None


def _works(scan: str, start: int, t: Token, name: str) -> str:
    """分别完成工程量的50%和60%: the work's share of its works done, the lead verb dropped; '' when not such a list."""
    done = _pattern("works").search(scan, start, t.start)
    if not done:
        return ""
    work = name[:-2]
    if (lead := _pattern("works_lead").match(work)) and len(work) - lead.end() >= 2:
        work = work[lead.end():]
    return work + "完成" + done.group(1) + "比例"


def _processed(scan: str, start: int, lo: int, name: str) -> str:
    """加工产能 after 农产品加工规上企业达到165户: the clause before says what is processed."""
    name = name[:-1] if name.endswith("产能量") else name
    before = _clause_start(scan, start, max(lo - 1, start))
    word = name[:2]
    clause = scan[before:lo].removeprefix("力争").removeprefix("确保")
    at = clause.find(word)
    if 2 <= at <= 5 and re.fullmatch(f"[{HAN}]+", clause[:at]):
        return clause[:at] + name
    return name
