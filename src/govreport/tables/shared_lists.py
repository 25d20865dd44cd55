"""One value a list shares (先行村、重点村各50个; 城镇…、农村…均增长8%; 二氧化硫、氮氧化物排放量要
下降3%): one target per member, each named and keyed for its member.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from govreport.extract.keys import indicator_english, indicator_key
from govreport.extract.name_polish import LEVEL_ANYWHERE, LEVEL_OPENING
from govreport.lexicon import clause_breaks, name_words, qualifier_words, unit_field, units, verbs
from govreport.report.chars import first_opening, is_ideograph
from govreport.tables.clauses import Trimmer, first_mark, last_mark, trimmer
from govreport.tables.count_amount_pairs import count_and_amounts
from govreport.tables.each_heads import lead_of_count_before, with_count_head, with_level_heads, with_place_heads
from govreport.tables.figures import Figure, words
from govreport.tables.member_classes import AMOUNT
from govreport.tables.place_members import place_members
from govreport.tables.shared_objects import verb_object_members

SHARED_BY = re.compile(r"(?:各|均|都|分别|双双)(?:为|是|破|达到?|增长|增加|提高到?|提升至|提升到|提升|下降|降低|减少|保持在?|稳定在|超过|不低于)?$")  # 先行村、重点村各50个

JI = re.compile(r"(?<![普涉波危企])及(?![时以])")  # 及 joining two members
QUOTES = re.compile(r"[“”\"]")
DIGIT = re.compile(r"(?<![A-Za-z.])\d")  # not the 2 of M2 or PM2.5: part of a name


LEADING_GENERAL = re.compile(r"^(?:今年|全年|年内|全市|全省|全区|全县|全国)+")  # 今年化学需氧量、氨氮排放量要分别下降2%


RATE_NAME = re.compile(r"(?:率|比例|比重|占比)$")  # 访视率、健康管理率达到90%: a value rates share (rates are not added)


RATE_SHARED = re.compile(r"(?:达到?|保持在?|稳定在|提高到|提升至|提升到|不低于|超过)$")


# 二氧化硫、氮氧化物排放量要下降3%: a change in per cent is each member's (shares of change are not added)
CHANGE_SHARED = re.compile(r"(?:[都均]?要|[都均])?(?:下降|降低|减少|增长|提高|增加)$")  # 化学需氧量、氨氮排放都要减少: 都 too


CHANGE_HEAD = re.compile(r"(?:预期|要)?(?:增长|下降|提高|降低)$")
# 主营收入、利润总额、上缴税费均实现10%以上增长: the growth after the figure, reached by each member
SHARED_DONE = re.compile(r"[均都](?:实现|保持)$")
GROWTH_AFTER = re.compile(r"(?:以上|左右)?的?增长")
# 片区进出口、实际使用外资增幅高于全市平均水平5个百分点以上: each member's growth above the average
GAP_OVER = re.compile(r"(?:增幅|增速)均?(?:高于|快于|超过|超出|领先)[\u4e00-\u9fff]{0,10}$")
POINTS = ("个百分点", "百分点")


# a rate shared in quotes by a 、 list of rates before it (确保开工率、年度投资计划完成率“两个100%”): group 1 the count
QUOTED_EACH = re.compile(r"“([两二三四五])个$")
QUOTED_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def quoted_shared_rates(fig: Figure) -> list[str]:
    """The rates a quoted “两个N%” right after a 、 list of as many rates sets N% for, each its own goal; [] if none
    (audit 41 BZ #25, #26)."""
    if fig.unit != "%" or not fig.before.endswith("个") or (m := QUOTED_EACH.search(fig.before)) is None:
        return []
    head = fig.before[:m.start()]
    members = [_commit_trimmer()(x) for x in head[last_mark(head, clause_breaks()) + 1:].split("、")]
    ok = len(members) == QUOTED_COUNTS[m.group(1)] and all(x and RATE_NAME.search(x) and not DIGIT.search(x) for x in members)
    return members if ok else []


# 水、气质量排名均进入全国前十: a rank each member is to reach
RANK_SHARED = re.compile(r"均(?:进入|保持|位居|稳居)(?:全国|全省)?前$")


def ranked_members(fig: Figure, clause: str) -> list[Figure]:
    """One rank per member of a list of one-character members before the last one's head (水、气质量排名均进入全国前十:
    水质量排名, 空气质量排名; ``tables_words.json:one_char_members``); [] for any other list (audit 41 LS77)."""
    r = RANK_SHARED.search(clause) if fig.unit == "位" and "均" in clause else None
    members = _lead_trimmer()(LEADING_GENERAL.sub("", clause[:r.start()])).split("、") if r else []
    one = words()["one_char_members"]
    if len(members) < 2 or any(len(x) != 1 or x not in one for x in members[:-1]) or members[-1][:1] not in one or len(members[-1]) < 3:
        return []
    head = members[-1][1:]
    tail = fig.indicator.rsplit(head, 1)[1].lstrip("各均都分别") if head in fig.indicator else ""
    out = []
    for member in [*members[:-1], members[-1][:1]]:
        name = one[member] + head + tail
        key = indicator_key(name, fig.unit, fig.direction)
        out.append(replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name)))
    return out


