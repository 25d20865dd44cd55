"""Whose measure a name is when the clause alone says it badly (audits 31, 32): the ordinal industries of
一、二、三产分别增长 (一产增加值增长), the subject of a figure-less goal before a bare growth (地区生产总值跨越千亿台阶，增长7%:
地区生产总值增长, never the lead-in), and the noun after a count that a threshold or a 5G stands before (26个超50亿元项目:
超50亿元项目; 10个5G全连接工厂: 5G全连接工厂)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.indicators import MEASURE_ENDINGS, all_verbs, strip_clause
from govreport.extract.noun_pairs import after_counted_member
from govreport.extract.caused_counts import caused_people, improved_people
from govreport.extract.keys import registered_opening
from govreport.extract.predicates import count_verb
from govreport.lexicon import name_words, unit_field, verbs
from govreport.report.chars import last_of

# 一增长, 二增长, 三产增长 (members of 一、二、三产分别增长): 一产/二产/三产增加值增长
ORDINAL_INDUSTRY: Final = re.compile(r"([一二三])(?:产|产业)?(增长|下降)")
# a count before 超/超过 + an amount in yuan + its noun (26个超50亿元项目), before a noun opening with 5G (10个5G全连接工厂), or
# before a size class or grade with 以上 (5个年出栏5000头以上养殖场, 15家4A级以上旅游景区)
NOUN_BEHIND: Final = re.compile(r"(?:(?:投资|营收|产值)?(?:超过|超)\d+(?:\.\d+)?[万亿]*元(?:以上|级)?|[1-9]G|(?:年出栏|年产)?\d+(?:\.\d+)?[万千]?(?:头|户|吨|A级)(?:及以上|以上))([\u4e00-\u9fff]{2,8}?)(?=[，,。；;、和]|$)")
CLAUSE_BREAKS: Final = "，,；;：:。"
ENTITY_FIRSTS: Final = frozenset("推促引支")  # the first characters of name_words.csv kind entity_lead (a gate only)


def ordinal_industry(name: str) -> str:
    """一增长, 三产增长 -> 一产增加值增长 (members of 一、二、三产分别增长: the form the reports' own 一产增加值 takes, so
    that two members of one value stay two rows); ``name`` otherwise."""
    m = ORDINAL_INDUSTRY.fullmatch(name) if len(name) <= 7 and name[:1] in "一二三" else None
    return f"{m.group(1)}产增加值{m.group(2)}" if m else name


def noun_behind(scan: str, end: int) -> str:
    """The noun a count is of when a threshold (超50亿元) or 5G stands between them, with it (超50亿元项目); '' otherwise."""
    if end >= len(scan) or scan[end] not in "超投营产年123456789":
        return ""
    m = NOUN_BEHIND.match(scan, end)
    return m.group() if m else ""


def goal_subject(scan: str, start: int, lo: int) -> str:
    """The registered measure a figure-less clause right before ``lo`` opens with (地区生产总值跨越千亿台阶，增长7%:
    地区生产总值): the subject of a bare growth after it; '' when that clause holds a figure or names none."""
    if lo - 1 <= start or scan[lo - 1] not in CLAUSE_BREAKS:
        return ""
    before = max(start, *(scan.rfind(c, start, lo - 1) + 1 for c in CLAUSE_BREAKS))
    clause = scan[before:lo - 1]
    return "" if any(c.isdigit() for c in clause) else registered_opening(clause)


SHARE_ENDS: Final = ("比例", "占比", "比重")  # 30户以上自然村（组）通硬化路比例达70%: a share of a class of a size in households (audit 36 DY24#105)
ELLIPTIC_CLASS: Final = re.compile(r"的(?:达到|达|超过)")  # 过50万元的超过45%: a class with no noun of its own
OVER_CLASS: Final = re.compile(r"[超逾过](?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:千万|万|亿)?元(?=的)")
CLASS_REACHED: Final = re.compile(r"(?:(?:及以上|以上)的?|的)([\u4e00-\u9fff]{1,8}?)(?:达到|达|超过)")  # (过20万元的行政村超过75%: audit 40, LY79)


def class_reached(clause: str) -> bool:
    """A rate whose clause after an amount class is only the class's noun and a link (年经营性收入100万元以上行政村达到40%以上)
    is the share of that class among all (…行政村占比), not the noun: a noun that is itself a measure (…以上工业增加值达到) is not."""
    m = CLASS_REACHED.fullmatch(clause)
    return m is not None and not m.group(1).endswith(MEASURE_ENDINGS)


def of_class(last_kind: str, unit: str, clause: str, base: str) -> int:
    """Whether a figure after an amount class (30亿元以上项目80个, 收入超亿元的企业20家) is of that class: 1, or 2 when it is
    the class's share by ``class_reached``; 0 when not. A class of a size in households or people (30户以上自然村) is one for a
    share only (30户以上自然村（组）通硬化路比例达70%)."""
    kind = unit_field(unit, "kind")
    if last_kind == "money" and kind in ("count", "households"):
        return 1
    if unit != "%" or last_kind not in ("money", "households", "people"):
        return 0
    if last_kind == "money" and ELLIPTIC_CLASS.fullmatch(clause):
        return 3  # …过20万元的行政村超过75%，过50万元的超过45%: the class before's head (elliptic_class)
    if base.endswith(SHARE_ENDS) or last_kind == "money" and "占" in clause:
        return 1
    return 2 if last_kind == "money" and class_reached(clause) else 0


def elliptic_class(amount: str, prev: tuple[str, str, str, str] | None) -> str:
    """The share of a class that names no noun of its own (力争村集体收入过20万元的行政村超过75%，过50万元的超过45%: audit 40,
    LY80): the share before's name with this ``amount`` (过50万元, its 过/超/逾 included) for that one's class
    (村集体收入过50万元的行政村占比); '' when the share before names no class by an amount."""
    other = OVER_CLASS.search(prev[3]) if prev is not None and prev[2] == "%" else None
    if prev is None or other is None:
        return ""
    name = prev[3][:other.start()] + amount + prev[3][other.end():]
    return name if name.endswith(SHARE_ENDS) else name + "占比"


def class_share(words: str, clause: str, reached: bool = False) -> str:
    """The name of a share of a class (经营性收入过10万元的行政村占70%, 收入10万元以上村占比65%): the whole clause ``words`` (stripped),
    with the 占 its own ``clause`` ends with read as 占比 (经营性收入过10万元的行政村占比); the name of a class of projects keeps the
    plan verb before its amount (推进500万元以上项目800个: 推进500万元以上项目, not a bare stock of projects: audit 33, MDJ24#37;
    大力推进投资或产值超百亿元的项目7个: audit 37, YL24#10)."""
    name = strip_clause(words)[0]
    if name.endswith("项目") and (push := next((w for w in name_words("project_push") if words.endswith(w + name)), "")):
        return push + name
    return name + "占比" if (reached or clause.endswith("占")) and "占" not in name and len(name) > 2 else name


# a count of people before an age band and what is done for them (7万名35-64岁妇女免费做宫颈癌筛查): that group and action
AGE_GROUP_AFTER: Final = re.compile(r"\d+(?:[-—－~至]\d+)?岁(?:及以上|以上|以下)?[\u4e00-\u9fff]{2,16}?(?=[，,。；;、]|$)")
# a clause opening with a screening (免费结核筛查65岁及以上老年人23万人、初高中学生11万人): each group's screenings
SCREENING_HEAD: Final = re.compile(r"(?:为[\u4e00-\u9fff]{1,4}?)?((?:免费)?[\u4e00-\u9fff]{0,6}(?:筛查|体检))(?=[\d\u4e00-\u9fff])")
GROUP_BREAKS: Final = "，,；;：:。\n）)"


def group_served(scan: str, start: int, end: int, unit: str, kind: str, name: str) -> str:
    """The name of a count of people served, by the group and what is done for it: after the count (7万名35-64岁妇女免费做
    宫颈癌筛查 -> 35-64岁妇女免费做宫颈癌筛查人数) or at the opening of its clause (免费结核筛查65岁及以上老年人23万人、初高中学生11万人
    -> 65岁及以上老年人免费结核筛查人数, 初高中学生免费结核筛查人数); ``name`` otherwise. Each member its own group and action."""
    if kind != "people":
        return name
    if end < len(scan) and scan[end].isdigit() and (after := AGE_GROUP_AFTER.match(scan, end)):
        noun = after.group()[after.group().index("岁") + 1:].removeprefix("及以上").removeprefix("以上").removeprefix("以下")
        bare = name.removesuffix("人数")
        kept = bare[:-len(noun)] if noun and bare.endswith(noun) else ""  # 惠及超50万名3岁以下婴幼儿: 惠及 stays
        return kept + after.group() + "人数"
    opening = last_of(scan, GROUP_BREAKS, start) + 1
    head = SCREENING_HEAD.match(scan, opening) if "筛查" in scan[opening:start] or "体检" in scan[opening:start] else None
    if head is None or head.end() >= start:
        return name
    group = scan[max(head.end(), scan.rfind("、", head.end(), start) + 1):start]
    return group + head.group(1) + "人数" if 2 <= len(group) <= 12 and not any(c in group for c in "，,；;") else name


@cache
def _entity() -> re.Pattern[str]:
    """A sentence opening with a lead verb and an entity of the city's (推动市城发集团…, 促进市高新投向…)."""
    leads = "|".join(map(re.escape, name_words("entity_lead")))
    ends = "|".join(map(re.escape, name_words("entity_end")))
    return re.compile(f"(?:{leads})([省市州县区][\\u4e00-\\u9fff]{{1,6}}(?:{ends}))(?![资入放产])")


def entity_subject(scan: str, start: int, lo: int) -> str:
    """The entity a sentence opens with as the object of its lead verb (推动市城发集团…, 引导市农发集团…), when the figure's
    clause comes after it: the subject its figures are of (市城发集团年营收), as 每个县 is; '' otherwise."""
    if scan[start:start + 1] not in ENTITY_FIRSTS:
        return ""
    m = _entity().match(scan, start)
    return m.group(1) if m and m.end() <= lo else ""


def entity_named(entity: str, name: str) -> str:
    """``name`` with the sentence's ``entity`` before it (新增园区投资 -> 市高新投新增园区投资), unless it names it already."""
    return entity + name if entity and name and entity not in name else name


# the words a bare figure (12万, no counter) is followed by up to the end of its member: what it counts (not a qualifier, nor
# a count of steps: 5万亿、6万亿两个台阶)
BARE_FIGURE_NOUN: Final = re.compile(r"(?![以左多余]|[两二三四五六七八九十][个大])[\u4e00-\u9fff]{4,14}(?=[，,。；;、]|$)")


def bare_figure_noun(scan: str, start: int, end: int, unit: str, name: str) -> str:
    """The name of a figure with no counter, a member of a 、 list, followed by what it counts (促进12万城镇就业困难人员实现就业、4万农村劳动力就业参保):
    those words (城镇就业困难人员实现就业, 农村劳动力就业参保), not the clause before nor a sibling's; ``name`` otherwise."""
    if unit or end >= len(scan) or not "\u4e00" <= scan[end] <= "\u9fff":
        return name
    m = BARE_FIGURE_NOUN.match(scan, end)  # only in a 、 list of such members (not 解决6000万农村人口饮水安全问题: the verb's)
    listed = m is not None and (scan[m.end():m.end() + 1] == "、" or scan[start - 1:start] == "、")
    return m.group() if m and listed and "的" not in m.group() else name


STRIVE: Final = "争取"
FUNDS_ENDS: Final = ("资金", "资金数", "资金量", "资金增长", "资金增速")  # (全年争取资金125亿元，增长10%以上: the funds' growth, audit 39b)
NOTE: Final = re.compile(r"[（(]下同[）)]")  # 地区生产总值（下同）: a note on the wording, no part of the name
EACH_WORD: Final = re.compile(r"各(?=新增|新建|增加|$)")  # 五星级和四星级酒店各1家, A、B各新增1000家: 各 says the figure is each member's
MEASURE_LAST: Final = frozenset("率量额值数比")  # what a measure's name ends with before a commitment word (参保率稳定)
HELD_LEVEL: Final = re.compile(r"稳定(?!就业|脱贫|消除)([\u4e00-\u9fff]{2,}(?:面积|率))$")  # 稳定水果种植面积在96万亩: the level held (not 稳定耕地保有量: a class of land)
SIBLING_START: Final = "新开工"  # 新开工A个、建成B个: the sibling's stage, no part of the completed count


@cache
def _results_after_start() -> re.Pattern[str]:
    """新开工 before a result word (name_words.csv kind result: 完工, 建成, 竣工 …) at the name's end."""
    results = "|".join(map(re.escape, name_words("result")))
    return re.compile(f"{SIBLING_START}(?=.*(?:{results})$)")


def own_words(name: str) -> str:
    """``name`` without words that are not its own: a commitment ending it (…参保率，稳定保持在95%: 稳定; name_words.csv
    commit_end), 争取 opening a name that is no fund's (争取央行政策资金在通投放), a note in brackets ((下同)), 各 (…酒店各1家), and a sibling's 新开工 before its own result (新开工300个、完工200个: …完工, not …新开工完工)."""
    if len(name) < 4:
        return name
    if "下同" in name:
        name = NOTE.sub("", name)
    if name.startswith(STRIVE) and len(name) >= len(STRIVE) + 4 and not name.endswith(FUNDS_ENDS):
        name = name[len(STRIVE):]  # 争取央行政策资金在通投放超320亿元: a commitment like 力争 (not 争取资金, the funds obtained)
    if "各" in name:
        name = EACH_WORD.sub("", name)
    if SIBLING_START in name:
        name = _results_after_start().sub("", name) or name
    if name.startswith("稳定") and (held := HELD_LEVEL.match(name)):
        name = held.group(1)  # 稳定水果种植面积在96万亩左右: 稳定…在 wraps the level it holds (audit 56 贺州 fault 5)
    ends = name_words("commit_end")
    end = next((w for w in ends if name.endswith(w)), "") if name.endswith(ends) else ""  # (one test first: most names end with none)
    return name[:-len(end)] if end and len(name) - len(end) >= 3 and name[-len(end) - 1] in MEASURE_LAST else name  # (not 就业稳定)


LIST_OPENING_LEADS: Final = ("力争", "确保", "争取", "加快", "全力", "大力")  # before the verb a list opens with (力争引进…, 加快培育…)
OPENING_BREAKS: Final = "，,；;：:。\n"
TOTALS: Final = ("总",)  # 、总量突破1.6万个: the stock reached, not new things
NEW_FIRST: Final = "新"  # before a list's opening verb (新引进A…、B…): the later member is new too
VERB_ASIDE: Final = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[）)]")  # the bracketed alternative of a verb (新（续）建), not counted in its length
NOUN_BEFORE_MEMBER: Final = re.compile(r"[\u4e00-\u9fff]{2,8}、")  # the noun a count before counts, up to the 、 that opens the next member
PROJECT_CLASS: Final = "项目"  # a class of projects named by its work (生态治理项目) holds no verb of its own
CHANGE_FIRSTS: Final = frozenset("新增净")  # a member opening with a change of its own (新增泊位, 增加学位) takes no list verb
COMPARED_FIRSTS: Final = frozenset("较比")  # a member that compares (较上年增加4个) is a change, no list member


