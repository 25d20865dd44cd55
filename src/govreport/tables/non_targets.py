"""Why a plan figure is no target ('' when it is one): an age, a label, a bare number, a name in quotation marks, a
threshold that classes what follows, a size in a project's name … (``not_a_target``, asked of every plan figure before
``targets`` matches it against the review).
"""
from __future__ import annotations

import re

from govreport.extract.unit_free_ratios import RATIO_BEFORE, pair_ratio
from govreport.report.chars import is_ideograph
from govreport.tables.scope_figures import (adopted_list, product_size_in_project, annual_output_project, capacity_after_named_project, capacity_built, capacity_in_project_list,
                                            design_size, issued_above, own_size, past_spec_pair, project_spec, rule_set_sizes, set_each_reaches)
from govreport.tables.scoping_figures import scope_of_a_screening, scoping_reason
from govreport.lexicon import descriptor_nouns, unit_field
from govreport.tables.classing import completes_the_unit, classes_or_sizes, people_counted_after, qualifier_after
from govreport.tables.framed_figures import class_threshold, framed_count, size_in_project_name
from govreport.tables.figures import Figure, words
from govreport.tables.year_shares import split_by_the_year
from govreport.tables.measures import RATE_UNITS, list_clause
from govreport.tables.context_goals import context_goal
from govreport.tables.package_sets import describes_or_packages
from govreport.tables.paced_sets import paced_or_focused_set
from govreport.tables.plan_frames import frames_plan_work, task_to_complete
from govreport.tables.policy_terms import policy_term
from govreport.tables.goal_remarks import goal_remark  # 按照全省预期6%—6.5%, 预期…速度较上年提高1个百分点, …已全部返岗复工 (held-out set 82)
from govreport.tables.project_sets import herd_size_of_a_facility
from govreport.tables.procedure import past_reason, procedure_reason
from govreport.tables.shared_list_forms import quoted_shared_rates
from govreport.tables.threshold_sets import ALLOCATED_BY, counts_in_its_own_unit, why_no_target
from govreport.tables.built_models import builds_named_models
from govreport.tables.worked_sets import (describes_the_present, GOAL_VERBS, names_every_member,
                                         covered_by_a_goal, kept_up_firms, works_on_a_set)
from govreport.tables.coordinated_sets import coordinated_set  # 统筹…4个…重点帮扶县、13个示范镇…建设 (held-out set 57)
from govreport.tables.named_examples import among_examples, closes_named_examples
from govreport.tables.hedged_figures import hedged
from govreport.tables.present_shares import describes_a_make_up  # 经济总量的45%在县域 (held-out set 92, fix175d)
from govreport.tables.mixed_set_parts import part_of_a_mixed_set
from govreport.tables.equipment_labels import label_figure
from govreport.tables.named_labels import named_label
from govreport.tables.bare_figures import INDEX_GOAL
from govreport.tables.own_packages import own_package  # 一、…（7件）, 办好民生事项40件, “310”…以办好10件, 划分为7个 (held-out audit 41)
from govreport.tables.held_sets import held_set  # 抓好4个省级化工园区, 26个街道均有…, 细化…56项改革事项 (held-out audit 40)
from govreport.tables.per_unit_standards import each_unit_floor, per_unit_standard  # 每个乡镇至少办好一所… (fix174f)
from govreport.tables.whole_totals import total_after_addition
from govreport.tables.project_parts import part_of_a_project
from govreport.tables.programme_averages import programme_average
from govreport.tables.ranked_classes import competed_within, listed_among, ranked_class
from govreport.tables.whole_sets import whole_set_reaches
from govreport.tables.work_extents import work_extent  # 逐年补齐…, 加快推进4200亩…项目建设, 建成覆盖31个乡镇的… (held-out audit 48)
from govreport.tables.name_equivalents import grows_a_count  # 15家、增长50%: the count's growth (held-out audit 44 怀化 G6)
from govreport.tables.tallied_sets import programme_scope, tallies_named_members  # held-out audit 44 宝鸡 G2, G3
from govreport.tables.place_allocations import allocated_by_place  # 公租房500套（市本级400套，濠江区100套） (held-out audit 47)
from govreport.tables.difficulty_gaps import difficulty_gap
from govreport.tables.started_zones import started_zone_size  # 启动40万亩…示范区建设，完成5万亩… (held-out audit 47)
from govreport.tables.capacity_amounts import capacity_itself  # 新增9万吨日处理能力; 5万吨α烯烃项目 (a letter opens the name)
from govreport.tables.class_labels import thresholds_before_noun  # 营业收入超10、20、50亿元的工业企业 (held-out set 69)
from govreport.tables.given_sets import given_set  # 15个流域11个项目, 加快首批…74个重大项目建设 (held-out set 69)
from govreport.tables.set_labels import set_label
from govreport.tables.programme_sizes import programme_size  # 实施…30条, 谋划3-5个…目标, 行动数 (held-out set 74)
from govreport.tables.standing_sets import standing_set  # 抓好12个…优势区, 已签约的57个, …的招商推介 (held-out set 75)
from govreport.tables.service_times import service_time  # 新开办企业“0.5天”“零成本”办理 (held-out set 72)
from govreport.tables.slogan_sets import slogan_set
from govreport.tables.set_frames import set_frame  # 以248个…为牵引, 各区县重点培育2—3个, 加强90万亩…管护, 20~50亿元8个 (held-out set 76)
from govreport.tables.framed_outside_year import framed_outside_year  # 有利条件…这必将, 三年大会战…今年, 137项三年…任务 (set 85)
from govreport.tables.named_after import names_an_advantage, sizes_a_joined_mate, sizes_a_list_named_next, sizes_joined_names, sizes_named_places, takes_on_powers  # 0.3元电价优势, 再新增3件，即…, 打造A、B、C3个片区 (held-out set 72)