def shared_members(fig: Figure) -> list[Figure]:
    """One figure per member when a list shares one value (连片培育先行村、重点村各50个; 城镇…、农村常住居民
    人均可支配收入均增长8%; 孕产妇产后访视率、0—6岁儿童健康管理率达到90%), each named and keyed for its
    member; [] when the figure stands for one thing. A list of counts without 各/均/分别 is a sum
    (新增学位、床位2万个), not a shared value."""
    before = fig.before
    clause = before[last_mark(before, clause_breaks()) + 1:]
    # 广义货币M2和社会融资规模余额预期增长均为12%: two members joined by 和; 示范性高中及特色高中各1所: by 及 (not 普及, 及以上)
    if places := place_members(fig, clause) or verb_object_members(fig, clause):  # 签约、落地、投产A各5个 (spot 36); 莒南县、沂水县工业产值力争“过千亿”: each county's floor (audit 40)
        return places
    if rates := quoted_shared_rates(fig):  # 确保开工率、年度投资计划完成率“两个100%”: each rate's goal (audit 41)
        return [replace(fig, indicator=x, indicator_key=(k := indicator_key(x, fig.unit, fig.direction)),
                        indicator_en=indicator_english(k, x)) for x in rates]
    if ranks := ranked_members(fig, clause):  # 水、气质量排名均进入全国前十: each member's rank (audit 41)
        return ranks
    clause = _list_after_figures(clause)  # 新增A200家以上、…、B和C各30家以上: the pair after the last figure (audit 52)
    joins = "、" if "、" in clause else "和" if "和" in clause or "及" not in clause else "及" if JI.search(clause) else "和"
    m = SHARED_BY.search(clause) if joins in clause else None
    grown = ""  # 均实现10%以上增长: the change the name takes from after the figure
    if m is None and joins == "、" and fig.unit == "%" and GROWTH_AFTER.match(fig.sentence, fig.rel_end) \
            and (m := SHARED_DONE.search(clause)) is not None:
        grown = "增长"
    if m is None and joins == "、" and fig.unit in POINTS and (g := GAP_OVER.search(clause)):
        return _gap_members(fig, clause[:g.start()].split("、"), clause[g.start():])
    if m is None and joins in clause and (e := _each_verb().search(clause)) and unit_field(fig.unit, "kind") in ("count", "people"):
        return _each_with_verb(fig, clause[:e.start()].split(joins), e.group(1))  # X、Y各新增1000家 (audit 32)
    growth = _growth_pair(clause) if m is None and fig.unit in ("%", "‰") else []
    if m is None and (fig.unit not in ("%", "‰") or "、" not in clause) and not _contracted_pair(clause) and not growth:
        return []
    if m is not None and (classes := _money_classes(fig, clause[:m.start()], m.group())):
        return classes  # 打造300亿元园区、200亿元园区、100亿元园区各1个: one count per class (audit 37 YL24 #22-24)
    after = fig.after
    stop = first_mark(after, clause_breaks())
    if m is not None and m.group().startswith("均") and (q := _member_after(after)):
        stop = len(q) - 1  # 均增长7.5%左右、网络零售额增长10%: the next figure is another member's of the clause (audit 57 通化)
    if DIGIT.search(clause) or DIGIT.search(after, 0, stop if stop >= 0 else len(after)):
        return []  # one figure in its clause only (分别 lists of k figures are named apart)
    members = clause[:m.start()].split(joins) if m else []
    if m is None and (pair := _contracted_pair(clause)):
        m = SHARED_BY.search(clause)  # 本外币存贷款增速均达到12%: 存款 and 贷款 each
        members = [clause[:m.start()].replace(pair, part) for part in words()["contracted_pairs"][pair]] if m else []
    if not m and fig.unit in ("%", "‰"):
        r = RATE_SHARED.search(clause)
        members = growth or (clause[:r.start()].split("、") if r else [])
        if not all(RATE_NAME.search(x) for x in members):  # 海洋电力、海洋旅游增速保持在10%以上: each member's 增速;
            # 基本养老保险、基本医疗保险参保率稳定在95%以上: each member's rate, the members ending alike (audit 24, UR24 #45)
            members = _growth_members(members) or (_with_trailing_head(members) if RATE_NAME.search(members[-1]) else [])
        c = CHANGE_SHARED.search(clause) if not members else None
        if c is not None:
            members = clause[:c.start()].split("、")
    raw = [LEADING_GENERAL.sub("", x) for x in members if x]
    members = [_lead_trimmer()(x).removesuffix("要") for x in raw]
    if len(members) < 2:
        return []
    if m is not None and m.group().startswith("各") and unit_field(fig.unit, "kind") in ("count", "people", "households", "length"):  # (新改建A和B各1000公里: audit 40 LY71; A和B各10户: spot 37)
        cut = raw[0][:len(raw[0]) - len(members[0])]  # 新增持牌金融机构、上市企业各10家: each member whole, each 新增
        lead = next((w for w in words()["shared_count_leads"] if cut.endswith(w) or members[0].startswith(w)), "") or _carried_lead(before, len(before) - len(clause)) \
            or (lead_of_count_before(before, len(before) - len(clause), fig.unit, _commit_trimmer()) if not cut else "")  # (新培育智能工厂、数字化车间各3家: kept on the first member, audit 36 GL24#37)
        bare = QUOTES.sub("", members[-1])  # (the name drops a quoted member's quote marks)
        tail = fig.indicator.rsplit(bare, 1)[1].lstrip("各均都分别") if bare in fig.indicator else ""
        lead = "" if lead in tail else lead  # (省重点实验室…各20家 named …新建数: the lead already in the tail)
        acted, tail = (cut, "数") if (not tail or bare != members[-1]) and not lead and verbs().get(cut) in ("heavy", "action") and unit_field(fig.unit, "kind") == "count" else ("", tail)  # 打造A、B各4个: 打造B数 (audit 53)
        members = with_place_heads(with_level_heads(with_count_head([lead + x if not x.startswith(lead) else x for x in members], lead)))
        if (level := LEVEL_OPENING.match(members[0])) and cut in name_words("title_verb") and not any(LEVEL_ANYWHERE.search(x) for x in members[1:]):
            members = [members[0]] + [level.group() + x for x in members[1:]]  # 创建省级A、B各2个: B is 省级 too (audit 44)
        return [replace(fig, indicator=acted + x + tail, indicator_key=(k := indicator_key(QUOTES.sub("", acted + x + tail), fig.unit, fig.direction)),
                        indicator_en=indicator_english(k, acted + x + tail)) for x in members]
    tail = fig.indicator.rsplit(members[-1], 1)[1] if members[-1] in fig.indicator else ""
    tail = grown or tail.lstrip("各均都分别")
    cut = raw[0][:len(raw[0]) - len(members[0])]  # 建成厂房入驻率、产出率分别提升: the verb the namer put last goes first (audit 37 SN24#14)
    lead = cut if cut and cut in verbs() and tail.endswith(cut) and len(tail) > len(cut) else ""
    tail = tail[:len(tail) - len(lead)]
    head = next((w for w in words()["list_measure_heads"] if members[-1].endswith(w) and len(members[-1]) > len(w)), "")
    if head and not any(head in x for x in members[:-1]) and "等" not in members[-1]:  # 化学需氧量、氨氮排放量: each member's 排放量 (稻米、蔬菜等五大…产值: a total)
        members = [x + head for x in members[:-1]] + [members[-1]]
    elif len({x[-1] for x in members}) > 1:  # 二氧化硫、氮氧化物排放量: the head the last member shares
        members = (_with_trailing_head(members) or _with_shared_head(members, tail, fig)
                   or _with_shared_head([_commit_trimmer()(x) for x in raw], tail, fig)  # 确保全市接待游客、旅游收入均增长 (audit 33)
                   or _whole_members(members, fig, m.group() if m else ""))
        if not members:
            return []  # members of one kind end alike (先行村、重点村); 氢能、…低空经济产业营业收入: a head not told apart
    out = []
    for member in members:
        name = lead + member + next((tail[len(p):] for p in words()["shared_pair_marks"] if tail.startswith(p)), tail)
        key = indicator_key(name, fig.unit, fig.direction)
        out.append(replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name)))
    return out


