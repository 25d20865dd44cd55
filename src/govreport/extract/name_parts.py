"""Small rules ``naming`` applies to a figure's name (audit 10): a measure before a noun is an
attribute of what a count counts, a 、 list of nouns shares the verb it ends with, a share of
things an action is done to is the share done, and a topic ends before what a programme does to
its subject."""
from __future__ import annotations

import re

from govreport.extract.indicators import KEEP_LEADING, MEASURE_ENDINGS, all_verbs, is_generic, strip_clause
from govreport.extract.list_tails import BRACKETED_ITEM, noun_after_amount, work_named_before
from govreport.extract.keys import keys_in
from govreport.extract.list_leads import lead_action as lead_action  # (naming.py asks here)
from govreport.extract.name_fillers import lead_thing
from govreport.extract.topic_things import carried_out, thing_of_topic
from govreport.extract.name_roles import role_owner
from govreport.extract.list_verbs import ending_verb, members_act_apart
from govreport.extract.name_tasks import task_end
from govreport.extract.task_programmes import task_programme_area
from govreport.extract.name_verbs import in_proper_name, verb_end_before_name
from govreport.extract.grown_subjects import grown_subject
from govreport.extract.predicates import count_verb
from govreport.extract.scanner import Token
from govreport.extract.scenes import CLAUSE_BREAK_CHARS, NUMBER_CHAR
from govreport.extract.name_forms import classed_growth, own_result
from govreport.lexicon import indicator_registry, name_words, qualifier_pattern, unit_field

CLAUSE_END = re.compile(r"[，,；;：:。\n]")
CHANGE_END = re.compile(r"(?:增长|提高|增加|下降|降低|减少)$")
LEVEL_OF_SUBJECT = ("占比", "比重", "规模", "总量", "总额")  # after a change in a 、 list: the subject's own level, not the change's
ATTRIBUTE_KINDS = ("voltage", "weight", "volume", "power", "energy", "container", "length")  # 220千伏变电站, 30万吨储备库
ATTRIBUTE_STOPS = frozenset("、和及与的等或")  # what follows a figure that is a member of a list, not an attribute
MEMBER_TRIM_AT = 24  # a 分别 list member's name is cut only when longer than this: cut, two members would read the same
RATE_ENDINGS = ("率", "比例", "比重", "占比", "幅度", "增速", "增幅", "水平", "指数", "份额")  # what a share's name may end with


def topic_subject(topic: str, base: str = "") -> str:
    """A topic without what a programme does to its subject at its end (data/name_words.csv kind
    topic_tail: 天麻产业高质量发展三年行动 -> 天麻产业), at least two characters kept, and without the
    verb that frames such a tail (kind topic_frame: 加快棚户区改造步伐 -> 棚户区改造, 加大…建设力度 -> …建设); a
    framed task with no tail (加强生态系统保护和修复) is no subject of a ``base`` with words of its own (造林), only
    of a bare verb or change (完成; data/name_words.csv kind change: 提高). A programme (kind
    programme_end: 计划, 行动, 工程) named by the one registered measure it works on is, before a bare
    verb, that measure (启动新的三年棚改攻坚计划，今年开工… -> 棚户区改造)."""
    if (area := task_programme_area(topic, base)) is not None:
        return area  # 实施农村人居环境整治提升五年行动，…完成改厕…: 农村 (extract/task_programmes.py)
    topic = carried_out(lead_thing(without_run(topic)), base)
    tails, whole = name_words("topic_tail"), topic
    if base and all_verbs(base) and topic.endswith(name_words("programme_end")) and len(found := keys_in(topic)) == 1:
        named = indicator_registry()[found.pop()].name_zh  # 启动…棚改攻坚计划，今年开工…: 棚户区改造开工数
        return named[:-len(end)] if (end := next((w for w in MEASURE_ENDINGS if named.endswith(w)), "")) else named  # 造林(面积)
    while topic.endswith(tails):
        cut = topic[:-len(next(w for w in tails if topic.endswith(w)))]
        if len(cut) < 2 or cut[-1] in "和与及":  # (统筹发展和安全: the tail is a member of a pair, not a tail)
            break
        topic = cut
    frame = next((w for w in name_words("topic_frame") if topic.startswith(w)), "")
    if frame and topic == whole and len(base) >= 2 and not all_verbs(base) and not base.startswith(name_words("change")) \
            and not base.endswith(MEASURE_ENDINGS):  # (加快页岩气开发利用，实现产量…: a bare measure is the task's)
        return ""  # 加强生态系统保护和修复，完成造林…: a task, not what the name's own words (造林) measure
    frame = frame if topic != whole else ""
    topic = topic[len(frame):] if frame and len(topic) - len(frame) >= 2 else topic  # 加快棚户区改造步伐 -> 棚户区改造
    return thing_of_topic(topic, base)  # 建设…产业园，产值…: the park's output, not the building's (spot audit 37)


