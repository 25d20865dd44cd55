"""Plan amounts that class or size a thing rather than set an amount to produce (audit 8,
docs/assumptions.md#review-part-targets): a threshold with 以上的/以下的 before a noun (年运量150万吨以上的
物流园区), a size class counted after it (新增200亿产业链1个), a rank title (进入全国百强), and the size
in a project's name (推进豫东平原200万亩整区域…高标准农田项目)."""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.scope_figures import capacity_built
from govreport.lexicon import clause_breaks, unit_field, verbs
from govreport.tables.clauses import first_mark, last_mark
from govreport.tables.figures import Figure, words
from govreport.tables.measures import RATE_UNITS

# 150万吨以上的物流园区: a threshold, then 的 and a noun that is not the goal itself (6%以上的增长)
THRESHOLD_OF = re.compile(r"(?:及以上|及以下|以上|以下)的(?!目标|任务|硬任务|水平|增长|增速|速度|幅度|规模)[\u4e00-\u9fff]")
# 200亿产业链1个: the amount, the noun it classes, then the count of that noun
CLASS_COUNTED = re.compile(r"[\u4e00-\u9fff]{1,8}\d+(?:\.\d+)?[个家项所条批处](?!百分点)")  # (和2个百分点: a list's points, no count)
USED_FUND = re.compile(r"的?[^，,；;。、\d]{1,16}基金(?=$|[，,；;。、])")  # 用好100亿元的…母基金, 用好10亿元汇鑫产业发展基金 (held-out set 66, fix140c): the fund's size
FUNDED_PROJECTS = re.compile(r"[\u4e00-\u9fff]{1,10}项目\d+个")  # 投入3.8亿元发展衔接资金项目146个: what the funds pay for, counted
RANK_TITLE = re.compile(r"强(?![\u4e00-\u9fff]{0,2}\d)")  # 进入全国百强 / 十强
PROJECT_NAME = re.compile(r"[^\d，,；;。、：:（(]{0,24}?(?:项目|工程)(?=$|[，,；;。、和及])")
SIZE_KINDS = ("area", "length", "weight", "power", "energy", "volume")
# 其中超50亿元15个 / 50亿元以上8个: a money class right before the count of what it classes
MONEY_CLASS_COUNTED = re.compile(r"(?:及?以上)?\d+(?:\.\d+)?[个家户项所条批处]")  # 产值超亿元10户 (spot 36 双鸭山)
# 在超50亿元、100亿元企业上: a later member of a 、 list of amounts after 超/过 shares the link (spot 36 衡水)
LINKED_AMOUNTS = re.compile(r"(?:超过|超|过)(?:\d+(?:\.\d+)?[十百千万亿]*元、)+$")
# 实现5000万元以上项目签约: a money floor right before projects or firms classes them, whatever verb precedes (spot 36 邢台)
MONEY_FLOOR_CLASS = re.compile(r"及?以上的?(?:项目|企业)")
# 超100亿元或10亿美元项目, 投资过10亿元或合同外资过千万美元项目: a money size with an alternative in another currency before
# the projects or firms it classes (audit 29)
OR_MONEY_CLASS = re.compile(r"(?:及?以上)?或[^，,；;。\d]{0,6}?\d*(?:\.\d+)?[十百千万亿]*美?元(?:及?以上)?的?[\u4e00-\u9fff]{0,6}?(?:项目|企业)")
# 过50亿元、过100亿元项目: a money class listed before another class of the same noun is a class too (audit 43 LC41)
NEXT_MONEY_CLASS = re.compile(r"[、和或](?:超过|超|过)\d+(?:\.\d+)?[十百千万亿]*元(?:及?以上)?[\u4e00-\u9fff]")
# 50亿元、百亿元项目: a bare money amount listed before another that classes projects or firms right after it (audit 53 HN #12)
BARE_NEXT_CLASS = re.compile(r"、(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)[十百千万亿]*元(?:级|以上|及以上)?(?:项目|企业)")
# 50亿元以下市值公司: a money ceiling before a noun (not 的, not a verb) classes the noun
MONEY_BELOW_NOUN = re.compile(r"(?:及)?以下(?!的)[\u4e00-\u9fff]")
# 建成3公里汽车充电服务圈: a noun run closed by 圈 right after a length (the reach of a service area)
RADIUS = re.compile(r"[\u4e00-\u9fff]{0,10}?圈")  # 农村3公里生活圈建设: a label of a reach whatever follows (audit 32 NT24#49)