def _member_after(after: str) -> str:
    """The figure's qualifier (if any) and a 、 that a member's name follows (a Chinese character, not a figure); '' if none."""
    mark = first_opening(after, qualifier_words("after")) + "、"
    return mark if after.startswith(mark) and is_ideograph(after[len(mark):len(mark) + 1]) else ""


def _list_after_figures(clause: str) -> str:
    """The list after a clause's last figure when it shares one value (新增规上工业企业200家以上、…、规上服务业企业和资质建筑业
    企业各30家以上: 新增规上服务业企业, 新增资质建筑业企业, audit 52), the clause's count lead (新增) before it; the clause as it is
    when it holds no figure or no such list follows its last one."""
    digits = list(DIGIT.finditer(clause))
    at = clause.find("、", digits[-1].end()) if digits else -1
    rest = clause[at + 1:]
    if at < 0 or not SHARED_BY.search(rest) or not ("、" in rest or "和" in rest or JI.search(rest)):
        return clause
    openings = (plain := LEADING_GENERAL.sub("", clause), _commit_trimmer()(plain))  # (the trimmer takes 新增 too)
    lead = next((w for w in words()["shared_count_leads"] if any(x.startswith(w) for x in openings) and not rest.startswith(w)), "")
    return lead + rest if lead else clause  # (no count lead: 专精特新中小企业和企业技术中心各1户 left whole)


