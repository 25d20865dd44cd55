"""Last touches to a figure's name: words that say how the figure is stated, not what it measures, leave the
name (分别, 预计, 努力实现), and a place alone, which names no measure, takes the measure of the sibling it stands
beside (中心城区和县城…优良率分别达98%、97%: 中心城区…优良率; …国控断面Ⅲ类水比率保持100%、省控断面达95.7%).
Word lists: data/name_words.csv kinds commit_lead, commit_inner, place_alone."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.sibling_scopes import scoped_rate_members, sibling_scope as sibling_scope  # (re-exported for naming.py, at its line cap)
from govreport.extract.programme_totals import programme_counted
from govreport.lexicon import name_words, qualifier_pattern, unit_field, verbs

CROSS_FIRST: Final = tuple("突迈跨站首")  # the first characters of the kind crossing's words (a gate only; a tuple: see _has_any)
INNER_FIRST: Final = tuple("分预")  # the first characters of the kind commit_inner's words (a gate only)
LEAD_FIRST: Final = "努做初原"  # the first characters of the kind commit_lead's words (a gate only)
MID_FIRST: Final = tuple("确力")  # the first characters of the kind commit_mid's words (a gate only)
KEPT_AFTER = ("数", "值")  # 比上年预计数: a word of its own
STOCK_WORDS = ("总量", "总数", "累计")
CLASS_REACH = 8  # the longest class a member keeps (省级乡村振兴)
LINKS = frozenset("和与及的，,")
LEVEL_OPENING: Final = re.compile(r"(?:国家|省|市|州|县)级")  # a class of titles a list's first member opens with
LEVEL_ANYWHERE: Final = re.compile(r"(?:国家|省|市|州|县|区)级")
SIBLING_GRADE: Final = re.compile(r"[一二三四五六七八九十甲乙丙丁特]级")  # a grade a sibling member names in place of the first one's (企业一级1个、二级10个)
DESIGNATED: Final = re.compile(r"(?:以上|及以上)?([\u4e00-\u9fff]{2})")  # after a list's level: the designation it grants (省级以上示范)
EACH_PLACE = re.compile(r"每个?(?:[\u4e00-\u9fff]{0,3}?(?:县市区|旗县区)|(?:主导|重点)产业(?:细分领域|链)|[\u4e00-\u9fff]{1,4}?(?:[（(][\u4e00-\u9fff、]{1,6}[)）](?:区(?!域))?|(?=[\u4e00-\u9fff]{2}$)|区|县|市|镇|乡|村)|[\u4e00-\u9fff]{5,6}?村)")  # 每个县（市、区）, 每个县市区, 每个主导产业细分领域: the unit a count is per
AMOUNT_WORDS = re.compile(r"[万亿]元|[十百千]亿")  # a class amount in the noun (年营收超亿元…企业): named by its class, without the place (not yet combined; not 万亩…示范区: audit 37, YC24#55)
YEARS_KEPT: Final = re.compile(r"(?<=[\u4e00-\u9fff]{2})连续[\d一二两三四五六七八九十]+年(?:保持|稳定|稳定在|维持)?$")  # …安全利用率连续五年保持100%: how long, not what
TIER_COMMIT: Final = re.compile(r"(?<=增长|提高|提升|下降|降低)(?:力争|争取)$")  # 增长5.5%（力争6%以上）: the tier's commitment, left after the goal's name
COMPARED_YEARS: Final = re.compile(r"(?<=[\u4e00-\u9fff]{2})[比较](?:(?:19|20)\d\d年?度?[、和]?){2,}(?=增长|下降|提高|降低|增加|减少|上涨)")  # (two years or more: 较2020年下降 keeps its span)
EACH_APART: Final = re.compile(r"各([县区市镇乡村][^，,。；;各每]{0,8}?)分别")  # 各县（市、区）分别培育1家…: each county's own count (audit 56 崇左)


def each_scope(clause: str) -> str:
    """The words before a count read as per place: a clause that opens with 各县 as 每个县 (各县重点培育打造1-2个…), and one
    whose 各县 is followed by 分别 (推动各县（市、区）分别培育1家以上…: each county one or more, not the city one) from 各 on;
    ``clause`` otherwise."""
    if clause[:1] == "各" and clause[1:2] in "县区市镇乡村":
        return "每个" + clause[1:]
    if (placed := _placed_each().match(clause)) is not None:
        return "每个" + placed.group(1) + clause[placed.end():]  # 区（县）各打造1条以上…: each place's (audit 90 汕头)
    if "分别" in clause and "每" not in clause and (apart := EACH_APART.search(clause)) is not None:
        return "每个" + clause[apart.start() + 1:]
    return clause


@cache
def _placed_each() -> re.Pattern[str]:
    """Places alone (name_words.csv ``placed_each``), a bracketed aside, then 各: the places' own count (区（县）各打造)."""
    places = "|".join(map(re.escape, name_words("placed_each")))
    return re.compile(f"(?:各|每个)?((?:{places})+[（(][\u4e00-\u9fff、]{{1,6}}[)）])各")