def list_verb(scan: str, start: int, lo: int, kind: str, name: str) -> str:
    """The verb a 、 list opens with, for a later member named without it (引进50亿元以上项目2个、20亿元以上项目10个 ->
    引进20亿元以上项目数; 盘活闲置低效用地1000亩、困难企业15家 -> 盘活困难企业数; 加快培育…、5个百亿产业园区 -> 培育百亿产业园区数):
    without it the member reads as a stock. ``name`` for no count, no later member, or a name with a verb or change of its own."""
    if kind != "count" or lo <= start or not name or name[0] in CHANGE_FIRSTS:  # (链主企业3户: firms counted in 户 too)
        return name
    noun_end = NOUN_BEFORE_MEMBER.match(scan, lo) if any(c.isdigit() for c in scan[max(start, lo - 4):lo]) else None  # (right after a figure only)
    edge = noun_end.end() if noun_end else lo + 1  # 新（续）建A等178个产业项目、B等121个…: the clause after 178个 opens with the noun the member before counts
    if "、" not in scan[max(start, lo - 40):edge] or noun_end and (scan[edge:edge + 1] in CHANGE_FIRSTS | COMPARED_FIRSTS or count_verb(False).match(scan, edge)):
        return name  # (…项目、新增4.1万个学位; …集群、较上年增加4个: the member's own change)
    opening = max(start, *(scan.rfind(c, start, lo) + 1 for c in OPENING_BREAKS))
    if scan.find("、", opening, edge) < 0 or all_verbs(name[:2]) or count_verb(False).search(name) and not name.endswith(PROJECT_CLASS):  # (a verb of its own; not in 生态治理项目, a class of projects)
        return name
    if name.startswith(name_words("member_own_verb")) and not name.startswith(name_words("zone_noun")):
        return name  # 突破关键核心技术7项、开发重点新产品5个: 开发 is the member's own verb (not of 开发区; held-out 50 楚雄 G7)
    at = opening
    for lead in LIST_OPENING_LEADS:
        at += len(lead) if scan.startswith(lead, at) else 0
    new = NEW_FIRST if scan.startswith(NEW_FIRST, at) and not count_verb(False).match(scan, at) and not name.endswith(name_words("stage_verb") + name_words("result")) \
        and not any(w in name for w in name_words("stock_word") + TOTALS) else ""  # 新引进…、…: 新引进 (audit 53 淮南 row 11; not 新开工…、竣工120个: a stage of its own, nor a 总量)
    verb = count_verb(False).match(scan, at + len(new))
    word = verb.group() if verb else next((w for w in name_words("list_opening_verb") if scan.startswith(w, at + len(new))), "")  # (组建…、…: the list's own verb)
    stock = any(w in name for w in name_words("stock_word") + TOTALS)  # (、总量突破300家: the stock, no verb of new things; fix99d)
    return new + word + name if word and word not in name and not stock and len(VERB_ASIDE.sub("", new + word)) <= 4 else name  # (新（续）建: four characters and an aside)


