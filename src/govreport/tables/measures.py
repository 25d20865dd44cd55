"""What a target measures (growth rate, change, flow, level …), and whether a review figure states the stock there is or
the year's addition, which is no baseline of the other (``stock_for_a_flow``); the kind of bound: ``target_bounds``.

Read from the registry first (data/indicators.csv), then from the unit and the words before the
figure in its own clause: docs/assumptions.md#target-kinds.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.predicates import count_verb
from govreport.lexicon import Indicator, clause_breaks, indicator_registry, trie_pattern, unit_field
from govreport.tables.clauses import each_list_clause, first_mark, last_mark
from govreport.tables.figures import Figure, per_figure, words
from govreport.tables.kept_levels import area_kept, herd_in_stock, register_kept
from govreport.tables.held_levels import held_level, limit_cut_share, sped_up
from govreport.tables.place_gaps import gap_between_places
from govreport.tables.added_work import same_work
from govreport.tables.stock_wording import built_stock, same_stock_reached, same_stock_wording
from govreport.tables.context_goals import context_goal
from govreport.tables.level_flows import CREATED, built_in_year, gross_for_net, level_against_added, total_after_added, unnumbered, yearly_amount
from govreport.tables.stock_parts import governed_clause, kept_works, part_of_a_stock, stock_worked, whole_of_a_part
from govreport.tables.year_plans import against_year_plan

RATE_UNITS = ("%", "‰", "百分点", "个百分点")

CHANGE_MEASURES = ("growth_rate", "change", "flow")  # compared with last year's figure of the same kind

NEAR_BREAKS = clause_breaks()  # a qualifier word beyond these belongs to another figure

# 至少降低30%; 至少 before the verb that governs the figure is a floor too (每个县（市、区）至少打造1个…示范区, audit 37 YC24#55)
AT_LEAST_CHANGE = re.compile(r"(?:至少|最少)[\u4e00-\u9fff]{0,4}$|不少于(?:再)?(?:降低|下降|减少|压减|压缩|提高|增长|增加)$")


FLOW: Final = tuple(words()["flow_words"])  # a year's additions, one list for targets and review figures (audit 47)
FLOW_WORDS = FLOW + ("全年", "年内", "今年", "年度", "每年")
# verbs that bring new ones into being: a flow unless a level reached is stated (培育专精特新企业500家
# adds 500; 培育…企业达到1200家 is how many there will be)
BUILT_LIST: Final = tuple(words()["list_built_verbs"])  # 建设省级绿美乡镇13个、…森林乡村100个: each member built in the year
FLOW_VERBS: Final = tuple(words()["flow_verbs"])  # 认定高新技术企业300家: firms recognised this year (audit 30 GZ24#30); 入库备案 (fix152a)
# a designation sought at a level (申报创建省级农事龙头企业5家以上): the year's new designations, a flow (spot 40 本溪 row 16)
SEEKING: Final = re.compile("(?:" + "|".join(words()["seeking_verbs"]) + ")(?:国家|省|市|自治区|州|县)级")
REACHED = re.compile(r"(?:达到|达|增至|增加到|提高到|提升到|超过|突破|总数|总量)[^，,；;。\d]{0,2}$")

# 分别提高到300元和500元: every member after the first is a level reached too (the verbs of LEVEL_REACHED)
MEMBERS_REACHED = re.compile(r"分别(?:增至|增加到|增长到|提高到|提升到|上升到|扩大到|发展到|提高至|提升至)[^，,；;。]*\d[^，,；;。\d]{0,4}[和、及与]$|(?:增至|增加到|增长到|提高到|提升到|上升到|扩大到|发展到|提高至|提升至)[\d.]+[^，,；;。\d、和及与]{0,4}[和、]$")  # (瞪羚和雏鹰企业发展到22户和140户: the second of a pair right after the first, fix175c)
TOTAL_CLAUSE = re.compile(r"(?:全[市省区县州盟旗]|目前|现)?共有?(?:达到?)?")  # 积极培育高新技术企业，全市共2304家: the total there is, no addition
STOCK_WORDS = ("累计", "总数", "总量", "保有量", "余额", "存量", "总规模", "总运力", "资产规模", "资产总额", "产业规模")  # 大数据产业规模达到1100亿元: the size reached; 船队总运力达到24万载重吨: the fleet there is (audit 50); 国有企业实现资产规模4500亿元: the assets held (spot audit 35 惠州 row 53)
KEEP_WORDS = ("巩固",)  # 持续巩固利用森林面积420万亩以上: what there is, kept (not a length: 巩固提升农村电网900公里 is a year's work)

TO_LEVEL = re.compile(r"(?:到|至)(?:\d{4}年(?:底|末)?的?)?(?:全国|全省|全市|全区|全县)?$")  # 扩大到全国40%的县: a level


# 税率降至13%, 降低至13.6%左右, 最高终端售价下调至3.8元/立方米左右 (audit 37 YI24#18): a ceiling
CUT_TO = re.compile(r"(?:降至|降到|下降到|下降至|降低到|降低至|减少到|压减到|压减至|减少至|下调至|下调到|压缩至|压缩到|缩短至|缩短到)$")


# a rate its clause names as a growth rate (贷款增速要高于40%, M2预期增长目标拟定为13%)
GROWTH_NAMED = re.compile(r"(?:增速|增长率|增幅|增长目标)[^，,；;。\d]{0,6}$")
# a rate named as the size of a change after it (按不低于5%的幅度压减一般性支出): a rate of change
CHANGE_SIZE_AFTER = re.compile(r"的?(?:幅度|比例)(?:压减|削减|压缩|降低|下降|减少|下调|提高|增长|增加|上调)")
GROWTH_REACHED = re.compile(r"(?:以上|左右)?的?增长(?![点极])")  # 均实现10%以上增长 (audit 39 CZ24#56)
# (a standard per head: 补助标准提高到每人每年240元, ``tables_words.json:per_head_words``; 提升至 as 提升到: 产业规模提升至1100亿元)
LEVEL_REACHED = re.compile(r"(?:增至|增加到|增长到|提高到|提升到|上升到|扩大到|扩面到|发展到|提高至|提升至)(?:\d{4}年(?:底|末)?的?)?(?:"
                           + "|".join(words()["per_head_words"]) + ")?$")

# the patterns above anchored at the end ($) -> their reach: the most characters they match, and one more for a
# line break before the $; searched in that many last characters, not from a long sentence's start (keyed by
# their text, whose hash is kept: a compiled pattern hashes its whole code each time)
REACH = {p.pattern: n for p, n in ((TO_LEVEL, 11), (REACHED, 6), (LEVEL_REACHED, 15), (CUT_TO, 4), (AT_LEAST_CHANGE, 7))}


def _at_end(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern of ``REACH``: the same match, found in the text's last characters."""
    return pattern.search(text, max(len(text) - REACH[pattern.pattern], 0))


