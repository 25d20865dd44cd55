"""One value a list shares (先行村、重点村各50个; 城镇…、农村…均增长8%; 二氧化硫、氮氧化物排放量要
下降3%): one target per member, each named and keyed for its member (their names: ``member_heads``; lists of
a form of their own: ``shared_list_forms``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from govreport.extract.change_kinds import CHANGE_WORD
from govreport.extract.keys import indicator_english, indicator_key
from govreport.extract.name_polish import LEVEL_ANYWHERE, LEVEL_OPENING
from govreport.lexicon import clause_breaks, indicator_registry, name_words, qualifier_words, unit_field, units, verbs
from govreport.report.chars import first_opening, is_ideograph
from govreport.tables.clauses import first_mark, last_mark
from govreport.tables.each_heads import lead_of_count_before, split_last_pair, with_alike_head, with_count_head, with_level_heads, with_place_heads, with_site_head
from govreport.tables.figures import Figure, words
from govreport.tables.member_heads import (_contracted_pair, joined_last_measures, _growing_measures, shared_amount_head, shares_of_listed, zone_carried, _growth_members, _growth_pair, _whole_members, _with_shared_head, whole_measures,
                                           _with_trailing_head)
from govreport.tables.place_members import place_members
from govreport.tables.shared_list_forms import (_each_verb, alone_after_each, held_state_goal, _each_with_verb, _gap_members, _money_classes, quoted_shared_rates,
                                                ranked_members, recovered_members)
from govreport.tables.shared_list_marks import (DIGIT, JI, LEADING_GENERAL, RATE_NAME, RATE_SHARED, SHARED_BY, _commit_trimmer,
                                                _lead_trimmer)
from govreport.tables.shared_objects import verb_object_members

QUOTES = re.compile(r"[“”\"]")
BRACKETED = re.compile(r"[（(][^（()）]*[)）]")  # a bracket's words (县（市、区）): its 、 marks no list


# 二氧化硫、氮氧化物排放量要下降3%: a change in per cent is each member's (shares of change are not added)
CHANGE_SHARED = re.compile(r"(?:[都均]?要|[都均])?(?:下降|降低|减少|增长|提高|增加)$")  # 化学需氧量、氨氮排放都要减少: 都 too


# 主营收入、利润总额、上缴税费均实现10%以上增长: the growth after the figure, reached by each member
SHARED_DONE = re.compile(r"[均都](?:实现|保持)$")
GROWTH_AFTER = re.compile(r"(?:以上|左右)?的?增长")
# 片区进出口、实际使用外资增幅高于全市平均水平5个百分点以上: each member's growth above the average
GAP_OVER = re.compile(r"(?:增幅|增速)均?(?:高于|快于|超过|超出|领先)[\u4e00-\u9fff]{0,10}(?:、[\u4e00-\u9fff]{1,6})?$")  # (高于全省、全市: held-out set 69 金华)
POINTS = ("个百分点", "百分点")
# 规模以上企业、在临高校等创新主体研发经费投入增速: examples closed by 等 + a class noun (not 高等, 同等, 等级)
CLASS_CLOSED = re.compile(r"、[^、]*(?<![高同平中初对均相])等(?!级|产业|行业|领域)[\u4e00-\u9fff]{2}")  # (A、B等产业产值: the members' own industries, each named)


def _same_kind(members: list[str], at: int) -> bool:
    """Whether every later member opens with the two characters the first opens with after its level word, ending at
    ``at`` (省级智慧县城和智慧园区: 智慧): members of one kind under the level the first names."""
    kind = members[0][at:at + 2]
    return len(kind) == 2 and len(members[0]) - at >= 4 and all(x.startswith(kind) and len(x) >= 4 for x in members[1:])


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
    if shares := shares_of_listed(clause, before):  # …分别增长20%、30%以上，均占全省17%以上: each subject's share (held-out audit 49)
        return [replace(fig, indicator=x, indicator_key=(k := indicator_key(x, fig.unit, fig.direction)),
                        indicator_en=indicator_english(k, x)) for x in shares]
    if ranks := ranked_members(fig, clause) or recovered_members(fig, clause):  # 水、气质量排名均进入全国前十: each member's rank (audit 41);
        return ranks  # 旅游总收入、接待国内旅游人数恢复到2019年的75%以上: each member's recovery (held-out set 72 亳州 G3)
    clause = _list_after_figures(clause)  # 新增A200家以上、…、B和C各30家以上: the pair after the last figure (audit 52)
    listed = _quoted_list(clause)  # “网上可办”“一网通办”覆盖率均达到: two quoted members, no mark between
    quoted, clause = listed != clause, listed  # (two statements: compiled code reads a walrus's target before its left operand)
    joins = "、" if "、" in BRACKETED.sub("", clause) else "和" if "和" in clause or "及" not in clause else "及" if JI.search(clause) else "和"  # 各县（市、区）分别: no list (set 85)
    m = SHARED_BY.search(clause) if joins in clause else None
    grown = ""  # 均实现10%以上增长: the change the name takes from after the figure
    if m is None and joins == "、" and fig.unit == "%" and GROWTH_AFTER.match(fig.sentence, fig.rel_end) \
            and (m := SHARED_DONE.search(clause)) is not None:
        grown = "增长"
    if m is None and joins == "、" and fig.unit in POINTS and (g := GAP_OVER.search(clause)) and "、" in clause[:g.start()]:
        return _gap_members(fig, clause[:g.start()].split("、"), clause[g.start():].replace("、", ""))
    if m is None and joins in clause and (e := _each_verb().search(clause)) and unit_field(fig.unit, "kind") in ("count", "people", "households") \
            and alone_after_each(fig, e.group(1)):  # X、Y各新增1000家 (audit 32); X、Y分别新增100户以上 (held-out set 71)
        return _each_with_verb(fig, clause[:e.start()].split(joins), e.group(2))
    if m is None and CLASS_CLOSED.search(clause):
        return []  # 规模以上企业、在临高校等创新主体研发经费投入增速达17%: one subject, its examples named (audit 43 临沧 G7)
    growth = _growth_pair(clause) if m is None and fig.unit in ("%", "‰") else []
    if m is None and (fig.unit not in ("%", "‰") or "、" not in clause) and not _contracted_pair(clause) and not growth:
        return []
    if m is not None and (classes := _money_classes(fig, clause[:m.start()], m.group())):
        return classes  # 打造300亿元园区、200亿元园区、100亿元园区各1个: one count per class (audit 37 YL24 #22-24)
    after = fig.after
    stop = first_mark(after, clause_breaks())
    if m is not None and m.group().startswith("均") and (q := _member_after(after)):
        stop = len(q) - 1  # 均增长7.5%左右、网络零售额增长10%: the next figure is another member's of the clause (audit 57 通化)
    figured = clause
    if m is not None and m.group().startswith("各") and unit_field(fig.unit, "kind") == "count":
        figured, stop = _each_count_room(clause, after, stop)  # 新增年营收5000万元以上A、B各100家; A和B各1家以上、C10家以上
    if DIGIT.search(figured) or DIGIT.search(after, 0, stop if stop >= 0 else len(after)):
        return []  # one figure in its clause only (分别 lists of k figures are named apart)
    members = clause[:m.start()].split(joins) if m else []
    members = split_last_pair(members) if m is not None and m.group().startswith("各") else members  # A、B和C各17个: three (fix131a)
    members = joined_last_measures(members) if m is not None and joins == "、" and m.group().startswith(("均", "都")) else members  # A、B和C均增长10%: three
    if m is None and (pair := _contracted_pair(clause)):
        m = SHARED_BY.search(clause)  # 本外币存贷款增速均达到12%: 存款 and 贷款 each
        members = [clause[:m.start()].replace(pair, part) for part in words()["contracted_pairs"][pair]] if m else []
    if not m and fig.unit in ("%", "‰"):
        r = RATE_SHARED.search(clause)
        members = growth or (clause[:r.start()].split("、") if r else [])
        if not growth and (held := held_state_goal(fig, members)):
            return held  # 断面保持Ⅳ类水质、Ⅲ类水质占比达到50%: one goal, the Ⅲ类 share's (held-out set 82, fix164d)
        if not all(RATE_NAME.search(x) for x in members):  # 海洋电力、海洋旅游增速保持在10%以上: each member's 增速;
            # 基本养老保险、基本医疗保险参保率稳定在95%以上: each member's rate, the members ending alike (audit 24, UR24 #45)
            members = _growth_members(members) or (_with_trailing_head(members) if RATE_NAME.search(members[-1]) else [])
        c = CHANGE_SHARED.search(clause) if not members else None
        if c is not None:
            members = clause[:c.start()].split("、")
    raw = [LEADING_GENERAL.sub("", x) for x in members if x]
    members = _action_rates(raw, [_lead_trimmer()(x).removesuffix("要") for x in raw])  # 项目签约率、开工率均超70%
    members = raw if len(set(members)) < len(members) == len(set(raw)) else members  # 签约项目、开工项目、投产项目均达到: told apart only by their verbs
    as_written, members = members, _per_unit_members(members)
    written_last, per_unit = (as_written[-1] if as_written else ""), members != as_written  # (the tail follows the last as written)
    members = _subject_rate_members(members)  # 信访事项及时受理率、按期办结率: 信访事项按期办结率 (held-out set 53, fix121b)
    members = _shared_lead_members(members)  # 居民基本养老保险和医疗保险参保率: 居民基本医疗保险参保率 (held-out set 65, fix138c)
    if len(members) < 2:
        return []
    if m is not None and m.group().startswith("各") and unit_field(fig.unit, "kind") in ("count", "people", "households", "length", "area"):  # (新改建A和B各1000公里: audit 40 LY71; A和B各10户: spot 37; A、B、C各2万亩: held-out set 69 金华)
        cut = raw[0][:len(raw[0]) - len(members[0])]  # 新增持牌金融机构、上市企业各10家: each member whole, each 新增
        lead = next((w for w in words()["shared_count_leads"] if cut.endswith(w) or members[0].startswith(w)), "") or _carried_lead(before, len(before) - len(clause)) \
            or (lead_of_count_before(before, len(before) - len(clause), fig.unit, _commit_trimmer()) if not cut else "")  # (新培育智能工厂、数字化车间各3家: kept on the first member, audit 36 GL24#37)
        bare = QUOTES.sub("", members[-1])  # (the name drops a quoted member's quote marks)
        tail = fig.indicator.rsplit(bare, 1)[1].lstrip("各均都分别") if bare in fig.indicator else ""
        tail = tail or (unit_field(fig.unit, "measure") if unit_field(fig.unit, "kind") == "area" else "")  # A、B各2万亩: each member's 面积
        lead = "" if lead in tail else lead  # (省重点实验室…各20家 named …新建数: the lead already in the tail)
        acted, tail = (cut, "数") if (not tail or bare != members[-1]) and not lead and verbs().get(cut) in ("heavy", "action") and unit_field(fig.unit, "kind") == "count" else ("", tail)  # 打造A、B各4个: 打造B数 (audit 53)
        members = _with_trailing_head(members) or members  # 一日游、两日游、三日游精品路线各10条: each 精品路线 (fix99d 莆田 rows 113-114)
        own = _own_verbs(raw, members, lead)  # 新建A、改造提升B各40处: B keeps its own 改造 (held-out set 72 济宁 row 109)
        members = _with_modified_kinds(with_alike_head(with_site_head(with_place_heads(with_level_heads(with_count_head([v + x if v else lead + x if not x.startswith(lead) else x for v, x in zip(own, members)], lead))))))  # (打造标准化生猪、肉羊…养殖基地各2个: each 标准化, audit 48 怒江)
        if (level := LEVEL_OPENING.match(members[0])) and (cut in name_words("title_verb") or _same_kind(members, level.end())) \
                and not any(LEVEL_ANYWHERE.search(x) for x in members[1:]):  # 创建省级A、B各2个: B is 省级 too (audit 44);
            members = [members[0]] + [level.group() + x for x in members[1:]]  # 建成省级智慧县城和智慧园区各1个: 省级智慧园区 (audit 43 临沧 G2)
        return [replace(fig, indicator=acted + x + tail, indicator_key=(k := indicator_key(QUOTES.sub("", acted + x + tail), fig.unit, fig.direction)),
                        indicator_en=indicator_english(k, acted + x + tail)) for x in members]
    tail = fig.indicator.rsplit(written_last, 1)[1] if written_last in fig.indicator else ""
    tail = grown or tail.lstrip("各均都分别")
    cut = raw[0][:len(raw[0]) - len(members[0])]  # 建成厂房入驻率、产出率分别提升: the verb the namer put last goes first (audit 37 SN24#14)
    lead = cut if cut and cut in verbs() and tail.endswith(cut) and len(tail) > len(cut) else ""
    tail = tail[:len(tail) - len(lead)]
    head = next((w for w in words()["list_measure_heads"] if members[-1].endswith(w) and len(members[-1]) > len(w)), "")
    if head and not any(head in x for x in members[:-1]) and "等" not in members[-1]:  # 化学需氧量、氨氮排放量: each member's 排放量 (稻米、蔬菜等五大…产值: a total)
        members = [x + head for x in members[:-1]] + [members[-1]]
    elif len({x[-1] for x in members}) > 1 and not per_unit:  # 二氧化硫、氮氧化物排放量: the head the last member shares
        members = (_with_trailing_head(members) or _with_shared_head(members, tail, fig)
                   or _with_shared_head([_commit_trimmer()(x) for x in raw], tail, fig)  # 确保全市接待游客、旅游收入均增长 (audit 33)
                   or shared_amount_head(members) or _whole_members(members, fig, m.group() if m else "") or (whole_measures([_commit_trimmer()(x) for x in raw]) if fig.unit == "%" else [])
                   or (_growing_measures([_commit_trimmer()(x) if len(_commit_trimmer()(x)) >= 3 else x for x in raw]) if fig.unit == "%" and m is not None and m.group().startswith("均") else []))  # 新增贷款、…、直接融资均增长: 新增 kept
        if not members:
            return []  # members of one kind end alike (先行村、重点村); 氢能、…低空经济产业营业收入: a head not told apart
    members = zone_carried(members, clause) if m is not None and m.group().startswith("均") else members  # 中心城区A、B均…: B in 中心城区 too
    out = []
    for member in members:
        name = lead + member + next((tail[len(p):] for p in words()["shared_pair_marks"] if tail.startswith(p)), tail)
        key = indicator_key(name, fig.unit, fig.direction)
        name = QUOTES.sub("", name) if quoted else name  # (网上可办覆盖率: a quoted member's name without its marks)
        out.append(replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name), kind=_own_kind(fig, key, m.group() if m else "")))
    return out


def _own_kind(fig: Figure, key: str, shared: str) -> str:
    """A member's kind under a shared bound that states no change (城镇登记失业率、居民消费价格指数涨幅均控制在3%以内): the
    figure was read a change from the 涨幅 just before it, the last member's word; a member registered as a share
    (data/indicators.csv measure share) is a level held under the bound, matched to its own level (held-out set 75)."""
    if not shared or fig.kind != "change" or fig.unit not in ("%", "‰") or CHANGE_WORD.search(shared):
        return fig.kind
    ind = indicator_registry().get(key) if key else None
    return "share" if ind is not None and ind.measure == "share" else fig.kind


PER_UNIT_MEMBER = 4  # the longest later member a first member's per-unit word reaches (税收, 增加值; not a measure of its own)


MONEY_CLASS = re.compile(r"[\d.]+[万亿]?元(?:及)?以上的?(?=[\u4e00-\u9fff])")  # 年营收5000万元以上(规模工业企业): a class of the firms counted
EACH_CLOSED = re.compile(r"(?:以上|左右)?、")  # 各1家以上、: the figure's member list closed, another member's figure after


def _each_count_room(clause: str, after: str, stop: int) -> tuple[str, int]:
    """The clause and the end of what follows the figure that a count shared by 各 is read in: a money class inside a
    member is no figure of the clause (新增年营收5000万元以上规模工业企业、示范标杆企业各100家), and a 、 right after the
    figure (and its 以上) closes it (新增地方金融机构和新三板挂牌企业各1家以上、区域性股权市场挂牌企业10家以上): each member
    is counted (held-out set 58 邵阳 rows 26, 33, fix128b)."""
    closed = EACH_CLOSED.match(after)
    return MONEY_CLASS.sub("", clause), (closed.end() - 1 if closed and (stop < 0 or closed.end() <= stop) else stop)


def _per_unit_members(members: list[str]) -> list[str]:
    """The later short members with the per-unit word (data/name_words.csv ``per_unit``: 亩均, 人均) the first opens with
    (亩均生产总值、税收均增长15%: 亩均税收, spot 43 怀化 G2): 均 shares one value among measures of one kind, so 税收 here is
    the tax per mu, not the city's tax; the members as they are otherwise."""
    first = members[0] if members else ""
    lead = next((w for w in name_words("per_unit") if first.startswith(w) and len(first) > len(w) + 1), "")
    if not lead:
        return members
    return members[:1] + [x if x.startswith(lead) or len(x) > PER_UNIT_MEMBER or "均" in x else lead + x for x in members[1:]]