USED_FOR = re.compile(r"[\u4e00-\u9fff]{0,6}?用于")  # a share put to a use, its noun between (50%以上用地指标用于工业): a goal
NOT_TARGET_UNIT_KINDS = ("age", "duration", "voltage")  # 0—6岁, 延长30年, 220千伏: ages, spans, labels
LAST_YEAR_CHANGE = re.compile(r"^(?:比上年|比去年|较上年|较去年|同比)[^，,；;。\d]{0,4}?(?:增加|提高|高|增长|减少|下降|降低|低|扩大|缩小)$")
PEOPLE_CHANGED = re.compile(r"(?:减少|增加|新增|转移|脱贫|搬迁)")  # 再减少农村贫困人口1000万: people, though no unit is written
CHANGE_BEFORE = re.compile(r"(?:减少|增加|提高|增长|下降|降低|新增)(?:了|近|约|超过)?$")  # 贫困人口减少1000万
POLICY_NAME = re.compile(r"(?:支持|扶持|促进|稳经济)?(?:政策|措施|意见|举措)")
CAPACITY_KINDS = ("weight", "power", "energy", "volume")
CLASSIFYING = re.compile(r"(?:及以上|及以下|以上|以下)[\u4e00-\u9fff]")
COUNTERS = ("个", "家", "家次", "项", "所", "条", "批", "处", "种")  # count what follows (组织100家次以上企业参展, 50种以上常见病实现基层首诊: audit 51) (100户以上自然村: 户 does not; 8座以下小汽车 counts seats)
COUNT_BEFORE = re.compile(r"\d[个家项所条批处]$")  # 等23个50亿元以上，…: the amount classes the count before it
CLASSIFYING_OF = re.compile(r"(?:及以上|以上|以下)的(?:村|户|部分|企业|项目|地区)")  # 10万元以下的村
# a share of a class reaching a threshold of its own (80%以上的村集体收入破百万): the share is the goal
SHARE_PASSING = re.compile(r"(?:及以上|以上)的[^，,；;。\d]{1,12}?(?:突破|破|超过|超|达到|完成|实现)")  # 70%以上的村庄完成…整治: the share that completes, a goal (set 89)
# a count whose noun (quotes inside it too: 713个工业“五未”项目销号率达到60%, audit 44) is the subject of a rate stated right after (310条河流…优良比例提升至75.0%)
RATE_OF_A_SET = re.compile(r"[\u4e00-\u9fff“”]{1,20}?(?:比例|比重|占比|率)(?:提升至|提高到|提升到|达到|保持在|稳定在|为|达)?\d")
# a count, its noun, then at once a share of them (7个国考断面100%达到优良目标: held-out audit 52 清远 G3)
SHARE_OF_A_SET = re.compile(r"[\u4e00-\u9fff“”]{1,12}?\d+(?:\.\d+)?[%％]")
# a count, its noun, then at once a growth of them not making a class with 的 (力争5个开发区全部主营业务收入增长10%以上: held-out set 80 大理)
GROWTH_OF_A_SET = re.compile(r"[\u4e00-\u9fff“”]{1,20}?(?:增长|提高|增加)\d+(?:\.\d+)?[%％](?!(?:以上|左右)?的)")
# a distance or a time that defines a rate (公交与轨道50米内换乘比例提升至93%, 30分钟内到达率)
WITHIN_A_RATE = re.compile(r"(?:以内|范围内|之内|内)[^，,；;。\d]{0,16}?(?:比例|比重|占比|率)")
NOT_A_NOUN_AFTER = ("的", "并", "和", "且", "或", "等")
GOAL_COMPARED = re.compile(r"目标[^，,；;。\d]{0,4}?(?:比|较)(?:上年|去年)")  # 预期目标比去年多100万人: a goal against last year's
KEPT_UNCHANGED = re.compile(r"[^，,；;。]{0,10}不变")  # 保持6%一档的税率不变: a setting left as it is
KEPT_POLICY = re.compile(r"(?:延续|延长|继续执行|继续实施)[^，,；;。\d]{0,16}$")  # 延续执行企业研发费用加计扣除75%政策
POLICY_AFTER = re.compile(r"[^，,；;。\d]{0,4}政策")
POLICY_EXTENDED = re.compile(r"[^，,；;。\d]{0,4}政策(?:再|继续)?(?:延长|延续|延期)")  # 降低电价5%政策延长到年底
POPULATION_SCOPE = re.compile(r"(?:我国|全国|全省|全市|全区|全县)(?:共|现)?(?:有|近|约|超过)?")  # 全国近3亿人…
WHOLE_PLACES = ("我国", "全国", "全省", "全市", "全区", "全县")
QUOTED_AMOUNT = re.compile(r"[“\"][一二三四五六七八九十两]{1,2}个$")  # “三个5000亩”: an amount in quotes with a counter (audit 31)
QUOTE_CLOSES_CLAUSE = re.compile(r"”(?:[，,；;。]|$)")  # an amount alone in quotes, then its clause ends: a goal, no name (audit 40)
PAGE_GAP = re.compile(r"\s*(?:[-—－–]+\s*\d{1,4}\s*[-—－–]+\s*)?")  # line breaks and a page footer between two characters of a word
# 前20、30、50名各不少于1个: rank thresholds a count is then given for (audit 52 蚌埠); 进入前10名 alone stays a goal
RANK_CLASS_BEFORE = re.compile(r"前(?:\d+、)*$")
RANK_CLASS_AFTER = re.compile(r"(?:、\d+)*名[^，,；;。\d]{0,8}\d+[个家所项户]")
RANK_BANDS_EACH = re.compile(r"前\d+(?:、\d+)+名各(?:不少于|不低于|至少|有)?$")  # …各不少于1个: a share-out over bands
# 产值超50亿元、10亿元企业分别达4户、22户: size classes, the counts after 分别 are the goals (audit 52 蚌埠)
# 300亩左右集中连片土地流转率45%以上: a size class of what a rate is then stated for (audit 52 亳州)
CLASS_OF_A_RATE = re.compile(r"左右[\u4e00-\u9fff]{1,16}?(?:比例|比重|占比|率)(?:提升至|提高到|提升到|达到|保持在|稳定在|为|达)?\d")
SIZE_CLASS_BEFORE = re.compile(r"(?:超过|超|过)(?:[\d.]+[万亿]?元、)*$")
SIZE_CLASSES = re.compile(r"(?:、[\d.]+[万亿]?元)*[\u4e00-\u9fff]{1,6}?分别(?:达到|达|为|超过|超)[\d.]+[个家户所项]")
ALREADY_DONE = re.compile(r"已[\u4e00-\u9fff]{1,2}的?$")  # 已开工的57个项目, 国家已设立400亿元…基金: what already is


