"""Plan figures that set how something is done, not what the year is to produce
(docs/assumptions.md#non-targets): a rate a tax is levied at (购置税按7.5%征收), the change from last
year of a level the clause before has just raised (补助标准提高到120元，比上年增长50%), counts of
candidates or of items put to a vote (筛选出18个候选项目提交审议和票决: vote_lists.py), policy settings (贷款额度, 支付限额,
起付线), the set of standards a rate raises (11项社会救助标准提高5%), a count per unit (每户企业…1-2个), a
document's name (新36条), the plan's own tasks (继续安排20件民生实事, 扎实推进30项为民办实事项目), the group whose pay
is raised (提高1200万中小学教师待遇) and the threshold that defines a share of units (70%村集体经济组织收入超过50万元).
Word lists: ``tables_words.json`` levy_verbs, raised_to_verbs, setting_words, striven_amount_leads, per_unit_words,
widened_scopes, granted_amount_leads, granted_amounts, own_task_nouns, own_task_payers, own_task_verbs, own_task_projects, plan_task_verbs, plan_task_nouns,
whole_set_states, set_raise_verbs, set_raise_levels, group_raise_verbs, group_benefits, share_threshold_links,
past_markers, past_done_verbs, amount_goal_links."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from govreport.lexicon import clause_breaks, qualifiers, unit_field, verbs
from govreport.tables.clauses import CLAUSE_END, first_mark, own_clause
from govreport.tables.each_places import placed_each
from govreport.tables.per_unit_standards import carried_per_unit, listed_per_unit
from govreport.tables.figures import Figure, parameters, words
from govreport.tables.net_rises import net_rise_after
from govreport.tables.vote_lists import put_to_vote

LAST_YEAR_GROWTH = re.compile(r"(?:比上年|比去年|较上年|较去年|同比)(?:增长|提高|增加)")
LEVEL_GAP = re.compile(r"(?:左右|以上)?[，,、]")
NAME_CHANGE = re.compile(r"(?:分别|均)?(?:提高|提升|降低|下降|上调|下调|调整|增加|减少)(?:到|至|为)?$")  # 支付限额提高
NAME_CHANGE_LAST = "高升低降调整加少到至为\n"  # the last character of a NAME_CHANGE match (or a line break after it)
# 11项社会救助标准提高5%以上: the noun after the count is what the next figure of its clause changes
SET_CHANGED = re.compile(r"[\u4e00-\u9fff]{1,16}?(?:提高|提升|上调|降低|下调|增长|增加)(?:到|至)?\d")
PER_UNIT_FLOOR = re.compile(r"(?:及)?以上")  # 每个主导产业招引链主企业1个以上: a floor for each unit
# 提升5家…中心、6家…中心能力水平 (audit 52): the other members' counts of one 、 list raised together, taken out
RAISED_MEMBER = re.compile(r"、[\d.]+[个家所处]")
RAISED_BEFORE = re.compile(r"[\d.]+[个家所处][\u4e00-\u9fff]{1,16}、$")
OWN_TASK_END = re.compile(r"[，,；;。：:和及并]|的同时|清单|$")  # (实施好省定20项民生工程和市20件民生实事: a list of own programmes, spot 36)  # 在承接…30项民生实事项目的同时 (audit 44 HZ); 征集了10件民生实事并坚决完成 (held-out set 65, fix138a)
# 切实抓好2026年十大类46项民生实事工程: the list's year and its classes between the verb and the count (audit 27); the
# government whose list it is and its fields (承接省政府十方面30项民生实事项目, audit 44 HZ)
# 实施好省定20项民生工程: a government's own list (省定, 市定) between too, and the verb's 好 after it (spot 36 衡水)
OWN_TASK_YEAR_CLASSES = re.compile(r"(?:(?:19|20)\d\d年度?|今年|本年度?)?(?:[省市区县](?:政府|定))?(?:[一二三四五六七八九十\d]{1,3}(?:大?类|个?方面))?$")


DOCUMENT_NOUN = re.compile(r"[\u4e00-\u9fff“”]{2,10}")  # a document's short name before its N条 (园区, “民营经济”)


def _policy_named(clause_before: str, after: str) -> bool:
    """A count in 条 closing its clause after a policy's name: an adopting verb (``policy_adopt_verbs``) right before an
    aim a policy is named for (``policy_name_openers``: 实施支持民营经济发展31条): the policy's size, whatever the verb; or
    a verb of issuing a document (``document_verbs``) opening the clause and a short noun (出台园区20条, 落实外贸外资14条): the
    document's title (held-out audit 39a 莆田; 推出精品旅游线路21条 counts routes)."""
    w = words()
    first = after[:1]
    if first and first != "、" and first not in clause_breaks():
        return False
    adverbs = (*w["scope_adverbs"], *w["document_adverbs"])  # 全面落实工业高质量发展30条 (held-out set 56, fix125d)
    opener = next((clause_before[len(a):] for a in adverbs if clause_before.startswith(a)), clause_before)
    verb = next((v for v in w["document_verbs"] if opener.startswith(v)), "")
    return any(f"{v}{o}" in clause_before for v in w["policy_adopt_verbs"] for o in w["policy_name_openers"]) \
        or bool(verb) and DOCUMENT_NOUN.fullmatch(opener, len(verb)) is not None