def each_apart(clause: str) -> bool:
    """Whether ``clause`` says its 各<place> each on its own (各县（市、区）分别引进1个投资超10亿元的工业项目, held-out set 56
    梅州 row 14): a count per place even when its noun holds a class amount, which otherwise keeps the name without
    the place (年营收超亿元…企业)."""
    return "分别" in clause and "每" not in clause and EACH_APART.search(clause) is not None


@cache
def _crossed() -> re.Pattern[str]:
    """A threshold crossed, left in a name when its amount was blanked: the crossing verb, the amount written in
    characters (突破“五百亿”) and the step (新台阶), before a change word or the name's end."""
    verbs = "|".join(map(re.escape, name_words("crossing")))
    gaps = "|".join(map(re.escape, name_words("crossing_gap")))
    return re.compile(f"(?<=..)(?:{verbs})[零一二两三四五六七八九十百千万亿]*(?:{gaps})?(?=增长|增速|$)")


@cache
def _inner() -> re.Pattern[str]:
    words = "|".join(map(re.escape, name_words("commit_inner")))
    return re.compile(f"(?<=.)(?:{words})(?!{'|'.join(KEPT_AFTER)})")  # (a name opening with 分别 is named later: name_subjects)


@cache
def _mid() -> re.Pattern[str]:
    """确保, 力争 inside a name, before what it commits to (地区生产总值确保增长: audit 52); at its end it marks a name
    still to be found after the figure (…，力争100家工业企业数字化水平达到二级以上), so it stays there."""
    words = "|".join(map(re.escape, name_words("commit_mid")))
    return re.compile(f"(?<=.)(?:{words})(?=.)")


def _has_any(name: str, chars: tuple[str, ...]) -> bool:
    """Whether ``name`` holds one of ``chars`` (substring tests: iterating a Chinese name makes one object a character;
    so would iterating a string of the characters looked for, hence a tuple of them: 16 M of 1,090 M instructions)."""
    for c in chars:
        if c in name:
            return True
    return False


def _plan_lead(name: str) -> str:
    """``name`` without a modal word opening it before a verb (data/name_words.csv kind plan_lead: 计划引进高层次人才 ->
    引进高层次人才, audit 55); kept before a noun (计划投资: the planned amount) or with nothing after the verb."""
    lead = next((w for w in name_words("plan_lead") if name.startswith(w)), "")
    rest = name[len(lead):]
    if lead and any(rest.startswith(v) and len(rest) > len(v) for v in verbs()):
        return rest
    return name


BOTH_CHANGE: Final = re.compile(r"(?<=[量值额率入])均(?=增长|提高|提升|下降|降低|减少|增加)")  # 货运量、值均增长20%: each (held-out set 64, fix137b)
GROUP_EACH: Final = re.compile(r"(?<=[两二三四五六七八九十][大个家所项类条][\u4e00-\u9fff]{2})均(?=[\u4e00-\u9fff]{2})")  # 两大集团均实现资产规模达…: each group's


def both_dropped(name: str) -> str:
    """``name`` without a 均 (each, both) that says a figure holds for every member before it (held-out set 64, fix137b):
    dropped before a change after a measure (口岸进出口货运量值均增长 -> 口岸进出口货运量值增长; not 年均增长, 人均: a
    per-unit average ends on no measure), 各自 after a counted group (州级两大集团均资产规模 -> 州级两大集团各自资产规模)."""
    if "均" not in name:
        return name
    name = BOTH_CHANGE.sub("", name)
    return GROUP_EACH.sub("各自", name)


MANNER_LEFT: Final = ("方式", "形式")
RATE_WHOLE: Final = re.compile(r"(?<=率)(?:达到|达)[\u4e00-\u9fff]{1,6}的$")  # 志愿者注册率达到总人口的 (the whole a rate is of)
PER_PERIOD: Final = re.compile(r"[/／][年月日天周]")  # 提高到762元／月、6120元／年: the amounts' per-period tails, no words of a name (audit 44)