def without_run(topic: str) -> str:
    """``topic`` without a run of years at its end that comments on it (kinds run_lead, run_tail: 粮食产量实现十三连增 -> 粮食产量)."""
    m = re.search(f"(?:{'|'.join(name_words('run_lead'))})?[一二两三四五六七八九十\\d]+(?:{'|'.join(name_words('run_tail'))})$", topic)
    return topic[:m.start()] if m and m.start() >= 2 else topic


def measured_subject(before: str, base: str) -> str:
    """The subject a name made only of a verb and a measure word (新投产里程: data/name_words.csv kind
    measure_only) shares with the figure before it in another unit, that figure's name less its own
    measure word of the same kind (铁路投资…，新投产里程… -> 铁路), else ''."""
    measures = name_words("measure_only")
    verb = count_verb(False).match(base, 1 if base[:1] == "新" else 0)
    if verb is None or base[verb.end():] not in measures:
        return grown_subject(before, base)
    end = next((w for w in measures if before.endswith(w)), "")
    subject = before[:-len(end)] if end else ""
    return subject if len(subject) >= 2 and not count_verb().search(subject) else ""


def shared_subject(topic: str, base: str) -> str:
    """The subject a 、 member that opens with a verb of its own (新开工) shares with the member
    before it: that member's name without its verb (heavy, action or kind result) and the adverb
    before it (data/name_words.csv kind done_adverb: 城镇保障性住房基本建成 -> 城镇保障性住房), at
    least two characters kept."""
    if not count_verb(False).match(base, 1 if base[:1] == "新" else 0):  # 装机规模…、并网…: the capacity connected, of 风电光伏
        measure = next((w for w in name_words("member_measure") if topic.endswith(w) and base in name_words("measure_verb")), "")
        return topic[:-len(measure)] if measure and len(topic) - len(measure) >= 2 else topic
    result = next((w for w in name_words("result") if topic.endswith(w)), "")  # 完成, 竣工
    done = count_verb().search(topic)
    rest = topic[:-len(result)] if result else topic[:done.start()] if done else topic  # (全面)(完成: named apart)
    rest = rest[:-len(adverb)] if (adverb := next((w for w in name_words("done_adverb") if rest.endswith(w)), "")) else rest
    return rest if len(rest) >= 2 else topic