BARE_RATE = 5  # the longest later member that is a bare rate (按期办结率), with no subject of its own
SUBJECT_ROOM = (2, 6)  # how long the subject opening the first member may be (信访事项)


def _subject_rate_members(members: list[str]) -> list[str]:
    """The later bare rates of a list of rates with the subject the first opens with (信访事项及时受理率、按期办结率达到100%:
    信访事项按期办结率; held-out set 53, fix121b): the first's rate is as long as the later ones, the words before it are
    the subject they all measure. The members as they are when a later one is longer or the first has no room for a subject."""
    if len(members) < 2 or not all(x.endswith("率") for x in members):
        return members
    first, later = members[0], members[1:]
    size = len(later[0])
    if size > BARE_RATE or any(len(x) != size for x in later):
        return members
    subject = first[:len(first) - size]
    if not SUBJECT_ROOM[0] <= len(subject) <= SUBJECT_ROOM[1] or any(x.startswith(subject[:2]) for x in later):
        return members
    return [first] + [subject + x for x in later]


def _shared_lead(first: str, later: str) -> str:
    """The words before the first member's own kind that the later member, of as long a kind, shares (居民基本 of
    居民基本养老保险 for 医疗保险参保率: both kinds end with 保险); '' when the later member holds no word the first ends
    with, its kind is no short word, or it opens with a lead of its own."""
    at = later.find(first[-2:], 2)  # (医疗|保险: the later member's kind before the word both end with)
    lead = first[:len(first) - 2 - at] if 0 <= at <= len(first) - 2 - SUBJECT_ROOM[0] else ""  # (养老保险 and 基本医疗保险: no room for a lead)
    if not 2 <= at <= 4 or not SUBJECT_ROOM[0] <= len(lead) <= SUBJECT_ROOM[1] or later.startswith(lead[:2]) or not later.endswith("率"):
        return ""
    return lead