def registered(fig: Figure) -> Indicator | None:
    """The registry entry of the figure's key, or None."""
    return indicator_registry().get(fig.indicator_key) if fig.indicator_key else None


def is_change(fig: Figure) -> bool:
    """A change (增长5%, 提高2个百分点), not a level reached (提高到3.3%)."""
    if fig.unit in ("百分点", "个百分点"):
        return True
    return fig.kind == "change" and not _at_end(TO_LEVEL, fig.before)


# a standard stated per year or month reached (低保、特困供养年标准分别提高到1.2万元和2.5万元; 低保标准不低于1.4万元/年): a level
STANDARD_REACHED = re.compile(r"标准(?:分别|均|都)?(?:提高到|提升到|增加到|增至|调整到|达到|不低于)")
LIST_CLAUSE_BREAKS = "，,；;。：:"


def list_clause(fig: Figure) -> str:
    """The words before the figure back to the last clause break, 、 list members kept."""
    before = fig.before
    return before[last_mark(before, LIST_CLAUSE_BREAKS) + 1:]


def member_for_a_list(target: Figure, fig: Figure) -> bool:
    """``fig`` is one member of a 、 list of figures (新改扩建中小学6所、幼儿园37所: the review states the members apart) and the
    target's clause a 、 list (新改扩建中小学、幼儿园14所): if the target is one amount for its list, ``fig`` is no baseline of it
    (audit 36 ZB24#49; a 和 alone is no list mark here: 和美乡村)."""
    return "、" in list_clause(target) and (any(c.isdigit() for c in list_clause(fig)) or fig.sentence[fig.rel_end:fig.rel_end + 1] == "、")