def polish(name: str) -> str:
    """``name`` without a commitment opening it (努力实现) nor a word inside it that says how the figure is stated
    (分别, 预计); the name itself when nothing would be left."""
    if not name:
        return name
    if name[0] in LEAD_FIRST:
        lead = next((w for w in name_words("commit_lead") if name.startswith(w)), "")
        if lead and len(name) > len(lead) + 1:
            name = name[len(lead):]
    if name[-1:] in "争取" and (tier := TIER_COMMIT.search(name)):  # 地区生产总值增长力争: the commitment is the row's, not its name
        name = name[:tier.start()]
    if name[0] == "计" and (bare := _plan_lead(name)) != name:
        name = bare
    if _has_any(name, INNER_FIRST) and (bare := _inner().sub("", name)) and len(bare) >= 2:
        name = bare
    if _has_any(name, MID_FIRST) and (bare := _mid().sub("", name)) and len(bare) >= 2:
        name = bare
    if _has_any(name, CROSS_FIRST) and (m := _crossed().search(name)) \
            and (m.end() < len(name) or m.end() > m.start() + 2 or m.group() in name_words("crossing_onto")):
        name = name[:m.start()] + name[m.end():]  # 地区生产总值突破五百亿增长 (突破“五百亿”、达513.35亿元，增长6.2%), 迈上新台阶
    if ("/" in name or "／" in name) and len(bare := PER_PERIOD.sub("", name)) >= 2:
        name = bare
    if "连续" in name and (m := YEARS_KEPT.search(name)):  # 安全利用率连续五年保持100%: the rate, kept for years (not 连续时长, a 4年 figure's)
        name = name[:m.start()]
    if ("较" in name or "比" in name) and (m := COMPARED_YEARS.search(name)):  # 资产总额较2020、2021年度增长: the years compared with, no words of the measure (audit 43 七台河 G4)
        name = name[:m.start()] + name[m.end():]
    if name.startswith(MANNER_LEFT) and len(name) > 6:  # 以“共同举办”“轮流举办”等方式举办赛事活动…10场: how, once its examples are gone (audit 36 DY24#44)
        name = name[2:]
    if name.endswith(("总数", "总量")) and (counted := programme_counted(name[:-2])) != name[:-2]:
        name = counted + name[-2:]  # 实施省级农业龙头企业倍增计划、力争总数突破100家: the firms' total (programme_totals)
    if name[-1:] == "达" and (raised := next((w for w in name_words("raised_reach") if name.endswith(w)), "")) and len(name) > len(raised) + 1:
        name = name[:-len(raised)]  # 将…标准提高30元，达到410元: the level (…标准), not the raise (fix162d)
    return both_dropped(_without_whole(_without_focus(name)))


def _without_focus(name: str) -> str:
    """``name`` without a verb that singles out the set worked on opening it (data/name_words.csv kind focus_lead:
    突出抓好重点项目年度计划投资 -> 重点项目年度计划投资, held-out set 64 潮州 row 23): how the work is stressed, no word
    of what is measured; kept when two characters or fewer would be left."""
    lead = next((w for w in name_words("focus_lead") if name.startswith(w)), "")
    if not lead and name.startswith(tuple(name_words("aspect_lead"))) and not name.startswith(tuple(name_words("aspect_kept"))):
        lead = next(w for w in name_words("aspect_lead") if name.startswith(w))  # 了粮食总产量: 确保了's particle (fix149h)
    return name[len(lead):] if lead and len(name) > len(lead) + 2 else name


def _without_whole(name: str) -> str:
    """A rate's name without the whole it is stated of after a verb of reaching (志愿者注册率达到总人口的15% ->
    志愿者注册率, held-out set 64 鹤岗 row 65): the rate is already a share, 达到总人口的 is clause debris ending in 的."""
    m = RATE_WHOLE.search(name)
    return name[:m.start()] if m is not None and m.start() >= 3 else name


def place_end(name: str) -> int:
    """Where the first place word in ``name`` (data/name_words.csv kind place_alone) ends, 0 if none."""
    at, length = min(((at, -len(w)) for w in name_words("place_alone") if (at := name.find(w)) >= 0), default=(0, 0))
    return at - length  # the earliest place word, the longest there (各县（市）, not 各县)