def _made_after(fig: Figure) -> bool:
    """制 after the count opens a word of what is made (4个制氢项目; a page footer of a PDF copy, 制⏎— 12 —⏎氢, skipped):
    ``made_words``, no format (3人制)."""
    at = PAGE_GAP.match(fig.sentence, fig.rel_end + 1)
    return "制" + fig.sentence[at.end() if at else fig.rel_end + 1:][:1] in words()["made_words"]


def _substandard_thing(fig: Figure) -> bool:
    """问题 before a thing noun (``problem_things``) names a substandard thing to fix, no problem: 完成农村5138户问题厕所
    年度改造任务 counts toilets, a goal (held-out audit 43 七台河)."""
    return any(fig.sentence.startswith(p + t, fig.rel_end) for p in words()["problem_nouns"] for t in words()["problem_things"])


QUOTE_CLOSED = re.compile(r"(?:以上|左右|以内)?[”\"]")  # the figure, its qualifier, then the quote closes
QUOTE_RUN_NEXT = re.compile(r"[、，,]?[“\"]")  # another quoted item right after: a run of quoted titles


# “奋战200天、造地2万亩”。: a quoted slogan of two or more short goals (a word or two, then an amount), standing as its own clause
SLOGAN_MEMBER = r"[\u4e00-\u9fff]{1,4}\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff%]{1,3}"
QUOTED_SLOGAN = re.compile(rf"(?:^|[，,；;：:])[“\"]{SLOGAN_MEMBER}(?:、{SLOGAN_MEMBER})+[”\"](?:[，,；;。]|$)")


