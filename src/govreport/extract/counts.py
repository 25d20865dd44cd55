"""Naming a count by the noun after it (20条配套道路 -> 配套道路): what is counted, with the verb
before the count and what happened to what it counts; a mix-in of ``naming.SentenceNamer``, which
keeps the sentence's state (the names given, the last figure's noun, the list's verb and head)."""
from __future__ import annotations

import re
from typing import Final
from functools import cache

from govreport.extract.indicators import DECOR, KEEP_LEADING, all_verbs, strip_clause
from govreport.extract.post_nouns import INNER_ASIDE, post_noun
from govreport.extract.name_parts import clause_before as clause_start, examples_verb, parallel_verb
from govreport.extract.name_lists import work_of_clause_before
from govreport.extract.name_verbs import subject_verb
from govreport.extract.name_tasks import object_work_after, task_after, work_done_on
from govreport.extract.worked_parts import worked_institutions
from govreport.extract.name_built_industries import part_built_industry
from govreport.extract.name_group_goals import group_rate, made_into, met_rate, own_member_measure, park_projects, sibling_rate_scope, task_of_places
from govreport.extract.name_industries import framed_industry, industry_goal_name, lead_industry
from govreport.extract.chain_industries import chain_named
from govreport.extract.basis_measures import basis_measure
from govreport.extract.name_ranks import rank_moved, rank_moved_before, ranked_measure
from govreport.extract.name_goals import class_member, industry_size, problems_solved, rank_name, sibling_amount, subject_share, tier_name, without_manner
from govreport.extract.predicates import count_verb as _count_verb, verb_chain, verb_chain_end
from govreport.extract.scanner import Token
from govreport.lexicon import name_words, qualifier_pattern, unit_field, verbs
from govreport.extract.served_people import for_people, listed_people
from govreport.extract.served_groups import grant_lead, grant_words, manner_cut, manner_gap, raised_group, trained_lead
from govreport.report.model import Sentence
from govreport.extract.list_member_names import level_gap, past_member
from govreport.report.chars import first_opening

QUOTED = re.compile(r"“([\u4e00-\u9fff]{2,8})”(?=[\u4e00-\u9fff])")  # 2个“千万工程”示范村、123个提升村
AFTER_COUNT: Final = re.compile(r"(?:全面|全部|顺利|均已|均|已经|已|相继|先后|陆续|得到)?(?:彻底|有效|妥善)?")
PREDICATE_END: Final = frozenset("，,。；;、并和") | {""}  # what may follow a result word that ends the predicate
RESULT_OBJECT: Final = re.compile(r"[\u4e00-\u9fff]{1,6}(?=[，,。；;])")  # what a result word is of, up to the clause's end
STAGE_DONE: Final = re.compile(r"[一二三四]期[\u4e00-\u9fff]{2}")  # a phase of the work done (完成一期建设)
CLAUSE_END: Final = re.compile(r"[，,。；;：:、\d]|并")
QUOTED_HEAD: Final = re.compile(r"“[^”，,。；;]{1,16}”([\u4e00-\u9fff]{1,3})(?=[，,。；;])")  # 接入“明厨亮灶”系统: 系统
# 87个百亿元级、964个十亿元级、1965个亿元级项目: the classes share the noun the list ends with
PROVIDE_FIRST: Final = frozenset("免提购开进缴赠发")  # what data/name_words.csv's words of kinds provide and provide_for start with (a gate only)
PLACE_NOUNS: Final = frozenset("县市区镇乡村省州旗")  # a count of places names what they are counted for
# what the places do, after an aside of other levels (（市、区）), up to the clause's end
PLACE_PREDICATE: Final = re.compile(r"(?:[(（][\u4e00-\u9fff、]{1,6}[)）])?([\u4e00-\u9fff]{3,14}(?:[(（][\u4e00-\u9fff、]{1,6}[)）])?)(?=[，,。；;])")  # (…模范县（区）。: an aside closing the clause)
SERVICE: Final = re.compile(r"(?:[\u4e00-\u9fff、“”]|[（(][\u4e00-\u9fff]{1,4}[)）](?=[\u4e00-\u9fff])){2,60}?(?=[，,。；;\d]|[（(](?![\u4e00-\u9fff]{1,4}[)）][\u4e00-\u9fff])|$)")  # what is provided, up to the clause's end, an aside or its volume (…家政服务16万小时)
COORDINATED: Final = re.compile(r"([\u4e00-\u9fff]{2,4})[和与及、][\u4e00-\u9fff]{2,4}")  # 优化重组和新建: two verbs
CLASS_MEMBER: Final = re.compile(r"[\u4e00-\u9fff]{0,4}级、")
CLASS_LIST_HEAD: Final = re.compile(r"[、和及][^，,。；;：:]*级([\u4e00-\u9fff]{1,12})(?=[，,。；;]|$)")  # (、19个省级粮食产能提升重点县, 和12个省级…集群)