# two nouns joined by 和 after a count, up to the member's end (100家智能工厂和数字化车间): the count is of both
VAGUE_FIRSTS: Final = frozenset("一二两三四五六七八九十百千万若多各")  # 5个示范区和一批特色街区: a second amount, not a second noun
NOUN_PAIR_AFTER: Final = re.compile(r"([\u4e00-\u9fff]{2,6}?)和([\u4e00-\u9fff]{2,6})(?=[，,。；;、]|$)")


def noun_pair(scan: str, end: int, unit: str) -> str:
    """Both nouns of X和Y right after a count (新建100家智能工厂和数字化车间 -> 智能工厂和数字化车间), when neither holds a verb,
    a result (竣工), 完成 or 的, Y opens with no amount (一批), 和 is no part of a word (和美乡村: name_words.csv not_link), and the Y is no first member of
    examples (…和鸡村、…片区等8个) nor the list's next member (``noun_pairs.after_counted_member``); '' otherwise (and for a rate, named by its own rules)."""
    if unit == "%" or end >= len(scan) or not "\u4e00" <= scan[end] <= "\u9fff" or scan[end] in "以左多余":
        return ""
    m = NOUN_PAIR_AFTER.match(scan, end)
    if m is None or m.group(2)[0] in VAGUE_FIRSTS or after_counted_member(scan, end, m.group(2)) or "的" in m.group() or "完成" in m.group() \
            or (count_verb(False).search(m.group()) or all_verbs(m.group(2)[:2])) and not _items_of(m.group(2)):
        return ""
    joined = scan[m.end(1) - 1:m.end(1) + 2]  # the characters around 和
    if any(w in joined for w in name_words("not_link") if "和" in w) or any(w in m.group() for w in name_words("result")):
        return ""
    rest = scan[m.end():m.end() + 24]
    return "" if rest.startswith("、") and "等" in rest.split("，")[0] else m.group()