def _carried_lead(before: str, start: int) -> str:
    """The lead of the 各 list of counts right before the clause at ``start`` (新发展创新型中小企业、规上工业企业各40家，
    省级以上专精特新企业、…各20家: the second list is of firms newly developed too, audit 38 JC24#77, #78); '' when the
    clause before is no such list."""
    if start < 2 or before[start - 1] not in "，,":
        return ""
    prev = before[last_mark(before[:start - 1], clause_breaks()) + 1:start - 1]
    if "各" not in prev or _each_count().search(prev) is None:
        return ""
    prev = _commit_trimmer()(prev)
    return next((w for w in words()["shared_count_leads"] if prev.startswith(w)), "")


@cache
def _each_count() -> re.Pattern[str]:
    """A clause ending in 各 + a count (各40家)."""
    return re.compile(r"、[^、]+各[\d.]+(?:" + "|".join(sorted((u for u in _count_units()), key=len, reverse=True)) + r")$")


@cache
def _count_units() -> tuple[str, ...]:
    """The counters of things and people (家, 个, 所, 人 …)."""
    return tuple(u for u in units() if unit_field(u, "kind") in ("count", "people"))


@cache
def money_class_list() -> re.Pattern[str]:
    """One member of a 、 list of money classes (300亿元园区: ``tables_words.json:class_nouns_after_money``)."""
    nouns = "|".join(words()["class_nouns_after_money"])
    return re.compile(f"{AMOUNT}[\u4e00-\u9fff]{{0,4}}?(?:{nouns})")


def _money_classes(fig: Figure, listed: str, shared: str) -> list[Figure]:
    """One count per member of a 、 list of money classes sharing it by 各 (打造300亿元园区、200亿元园区、100亿元园区各1个):
    verb + member + 数 for each (打造300亿元园区数); [] when the list is not one of classes."""
    if not shared.startswith("各") or "、" not in listed or unit_field(fig.unit, "kind") != "count":
        return []
    first = money_class_list().search(listed)
    if first is None or first.start() > 6:
        return []
    lead, members = listed[:first.start()], listed[first.start():].split("、")
    if not all(money_class_list().fullmatch(x) for x in members) or DIGIT.search(lead):
        return []
    lead = LEADING_GENERAL.sub("", _commit_trimmer()(lead))
    out = []
    for member in members:
        name = lead + member + "数"
        key = indicator_key(name, fig.unit, fig.direction)
        out.append(replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name)))
    return out


@cache
def _each_verb() -> re.Pattern[str]:
    """各 and a verb (``each_verbs``) closing the clause before a shared count (…各新增1000家)."""
    return re.compile("各(" + "|".join(map(re.escape, sorted(words()["each_verbs"], key=len, reverse=True))) + ")$")