def opened_by_flow(fig: Figure) -> bool:
    """A 、 list whose clause opens with a flow word (新培育省科技领军企业5家、科技型中小企业3000家):
    every member counts what the year adds, not only the first (not one of its own 累计: 、“专精特新”企业累计90户, spot 37); so does a
    list opened by a verb of building (list_built_verbs: 建设…、森林乡村100个, held-out set 64)."""
    span = list_clause(fig)
    goal = next((w for w in words()["stated_goal_words"] if span.startswith(w)), "")  # 争取新增10家…、200家…: the goal word first (audit 51 江门)
    return "、" in span and span.startswith(FLOW_WORDS + FLOW_VERBS + BUILT_LIST, len(goal)) and not span.startswith("建成区", len(goal)) \
        and not _at_end(REACHED, fig.before) and "累计" not in span.rsplit("、", 1)[-1]


def opened_by_stock(fig: Figure) -> bool:
    """A 、 list whose clause opens with a stock word (累计建成智慧社区400个、数字村庄2000个): every
    member is a level reached, not only the first."""
    span = list_clause(fig)
    return "、" in span and span.startswith(STOCK_WORDS)


COUNT_REACHED = ("达到", "达", "突破")  # (力争规上农产品加工企业突破300家: how many there will be, audit 55)


def count_reached(fig: Figure) -> bool:
    """A count (or a power capacity: 新能源规模达到300万千瓦) right after 达到 with no flow word in its clause (省级软件工程技术中心达到100家;
    a later 分别 member reads its list's, set 71 临沂 row 38): how many there will be, a level, as after 增至 (not 产量达到40万辆)."""
    clause = ("分别" in fig.before and each_list_clause(fig.before)) or fig.clause_before
    return (clause.endswith(COUNT_REACHED) and unit_field(fig.unit, "kind") in words()["reached_level_kinds"]
            and not any(w in clause or fig.indicator.startswith(w) for w in FLOW_WORDS + FLOW_VERBS)
            and not any(w in fig.indicator for w in words()["yearly_measures"]))  # 新能源汽车产量达到40万辆: a flow


@per_figure  # (asked of a target once per review figure compared: stock_for_a_flow)
def measure_of(fig: Figure) -> str:
    """growth_rate, change (a level's change in points), flow, or a level (level, share, stock,
    count, rank): from the registry, the unit and the words before the figure."""
    ind = registered(fig)
    clause = ("分别" in fig.before and each_list_clause(fig.before)) or fig.clause_before  # (a later 分别 member: the list's clause)
    change = is_change(fig)
    if fig.unit == "元" and not change and (ind is None or ind.measure == "flow") and STANDARD_REACHED.search(list_clause(fig)):
        return "stock"  # 年标准提高到1.52万元: the standard there will be, per head
    if register_kept(fig.unit, list_clause(fig)) or herd_in_stock(fig.unit, list_clause(fig)):
        return "stock"  # 纳入国省库项目动态保持在1万个以上: what the register holds (audit 46)
    if ind is not None:
        if ind.measure == "flow" and count_reached(fig):
            return "stock"  # 省级以上示范村达到380个: how many there will be (新建示范村50个 stays a flow)
        if ind.measure in ("growth_rate", "flow", "rank"):
            return ind.measure
        if change:
            return "change"
        if ind.key in words()["context_indicators"] and context_goal(list_clause(fig)) and not _at_end(REACHED, fig.before):
            return "flow"  # 引进高校毕业生4万人以上: the year's intake, not the cohort (audit 46 徐州 引进大学生4.2万名)
        if standing_floor(fig) or ind.measure in ("stock", "count") and "累计" in list_clause(fig).rsplit("、", 1)[-1]:
            return "stock"  # (新增…、“专精特新”企业累计90户: the member's own 累计 over the list's 新增, spot 37 黔东南)
        if ind.measure in ("stock", "count") and (any(w in clause or fig.indicator.startswith(w) for w in FLOW_WORDS)
                                                  or (any(w in clause for w in FLOW_VERBS) or SEEKING.search(clause)) and not _at_end(REACHED, fig.before)
                                                  or part_of_an_added_whole(fig) or opened_by_flow(fig) or built_in_year(fig)):
            return "flow"  # (新增雄鹰企业20家、专精特新“小巨人”企业300家: the list's 新增, kept in the member's name)
        return ind.measure
    if fig.unit in RATE_UNITS:
        if fig.unit in ("百分点", "个百分点"):
            return "level" if gap_between_places(fig) else "change"  # 高于全省8个百分点以上: a gap, a level (held-out audit 46)
        return "growth_rate" if not limit_cut_share(fig) and (change or sped_up(fig)) or GROWTH_NAMED.search(clause) or CHANGE_SIZE_AFTER.match(fig.sentence, fig.rel_end) \
            or clause.endswith(("实现", "保持")) and GROWTH_REACHED.match(fig.sentence, fig.rel_end) else "share"
    stock_word = any(w in clause for w in STOCK_WORDS + KEEP_WORDS * (unit_field(fig.unit, "kind") != "length" and not kept_works(clause, KEEP_WORDS))) and not clause.startswith(("新增", "新建")) \
        and OVER_YEAR_START.search(clause) is None and not _added_total(clause) and not stock_worked(clause, STOCK_WORDS + KEEP_WORDS) and not year_sum_only(fig, clause)  # 新增以存量拓增量项目; 余额较年初增长451亿元: the year's addition; 全年累计
    if not yearly_amount(fig) and (stock_word or standing_floor(fig) or _at_end(LEVEL_REACHED, fig.before) or MEMBERS_REACHED.search(fig.before)
            or opened_by_stock(fig) or count_reached(fig) or area_kept(fig.unit, list_clause(fig), FLOW_WORDS)):
        return "stock"  # 试点面积增加到3000万亩: the level there will be, not an amount added
    return "rank" if fig.kind == "rank" else held_level(fig, FLOW_WORDS) or "flow"  # (进入全国40强: a rank); 审批压缩到15个工作日以内, 形成24万片芯片产能, 增资至70亿元: levels (held_levels.py)


