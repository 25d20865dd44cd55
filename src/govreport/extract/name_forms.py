"""Word forms the reading of a name sees through.

A threshold between a count and the noun it counts (100所海拔1500米以上农村中小学, 14台35蒸吨/小时以下燃煤锅炉):
a class of the things counted, no noun of its own — the count's name is the noun after it (audit 24, GZ26#97;
docs/assumptions.md#names); likewise a grade with 及以上/及以下 (12家二级及以上公立医院, UR24#50), whose 及 would
end the noun as a link (a grade without 及, 二级以上医院, stays in the noun); likewise a rating of each thing counted, in a
unit of power or voltage (3座35万千瓦光热电站, 22个750千伏和330千伏电网工程: audit 27 QH26#11, NX26#23).

A contracted list of members before 分别 (一二三产增加值分别增长…: data/name_subjects.json contracted_lists) is written out
member by member (第一产业、第二产业、第三产业增加值), so that each member is named and keyed for itself (audit 24, GZ26#1-#3);
a verb that ends the last member only (A系统、B专网、C应用整合分别完成…) is every member's (audit 24, GZ26#69, #70)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import indicator_registry, longest_first, name_subjects, name_words, trie_pattern, unit_field, units, verbs

# an optional measure word of up to three characters (海拔), then an amount and its unit and (及)以上/以下, or a grade
# in Chinese numerals and 及以上/及以下, right before the noun
# (also with 的 after it: 58个投资10亿元以上的重大项目 — the noun after 的 is counted: audit 38 WH24#10)
CLASS_AHEAD: Final = re.compile(r"(?:[\u4e00-\u9fff]{1,3}?(?=[\d.]))?(?:[\d.]+[^\d，,。；;、]{1,8}?及?|[一二三四五六七八九]级及)以[下上内]的?(?=[\u4e00-\u9fff])")

RANK_AHEAD: Final = re.compile(r"\d+强(?=[\u4e00-\u9fff]{2})")  # 精选1000家500强企业: the rank class before the noun counted
# 建设16个15分钟便民生活圈, 2个10万吨级泊位: a time that names a service circle, a tonnage class of berths (audit 37, YC24#38, YL24#7)
SIZE_AHEAD: Final = re.compile(r"[\d.]+(?:分钟|小时)(?=[\u4e00-\u9fff]{1,8}圈)|[\d.]+万?吨级(?=[\u4e00-\u9fff])")


# 培育3户以上年营业收入100亿级企业: the measure a money class is of (session 36 大理 row 21) is no noun of the firms counted
MONEY_CLASS_MEASURE: Final = re.compile(r"[\u4e00-\u9fff]{2,6}?[\d.]+[万亿]元?级(?=[\u4e00-\u9fff])")


def _figure_near(scan: str, pos: int) -> bool:
    """Whether CLASS_AHEAD or MONEY_CLASS_MEASURE could match at ``pos``: both need a digit (``\\d``: ``isdecimal``) or a point
    in the 7 characters from ``pos``, or a grade there followed by 级及; a loop, not a pattern call, for every count."""
    window = scan[pos:pos + 7]
    for c in window:
        if "0" <= c <= "9" or c == ".":
            return True
        if c >= "\x80" and not "\u4e00" <= c <= "\u9fff" and c.isdecimal():  # (no other ASCII and no ideograph is a digit: no method call for them)
            return True
    return window[1:3] == "级及"


def class_ahead(scan: str, pos: int) -> re.Match[str] | None:
    """The threshold or rating that opens the words at ``pos`` after a count, or None (most counts are followed by their noun)."""
    if not scan[pos:pos + 1].isdigit():
        if not _figure_near(scan, pos):
            return None  # neither pattern can match (most counts: their noun follows)
        return CLASS_AHEAD.match(scan, pos) or MONEY_CLASS_MEASURE.match(scan, pos)
    return CLASS_AHEAD.match(scan, pos) or _rating_ahead().match(scan, pos) or RANK_AHEAD.match(scan, pos) or SIZE_AHEAD.match(scan, pos)  # 1000家500强企业 (audit 29)


@cache
def rating() -> str:
    """One class label: an amount in a unit of kind power or voltage (data/units.csv: 220千伏, 500千伏级), not 千瓦时."""
    rated = [u for u in units() if unit_field(u, "kind") in ("power", "voltage")]
    return r"[\d.]+[万亿]?(?:" + trie_pattern(rated) + r")(?!时)级?"


@cache
def _rating_ahead() -> re.Pattern[str]:
    """Amounts in a unit of kind power or voltage (data/units.csv), joined by 和, 及 or 、, right before a noun."""
    return re.compile(rating() + "(?:[和及、]" + rating() + r")*(?=[\u4e00-\u9fff])")


@cache
def _contracted() -> dict[str, list[str]]:
    return dict(name_subjects()["contracted_lists"])


def written_out(clause: str, size: int) -> str:
    """``clause`` with a contracted list of ``size`` members written out with 、 (一二三产 -> 第一产业、第二产业、第三产业);
    the clause itself when it holds none (most do not)."""
    for word, members in _contracted().items():
        if len(members) == size and word in clause:
            return clause.replace(word, "、".join(members), 1)
    return char_run_written_out(clause, size)


RUN_MIN: Final = 3  # two one-character nouns are often one word (水电 is hydropower, 粮油 a trade): no list


def char_run_written_out(clause: str, size: int) -> str:
    """``clause`` with a run of ``size`` one-character product nouns (data/name_subjects.json char_run_members) before a
    shared head written out with 、 (肉蛋奶总产量分别达70万吨、33万吨、15万吨 -> 肉、蛋、奶总产量: each figure its own
    product, so each finds its own review figure; held-out set 77 驻马店, fix156a); the clause itself otherwise."""
    if size < RUN_MIN or "、" in clause:
        return clause
    nouns = "".join(name_subjects()["char_run_members"])
    heads = "|".join(map(re.escape, name_words("head")))
    m = re.search(f"(?<![{nouns}])[{nouns}]{{{size}}}(?=总?(?:{heads}))", clause)
    return clause if m is None else clause[:m.start()] + "、".join(m.group()) + clause[m.end():]


MEMBER_GAP: Final = re.compile(r"、|和|(?<![普涉波危企])及(?!时|以上|以下|相关)")  # (not the 及 of 普及率 nor of 省控及以上; 旅游及相关产业: one member, fix143a)


def member_parts(subject: str, size: int) -> tuple[list[str], bool]:
    """The members of a 分别 list's ``subject`` (written out) and whether 、 alone divides them: then a 及 joins within a member
    and never splits (智能光伏及新型储能、新能源汽车及零部件、电动工具产值: three members, audit 45 金华 rows 52–54), when the last
    member ends with a head they share (data/name_words.csv head: 产值, 增加值, 产量 …)."""
    subject = written_out(subject, size)
    if "、" not in subject and subject.count("”“") == size - 1:  # “达标集镇”“示范集镇”“精品集镇”分别达到…: quoted back to back (held-out 46 洛阳)
        subject = subject.replace("”“", "”、“")
    joined = "及" in subject and subject.count("、") == size - 1 and subject.endswith(name_words("head"))  # (…产值, not …发展壮大)
    return (subject.split("、") if joined else MEMBER_GAP.split(subject)), joined


def partner_lead(parts: list[str]) -> str:
    """The preposition (data/name_words.csv partner_lead: 对) that opens a 分别 list of partners (对欧盟、RCEP其他成员国和东盟国家
    进出口总额分别增长…): members of any length then share the last one's head, each said with it (audit 51 贵港 row 16); ''."""
    return next((w for w in name_words("partner_lead") if len(parts) > 1 and parts[0].startswith(w) and len(parts[0]) > len(w)), "")


