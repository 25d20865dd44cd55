"""The noun a figure is of when it follows the figure (4个幸福食堂, 90%的实物指标) and the noun a money threshold
classifies (亿元以上项目): read after the figure, apart from ``indicators``' pieces read from the clause before it."""
from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

from govreport.extract.gov_levels import levelled_noun
from govreport.extract.indicators import DECOR, _verb_lists
from govreport.extract.listed_counts import place_pair_head, rated_list_noun
from govreport.extract.long_names import trim_long
from govreport.extract.name_forms import class_ahead, list_object
from govreport.report.chars import is_ideograph
from govreport.extract.name_results import LETTERED_NOUN, decoration_room, label_closed, modified_people, quote_closed, with_reached_state, without_notes
from govreport.extract.noun_pairs import after_counted_member, before_batches, before_named_sites, paired_noun, without_slogans
from govreport.lexicon import descriptor_nouns, longest_first, name_words, qualifier_pattern, qualifiers, unit_field, units, verbs

_ONCE: Final[dict[str, Any]] = {}  # accessors made once (not functools.cache: a direct look-up on each of thousands of calls)
POST_NOUN_STOPS: Final = (r"，|,|。|！|!|？|\?|；|;|：|:|、|\(|\)|（|）|[0-9]{digits}|{links}|{deng}|的|得到|高质量完成|超额完成|超额实现|全面|全部|顺利|投入|大幅|进一步|已|正在|稳步|(?<!可)持续|不断|彻底|有力|要加快|加快"
                          r"|扎实|不动摇|不放松|不松懈|降至|降到|提高|下降|降低|增长(?![点极])|减少|达到|完成|扩大到|扩大至|增加到|增加至|免费提供|提供|被纳入|纳入|均(?=完成|达到|实现|建成|超过|已|顺利|获|通过)")  # every branch opens with a plain character: re skips ahead to those (0-9: the scan's digits are ASCII)
INNER_ASIDE: Final = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]|(?<=新)[(（][\u4e00-\u9fff](?:、[\u4e00-\u9fff]){1,2}[)）]")  # (新（改、扩）建: one word)
EXAMPLES_BEFORE_HEAD: Final = re.compile(r"([\u4e00-\u9fff])[\u4e00-\u9fff](?:、\1[\u4e00-\u9fff])+的(?=[\u4e00-\u9fff“]{2})|集[^，,；;。\d]{1,30}?于一体的(?=[\u4e00-\u9fff]{3})|(?:[\u4e00-\u9fff]{1,4}、)+[\u4e00-\u9fff]{1,4}等(?=[\u4e00-\u9fff]{2})|[\u4e00-\u9fff]{4,6}等(?=[\u4e00-\u9fff]{4})")  # 宜居、宜游、宜业的X: a parallel run of modifiers before 的 (held-out set 83); 视力、听力等; 集A、B等于一体的X (audit 29); 电源电网等能源基础设施 (audit 33)
POST_NOUN_KINDS: Final = ("count", "people", "households")


THRESHOLD_WORD = re.compile(r"及以上|以上|以下|级")
THRESHOLD_NOUN_STOP: Final = r"|达|超|实现|完成|建成|开工|投产|增长|签约"


@cache
def _noun_stop(threshold: bool = False) -> re.Pattern[str]:
    """Where a noun after a figure ends: a mark, a link (和, 及, 与, but not inside a word of data/name_words.csv:
    可感可及民生实事 is one noun), a digit (not one opening a word of kind digit_noun: 3人制), 的, an adverb or a change;
    after a threshold (亿元以上项目) also a verb of what the things did."""
    links = ["以及"]  # 2座压缩式生活垃圾转运站以及停车场: the link starts at 以
    links += [_free_char(link, name_words("not_link")) for link in "和及与"]
    links += [_free_char(c, name_words("not_causative")) for c in name_words("causative")]  # 2.05万户土坯房改造让更多群众…: the clause after 让 is what the count brings about
    digits, deng = "".join(f"(?!{w})" for w in name_words("digit_noun")), "等(?!级)" + "".join(f"(?<!{w})" for w in name_words("deng_word"))  # (3人制篮球场: one noun; 中等职业学校, 国家等级旅游民宿: no examples' end)
    return re.compile(POST_NOUN_STOPS.format(links="|".join(links), digits=digits, deng=deng) + (THRESHOLD_NOUN_STOP if threshold else ""))