def list_action(scan: str, end: int, post: str, sentence_end: int, led: bool = False) -> str:
    """The verb a 、 list of nouns after figures ends with, when the noun after the figure ending at
    ``end`` is a member before the last (完成180公里连续长下坡隐患路段、3672处…隐患治理: 治理), else ''."""
    at = scan.find(post[:2], end, end + 4)
    joint = scan[at + len(post):at + len(post) + 1] if at >= 0 else ""  # (和/及 before a counted member too: 完成350个以上老旧小区和2000余套…改造, audit 38 JC24#45)
    if joint != "、" and not (led and joint in ("和", "及") and scan[at + len(post) + 1:at + len(post) + 2].isdigit() and not post.endswith(("级",) + name_words("own_action"))) \
            or members_act_apart(scan, at + len(post), sentence_end):  # (…、B等8条河道治理、…改造: each member's own action, fix160d)
        return ""
    stop = CLAUSE_END.search(scan, at, sentence_end)
    stop_at = stop.start() if stop else sentence_end
    upto = task_end(scan, stop_at)  # (…、400亩大棚建设任务: the verb before the task word, when the last member is counted too,
    if upto < stop_at and not any(c.isdigit() for c in scan[scan.rfind("、", at, upto) + 1:upto]):  # not …、绿化修复工作)
        return ""
    pair = next((w for w in name_words("pair_end") if scan.endswith(w, at, upto)), "")  # 改造提升: a verb and its pair's second
    verb = count_verb().search(scan, at, upto) or (count_verb().search(scan, at, upto - len(pair)) if pair else None)  # (audit 43 平顶山 G3)
    if verb and not post.endswith(verb.group()) and not count_verb().search(post) and not own_result(post):
        return work_named_before(scan, at, verb.start(), upto, post) if verb.end() == upto else scan[verb.start():upto]  # (…、3个高速路口改造提升: 城市游园改造提升; 推动雨污分流改造，…小区、…雨污分流改造任务: fix146d)
    ending = ending_verb(scan, at + len(post), upto) if upto < stop_at else ""  # (露天煤矿整合区、…整合区整合工作: a word the members' nouns hold ends the list)
    return ending if ending and ending in post[1:] and not count_verb(True).search(post) else ""


def is_attribute(scan: str, last: Token, t: Token) -> bool:
    """A measure right before the noun a count is of is an attribute of that noun, no figure that
    ends the count's clause (立项建设220千伏变电站2个: substations started, 220千伏 their kind; so is a voltage before lines a length measures: 10千伏线路296千米, fix160d)."""
    return ((unit_field(t.unit, "kind") == "count" or (unit_field(t.unit, "kind"), unit_field(last.unit, "kind")) == ("length", "voltage") and "、" not in scan[last.end:t.start]) and unit_field(last.unit, "kind") in ATTRIBUTE_KINDS
            and "\u4e00" <= scan[last.end:last.end + 1] <= "\u9fff" and scan[last.end] not in ATTRIBUTE_STOPS
            and qualifier_pattern("after").match(scan, last.end) is None)


WITHIN = re.compile(r"以?内[\u4e00-\u9fff]{1,8}?(?:率|比例)")  # 50米内换乘比例: a distance in a rate's definition


def attribute_clause(scan: str, last: Token, t: Token, floor: int, clause: str) -> tuple[int, str] | None:
    """Where the clause of ``t`` begins and what it says when the figure ``last`` right before it is part
    of its name: an attribute of what a count counts (立项建设220千伏变电站2个: 立项建设220千伏变电站, a
    voltage kept as the class, any other measure left out), or a distance within which a rate is counted (公交与轨道50米内换乘比例提升至93%: the
    distance kept, 公交与轨道50米内换乘比例); None otherwise."""
    if is_attribute(scan, last, t):
        lo = clause_before(scan, last.start, floor)
        one_class = unit_field(last.unit, "kind") == "voltage" and last.unit not in scan[lo:last.start]  # (500千伏和220千伏: none)
        return lo, scan[lo:last.end if one_class else last.start] + clause  # 立项建设220千伏变电站2个: the one class kept
    if t.unit == "%" and (unit_field(last.unit, "kind") == "length" and WITHIN.match(clause) or classed_growth(last.unit, clause)):  # 5000万元以上投资增长10% (fix172g)
        lo = clause_before(scan, last.start, floor)
        return lo, scan[lo:t.start]
    return None


def clause_before(scan: str, pos: int, floor: int) -> int:
    """Where the clause that holds ``pos`` begins (after the last clause break, not before ``floor``)."""
    while pos > floor and scan[pos - 1] not in CLAUSE_BREAK_CHARS:
        pos -= 1
    return pos


