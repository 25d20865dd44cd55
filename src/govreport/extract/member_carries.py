"""What a later 、 member takes from the first member of its list when it names only part of itself (held-out audit 40b,
round fix103a): the place and flow verb a bare measure is of (中心城区新增口袋公园10个、绿地面积50万平方米: 中心城区新增绿地面积),
the network a part noun sharing the first's head is of (实施农村公路提质改造工程600公里、安防工程400公里: 农村公路安防工程), and
the counted noun of a member that is only a count and a stage (128个计划开工项目上半年全部开工、130个建成投产: 建成投产项目).
Word lists: data/name_subjects.json ``member_*``."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract import indicators  # (a module: indicators imports name_polish, which imports this)
from govreport.extract import post_nouns
from govreport.extract.predicates import count_verb, verb_chain
from govreport.lexicon import name_subjects, name_words, qualifier_pattern, qualifiers, unit_field, verbs

MAX_SCOPE: Final = 6  # a longer opening is a clause of its own, no place


def _lead_free(name: str) -> str:
    """``name`` without the lead verb it opens with (实施农村公路…: 农村公路…)."""
    return name[2:] if name[:2] in verbs() and len(name) > 4 else name


def _place_split(first: str) -> tuple[str, str]:
    """(place, rest) of a first member's name: the longest opening of at most ``MAX_SCOPE`` characters ending on a place or
    network character, with at least four after it; ("", first) when there is none."""
    ends = tuple(name_subjects()["member_place_ends"])
    for k in range(min(MAX_SCOPE, len(first) - 4), 1, -1):
        if first[k - 1] in ends and not indicators.all_verbs(first[:k]) and first[:2] not in verbs():
            return first[:k], first[k:]
    return "", first


def member_scope(base: str, first: str, clause: str, unit: str = "") -> str:
    """``base`` of a later 、 member whose words are only ``base`` (no verb, no place of its own), after a first member
    ``first`` that opens with a place: with the place and the flow verb after it when the first counts a flow (中心城区新增…,
    绿地面积 -> 中心城区新增绿地面积), with the place alone when ``base`` is a part sharing the first's head (农村公路提质改造工程,
    安防工程 -> 农村公路安防工程); ``base`` otherwise (a member with its own subject keeps it)."""
    own = clause.lstrip("、 ")
    if shared := shared_flow_scope(base, first, clause) or people_subject(base, first, clause, unit) or status_subject(base, first, clause):
        return shared
    own = own[:len(base)] if own.startswith(base) and own[len(base):] in name_subjects()["member_reach_verbs"] else own  # (…、经营性收入超过60万元)
    if own != base or not 2 <= len(base) <= 6 or base[:2] in verbs() or indicators.all_verbs(base[:2]) or _place_split(base)[0] \
            or base[:1] in "国省市州县区乡镇村城全各":
        return base
    place, rest = _place_split(_lead_free(first))
    if not place or base in rest:
        return base
    flow = next((v for v in sorted(name_subjects()["member_flow_verbs"], key=len, reverse=True) if rest.startswith(v)), "")
    if flow and len(rest) - len(flow) >= 2 and base.endswith(tuple(name_subjects()["member_measure_ends"])):  # (…、自主创业: an act)
        return place + flow + base
    network = place.endswith(tuple(name_subjects()["member_network_ends"]))  # (完成农村水系治理…、水土流失治理…: no part of 农村)
    if rest.endswith(base[-2:]) and len(base) >= 4 and len(rest) > len(base[-2:]) + 1 and (network or not indicators.all_verbs(base[-2:])):
        return place + base
    return base


LEVEL_AT: Final = re.compile(r"(?:国家|自治区|[省市州县区])级")  # 美丽城镇省级样板: the grade after the subject the list shares


def status_subject(base: str, first: str, clause: str) -> str:
    """``base`` of a later 、 member that is only a status word (data/name_subjects.json ``member_status_words``: 基本达标),
    after a first member whose subject stands before a level word (创建美丽城镇省级样板12个、基本达标15个): the status is of that
    subject (美丽城镇基本达标), which the list shares (held-out set 71 绍兴 row 27, fix151d); '' otherwise."""
    own = clause.lstrip("、 ")
    if own not in name_subjects()["member_status_words"] or not base.startswith(own):
        return ""
    first = _lead_free(first)
    level = LEVEL_AT.search(first, 2)
    subject = first[:level.start()] if level else ""
    return subject + base if len(subject) >= 2 and not indicators.all_verbs(subject) and subject[:2] not in verbs() else ""


def shared_flow_scope(base: str, first: str, clause: str) -> str:
    """The scope a later 、 member that is only a flow measure (贸易额, in ``member_flow_measures``) shares with a first member
    ``first`` naming another flow measure of the same goods (完成口岸进出口货运量1009万吨、贸易额619亿元 -> 口岸进出口贸易额:
    the list states its scope once; held-out set 66 西双版纳 row 31, fix142c); '' otherwise."""
    flows = name_subjects()["member_flow_measures"]
    if clause.lstrip("、 ") != base or base not in flows:
        return ""
    rest = _lead_free(first)
    measure = next((m for m in sorted(flows, key=len, reverse=True) if rest.endswith(m)), "")
    scope = rest[:-len(measure)] if measure and measure != base else ""
    if not 2 <= len(scope) <= 8 or scope[:2] in verbs() or indicators.all_verbs(scope[:2]) or any(c.isdigit() for c in scope):
        return ""
    return scope + base


PEOPLE_KINDS: Final = ("people", "households")  # units counting persons (人, 人次, 户: data/units.csv kind)


def people_subject(base: str, first: str, clause: str, unit: str) -> str:
    """A later 、 member that is only a verb phrase (转移就业) counting people, after a first member ``first`` naming the people
    (a noun ending in ``member_people_subjects``) and then its own verb (脱贫劳动力培训1.3万人以上、转移就业5.6万人以上): the
    people with the member's verb (脱贫劳动力转移就业; held-out set 66 德宏 row 20, fix142c), as the list names them once; ''
    otherwise (a member with a noun of its own keeps it)."""
    if clause.lstrip("、 ") != base or unit_field(unit, "kind") not in PEOPLE_KINDS or not indicators.all_verbs(base[:2]) or len(base) > 6:
        return ""
    rest = _lead_free(first)
    ends = name_subjects()["member_people_subjects"]
    cut = max((rest.rfind(e) + len(e) for e in ends if e in rest), default=-1)
    subject, verb = rest[:cut], rest[cut:]
    if cut < 2 or len(subject) > 8 or not indicators.all_verbs(verb[:2]) or any(c.isdigit() for c in rest) or subject.startswith(base[:2]):
        return ""
    return subject + base


def counted_stage(base: str, clause: str, first_words: str) -> str:
    """``base`` of a count that is only a stage (建成投产) after a clause ``clause`` closed by 、 that counted things of a
    head in ``member_counted_heads`` reaching another stage (``first_words``, the words after the first count: 计划开工项目上半年
    全部开工): the stage and that head (建成投产项目); ``base`` otherwise."""
    if not clause.endswith("、") or base not in name_subjects()["member_stage_verbs"]:
        return base
    at = [(first_words.find(h), h) for h in name_subjects()["member_counted_heads"] if 0 <= first_words.find(h) <= 8]
    if not at or not first_words.rstrip("、").endswith(tuple(name_subjects()["member_stage_verbs"])):
        return base
    return base + min(at)[1]


MONEY_CLASS: Final = re.compile(r"过[\d.]*[千万亿]+元|[\d.]*[千万亿]+元(?:及)?以上")  # 过亿元, 亿元以上: a class of projects by their size


def stage_class(base: str, first: str, between: str) -> str:
    """``base`` of a count that is only a stage and a counted head (竣工投产项目), written right after a sibling count (``between``:
    the words from that count to this one, 、 or ， and ``base`` alone) whose name ``first`` is a size class, another stage and the
    same head (过亿元新开工项目超过400个，竣工投产项目350个): the class is the pair's, so ``base`` takes it (过亿元竣工投产项目;
    held-out set 71 临沂 row 24, fix151d); ``base`` otherwise."""
    head = next((h for h in name_subjects()["member_counted_heads"] if base.endswith(h) and first.endswith(h)), "")
    stages = name_subjects()["member_stage_verbs"]
    if not head or between.lstrip("、，, ") != base or between[:1] not in "、，," or base[:-len(head)] not in stages:
        return base
    size = MONEY_CLASS.search(first)
    rest = first[:size.start()] + first[size.end():] if size else ""
    if size is None or rest[:-len(head)].removeprefix("新") not in stages or not rest.endswith(head):
        return base
    return size.group() + base if size.start() == 0 else base[:-len(head)] + size.group() + head  # (新开工亿元以上项目: the same place)


NEXT_MEASURED: Final = re.compile(r"、[\u4e00-\u9fff]{2,6}?[\d.]+(公里|千米|万亩|亩)([\u4e00-\u9fff]{2,16}?)(?=[，,。；;]|$)")  # (counts: place_head)


def listed_measure(scan: str, end: int, unit: str, name: str) -> str:
    """``name`` of a length or area ending at ``end`` before 、 and a sibling in the same unit that a noun follows, with that
    noun (carried_head); ``name`` otherwise."""
    m = NEXT_MEASURED.match(scan, end) if scan.startswith("、", end) else None  # (the pattern opens with 、: a gate)
    return carried_head(name, m.group(2)) if m and m.group(1) == unit and len(name) >= 2 and m.group(2) not in name \
        and qualifier_pattern("after").match(m.group(2)) is None else name  # (…、B 400公里以上: a qualifier, no noun)


def carried_head(name: str, noun: str) -> str:
    """The name of a figure followed by 、 and a sibling whose figure a noun follows (练江676公里、枫江229公里污水管网及污染源
    接驳): the figure's own words without the adverb and verb that open the list (抓紧完成) and the noun up to 及 (污水管网: what
    the length is of; 污染源接驳 is a second task) -> 省帮扶练江污水管网."""
    adverb = next((w for w in name_subjects()["member_lead_adverbs"] if name.startswith(w)), "")
    own = name[len(adverb):]
    own = own[2:] if own[:2] in verbs() and len(own) >= 4 else own
    cut = noun.find("及")
    return own + (noun[:cut] if cut >= 2 else noun)


def member_own_head(base: str, first: str, clause: str) -> str:
    """``base``, a noun after a later 、 member's figure that the first member ``first`` carries too (…练江污水管网), with the
    member's own words (、枫江: 枫江污水管网); ``base`` otherwise."""
    own = clause.lstrip("、 ")
    if not 2 <= len(own) <= 6 or not first.endswith(base) or own in first or own[:2] in verbs() or indicators.all_verbs(own) \
            or any(q in own for q in qualifiers()["before"]):  # (县级不少于100个…清单: a floor, no place)
        return base
    return own + base