def procedure_reason(fig: Figure) -> str:
    """Why the figure sets a rule or a procedure rather than a goal ('' when it does not)."""
    w = words()
    name = fig.indicator  # NAME_CHANGE ends in one of NAME_CHANGE_LAST: the sub is needed only for such a name
    bare = NAME_CHANGE.sub("", name).removesuffix("平") if name[-1:] in NAME_CHANGE_LAST else name  # (…封顶线平均提高: set 63, fix136b)
    if bare.endswith(tuple(w["setting_words"])) \
            and not _granted(fig.clause_before):
        return "a policy setting (增值税起征点, 所得额上限, 贷款额度, 支付限额), not an outcome to produce"
    after = fig.after
    if fig.unit in ("%", "‰") and fig.before.endswith("按") and after.startswith(tuple(w["levy_verbs"])):
        return "a statutory rate a tax is levied at (购置税按7.5%征收), a policy setting, not an outcome"
    if unit_field(fig.unit, "kind") == "count":
        stop = first_mark(after, clause_breaks())
        clause = fig.clause_before + (after if stop < 0 else after[:stop])
        if put_to_vote(clause, after[stop + 1:] if stop >= 0 else ""):
            return "candidates or items put to a vote (18个候选项目提交审议和票决): procedure, not a goal"
        if fig.unit == "类" and after[:1].isdigit() or (noun := next((n for n in w["classes_of_a_count"] if after.startswith(n)), "")) \
                and after[len(noun):].removeprefix("、")[:1].isdigit():  # 推进10个领域100个重大项目建设 (audit 45 昭通 F2), 19个部门、135个… (set 91)
            return "the classes of the count after it (12类45件民生实事), not a goal of its own"
        if fig.unit == "类" and _scope_class().match(after):
            return "the groups a service covers (推进7类特殊困难老年人探访关爱服务), a scope, not an amount to produce"
        if fig.unit in ("项", "类") and SET_CHANGED.match(after):
            return "the set of standards the next figure changes (11项社会救助标准提高5%), not a goal"
        per = listed_per_unit(fig) or fig.clause_before or carried_per_unit(fig)  # 每县建设1所…、1所…: 每县 governs the later member too (held-out audit 49)
        if any(p in per for p in w["per_unit_words"]) and (unit := _per_unit().search(per)) \
                and not _per_place(per[unit.start():], fig.before if per == fig.clause_before else per, after):  # 每个县培育1-3个: a goal (audit 30)
            return "a count per unit (每户企业打造1-2个优势板块), a specification, not a total to produce"
        if _each_unit(fig.clause_before) and not placed_each(fig):  # 各打造示范标杆10个: each of the units before (spot 39); not 区（县）各打造 (audit 90)
            return "a count per unit (各打造示范标杆10个: each of the units named before it), a specification, not a total to produce"
        if fig.unit == "次" and fig.value == 1 and fig.clause_before.endswith(tuple(w["once_service_verbs"])):
            return "how often each person is served (为老年人免费开展1次体检), not an amount to reach"
        if fig.unit == "条" and fig.before.endswith("新"):
            return "the name of a policy document (新36条)"
        if fig.unit == "条" and after.startswith(tuple(w["policy_carry_ends"])):  # audit 51
            return "the size of a policy carried out (推动解决营商环境突出问题10条落地), not an amount to produce"
        if fig.unit == "条" and _policy_named(fig.clause_before, after):  # audit 55 aba row 72
            return "the size of a policy named before it (精准实施支持民营经济发展31条), not an amount to produce"
        task = _own_task_payers().sub("", after, count=1)  # 15件市办民生实事: who does them is no other kind of task
        chosen = fig.clause_before.endswith(tuple(w["own_task_chosen"]))  # 确定的20件民生实事如期完成 (held-out set 87, fix170c)
        if fig.unit == "件" and any(task.startswith(n) and (OWN_TASK_END.match(task, len(n)) or chosen or task.startswith(tuple(w["own_task_closes"]), len(n)))
                                   for n in (*w["own_task_nouns"], *w["own_task_projects"])):
            return "the plan's own tasks (继续安排20件民生实事, 突出抓好…3件事), not an amount to produce"
        owned = fig.clause_before.endswith(tuple(w["owned_task_relatives"]))  # 推进政府系统承担的212项重点改革: the reforms given (深入推进393项改革任务 stays a goal)
        if fig.unit == "项" and any(v.endswith(tuple(w["own_task_verbs"])) for v in _own_task_leads(fig.clause_before)) \
                and any(t.startswith(n) and OWN_TASK_END.match(t, len(n)) for t in (after, task) for n in (*w["own_task_projects"], *(w["own_reform_tasks"] if owned else ()),
                                                                                      *(w["paid_task_nouns"] if task != after else ()))):  # 34项重要民生实事; 10项惠民便民实事
            return "the plan's own list of projects or reforms (扎实推进30项为民办实事项目, 推进政府系统承担的212项重点改革), not an amount to produce"
        own = after if stop < 0 else after[:stop]
        raised = RAISED_MEMBER.sub("、", own)
        # the verb before a list whose first member is a count too (提升5家…中心、6家…: 提升 before the first count)
        lead = fig.clause_before or (RAISED_BEFORE.sub("", CLAUSE_END.split(fig.before)[-1]) if RAISED_BEFORE.search(fig.before) else "")
        if not any(c.isdigit() for c in own) and own.endswith(tuple(w["whole_set_states"])) or not any(c.isdigit() for c in raised) \
                and lead.endswith(tuple(w["set_raise_verbs"])) and raised.endswith(tuple(w["set_raise_levels"])):
            return "the set a state covers or whose level is raised (8条河流水质全面达标, 提升15个…中心服务水平), not a count to reach"
        if own.endswith(tuple("的" + n for n in w["widened_scopes"])) and not any(c.isdigit() for c in own):
            return "the size of a set whose scope is widened (将18项行政事业性收费的免征范围…扩大到所有企业), not a count to reach"
        if fig.clause_before.startswith(tuple(w["plan_task_verbs"])) and fig.clause_before.endswith("》") \
                and after.startswith(tuple(w["plan_task_nouns"])):
            return "the size of another plan's task list worked on (协同推进《…规划纲要》138项重点任务), not an amount to produce"
        if fig.unit in ("个", "项") and _own_list_named(fig.clause_before, after if stop < 0 else after[:stop]):
            return "the plan's own list of projects (实施好今年民生实事八大工程24个…民生项目), not an amount to produce"
    if not fig.unit and fig.clause_before.endswith(tuple(w["group_raise_verbs"])) and _group_benefit().match(after):
        return "the size of the group whose pay is raised (提高1200万中小学教师待遇), not an amount to produce"
    if fig.unit not in ("%", "‰") and "%" in fig.clause_before and (_share_threshold().search(fig.clause_before) or unit_field(
            fig.unit, "kind") == "money" and _share_threshold_measure().search(fig.clause_before)):
        return "the threshold that defines a share of units (70%村集体经济组织收入超过50万元), not a goal of its own"
    return ""