def share_done(base: str) -> str:
    """A percentage named by an action and its object, with no measure of its own, is the share of
    the object the action is done to (消除中小学大班额 -> 中小学大班额消除比例); '' otherwise."""
    if len(base) <= 4 or base.endswith(RATE_ENDINGS) or CHANGE_END.search(base):
        return ""
    act = count_verb(False).match(base)
    return base[act.end():] + act.group() + "比例" if act and len(base) - act.end() >= 3 else ""


def shares_change(base: str, prev: tuple[str, str, str, str], unit: str) -> bool:
    """A 、 member with no verb of its own after a member in the same unit that starts with a
    change (减少企业税负3500亿元、涉企收费2000亿元), or in any unit after one that starts with a verb
    that retires things (data/name_words.csv kind retire: 淘汰钢铁2700万吨、…、平板玻璃3500万标准箱):
    the member is changed the same way."""
    retired = prev[0].startswith(name_words("retire"))
    return ((prev[2] == unit or retired) and bool(base) and (retired or prev[0].startswith(name_words("change")))
            and not base.startswith(name_words("change") + name_words("retire"))
            and not prev[0].startswith("增加值") and not count_verb(False).match(base))


def parallel_subject(base: str, before: str) -> str:
    """A short subject in a clause parallel to the one before, sharing its head: 集中供养孤儿基本生活保障
    标准从…提高到…，散居孤儿从…: 散居孤儿基本生活保障标准; the subject's last word found in the
    name before, with a head of two characters or more after it, not at the name's start."""
    at = before.find(base[-2:])
    head = before[at + 2:]
    if at <= 0 or len(head) < 2 or base.endswith(MEASURE_ENDINGS) or is_generic(base) or head in base:
        return base
    return base + head


RUN_IN = re.compile(r"[\u4e00-\u9fff“”]{4,16}。")  # a paragraph's run-in heading: 全面加快东山组团建设。


def run_in_heading(scan: str, start: int) -> str:
    """The subject of the run-in heading that opens the paragraph of a sentence starting at ``start``
    (全面加快东山组团建设。…年内计划投资64.8亿元 -> 东山组团建设), for a planned investment with no topic
    of its own; '' when the sentence opens its paragraph or the paragraph opens with no task heading
    (one that starts with a light verb or a frame verb: 推进…, 全面加快…; not a principle: 坚持…)."""
    para = scan.rfind("\n", 0, start) + 1
    heading = RUN_IN.match(scan, para) if para < start else None
    if heading is None or heading.end() > start:
        return ""
    words = heading.group()[:-1]
    subject = strip_clause(words)[0]
    if subject.startswith(name_words("principle")):  # 一是全面坚持高标准建设。
        return ""
    frame = next((w for w in name_words("topic_frame") if subject.startswith(w)), "")
    if subject == words and not frame:  # 民生投入持续加大。: a statement, no task heading (推进…, 全面加快…)
        return ""
    return subject[len(frame):]


def examples_verb(words: str, clause: str = "") -> str:
    """The verb a list of examples (or members) starts with, also after an adverb of two characters
    (建成A、B等 -> 建成, 新开工A、B等 -> 新开工, 集中打造A、B等 -> 打造), or a lead kept in names (新增A、B等30个…: 新增);
    '' when it starts with none, or the verb is a word of the first example's name (凯鸿关爱医院、…: ``clause``, the list
    with its 、 where ``words`` has lost them; fix99d)."""
    words = words[2:] if words.startswith(("力争", "确保", "争取")) else words  # 力争新培育铅锌、光电2个…: 新培育 (audit 39 CZ24#32)
    lead = count_verb(False).search(words)
    if lead is None or lead.start() > 2 or lead.start() == 2 and in_proper_name((clause or words).lstrip("，,、 ").split("、", 1)[0], lead.group()):
        return next((w for w in KEEP_LEADING if words.startswith(w)), "")
    return words[:verb_end_before_name(words, lead.start(), lead.end())] if lead.start() <= 1 else lead.group()  # (打通建设大道等: 打通)