# 总投资超7000亿元的…基地: the total investment of the thing named after 的, not a year's amount (年度计划总投资N的 stays; audit 29)
TOTAL_OF = re.compile(r"(?<!年度计划)(?<!年度)总投资(?:超过|超|约|近|达|逾)?$")
# 重点实施116个城建项目，总投资408亿元，年度完成投资134亿元: the whole investment of the projects just counted, over their
# years (the set's size) when the year's investment follows; the count, and the year's investment, are the goals (held-out
# audit 52 长治 G4; 力争纳入…储备项目1000个以上，总投资3000亿元以上 without one stays: the pool to bring in; so does a total after
# size classes, 亿元以上项目78个，千万元以上项目43个，总投资532.86亿元，年度计划投资…: the list's, matched to last year's, audit 43)
# the count may follow its noun too (实施市级重点项目239个，总投资2139亿元，年度投资656亿元: held-out set 58 商洛 row 10, fix128a),
# not after a size class (亿元以上项目78个, 千万元项目43个: the list's total, audit 43)
COUNTED_SET_TOTAL = re.compile(r"(?:\d+(?:\.\d+)?[个项][^\d，,；;。]{0,12}(?:项目|工程)|(?<![上下元])(?:项目|工程)\d+(?:\.\d+)?[个项])[，,、]"
                               r"(?:计划)?总投资(?:额)?(?:超过|超|约|近|达|逾)?$")
YEARS_SHARE_NEXT = re.compile(r"[^，,；;。\d]{0,4}[，,](?:其中)?(?:年度|当年|年内|全年|今年)(?:实施\d+(?:\.\d+)?[个项][、，,])?(?:计划)?(?:完成)?"
                              r"(?:投资|计划投资)")  # …，年度完成投资134亿元; …、总投资3611亿元，其中年度实施156项、投资739亿元 (set 86)
# 全年实施项目271个，总投资1448亿元，完成投资690亿元: the year word opens the count's clause, so a bare 完成投资 after the
# total is the year's share (held-out set 82 九江 G1, fix162d); without a year word there, the bare one stays unread
YEAR_OPENED_COUNT = re.compile(r"(?:^|[，,；;：:])(?:全年|年度|今年|年内)[^，,；;。：:]*[，,](?:计划)?总投资(?:额)?(?:超过|超|约|近|达|逾)?$")
BARE_SHARE_NEXT = re.compile(r"[^，,；;。\d]{0,4}[，,](?:计划)?完成投资")
# …等23个、总投资247亿元项目建设，…，力争年度投资超50亿元: the total of the projects just counted, joined to their count by 、,
# with the year's investment in a later clause of the sentence (held-out set 70 南平 row 27, fix148a)
JOINED_SET_TOTAL = re.compile(r"\d+(?:\.\d+)?[个项]、(?:计划)?总投资(?:额)?(?:超过|超|约|近|达|逾)?$")
SET_NOUN_AFTER = re.compile(r"(?:及?以上|左右)?的?[\u4e00-\u9fff]{0,6}?(?:项目|工程)")
YEARS_SHARE_LATER = re.compile(r"(?:年度|当年|年内|全年|今年)(?:计划)?(?:完成)?投资")
SIZES_THEN_OF = re.compile(r"(?:、总[\u4e00-\u9fff]{1,4}\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3})*"
                           r"(?:、(?:年度|当年|年内|今年)(?:计划)?(?:完成)?投资(?:超过|超|约|近|达)?\d+(?:\.\d+)?[十百千万亿]*元(?:及?以上|左右)?)?的")
# 总投资439亿元、总里程698公里的8个…: sizes of what follows (audit 51); 总投资超2300亿元、年度完成投资315亿元以上的295个重点项目:
# the set's whole size over years, the year's share beside it (fix122a, held-out set 54 韶关)

# 15个特色产业园要扩大增量: a count opening its clause, then the noun and 要 — the set the goal after it is for (audit 29)
SUBJECT_OF_A_TASK = re.compile(r"[^\d，,；;。、]{1,12}?(?<![主重需必纲])要[\u4e00-\u9fff]")
# 武定工业园及6个州级特色产业集聚区要瞄准…: a count joined to a name before it in the subject (held-out audit 50 楚雄 G5)
SUBJECT_JOINS: Final = ("及", "和", "与")