def _shared_lead_members(members: list[str]) -> list[str]:
    """The later rate of a pair with the lead the first member opens with before its own kind (居民基本养老保险和医疗保险参保率均
    保持在95%以上: 居民基本医疗保险参保率; held-out set 65 昌吉 row 51, fix138c): the members name kinds of one thing (…保险)
    and the words before the first's kind (养老, as long as 医疗) are the subject both have. The members as they are otherwise."""
    if len(members) != 2:
        return members
    lead = _shared_lead(members[0], members[1])
    return [members[0], lead + members[1]] if lead else members


QUOTED_RUN = re.compile(r"”(?=“)")  # “网上可办”“一网通办”: one quoted name right after another


def _quoted_list(clause: str) -> str:
    """Quoted names side by side before a word that shares one value (确保“网上可办”“一网通办”覆盖率均达到90%以上) are a 、 list
    (held-out audit 39a 吴忠: one row held both); the clause as it is where it has a list mark already or shares nothing."""
    if "、" in clause or "”“" not in clause or SHARED_BY.search(clause) is None:
        return clause
    return QUOTED_RUN.sub("”、", clause)


def _action_rates(raw: list[str], members: list[str]) -> list[str]:
    """A later member that is only an action's rate (开工率: trimming its verb left 率 alone) is the rate of that action on the
    subject the first member names before its own action's rate (项目签约率、开工率 → 项目开工率; held-out audit 39a 莆田); the
    member as written where the first names no such subject."""
    first = members[0] if members else ""
    out = members[:1]
    for written, member in zip(raw[1:], members[1:]):
        if not RATE_NAME.fullmatch(member) or not written.endswith(member):
            out.append(member)
            continue
        action = written[:len(written) - len(member)]  # 开工
        own = next((v for v in sorted(verbs(), key=len, reverse=True) if first.endswith(v + member) and len(first) > len(v + member)), "")
        out.append(first[:len(first) - len(own) - len(member)] + written if own and action in verbs() else written)
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