def _each_with_verb(fig: Figure, raw: list[str], verb: str) -> list[Figure]:
    """One figure per member of X、Y各+verb+N (国家高新技术企业、科技型中小企业各新增1000家): verb + member + 数."""
    members = [_lead_trimmer()(LEADING_GENERAL.sub("", x)) for x in raw if x]
    if len(members) < 2 or any(not x or DIGIT.search(x) for x in members):
        return []
    suffix = "人数" if unit_field(fig.unit, "kind") == "people" else "数"
    out = []
    for member in with_count_head(members):
        name = verb + member + suffix
        key = indicator_key(name, fig.unit, fig.direction)
        out.append(replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name)))
    return out


@cache
def _lead_trimmer() -> Trimmer:
    """Commitment words and verbs a list's first member starts with (力争氢能 -> 氢能)."""
    w = words()
    return trimmer(tuple(w["commitment_words"] + w["scope_adverbs"] + list(verbs())), ())


@cache
def _commit_trimmer() -> Trimmer:
    """Commitment words and a whole place a list's first member starts with, its verb kept (确保全市接待游客 -> 接待游客)."""
    w = words()
    return trimmer(tuple(w["commitment_words"] + w["scope_adverbs"] + ["全市", "全省", "全区", "全县"]), ())


def _with_shared_head(members: list[str], tail: str, fig: Figure) -> list[str]:
    """The members with the head the last one shares (二氧化硫、氮氧化物排放量 -> 二氧化硫排放量): the
    shortest end of the last member that makes every other member a registered indicator of its
    own, else the head from the last member's head word (产业, 行业 …) for short members; [] when none does."""
    last = members[-1]
    change = CHANGE_HEAD.search(last)  # 广义货币M2和社会融资规模余额预期增长: the change first, not a cut word (M2长)
    for n in ([len(change.group())] if change else []) + list(range(len(last))):  # 0: each member whole with the tail
        head = last[len(last) - n:]  # (社会消费品零售总额、固定资产投资增长: 社会消费品零售总额增长, no 资 of the next)
        keys = [indicator_key(m + head + tail, fig.unit, fig.direction) for m in members[:-1]]
        if all(keys) and len(set(keys)) == len(keys) and (n or indicator_key(last + tail, fig.unit, fig.direction)):  # (旅游总人次、总收入均增长:
            return [m + head for m in members[:-1]] + [last]  # 总收入 alone names no measure, audit 47 fix60d)
    # 氢能、生物制造、…低空经济产业营业收入: short members before the last one's head word (产业, 行业 …:
    # data/name_words.csv kind head) share the head from that word, registered or not
    at = min((k for w in name_words("head") if (k := last.find(w, 2)) > 0), default=-1)
    if at > 0 and all(len(m) <= 6 and not any(w in m for w in name_words("head")) for m in members[:-1]):
        return [m + last[at:] for m in members[:-1]] + [last]
    return []


def _growth_pair(clause: str) -> list[str]:
    """X和Y增幅达到N%: two measures joined by 和 before a growth head and a rate verb (招商引资到位资金和税收增幅
    达到30%以上; unseen audit 35 LZ24#29), each with its own growth; [] when the first member is too short to be a
    measure of its own (力促软件和信息技术服务业规模增幅达10%: one industry's name)."""
    if "、" in clause or clause.count("和") != 1 or (r := RATE_SHARED.search(clause)) is None:
        return []
    first, last = clause[:r.start()].split("和")
    head = next((h for h in words()["growth_heads"] if last.endswith(h)), "")
    first = _lead_trimmer()(LEADING_GENERAL.sub("", first))
    if not head or len(first) < 4 or len(last) - len(head) < 2 or DIGIT.search(clause):
        return []
    return [first, last]


def _growth_members(members: list[str]) -> list[str]:
    """The members with the growth word the last one ends with (``tables_words.json:growth_heads``)
    when no other member names a rate of its own; [] otherwise."""
    heads = words()["growth_heads"]
    head = next((h for h in heads if members[-1].endswith(h) and len(members[-1]) > len(h)), "")
    if not head or len(members) < 2 or any(h in x for x in members[:-1] for h in heads) \
            or any(RATE_NAME.search(x) for x in members[:-1]):
        return []
    return [x + head for x in members[:-1]] + [members[-1]]


def _contracted_pair(clause: str) -> str:
    """A word that contracts two measures (存贷款 = 存款 + 贷款: ``tables_words.json:contracted_pairs``)
    in a clause sharing one value by 均/各, else ''."""
    if not SHARED_BY.search(clause):
        return ""
    return next((p for p in words()["contracted_pairs"] if p in clause), "")