# 19平方公里海工研发总装、配套、物流产业园: an area right before the name of a park (its size)
PARK_NAME = re.compile(r"[^\d，,；;。：:（(]{0,24}?(?:产业园|园区)(?=$|[，,；;。和及])")


def _relied_on(fig: Figure, clause: str, after: str) -> str:
    """What the plan relies on or lays out, and the set its task is for (audit 29), '' when none."""
    if clause.startswith(tuple(words()["relied_on_verbs"])):
        return "what the plan relies on (依托…596平方公里腹地), not an amount to produce"
    if unit_field(fig.unit, "kind") == "area" and PARK_NAME.match(after) and not clause.startswith(tuple(words()["output_verbs"])):
        return "the area of a park laid out (在蓬莱布局19平方公里海工研发总装、配套、物流产业园), not an amount to produce"
    if unit_field(fig.unit, "kind") == "count" and clause == "" and SUBJECT_OF_A_TASK.match(after):
        return "the set the goal after it is for (15个特色产业园要扩大增量), not an amount to produce"
    if unit_field(fig.unit, "kind") == "count" and _rest_of_places(clause, after):
        return "the rest of the places, the subject of the goal after it (其他7个县每年城镇化率要提高1个百分点以上), not an amount to produce"
    if unit_field(fig.unit, "kind") == "count" and clause.endswith(SUBJECT_JOINS) and "要" not in clause \
            and (task := SUBJECT_OF_A_TASK.match(after)) and after.startswith(tuple(words()["subject_aim_verbs"]), task.end() - 1):
        return "the set the goal after it is for (武定工业园及6个…集聚区要瞄准百亿园区目标), not an amount to produce"
    return ""


def _rest_of_places(clause: str, after: str) -> bool:
    """其他/其余 (``rest_of_set_words``) alone before the count, then places (``place_nouns``: 县, 乡镇) or a noun and 要: the
    places not named before, the subject whose goal follows (邵东、武冈…，其他7个县每年城镇化率要提高1个百分点以上: the
    rate is the goal; held-out set 58 邵阳 row 39, fix128a)."""
    w = words()
    return clause in w["rest_of_set_words"] and (after.startswith(tuple(w["place_nouns"])) or SUBJECT_OF_A_TASK.match(after) is not None)


# 20家十亿元企业 / 20家10亿元企业: a money amount right after a count and before the noun counted (audit 31 TM24#18)
COUNT_BEFORE = re.compile(r"\d[个家项所条批处]$")
# a project's name may join two parts by 和, open with a road's number or end in a road section's building (held-out audit 51 商丘 G2:
# 投资50亿元的…发动机壳体和轻量化轮毂等项目, 投资93.5亿元的310国道商丘段新改建工程, 投资28.5亿元的京港台高铁雄商段建设, …的中原车城等升级改造)
ROAD_NUMBER = r"(?:\d{1,3}(?=[国省县]道)|(?![一重多若各\d和及]))"  # 的 then a road's number, or a name's first word
# 建设投资126亿元的中能新材料产业园: one named project after 投资N元的 (no count, no 一批/重点 set; audit 31 QJ24#21)
INVESTED_IN = re.compile(r"(?<![度划总])(?:总投资|投资)(?:超过|超|约|近|达|逾)?$")  # 年度计划总投资N元的…项目: the year's amount, stays
ONE_PROJECT = re.compile(r"的" + ROAD_NUMBER + r"[^\d，,；;。、等]{2,16}?(?:产业园|园区|基地|项目|工程|中心|段建设)(?=$|[，,；;。])")
# 投资25亿元的盛翌达光储算、投资8亿元的金田轮胎二期、投资8亿元的立邦汽车涂料等重大项目: each member of a 、 list of named
# projects closed by 等…项目 is sized the same way, whatever its name ends in (audit 45 XN24#14-16)
LISTED_PROJECT = re.compile(r"的" + ROAD_NUMBER + r"[^\d，,；;。、等]{2,16}?(?:、(?:总投资|投资)|等[^\d，,；;。]{0,8}?(?:项目|工程|改造))")
# (held-out set 64, fix137a) 投资6.68亿元的云山碳业、4.33亿元的丰辉…选矿和2.5亿元的海达二期、3亿元的…等项目投产: later members lack 投资
SIZED_AMOUNT = r"\d+(?:\.\d+)?[万亿]*元"
SIZED_NAME = r"[^\d，,；;。：:、等]{2,16}?"
SIZED_MEMBERS_AFTER = re.compile(rf"的{SIZED_NAME}(?:[、和及]{SIZED_AMOUNT}的{SIZED_NAME})*等[^\d，,；;。]{{0,8}}?(?:项目|工程)")
SIZED_MEMBERS_BEFORE = re.compile(rf"(?<![度划总])(?:总投资|投资)(?:{SIZED_AMOUNT}的{SIZED_NAME}[、和及])+$")
BATCH_GAP = re.compile(r"[\u4e00-\u9fff]{1,3}的")
NOUN_START = re.compile(r"(?![以左及多余等和并或])[\u4e00-\u9fff]")