MODIFIER_OPENING = re.compile(r"[\u4e00-\u9fff]{2,3}化(?=[\u4e00-\u9fff]{2})")  # 标准化生猪: a manner word before the kind


def _with_modified_kinds(members: list[str]) -> list[str]:
    """The members of an 各 list sharing the last one's head, with the manner word (…化: 标准化, 规模化) that opens the
    first given to the later ones when the kinds are alike in length (打造标准化生猪、肉羊、肉牛养殖基地各2个: 标准化肉羊养殖基地,
    audit 48 怒江 G1); the members unchanged otherwise (数字化车间、智能工厂: two kinds, no shared head)."""
    if len(members) < 2 or (m := MODIFIER_OPENING.match(members[0])) is None:
        return members
    if any("化" in x or len(x) != len(members[0]) - m.end() for x in members[1:]):
        return members  # (each later member a kind of the first one's length once the head is shared)
    return [members[0]] + [m.group() + x for x in members[1:]]


def _own_verbs(raw: list[str], members: list[str], lead: str) -> list[str]:
    """The verb each later member of a 各 list opens with as written, where it has one of its own (a heavy or action verb, not
    the shared lead): 新建社区养老服务设施、改造提升乡镇敬老院各40处 builds the first and upgrades the second, so the lead 新建 is
    the first member's only; '' for a member with none (新增持牌金融机构、上市企业各10家: each 新增) or when the members were
    reshaped and no longer stand one for one with the list as written."""
    if not lead or len(raw) != len(members):
        return [""] * len(members)
    cuts = [r[:len(r) - len(x)] if r.endswith(x) and len(r) > len(x) else "" for r, x in zip(raw, members)]
    return [""] + [c if c != lead and verbs().get(c) in ("heavy", "action") else "" for c in cuts[1:]]