def parallel_verb(scan: str, lo: int) -> str:
    """The verb of a list of examples in the clause before ``lo`` (the start of a clause of examples
    with no verb of its own): 新开工A、B等23个50亿元以上，C、D等300个亿元以上工业项目 -> 新开工 for the
    300; '' when the clause before lists no examples before a figure."""
    if lo <= 0 or scan[lo - 1] not in "，,":
        return ""
    words = scan[clause_before(scan, lo - 1, 0):lo - 1]
    return examples_verb(words) if "等" in words and "、" in words and any(c.isdigit() for c in words) else ""


CLASS_AMOUNT = re.compile(r"[\d.]+[十百千万亿]*元(?:及以上|以上)(?=[，,])")  # 23个50亿元以上，: a class with its noun left out
CLASS_NOUN = re.compile(r"元(?:及以上|以上)([\u4e00-\u9fff]{2,8})(?=[，,。；;]|$)")  # …等300个亿元以上工业项目。


def class_left_out(scan: str, end: int, sentence_end: int) -> str:
    """The class a count ending at ``end`` is of when an amount with 以上 and a comma follow it and the
    noun is named once, after the next class of the sentence (新开工A、B等23个50亿元以上，C、D等300个
    亿元以上工业项目 -> 50亿元以上工业项目); '' otherwise."""
    amount = CLASS_AMOUNT.match(scan, end)
    noun = CLASS_NOUN.search(scan, amount.end(), sentence_end) if amount else None
    return amount.group() + noun.group(1) if amount and noun else noun_after_amount(scan, end)  # (…等23个、总投资247亿元项目建设: 项目, fix146d)


def examples_name(scan: str, end: int, sentence_end: int, clause: str, unit: str) -> str:
    """The name of a figure ending at ``end`` after a list of examples before 等 (``clause``) with no
    noun of its own: the class the sentence names once (``class_left_out``) for a count, else the
    ending of two to four characters every example shares (建成东湖服务驿站、南湖服务驿站等12个 -> 建成服务驿站:
    not 湖服务驿站, a place's word cut), each with the verb the examples start with; '' when neither is found
    or the examples start with no verb."""
    words = clause.lstrip("，,、 ")
    left = class_left_out(scan, end, sentence_end) if unit_field(unit, "kind") == "count" else ""
    if left:
        return examples_verb(words) + left
    members = words[:-1].split("、")
    shared = 0
    while len(members) > 1 and shared < min(4, min(map(len, members)) - 1) and len({m[-shared - 1] for m in members}) == 1:
        shared += 1
    verb = examples_verb(words)
    return verb + members[-1][-shared:] if shared >= 2 and verb else ""  # (with no verb, a topic would be borrowed)


LEVEL_TOPIC = re.compile(r"(?:下调|上调|降低|提高)(?=.{3,}(?:率|比例)$)")  # 下调…单位缴费比例: a change of a rate


def level_topic(topic: str, clause: str) -> str:
    """The topic a figure with no name of its own takes: for a level reached (a clause ending in 至 or
    到: 降至, 提高到) the rate the topic changes, without the change (下调城镇职工…缴费比例，各地可降至16%
    -> 城镇职工…缴费比例); else the topic as it is."""
    if clause[-1:] in ("至", "到") and (change := LEVEL_TOPIC.match(topic)):
        return topic[change.end():]
    return topic


FIRST_CLAUSE_END = re.compile(r"[，,；;：:]")
AIM = re.compile(r"以.{2,20}为(?:目标|重点|主线|抓手|导向|引领|核心|牵引)")  # 以全体人民住有所居为目标: a principle