def _class_amount(before: str, after: str) -> str:
    """A money amount that classes the noun after it (audits 31, 32), '' when it does not: after 超/过/低于
    (``class_amount_links``) and before a noun or 的+noun (26个超50亿元项目, 营收过10亿元企业, 收入超10万元的村,
    人均纯收入低于1万元的脱贫人口), or right after a count and before its noun (20家十亿元企业). A verb of use right after it
    (``amount_use_verbs``: 筹措资金超过100亿元用于支持工业发展) makes it the amount raised, a goal (fix174f)."""
    w = words()
    noun = after[1:] if after.startswith("的") else after
    if not NOUN_START.match(noun) or noun.startswith(tuple(w["class_amount_not_nouns"])) or after.startswith(tuple(w["amount_use_verbs"])):
        return ""
    if before.endswith(tuple(w["class_amount_links"])) or LINKED_AMOUNTS.search(before):
        return "a money class of the noun after it (26个超50亿元项目, 收入超10万元的村), not an amount to produce"
    if COUNT_BEFORE.search(before) and not after.startswith("的"):
        return "a money class of what the count before it counts (20家十亿元企业), not a second figure"
    return ""


# 过50万元、100万元的村: the later members of a 、 list of money amounts after a class link, up to the noun they class
NEXT_AMOUNTS = re.compile(r"(?:[、和或](?:超过|超|过)?(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)[十百千万亿]*元)+")


def _first_of_classes(before: str, after: str) -> bool:
    """An amount after a class link (``class_amount_links``: 过) opening a 、 list of bare amounts whose last member classes the
    noun after it (打造一批年收入过50万元、100万元的村级集体经济强村): every member is a class (held-out set 53 衡阳 row 35)."""
    if not before.endswith(tuple(words()["class_amount_links"])) or (m := NEXT_AMOUNTS.match(after)) is None:
        return False
    return bool(_class_amount(before, after[m.end():]))


def _last_of_bare_classes(before: str, after: str) -> bool:
    """The last of a 、 list of bare money amounts right before a noun they class (``listed_class_nouns``: 打造千亿元、
    五百亿元产业园区; 50亿元、百亿元项目): size classes of the parks, clusters or projects, no amount of the year (held-out
    set 57 梧州 row 15, fix126c; the first member is read by BARE_NEXT_CLASS)."""
    return after.startswith(tuple(words()["listed_class_nouns"])) and _bare_member_before(before)


def _bare_member_before(before: str) -> bool:
    """The 、 member right before the figure is a money amount alone (千亿元、), its verb or a mark before it, no measure word
    (工业投资100亿元、 is a measure's amount, its own goal)."""
    m = re.search(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)[十百千万亿]*元、$", before)
    if m is None:
        return False
    lead = before[:m.start()]
    clause = lead[last_mark(lead, clause_breaks()) + 1:]
    return lead == "" or lead.endswith(("、", "，", ",", "；", ";", "。")) or clause.endswith(tuple(words()["output_verbs"]))