def _free_char(char: str, words: tuple[str, ...]) -> str:
    """A pattern of ``char`` not preceded or followed by the rest of a two-character word of ``words`` it is part of
    (可及 for 及, 出让 for 让): the character first, so re skips ahead to it."""
    before = "".join(sorted({w[0] for w in words if len(w) == 2 and w[1] == char}))
    after = "".join(sorted({w[1] for w in words if len(w) == 2 and w[0] == char}))
    return char + (f"(?<![{before}]{char})" if before else "") + (f"(?![{after}])" if after else "")


def threshold_of(scan: str, end: int, unit: str) -> str:
    """The noun a money threshold classifies (亿元以上项目 -> 项目门槛, 百亿元级产业园 ->
    产业园门槛), or '' when the amount is not followed by one."""
    if unit_field(unit, "kind") != "money":
        return ""
    m = THRESHOLD_WORD.match(scan, end)
    noun = _noun_at(scan, m.end(), _noun_stop(True)) if m else ""
    return noun + "门槛" if noun else ""


def is_money_class(scan: str, end: int, unit: str, bare: bool) -> bool:
    """A money amount that names a class of things, not an amount of something: any amount
    before 级 (百亿元级产业集群, 30亿元级项目), and an amount written without a number before
    以上/以下 and a noun (亿元以上项目). 投资5亿元以上项目 keeps its amount: the number may be
    what was invested."""
    if unit_field(unit, "kind") != "money":
        return False
    if scan.startswith("级", end):
        return True
    return bare and bool(threshold_of(scan, end, unit))


def post_noun_units() -> frozenset[str]:
    """Units a noun may follow (4个幸福食堂, 90%的实物指标): ``post_noun`` is '' for any other."""
    return _ONCE.get("post_noun_units") or _ONCE.setdefault("post_noun_units", frozenset(u for u in units() if unit_field(u, "kind") in POST_NOUN_KINDS) | {"%"})


def _after_firsts() -> frozenset[str]:
    """The first characters of the qualifier words after a figure (左右, 以上 …): a gate before their pattern."""
    return _ONCE.get("after_firsts") or _ONCE.setdefault("after_firsts", frozenset(w[0] for w in qualifiers()["after"] if w))


PEOPLE_AFTER: Final = re.compile(r"[0-9][0-9.]*多?[万千]?(人|名)(?![次0-9])")  # 2712户1万人: a count of the people of the households before it
CLAUSE_PUNCTUATION = frozenset("，。；、：,;:！？!?\n")
NOUN_PAIR: Final = re.compile(r"[\u4e00-\u9fff]{2,12}(?=[，,。；;]|、\d|$)")  # a second noun after 和 that ends the clause (…和车网互动一体化示范应用) or its 、 list member (5个居家和社区养老服务中心、10个…: spot 36)


@cache
def _verb_in() -> re.Pattern[str]:
    """Any verb (verbs.csv) or result word (name_words.csv) of two characters or more (共 is part of 公共): a run with one is no plain noun."""
    return re.compile("|".join(map(re.escape, sorted({w for w in (*verbs(), *name_words("result")) if len(w) > 1}, key=longest_first))))


NOUNS_SHARING = re.compile(r"(?:、[\u4e00-\u9fff]{2,12}?)+(?=[，,。；;]|$|进行|(?<!开工)(?<!启动)(?<!推进)建设[，,。；;])")  # …、灯塔工厂、国家智能制造示范工厂。 (…、公共服务项目建设。; not …牧场开工建设)
HEADED_LIST: Final = re.compile(r"(?:、[\u4e00-\u9fff]{1,6}?)+[和及](?:其他)?[\u4e00-\u9fff]{4,16}?(?=的)")  # 食品、药品和其他消费品安全国家标准的

TOTAL_MODIFIER: Final = re.compile(r"总投资(?:约|超过?)?\d+(?:\.\d+)?[万亿]*元(?:以上|左右)?的(?=[\u4e00-\u9fff])")  # a count's projects sized by their total