def opening_topic(scan: str, start: int, end: int) -> str:
    """A sentence's topic: the object its first clause names, before any figure in it; none when that
    clause states a principle (data/name_words.csv kind principle: 坚持“水火风光”并举，发电…), and the next
    clause's when it states an aim (以全体人民住有所居为目标，…，加大保障性安居工程建设力度，今年新开工…)
    and principles follow it up to a clause with no figure."""
    cut = FIRST_CLAUSE_END.search(scan, start, end)
    clause = scan[start:cut.start() if cut else end]
    if cut and AIM.fullmatch(clause):  # the aim and the principles after it name no subject
        while cut and (AIM.fullmatch(clause) or clause.startswith(name_words("principle"))):
            start = cut.end()
            cut = FIRST_CLAUSE_END.search(scan, start, end)
            clause = scan[start:cut.start() if cut else end]
        if NUMBER_CHAR.search(clause):
            return ""
    elif clause.startswith(name_words("principle")):
        return ""
    number = NUMBER_CHAR.search(clause, item.end() if (item := BRACKETED_ITEM.match(clause)) else 0)  # （6）投入…: the item's number is no figure
    obj, verb = strip_clause(clause[:number.start()] if number else clause)
    return role_owner(clause, obj[: len(obj) - len(verb)] if verb else obj)  # 增强市经开区“火车头”作用: 市经开区


CURRENT = "现行"  # 现行16%的税率: the rate in force, named by what it is of
RATE_WORD = re.compile(r"的?([\u4e00-\u9fff]{0,2}(?:率|比例))")  # 税率, 费率, 缴费比例
RATE_CHANGED = re.compile(r"的([\u4e00-\u9fff]{0,2}(?:率|比例))(?:降至|降到|下调至|下调到|调整为|提高到|提高至|上调至|上调到)")


def current_rate(scan: str, lo: int, start: int, last: Token | None, floor: int, post: str) -> str:
    """The name of a rate in force and of the level it is changed to (将制造业等行业现行16%的税率降至13%:
    both 制造业等行业税率): what the clause names before 现行 and the bare rate word after the figure; ''
    otherwise."""
    if post and scan[lo:start].endswith(CURRENT) and (word := RATE_WORD.fullmatch(post)):
        subject = strip_clause(scan[lo:start - len(CURRENT)])[0]
        return subject + word.group(1) if len(subject) >= 2 else ""
    if last is not None and lo == last.end and scan.endswith(CURRENT, 0, last.start) \
            and (changed := RATE_CHANGED.fullmatch(scan, lo, start)):
        at = clause_before(scan, last.start, floor)
        subject = strip_clause(scan[at:last.start - len(CURRENT)])[0]
        return subject + changed.group(1) if len(subject) >= 2 else ""
    return ""


PAIRED_AFTER = re.compile(r"和\d[\d.]*%")  # 90%和98%: two rates joined by 和, no 分别
PAIRED_BEFORE = re.compile(r"\d%和$")


def rate_pair(scan: str, start: int, end: int, name: str) -> str:
    """The member a rate of two joined by 和 is of (养老保险和基本医疗保险参保率保持在90%和98%以上: 养老保险参保率,
    then 基本医疗保险参保率): the first member takes the last member's ending after the word both members end
    with (保险); '' when the name is no such pair or the figure none of two rates joined by 和."""
    first, _, second = name.removesuffix("和").partition("和")  # (…参保率)和(98%): the link is no part of it
    if "和" in second or len(first) < 2 or len(second) < 4:
        return ""
    at = second.rfind(first[-2:])
    if at < 0 or len(second) - at - 2 < 1 or not second.endswith(("率", "比例")):
        return ""
    pair = PAIRED_AFTER.match(scan, end)
    if pair is not None and PAIRED_AFTER.match(scan, pair.end()) is None:  # two rates, not three
        return first + second[at + 2:]
    if PAIRED_BEFORE.search(scan, max(0, start - 3), start):
        return second
    return ""


OPENING_SHARE = re.compile(r"[\u4e00-\u9fff“”]{6,24}(?=[，,。；;]|$)")  # (50%惠企政策实现“免申即享”: its quotes too)