def _zone_part_size(before: str, after: str) -> bool:
    """An area right before the part of a zone (``zone_part_nouns``: 核心区) closing its clause or before its 建设: the zone's
    size, built over years (集中精力建设2.13平方公里核心区, held-out set 53 襄阳 row 36); an output verb right before it
    (建成2平方公里核心区) makes it the year's work."""
    w = words()
    if after.startswith(tuple(w["zone_works"])) and _started_zone_part(before):
        return True  # 启动起步区一期3.1平方公里基础设施建设: the size of the part begun (held-out audit 81 安庆 G2)
    part = next((n for n in w["zone_part_nouns"] if after.startswith(n)), "")
    if not part or before.endswith(tuple(w["output_verbs"])):
        return False
    rest = after[len(part):]
    return rest[:1] in ("", "，", ",", "；", ";", "。") or rest.startswith(("建设", "开发"))


def _started_zone_part(before: str) -> bool:
    """The clause before ends with a start verb (``zone_start_verbs``: 启动), the part of a zone and maybe its phase (起步区一期):
    an area after it sizes the part whose works begin, as an amount closing a begun project's name does (defining_amounts)."""
    w = words()
    clause = before[last_mark(before, clause_breaks()) + 1:]
    for phase in w["zone_phases"]:
        clause = clause.removesuffix(phase)
    part = next((n for n in w["zone_part_nouns"] if clause.endswith(n)), "")
    return bool(part) and any(v in clause[:len(clause) - len(part)] for v in w["zone_start_verbs"])  # (not 启动区 itself)


def _after_a_batch(before: str) -> bool:
    """The figure follows 一批 (``batch_words``), alone or with up to three words and 的: 一批新的500亩 (一批世界500强 is a rank;
    第一批118个 is an ordinal batch, its count the goal: audit 47 济宁)."""
    for b in words()["batch_words"]:
        at = before.rfind(b, max(0, len(before) - len(b) - 4))
        if at >= 0 and before[at - 1:at] != "第" and (at + len(b) == len(before) or before.endswith("的") and BATCH_GAP.fullmatch(before, at + len(b))):
            return True
    return False