def with_partner_lead(parts: list[str], lead: str) -> list[str]:
    """Every member of a partners' list said with the ``lead`` the first opens with (RCEP其他成员国… -> 对RCEP其他成员国…)."""
    return [p if not lead or p.startswith(lead) else lead + p for p in parts]


def whole_members(first: str, last: str) -> bool:
    """Whether a 分别 list's members are whole names that share no head: the first ends with the word the last ends with
    (制造业投资、高新技术产业投资分别增长 -> 制造业投资增长, not 制造业投资产业投资增长: audit 45 金华 row 9), or the first is
    a verb and a measure ending (name_subjects.json ``verb_measure_ends``: 签约额、省外到位资金分别增长 -> 签约额增长, not
    签约额位资金增长: audit spot 37 庆阳 row 46)."""
    verb = _verb_chain_at(first)
    return len(first) >= 3 and (last.endswith(first[-2:]) or verb is not None and first[verb.end():] in name_subjects()["verb_measure_ends"]
                                or _counted_apart(first, last))


def _counted_apart(first: str, last: str) -> bool:
    """Whether the first and the last member each end on the wording of a registered count of its own, two different ones
    (家庭农场和农民专业合作社分别发展到4300户、6000户: 家庭农场 and 合作社, not 家庭农场合作社; held-out set 84 延边 row 26)."""
    ends = [{k for k, i in _count_wordings() if x.endswith(i)} for x in (first, last)]
    return bool(ends[0]) and bool(ends[1]) and not ends[0] & ends[1]