def place_measure(place: str, sibling: str) -> str:
    """The name of a place alone (``place``, kind place_alone) beside a sibling that names a place and then a
    measure (the first place word in it): the place and that measure (省控断面 + 国控断面Ⅲ类水比率 -> 省控断面Ⅲ类水比率); ``place`` when the
    sibling opens with no place word or names nothing after it."""
    if place not in name_words("place_alone"):
        return place
    at = place_end(sibling)
    rest = sibling[at:] if at else ""
    return place + rest if len(rest) >= 2 and place_end(rest) == 0 else place


def place_members(parts: list[str]) -> list[str]:
    """The members of a 分别 list where each member before the last is a place alone: each takes the measure the
    last member names after its own place (中心城区、县城环境空气质量优良率 -> 中心城区环境空气质量优良率)."""
    last = parts[-1]
    if not all(p in name_words("place_alone") for p in parts[:-1]):
        return scoped_rate_members(parts)
    return [place_measure(p, last) for p in parts[:-1]] + [last]


AMOUNT_DIGITS: Final = frozenset("0123456789.．０１２３４５６７８９一二三四五六七八九十百千万")  # a sibling's amount the name's class word follows
OWN_AMOUNTS: Final = ("营业收入", "营收", "产值", "增加值", "税收", "利润")  # a member ending in one the sibling does not is no member of its class


def _stage_class(prefix: str) -> bool:
    """A sibling's opening that is or ends in a stage verb (新开工亿元以上项目724个、续建482个: 新开工, audit 44; 集中开工亿元以上
    项目688个、竣工投产460个: 集中开工, audit 53) is the stage of its own member, no class for the next."""
    return prefix.endswith(name_words("stage_verb"))


def level_class(name: str, sibling: str, theirs: str, unit: str) -> str:
    """A 、 member counted in another counter of things than its sibling (创建省级绿美城市1个、…、绿美河湖4件、绿美校园21所) keeps
    the sibling's class when that class opens with a level (省级): it runs on past the change of counter (held-out 50 楚雄
    G8); a verb before the sibling's noun (新建改扩建高中4处、学位1万个) is none. ``name`` otherwise."""
    if unit_field(unit, "kind") != "count" or unit_field(theirs, "kind") != "count" or LEVEL_OPENING.match(name) or name[-2:] != sibling[-2:]:
        return name  # (both close on the verb they share, 创建; not 市级以上现代农业产业园…24个、农业龙头企业…191家: another thing)
    classed = list_class(name, sibling)
    return classed if classed != name and LEVEL_OPENING.match(classed) else name


def list_class(name: str, sibling: str) -> str:
    """A 、 member whose name opens with a word the sibling before it names after a class of its own (省级乡村振兴示范乡镇5个、
    示范村100个: 示范 after 省级乡村振兴): the member keeps that class (省级乡村振兴示范村); ``name`` otherwise."""
    if len(name) < 3 or len(sibling) < len(name) or any(w in name for w in STOCK_WORDS) or name.endswith(name_words("stage_verb")):
        return name  # (…企业50家、总量突破300家: a stock, no class of the additions; 新引进项目50个、新开工30个: a stage of its own, audit 53)
    if name[:2] == sibling[:2] and name[:2] in name_words("title_verb") and (rest := list_class(name[2:], sibling[2:])) != name[2:]:
        return name[:2] + rest  # 创成省级和美乡村示范县1个、和美乡村示范村18个: the verb both share, then the class (audit 41)
    lead = next((w for w in name_words("flow_lead") if name.startswith(w) and sibling.startswith(w)), "")
    if lead and (level := LEVEL_OPENING.match(sibling, len(lead))) and not LEVEL_ANYWHERE.search(name) and (title := DESIGNATED.match(sibling, level.end())) \
            and title.group(1) in name_words("designation") and title.group(1) not in name and len(name) - len(lead) >= 2:
        return sibling[:title.end()] + name[len(lead):]  # 新增省级示范农民合作社20个、家庭农场22个: 新增省级示范家庭农场 (held-out set 72 亳州 row 93, fix151d)
    own = next((m for m in OWN_AMOUNTS if name.endswith(m)), "")
    if own and not sibling.endswith(own) and sibling.endswith(OWN_AMOUNTS):
        return name  # 电子信息制造业产值500亿元、信息服务业营收150亿元: another amount of another industry, not 电子信息服务业营收
    if (level := LEVEL_OPENING.match(sibling)) and not LEVEL_ANYWHERE.search(name) and (verb := next((v for v in name_words("title_verb") if sibling.endswith(v)), "")) \
            and name.endswith(verb) and len(name) > len(verb) and sibling[-len(verb) - 1] == name[-len(verb) - 1]:
        return level.group() + name
    if level and not LEVEL_ANYWHERE.search(name) and verb and name.endswith(verb) and (title := DESIGNATED.match(sibling, level.end())) \
            and title.group(1) in name_words("designation") and title.group(1) not in name:
        return sibling[:title.end()] + name  # 创建省级以上示范家庭农场30家、农民合作社20家: 省级以上示范农民合作社 (audit 46)  # 争创省级精品村5个、示范村50个: the titles one level grants, 省级示范村 too (audit 40, LS28)
    at = sibling.find(name[:2], 2)
    if at > 0 and sibling[at - 1:at] in AMOUNT_DIGITS:  # 10亿元以上重大产业项目…、亿元以上产业项目: another amount class, not 10亿元 (audit 45)
        return name
    return sibling[:at] + name if 2 <= at <= CLASS_REACH and not sibling.startswith(name[:2]) and sibling[at:] != name \
        and LINKS.isdisjoint(sibling[:at]) and not _stage_class(sibling[:at]) and not name.endswith(sibling[at:]) else name  # (not 优化A和B，收储…、出让…: a clause,
    # no class; nor 新开工 of 新开工亿元以上项目724个、续建482个: a stage, audit 44; nor a member closing as the sibling does:
    # 城镇失业人员再就业1.9万人、就业困难人员就业1.2万人 has its own subject and verb, held-out 50 楚雄 G7)


