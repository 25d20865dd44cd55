"""The subject before 完成/实现 in a name and the lead verb (新增, 新建…) a 、 list's members share: the state a
sentence's namer keeps between its figures for them (split from ``naming``, which builds on it)."""
from __future__ import annotations
import re
from typing import Final

from govreport.extract.counts import CountNamer
from govreport.extract.indicators import KEEP_LEADING, all_verbs, is_generic
from govreport.extract.name_parts import opening_topic
from govreport.extract.list_leads import adverbed_verb, lead_action, own_lead
from govreport.extract.predicates import verb_chain, count_verb as _count_verb
from govreport.lexicon import name_subjects, name_words, unit_field

COUNTED: Final = ("count", "people", "households", "area", "length")  # unit kinds a list's leading 新增 is said of alike (新增绿色建筑…平方米、汽车充电桩…个)
# a subject before 完成/实现 and what it did: 滇中引水二期配套工程大姚段完成征地; the members of a 、 list after it share the subject (…完成征地679.15亩、管道安装17.76公里)
SUBJECT_DONE: Final = re.compile(r"(.{4,}?)(?:完成|实现)(.*)")
DONE_END: Final = re.compile(r"(?:完成|实现)$")
SHARE_UNITS: Final = ("%", "‰")  # a rate named with a noun of its own takes no 新增 a rate before opened with (新增政策审查率100%、行政主体违法行为纠正率100%: new policies; audit 56 崇左 row 84)
BARE_GROWTH: Final = re.compile(r"(?:同比|可比(?:口径)?|同口径|(?:比上年|比去年|较上年|较去年)(?:预计数|预算数?|实际)?"  # (较2020、2021年度: the years compared with)
                                r"|[比较](?:(?:19|20)\d\d年?度?[、和]?)*(?:19|20)\d\d年?度?(?:分别)?)?(?:增长|下降|提高|降低|增加|减少|上涨)")
GROWTH_ENDS: Final = ("增长", "下降", "提高", "降低", "增加", "减少", "上涨")  # what BARE_GROWTH ends with: a gate before it
PRODUCE: Final = re.compile(r"产([^量值能出业品区地])")  # 产茧1241.51万公斤: the output of 茧 (茧产量), not a verb's name


ADDED: Final = "新增"  # a list's lead that an output member in another counter takes too (…、奶产量1万吨)


def _counted_alike(added: str, unit: str, base: str) -> bool:
    """A list's leading 新增 in one counter is said of a member in another (新增社康机构35家、全科医生500名), unless the member counts times (培训5000人次) or starts with a verb or a change of its own (增加学位7万个)."""
    return (unit_field(added, "kind") in COUNTED and unit_field(unit, "kind") in COUNTED and not unit.endswith("次")
            and not base.startswith(("增加", "提高", "减少")) and _count_verb(False).match(base) is None)


def _project_object(first: str) -> str:
    """What the projects of a list's first member work on (实施废弃矿山生态修复项目: 废弃矿山生态修复), which a bare work
    area after it (、治理面积250公顷) is the area of; '' when the first member counts no projects."""
    if not first.endswith("项目"):
        return ""
    lead = verb_chain().match(first)
    thing = first[lead.end() if lead else 0:-len("项目")]
    return thing if len(thing) >= 2 else ""


def _own_stages() -> tuple[str, ...]:
    """The stages and results a 、 member may open with (新开工, 续建, 竣工投产): a verb of its own, so the list's verb before
    it (新引进项目50个、新开工30个、竣工投产25个) is not glued on (not 新引进新开工; audit 53 淮南 line 29)."""
    return tuple(name_words("stage_verb")) + tuple(name_words("result"))