@cache
def _count_wordings() -> tuple[tuple[str, str], ...]:
    """(key, wording) of every registered count (data/indicators.csv, unit family count)."""
    return tuple((k, w) for k, i in indicator_registry().items() if i.unit_family == "count" for w in i.wordings)


@cache
def _actions() -> tuple[str, ...]:
    words = [v for v, k in verbs().items() if k in ("heavy", "action")] + list(name_words("chain_verb"))
    return tuple(sorted(set(words), key=longest_first))


def shared_action(parts: list[str]) -> list[str]:
    """A 分别 list's members with the verb (data/verbs.csv heavy or action, data/name_words.csv chain_verb) that ends the last
    member after a noun of two characters or more, when no other member ends in a verb: 省级政务信息系统、自建专网、移动应用整合 ->
    …系统整合, …专网整合; ``parts`` otherwise."""
    last = parts[-1] if len(parts) > 1 else ""
    act = next((v for v in _actions() if last.endswith(v) and len(last) >= len(v) + 2), "") if last.endswith(_actions()) else ""  # (one test first)
    if not act or any(p.endswith(_actions()) for p in parts[:-1]):
        return parts
    return [p + act for p in parts[:-1]] + [last]


def shared_flow_lead(parts: list[str]) -> list[str]:
    """A 分别 list whose first member opens with a flow word (新增, 净增: name_words.csv flow_lead) and no other member opens with
    one or ends in a rate: the word opens the list, so every member counts what is added (新增国家级高新技术企业、“瞪羚”企业、“雏鹰”企业
    分别为23户、7户和29户: 新增瞪羚企业; held-out set 79 抚顺, fix159a); ``parts`` otherwise."""
    lead = next((w for w in name_words("flow_lead") if parts[0].startswith(w)), "") if len(parts) > 1 else ""
    rest = parts[1:]
    if not lead or any(p.startswith(name_words("flow_lead")) or p.endswith(RATE_ENDS) or len(p) < 2 for p in rest):
        return parts
    return [parts[0]] + [lead + p for p in rest]


RATE_ENDS: Final = ("率", "比例", "比重", "占比")  # a member that names a share or rate: no flow of its own
MEASURED_ENDS: Final = ("率", "比例", "比重", "占比", "数", "量", "额", "值", "面积", "长度", "规模")  # a member that names a measure of its own


def shared_rate(parts: list[str]) -> list[str]:
    """A 分别 list's members with the rate of the things being there (data/name_words.csv ``shared_rate``: 覆盖率, 普及率) that closes
    the last member, given to each earlier member that names a thing and no measure of its own (乡级综合养老服务中心、社区日间照料
    机构（设施）覆盖率 -> 乡级综合养老服务中心覆盖率; fix99d 吴忠 row 75); ``parts`` otherwise."""
    last = parts[-1] if len(parts) > 1 else ""
    rate = next((w for w in name_words("shared_rate") if last.endswith(w)), "") if last.endswith("率") else ""
    if not rate or len(last) - len(rate) < 2 or any(len(p) < 2 or p.endswith(MEASURED_ENDS) for p in parts[:-1]):
        return parts
    return [p + rate for p in parts[:-1]] + [last]


def shared_growth(parts: list[str], after: str) -> list[str]:
    """A 分别 list's members with the growth word (data/name_words.csv ``shared_growth``: 增速) that closes the last member,
    given to each earlier member that names no rate of its own, when the list's verb raises that growth (``growth_raise``:
    分别提高1.5个和2个百分点): a raise in points is of a rate, so 经营收入 there is 经营收入增速 (held-out set 72 亳州 G2);
    ``parts`` otherwise."""
    last = parts[-1] if len(parts) > 1 else ""
    grown = next((w for w in name_words("shared_growth") if last.endswith(w) and len(last) >= len(w) + 2), "")
    if not grown or not after.startswith(name_words("growth_raise")) or any(len(p) < 2 or p.endswith(MEASURED_ENDS[:4] + name_words("shared_growth")) for p in parts[:-1]):
        return parts
    return [p + grown for p in parts[:-1]] + [last]


SHARE_OF: Final = "占"  # 非煤电产业占GDP: the part whose share of each member a list closed by 的比重 gives
SHARE_ENDS: Final = ("的比重", "比重")