def _own_list_named(clause_before: str, own_after: str) -> bool:
    """The clause opens with an own-task verb and names the plan's own list (民生实事, ``own_task_projects``) before the
    count, and the count's projects close it: 实施好今年民生实事八大工程24个“小而美”的民生项目 (audit 44 JZ) counts the
    list's projects, the plan's parts."""
    w = words()
    return clause_before.startswith(tuple(w["own_task_verbs"])) and any(p in clause_before for p in w["own_task_projects"]) \
        and own_after.endswith("项目") and not any(c.isdigit() for c in own_after)


def _own_task_leads(clause_before: str) -> tuple[str, str]:
    """The clause before a count without the list's year, government and classes, and without a relative clause of
    who carries them (政府系统承担的), as it is and without the verb's 好 (实施好省定 -> 实施; 办好 stays 办好)."""
    lead = OWN_TASK_YEAR_CLASSES.sub("", clause_before)
    w = words()
    verb = max((lead.rfind(v) + len(v) for v in w["own_task_verbs"] if v in lead), default=-1)  # 推进政府系统承担的 -> 推进
    if 0 < verb and lead.endswith(tuple(w["owned_task_relatives"])) and len(lead) - verb <= 12:
        lead = lead[:verb]  # who carries the tasks (政府系统承担的) names no other list
    return lead, lead.removesuffix("好")