ADDED_TOTAL = re.compile("新增[^累计]*(?:总规模|总量)")


def _added_total(clause: str) -> bool:
    """The total of what the year adds (今年合计新增政府债务总规模11.86万亿元: national_2025): a flow, its 总规模 no stock."""
    return "新增" in clause and ADDED_TOTAL.search(clause) is not None


def standing_floor(fig: Figure) -> bool:
    """A floor kept every year, not an amount for the plan year: the amount names a red line
    (严守18亿亩耕地红线: ``tables_words.json:standing_floors``)."""
    if fig.unit in RATE_UNITS:  # asked first: asked three times of every target, a rate's words need no reading
        return False
    floors = words()["standing_floors"]
    after = fig.sentence[fig.rel_end:fig.rel_end + 12]
    stop = first_mark(after, NEAR_BREAKS)
    return any(w in (after if stop < 0 else after[:stop]) for w in floors) or _shared_floor(fig.sentence[fig.rel_end:fig.rel_end + 60], floors)


def _shared_floor(after: str, floors: list[str]) -> bool:
    """A red line closing a 、 list of amounts is every member's (守住203.71万亩耕地、184.02万亩永久基本农田保护红线: the 耕地 floor too; audit 45 MS24#50)."""
    members = after[:first_mark(after + "。", LIST_CLAUSE_BREAKS)].split("、")
    return len(members) > 1 and all(m[:1].isdigit() for m in members[1:]) and any(w in members[-1] for w in floors)


def part_of_an_added_whole(fig: Figure) -> bool:
    """A part (其中…) of a whole stated as added in the year is added too: 新增电力装机1800万千瓦，
    其中非化石能源装机1000万千瓦 (new capacity, not the capacity there is)."""
    whole = whole_of_a_part(fig, NEAR_BREAKS)
    return whole is not None and any(w in whole for w in FLOW_WORDS)


# words that state an amount added in the year; a 新增 goal is measured only by a figure saying one
ADDED = re.compile(trie_pattern([*FLOW, *words()["added_verbs"]]))
ADDED_AFTER = re.compile(r"[^，,；;。]{0,12}?(?:" + "|".join(map(re.escape, words()["added_after"])) + ")")  # 21个学科新进入…; 41家…企业实现外贸“破零”; 26户企业达到入规标准: a first, in the year