def quoted_slogan(fig: Figure) -> bool:
    """A figure that is one member of a quoted slogan of short goals standing as its own clause (高质量开展耕地垦造，
    “奋战200天、造地2万亩”。): the slogan's goal, no part of a name (held-out set 60 衢州, fix130d); a name goes on
    after its quote (“3030”行动) and stays one."""
    opened = max(fig.before.rfind("“"), fig.before.rfind("\""))
    if opened < 0 or not fig.unit:
        return False
    found = QUOTED_SLOGAN.match(fig.sentence, max(opened - 1, 0))
    return found is not None and fig.rel_end < found.end()


def quoted_task(fig: Figure) -> bool:
    """A figure closing a quoted task title that holds a verb of work (``quoted_task_verbs``) in a run of such quotes
    (全力办好“增加城区公共停车位1000个”“新增幼儿托位10000个”…10件重点民生实事): the task's goal, no part of a name
    (held-out set 53 衡阳 missed 1–7; 出台“稳经济30条” holds no such verb and stays a name)."""
    before = fig.before
    opened = max(before.rfind("“"), before.rfind("\""))
    if opened < 0 or not (closed := QUOTE_CLOSED.match(fig.sentence, fig.rel_end)):
        return False
    title = before[opened + 1:]
    if not any(v in title for v in words()["quoted_task_verbs"]) or any(c.isdigit() for c in title):
        return False
    return before[:opened].endswith(("”", "\"", "”、")) or QUOTE_RUN_NEXT.match(fig.sentence, closed.end()) is not None


CLAUSE_STOP = re.compile(r"[，,；;。：:]")


def _yearly_set(fig: Figure) -> bool:
    """The whole rest of the count's clause (less a closing 建设) is a set new each year (``yearly_set_nouns``: 紧盯472项重点项目):
    the year's list, a goal even under a verb of working on a set (held-out set 53 鄂尔多斯; 185个在建重大项目 is the pool)."""
    rest = CLAUSE_STOP.split(fig.after, maxsplit=1)[0].removesuffix("建设")
    return rest in words()["yearly_set_nouns"] or fig.before.endswith("等") and rest in words()["example_yearly_set_nouns"]  # 加快推进A、B等30个续建项目 (set 83)


SERVICE_HOURS_LEAST = 1000  # hours of service given to many people (16万小时); a smaller figure is a span of a day or a job


def _service_hours(fig: Figure) -> bool:
    """A volume of service in hours (为500名困难老人提供上门家政服务16万小时, held-out set 69 中山): the clause ends with a
    service word (tables_words.json ``duration_volume_ends``) right before thousands of hours, a flow to give, not a span."""
    return fig.unit == "小时" and fig.value is not None and fig.value >= SERVICE_HOURS_LEAST \
        and fig.clause_before.endswith(tuple(words()["duration_volume_ends"]))