@cache
def _scope_class() -> re.Pattern[str]:
    """A noun run ending in a group of people (7类特殊困难老年人: ``scope_class_heads``) right after a count in 类."""
    return re.compile("[^\\d，,；;。、]{0,10}?(?:" + "|".join(map(re.escape, words()["scope_class_heads"])) + ")")


@cache
def _own_task_payers() -> re.Pattern[str]:
    """Payer or beneficiary words at the start (市办, 惠民), any number of them, but not the 为民 that opens a project word
    (市委市政府为民办实事项目 keeps 为民办实事项目: ``own_task_projects``)."""
    projects, payers = ("|".join(map(re.escape, words()[k])) for k in ("own_task_projects", "own_task_payers"))
    return re.compile(f"^(?:(?!{projects})(?:{payers}))+")


def past_reason(fig: Figure) -> str:
    """Why the figure is history the plan tells ('' when it is not): 原先/原来 right before it (取消了原先336亿元的
    农业税赋), or a done verb with 了 in its own clause before it (而且取消了700多亿元的“三提五统”)."""
    w = words()
    if fig.before.endswith(tuple(w["past_markers"])):
        return "a former amount (原先336亿元的农业税赋), history, not a goal"
    clause = fig.clause_before
    if "了" in clause and any(v in clause for v in w["past_done_verbs"]):
        return "what was abolished or lightened (取消了700多亿元的“三提五统”), history, not a goal"
    return ""


@cache
def _group_benefit() -> re.Pattern[str]:
    """People and their pay right after a bare count, closing the clause (1200万中小学教师待遇)."""
    return re.compile(r"[\u4e00-\u9fff]{1,10}?(?:" + "|".join(words()["group_benefits"]) + r")(?:[，,；;。]|$)")


@cache
def _share_threshold() -> re.Pattern[str]:
    """A share of units, their measure and a link at the end of the clause (70%村集体经济组织收入超过)."""
    return re.compile(r"\d%(?:以上|左右)?的?[\u4e00-\u9fff]{2,16}?(?:" + "|".join(words()["share_threshold_links"]) + ")$")