def _with_trailing_head(members: list[str]) -> list[str]:
    """制造业中长期贷款、普惠小微贷款、科技型…贷款增速: the members before the last end alike (贷款) and the
    last adds a head after that ending (增速), which each shares; [] when they do not."""
    ends = {x[-2:] for x in members[:-1]}
    last = members[-1]
    at = last.rfind(next(iter(ends))) if len(ends) == 1 else -1
    head = last[at + 2:] if at > 0 else ""
    return [x + head for x in members[:-1]] + [last] if head and not DIGIT.search(head) else []


def _whole_members(members: list[str], fig: Figure, shared: str) -> list[str]:
    """Members that each name a whole measure: counts shared by 各 (卓越工程师、宁波工匠各80名), or
    measures opening alike (规上工业企业亩均税收、亩均增加值均增长5%: each 亩均…, the subject before the
    first one's opening given to the others); [] otherwise."""
    if shared.startswith("各") and unit_field(fig.unit, "kind") in ("count", "people"):
        return members
    if shared.startswith("均") and (whole := _measures_of_one_subject(members)):
        return whole
    if shared.startswith("均") and fig.unit == "%" and all(len(x) >= 4 and x.endswith(tuple(words()["share_ends"])) for x in members):
        return members  # 规上工业营收占全市比重、新引进…项目集聚度均达到85%以上: each member its own share (audit 44)
    opening = members[1][:2]
    if shared.startswith("均") and members[1][:1] in words()["measure_openings"] and opening not in members[0]:
        opening = members[1][:1]  # 旅游总人次、总收入均增长15%: each 总…, the subject 旅游 given to the others
    at = members[0].find(opening)
    if (len(opening) < 2 and (opening not in words()["measure_openings"] or at < 1)) or at < 0 or not all(x.startswith(opening) for x in members[1:]):
        # 招商引资项目投资完成、新签项目投资总额均增长10％以上: each a whole measure (audit 49), after members opening alike (亩均…)
        return (_growing_measures(members) or count_and_amounts(members)) if shared.startswith(("均", "分别")) and fig.unit == "%" else []
    return [members[0]] + [members[0][:at] + x for x in members[1:]]


def _growing_measures(members: list[str]) -> list[str]:
    """Members of a 均 list of growths that each name a whole measure (``whole_measure_ends``, ``subject_measures``), a
    completion verb closing one read as its measure (``measure_verb_ends``: 投资完成 -> 投资完成额); [] when one does not."""
    w = words()
    verbs_to = w["measure_verb_ends"]
    ends, short = tuple(w["whole_measure_ends"] + w["subject_measures"]), tuple(w["growth_member_ends"])  # (留宿率, 游客人数: audit 57)
    out = [next((x[:-len(v)] + m for v, m in verbs_to.items() if x.endswith(v)), x) for x in members]
    return out if all(len(x) >= 4 and x.endswith(ends) or len(x) >= 3 and x.endswith(short) for x in out) else []


def _measures_of_one_subject(members: list[str]) -> list[str]:
    """Members that each end in a measure (``subject_measures``: 市属国企主营收入、利润总额、上缴税费) of the
    subject the first one names (ending in one of ``subject_ends``: 市属国企), which the others take; [] otherwise."""
    w = words()
    ends = tuple(w["subject_measures"])
    if not all(x.endswith(ends) for x in members):
        return []
    first = members[0]
    at = max((k + len(e) for e in w["subject_ends"] if (k := first.rfind(e)) >= 0 and len(first) - k - len(e) >= 2), default=0)
    subject = first[:at]  # (规上工业亩均税收、亩均增加值: no such subject, the members opening alike are told apart below)
    return [first] + [x if x.startswith(subject) else subject + x for x in members[1:]] if subject else []


def _gap_members(fig: Figure, raw: list[str], gap: str) -> list[Figure]:
    """One figure per member of X、Y增幅高于…N个百分点 (片区进出口、实际使用外资增幅高于全市平均水平5个百分点以上,
    audit 39 CZ24#43-44): each member's growth above the average; [] when a member is empty or holds a figure."""
    members = [_lead_trimmer()(LEADING_GENERAL.sub("", x)) for x in raw]
    if len(members) < 2 or any(not x or DIGIT.search(x) for x in members):
        return []
    out = []
    for member in members:
        name = member + gap
        key = indicator_key(name, fig.unit, fig.direction)
        out.append(replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name)))
    return out