def post_noun(scan: str, end: int, unit: str) -> str:
    """The noun a count is of when it follows the figure: 4个幸福食堂 -> 幸福食堂, 90%的实物指标 -> 实物指标."""
    if end >= len(scan) or scan[end] in CLAUSE_PUNCTUATION or unit != "%" and unit_field(unit, "kind") not in POST_NOUN_KINDS:
        return ""  # 建成4个，…: most figures end their clause
    if "0" <= scan[end] <= "9" and unit_field(unit, "kind") == "households" and (people := PEOPLE_AFTER.match(scan, end)):
        return post_noun(scan, people.end(), people.group(1))  # 2712户1万人生态…搬迁: the households are of the noun after the people
    after = qualifier_pattern("after").match(scan, end) if scan[end] in _after_firsts() else None
    pos = after.end() if after else end
    if unit_field(unit, "kind") == "count" and (rated := rated_list_noun(scan, pos, lambda p: _noun_at(scan, p, _noun_stop(), asides=True))):
        return rated  # 3个220千伏、4个110千伏输变电项目: each count its class of the noun they share (fix162e)
    if after and scan.startswith(("和", "以及"), pos) and EXAMPLES_BEFORE_HEAD.match(scan, pos + 1):
        return ""  # 企业30家以上和雏鹰、瞪羚等…企业5家以上: the qualifier ends the count's member, the examples are the next one's
    if unit == "%":
        if not scan.startswith("的", pos):
            return ""
        pos += 1
    elif scan[pos:pos + 1] == "的" and (unit_field(unit, "kind") == "households" or after and qualifiers()["after"].get(after.group()) == "about"):
        pos += 1  # 完成800户的改造任务: the households' task is counted; 选择11个左右的县: the counties (not 20万人口以上的县: a class)
    elif total := TOTAL_MODIFIER.match(scan, pos):
        pos = total.end()  # 完成23个总投资4.3亿元的…旅游产业项目: the projects, not their total investment (held-out set 67 日喀则, fix142a)
    elif aside := (INNER_ASIDE.match(scan, pos) if scan.startswith(("（", "("), pos) else class_ahead(scan, pos)):  # (14台35蒸吨/小时以下燃煤锅炉: a class)
        pos = aside.end()  # 100条（个）幸福河湖: the other counter in brackets is no noun
        later = qualifier_pattern("after").match(scan, pos) if scan[pos:pos + 1] in _after_firsts() and scan[pos - 1] in "）)" else None
        pos = later.end() if later else pos  # 领军人才（团队）100人（个）以上: the qualifier after the other counter (audit 52 自贡 G7)
    examples = EXAMPLES_BEFORE_HEAD.match(scan, pos) if scan.startswith("集", pos) or scan.find("、", pos + 1, pos + 5) >= 0 or (at := scan.find("等", pos + 4, pos + 7)) >= 0 and not scan.startswith(name_words("deng_word"), at - 1) and unit_field(unit, "kind") == "count" else None
    if examples is not None:
        pos = examples.end()  # 20000名视力、听力、肢体等残疾儿童: the noun after the examples
    noun, pos = levelled_noun(scan, pos, lambda p: modified_people(scan, p, _noun_at(scan, p, _noun_stop(), asides=True), unit, lambda q: _noun_at(scan, q, _noun_stop(), asides=True)))  # 440个省、市重点项目: 省市…
    if examples and len(noun) <= 2:  # 5000场次专题教育、家长课堂等活动: a bare head keeps its examples
        noun = DECOR.sub("", examples.group()) + noun
    more = NOUNS_SHARING.match(scan, pos + len(noun)) if noun and scan.startswith("、", pos + len(noun)) else None  # 40条特色步道、特色林荫道: every member's
    noun, members = without_slogans(noun, before_named_sites(before_batches(more.group().split("、")[1:])) if more else [])  # 927个省市县重点项目早开快投、快建多投: the projects
    if not members and 0 < len(noun) <= 4 and (headed := HEADED_LIST.match(scan, pos + len(noun)) or list_object(scan, pos + len(noun))):
        noun += headed.group()  # 7700多项食品、药品和其他消费品安全国家标准的制定: the head closing the list is counted
    if members and (all(m[-1] == noun[-1] for m in members) or len(members) == 1 and not _verb_in().search(noun if len(noun) == 2 else noun + members[0]) and (len(noun) == 2 or "的" not in members[0])):
        noun = noun + "和" + members[0] if len(members) == 1 else noun + "等"  # (26条樱花、紫薇特色路改造: two kinds of one head)
    elif sited := site_headed(noun, members):
        noun = sited
    elif noun and scan[pos + len(noun):pos + len(noun) + 1] in ("和", "及") and (pair := NOUN_PAIR.match(scan, pos + len(noun) + 1)) and not \
            pair.group().startswith(("一", "其", "各")) and not after_counted_member(scan, pos, pair.group()) and (second := paired_noun(pair.group(), _verb_in().search(pair.group()), noun, unit_field(unit, "kind") in POST_NOUN_KINDS[1:])) and trim_long(joined := noun + scan[pos + len(noun)] + second, 18) == joined:
        noun = joined  # 90家…示范社和家庭农场: both nouns, to the clause's end (not so long that trim_long keeps only the second)
    elif noun and (head := counted_pair_head(scan, pos + len(noun), noun) or place_pair_head(scan, pos + len(noun), noun)):
        noun += head  # 14个示范类和23个推广类美丽集镇: 示范类美丽集镇 (held-out set 65, fix138c); 6个县城和9个重点镇供水工程: 县城供水工程 (fix162e)
    if noun in name_words("scale_noun") and scan[pos + len(noun):pos + len(noun) + 1] in CLAUSE_PUNCTUATION:
        return ""  # 保障能力达到5万人标准: the size the subject reaches, named by the subject
    noun = _next_qualifier_free(scan, pos, noun)  # 15个乡镇约33万人: 乡镇, the 约 is the next figure's
    noun = _next_measure_free(scan, pos, noun, unit)  # 100家规上工业企业技改投资161亿元: the firms, the 投资 is the amount's
    if noun and "0" <= scan[pos + len(noun):pos + len(noun) + 1] <= "9" and (entered := ranked_entry(scan, pos + len(noun), noun)):
        return entered  # 3家园区跻身全省30强: 跻身全省30强园区
    return "" if noun.endswith(descriptor_nouns()) else with_reached_state(scan, pos, noun)  # 5%左右的较低水平: a level, no subject