@cache
def _share_threshold_measure() -> re.Pattern[str]:
    """A share of units, a verb, then the measure whose amount defines them, and more amounts joined by 且/和
    (95%的行政村实现集体经济总收入 | …总收入30万元且经营性收入): the amounts are the share's thresholds (audit 46)."""
    verbs = "|".join(words()["share_threshold_verbs"])
    joined = r"(?:[\d.]+[万亿千百]?元(?:及以上|以上)?(?:且|并且|和|、)[\u4e00-\u9fff]{2,10})*"
    return re.compile(r"\d%(?:以上|左右)?的[\u4e00-\u9fff]{2,10}?(?:" + verbs + r")[\u4e00-\u9fff]{2,10}" + joined + "$")


@cache
def _per_unit() -> re.Pattern[str]:
    """每户/每个 … and a noun after it (每户企业): what each one gets or does."""
    return re.compile("(?:" + "|".join(re.escape(x) for x in words()["per_unit_words"]) + r")[\u4e00-\u9fff]")


@cache
def _floor_end() -> re.Pattern[str]:
    """不少于/不低于/至少 right before the count (qualifiers.csv, before, at_least): a floor for each unit, no part of its object."""
    return re.compile("(?:" + "|".join(re.escape(w) for w, q in qualifiers()["before"].items() if q == "at_least") + ")$")


def _each_unit(clause_before: str) -> bool:
    """A clause (or 、 member) that opens with 各 right before a verb (``per_unit_each_words``, verbs.csv): 各打造示范标杆10个
    after 开展园区招商、基金招商…等 sets a count for each of the units named before it, as 每户企业打造… does."""
    lead = next((w for w in words()["per_unit_each_words"] if clause_before.startswith(w)), "")
    return bool(lead) and any(clause_before.startswith(v, len(lead)) for v in verbs())


def per_unit_total(target: Figure, fig: Figure) -> bool:
    """The target's own clause sets a count for each unit (每个集群建设1家…、培育20家高新技术企业: every member of the list) and
    the review figure's clause names no unit: a city total, no baseline of a count per unit (audit 47 jining row 51); so too
    各县（市）分别 before the target's count."""
    mine, theirs = own_clause(target.before), own_clause(fig.before)
    if EACH_PLACE.search(mine) and not EACH_PLACE.search(theirs):  # 各县（市）分别布局建设换电站1座: one a county (audit 57)
        return True
    return bool(_per_unit().search(mine)) and not _per_unit().search(theirs)


# 各县（市）分别…, 各乡镇分别…: each place of the territory gets the count, not the territory as a whole
EACH_PLACE = re.compile(r"各(?:县|区|乡|镇|村|街道)(?:[（(][^）)]{1,4}[）)]|[区市镇])?分别")


def _per_place(per_unit: str, before: str, after: str = "") -> bool:
    """每个县…培育, 每县…新培育: each place of the report's own territory is to bring the counted things into being (a goal
    for each, which adds up to the territory's; ``per_place_nouns``, ``per_place_goal_verbs``), not each firm to have
    them (每户企业…打造1-2个优势板块: a specification)."""
    rest = _floor_end().sub("", per_unit[1:].removeprefix("个"))  # 每个县市区每年引进十亿产业项目不少于5个: a floor per county
    w = words()
    if _unit_goal().match(rest.replace("\n", "")):  # 每个县区至少落地3个, 每个环京津县打造1个, 每个主导产业细分领域培育2-3家 (audit 42)
        return True
    if noun := next((n for n in w["per_unit_goal_nouns"] if rest.startswith(n)), ""):  # 每个主导产业招引链主企业1个以上 (audit 31)
        return rest.startswith(tuple(w["per_unit_goal_verbs"]), len(noun)) and PER_UNIT_FLOOR.match(after) is not None
    place = next((n for n in w["per_place_nouns"] + w["floor_place_nouns"] if rest.startswith(n)), "")
    if place and rest.startswith(tuple(w["per_unit_goal_verbs"] + w["floor_goal_verbs"]), len(place)) and PER_UNIT_FLOOR.match(after):
        return True  # 确保每个县入库重大产业项目5个以上: a floor for each place (audit 38 TR24 #88); 每个贫困村发展1个以上… (set 89)
    return place in w["per_place_nouns"] and before.endswith(tuple(w["per_place_goal_verbs"]))