def stock_for_a_flow(target: Figure, fig: Figure) -> bool:
    """``fig`` states how many there are, ``target`` how many to add: 新增150家…企业 is not measured
    by …企业742家 (its sentence says nothing was added: the stock), nor by a level reached (增至4408家);
    nor, the other way, is a count reached (离境退税店达到1000家, 发展到500家) by those added (新增离境退税商店675家)."""
    if new_batch(target, fig) or gross_for_net(governed_clause(target, list_clause(target)), governed_clause(fig, list_clause(fig)), FLOW):  # (净增 is no 新增, a 其中 part's too)
        return True
    if measure_of(target) != "flow":
        # (累计创建…农业产业强镇35个 is not measured by 新培育…强镇9个, a year's flow: audit 36 ZB24#30)
        return (count_reached(target) or summed_goal(target) or bool(_at_end(LEVEL_REACHED, target.before))) and unnumbered(fig.clause_before).startswith(FLOW_WORDS + CREATED) and not total_after_added(fig.clause_before) or level_against_added(target.before, fig.clause_before, FLOW)
    if settled_in_place(target.clause_before, fig.clause_before) or same_stock_wording(target.clause_before, fig.clause_before, STOCK_WORDS) \
            or same_stock_reached(target.clause_before, fig.clause_before, STOCK_WORDS, words()["stock_reached_links"]):  # (数字经济总量突破/达: set 53)
        return False
    if states_level(fig) or registered_stock(target, fig) or built_stock(target, fig, FLOW_WORDS):  # (建成开通5G基站1919个: fix146a)
        return True
    if OVER_YEAR_START.search(fig.before):  # 贷款余额较年初增长451亿元: the year's new loans
        return False
    if "新增" in target.clause_before:  # (新增改造老旧小区83个 and 改造老旧小区147个: the same work in the year, audit 37)
        alone = ADDED.search(fig.before) is None and not same_work(target.clause_before, fig.clause_before) or reached_alone(fig)
    else:  # 新引进投资超百亿项目2个 and 投资超百亿项目达7个: a count reached, nothing added (audit 35; 新争创A2所、B10所: the list's)
        alone = reached_alone(fig) and (any(w in list_clause(target) for w in (*FLOW, *words()["added_words"])) or built_in_year(target))  # 建设养老床位2540张 (fix165c)
    return alone and ADDED_AFTER.match(fig.sentence, fig.rel_end) is None


def registered_stock(target: Figure, fig: Figure) -> bool:
    """``fig`` counts what a register holds (入库科技型中小企业5636家: no 新 right before 入库, no adding in its clause), set
    against a year's addition whose clause names no register (新增…科技型中小企业1500家): another measure (round fix102a)."""
    clause = fig.clause_before
    if unit_field(fig.unit, "kind") != "count" or ADDED.search(clause) is not None:
        return False
    registry = words()["registry_words"]
    held = any(0 <= (at := clause.find(w)) and clause[at - 1:at] != "新" for w in registry)
    return held and not any(w in list_clause(target) for w in registry)


BATCH: Final = re.compile(r"第[二三四五六七八九十\d]+批")


def new_batch(target: Figure, fig: Figure) -> bool:
    """A target counting a numbered later batch (20家企业入选全省第三批“千户重点外贸企业”) is not measured by a review figure
    whose clause names no batch (39家企业进入全省千户重点外贸企业培育工程: the firms of the batches there are, a stock; audit 36
    DY24#117). The clause is read on both sides of the figure (the count may come first)."""
    if "批" not in target.sentence:  # (cheap gate: most targets name no batch)
        return False
    mine = _whole_clause(target)
    return "批" in mine and BATCH.search(mine) is not None and "批" not in _whole_clause(fig)


def _whole_clause(fig: Figure) -> str:
    """The figure's clause: the words before it back to a clause break and after it up to one."""
    tail = fig.after if fig.rel_end >= 0 else ""
    stop = first_mark(tail, NEAR_BREAKS)
    return fig.clause_before + (tail if stop < 0 else tail[:stop])


def summed_goal(target: Figure) -> bool:
    """累计 in the target's clause, not as the year's own total (全年累计): a count reached over the years, not measured by
    a review figure whose clause opens with a flow word (新培育, 新增 …)."""
    at = target.clause_before.find(SUMMED)
    return at >= 0 and not target.clause_before[:at].endswith(("全年", "年内", "今年"))