def shared_share(parts: list[str]) -> list[str]:
    """A 分别 list of wholes a part's share is of (非煤电产业占GDP、规上工业增加值、税收收入的比重分别提高1.4个、2.1个、9.7个
    百分点): each member the part's share of that whole (非煤电产业占规上工业增加值比重), not the whole itself (its growth
    once the figure is in points); ``parts`` when the first names no part before 占 or another member a share of its own."""
    first, last = (parts[0], parts[-1]) if len(parts) > 1 else ("", "")
    at = first.find(SHARE_OF)
    end = next((w for w in SHARE_ENDS if last.endswith(w)), "")
    if at < 2 or len(first) - at < 3 or not end or any(SHARE_OF in p or "比重" in p for p in parts[1:-1]) or SHARE_OF in last or "比重" in first:
        return parts
    lead, tail = first[:at + 1], SHARE_ENDS[-1]
    return [first + tail] + [lead + p + tail for p in parts[1:-1]] + [lead + last[:len(last) - len(end)] + tail]


def verb_members(raw: list[str], parts: list[str]) -> list[str]:
    """A 分别 list of bare verbs whose last member goes on with the object they share (新签约、新开工、新竣工亿元以上产业项目
    分别不少于…): each verb with that object, as the clause writes it (not 新签, its 约 read as a qualifier, and a head cut
    inside the last verb: audit 37, YC24#40); ``parts`` (the members as ``strip_clause`` left them) otherwise."""
    if len(raw) < 2 or not all((m := _verb_chain_at(p)) and m.end() == len(p) for p in raw[:-1]):
        return parts
    lead = _verb_chain_at(raw[-1])
    shared = raw[-1][lead.end():] if lead else ""
    return [p + shared for p in raw[:-1]] + [parts[-1]] if len(shared) >= 2 and not shared[0].isdigit() else parts


LEVEL_WORD: Final = re.compile(r"(?:国家|自治区|省|市|州|县|区)级")


def levelled_members(parts: list[str]) -> list[str]:
    """A 分别 list of levels after a verb whose last member goes on with the noun they share (新培育国家级、省级专精特新企业
    分别达50家和200家以上): each level with that noun and the verb (新培育国家级专精特新企业, 新培育省级专精特新企业: audit 37,
    YC24#30, #31); ``parts`` otherwise."""
    last = LEVEL_WORD.match(parts[-1]) if len(parts) > 1 else None
    if last is None or len(parts[-1]) - last.end() < 2:
        return parts
    levels = [LEVEL_WORD.search(p) for p in parts[:-1]]
    if any(m is None or m.end() != len(p) for m, p in zip(levels, parts)):
        return parts
    first = levels[0]
    lead = parts[0][:first.start()] if first else ""
    if lead and not ((verb := _verb_chain_at(lead)) and verb.end() == len(lead)):
        return parts  # (a subject before the level: no verb the members share)
    head = parts[-1][last.end():]
    return [(lead if i else "") + p + head for i, p in enumerate(parts[:-1])] + [lead + parts[-1]]


def _verb_chain_at(words: str) -> re.Match[str] | None:
    """The chain of verbs ``words`` open with, as predicates.verb_chain reads it (not imported: predicates imports indicators, which imports this module)."""
    return _verb_chain().match(words)


@cache
def _verb_chain() -> re.Pattern[str]:
    """predicates.verb_chain's pattern: data/verbs.csv's heavy and action verbs and data/name_words.csv's kind chain_verb, after an optional 新."""
    one = "(?:" + "|".join(map(re.escape, sorted([v for v, k in verbs().items() if k in ("heavy", "action")] + list(name_words("chain_verb")), key=len, reverse=True))) + ")"
    return re.compile(f"新?{one}(?:[和及、]?{one})*")


def without_rating(name: str) -> str:
    """``name`` without a rating and a link opening it, what is left of a list of ratings before the noun counted whose
    other members are figures of their own (新建750千伏和330千伏电网工程16个: 750千伏和电网工程新建数 -> 电网工程新建数)."""
    m = _rating_ahead().match(name) if name[:1].isdigit() else None
    return name[m.end() + 1:] if m and name[m.end():m.end() + 1] in ("和", "及", "、") and len(name) - m.end() > 3 else name


LIST_OBJECT: Final = re.compile(r"(?<=、)[^\W\d_和及等]{13,20}(?=[，,。；;])")  # (no link or 等: 9轮强降雨、汉江秋汛和…, 3个煤制气、…等项目)