COUNTED_PAIR: Final = r"[和及][\d.]+[\u4e00-\u9fff]?(?:以上|左右)?([\u4e00-\u9fff]{{1,4}}?{end})([\u4e00-\u9fff]{{2,8}})(?=[，,。；;])"  # (the modifier's last character)


def counted_pair_head(scan: str, at: int, noun: str) -> str:
    """The head a counted modifier shares with the counted member after 和 that ends the clause, when both modifiers end alike
    (建设14个示范类和23个推广类美丽集镇: 示范类 and 推广类 are kinds of 美丽集镇, which 14个 counts too; held-out set 65 文山
    rows 46–47, fix138c); '' otherwise (3个示范村和5个重点村: each member names its own thing)."""
    if not 2 <= len(noun) <= 4 or not scan.startswith(("和", "及"), at) or not is_ideograph(noun[-1]):
        return ""
    m = re.compile(COUNTED_PAIR.format(end=noun[-1])).match(scan, at)
    return m.group(2) if m is not None and m.group(1) != noun and not _verb_in().search(m.group(2)) else ""  # (2519个典型村和25个典型村片区: a part of the first)


def site_headed(noun: str, members: list[str]) -> str:
    """A counted noun whose one 、 member after it closes with a site head it lacks (name_words.csv ``list_site_head``: 8个农业新品种、
    新技术推广示范基地): the list modifies that head, which is what the count counts (农业新品种新技术推广示范基地, held-out set 62
    锦州 row 40, fix133d); '' otherwise."""
    if len(members) != 1 or len(noun) < 2:
        return ""
    head = max((w for w in name_words("list_site_head") if members[0].endswith(w)), key=len, default="")
    if not head or len(members[0]) - len(head) < 2 or noun.endswith(tuple(name_words("list_site_head"))):
        return ""
    return noun + members[0]


RANKED_CLASS: Final = re.compile(r"\d{1,4}强")  # the N强 a ranked class is named by (全省30强)


@cache
def _rank_entry() -> re.Pattern[str]:
    """Things, a verb of entering a ranked class (name_words.csv kind ``rank_entry``), and the class's scope."""
    return re.compile("([\u4e00-\u9fff]{1,8}?)(" + "|".join(map(re.escape, name_words("rank_entry"))) + ")([\u4e00-\u9fff“”]{0,12})")