QUOTED_SERVICE: Final = 14  # how long a service holding a quoted name may be and be kept whole (its quotes left out)


def _served_cut(post: str, unit: str) -> str:
    """The people a count after 为 is of, cut before a verb of kind ``provide_for`` (data/name_words.csv)
    the noun after the count ran into (3万名群众开展…服务: 群众)."""
    for word in name_words("provide_for") + name_words("gift") + grant_words(unit):
        at = post.find(word, 2)
        if at > 0:
            return manner_cut(post[:at])  # (两补残疾人按规定发放…: 两补残疾人)
    return post


BATCH: Final = re.compile(r"第[一二三四五六七八九十\d]{1,2}批$")  # 启动第二批96个片区创建: which batch, no part of the verb


def _bare_verb(before: str) -> str:
    """The words before a count without a plan adverb that opens them (高标准建设90个…中心村: 建设; data/name_words.csv kind
    push_adverb) or the batch that ends them (启动第二批96个: 启动), so that the verb governing the count stays in its
    name (audit 47, 阜阳 and 济宁)."""
    bare = BATCH.sub("", before) if before.endswith("批") else before
    adverb = first_opening(bare, name_words("push_adverb"))  # (one startswith with the whole list first: most open with none)
    return bare[len(adverb):] if adverb and len(bare) - len(adverb) >= 2 else bare


def _verb_chain(before: str) -> bool:
    """Words before a count that are only verbs, one after another, after an optional 新 (新开工改造600个
    老旧小区, 新建和加密建设、改造提升24个…): the verbs the count is of, however long (audit 19, G26#21, #91);
    besides data/verbs.csv's heavy and action verbs, data/name_words.csv's kind chain_verb."""
    return len(before) <= 12 and verb_chain().fullmatch(before) is not None


ALREADY_DONE = re.compile(r"(已(?:建成|建设|开通|投运|投用|完成))([\u4e00-\u9fff]{1,6}?)的")


def done_noun(scan: str, end: int, unit: str) -> str:
    """The noun after a count that opens with a clause of what is already done (5000个已建成自然村的生活污水
    治理设施 -> 已建成自然村生活污水治理设施), where the noun itself stops at 已 (audit 19, G26#74); '' if none."""
    if not scan.startswith("已", end):
        return ""
    m = ALREADY_DONE.match(scan, end)
    if m is None:
        return _already_noun(scan, end, unit)
    noun = post_noun(scan, m.end(), unit)
    return m.group(1) + m.group(2) + noun if noun else ""


ALREADY_RUN: Final = re.compile(r"已[^，,。；;：:、的\d]{3,20}(?=[，,。；;：:、]|$)")  # up to the clause's end, no 的 on the way


def _already_noun(scan: str, end: int, unit: str) -> str:
    """The noun after a count that opens with 已 and a verb describing the things counted, the clause running on
    with no 的 (39个已签约待开工项目尽快开工 -> 已签约待开工项目尽快开工): the count is of those things, not of
    the clause before it; '' when the run reaches 的 (5000个已建成自然村的…, read by ``done_noun``) or no noun follows."""
    if ALREADY_RUN.match(scan, end) is None:
        return ""
    noun = post_noun(scan, end + 1, unit)
    return "已" + noun if noun else ""


@cache
def _placed_pattern() -> re.Pattern[str]:
    ends = "|".join(map(re.escape, name_words("placed")))
    return re.compile(r"(?:等[\u4e00-\u9fff]{1,4}?)?[到赴]([\u4e00-\u9fff]{2,12}?)(?:稳定|长期)?(" + ends + r")(?=[，,。；;])")