def _items_of(noun: str) -> bool:
    """A verb and an item head (data/name_words.csv item_head: 认定事项) is a noun of items, no verb of the count (取消123项职业资格
    许可和认定事项: both; fix99d, with 认定 a verb)."""
    return noun.endswith(name_words("item_head")) and count_verb(False).fullmatch(noun[:-2]) is not None


SERVED_REACH: Final = 12  # the longest group of people between a bare 万 after 为 and what is provided for it


def served_unit(scan: str, start: int, end: int, unit: str) -> str:
    """``unit``, or 人 for a bare amount after 为 that a group of people (data/name_words.csv kind people_head) and a
    service for it follow (为13万困境留守儿童提供心理健康教育辅导: a count of the children served, not a bare 为; audit 33,
    CQ24#51): the count is named as people served."""
    if unit:
        return unit
    if scan[start - 1:start] != "为":
        return "人" if caused_people(scan, start, end) or improved_people(scan, start, end) else unit  # 让18万农村居民饮用水…: the people the clause brings it to
    for word in name_words("provide") + name_words("provide_for"):
        at = scan.find(word, end + 2, end + SERVED_REACH + 1)
        if at > 0 and scan.endswith(name_words("people_head"), end, at) and not any(c in CLAUSE_BREAKS for c in scan[end:at]):
            return "人"
    return unit