def not_a_target(fig: Figure) -> str:
    """Why a plan figure is no goal ('' when it is one): an age, a span of years or a voltage,
    a bare number, a name in quotation marks (民营经济32条), an idiom (最初一公里), a place in a
    list (第3), or a threshold that classifies what follows (100户以上自然村)."""
    kind = unit_field(fig.unit, "kind")
    if kind in ("duration", "age") and any(w in fig.clause_before for w in words()[f"{kind}_measures"]) or _service_hours(fig) \
            or kind == "duration" and (fig.clause_before.endswith(tuple(words()["duration_cut_verbs"])) or service_time(fig)):  # 登记压缩至2个工作日以内
        pass  # 优良天数300天以上, 活动时间不低于2小时, 人均预期寿命达81岁: days, hours or years of life as a measure, a goal
    elif (not fig.unit and not CHANGE_BEFORE.search(fig.clause_before) and not RATIO_BEFORE.search(fig.clause_before) and not pair_ratio(fig.sentence, fig.rel_start)  # 倍差缩小至1.86, 之比达到1.8:1
          and not (PEOPLE_CHANGED.search(fig.clause_before) and fig.clause_before.endswith("人口")) and not fig.clause_before.endswith(tuple(words()["unit_naming_nouns"]))
          and not (fig.role == "target" and INDEX_GOAL.search(fig.clause_before))) or kind in NOT_TARGET_UNIT_KINDS:  # 融合指数超45: read_bare's index goal
        return "an age, a span of time, a label or a bare number"
    if fig.sentence.startswith(tuple(words()["set_phrases"]), fig.rel_start):
        return "a set phrase that names a whole (56个民族), not an amount to produce"
    if fig.sentence.startswith(tuple(words()["problem_nouns"]), fig.rel_end) and not _substandard_thing(fig):
        return "the problems the plan tackles (…等11个难点问题, 三个1亿人问题), not an amount to produce"
    if kind == "count" and (works_on_a_set(fig) or coordinated_set(fig)) and not _yearly_set(fig) or kind == "households" and kept_up_firms(fig):  # (动态扶持100户…企业做大做强)
        return "a count of a set the plan works on (深化24个重点片区, 以下14个方面), not an amount to produce"
    if fig.unit in RATE_UNITS and grows_a_count(fig):
        return "the growth of the count right before it (引进外商投资企业15家、增长50%), which the count's goal already sets"
    if kind in ("count", "length") and covered_by_a_goal(fig):
        return "the set a coverage goal covers (全省320家…实现全覆盖), not an amount to produce"
    if kind == "count" and set_each_reaches(fig.before[-1:], fig.sentence[fig.rel_end:fig.rel_end + 20]):
        return "the set a goal covers, each member (6个省级以上开发区均实现…进位), not an amount to produce"
    if kind == "count" and whole_set_reaches(fig):
        return "the whole set a state is to be reached by (力促5个化工园区…全部降为D级), not an amount to produce"
    if why := why_no_target(fig) or scoping_reason(fig):  # 销售额2万元以上…的经营主体进行补助, 先后29次亲临… (audit 36)
        return why
    if why := label_figure(fig) or named_label(fig):  # 中船718所, 关停4.3米焦炉 (held-out audit 49); 百分之一的希望, 环博800公里北线 (held-out set 66)
        return why
    if why := given_set(fig) or set_label(fig) or programme_size(fig) or standing_set(fig) or set_frame(fig):  # 30万人小城市, 350公里时速, 1元票价, “健康开封”18个专项行动 (held-out set 70); …创新创业30条 (set 74)
        return why
    if why := framed_outside_year(fig):  # (held-out set 85, fix166c)
        return why
    if why := split_by_the_year(fig):  # 加快推进69万…脱贫，年内确保完成17.5万人… (held-out set 86)
        return why
    if why := slogan_set(fig):  # 确保各项工作进入全省前四名, 推进沿黄26个景区景点互联互通 (held-out set 78)
        return why
    if thresholds_before_noun(fig):
        return "a threshold, alone or one of a list, that classes the noun after 的 (营业收入超10、20、50亿元的工业企业), not a goal"
    if policy_term(fig):
        return "the terms of a support measure (给予最高10%…补贴, 按照LPR的35%给予…贴息), not a figure to reach"
    if describes_the_present(fig):
        return "a count describing the present (我市4个国家级开发区是…主战场), not an amount to produce"
    if describes_a_make_up(fig):
        return "a share describing how a whole is made up now (经济总量的45%在县域), not a goal"
    if why := difficulty_gap(fig):  # 一是经济体量较小，GDP不到…的1/10 (held-out set 83, fix163c)
        return why
    if why := describes_or_packages(fig, GOAL_VERBS) or paced_or_focused_set(fig) or frames_plan_work(fig) or held_set(fig) or own_package(fig):  # 广州有66万名在园幼儿, 9类重点行业, 改革15项举措; 加快…建设进度
        return why
    if kind == "count" and (tallies_named_members(fig) or programme_scope(fig)):
        return "a count of what the clause names or a programme works on (A至B、C至D2条连接线取得重要进展, 开展13条…提升三年行动), not an amount to produce"
    if kind == "count" and names_every_member(fig):
        return "a set whose members are all named (提档升级汉正街、楚河汉街、远洋里商业街3个特色街区), not an amount to produce"
    if scope_of_a_screening(fig):
        return "the scope of a screening (实行孕产妇13种致畸基因免费筛查), not an amount to produce"
    if kind == "count" and closes_named_examples(fig) and not builds_named_models(fig):  # 建设徐田村等30个…示范村 (spot 35)
        return "a set named by example (洛阳等10个国家物流枢纽), not an amount to produce"
    if (kind == "count" or (kind == "area" or kind in CAPACITY_KINDS) and fig.sentence[fig.rel_end:fig.rel_end + 1] not in "、，,；;。") and among_examples(fig):  # 分宜县10万亩小浆果…示范区 (set 56); 沐邦高科10GW TOPCON…基地、…等项目 (set 57)
        return "a count inside a list of examples (加快…、准东3个煤制气、…等项目建设), not an amount to produce"
    if kind == "count" and RATE_OF_A_SET.match(fig.sentence, fig.rel_end):
        return "the set a rate is measured on (310条河流按河长计算水体优良比例提升至75%), not an amount to produce"
    if kind == "count" and (SHARE_OF_A_SET.match(fig.sentence, fig.rel_end) or GROWTH_OF_A_SET.match(fig.sentence, fig.rel_end)):
        return "the set a share or a growth right after it covers (确保7个国考断面100%达到优良目标, 5个开发区…收入增长10%), not an amount to produce"
    if kind in ("people", "households") and _whole_caseload(fig):
        return "the whole caseload an entitlement is paid to (为全州4.5万名两补残疾人…发放…补贴), a coverage count, not an output"
    if kind in ("length", "duration", "") and fig.unit and WITHIN_A_RATE.match(fig.sentence, fig.rel_end):
        return "a distance or a time inside a rate's definition (50米内换乘比例), not a goal"
    if fig.indicator_key in words()["context_indicators"] and not context_goal(list_clause(fig)):  # 引导超2万名高校毕业生…就业, 力争来阜留阜大学生 are goals
        return "a fact the plan works with, not a goal (今年高校毕业生1170万人)"
    if fig.value is not None and fig.value <= 1 and not any(c.isdigit() for c in fig.text) and fig.unit != "%" and not each_unit_floor(fig):  # (百分之一)
        return "a single one in words (至少有一人就业)"
    if why := per_unit_standard(fig) or part_of_a_project(fig) or total_after_addition(fig):  # 脱贫家庭至少1人就业, 每人发放救助金1.5万元; 华锦阿美项目8个配套泊位建设 (held-out audit 39b)
        return why
    before = fig.before
    if (before.count("“") > before.count("”") or before.count("\"") % 2 == 1) and not (QUOTED_AMOUNT.search(before) and (fig.unit not in RATE_UNITS or quoted_shared_rates(fig))) \
            and not (kind == "money" and before.endswith("“") and QUOTE_CLOSES_CLAUSE.match(fig.sentence, fig.rel_end)) \
            and not quoted_task(fig) and not quoted_slogan(fig) and not service_time(fig):  # 力争“过千亿”。(not “28条”); 办好“增加…停车位1000个”“新增幼儿托位10000个”…
        return "part of a name in quotation marks"
    if before.endswith(("最初", "最后", "第", "×", "*")) or fig.sentence.startswith("制", fig.rel_end) and not _made_after(fig):  # 3人制篮球场
        return "an idiom, an ordinal or a specification (2×66万千瓦, 3人制篮球场)"
    if why := hedged(fig) or allocated_by_place(fig) or started_zone_size(fig) or part_of_a_mixed_set(fig):  # 就有望突破5000亿元, 预估…可有600亿元净增量 (spot audit 58)
        return why
    if kind == "count" and ranked_class(fig):  # 稳居全国168个重点城市前列 (spot audit 58)
        return "the size of the class a place is ranked in (稳居全国168个重点城市前列), not a goal"
    if kind == "count" and competed_within(fig):  # (held-out set 64, fix137a)
        return "the size of the class a place competes within (在全省27个百亿级开发区中争先晋位), not a goal"
    if kind == "count" and listed_among(fig):  # (held-out set 58, fix128a)
        return "the size of a list a place is one of (是全国25个重点旅游城市…之一), a status, not a goal"
    if before.endswith(("上述", "前述")):
        return "the figures stated before, summed up again (上述2万亿元全部转给地方), not a goal of its own"
    if kind in ("households", "people") and fig.clause_before.endswith(tuple(words()["existing_before"])):
        return "the existing stock the plan acts on (支持全市现有的23.9万户市场主体发展壮大), not an amount to produce"
    if sizes_a_list_named_next(fig) or names_an_advantage(fig):
        return "a list's size whose members 即 names next (再新增3件，即…), or an advantage to use (0.3元电价优势), not a goal"
    if sizes_named_places(fig):
        return "a count of places closing a list that names each (集中打造A、B沿岸、C3个片区), the set worked on, not a goal"
    if sizes_joined_names(fig) or sizes_a_joined_mate(fig):
        return "a count of the names joined just before it (完善A和B2个旅游环线路网布局, 加快A和两所…特色发展), the list's size, not a goal"
    if takes_on_powers(fig):
        return "powers a higher government hands down, taken on (承接11项自治区级行政权力事项), not an amount to produce"
    if "已经" in fig.clause_before or before.endswith(("已", "已达", "已超过")) or ALREADY_DONE.search(fig.clause_before):
        return "a statement of what already is (已经超过2万亿元)"
    if fig.unit in RATE_UNITS and before.endswith("前"):
        return "a rank threshold (排名前1%)"
    if fig.unit == "名" and RANK_CLASS_BEFORE.search(before) and RANK_CLASS_AFTER.match(fig.sentence, fig.rel_end):
        return "rank thresholds a count is given for (前20、30、50名各不少于1个), not a goal"
    if kind == "count" and RANK_BANDS_EACH.search(before):
        return "a count each rank band must hold (前20、30、50名各不少于1个), a share-out rule, not a goal"
    if kind == "money" and SIZE_CLASS_BEFORE.search(before) and SIZE_CLASSES.match(fig.sentence, fig.rel_end):
        return "size classes whose counts follow 分别 (产值超50亿元、10亿元企业分别达4户、22户), not a goal"
    if fig.unit not in RATE_UNITS and CLASS_OF_A_RATE.match(fig.sentence, fig.rel_end):
        return "a size class of what a rate is stated for (300亩左右集中连片土地流转率45%以上), not a goal"
    if kind == "count" and fig.sentence.startswith(tuple(words()["rate_step_nouns"]), fig.rel_end):
        return "a step of a rate's change (融资成本下降10个基点), not a count"
    if before.endswith("现行"):
        return "the current level (现行), not a goal"
    if fig.unit not in ("%", "‰") and LAST_YEAR_CHANGE.search(fig.clause_before):
        return "the change from last year of the figure before it"
    if GOAL_COMPARED.search(fig.clause_before):
        return "this year's goal compared with last year's (预期目标比去年多100万人), not a goal of its own"
    if why := goal_remark(fig):
        return why
    if reason := procedure_reason(fig) or past_reason(fig) or programme_average(fig):  # (programme_average: held-out set 64)
        return reason
    if before.endswith("保持") and KEPT_UNCHANGED.match(fig.sentence, fig.rel_end):
        return "a setting kept as it is (保持6%一档的税率不变), not a goal"
    if KEPT_POLICY.search(fig.clause_before) and POLICY_AFTER.match(fig.sentence, fig.rel_end) \
            or POLICY_EXTENDED.match(fig.sentence, fig.rel_end):
        return "a policy kept as it is (延续执行…加计扣除75%政策), not a goal"
    after = past_spec_pair(fig.sentence[fig.rel_end:fig.rel_end + 20])[:5]  # (100兆瓦/400兆瓦时…电站: the pair's words after)
    if after.startswith("部分"):
        return "a bracket of a base (应纳税所得额100万元至300万元部分), not an amount to produce"
    if unit_field(fig.unit, "kind") in CAPACITY_KINDS and after[:1] and (is_ideograph(after[0]) or after[0].isalpha()) and not capacity_itself(fig) \
            and after[0] not in NOT_A_NOUN_AFTER and not qualifier_after(after) and not after.startswith(descriptor_nouns()) \
            and not capacity_built(before, fig.sentence[fig.rel_end:fig.rel_end + 24], fig.unit) and not task_to_complete(before, fig.sentence[fig.rel_end:fig.rel_end + 24]):
        return "a capacity in a project's name (700万吨露天矿, 5万千瓦风电)"
    if unit_field(fig.unit, "kind") in CAPACITY_KINDS and (capacity_in_project_list(before, fig.sentence[fig.rel_end:fig.rel_end + 60])
                                                            or capacity_after_named_project(fig.sentence[:fig.rel_start], fig.sentence[fig.rel_end:fig.rel_end + 40])):
        return "a capacity in a project's name, one of a list (…一期200万吨、…一期200万吨项目建设)"
    if product_size_in_project(before, fig.sentence[fig.rel_end:fig.rel_end + 60], fig.unit):
        return "a product capacity in a project's name (孝义鹏飞30万台氢能重卡项目)"
    if annual_output_project(before, fig.sentence[fig.rel_end:fig.rel_end + 60]):
        return "the size in a project's name (实施年产400万套…等项目)"
    if design_size(fig):  # (held-out set 56, fix125d)
        return "the design size of a facility to be built (建设年交易量1600万吨、交易额1000亿元的…交易中心), not an amount to produce"
    if unit_field(fig.unit, "kind") in CAPACITY_KINDS and project_spec(fig.sentence[fig.rel_end:fig.rel_end + 40]):
        return "the size of a named project (静态储备75万吨的…煤炭储备基地项目)"
    if issued_above(fig):
        return "a policy a higher government issued (我省推出振兴民营经济45条), a past fact, not a goal"
    if own_size(fig):
        return "the size of a place or a body the plan builds (312平方公里的…农业园, 1000亿元规模的…产业联盟), not a goal"
    if herd_size_of_a_facility(fig):
        return "a herd size in a facility's name (4万头奶牛养殖园区)"
    if unit_field(fig.unit, "kind") == "money" and not any(c.isdigit() for c in fig.text) and after.startswith("的"):
        return "a threshold that classifies what follows (超亿元的企业)"
    if kind == "money" and fig.value_high is not None and fig.sentence.startswith(tuple(words()["bracket_groups"]), fig.rel_end):
        return "an income bracket that defines a group (年收入9万—10万元家庭, 10万—50万元的中等收入群体), not a goal"
    if fig.unit == "条" and POLICY_NAME.match(after) or adopted_list(fig.clause_before, fig.sentence[fig.rel_end:fig.rel_end + 12], fig.unit) \
            or rule_set_sizes(list_clause(fig), fig.sentence[fig.rel_end:fig.rel_end + 40], fig.unit):
        return "the name of a policy document or a list adopted before (省47条支持政策措施, 落实195项任务清单)"
    m = CLASSIFYING.match(after) if fig.unit not in COUNTERS else None  # 20个以上重大项目 counts the projects
    if m and not after[m.end() - 1] in NOT_A_NOUN_AFTER and not before.endswith(GOAL_VERBS + ALLOCATED_BY + tuple(words()["people_goal_verbs"])) \
            and not people_counted_after(fig) and not counts_in_its_own_unit(fig) \
            and not after[m.end() - 1:].startswith(tuple(words().get(f"{kind}_measures", ()))) and not completes_the_unit(fig.unit, after[m.end() - 1:]) \
            and not (fig.unit in RATE_UNITS and (before.endswith(tuple(words()["coverage_verbs"]) + tuple(words()["share_work_verbs"])) or USED_FOR.match(fig.sentence[fig.rel_end:fig.rel_end + 20] if fig.sentence.startswith(after, fig.rel_end) else after, m.end() - 1)
                                             or _share_acts(fig.sentence[fig.rel_end:fig.rel_end + 20]))):  # 实现5家以上企业入驻, 按3%以上安排, 扩大到85%以上地市, 资金65%以上用于产业发展, 50%以上用地指标用于工业 are goals
        return "a threshold that classifies what follows"
    if kind == "money" and after.startswith(("以上", "以下")) and COUNT_BEFORE.search(before):
        return "a threshold that classes the count before it (新开工…等23个50亿元以上、…300个亿元以上工业项目)"
    if (CLASSIFYING_OF.match(after) or _classes_a_noun(fig.sentence[fig.rel_end:fig.rel_end + 20])) and not (fig.unit in RATE_UNITS and (SHARE_PASSING.match(fig.sentence, fig.rel_end)
                                                                      or before.endswith(tuple(words()["coverage_verbs"])))) \
            or before.endswith(("不到", "不足")) and after.startswith("的"):
        return "a threshold that classifies what follows (收入10万元以下的村, 不到100万元的部分)"
    if reason := classes_or_sizes(fig, GOAL_VERBS) or class_threshold(fig) or framed_count(fig) or size_in_project_name(fig) or work_extent(fig):
        return reason
    if kind == "people" and (POPULATION_SCOPE.fullmatch(fig.clause_before) or fig.clause_before.endswith(WHOLE_PLACES)
                             and fig.sentence.startswith(tuple(words()["population_nouns"]), fig.rel_end)):  # 团结全市360万人民群众
        return "the size of a population (我国有13亿人口, 全国近3亿人领取养老金), not a goal"
    if kind == "people" and after.startswith("的") and not after[1:].startswith(tuple(words()["goal_nouns"])) \
            and not (fig.clause_before.endswith(tuple(words()["task_verbs"]))  # 完成17.5万人的脱贫攻坚任务: the task's size (set 86)
                     and CLAUSE_STOP.split(fig.after, maxsplit=1)[0].endswith(tuple(words()["goal_nouns"]))):
        return "the size of a group the plan acts on (保障好14亿人的粮食安全), not a goal"
    return ""