def _granted(clause_before: str) -> bool:
    """新增授信额度50亿元以上: a quota opened by an added-amount word is the amount granted in the year, not a limit (``granted_amount_leads``,
    ``granted_amounts``; audit 47 济宁), and so is one with 新增 before it that a floor word brings to the figure (新增…贷款额度不少于100亿元,
    fix174f); so is one opened by a verb of winning funds, a period word allowed before it (全年争资争项额度300亿元以上: ``won_amount_leads``,
    audit 57 湘潭); so is a quota of funds raised that a verb of reaching brings to the figure (直接融资额度达到30亿元以上, not 安排贷款额度…)."""
    w = words()
    reached = next((v for v in w["raised_amount_verbs"] if clause_before.endswith(v)), "")
    if reached and (clause_before.removesuffix(reached).endswith(tuple(w["raised_amounts"])) or clause_before.startswith(
            tuple(w["striven_amount_leads"])) and clause_before.removesuffix(reached).endswith(tuple(w["granted_amounts"]))):
        return True  # 直接融资额度达到30亿元以上: funds raised, reached (``raised_amounts``; audit 40b 汉中 G10); 力争贷款额度达到2亿元以上 (fix152b)
    floor = next((q for q, kind in qualifiers()["before"].items() if kind in ("at_least", "more_than") and clause_before.endswith(q)), "") or reached
    if not (quota := clause_before.removesuffix(floor)).endswith(tuple(w["granted_amounts"])):
        return False
    plain = clause_before.removeprefix(next((p for p in w["period_sums"] if clause_before.startswith(p)), ""))
    return clause_before.startswith(tuple(w["granted_amount_leads"])) or plain.startswith(tuple(w["won_amount_leads"])) \
        or bool(floor) and any(lead in quota for lead in w["granted_amount_leads"])  # 新增…贷款额度不少于 (held-out set 91 柳州)


@cache
def _unit_goal() -> re.Pattern[str]:
    """A place (with up to 3 words before it: 环京津县) or an industry unit (主导产业细分领域), its adverbs (至少, 重点) and a
    goal verb, then at most 8 words of object and no figure before the count: each unit is to bring the counted things
    into being (a goal for each, named 每个…), not each firm to have them (每户企业打造1-2个优势板块)."""
    def alt(key: str) -> str:
        return "|".join(map(re.escape, words()[key]))
    unit = (f"(?:[\u4e00-\u9fff]{{0,3}}?(?:{alt('per_place_nouns')})(?:[（(][\u4e00-\u9fff、]{{1,6}}[)）])?"
            f"|(?:{alt('per_unit_goal_nouns')})(?:{alt('per_unit_goal_noun_tails')})?)")
    size = r"(?:\d[\d.]*[万亿]?元(?:及)?以上)?"  # 每个载体至少引进5亿元以上工业项目5个: a size class of the object (held-out set 72)
    return re.compile(f"{unit}(?:{alt('per_unit_goal_adverbs')})*(?:{alt('per_unit_goal_verbs')}){size}[^\\d，,；;。、]{{0,8}}$")


def restates_a_level(fig: Figure, group: list[Figure]) -> bool:
    """比上年增长50% right after a level the clause before raises (财政补助标准提高到120元，比上年增长
    50%): that level's change from last year, stated again, not a goal of its own."""
    if fig.unit != "%" or not LAST_YEAR_GROWTH.fullmatch(fig.clause_before):
        return False
    verb_at = fig.rel_start - len(fig.clause_before)
    raised = tuple(words()["raised_to_verbs"])
    return any(o.unit not in ("%", "‰", "") and o.rel_end <= verb_at and o.clause_before.endswith(raised)
               and LEVEL_GAP.fullmatch(fig.sentence, o.rel_end, verb_at) for o in group if o is not fig)