ACHIEVED: Final = re.compile(r"[\u4e00-\u9fff]{4,12}(?=[，,。；;])")  # what the things counted achieve, to their clause's end
PARTNERED: Final = re.compile(r"[\u4e00-\u9fff]{4,24}(?=[，,。；;])")  # the partners after 与 and what they do together, to the clause's end


def achieved_by(scan: str, end: int, post: str, clause: str) -> str:
    """The noun after a count that 实现 governs, with what those things achieve after it (实现15家二级以上公立医院检查检验结果
    共享互认 -> 检查检验结果共享互认的二级以上公立医院: the hospitals that share results, not all hospitals; audit 40, LY103);
    ``post`` otherwise (an achievement of fewer than four characters: 实现15家企业上市 is named by its own rules). Without 实现, a
    standard reached after the noun (data/name_words.csv standard_reach, to a clause end in 标准 or 要求) is kept the same way;
    after 与, the partners are named by the joint work (kind joint_verb on) they do to the clause's end."""
    if len(post) < 2 or (at := scan.find(post, end, end + 4 + len(post))) < 0:
        return post
    if clause.endswith("与"):  # 企业与30所高校共建…实习实训基地: the partners, named by what they do together (held-out set 72 大庆)
        run = m.group() if (m := PARTNERED.match(scan, at)) else ""
        k = min((i for w in name_words("joint_verb") if (i := run.find(w, 2)) > 0), default=-1)
        partner = run[:k] if k > 0 else ""  # (a noun's end right before the joint verb: not 与99所高校开展合作, 高校签署框架合作协议)
        return run[k:] + "的" + partner if partner.endswith(name_words("noun_end")) and not any(v in partner for v in verbs()) else post
    if not clause.endswith("实现"):  # 推动100家乡镇卫生院达到国家基本标准: the clinics that reach it (held-out set 72 济宁 row 68)
        reach = next((w for w in name_words("standard_reach") if scan.startswith(w, at + len(post))), "")
        m = ACHIEVED.match(scan, at + len(post)) if reach else None
        return m.group() + "的" + post if m and m.group().endswith(("标准", "要求")) else post
    m = ACHIEVED.match(scan, at + len(post))
    return m.group() + "的" + post if m else post