LEVEL_FIRST: Final = re.compile(r"(?:国家|省|自治区|市|州|县|区)级")  # a member opening with a level of its own
CLAUSE_ENDS: Final = "，,；;：:。\n"


def comma_member_verb(scan: str, start: int, lo: int, name: str, counted: bool) -> str:
    """``name`` of a count whose clause is only a level and a noun (，市级绿美村庄778个) after a clause whose verb opens a
    、 list holding that noun (建成省级绿美乡镇10个、绿美村庄22个): the verb carried over the comma (市级绿美村庄建成: the
    village titles built, held-out audit 43 临沧 G2); ``name`` otherwise (a member with a verb or a noun of its own)."""
    level = LEVEL_FIRST.match(name) if counted else None  # (a count only: ``counted``)
    noun = name[level.end():] if level else ""
    if len(noun) < 2:
        return name  # (most figures: no level and noun, no clause to look back over)
    opening = max(start, *(scan.rfind(c, start, lo) + 1 for c in CLAUSE_ENDS))
    if opening <= start or scan[opening - 1] not in "，," or not scan.startswith(name, opening):
        return name
    before = scan[max(start, *(scan.rfind(c, start, opening - 1) + 1 for c in CLAUSE_ENDS)):opening - 1]
    verb = count_verb(False).match(before)
    return name + verb.group() if verb and "、" in before and noun in before and verb.group() not in name else name  # (the level first, as the members before read: 省级绿美村庄建成数)