def ranked_entry(scan: str, at: int, noun: str) -> str:
    """The things counted that enter a ranked class, when the noun after the count stops at its N强 (3家园区跻身全省30强:
    跻身全省30强园区, not 园区跻身全省, whose 30 is a label; held-out set 60, fix130c); '' otherwise."""
    ranked = RANKED_CLASS.match(scan, at)
    entry = _rank_entry().fullmatch(noun) if ranked else None
    if not entry or not ranked or entry.group(1).endswith("中"):
        return ""  # (87个地级市中进入前20强: the pool the place is ranked in, no entrants)
    return entry.group(2) + entry.group(3) + ranked.group() + entry.group(1)


def _next_qualifier_free(scan: str, pos: int, noun: str) -> str:
    """``noun`` (read at ``pos``) without the qualifier of an approximate figure right after it (提升15个乡镇约33万人…: 乡镇, not
    乡镇约; held-out 51 晋中): the noun stops at a digit, so a qualifier before one is no part of it."""
    at = pos + len(noun)
    if not noun or not scan[at:at + 1].isdigit():
        return noun
    word = max((w for w, kind in qualifiers()["before"].items() if kind == "about" and noun.endswith(w)), key=len, default="")  # (约, 近)
    return noun[:-len(word)] if word and len(noun) - len(word) >= 2 else noun


MONEY_AFTER: Final = re.compile(r"\d+(?:\.\d+)?[万亿千百]*元(?:以上|左右)?")  # an amount right after a count's noun
DESTINATION: Final = re.compile(r"[到至赴]")  # 引进100家广东企业到贵州投资: where the things go to invest, no noun to cut


def _next_measure_free(scan: str, pos: int, noun: str, unit: str) -> str:
    """``noun`` (read at ``pos``) without the measure word of an amount right after it (完成100家规上工业企业技改投资161亿元:
    the count is of the firms upgraded, the 技改投资 is the 161亿元's; held-out 54 信阳 row 19). Only for a count of things,
    only when an amount (…元) follows the noun and no 的 after it makes it a class of a head after, only the words of
    name_words.csv's ``amount_measure``, and only when what is left is a noun: no verb (省市重点项目实现投资) nor destination
    (企业到贵州投资) in it."""
    at = pos + len(noun)
    amount = MONEY_AFTER.match(scan, at) if noun and unit_field(unit, "kind") == "count" else None
    if amount is None or scan.startswith("的", amount.end()):
        return noun  # (6个年度计划总投资100亿元的装备制造项目: the amount classes the head after it, which the count counts)
    word = max((w for w in name_words("amount_measure") if noun.endswith(w)), key=len, default="")
    rest = noun[:-len(word)] if word else ""
    return rest if len(rest) >= 4 and not _verb_in().search(rest) and not DESTINATION.search(rest) else noun  # (实现投资, 到贵州投资: the investing is what the things do)


def noun_after(scan: str, end: int) -> str:
    """The noun right after an amount (2万平方米仓储库 -> 仓储库; 16.9万平方米的绿化任务 -> 绿化任务)."""
    after = qualifier_pattern("after").match(scan, end)
    pos = after.end() if after else end
    if scan.startswith("的", pos):
        pos += 1
    return _noun_at(scan, pos, _noun_stop(), asides=True)


GENERATION: Final = re.compile(r"\dG(?=[\u4e00-\u9fff])")  # a network generation opening a noun after a count (2户以上5G数字化应用标杆企业: held-out set 65, fix138c)
NOUN_REACH = 16  # how far a noun after a figure may run before its stop (quotes and brackets included)


