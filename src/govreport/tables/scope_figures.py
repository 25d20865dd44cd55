"""Two readings of what a plan figure measures (audit 28).

A list adopted before, carried out: 落实落细促进民营经济高质量发展195项任务清单 — N项 before 任务清单/清单 in a
clause that opens with 落实 (落细, 执行, 贯彻) is the scope of the work, fixed when the list was made, not an amount to produce.

A capacity right after a build verb and before a class of projects (布局建设700万千瓦新型储能项目) is the size to build, a
target; a capacity after a name (XX电厂2×66万千瓦, XX 5万千瓦风电项目) stays part of the project's name."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.capacity_names import BUILD
from govreport.lexicon import clause_breaks, unit_field, verbs
from govreport.tables.clauses import CLAUSE_END, first_mark, last_mark
from govreport.tables.figures import Figure, words

CARRY_OUT: Final = re.compile(r"^(?:深入|全面|持续|认真|抓好|严格|不折不扣)?(?:落实落细|落实|落细|执行|贯彻)")
LIST_AFTER: Final = ("任务清单", "清单")
BATCH_WORDS: Final = ("首批", "第一批", "第二批", "第三批")  # a batch of a list issued by another body
LIST_IN_NOUN: Final = re.compile(r"[\u4e00-\u9fff]{0,8}?清单")  # 重点事项清单任务: items of a list
POLICY_BEFORE: Final = ("新政", "政策", "措施", "意见", "举措")  # 深入落实人才新政27条: the size of a policy in force


def adopted_list(clause_before: str, after: str, unit: str) -> bool:
    """N项 before a task list (``after``) in a clause (``clause_before``) that carries it out (落实中小学教师减负18条清单 too: audit 44 LPS); or N个/项/条 of a batch
    of a list's items (首批13个重点事项清单任务: the size of a list set elsewhere, audit 41 NC94); or N条 right after
    the policy it carries out (深入落实人才新政27条: the policy's size, audit 43 JL73)."""
    if CARRY_OUT.match(clause_before.lstrip("，,、；; ")) is None:
        return False
    return unit in ("项", "条") and after.startswith(LIST_AFTER) or unit in ("个", "项", "条") and clause_before.endswith(BATCH_WORDS) \
        and LIST_IN_NOUN.match(after) is not None or unit == "条" and clause_before.endswith(POLICY_BEFORE)


BUILD_BEFORE: Final = re.compile(BUILD + "$")  # the build verbs capacity_names names the capacity with
PROJECTS_AFTER: Final = re.compile(r"^[\u4e00-\u9fff]{1,10}项目")


def capacity_built(before: str, after: str, unit: str) -> bool:
    """A power capacity (``before`` the figure ends with a build verb) of a class of projects (``after`` it: …项目, no mark
    between): 布局建设700万千瓦新型储能项目; or after a plan verb of the year, the projects brought to a stage (推进604万千瓦
    海上风电项目竞争性配置, 推动290万千瓦…光伏项目并网投运: audit 37 YC24 #16, #19). A plant's output capacity
    (建设20万吨高端轻量化铝材项目) is the size of one project."""
    if unit_field(unit, "kind") != "power" or PROJECTS_AFTER.match(after) is None:
        return False
    if BUILD_BEFORE.search(before) is not None:
        return True
    w = words()
    return before.endswith(tuple(w["capacity_push_verbs"])) and _staged().match(after) is not None


@cache
def _staged() -> re.Pattern[str]:
    """A class of projects, then the stage the year brings them to (``tables_words.json:capacity_stage_words``)."""
    return re.compile(r"[\u4e00-\u9fff]{1,10}项目(?:" + "|".join(words()["capacity_stage_words"]) + ")")


# the last member of a 、 list of projects: 等 and 项目 right after its figure (held-out set 65, fix138a)
LAST_PROJECT_MEMBER: Final = re.compile(r"^等(?:重点|重大)?项目")
# the member before it closes with a figure and its unit, then 、 and this member's name, no figure (…100万千瓦、国投奇台)
SIZED_MEMBER_BEFORE: Final = re.compile(r"\d[万亿]?[^\d、，,。；;：:]{1,4}、[\u4e00-\u9fff]{2,16}$")


def capacity_in_project_list(before: str, after: str) -> bool:
    """A capacity closing one member of a 、 list of projects (加快广投北海绿色生态铝一期200万吨、东方希望铝基材料一期200万吨
    项目建设, audit 49 beihai row 10; 加快泰安二期抽水蓄能、中能建350MW、中电建…储能电站等项目建设): 、 right after the
    figure, 项目 later in its clause, and a name (no verb, no mark) right before it: each project's size in its name."""
    if after.startswith("等") and LAST_PROJECT_MEMBER.match(after):
        return _last_named_member(before)
    if not after.startswith("、") or not _named_size(before):
        return False
    return "项目" in CLAUSE_END.split(after, maxsplit=1)[0]


def _named_size(before: str) -> bool:
    """A name (no verb, no mark) right before a capacity: the size is in the project's name."""
    if not before or not "\u4e00" <= before[-1] <= "\u9fff":
        return False
    return not before.endswith(tuple(verbs()) + ("达", "到", "至", "超", "新增", "装机", "规模", "容量", "产能"))  # (新增装机100万千瓦、…: an amount to reach)


def _last_named_member(before: str) -> bool:
    """The last member of a list closed by 等项目 (华电木垒100万千瓦、国投奇台180万千瓦等项目建设, held-out set 65): a name
    before it, and the member before it a capacity in its own project's name, as the siblings are read."""
    m = SIZED_MEMBER_BEFORE.search(before[-60:])
    return m is not None and _named_size(before) and _named_size(before[-60:][:m.start() + 1].rstrip("0123456789."))


# the member before: a figure, a name and 项目, then 、 (重点抓好1379万千瓦市场化并网新能源项目、); the words before that figure
PROJECT_MEMBER_BEFORE: Final = re.compile(r"([\u4e00-\u9fff]{0,6})[\d.]+[万亿]?[^\d，,。；;、：:]{1,30}?项目、$")
NAMED_PROJECT_AFTER: Final = re.compile(r"^[^\d，,。；;、：:]{1,30}?项目")


def capacity_after_named_project(before: str, after: str) -> bool:
    """A capacity right after 、 whose list member before is another capacity naming a project with no build verb
    before it (重点抓好1379万千瓦…新能源项目、250万千瓦“疆电外送”…多能互补项目, held-out audit 48 哈密): each member's
    size in its project's name, as the first's; 新建100万千瓦风电项目、50万千瓦光伏项目 stays an amount to build."""
    m = PROJECT_MEMBER_BEFORE.search(before[-48:])
    if m is None or NAMED_PROJECT_AFTER.match(after) is None:
        return False
    lead = m.group(1)
    return BUILD_BEFORE.search(lead) is None and not lead.endswith(tuple(words()["capacity_push_verbs"]))


PROJECT_AFTER_OF: Final = re.compile(r"^的[^，,。；;、：:]{0,30}?(?:项目|基地|园区|产业园|物流园|电站|工程)")
SPEC_PAIR: Final = re.compile(r"^/[\d.]+[万亿]?")


def project_spec(after: str) -> bool:
    """A capacity closing a 的-modifier of a named project (静态储备75万吨的中煤广元煤炭储备基地项目纳入…, 年加工能力85万吨的
    智慧食品产业园, audit 50 guangyuan rows 40, 44, 45): the project's size; the goal is the verb on the project, no figure."""
    return PROJECT_AFTER_OF.match(after) is not None


@cache
def _design_clause() -> re.Pattern[str]:
    """在 + a place (optional), a build verb (``design_size_verbs``), then measures each named and sized, joined by 、,
    then 的 and the thing built closing the clause: compiled once."""
    build = "|".join(map(re.escape, sorted(words()["design_size_verbs"], key=len, reverse=True)))
    sized = r"[\u4e00-\u9fff]{1,8}?\d+(?:\.\d+)?[^\d、，,；;。的]{0,5}"
    return re.compile(rf"(?:在[^，,；;。\d]{{1,15}}?)?(?:{build}){sized}(?:、{sized})*的[\u4e00-\u9fff“”]{{2,30}}")


def design_size(fig: Figure) -> bool:
    """The figure is one of the named sizes in a 的-modifier of the thing a build verb opening the clause builds
    (在荆州高新区建设年交易量1600万吨、交易额1000亿元的国家级农产品物流交易中心: held-out set 56 荆州 rows 53, 54): the
    facility's design size, no amount the year produces; the goal is the building. A size with no measure's name
    before it (新建5000个车位的停车场) is left as it was."""
    start = last_mark(fig.before, clause_breaks()) + 1
    stop = first_mark(fig.after, clause_breaks())
    clause = fig.before[start:] + fig.sentence[fig.rel_start:fig.rel_end] + (fig.after if stop < 0 else fig.after[:stop])
    return _design_clause().fullmatch(clause) is not None


def past_spec_pair(after: str) -> str:
    """The text after a capacity's pair (100兆瓦/400兆瓦时全钒液流储能示范电站: the words after 400兆瓦时, audit 50 neijiang
    row 28), so the pair is read as one size; ``after`` itself when no /N follows."""
    m = SPEC_PAIR.match(after)
    if m is None:
        return after
    rest = after[m.end():]
    unit = next((rest[:n] for n in (4, 3, 2, 1) if unit_field(rest[:n], "kind")), "")
    return rest[len(unit):]


# an amount or an area closing a (规模)的-modifier of a place or a body (312平方公里的斗门生态农业园, 1000亿元规模的预制菜装备产业联盟)
OWN_SIZE_AFTER: Final = re.compile(r"(?:规模)?的[^，,。；;、：:（(]{0,20}?(?:联盟|园区|产业园|农业园|园|基地|片区)(?![\u4e00-\u9fff]{0,4}(?:规模|产值|营收|收入|面积))")
SEEKING: Final = re.compile(r"力争|确保|争取|年内|不少于|不低于|至少|20\d\d年|[到至]\d{2,4}年")


def own_size(fig: Figure) -> bool:
    """The size of a place or a body the plan builds (高标准建设312平方公里的斗门生态农业园, 支持…打造1000亿元规模的预制菜装备
    产业联盟; held-out audit 50 珠海 G5): no amount to reach, the goal is the verb on the thing; a size sought by a deadline or
    a seeking verb in its clause (力争三年内打造5000亿元规模的…) stays a goal."""
    if unit_field(fig.unit, "kind") not in ("money", "area"):
        return False
    if OWN_SIZE_AFTER.match(fig.sentence, fig.rel_end) is None:
        return _named_zone_size(fig)
    return SEEKING.search(re.split(r"[，,；;：:]", fig.before)[-1]) is None


PLACE_AFTER_PIVOT: Final = re.compile(r"[\u4e00-\u9fff]{1,4}")  # 西平: the place between the verb and the area


def _named_zone_size(fig: Figure) -> bool:
    """An area between a pivot verb + a place and a named zone built (推动西平13万亩高标准农田“升级版”暨乡村产业振兴示范区建设;
    held-out set 77 驻马店): the clause, named by a quote or 暨, closes on ``named_zone_ends``: the zone's own size, not the
    year's area (推动13万亩高标准农田建设, no place and no zone, stays a goal)."""
    if unit_field(fig.unit, "kind") != "area":
        return False
    clause = fig.before[last_mark(fig.before, clause_breaks()) + 1:]
    verb = next((v for v in words()["held_sets"]["pivot_verbs"] if clause.startswith(v)), "")
    if not verb or PLACE_AFTER_PIVOT.fullmatch(clause[len(verb):]) is None or clause[len(verb):].startswith(tuple(verbs())):
        return False
    stop = first_mark(fig.after, clause_breaks())
    after = fig.after if stop < 0 else fig.after[:stop]
    return after.endswith(tuple(words()["named_zone_ends"])) and ("暨" in after or "“" in after)


@cache
def _issued_above() -> re.Pattern[str]:
    """A higher government, a verb of issuing, then up to 20 words of the policy's name (我省推出振兴民营经济)."""
    w = words()
    who, issue = "|".join(w["higher_governments"]), "|".join(w["issue_verbs"])
    return re.compile(f"(?:{who})(?:先后|相继|已|又)?(?:{issue})[^，,；;：:\\d]{{0,20}}$")


def issued_above(fig: Figure) -> bool:
    """N条 (or N项) of a policy a higher government issued (我省推出振兴民营经济45条; held-out audit 50 齐齐哈尔 G2): a past fact
    of the setting the plan works in, no amount the city produces."""
    return fig.unit in ("条", "项") and _issued_above().search(fig.clause_before) is not None


RULE_SET_ENDS: Final = POLICY_BEFORE + ("规范措施", "规范", "条例", "细则", "办法")


def rule_set_sizes(list_before: str, after: str, unit: str) -> bool:
    """N条 members of a 、 list under 落实 (执行, 贯彻) that closes on the rule set they count (严格落实城市20条、集镇10条、农房15条
    建设管理规范措施, audit 50 guangyuan rows 30, 31): the sizes of rules in force, no amount to produce."""
    if unit != "条" or CARRY_OUT.match(list_before.lstrip("，,、；; ")) is None:
        return False
    rest = re.split(r"[，,。；;：:]", after, maxsplit=1)[0]
    return rest.endswith(RULE_SET_ENDS) and not rest.startswith(("以", "左", "多", "余"))


PHASE_BEFORE: Final = re.compile(r"[\u4e00-\u9fff][一二三四五六七八九十]期$")  # 格威二期 (a name, then its phase)


def annual_output_project(before: str, after: str) -> bool:
    """A figure right after a rate of output (``tables_words.json:annual_output_words``) whose clause goes on to 项目
    (实施年产400万套新能源汽车玻璃、年产120万平方米…等项目, audit 52 bengbu row 8): the size in a project's name, of any
    unit (套 too), not an amount the year produces; 年产量 (a product's output) is not a rate word and stays. A figure right
    after a project's phase (格威二期50万套摩托车发动机壳体等项目建成投产, held-out audit 41 曲靖) is its size the same way."""
    if not before.endswith(tuple(words()["annual_output_words"])) and PHASE_BEFORE.search(before) is None:
        return False
    return "项目" in re.split(r"[，,。；;：:]", after, maxsplit=1)[0]


def set_each_reaches(mark_before: str, after: str) -> bool:
    """A count opening its clause, its noun then 均 (``tables_words.json:each_words``) and the goal (6个省级以上开发区均实现全省
    综合考核进位, audit 52 bengbu row 27): the set the goal covers, no amount to produce (not 平均, not a count after a verb or inside a list)."""
    if mark_before not in ("", "，", ",", "。", "；", ";", "：", ":"):
        return False  # (the count opens its clause: the mark right before it, or the sentence's start)
    return _each_reached().match(after) is not None


@cache
def _each_reached() -> re.Pattern[str]:
    """A noun (no mark, no digit, not 平均) then one of ``each_words``: compiled once."""
    each = "|".join(map(re.escape, words()["each_words"]))
    return re.compile(r"[^，,。；;：:、\d]{1,14}?(?<!平)(?:" + each + ")")


@cache
def _product_size_ends() -> tuple[str, ...]:
    """The verbs and words a name before a product capacity may not end with (product_size_in_project): built once."""
    return tuple(verbs()) + ("达", "到", "至", "超", "新增", "年产", "规模", "产能", "面积", "和", "及", "与")


MEMBER_JOIN = re.compile(r"[、及]")


@cache
def _no_name() -> re.Pattern[str]:
    """Words before a figure that name no firm (product_size_in_project): years and this year's words
    (``this_year_openers``), whole places (``present_openers``), nothing at all."""
    w = words()
    plain = "|".join(map(re.escape, sorted({*w["this_year_openers"], *w["present_openers"]}, key=len, reverse=True)))
    return re.compile(rf"(?:\d{{4}}年|{plain})*")


def product_size_in_project(before: str, after: str, unit: str) -> bool:
    """A product capacity (``project_size_units``: 台, 平方米 …) between a firm's name (no verb right before the figure)
    and the product noun of a project its clause names (加快孝义鹏飞30万台氢能重卡项目建设, …、利虎1000万平方米节能玻璃、…等项目):
    the project's size in its name, as 700万吨露天矿 is for tonnes (fix115b, held-out audit 49 吕梁 G2)."""
    if unit not in words()["project_size_units"] or not before or not "\u4e00" <= before[-1] <= "\u9fff":
        return False
    if before.endswith(_product_size_ends()):
        return False  # (新增30万台…, 建设…面积100万平方米: an amount to reach; 开工建设…、5万平方米公安小区和2万平方米回迁房: a member)
    if _no_name().fullmatch(before[last_mark(before, clause_breaks()) + 1:]):
        return False  # 2022年268万平方米改造项目要实现当年开工: a year or a whole place, no firm's name: the batch's size, a goal (fix175d)
    own = CLAUSE_END.split(after, maxsplit=1)[0]
    noun = MEMBER_JOIN.split(own, maxsplit=1)[0]  # …轮毂及2.5万吨…项目: the first member ends at 及 (held-out set 72)
    return len(noun) >= 2 and "\u4e00" <= noun[0] <= "\u9fff" and not noun.startswith(("等", "以上", "左右")) \
        and not any(c.isdigit() for c in noun) and "项目" in own