LENGTH_NEXT: Final = re.compile(r"\d+(?:\.\d+)?(?:公里|千米|米)(?=[\u4e00-\u9fff])")  # 19条96公里农村公路: the length right after a count


def paired_length_noun(scan: str, end: int, unit: str) -> str:
    """The noun after a length that follows a count of its pieces right away (建设19条96公里农村公路: 农村公路), for the
    count ending at ``end`` in ``unit`` (条, 段, 座): both figures measure that noun (held-out audit 43, 七台河 G6); ''
    when no length follows (12个自然村28.6公里道路硬化: the count has its own noun, read elsewhere)."""
    m = LENGTH_NEXT.match(scan, end) if unit_field(unit, "kind") == "count" else None
    return post_nouns.noun_after(scan, m.end()) if m else ""


FUNDS: Final = "资金"


def member_programme(base: str, first: str, clause: str) -> str:
    """``base`` of a later 、 member that is only funds (资金, 落实资金, 到位资金) after a first member ``first`` counting the
    projects of a programme (实施援疆项目60个、落实资金4.95亿元): the programme's word before 资金 (落实援疆资金; before a
    compound of funds, member_fund_compounds: 招商引资到位资金), since the list states the programme once; ``base`` otherwise
    (a class of projects, 重点项目, or a verb, 新引进项目, names no programme; held-out audit 48 哈密 G1)."""
    own = clause.lstrip("、 ")
    lead = base[:-len(FUNDS)]
    if own != base or not base.endswith(FUNDS) or (lead and lead not in name_subjects()["member_fund_leads"]):
        return base
    projects = _lead_free(first)
    programme = projects[:-2] if projects.endswith("项目") else ""
    acted = programme.removeprefix("新")  # (新引进项目…、到位资金: how the projects came, no programme)
    if not 2 <= len(programme) <= 6 or acted[:2] in verbs() or indicators.all_verbs(acted[:2]) or any(c.isdigit() for c in programme) \
            or programme.endswith(tuple(name_subjects()["member_project_classes"])) or programme in base:
        return base
    return programme + base if lead in name_subjects()["member_fund_compounds"] else lead + programme + FUNDS  # (招商引资到位资金)