def place_head(scan: str, end: int, unit: str, name: str) -> str:
    """The name of a count followed by 、, a short place and a count in the same counter that a noun follows (实施A新区100个、
    B新区60个重点项目): the count's own words and that noun (实施A新区重点项目), the head both counts are of; '' otherwise."""
    m = NEXT_MEMBER.match(scan, end) if scan.startswith("、", end) else None  # (the pattern opens with 、: a gate)
    if m and m.group(1) in WORKED_UNITS and name not in verbs():
        return ""  # an area or length shares the noun only after a bare work verb (新建4万亩、…; not 新改建农村公路31公里、改善360公里…)
    return name + m.group(2) if m and m.group(1) == unit and m.group(2) not in name and qualifier_pattern("after").match(scan, m.start(2)) is None \
        else ""  # (…、B 300个以上: a qualifier, no noun)


# (also an area or length with its own work verb: 新建4万亩、改造提升8万亩高标准农田 -> 新建高标准农田; held-out audit 49 茂名 G1)
WORKED_UNITS: Final = ("亩", "公里")
NEXT_MEMBER = re.compile(r"、[\u4e00-\u9fff]{2,8}?[\d.]+万?(个|家|所|座|条|项|处|户|亩|公里)([\u4e00-\u9fff]{2,16}?)(?=[，,。；;、]|$)")


def sibling_owner(name: str, sibling: str) -> str:
    """A growth of a measure of the thing the 、 member before counts by running it (data/name_words.csv sibling_measure:
    中欧班列开行400列、货值增长20%以上) is that thing's: 中欧班列货值增长 (audit 46 徐州 row 66), and a bare rate of the act the member before counts
    (基本养老保险参保…、参保率: 基本养老保险参保率); ``name`` otherwise."""
    if (stem := name.removesuffix("率")) != name and 2 <= len(stem) <= 3 and sibling.endswith(stem) and len(sibling) >= len(stem) + 2:
        return sibling + "率"  # 基本养老保险参保189.6万人、参保率94.31%: that insurance's 参保率 (audit 51 资阳 rows 65, 66)
    if not name.endswith("增长") or name[:-2] not in name_words("sibling_measure"):
        return name
    verb = next((v for v in name_words("run_verb") if sibling.endswith(v)), "")
    return sibling[:-len(verb)] + name if verb and len(sibling) - len(verb) >= 2 else name


PER_PEOPLE_AFTER = re.compile(r"[/／]([千万])人口?")  # 3.3个/千人: a density, the people it is per written after the counter


def per_people(scan: str, end: int, name: str) -> str:
    """The name of a count per thousand (ten thousand) people written as a unit after it (托位数达3.3个/千人 ->
    每千人口3岁以下婴幼儿托位数; held-out audit 49 遵义 G7): a density, not a total of places; ``name`` otherwise."""
    m = PER_PEOPLE_AFTER.match(scan, end) if scan[end:end + 1] in "/／" else None
    return "每" + m.group(1) + "人口" + name if m and name and "每" not in name else name