def placed(scan: str, at: int) -> str:
    """Where the people a count names go to work, right after their noun (2万名高校毕业生等青年到粤东粤西粤北
    地区稳定就业 -> 到粤东粤西粤北地区就业; data/name_words.csv kind placed): the count is of those placed there,
    not of all such people (audit 19, G26#60); '' if no such predicate follows."""
    m = _placed_pattern().match(scan, at)
    return "到" + m.group(1) + m.group(2) if m else ""


JOINED_RUN = re.compile(r"与[^，,。；;、\d]{2,20}(?=[，,。；;])")


def _joined_run(scan: str, at: int) -> str:
    """A noun after a count joined by 与 to another, the clause ending in a verb of work on them (3672处干线公路
    与村（组）道路平交道口隐患治理): the count is of the whole, worked on (…平交道口隐患治理处数), not of the
    first noun (audit 19, B24#123); '' otherwise."""
    m = JOINED_RUN.match(scan, at) if scan.startswith("与", at) else None
    return m.group() if m and _count_verb().search(m.group()) else ""


FOR_WHOM = re.compile(r"(?:^|[，,])为([\u4e00-\u9fff]{2,8}?)(?:免费)?提供$")  # who is given what is counted


def _done_in(scan: str, end: int) -> str:
    """What is done in places a count after 在 counts, and the places (data/name_words.csv kind
    done_in: 在50个城市进行垃圾分类试点 -> 垃圾分类试点城市), or '' when no such verb follows the
    places' noun (1 to 6 characters) in the clause."""
    clause = CLAUSE_END.split(scan[end:end + 24], 1)[0]
    at = min(((k, w) for w in name_words("done_in") if 1 <= (k := clause.find(w)) <= 6), default=None)
    return "" if at is None or len(clause) - at[0] - len(at[1]) < 2 else clause[at[0] + len(at[1]):] + clause[:at[0]]


@cache
def _long_verbs() -> tuple[str, ...]:
    return tuple(sorted((v for v in verbs() if len(v) > 1), key=len, reverse=True))


def opening_verb(words: str) -> str:
    """The verb (verbs.csv) a clause of examples opens with, after at most two characters of manner (提速推进A、B等14个
    续建项目: 推进): the verb of the clause before is not carried to it (新开工A、B等9个项目，提速推进…: 续建项目数, not
    新开工续建项目数, audit 45 眉山 row 42); '' when it opens with a name."""
    for k in range(3):
        verb = next((v for v in _long_verbs() if words.startswith(v, k)), "")
        if verb:
            return verb
    return ""