def programme_funds(own: str, name: str) -> str:
    """``name`` when it is ``member_programme``'s naming of a member whose own words ``own`` are only funds (落实资金 named
    落实援疆资金): the phrase baselines compare it by, as its own words name no programme; '' otherwise."""
    lead = own[:-len(FUNDS)]
    if not own.endswith(FUNDS) or (lead and lead not in name_subjects()["member_fund_leads"]):
        return ""
    return name if len(name) > len(own) and (name.startswith(lead) or name.endswith(own)) and name.endswith(FUNDS) else ""


PAIR_NEXT: Final = re.compile(r"[和、与及]([\d.]+)万?([\u4e00-\u9fff]{1,2}?)([\u4e00-\u9fff]{1,8}?)(?=[，,。；;]|$)")


def pair_tail(scan: str, end: int, unit: str, post: str) -> str:
    """``post``, the noun right after a count ending at ``end``, when 和 (or 、) and a second count in the same ``unit`` follow
    whose noun closes with a measure of both (data/name_subjects.json ``member_pair_tails``: 释放20万台乘用车和1万台重卡产能):
    that noun with the measure (乘用车产能), as the pair states it once (held-out 51 晋中); ``post`` otherwise."""
    at = end + len(post)
    m = PAIR_NEXT.match(scan, at) if post and scan.startswith(post, end) and unit else None
    if m is None or m.group(2) != unit:
        return post
    tail = next((w for w in name_subjects()["member_pair_tails"] if m.group(3).endswith(w) and len(m.group(3)) > len(w)), "")
    return post + tail if tail and not post.endswith(tail) else post


def member_noun(topic: str, base: str, unit: str) -> str:
    """A 、 member that is only a short noun (高中) after a sibling whose name ``topic`` ends in another noun of the same
    length and last character (…具有示范引领作用的初中2所、高中1所): the sibling's words with the member's noun in place of its
    own (…具有示范引领作用的高中), not both glued (初中高中: held-out 51 江门), for counted things (建设用地2万亩、林地2000亩: 用地
is no noun of a class of land); '' otherwise."""
    n = len(base)
    if unit_field(unit, "kind") != "count" or not 2 <= n <= 3 or len(topic) < n + 2 or topic.endswith(base) or topic[-1] != base[-1] or indicators.all_verbs(base[:2]) \
            or base[:2] in verbs() or any(c.isdigit() for c in topic[-n:]):
        return ""
    return topic[:-n] + base


POWER_KINDS: Final = ("power", "energy")  # units of a capacity or of power made (千瓦, 千瓦时: data/units.csv kind)