def _whole_caseload(fig: Figure) -> bool:
    """People counted right after 为 + a whole place, the clause then paying an entitlement (``whole_caseloads``: 为全州
    7.2万名高龄老人发放…补助金): all who are owed it, a coverage count; 为全市5万名农村妇女免费提供…筛查 stays a goal."""
    w = words()["whole_caseloads"]
    return fig.clause_before.endswith(tuple(w["leads"])) and any(v in CLAUSE_STOP.split(fig.after, maxsplit=1)[0] for v in w["verbs"])


THRESHOLD_OF = re.compile(r"(?:及以上|及以下|以上|以下)的")


def _classes_a_noun(after: str) -> bool:
    """N以下的 then a noun of ``threshold_class_nouns`` (50人以下的乡村小规模学校): the figure classes the things named, no
    ceiling to reach (fix122a, held-out set 54 韶关)."""
    m = THRESHOLD_OF.match(after)
    return m is not None and after.startswith(tuple(words()["threshold_class_nouns"]), m.end())


def _share_acts(rest: str) -> bool:
    """After N%以上, an optional manner adverb and a verb (``share_act_verbs``: 80%以上实质性落户, 50%以上转化为): the share of the
    whole named before the figure that acts, a floor goal, not a threshold classifying a noun (fix115b, held-out audit 49 遵义 G9);
    so is a verb of putting it to a use (``amount_use_verbs``: 科技投入90%以上集中到工业领域; fix174f)."""
    w = words()
    rest = next((rest[len(q):] for q in ("及以上", "以上") if rest.startswith(q)), "")
    rest = next((rest[len(a):] for a in w["share_act_adverbs"] if rest.startswith(a)), rest)
    return rest.startswith(tuple(w["share_act_verbs"]) + tuple(w["amount_use_verbs"]))