def restates_an_amount(fig: Figure, group: list[Figure], review: list[Figure] | None = None) -> bool:
    """比上年增长19.2% right after an amount set aside in the plan (今年中央财政安排科技投入716亿元，比上年增长19.2%):
    that amount's change from last year, stated again, not a goal of its own; not a registered rate (地区生产总值
    …，比上年增长6%: the growth is the measure), not after a reach verb (达到, 突破: the growth may be the goal), and
    not when both carry a qualifier of their own (力争免税购物销售额324亿元以上，同比增长8%以上: two goals, audit 39 SY24#9)."""
    if review and fig.unit == "%" and BARE_GROWTH.fullmatch(fig.clause_before):
        return grows_from_a_review_amount(fig, group, review)
    if fig.unit != "%" or fig.indicator_key or not LAST_YEAR_GROWTH.fullmatch(fig.clause_before):
        return False
    verb_at = fig.rel_start - len(fig.clause_before)
    reached = tuple(words()["amount_goal_links"])
    return any(o.unit not in ("%", "‰", "") and o.role == "target" and o.rel_end <= verb_at
               and not o.clause_before.endswith(reached) and LEVEL_GAP.fullmatch(fig.sentence, o.rel_end, verb_at)
               and not (o.qualifier and fig.qualifier)
               for o in group if o is not fig)


BARE_GROWTH = re.compile(r"(?:增长|增加|提高)")


def grows_from_a_review_amount(fig: Figure, group: list[Figure], review: list[Figure]) -> bool:
    """A bare 增长N% right after an amount the plan sets (全年计划实施重点项目670个，增长10.7%) where the review states the
    same measure's amount (实施重点项目605个) and 670/605 is 1.107 to the rate's last digit: the amount's change from
    last year, stated again, not a goal of its own (spot 38 葫芦岛). Without the review's amount a bare 增长 may be a goal;
    so it may with a qualifier of its own or after a reach verb (``amount_goal_links``) anywhere before the amount."""
    verb_at = fig.rel_start - len(fig.clause_before)
    if fig.value is None or fig.qualifier:  # (…720亿元、增长20%以上: a floor of its own, a goal)
        return False
    exponent = fig.value.as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) else 0
    if digits < 1:  # (旅游总消费450亿元、增长14%: a whole rate may be a rounded goal; 10.7% to the decimal restates)
        return False
    slack = Decimal(5) / Decimal(10) ** (max(digits, 0) + 1) + Decimal("0.0001")
    reached = words()["amount_goal_links"]
    for o in group:
        if (o is fig or o.unit in ("%", "‰", "") or o.role != "target" or o.value is None or o.rel_end > verb_at
                or not LEVEL_GAP.fullmatch(fig.sentence, o.rel_end, verb_at) or any(v in fig.sentence[:o.rel_start] for v in reached)):
            continue  # (力争实现接待旅游总人数5500万人次、增长18%: a reach verb, the growth may be the goal)
        for r in review:
            if (r.unit == o.unit and r.value and r.value > 0 and r.year_from is None
                    and (o.indicator_key and r.indicator_key == o.indicator_key or r.indicator == o.indicator)
                    and abs((Decimal(o.value) / Decimal(r.value) - 1) * 100 - fig.value) <= slack):
                return True
    return False


BARE_CHANGE = re.compile(r"(?:再|又|共)?(?:增加|减少|提高|提升|降低|下降|增长|扩大|压减)了?")
# 赤字规模比上年预算减少1500亿元: a subject, then the change from last year's budget (or outcome)
CHANGE_FROM_LAST_YEAR = re.compile(r"([\u4e00-\u9fff]{0,6}?)(?:比|较)(?:上年|去年)(?:预算|实际)?"
                                   r"(?:增加|减少|提高|提升|降低|下降|增长|扩大|压减)了?")
LISTED_GAP = re.compile(r"(?:左右|以上|以内)?[，,、]")
POINTS = ("个百分点", "百分点")  # 覆盖率48%、提高3个百分点: the change of the share before
# 提高2个百分点、达到45%: a verb of reaching a level right after a change in points, then the share reached
RAISE_END = re.compile(r"(?:提高|提升|增加)了?$")  # 将…标准提高30元，达到410元: a raise in the unit of the level after it
RAISED_RATES = ("%", "‰", "个百分点", "百分点")  # (提高5%，达到…: a rate of the level, not its amount)
LEVEL_REACHED_AFTER = re.compile(r"(?:左右|以上)?[、，,](?:达到|达|提高到|提升到|提高至|提升至)")