class CountNamer:
    """The count-naming methods of a sentence's namer (state set by ``naming.SentenceNamer``)."""

    scan: str
    last_post: bool
    count_verb: str
    list_head: str
    sentence: Sentence
    industry: str | None = None  # the industry whose cluster the sentence's opening builds (name_industries), when first needed

    def sentence_goal(self, base: str, clause: str, prev: tuple[str, str, str, str] | None, unit: str, at: int = -1) -> str:
        """``base`` mended where it says no measure or loses its head (name_goals: a 力争 tier takes the goal's name, 前N名
        is a 名次, an amount class takes the member before's head, a sibling amount its subject, an industry's amount is
        its 规模, a trailing manner adverb drops, 解决 stays before 问题), then with the industry of the sentence's
        industry goal (name_industries: 白酒产业营收); a place 前N of a measure is its 名次 (name_ranks)."""
        if clause.endswith(("前", "后")) and (ranked := ranked_measure(self.scan, self.sentence.start, at, unit)):
            return ranked  # 全社会研发投入强度保持全省前3: the measure's place (name_ranks)
        if moved := rank_moved(base, clause, unit) or rank_moved_before(self.scan, self.sentence.start, at, clause, unit):
            return moved  # 排名均前进5位: places moved up (name_ranks)
        base = basis_measure(self.scan, self.sentence.start, at, base)  # 在…地区生产总值超百亿的基础上，力争庆安、青冈突破百亿元
        if grouped := group_rate(base, clause, prev, unit) or sibling_rate_scope(base, clause, prev, unit) or own_member_measure(base, clause, prev) or made_into(self.scan, at, base) \
                or task_of_places(self.scan, at, base) or met_rate(self.scan, at, base, unit) or park_projects(base, clause):
            return grouped  # 签约率达到30%以上，重点人群达到60%以上; 37个省定贫困村提前建成…示范村; 355个行政村的…治理任务; 100%达标 (fix168c)
        base = class_member(rank_name(tier_name(problems_solved(without_manner(base, clause), clause), clause, prev, unit), unit, clause), prev)
        base = subject_share(industry_size(sibling_amount(base, clause, prev, unit), unit_field(unit, "kind") == "money", clause, prev, unit), clause, prev)
        if self.industry is None:
            self.industry = lead_industry(self.scan, self.sentence.start, self.sentence.end)
        if not self.industry and (framed := framed_industry(self.scan, self.sentence.start, base)):
            return framed + base  # 围绕输变电装备产业，…。…，力争产业集群产值年增长20%以上 (fix99d)
        if not self.industry and (built := part_built_industry(self.scan, self.sentence.start, at, base)):
            return built  # 打造国家新型功能材料产业基地，规模产值增长20%；… (fix168c)
        return industry_goal_name(self.industry, base, clause) if self.industry else chain_named(self.scan, at, base)

    def _counted(self, post: str, clause: str, t: Token, prev: tuple[str, str, str, str] | None, before: str) -> str:
        """The noun after a count as what is counted: without a tail that names a quality of it
        (幸福食堂服务质量 -> 幸福食堂), with what happened to it (河闸项目全面完工 -> 河闸项目完工),
        and, in a list of counts, cut where the members' shared head ends (123个提升村、74个整治村
        人居环境… -> 整治村) and with the quoted word the first member names (“千万工程”)."""
        if raised := raised_group(self.scan, t.end, before, post, t.unit):
            self.count_verb = before  # 提高18万名…对象保障供养标准: the people whose standard is raised (fix160e)
            return before + raised
        if "提供" in clause and (whom := FOR_WHOM.search(clause)) and not post.startswith(whom.group(1)):  # 为退役军人提供5万个就业岗位
            return whom.group(1) + post  # the count is of what they are given: 退役军人就业岗位
        if self.scan[t.start - 1:t.start] == "在" and (done_in := _done_in(self.scan, t.end)):
            return done_in  # 在100个地级以上城市进行公立医院改革试点: 公立医院改革试点地级以上城市
        if self.scan[t.start - 1:t.start] == "在" and (done := _count_verb(False).search(post, 2)) and done.start() <= 5:
            return post[done.start():] + post[:done.start()]  # 在3000个小区设置智能回收机: the places where it is done
        if post.endswith("级") and (gap := level_gap(self.scan, t.end, post)) >= 0:  # (102个以上自治区级、…: fix159c)
            shared = CLASS_LIST_HEAD.match(self.scan, t.end + gap + len(post))
            post += shared.group(1) if shared else ""
        if len(post) <= 5 and post[0] in PLACE_NOUNS and (len(post) == 1 or INNER_ASIDE.fullmatch(post, 1)):
            post = self._place_count(post, before, t)  # 5个县（市、区）开展…建设: the counties that do it
        elif len(post) > 3 and post[0] in PLACE_NOUNS and _count_verb(False).match(post, 1):  # 400个村实施联村共富项目:
            post = self._place_count(post[0], "", t)  # the villages that do it, not the projects
        own_work = False  # the post names the work done and its verb (worked_parts.py): no count verb before it
        if (noun_at := self.scan.find(post, t.end, t.end + len(post) + 3)) >= 0 and (work := task_after(self.scan, noun_at + len(post))):
            post += work  # 20条配套道路的建设改造任务: the roads built or rebuilt (配套道路建设改造数), not all of them
        elif noun_at >= 0 and (worked := object_work_after(self.scan, noun_at + len(post))):
            post = worked + post  # 10个行政村的农村生活污水治理工程: the villages where it is done (name_tasks)
        elif noun_at >= 0 and (worked := work_done_on(self.scan, clause, noun_at + len(post))):
            post = worked + post  # 对…7条主次干道…开展建筑外立面整治: the roads worked on (name_tasks)
        elif noun_at >= 0 and (worked := worked_institutions(self.scan, post, noun_at + len(post))):
            post, own_work = worked, True  # 10所市直学校宿舍、澡堂、卫生间维修改造项目: the schools worked on (worked_parts.py)
        task = next((w for w in name_words("task_tail") if post.endswith(w)), "")
        if task and len(post) - len(task) >= 2 and (unit_field(t.unit, "kind") != "count" or len(task) > 2 or _count_verb().search(post[:-len(task)])):
            post = post[:-len(task)]  # 7个现代牧场建设任务: the ranches built (not 283项年度重点任务: tasks counted)
            post = work_of_clause_before(self.scan, self.sentence.start, clause_start(self.scan, t.start, self.sentence.start), post) or post
        tails = name_words("tail")
        if post.endswith(tails):
            tail = next(w for w in tails if post.endswith(w))
            post = post[:-len(tail)] if len(post) - len(tail) >= 2 and not post[:-len(tail)].endswith(name_words("tail_keep")) else post  # (项目前期工作: 前期 alone is no work)
        member = self.last_post and prev is not None and (clause[-1:] in ("、", "和", "及") and len(clause) <= len(prev[0]) + 6
                                                          or len(clause) > 1 and prev[0].endswith(DECOR.sub("", clause)))  # 5个办公室3个中心
        # 储备实施87个百亿元级、964个十亿元级…项目: after the rest of a class amount (百亿元级、) the list goes on
        member = member or bool(self.count_verb) and prev is not None and CLASS_MEMBER.fullmatch(clause) is not None
        if not member:  # 综合设置5个办公室: the verb the count is of (设置办公室数); 推进 and other light words are not
            carried = self.count_verb  # the list's lead verb so far (新开工A等6件…、B等8条河道治理: fix160d)
            pair = COORDINATED.fullmatch(before) if len(before) > 4 else None
            coordinated = pair is not None and (all_verbs(pair.group(1)) or not _count_verb(False).search(pair.group(1)))
            # (not 启动正阳和建设2个办事处…: a verb and a name)
            bare = _bare_verb(before)
            done = _count_verb().search(bare) if bare and (len(bare) <= 4 or coordinated) else None
            self.count_verb = (before if len(bare) > 4 else done.group()) if done else (  # 优化重组和新建8家…: both verbs
                before if before in KEEP_LEADING or len(post) > 1 and before in name_words("reach") or _verb_chain(before) else
                ending.group() if len(before) > 4 and (ending := verb_chain_end().search(before)) and ending.group() in clause else "")
            # (…需求布局建设5条…: two verbs or more that end longer words; not 重大项目建设、实施166项: a verb each)
            self.count_verb = self.count_verb or trained_lead(before, t.unit)  # 集中脱产培训1000名乡村医生: those trained (fix160e)
            last = clause.lstrip("，,、 ").rpartition("、")  # 开通A、B及C 3条…; not 实施…政策、惠及(168万名): a verb of its own
            listed = clause.endswith("等") or bool(last[1]) and len(last[2]) >= 2 and not _count_verb(False).search(last[2]) \
                and qualifier_pattern("before").match(last[2]) is None and not all_verbs(last[2]) and not last[2].endswith(name_words("reach"))
            own = past_member(clause, prev[0], carried) if listed and prev is not None else clause  # (…河道治理、C等: C等 is this member's)
            words = DECOR.sub("", own).lstrip("，,、 ") if listed else before
            if own != clause and own.endswith("等") and not examples_verb(words, own):
                self.count_verb = carried  # examples after the member before, no verb of their own: the list's lead verb
            elif listed and (verb := examples_verb(words, clause) or subject_verb(clause) if clause.endswith("等") else examples_verb(words, clause)):
                # 新开工建设19号线等5条地铁, 建成A、B等10条骨干道路 (the clause's own order, before a heavy verb
                # moves), 开通A、B及C 3条…: the verb the examples (or all the members) start with, after an adverb
                # of two characters (集中打造A、B等13个…)
                self.count_verb = verb
            elif clause[-1:] == "、" and not self.count_verb and (opening := _count_verb(False).match(clause.lstrip("，,、 "))) \
                    and "、" not in clause[:-1]:  # 评选百优“沂蒙四雁”、50名“王传喜式好支书”: the list's verb (audit 40, LY62)
                self.count_verb = opening.group()
            elif words.endswith("等") and not self.count_verb:  # 新开工A、B等23个…，C、D等300个…项目: the clause before's
                borrowed = parallel_verb(self.scan, t.start - len(clause)) if self.scan.endswith(clause, 0, t.start) else ""
                own = words[:-len(before)] if borrowed and before and len(words) > len(before) and words.endswith(before) else ""  # (加快推进A、B等13个…: its own, not 建成)
                self.count_verb = (strip_clause(own)[0] if all_verbs(own) else "") if own else "" if borrowed and opening_verb(words) else borrowed
            # 新增150家…企业; 惠及超3万名学生: the students reached (惠及学生人数), not all students
        if member and prev is not None:  # (member implies a name before)
            head = prev[0][-1]
            cut = post.find(head, 1)
            if (0 < cut < len(post) - 3 and cut <= len(prev[0]) + 1 and head != "级" and post[cut + 1:cut + 2] not in name_words("head_suffix")  # not 风雨场馆, 5个行业级、2个区域级子…; not 行业级、场景级大模型 (audit 25); not 10个产业化联合体 (a suffix goes on: fix146d)
                    and not post.endswith((prev[0][-2:], head)) and not post.startswith(name_words("item_head"), cut)
                    and post[cut + 2:cut + 4] not in verbs()):  # (3个高速路口改造提升: one character then a verb ends its own noun, 路口; audit 43 平顶山 row 22)  # (补短板事项: no 事)  # …小巨人企业、20家国家级制造业单项冠军企业: it ends at the head; 10个乡村振兴精品村
                post = post[:cut + 1]
            if self.list_head and clause[-1:] == "、" and not post.startswith(self.list_head) and post[-1:] == head \
                    and not self.scan.startswith("“", t.end):  # (not 10个“数字领航”企业、; not 100家“种子”企业、50家“幼苗”企业: its own quoted word, audit 40 LY91)
                # 100个先进级智能工厂: another head, the quoted word is its own member's; audit 24, HB26#10)
                post = self.list_head + post
            elif len(post) == 2 and len(prev[0]) >= 5 and clause[-1:] in ("和", "及"):  # 46件人大代表建议和1件议案: 人大代表议案
                post = prev[0][:-2] + post
        else:
            quoted = QUOTED.match(self.scan, t.end) if self.scan.startswith("“", t.end) else None
            self.list_head = quoted.group(1) if quoted else ""
        provide = name_words("provide")
        if for_people(self.scan, t.start):  # 为3万名群众开展…服务, 为不少于5万名职工赠送…: the people a service is for
            provide = provide + name_words("provide_for") + name_words("gift") + grant_words(t.unit)
            post = _served_cut(post, t.unit)
        at = self.scan.find(post[-2:], t.end, t.end + len(post) + 12) if len(post) >= 2 else -1
        if at >= 0 and self.scan[at + 2:at + 3] == "、" and (more := listed_people(self.scan, at + 2, provide, post))[0]:
            post, at = more  # 为1200名困难老人、高龄失能独居老人提供…: both groups served (at + 2: the verb)
        if at >= 0 and self.scan[at + 2:at + 3] in "等到赴" and (went := placed(self.scan, at + 2)):
            post += went  # (the people placed: no result or service after them)
            at = -1
        verb_at = at + 2 + manner_gap(self.scan, at + 2) if at >= 0 else at  # (…残疾人按规定发放: the verb after the manner)
        if at >= 0 and self.scan[verb_at:verb_at + 1] in PROVIDE_FIRST and self.scan.startswith(provide, verb_at) \
                and (served := self._served(post, verb_at, provide)):
            return served
        if at >= 0:
            shut = at + 3 if self.scan[at + 2:at + 3] == "”" else at + 2  # 18个“问题楼盘”全部化解: the quoted noun closes first
            adverb = AFTER_COUNT.match(self.scan, shut)
            past = adverb.end() if adverb else shut
            after = self.scan[past:past + 5]
            results = name_words("result")
            result = next(w for w in results if after.startswith(w)) if after.startswith(results) else ""
            if result and after[len(result):len(result) + 1] not in PREDICATE_END:  # 完成投资1.5万亿元: not what the projects did
                done = RESULT_OBJECT.match(self.scan, past + len(result))  # 5家企业完成迁建工作: 完成迁建
                if done is None and after[len(result):len(result) + 1] == "“":  # 接入“…”系统: the head after the quoted name
                    done = QUOTED_HEAD.match(self.scan, past + len(result))
                rest = done.group(done.lastindex or 0) if done else ""
                rest = rest[:-len(tail)] if (tail := next((w for w in name_words("tail") if rest.endswith(w)), "")) else rest
                result = result + rest if 1 <= len(rest) <= 3 or STAGE_DONE.fullmatch(rest) or rest.endswith(name_words("result_work")) else ""  # (完成一期建设: audit 39 CZ24#28; 企业完成数字化改造: held-out 51 江门)
            if not result and after[:1] in ("和", "及"):  # 4个综合服务场所和仓街社区会议室投入使用
                rest = CLAUSE_END.split(self.scan[past:past + 14], 1)[0]
                result = next((w for w in results if rest.endswith(w)), "")
            post += result or _joined_run(self.scan, at + 2)
        return self.count_verb + post if self.count_verb and not post.startswith(self.count_verb) and not own_work else post


    def _place_count(self, post: str, before: str, t: Token) -> str:
        """A count of places (县, 市, 村; an aside of other levels left out) names what they are
        counted for: the subject before it (县中托管帮扶从15个县（市）… -> 县中托管帮扶县(市)), else
        what they do after it up to the clause's end (5个县（市、区）开展全域幸福河湖建设 ->
        全域幸福河湖建设县)."""
        if self.scan[t.end + len(post):t.end + len(post) + 1] in ("、", "级"):
            return post  # 6个市、区级产业园: a level, not the places
        if len(before) >= 2 and "等" not in before and not all_verbs(before) and not _count_verb(False).fullmatch(before):
            return before + post  # (not 白鹤、凉桥等9个村: examples of the places)
        after = PLACE_PREDICATE.match(self.scan, t.end + 1)
        if after is None:
            return post
        done, verb = (after.group(1), "") if _count_verb(False).match(after.group(1)) else strip_clause(after.group(1))  # a heavy verb first stays first
        if verb and done[:-len(verb)].endswith(post) and len(done) - len(verb) > len(post) and 2 <= len(done) <= 20:
            return done  # 将11个县（区）全面建成民族团结进步模范县（区）: the model counties made, no 县 again (set 68 那曲 row 58)
        return done + post[0] if 2 <= len(done) <= 14 else post  # (建设运营现代农事综合服务中心县: audit 24, GZ26#104)

    def _served(self, post: str, at: int, provide: tuple[str, ...]) -> str:
        """The people or households a service is provided for (为53万名适龄妇女免费提供乳腺癌和宫颈癌
        筛查 -> 免费乳腺癌和宫颈癌筛查适龄妇女), not the service with part of its name: the service
        is the head after a list of examples (…、康复训练等康复救助服务 -> 康复救助服务), a short
        one whole, a long one its last four characters; 免费 is kept (data/name_words.csv kind ``provide``)."""
        word = next(w for w in provide if self.scan.startswith(w, at))
        found = SERVICE.match(self.scan, at + len(word))
        if found is None:
            return ""
        service = found.group()
        quote = service.find("“") if "、" not in service else -1
        # 开展摩托车驾驶证“送训送考下乡”服务: the quoted name and its object (audit 42, BJ118); one all quoted (赠送“在职职工…保障”: set 69)
        whole = (0 < quote or service[:1] + service[-1:] == "“”") and len(service) - 2 <= QUOTED_SERVICE
        if len(service) > 9 and 0 < quote and not whole:
            service = service[quote:]  # a longer one: the service's own (quoted) name
        service = service.replace("“", "").replace("”", "")
        if "等" in service and len(service) - service.rfind("等") > 2:
            service = service[service.rfind("等") + 1:]
        elif "、" in service:
            service = service[:service.find("、")] + "等"
        service = service if len(service) <= 9 or whole else service[-4:]
        lead = name_words("gift_lead")[0] if word in name_words("gift") and name_words("gift_lead") else grant_lead(word) or word[:-2]  # 赠送: 获赠…职工; 发放: 享受…老人
        return lead + service + post