def settled_in_place(target_clause: str, clause: str) -> bool:
    """Firms to settle (入驻) in a named place and the firms gathered (集聚) there in the review are one stock (中国数安港力争入驻
    重点数据企业500家 and 中国数安港集聚重点数据企业152家, audit 28 WZ24#7): the review clause names the place before its
    gathered word, and the target's clause opens with the same place."""
    at = target_clause.find("入驻")
    gathered = next((clause.find(w) for w in words()["gathered_words"] if w in clause), -1)
    place = clause[:gathered].lstrip("，,、；; ") if gathered > 0 else ""
    return at > 0 and len(place) >= 2 and target_clause.lstrip("，,、；; ").startswith(place) and len(place) <= at


REACHED_ONLY = re.compile(r"(?:达到|达|总数达?|总量达?)$")  # 达232家 / 总数达: a count reached, right before the figure
PASSED: Final = "突破"  # 国家高新技术企业突破70户: a count passed is the stock too (spot audit 57); 外商直接投资突破1亿美元 the year's


def reached_alone(fig: Figure) -> bool:
    """A figure right after 达 / 达到 whose own clause names no adding (国家专精特新“小巨人”企业达232家, after …新增A股上市企业
    11家 in the same sentence; a count after 突破 too: 突破70户): the stock there is, whatever the clauses before it added (audit 27)."""
    return (REACHED_ONLY.search(fig.before) is not None or fig.before.endswith(PASSED) and unit_field(fig.unit, "kind") in ("count", "households")) and ADDED.search(fig.clause_before) is None


def gathered(clause: str) -> bool:
    """The clause says things gathered over time (集聚高层次人才1.9万人), not only a zone's name holding the word (消费集聚区:
    tables_words.json gathered_nouns, held-out audit 45)."""
    for noun in words()["gathered_nouns"]:
        clause = clause.replace(noun, "")
    return any(w in clause for w in words()["gathered_words"])


@per_figure  # (asked of a review figure once per target compared)
def states_level(fig: Figure) -> bool:
    """A level reached (增至4408家, 累计建成, 总量, 余额, 集聚…人才; a member of a list opened by 累计: 累计创建…领航学校9所、
    省一级示范性普通高中6所), not an amount added in the year; not a figure right after 新增/净增 (金融机构贷款余额新增97.23亿元: the
    balance's addition)."""
    if fig.clause_before.endswith(ADDED_RIGHT_BEFORE) or OVER_YEAR_START.search(fig.before):
        return False
    return bool(_at_end(LEVEL_REACHED, fig.before)) or TOTAL_CLAUSE.fullmatch(fig.clause_before) is not None or (any(w in fig.clause_before for w in STOCK_WORDS) or gathered(fig.clause_before)
                                                        or opened_by_stock(fig) or summed_run(fig) or reached_run(fig) or sum_of_a_summed_count(fig) or part_of_a_stock(fig, STOCK_WORDS, ADDED)) and not cumulated_in_year(fig)


def summed_run(fig: Figure) -> bool:
    """A count in a run of comma clauses of bare nouns and counts in its unit that a 累计 clause opens (累计培育创新型中小企业265家，
    省级专精特新企业207家，…): the stock the run states, as after 累计 itself (spot 40, fix101a)."""
    head = fig.before[:len(fig.before) - len(fig.clause_before)]
    if SUMMED not in head or not head.endswith(("，", ",")):
        return False
    for clause in reversed(re.split("[，,]", head[last_mark(head, "；;。：:") + 1:-1])):
        if not clause.endswith(fig.unit) or not any(c.isdigit() for c in clause):  # (累计签约…项目36个，…产值293亿元: another measure)
            return False
        if clause.startswith(SUMMED):
            return count_verb(False).search(fig.clause_before) is None
        if count_verb(False).search(clause):
            return False
    return False


# a clause stating a level reached by a count (高新技术企业倍增到1170家): its next clause's count passed is a level too
RUN_LEVEL: Final = re.compile(r"(?:倍增到|翻番到|增至|增加到|增长到|发展到|达到)[\d.]+万?$")
RUN_PASSED: Final = ("超过", "突破", "达到", "达")


def reached_run(fig: Figure) -> bool:
    """A count right after 超过/突破/达到 in the clause after one reaching a level in its unit (高新技术企业倍增到1170家，科技型
    中小企业超过2800家): the run states the stocks there are, no year's addition (held-out 46 洛阳 row 47)."""
    if unit_field(fig.unit, "kind") != "count" or not fig.clause_before.endswith(RUN_PASSED) or ADDED.search(fig.clause_before):
        return False
    head = fig.before[:len(fig.before) - len(fig.clause_before)]
    if not head.endswith(("，", ",")):
        return False
    prev = head[last_mark(head[:-1], "，,；;。：:") + 1:-1]
    return prev.endswith(fig.unit) and RUN_LEVEL.search(prev[:len(prev) - len(fig.unit)]) is not None and ADDED.search(prev) is None