def restates_a_change(fig: Figure, group: list[Figure]) -> bool:
    """An amount whose clause is only a change verb, right after a figure of the same unit
    (中央财政赤字1.12万亿元，增加1700亿元; 农村危房改造366万户，增加100万户): the change of that
    figure from last year, stated again, not a goal of its own; so is a change in points right
    after a share (农村养老服务站覆盖率48%、提高3个百分点) or right before the share it reaches (提高2个百分点、达到45%), and a change from last year's budget whose
    subject shares a word with the name of a figure before it in the sentence (财政赤字9000亿元，其中…，
    继续代地方发债2000亿元…，赤字规模比上年预算减少1500亿元)."""
    clause = fig.clause_before
    if fig.unit in POINTS and any(o.unit == "%" and LEVEL_REACHED_AFTER.fullmatch(fig.sentence, fig.rel_end, o.rel_start) for o in group):
        return True  # 城镇化率提高2个百分点、达到45%: the change, then the level it reaches (held-out audit 39b 定西)
    if fig.unit not in RAISED_RATES and RAISE_END.search(clause) and any(
            o.unit == fig.unit and o.value is not None and fig.value is not None and o.value > fig.value
            and LEVEL_REACHED_AFTER.fullmatch(fig.sentence, fig.rel_end, o.rel_start) for o in group):
        return True  # 将补助标准提高30元，达到410元: the raise, then the level it reaches, the goal (held-out set 82 九江 G5, fix162d)
    subject = ""
    if not BARE_CHANGE.fullmatch(clause):
        m = CHANGE_FROM_LAST_YEAR.fullmatch(clause) if "比" in clause or "较" in clause else None
        if m is None:
            return False
        subject = m.group(1)
    verb_at = fig.rel_start - len(clause)
    return any((o.unit == fig.unit or o.unit == "%" and fig.unit in POINTS)
               and o.rel_end <= verb_at and (LISTED_GAP.fullmatch(fig.sentence, o.rel_end, verb_at) if not subject
                                             else any(subject[i:i + 2] in o.indicator for i in range(len(subject) - 1)))
               for o in group if o is not fig)


GROWTH_ONLY = re.compile(r"(?:比上年|比去年|较上年|较去年|同比)?(?:增长|提高|增加)")
INCREASE_VERB = re.compile(r"(?:增加|增长|扩大|提高)(?:约|近|超过?)?$")


def restates_an_increase(fig: Figure, group: list[Figure]) -> bool:
    """增长18% right after a level whose increase the same sentence states before it (转移支付增加约1.5万亿元、规模近9.8万亿元，
    增长18%): the rate is the increase over the level less it (1.5 ÷ 8.3 ≈ 18%), the two amounts stated again, no goal of
    its own (audit 18). Within ``parameters()['non_targets']['restated_rate_points']`` points of that ratio, else a goal."""
    if fig.unit != "%" or fig.value is None or not GROWTH_ONLY.fullmatch(fig.clause_before):
        return False
    verb_at = fig.rel_start - len(fig.clause_before)
    tolerance = Decimal(str(parameters()["non_targets"]["restated_rate_points"]))
    for level in group:
        if level is fig or level.value is None or level.unit in ("%", "‰", "") or level.rel_end > verb_at:
            continue
        if not LEVEL_GAP.fullmatch(fig.sentence, level.rel_end, verb_at):
            if net_rise_after(level, fig, group, verb_at, tolerance):
                return True
            continue
        for rise in group:
            if rise.unit != level.unit or rise.value is None or rise.rel_end > level.rel_start \
                    or not 0 < rise.value < level.value or not INCREASE_VERB.search(rise.clause_before):
                continue
            if abs(rise.value / (level.value - rise.value) * 100 - fig.value) <= tolerance:
                return True
    return False