LABELLED: Final = re.compile(r"“([^”]{2,10})”(?=[，,。；;]|$)")  # a quoted label closing the clause after the item noun


def labelled_items(scan: str, end: int, post: str) -> str:
    """The items a count names by an item noun (data/name_words.csv item_head: 事项) and then a quoted label to its clause's
    end (1300个事项“最多跑一次”): the items so labelled, 最多跑一次事项 (audit 46 黄冈 row 69), not the clause copied;
    ``post`` otherwise."""
    head = next((w for w in name_words("item_head") if scan.startswith(w, end)), "")
    m = LABELLED.match(scan, end + len(head)) if head else None
    return m.group(1) + head if m and post.startswith(head) else post


OUTPUT_MEASURES: Final = ("总产值", "产值", "营收", "营业收入", "总营收")  # what a firm or park's figures measure


@cache
def _clause_entity() -> re.Pattern[str]:
    """A clause opening with a lead verb and a named entity (支持成阿园区…, 推动德阿园区…): an ``entity_end`` of two characters or more
    or a ``clause_entity_end`` (园区: only here, since a sentence-opening 推动省级经济园区… names a class of parks)."""
    leads = "|".join(map(re.escape, name_words("entity_lead")))
    ends = "|".join(map(re.escape, name_words("clause_entity_end") + tuple(w for w in name_words("entity_end") if len(w) >= 2)))
    return re.compile(f"(?<![\\u4e00-\\u9fff])(?:{leads})([\\u4e00-\\u9fff]{{2,6}}?(?:{ends}))(?![\\u4e00-\\u9fff]{{0,2}}[、和及])")