def share_opening(scan: str, lo: int, t: Token, prev: tuple[str, str, str, str] | None) -> str:
    """A share that opens its clause after a figure before it, followed by what it is a share of and what
    they do (…，70%村卫生室实现与乡镇卫生院一体化管理): the things and what they do, as a share (村卫生室与乡镇卫生院
    一体化管理比例), not the name of the figure before; '' otherwise."""
    if t.unit != "%" or lo != t.start or prev is None or scan[lo - 1:lo] not in ("，", ","):
        return ""
    m = OPENING_SHARE.match(scan, t.end)
    if m is None or not count_verb().search(m.group()) and "实现" not in m.group():
        return ""
    return m.group().replace("实现", "", 1).replace("“", "").replace("”", "")  # (比例 is added as for any noun after a share)


NOUN_OF_BEFORE = re.compile(r"([\u4e00-\u9fff]{1,3})(?=、)")  # 50%以上号源、转诊量增长90%: 号源 is the share before's


def before_figure_words(clause: str, last: Token | None) -> int:
    """How much of a clause that starts with the qualifier of the figure before (以上, 左右) is that figure's:
    the qualifier before a list mark (570万亩以上、产量230万吨), and after a share its noun too (投放50%以上
    号源、转诊量增长90%: 号源 is what the share is of; not 65岁以上老年人、: an age class); 0 for none."""
    q = qualifier_pattern("after").match(clause)
    if q is None:
        return 0
    if clause[q.end():q.end() + 1] in ("、", "和", "及"):
        return q.end()
    noun = NOUN_OF_BEFORE.match(clause, q.end()) if last is not None and last.unit == "%" else None
    return noun.end() if noun and not all_verbs(noun.group(1)) else 0


USE = re.compile(r"[，,]用于(?:[\d.]+[万亿]*[\u4e00-\u9fff]{1,2}(?:以上)?的)?([\u4e00-\u9fff]{4,20})(?=[，,。；;]|$)")
USED_FOR = re.compile(r"(?:以上)?的([\u4e00-\u9fff]{4,20})(?=[，,。；;]|$)")


def use_of(scan: str, lo: int, t: Token, base: str) -> str:
    """What a figure is named by when what it is used for follows: an amount whose clause names no
    measure, followed by 用于 and the use (拿出1000亿元，用于…的职工技能提升和转岗转业培训 -> …培训资金), and
    a count right after 用于 and before 的 and the use (用于1500万人次以上的…培训 -> …培训(人次)); ''
    otherwise (计划投资3亿元，用于… is a planned investment)."""
    if unit_field(t.unit, "kind") == "money" and not base.endswith(MEASURE_ENDINGS):
        use = USE.match(scan, t.end)
        return use.group(1) + "资金" if use else ""
    if scan.endswith("用于", lo, t.start) and unit_field(t.unit, "kind") in ("people", "count"):
        used = USED_FOR.match(scan, t.end)
        return used.group(1) if used else ""
    return ""


AGAIN = frozenset("先再又还")  # an adverb before a bare verb whose object an earlier clause names (今年先发行1万亿元)


def named_elsewhere(scan: str, lo: int, t: Token, base: str, sentence_start: int) -> str:
    """A name from another clause of the sentence: what the figure is used for (``use_of``), or, for an amount
    after an adverb and a bare verb, the fund (data/name_words.csv kind fund) an earlier clause gives that verb
    (拟连续几年发行超长期特别国债，…，今年先发行1万亿元 -> 发行超长期特别国债); '' otherwise."""
    if base[:1] not in AGAIN or len(base) != 3:
        return use_of(scan, lo, t, base)
    verb = base[1:]
    found = re.search(re.escape(verb) + r"([\u4e00-\u9fff]{2,12})(?=[，,；;])", scan[sentence_start:lo])
    fund = found is not None and found.group(1).endswith(name_words("fund")) and unit_field(t.unit, "kind") == "money"
    return verb + found.group(1) if found and fund else ""  # (not 再就业: only an amount of a fund the clause names)