def list_object(scan: str, pos: int) -> re.Match[str] | None:
    """A second 、 member after a short noun counted that runs on to its clause's end with what is done with both, too long
    for a plain list of nouns (20个机关、企事业单位附属空间对社会开放共享: the spaces of both opened; audit 27 SH26#44): the
    count is of the whole; None for a member that opens with a verb of its own (4个公园、新增绿地…) or holds a link or
    examples (9轮强降雨、汉江秋汛和…: a list of events; 3个煤制气、慧能…等项目建设)."""
    m = LIST_OBJECT.match(scan, pos + 1) if scan.startswith("、", pos) else None  # (the member without its mark: 机关企事业单位…)
    return None if m is None or scan.startswith(tuple(verbs()), pos + 1) else m


def task_share(name: str, unit: str, clause: str) -> str:
    """A % after a task named with 完成 in its clause (黄河…攻坚战完成规划任务85%以上, 完成…总任务的70%) is the share of that task
    completed: the task and 完成比例 (audit 27 NX26#27, #39); so is a works' volume (完成工程量的70%: data/name_words.csv kind
    task_whole, audit 56); ``name`` otherwise."""
    bare = name.removesuffix("的")
    return bare + "完成比例" if unit == "%" and "完成" in clause and bare.endswith(name_words("task_whole")) and len(bare) > 3 else name


WHOLE_SHARE: Final = re.compile(r"(?P<subject>[\u4e00-\u9fff]{2,}?)(?P<modal>[\u4e00-\u9fff]{2})?占(?P<whole>全[省市国区州县疆])(?:比重)?")


def whole_share(name: str, unit: str, before: str) -> str:
    """A % named by its subject and the whole it is a share of (首位产业规模力争占全省一半以上, …占全省50%以上): the subject,
    占, the whole and 比重, as a share of a whole is named elsewhere (X占全省比重: audit 41 WH #3); a commitment word
    before 占 (data/name_words.csv kind share_modal: 力争, 确保) names nothing. A bare 占全国 right after a run of years
    (棉花产量连续4年占全国九成以上: ``before``, the words up to the share's clause) is the share of the subject before 连续
    (棉花产量占全国比重). ``name`` otherwise (a bare 占全省 after a figure whose share it is, 生产煤炭6470万吨、占全省42.2%:
    no subject in its clause)."""
    if unit == "%" and (at := name.rfind("占")) >= 2 and name[at + 1:] in name_words("share_whole"):
        return name + "比重"  # 研发投入占地区生产总值1%以上: the share of that whole (held-out set 84 红河, fix165d)
    if unit != "%" or "占全" not in name or (m := WHOLE_SHARE.fullmatch(name)) is None:
        if unit == "%" and name.startswith("占全") and (run := YEARS_RUN.search(before)) and WHOLE_SHARE.fullmatch(run.group(1) + name):
            return whole_share(run.group(1) + name, unit, "")
        return name
    modal = m.group("modal") or ""
    subject = m.group("subject") + (modal if modal not in name_words("share_modal") else "")
    return subject + "占" + m.group("whole") + "比重"


YEARS_RUN: Final = re.compile(r"(?:^|[，,；;。、])([\u4e00-\u9fff]{2,12})连续[\d一二两三四五六七八九十]+年$")


def own_result(post: str) -> bool:
    """Whether the noun after a count already says what becomes of the things (a result or stage word after two characters
    of noun: data/name_words.csv kinds result, stage_verb): 推动6个泊位竣工验收、2个泊位开工 -> 泊位竣工验收, the 开工 of the
    next member is not its (name_parts.list_action; held-out set 58 盘锦 row 46, fix128b)."""
    return any(post.find(w, 2) >= 2 for w in name_words("result") + name_words("stage_verb"))


def classed_growth(unit: str, clause: str) -> bool:
    """An amount, then 以上 and an investment noun, then a growth word right before a rate (确保5000万元以上投资增长10%):
    the amount classes the investment whose growth the rate is, so the rate is named with the class (5000万元以上投资增长),
    not as all investment (name_subjects.json ``threshold_growth``; held-out set 90 徐州, fix172g)."""
    if unit_field(unit, "kind") != "money":
        return False
    growth = name_subjects()["threshold_growth"]
    noun = clause.removeprefix("及").removeprefix("以上")
    return noun != clause and noun.startswith(tuple(growth["nouns"])) and noun.endswith(tuple(growth["growth_words"])) \
        and not any(c.isdigit() or c in "，,；;。" for c in noun)