def _labels(fig: Figure, kind: str, before: str, after: str) -> str:
    """Why the figure classes, names or bounds something (audit 27), '' when it does not."""
    w = words()
    if kind == "money" and (reason := _class_amount(before, after)):
        return reason
    if kind == "money" and INVESTED_IN.search(before) and (ONE_PROJECT.match(after) or LISTED_PROJECT.match(after)):
        return "the investment of one named project (建设投资126亿元的中能新材料产业园, 投资8亿元的金田轮胎二期、…等重大项目), its size, not an amount of the year"
    if kind == "money" and _sized_member(before, fig.sentence[fig.rel_end:fig.rel_end + 160]):
        return "the investment of one named project in a list closed by 等项目 (投资6.68亿元的云山碳业、4.33亿元的…等项目投产), its size"
    if fig.unit not in RATE_UNITS and _after_a_batch(before):
        return "the size class of each of an uncounted batch (储备一批新的500亩成片工业用地), not an amount to produce"
    if kind == "count" and after.startswith(tuple(w["pool_words"])) \
            and not after[:first_mark(after, clause_breaks()) % (len(after) + 1)].endswith(tuple(w["pool_output_ends"])):  # …等2个储备项目签约落地: signed, a goal (held-out audit 44 儋州 G8)
        return "the count of a pool the plan draws on (…的576个储备项目加速落地转化), not an amount to produce"
    if kind == "money" and before.endswith(tuple(w["fund_use_verbs"])) and USED_FUND.match(after):
        return "the size of a fund there is, used (用好100亿元的产业投资发展母基金), not an amount of the year"
    if kind == "money" and TOTAL_OF.search(before) and SIZES_THEN_OF.match(after):
        return "the total investment of what is named after it (总投资超7000亿元的…基地), not an amount of the year"
    if kind == "money" and COUNTED_SET_TOTAL.search(before) and (YEARS_SHARE_NEXT.match(after) is not None
                                                                 or YEAR_OPENED_COUNT.search(before) and BARE_SHARE_NEXT.match(after)):
        return "the whole investment of the projects just counted (116个城建项目，总投资408亿元), their size over years, not the year's amount"
    if kind == "money" and JOINED_SET_TOTAL.search(before) and SET_NOUN_AFTER.match(after) and YEARS_SHARE_LATER.search(fig.sentence, fig.rel_end):
        return "the whole investment of the projects just counted (…等23个、总投资247亿元项目建设), their size over years, not the year's amount"
    if kind == "money" and OR_MONEY_CLASS.match(after):
        return "a money size of the projects or firms after it (超100亿元或10亿美元项目), not an amount to produce"
    if kind == "money" and before.endswith(("超", "超过", "过")) and NEXT_MONEY_CLASS.match(after):
        return "a money class listed before another of the same noun (过50亿元、过100亿元项目), not an amount to produce"
    if kind == "money" and BARE_NEXT_CLASS.match(after):
        return "a money class listed before another of the same noun (50亿元、百亿元项目), not an amount to produce"
    if kind == "money" and _last_of_bare_classes(before, after):
        return "the last of a 、 list of money classes of the noun after it (打造千亿元、五百亿元产业园区), not an amount to produce"
    if kind == "money" and _first_of_classes(before, after):
        return "a money class listed before another of the same noun (年收入过50万元、100万元的村), not an amount to produce"
    if kind == "area" and _zone_part_size(before, after):
        return "the size of the part of a zone built (集中精力建设2.13平方公里核心区), not an amount to deliver in the year"
    if kind == "money" and (before.endswith(("超", "超过", "过")) and MONEY_CLASS_COUNTED.match(after)
                            or after.startswith(("以上", "及以上")) and MONEY_CLASS_COUNTED.match(after)):
        return "a money class of what is counted after it (其中超50亿元15个, 过五十亿元2家), not an amount to produce"
    if kind == "money" and MONEY_FLOOR_CLASS.match(after):
        return "a money floor that classes the projects or firms after it (实现5000万元以上项目签约), not an amount to produce"
    if kind == "money" and MONEY_BELOW_NOUN.match(after):
        return "a money ceiling that classes the noun after it (50亿元以下市值公司), not an amount to produce"
    if kind == "people" and after.startswith(tuple(w["bodies_named_by_size"])):
        return "part of a name that sizes a body (青年50人论坛), not an amount to produce"
    if kind == "people" and after.startswith("规模") and NOUN_START.match(after, 2):
        return "the size class of a place (50万人口规模边境城市), not an amount to produce"
    if kind == "length" and RADIUS.match(after):
        return "the reach of a service area (3公里汽车充电服务圈), not a length to produce"
    if before.endswith(tuple(w["rank_cut_leads"])) and fig.unit not in ("名", "位") and "\u4e00" <= after[:1] <= "\u9fff":
        return "a rank cut-off that classes what follows (紧盯…国内排名前50户企业), not an amount to produce"
    if kind == "count" and before.endswith("及其"):
        return "the scope of the task it follows (蠡湖及其32条支浜水环境治理), not an amount to produce"
    if kind == "count" and fig.value_high is not None and fig.value_high <= 3 and after.startswith(tuple(
            w["per_place_guideline_nouns"])) and not before.endswith(tuple(w["per_place_goal_verbs"])):  # 每个县培育1-3个: made, a goal
        return "a guideline for each place (做大做强1—2个主导产业), not an amount to produce"
    return ""


def _funds_counted_work(after: str) -> bool:
    """A verb of carrying work out, then a count, right after a money amount (投资10.2亿元实施63个学校建设项目; held-out set
    83): the amount funds the work counted, no size class of it (10亿元项目 has no verb between)."""
    verb = next((v for v in words()["funded_work_verbs"] if after.startswith(v)), "")
    return bool(verb) and after[len(verb):len(verb) + 1].isdigit()