def sum_of_a_summed_count(fig: Figure) -> bool:
    """An amount opening its clause with a sum of the things just counted (tables_words counted_sums: 总投资) right after a clause
    that counts them with 累计 (与京津合作项目累计达707项，总投资6833亿元): the sum of that running total, no year's flow (audit 43 保定 G4)."""
    if not fig.clause_before.startswith(tuple(words()["counted_sums"])):
        return False
    head = fig.before[:len(fig.before) - len(fig.clause_before)]
    if not head.endswith(("，", ",")):
        return False
    clause = head[last_mark(head[:-1], "，,；;。：:") + 1:-1]
    at = clause.find(SUMMED)
    return at >= 0 and any(c.isdigit() for c in clause[at:])


ADDED_RIGHT_BEFORE: Final = ("新增", "净增")
# 存贷款余额较年初分别增长665亿元、451亿元: a balance's rise since the year began, the year's addition (audit 53 dongying row 20)
OVER_YEAR_START: Final = re.compile(r"[较比]年初(?:分别)?(?:增长|增加|新增|净增)[^，,；;。增]*$")


SUMMED: Final = "累计"
ON_LAST_YEAR: Final = "同比"


# a span before 累计 in its clause: 三年行动累计完成投资830亿元, “十四五”以来累计… (a sum over the span, whatever follows)
SPAN_NAMED: Final = re.compile(r"以来|[两二三四五六七八九十]年")
# the clause right after an amount opens with its change on last year (全市地方收入累计完成195.98亿元，增长0.19%): a year's change
CHANGED_NEXT: Final = re.compile("^[，,](?:同比|" + "|".join(words()["last_year_comparisons"]) + ")?(?:"
                                 + "|".join(words()["bare_rise_verbs"] + words()["fall_verbs"]) + r")\d")


def year_sum_only(fig: Figure, clause: str) -> bool:
    """累计 the clause's only stock word, summing the year (力争全年累计提供就业岗位10000个: cumulated_in_year): the year's flow,
    not a stock (held-out set 65 克拉玛依 row 48, fix138f)."""
    return [w for w in STOCK_WORDS if w in clause] == [SUMMED] and cumulated_in_year(fig)


def cumulated_in_year(fig: Figure) -> bool:
    """累计 before a verb of a year's activity (data: year_total_verbs) in the figure's list clause, and the growth on the year
    before (同比) after it in its sentence, or a change or the year's plan (超年计划: year_plans) opening the next clause (累计完成195.98亿元，增长0.19%: spot 39 衡阳 row 5):
    the year's total (累计接待国内外游客1317.7万人次、实现旅游收入116.67亿元，分别同比增长100.3%、106%, audit 35 LZ24#14), neither a
    stock nor a sum over years; so is 累计 before handing out a thing of one year's campaign (``year_campaign_handouts``:
    累计投放政府消费券4410万元, spot audit 37)."""
    span, w = list_clause(fig), words()
    at = span.find(SUMMED)  # (全年累计增长6.7%: 累计 right after a period sums that period, audit 47)
    return at >= 0 and (span.startswith(tuple(w["year_total_verbs"]), at + len(SUMMED)) and (ON_LAST_YEAR in fig.after or (CHANGED_NEXT.match(fig.after) is not None or against_year_plan(fig.after)) and SPAN_NAMED.search(span, 0, at) is None)
                        or span[:at].endswith(tuple(w["period_sums"])) or any(re.match(h, span[at + len(SUMMED):]) for h in w["year_campaign_handouts"]))


def over_years(fig: Figure, average: re.Pattern[str]) -> bool:
    """An ``average`` word (年均, 累计…) in the figure's clause: over several years, unless its only such word is a 累计 that
    sums the year (``cumulated_in_year``: 累计接待国内外游客1317.7万人次…，分别同比增长100.3%)."""
    found = average.search(fig.clause_before)
    return found is not None and not (found.group() == SUMMED and average.search(fig.clause_before, found.end()) is None
                                      and cumulated_in_year(fig))