def clause_entity(scan: str, start: int, lo: int, base: str) -> str:
    """The entity the last clause before the figure's that opens with a lead verb names (支持成阿园区发展壮大…，建设…，
    总产值达370亿元), for a bare output measure with no subject of its own: that entity's output (成阿园区总产值), not the
    paragraph's opening programme's (audit 55 阿坝); '' otherwise."""
    if base not in OUTPUT_MEASURES:
        return ""
    found = [m.group(1) for m in _clause_entity().finditer(scan, start, lo)]
    return found[-1] if found else ""


YEAR_FRAME: Final = "之年"  # 旱灾之年, 丰收之年: the year a comment frames, no part of its subject
COMMENTED: Final = ("产量", "总产量", "总产", "产值", "总产值")  # a bare output a comment clause before it may own
HEADING_MAX: Final = 10  # the longest heading sentence of a subject and its comment alone (粮食生产再创新高。)
PRODUCED: Final = re.compile(r"^[\u4e00-\u9fff]{2,6}?生产")  # a sentence opening on X生产 and a comment: the output's subject (held-out 49 邯郸 G1)
COMMENT_SUBJECT: Final = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:生产)?")  # 粮食生产: 粮食


def commented_subject(scan: str, start: int, lo: int, base: str) -> str:
    """The subject of the figure-free clause right before a bare output's clause that only comments on it (粮食生产喜获丰收，
    产量达64.3万吨: 粮食; the comment a data/name_words.csv topic_tail word): the output is of that subject, not of the figure
    named before the comment (建成高标准农田10.5万亩; spot audit 34); '' otherwise (a clause with a figure, a verb first)."""
    if base not in COMMENTED or lo < 2 or scan[lo - 1] not in "，," and not (lo == start and scan[lo - 1] == "。"):
        return ""
    if lo == start:  # a short heading sentence of the comment alone (粮食生产再创新高。产量达到159.4亿斤: spot 40 松原 row 22)
        opens = last_of(scan, "，,；;。：:！!\n", lo - 1) + 1
        clause = scan[opens:lo - 1]
        if len(clause) > HEADING_MAX or scan[opens - 1:opens] not in ("。", "\n", ""):
            return ""
    else:
        opens = max(last_of(scan, "，,；;。：:、", lo - 1) + 1, start)
        clause = scan[opens:lo - 1]
        if not any(c.isdigit() for c in scan[start:opens]) and not (opens == start and PRODUCED.search(clause)) \
                or clause.startswith(name_words("topic_frame")):  # (守牢粮食安全，产量…: no figure before; but 粮食生产再获丰收，总产…)
            return ""
    tail = next((w for w in name_words("topic_tail") if clause.endswith(w)), "")
    subject = clause[:-len(tail)] if tail else ""
    subject = subject[subject.rfind(YEAR_FRAME) + len(YEAR_FRAME):] if YEAR_FRAME in subject else subject  # 旱灾之年粮食稳产: when, not whose
    m = COMMENT_SUBJECT.fullmatch(subject) if subject and not any(c.isdigit() for c in clause) else None
    return m.group(1) if m and not all_verbs(m.group(1)[:2]) else ""


def commented_output(scan: str, start: int, lo: int, unit: str) -> str:
    """A weight reached with no noun of its own (…高效节水灌溉12万亩，旱灾之年粮食稳产，达到83.1万吨): the output of the
    subject the figure-free comment clause right before it names (粮食产量), not the measure of the figure before that
    comment (spot audit 35 固原 row 29); '' otherwise."""
    if unit_field(unit, "kind") != "weight":
        return ""
    subject = commented_subject(scan, start, lo, "产量")
    return subject + "产量" if subject else ""