def classes_or_sizes(fig: Figure, goal_verbs: tuple[str, ...]) -> str:
    """Why ``fig`` classes or sizes a thing instead of setting a goal ('' when it does not)."""
    after = fig.sentence[fig.rel_end:fig.rel_end + 30]
    before = fig.before
    verb_before = before.endswith(goal_verbs + ("按",)) or fig.unit in RATE_UNITS \
        or fig.unit == "个" and before.endswith(tuple(words()["class_make_verbs"]))  # 创建5个以上的达标…镇: a count to make (set 86)
    kind = unit_field(fig.unit, "kind")
    if not verb_before and (kind != "people" or before.endswith("人口") and after[after.find("的") + 1:].startswith(tuple(words()["place_nouns"]))) \
            and THRESHOLD_OF.match(after):  # 用于1500万人次以上的职工…培训 is a goal; 人口20万以上的县: places classed by population (audit 51)
        return "a threshold that classifies what follows (年运量150万吨以上的物流园区)"
    if kind != "count" and CLASS_COUNTED.match(after) and not before.endswith(tuple(words()["yearly_amount_words"])) \
            and not (kind == "money" and before.endswith(tuple(words()["funding_verbs"])) and FUNDED_PROJECTS.match(after)) \
            and not (kind == "money" and _funds_counted_work(after)):  # 投入3.8亿元发展…项目146个: the projects' funds (held-out audit 44 儋州 G5)  # 年度投资150亿元的100个…: the year's (audit 36 ZB24 #15)
        return "the size class of what is counted after it (新增200亿产业链1个), not an amount to produce"
    if reason := _labels(fig, kind, before, after):
        return reason
    if fig.kind == "rank" and (not any(c.isdigit() for c in fig.text) or "\u4e00" <= after[1:2] <= "\u9fff") \
            and RANK_TITLE.match(after):  # 入选全省民企100强企业: a class its members enter (audit 54 广安 row 38), not 跻身全国90强
        return "a rank title (进入全国百强), not an amount"
    clause = before[last_mark(before, clause_breaks()) + 1:]
    if reason := _relied_on(fig, clause, after):
        return reason
    name = PROJECT_NAME.match(after) if kind in SIZE_KINDS and after[:1] >= "\u4e00" and after[:1] not in "以左及多余的等" else None
    if name and not clause.startswith(tuple(words()["output_verbs"])) and not capacity_built(before, after, fig.unit) and not _sized_sibling(fig, clause) \
            and not (before.endswith("等") and any(x in name.group() for x in words()["existing_words"])) \
            and not (kind == "area" and name.group().endswith(tuple(words()["area_work_ends"]))):  # 实施650万亩黑土地保护工程: the year's work
        return "the size in the name of a project carried on (推进…200万亩整区域工程化建设高标准农田项目), not the year's amount"
    return ""  # (7号线一期、15号线等262公里轨道交通在建项目: a length closing examples before 在建 is the length under way)


def _sized_sibling(fig: Figure, clause: str) -> bool:
    """A list member after 、 whose sibling before it is a size of the same unit with no project word of its own
    (实施18公里污水管网新改建、5.2公里高压杆线优化工程): 工程 is the list's shared head, each size an amount of the year's
    work as the first one is, not the size in a project's name (audit 54 池州 P1 #80)."""
    sibling = re.search(r"(?:^|[、\u4e00-\u9fff])[\d.]+" + re.escape(fig.unit) + r"([^\d、]+)、$", clause) if fig.unit else None
    return sibling is not None and not any(w in sibling.group(1) for w in ("项目", "工程"))


_COUNTED_AFTER: Final[dict[str, re.Pattern[str]]] = {}


def _counted_after(kind: str) -> re.Pattern[str]:
    """N以上 then the nouns ``kind`` (people, households) counts, compiled once: a pattern of many nouns built and looked
    up in ``re``'s cache on every call cost a compile whenever the cache had dropped it (a million instructions)."""
    found = _COUNTED_AFTER.get(kind)
    if found is None:
        nouns = words()["people_nouns_counted" if kind == "people" else "household_nouns_counted"]  # (为100名以上低收入困难家庭白内障患者: ten between, audit 41)
        found = _COUNTED_AFTER[kind] = re.compile(r"(?:及)?以上([\u4e00-\u9fff]{0,10}?)(?:" + "|".join(nouns) + ")")
    return found


def _qualified_people(fig: Figure) -> re.Match[str] | None:
    """名/人以上 then people qualified by a 、 list with its own ages or bounds before their noun, in the clause
    (2.7万名以上本省学籍、14周岁以下初中女生: held-out set 88 汕头 G6): the people counted, a floor, as the short match
    reads 为2000名以上残疾儿童; 的 before the noun (100名以上员工的企业) keeps a threshold."""
    if fig.unit not in ("名", "人"):
        return None
    after = fig.sentence[fig.rel_end:fig.rel_end + QUALIFIED_SPAN]
    stop = first_mark(after, "，,；;。")
    nouns = "|".join(words()["people_nouns_counted"])
    return re.match(r"(?:及)?以上([^，,；;。的]{0,24}?)(?:" + nouns + ")", after if stop < 0 else after[:stop])


QUALIFIED_SPAN: Final = 40  # characters after a head count its qualified people noun is looked for in
PROGRAMME_AFTER = re.compile(r"(?:及)?以上([\u4e00-\u9fff]{0,10})(?:[，,；;。]|$)")  # 以上农机购置补贴，: a noun closing the clause