def verb_member(topic: str, base: str, unit: str) -> str:
    """A 、 member that is only a short noun (光伏) after a sibling named a verb + a noun as long (并网风电), in a unit of power
    or energy: the verb with the member's noun (实现并网风电80万千瓦、光伏65万千瓦 -> 并网光伏, not 并网风电光伏: held-out set 58
    邵阳 row 9, fix128b): the two are kinds of one thing, and the figure is the member's alone; '' otherwise."""
    n = len(base)
    if unit_field(unit, "kind") not in POWER_KINDS or not 2 <= n <= 3 or len(topic) < n + 2 or topic.endswith(base) or base[:2] in verbs() \
            or indicators.all_verbs(base[:2]) or any(c.isdigit() for c in topic + base):
        return ""
    lead = topic[:-n]
    return lead + base if verbs().get(lead) in ("heavy", "action") or lead in name_words("measure_verb") else ""


OWN_MEMBER_KINDS: Final = ("area", "weight")  # things grown or made side by side, each its own (辣椒…亩; 啤酒…万吨: set 67 昌都)


def own_area_member(topic: str, base: str, unit: str, scan: str = "", at: int = 0) -> str:
    """A 、 member that is only a short noun of its own (辣椒) after a sibling area named by a noun phrase with no verb (发展…
    道地药材95万亩、辣椒180万亩): the member's own noun, not glued to the sibling's (道地药材辣椒 calls chilli a herb; held-out set
    65 文山 row 20, fix138c), when the sibling, ending at ``at``, is itself a later member after 、 (扩种油菜47万亩、大豆11万亩: the
    first member's verb is every member's); '' otherwise (a place, a verb or a measure word takes the sibling's name as before).
    The same for tonnes of a product after a bare product sibling (生产…铜金属11.9万吨、啤酒2.5万吨: 啤酒, not 铜金属啤酒; held-out
    set 67 昌都 rows 15/17, fix142c)."""
    n = len(base)
    if scan[max(0, at - len(topic) - 1):max(0, at - len(topic))] != "、":
        return ""
    if unit_field(unit, "kind") not in OWN_MEMBER_KINDS or not 2 <= n <= 3 or len(topic) < (4 if unit_field(unit, "kind") == "area" else 2) or topic.endswith(base) or base in indicators.GENERIC \
            or base in name_words("place_alone") or base[:2] in verbs() or indicators.all_verbs(base) or count_verb().search(topic) is not None:
        return ""
    return base if not any(c.isdigit() for c in topic + base) and not any(w in topic for w in verbs() if len(w) >= 2) else ""


def other_unit_member(topic: str, base: str, unit: str, sibling_unit: str) -> str:
    """A 、 member that is only a short noun (街路) after a sibling named verbs + a noun (维修改造老旧小区28个、街路339条) and
    counted in another unit: another thing under the same verbs, so the verbs with the member's own noun (维修改造街路), not the
    sibling's noun glued before it (维修改造老旧小区街路; held-out set 73 吉林 row 56, fix152c); '' otherwise."""
    n = len(base)
    if unit == sibling_unit or unit_field(unit, "kind") != "count" or unit_field(sibling_unit, "kind") != "count" or not 2 <= n <= 3 \
            or base in indicators.GENERIC or base.endswith("数") or base[:2] in verbs() or indicators.all_verbs(base) or any(c.isdigit() for c in topic + base):
        return ""
    made = verb_chain().match(topic)
    return topic[:made.end()] + base if made is not None and len(topic) - made.end() >= 2 else ""


def work_member(topic: str, base: str, unit: str) -> str:
    """A 、 area member that is only a work of its own (休耕: data/name_words.csv kind ``area_work``) after a sibling named a
    land and the work done on it (重金属污染耕地修复治理4万亩、休耕7万亩): the sibling's land with the member's work (重金属污染
    耕地休耕), not the sibling's work glued before it (held-out set 87 株洲 G2, fix170d); '' otherwise."""
    if unit_field(unit, "kind") != "area" or base not in name_words("area_work"):
        return ""
    k = next((k for k in range(3, len(topic) - 1) if indicators.all_verbs(topic[k:])), 0)  # the longest work ending the name
    return topic[:k] + base if k and not any(c.isdigit() for c in topic) else ""