class SubjectNamer(CountNamer):
    """The subject and lead-verb sharing of a sentence's namer (``naming.SentenceNamer`` names the figures)."""

    _topic: str | None = None  # worked out when first needed: most figures never need it
    subject = ""  # the subject before 完成/实现, shared by the 、 list members after it
    added = ("", "")  # (新增, unit): a 、 list of figures in that unit that 新增 is said of
    names: list[tuple[str, str, str, str]]  # the figures named so far (set by ``naming.SentenceNamer``)

    @property
    def topic(self) -> str:
        """The sentence's topic: the object of its first figure, else what its first clause names."""
        if self._topic is None:
            self._topic = opening_topic(self.scan, self.sentence.start, self.sentence.end)
        return self._topic

    @topic.setter
    def topic(self, value: str) -> None:
        self._topic = value

    def _subject(self, base: str, obj: str, verb: str, clause: str, unit: str, shared_on: bool = False) -> tuple[str, str]:
        """The name without the 完成/实现 between a subject and what it did (滇中引水…大姚段完成征地 -> …大姚段征地), remembering
        the subject; a 、 list member (or one more after a comma: ``shared_on``) with no subject of its own takes it."""
        done = SUBJECT_DONE.fullmatch(base) if "完成" in base or "实现" in base else None
        done = None if done and done.group(2) in name_words("done_term_end") else done  # 生态产品价值实现率: a rate of its own (fix153e)
        member = clause.lstrip().startswith(("、", "和")) or shared_on  # (…企业100家和“小巨人”企业10家: the last member after 和)
        if done:
            adverb = next((w for w in name_words("done_adverb") if done.group(1).endswith(w)), "")  # 行政村基本实现…: 行政村 (audit 41 LS71)
            self.subject = done.group(1)[:-len(adverb)] if adverb and len(done.group(1)) - len(adverb) >= 2 else done.group(1)
            if not done.group(2) and unit_field(unit, "kind") not in ("count", "households", "people"):
                base = obj = self.subject  # 社会消费品零售总额实现4.6万亿元: no 实现 in the name
            elif done.group(2) and (per := _per_unit(done.group(2), clause)):  # 经营性收入实现村均10万元: 村均经营性收入, not …村
                base = obj = per + self.subject  # (audit 43 临沧 row 12)
            elif done.group(2):
                base = self.subject + done.group(2)
                obj = base if obj.startswith(done.group(1)) else obj
        elif not member:
            self.subject = ""
        elif base in name_words("work_area_head") and self.names and (done_on := _project_object(self.names[-1][3])):
            base, obj = done_on + base, done_on + obj  # 实施废弃矿山生态修复项目85个、治理面积250公顷: 废弃矿山生态修复治理面积 (audit 51)
        elif not base or is_generic(base) or all_verbs(base) or BARE_GROWTH.fullmatch(base) or verb:
            pass  # 实现营业收入445亿元、增长15.8%: the growth of the revenue; 、办理出口退税: its own verb
        elif self.subject and self.subject not in base:
            base, obj = self.subject + base, self.subject + obj
        elif (self.added[1] == unit or _counted_alike(self.added[1], unit, base) or self.added[0] == ADDED and base.endswith(tuple(name_subjects()["added_output_ends"])) and len(base) >= 3) \
                and not base.startswith(KEEP_LEADING + ("总", "累计")) and not clause.endswith(name_words("crossing")) \
                and not any(w in base for w in name_words("stock_word")) and not (unit in SHARE_UNITS and base.endswith("率")) \
                and not _count_verb(False).match(base) and not base.startswith(_own_stages() + name_words("granted_verb") + name_words("change")) and not own_lead(base) and not adverbed_verb(base) \
                and not (base.startswith(name_words("member_own_verb")) and not base.startswith(name_words("zone_noun"))) \
                and self.added[0] not in base \
                and (self.added[0] not in name_words("shared_repair_verb") or base.endswith(name_words("repaired_site"))):  # (新增社康机构35家、全科医生500名: counts alike; not 、养护1100公里; 、历史遗留矿山 a site repaired, not 、森林抚育)
            base, obj = self.added[0] + base, self.added[0] + obj  # 新增规模养殖户6户、重点养殖户32户 (not 、…保有量达130家: a stock, audit 47;
            # not 转移就业85万人、脱贫劳动力转移就业25万人: the member names the verb itself, audit 45 普洱 G; nor
            # 突破关键核心技术7项、开发重点新产品5个: 开发, a verb of its own, held-out 50 楚雄 G7)
        if member and self.added[0] and (verb and _count_verb(False).fullmatch(verb) or lead_action(clause.lstrip("、和 "), unit)[0]):
            self.added = ("", "")  # 维修改造A10所、提标改造B10个、C9个: C takes the verb of the member right before it, not the first one's (fix153e)
        if not member and base.startswith(KEEP_LEADING):
            added = next(w for w in KEEP_LEADING if base.startswith(w))
            more = verb_chain().match(base)  # 新建改建高速公路…、农村公路…: 新建改建农村公路; 新建改扩建及维修改造A…、B…
            added = more.group() if more and more.end() > len(added) else added
            self.added = (added, unit)
        elif not member:
            self.added = ("", "")
        if base[:1] == "产" and not done and PRODUCE.fullmatch(base) and unit_field(unit, "kind") == "weight":
            whole = next((w for w in name_words("produced_object") if w[0] == base[1]), base[1])  # 产粮: 粮食产量 (audit 48 六安)
            base = obj = whole + "产量"  # 产茧1241.51万公斤: 茧产量
            self.topic = base  # …实现产值8130.67万元，均价达64.72元: the value and price of the 茧
        return base, obj


def _per_unit(after: str, clause: str) -> str:
    """The per-unit word (data/name_words.csv ``per_unit``: 村均, 户均, 人均) that the words after 实现 (``after``, cut of the
    均 the clause ends with: 村) and the clause's end make; '' when there is none."""
    return next((w for w in name_words("per_unit") if w == after or w == after + "均" and clause.rstrip().endswith(w)), "")