def _programme_recipients(after: str) -> bool:
    """N户/人以上 then a noun closing its clause that ends on a programme (``recipient_programmes``: 补贴, 培训): those the
    programme reaches, counted; a threshold would need a size of each member (元, 吨, 亩), and 的 or a firm or village noun
    between keeps one (100户以上自然村)."""
    m = PROGRAMME_AFTER.match(after)
    if m is None or "的" in m.group(1) or "企业" in m.group(1) or any(s in m.group(1) for s in words()["settlement_nouns"]):
        return False
    return m.group(1).endswith(tuple(words()["recipient_programmes"]))


def people_counted_after(fig: Figure) -> bool:
    """N以上 right before the noun the figure's own unit counts (audits 24, 29): a floor on the count, no threshold that
    classes what follows (100户以上自然村, 1000人以上企业: households, firms). People counted (选派1200名以上科技特派员,
    为2000名以上残疾儿童: ``people_nouns_counted``), events counted by an event counter (组织10场以上境外招商:
    ``event_floor_counters``, ``event_counters``), households counted by 户 (3000户以上困难残疾人家庭: ``household_nouns_counted``), or a share with no measure before it in its clause (年内50%以上政务服务事项实现…: the share of
    the items; 资产负债率70%以上企业 has its measure before it and stays a threshold)."""
    after = fig.sentence[fig.rel_end:fig.rel_end + 16]
    w = words()
    if fig.unit in w["event_floor_counters"] or fig.unit in w["event_counters"]:
        return re.match(r"(?:及)?以上[\u4e00-\u9fff]", after) is not None
    if fig.unit == "%":
        lead = fig.clause_before
        while cut := next((word for word in w["share_lead_words"] if lead.startswith(word)), ""):
            lead = lead[len(cut):]  # 确保上半年 (any order of lead words)
        return lead == "" and re.match(r"(?:及)?以上[\u4e00-\u9fff]", after) is not None
    kind = unit_field(fig.unit, "kind")
    if kind not in ("people", "households"):
        return False
    if _programme_recipients(after):
        return True  # 实施10000户以上农机购置补贴: the households subsidised, a floor (held-out set 80 大理)
    m = _counted_after(kind).match(after) or _qualified_people(fig)  # 3000户以上困难残疾人家庭 (audit 30)
    return m is not None and "的" not in m.group(1) and not any(v in m.group(1) for v in verbs() if len(v) > 1) \
        and not any(s in m.group(1) for s in w["settlement_nouns"])  # 50户以上木质房屋连片村寨农户: villages classed (audit 41 read)


def qualifier_after(after: str) -> bool:
    """The text after a figure opens with a qualifier or a link (以上, 左右, 及, 多, 余), no noun: 20万吨多晶硅 is no
    more-than, 多 forming a word with the character after it (``duo_word_seconds``), the product in a project's name."""
    return after[:1] in ("以", "左", "及", "余") or after[:1] == "多" and after[1:2] not in words()["duo_word_seconds"]


def completes_the_unit(unit: str, rest: str) -> bool:
    """The noun after 以上 ends the figure's unit (节能10万吨以上标煤: 吨 + 标煤 is 吨标煤, a unit of ``units.csv``):
    the amount is measured in it, a floor to reach, not a threshold classing what follows (spot 35, 包头)."""
    return bool(unit) and any(unit_field(unit + rest[:k], "kind") for k in range(1, min(len(rest), 3) + 1))


def _sized_member(before: str, after: str) -> bool:
    """A money amount, 的 and a project's name in a 、/和 list of such members that opens with 投资 and closes with 等项目/等工程
    (强力推动投资6.68亿元的云山碳业、4.33亿元的丰辉球形石墨及选矿和2.5亿元的海达二期、3亿元的…等项目投产): each amount is a
    project's size, though only the first has 投资 before it (held-out set 64 鹤岗 rows 15–18, fix137a)."""
    if not after.startswith("的") or SIZED_MEMBERS_AFTER.match(after) is None:
        return False
    lead = before[-120:]
    lead = lead[max(lead.rfind(m) for m in "，,；;。：:") + 1:]
    return INVESTED_IN.search(lead) is not None or SIZED_MEMBERS_BEFORE.search(lead) is not None