def _noun_at(scan: str, pos: int, stop: re.Pattern[str], asides: bool = False) -> str:
    """The noun that starts at ``pos`` (a Chinese character or an opening quote): up to the first
    ``stop`` within 14 characters, else 10 characters, decoration removed; '' if none starts there.
    With ``asides``, a short aside in brackets belongs to the noun (4个村（社区）综合服务场所)."""
    if pos >= len(scan) or not ("\u4e00" <= scan[pos] <= "\u9fff" or scan[pos] in "“\"" or LETTERED_NOUN.match(scan, pos)):
        return ""  # (12179户D级房, 5个BDO一体化项目: a noun opened by letters, spot 36)
    limit = min(len(scan), pos + NOUN_REACH + decoration_room(scan, pos, NOUN_REACH))  # (省级农村“客货邮”融合发展试点县: audit 44)
    m = stop.search(scan, label_closed(scan, pos + 2 if GENERATION.match(scan, pos) else pos, limit, stop), limit)  # (5G数字化应用标杆企业: its 5 no stop)
    aside = INNER_ASIDE.match(scan, m.start()) if m and asides else None
    if aside:
        m = stop.search(scan, aside.end(), limit)
        if m is None and aside.end() >= limit:  # 3个自治区级民族团结进步模范县（区）: the aside closes a noun that fills the reach (set 67 日喀则 row 6)
            return DECOR.sub("", without_notes(scan[pos:aside.end()]))
    return DECOR.sub("", without_notes(scan[pos:m.start() if m else _reach_end(scan, pos)]))


def _reach_end(scan: str, pos: int) -> int:
    """Where a noun with no stop within reach ends: after its last noun-ending character among its first 14, else at its clause's end within 20 (普及普惠县省级评估: no cut inside a word), else after 10."""
    m = (ends := _last_noun_end())[0].match(scan, pos, min(len(scan), pos + 14)) or ends[1].match(scan, pos, min(len(scan), pos + 20))
    if m is None and (label := quote_closed(scan, pos, min(len(scan), pos + 10))) > pos:  # 5条“童童安安”儿童权益保护公益宣传系列视频: the label
        m = ends[2].match(scan, label, min(len(scan), label + 20))  # takes no room from a run to the clause's end (fix146d)
    if m and m.end() - pos >= 3 and (family := HOUSEHOLD_WORK.match(scan, m.end() - 1, min(len(scan), pos + 20))):
        return family.end()
    return m.end() if m and m.end() - pos >= 3 else min(len(scan), pos + 10)


HOUSEHOLD_WORK: Final = re.compile(r"人家庭(?:[\u4e00-\u9fff]{2,12}(?=[、，,。；;]))?")  # 500户特殊困难老年人家庭居家适老化改造: the noun is the
# people's households and the work done in them to the clause's end, not the people (held-out set 55 景德镇 row 35)


@cache
def _last_noun_end() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    run = "(?:(?!" + "|".join(map(re.escape, (*_verb_lists()[1], "实现", "完成"))) + ")[\u4e00-\u9fff“”])"
    return re.compile(".*[" + re.escape("".join(name_words("noun_end"))) + "](?![民口庄])"), re.compile(run + "{16,19}(?=[、，,。；;])"), re.compile(run + "{8,19}(?=[、，,。；;])")  # not 人民币, 人口, 村庄; a run to the clause's end holds no heavy verb (…家庭发放公租房…), quoted words too (全国基层“名老”中医药专家传承工作室: set 68 那曲 row 45)


NEXT_FIGURE: Final = re.compile(r"[\d.]+([\u4e00-\u9fff]{1,2})")  # the next figure and the characters its unit may be


NEXT_ENDS: Final = ("", "，", "。", "；", ",", ";", "\n")  # the next count ends its clause: it has no noun after it of its own


def next_figures_noun(scan: str, end: int, post: str, base: str) -> str:
    """``post``, unless it is the noun of the figure right after it rather than this figure's (新增公办幼儿园8所学位2310个:
    学位 counts the 2310个, the 8所 are the 幼儿园 named before; held-out set 66 博尔塔拉 row 83, fix142c): '' then, when that figure
    is a count too, ending its clause, and the words before this one (``base``) name a thing of their own to count."""
    nxt = NEXT_FIGURE.match(scan, end + len(post)) if post and len(post) <= 4 and scan.startswith(post, end) else None  # (a longer one is a clause: 7个煤焦化项目我市占6个)
    k = next((k for k in (2, 1) if nxt is not None and len(nxt.group(1)) >= k and unit_field(nxt.group(1)[:k], "kind") == "count"), 0)
    if nxt is None or not k or scan[nxt.start(1) + k:nxt.start(1) + k + 1] not in NEXT_ENDS:  # (…片区106栋老旧楼房改造: 106栋's own noun)
        return post  # (落实种植业保险22个品种172万亩: the area of those kinds, 品种 the 22's)
    return "" if len(base) >= 4 and not any(c.isdigit() for c in base) else post
