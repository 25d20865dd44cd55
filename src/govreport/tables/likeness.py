"""Whether a review figure names the same thing as a target, beyond how alike their words are.

Three tests, all on the words of the figures' own clauses (docs/assumptions.md#baseline-matching):

- the same **kind**: the words before a head both share (a key's wording, or the longest run
  of words the two names share) agree — 产业领军人才 is not 科技领军人才, 省级以上绿色工厂 is
  not 国家级绿色工厂, 轨道交通、生物医药产业规模 is not 体育、文创产业规模; words on one side
  only agree when the other side's sentence names them before (…基本功能扩容下沉项目启动实施，
  完成年度投资超1200亿元 is the investment of 基本功能扩容下沉项目);
- the same **action** on it (data/tables_actions.csv): 引进重大项目 is not 重大项目加快推进, 配租 is not 筹集建设 (a 、 member that only adds, 、新增学位, none: kinds_apart.added_member);
- the target's **thing named in the candidate's sentence** in other words: 全年开行国际班列
  4500列 and 国际班列通达…、全年开行超5000列 (the thing in an earlier clause, the verb in its own).

Each test reads a few dozen characters around two figures, asked only of the candidates a target's key or wording found.
The actions verbs name are in verb_actions.py, a name's nouns without its verbs in noun_words.py.
"""
from __future__ import annotations

import re
from functools import cache
from collections.abc import Callable
from typing import Any

from govreport.extract.keys import key_modifier, key_wording
from govreport.lexicon import clause_breaks, read_json, unit_group
from govreport.tables.clauses import clause_before, first_mark, last_mark
from govreport.tables.figures import Figure, PhraseBook, canonical, words
from govreport.tables.measures import RATE_UNITS, is_change
from govreport.tables.verb_actions import _action_scan, _alternation, _joined_actions, _member_verb, actions, same_action, unstaged, completed_by
from govreport.tables.noun_words import EDGES, examples_closed, _kind_words, _measure_end, _trailing_qualifier, _unlabelled, _verb_noise, noun_scope, noun_words, unpraised, verbs_inserted
from govreport.tables.own_subjects import measure_restated_apart, outside_bodies
from govreport.tables.grade_ranges import joined_grades
from govreport.tables.yearly_sets import level_said_short, level_said_twice, same_campaign
from govreport.tables.member_lists import distributive_member, figure_clause, joined_level, list_level, narrower_level
from govreport.tables.kind_wordings import listed_apart
from govreport.tables.main_kinds import kinds_only_examples
from govreport.tables.school_kinds import school_kinds_agree
from govreport.tables.kinds_apart import level_spans, SUM_JOINS, bracket_alternatives, common_head as common_head, level_form, other_classes, other_heads, shared_by_each, \
    same_listed_wordings, uncategorised, without_partner, class_order, first_action, added_member, kind_with_its_noun, plain_kinds_agree  # (common_head: others ask here)

CLAUSE_BREAKS = clause_breaks()
LIST_MARKS = "、"
LINKED_MEMBER = ("和", "及", "与")  # a count right after one opens a member of its own (name_agreement._own_action)
JOINS = re.compile(r"[、和及与]")
ASIDE = re.compile(r"（[^（）]*）|\([^()]*\)")  # 审定（登记、认定）: an aside, not a list
MIN_PIECE = 4  # a word of one side's kind found in the other's sentence: at least this long (中小学, 产业 are everywhere)


@cache
def _level_scan() -> re.Pattern[str]:
    return _alternation(list(words()["title_levels"]))


def other_keys(target: Figure, candidate: Figure) -> bool:
    """Both figures are keyed, and differently: another measure, whatever their words share."""
    return bool(target.indicator_key and candidate.indicator_key and candidate.indicator_key != target.indicator_key)


def family_key(key: str) -> bool:
    """A key that names a family of things (重大项目, 学位): its wording alone does not say which."""
    return bool(key) and key in words()["family_keys"]


JOINED_AFTER = ("和", "及", "与")  # a count right after these opens a member of its own, its action in the words after it


def linked_after_names(fig: Figure, before: str) -> bool:
    """The count stands right after 和/及/与 that closes members named without a count (共青湖公园、竹篙山森林公园和9个社区体育公园建成开放):
    it opens a member of its own, its kind the words after it, not the 森林公园 before (held-out set 58, fix128c). After a member with
    a count of its own (142项重点任务和102个重点项目) the rule is not read: the kinds those lists give were left as they were."""
    if not before.endswith(LINKED_MEMBER):
        return False
    raw = fig.before
    return not any(c.isdigit() for c in raw[max(raw.rfind(m) for m in "、，,；;。：:") + 1:])


def of_after(after: str) -> str:
    """The words after a figure that its 的 says it is of (实施年度投资39.5亿元的73个基础设施项目: the amount is the
    infrastructure projects'), to be read as the figure's context; '' when no 的 follows it (held-out set 58, fix128d)."""
    return after if after.startswith("的") else ""


class Likeness:
    """The tests above, with each figure's clause worked out once."""

    def __init__(self, phrase_of: PhraseBook) -> None:
        self.phrase_of = phrase_of
        self._around: dict[int, tuple[str, str, str]] = {}
        self._memo: dict[tuple[str, int], Any] = {}  # action, member words and thing of each figure

    def around(self, fig: Figure) -> tuple[str, str, str]:
        """(context, before, after): the sentence before the figure's clause, the clause's words
        before the figure, and after it up to the next clause mark — other figures taken out."""
        if fig.id not in self._around:
            s = fig.sentence
            start = last_mark(s[:max(fig.rel_start, 0)], CLAUSE_BREAKS) + 1
            tail = s[fig.rel_end:]
            stop = first_mark(tail, CLAUSE_BREAKS)
            end = fig.rel_end + (len(tail) if stop < 0 else stop)
            others = [(o.rel_start, o.rel_end) for o in self.phrase_of.groups.get(fig.sentence_start, ())
                      if o.id != fig.id and o.rel_end > o.rel_start and o.role != "label"]  # 15分钟 stays a name

            def cut(lo: int, hi: int) -> str:
                kept, at = [], lo
                for a, b in others:
                    if b <= at or a >= hi:
                        continue
                    kept.append(s[at:max(a, at)])
                    at = min(b, hi)
                kept.append(s[at:hi])
                return ASIDE.sub("", "".join(kept))

            self._around[fig.id] = (cut(0, start), cut(start, max(fig.rel_start, start)), cut(fig.rel_end, end))
        return self._around[fig.id]

    def action(self, fig: Figure) -> str:
        """What happens to the thing counted: the first action verb of the figure's own list segment, else of its clause, else of the words after it (875个重大项目加快推进)."""
        if (found := self._memo.get(("action", fig.id))) is None:
            found = self._memo["action", fig.id] = self._action(fig)
        return found

    def _action(self, fig: Figure) -> str:
        _, before, after = self.around(fig)
        segment = before[last_mark(before, LIST_MARKS) + 1:]
        stop = first_mark(after, LIST_MARKS)  # a later 、 member opening with its count (…改造、200条背街小巷整治):
        own = after[:stop] if stop >= 0 else after  # its own words after it name its action, not the member before
        pushed = words()["pushed_builds"]  # 稳步推动896项…重点项目建设: projects pushed on, under way (audit 38, WH24#8)
        if segment.endswith(tuple(pushed["verbs"])) and own.endswith(tuple(h + b for h in words()["project_heads"] for b in pushed["builds"])):
            return "under_way"
        if segment != before and added_member(segment, _action_scan()):
            return ""  # (新改扩建学校8所、新增学位8580个: the addition of its own noun, not the neighbour's building)
        texts = (segment, own, before, after) if not segment.strip() and segment != before else (segment, before, after)
        if segment.endswith(JOINED_AFTER) and first_action(_action_scan(), own):  # (有序推进20个已开工和3个新开工老旧小区改造: its own 新开工, held-out 40b)
            texts = (own, *texts)
        for text in texts:
            m = first_action(_action_scan(), text)  # (…学校新建项目、…等15所学校开工建设: a title's verb, not the set's)
            if m:
                return unstaged(m.group(), fig.unit) or completed_by(m.group(), fig.indicator) or actions()[m.group()]
        return ""

    def stages(self, fig: Figure) -> frozenset[str]:
        """The actions of two verbs joined in the figure's own segment (建成和开工建设: build, start);
        one action or none gives an empty set."""
        if (found := self._memo.get(("stages", fig.id))) is None:
            found = self._memo["stages", fig.id] = self._stages(fig)
        return found

    def _stages(self, fig: Figure) -> frozenset[str]:
        _, before, _ = self.around(fig)
        segment = before[last_mark(before, LIST_MARKS) + 1:]
        m = _joined_actions().search(segment)
        found = frozenset((actions()[m.group(1)], actions()[m.group(2)])) if m else frozenset()
        return found if len(found) > 1 else frozenset()

    def member(self, fig: Figure) -> tuple[str, str]:
        """(the figure's own list member before it, the words after it): 筹集建设保障性租赁住房3万套、
        配租1.5万套 -> ('配租', ''); the second figure of a 分别 list has the last member that says
        something. Examples before a count (…、盐田云海公园等30个公园) and a relative clause
        (谋划确定的34个重点项目) name no kind: left out."""
        _, before, after = self.around(fig)
        named = distributive_member(fig.indicator, before)  # (…、瞪羚企业分别新增10家、15家以上: its name, not 以上, audit 44)
        if (before.endswith(LIST_MARKS) or linked_after_names(fig, before)) and after.strip(EDGES) and not named:  # 300处背街小巷、100处空置地块: its own noun after it
            return "", after
        own = named or next((m for m in reversed(before.split(LIST_MARKS)) if m), "")
        if own.endswith(("等", "的")) and not before.endswith(LIST_MARKS):
            own = ""
        return own, "" if after.startswith(LIST_MARKS) else after  # (命名示范家庭500户、优秀石榴籽工作室100个: the next member's words)

    def kind(self, fig: Figure, head: str, key: str = "") -> str | None:
        """The words before ``head`` (a key's wording when ``key``) in the figure's own list member
        or the words after it (新增16家国家级绿色工厂), or in an earlier member that holds it;
        verbs and general words left out. None when the clause does not hold the head."""
        own, after = self.member(fig)
        after = after.removeprefix(b) if (b := fig.sentence[fig.rel_end:fig.rel_end + 2]) in ("以上", "左右") else after  # (200个以上…: a bound, no kind; audit 52)
        own, (_, before, _) = without_partner(_unlabelled(own)), self.around(fig)  # (与企业共建: a partner, no kind)
        if key:
            own = unpraised(own)  # (新增公办优质学位 names the key's 公办学位: held-out 40b)
            head = key_wording(own, key) or key_wording(own + after.split(LIST_MARKS, 1)[0], key) or key_wording(before + after, key)  # its own member's first (建设100个口袋公园、10座体育公园)
            if not head:
                found = key_modifier(fig.indicator, key)
                return None if found is None else _kind_words(found)
            own = own[own.rfind("等" + head) + 1:] if "等" in own and "等" + head in own else own  # 市民公园等城市公园: examples (audit 21)
            head = noun_words(head) or head  # 新增学位: its head is 学位
            own, after = noun_words(own), noun_words(after)
            clean: Callable[[str], str] = noun_words
        else:
            clean = self.cleaned
            own, after = self.cleaned(own), self.cleaned(after)
        pos = own.rfind(head)
        if pos >= 0:
            return _kind_words(own[:pos] if LIST_MARKS in before and not head.startswith("“") else without_examples_before(own[:pos]))  # (家电家居、电子产品等: kinds listed; …、浦项耐火等“四改”项目: examples of a named programme, set 61)
        at = after.find(head)
        if at >= 0:
            return _kind_words(own + after[:at])
        for m in map(clean, reversed(before.split(LIST_MARKS))):  # 筹集建设…住房3万套、配租1.5万套: an earlier member's
            pos = m.rfind(head)
            if pos >= 0:  # …, unless the figure's own member names another thing counted with it (学位、床位2万个)
                return _kind_words(own) or _kind_words(m[:pos])
        return None

    @staticmethod
    def cleaned(text: str) -> str:
        return class_order(canonical(noun_words(text)))  # (规上限上 and 限上规上: one set of classes, audit 56)

    def member_words(self, fig: Figure) -> str:
        """The nouns of the figure's own member and the words after it (see ``member``)."""
        if (found := self._memo.get(("member", fig.id))) is None:
            found = self._memo["member", fig.id] = self.cleaned("".join(self.member(fig)))
        return found

    def same_kind(self, target: Figure, candidate: Figure, key: str) -> bool:
        """The candidate's clause names a kind before ``key``'s wording, the same as the target's
        clause or name does (a list member's kind is in its name); or neither clause names one (完成造林100万亩 and
        完成造林309万亩, whatever topic a name borrowed from its sentence: 加强生态建设造林面积)."""
        theirs, mine = self.kind(candidate, "", key), self.kind(target, "", key)
        if theirs == mine == "":  # (not a list's member: 二氧化硫、氮氧化物排放量分别下降5.6%和4% say which in order)
            return not any(JOINS.search(f.clause_before) or "分别" in f.clause_before for f in (target, candidate))
        return bool(theirs) and level_form(spanned(theirs or "")) in (level_form(spanned(mine or "")), level_form(spanned(noun_scope(key_modifier(target.indicator, key)) or "")))

    def level(self, fig: Figure) -> str:
        """The level of title its own member names (省级文明村镇 -> province: ``tables_words.json:title_levels``), '' if
        none; words after it only up to the next 、 (…灯塔工厂3家、总数居全国第2位: 全国 is no title of the factories)."""
        own, after = self.member(fig)
        m = _level_scan().search(own + after.split(LIST_MARKS, 1)[0])
        joined = joined_level(self.around(fig)[1], own, _level_scan()) if m else ""  # (省、市重点项目: both levels, fix153c)
        return words()["title_levels"][joined or m.group()] if m else ""

    def level_span(self, fig: Figure) -> str:
        """The span of title levels its own member names (国家和省级研发机构 -> 省级以上: ``baseline_scopes.json`` level_spans),
        '' if none: one span in several wordings, whose first level words differ (held-out set 53, fix121c)."""
        own, after = self.member(fig)
        said = own + after.split(LIST_MARKS, 1)[0]
        spans = level_spans()
        return next((spans[w] for w in sorted(spans, key=len, reverse=True) if w in said), "")

    def levels_agree(self, target: Figure, candidate: Figure) -> bool:
        """Not two different levels of title (省级 and 全国文明村镇); one side naming none is no conflict; one span of levels
        in two wordings (国家和省级, 省级以上) is one level."""
        if (span := self.level_span(target)) and span == self.level_span(candidate):
            return True
        mine, theirs = self.level(target), self.level(candidate)
        return not (mine and theirs and mine != theirs) and not (narrower_level(mine, theirs, figure_clause(target.sentence, target.rel_start, target.rel_end)) and list_level(target.before) != theirs)

    def same_thing(self, target: Figure, candidate: Figure, key: str = "") -> bool:
        """The same action (where both say one), the same level of title and the same kind (see the module's doc)."""
        if not self.levels_agree(target, candidate):
            return False
        acted, done = ("", "") if target.unit in RATE_UNITS else (self.action(target), self.action(candidate))
        if acted and done and not same_action(acted, done) and not verbs_inserted(target.indicator, candidate.indicator):  # (a rate's 提高到 is its change, no action on a thing)
            return False
        if acted and done and self.stages(target) != self.stages(candidate):
            return False  # 建成和开工建设未来社区110个 counts two stages: 建成未来社区65个 is one of them
        if key and self.sums_a_list(target) and self.sums_a_list(candidate) and same_listed_wordings(clause_before(target.before), clause_before(candidate.before), key):
            return True  # 中小学、公办幼儿园14所 and 中小学和幼儿园34所: the same list, not its last member's kind
        head = ""
        if not key:
            mine, theirs = (self.member_words(f) for f in (target, candidate))
            head = common_head(mine, theirs)
            if len(head) < 2 or other_heads(mine, theirs, head):  # alike only in verbs, general words or an aside, or
                return not (mine and theirs) and len(head) < 2  # in words that are not the head (项目, 平台): not the same thing
        kind_mine, kind_theirs = self.kind(target, head, key), self.kind(candidate, head, key)
        if kind_mine is None or kind_theirs is None or kind_mine and kind_theirs and head.startswith("等") and all(examples_closed(self.around(f)[1]) for f in (target, candidate)) \
                or len(head) >= 2 and kinds_only_examples(self.around(target)[1], self.around(candidate)[1]):  # (以黑木耳为主的食用菌 and 木耳、灵芝、桑黄等食用菌: fix164c)
            return True  # (two lists of examples closed by 等, all after it alike, name no kinds: held-out set 67 甘南 row 91, fix142b)
        mine, theirs = canonical(spanned(kind_mine)), canonical(spanned(kind_theirs))  # (国家和省级 is 省级以上: held-out set 53)
        if mine == theirs or {mine, theirs} <= set(words()["urban_scopes"]) or bracket_alternatives(mine, theirs, target.sentence, candidate.sentence) or plain_kinds_agree(mine, theirs, key, head) or school_kinds_agree(mine, theirs, target, candidate):  # (城市 and 市中心城区 集中供热面积: audit 44; 乡镇（街道） and 街道（乡镇）)
            return True
        if level_said_twice(mine, theirs, self.level(target), self.level(candidate)) or level_said_short(mine, theirs, (target.indicator, candidate.indicator)):  # (省级重点项目 and 省重点项目: yearly_sets.py)
            return True
        if mine and theirs:  # two kinds with no word in common (省级以上 and 国家级, 产业 and 科技)
            return any(mine[i:i + 2] in theirs for i in range(len(mine) - 1)) and not other_classes(mine, theirs)
        if not key:  # a kind on one side only: a part and a whole only under a family key
            return True
        one, other = (mine, candidate) if mine else (theirs, target)
        context, before, after = self.around(other)  # before its clause, or an earlier member of its clause
        context = canonical(context + before[:max(last_mark(before, LIST_MARKS), 0)] + of_after(after))  # (首批…重大项目1678个、年度投资1.1万亿元)
        if self.sums_a_list(other) and listed_apart(one, key, before):
            return True  # (建设公园游园 and 新增公园、街头游园: the same names of the thing, one list marked: fix150k)
        return any(len(p) >= MIN_PIECE and (p in context or uncategorised(p) in context) for p in JOINS.split(one)) or any(kind_with_its_noun(f.indicator, one, context) for f in ((candidate, target) if acted == done else (candidate if mine else target,))) \
            or same_campaign(target, candidate)  # (one quoted campaign's projects, whatever class one side names: yearly_sets.py)  # the kind's own name too where neither side acts otherwise (市级重点项目完成投资: set 57; not 新开工 for 突出抓好)

    def sums_a_list(self, fig: Figure) -> bool:
        """The figure is one amount for a list of nouns before it (新增绿色建筑、装配式建筑4000万平方米;
        …、概念验证中心和中小试基地20个): no figure between the members, no 等 closing examples, and the last member only nouns (not
        建设…平台3.0、实时可调负荷提升至75万千瓦, a member with a verb of its own)."""
        before = joined_grades(clause_before(fig.before))  # (一、二类水质比例: one range of grades, spot 39)
        digits = [i for i, c in enumerate(before) if c.isdigit()]
        if digits:  # members before with figures of their own (…1000家、概念验证中心和中小试基地20个): its own member
            before = before[digits[-1]:]
            before = before[before.find(LIST_MARKS) + 1:] if LIST_MARKS in before else ""
        members = [m.strip(EDGES) for m in SUM_JOINS.split(before)]
        if len(members) < 2 or not all(members) or "等" in before or "分别" in members[0] or shared_by_each(before):  # (各: each member's; 分别完成粮食、油菜种植面积274万亩、35.5万亩:
            return False  # the list after 分别, one figure a member, audit 44)
        return not _member_verb().search(members[-1]) and not _scope_free_members(members, fig.indicator_key) and not _type_members(members)

    def thing(self, fig: Figure) -> tuple[str, list[str]]:
        """(thing, other words) of the figure's own segment: 全年开行国际班列 -> (国际班列, [开行]);
        a segment with only a measure word borrows the thing its list names first
        (粮食播种面积保持在570万亩以上、产量稳定在 -> (粮食, [产量]))."""
        _, before, _ = self.around(fig)
        cut = last_mark(before, LIST_MARKS)
        segment, previous = before[cut + 1:], before[:max(cut, 0)]
        said = [m.group() for m in _verb_noise().finditer(segment)]
        rest = noun_words(segment)
        measure = _measure_end().search(rest)
        thing = rest[:measure.start()] if measure else rest
        others = [w for w in said if w in actions()] + ([measure.group()] if measure else [])
        if not rest and not others and previous:  # 产量7300万吨、力争达7500万吨: a higher aim for the member before
            rest = noun_words(previous[previous.rfind(LIST_MARKS) + 1:]).removesuffix(_trailing_qualifier(previous))
            measure = _measure_end().search(rest)
            return (rest[:measure.start()], [measure.group()]) if measure else (rest, [])
        if not thing and measure and previous:  # 产量 alone: the thing of the list's first member
            first = noun_words(previous[previous.rfind(LIST_MARKS) + 1:]).removesuffix(_trailing_qualifier(previous))
            lead = _measure_end().search(first)
            thing = first[:lead.start()] if lead else ""
        return thing, others

    def names_same_thing(self, target: Figure, candidate: Figure) -> str:
        """The target's thing when the candidate's sentence names it before the candidate, with no
        other figure of the unit between, and the candidate's own segment has the target's verb
        and measure words; '' otherwise."""
        key = ("thing", target.id)
        if key not in self._memo:
            self._memo[key] = self.thing(target)
        thing, others = self._memo[key]
        if len(thing) < 2 or thing in words()["generic_bigrams"] or thing in words()["comparison_words"] \
                or thing in words()["scope_time_words"] or thing in words()["work_words"]:
            return ""  # 比上年 (增长50%) says against what, 年度 when (audit 49 雅安 row 3), 规划 the work (audit 42 甘孜): not what
        pos = outside_bodies(candidate.before, thing)  # (not 农业 of 被农业农村部授予: spot 39)
        if pos < 0:
            return ""
        group, change = unit_group(candidate.unit), is_change(candidate)  # 工业投资增长41.5%、占比达40.6%
        said_alone = candidate.before[pos + len(thing):]  # 生物经济营收快速增长，冰雪经济总产出增长13.2%: the thing's own clause
        if (stop := first_mark(said_alone, CLAUSE_BREAKS)) >= 0 and others and all(w in said_alone[:stop] for w in others) \
                and (change or measure_restated_apart(said_alone, thing, others, CLAUSE_BREAKS)):
            return ""  # states its change (its level: set 61, fix134c) with no figure; the figure after it is another measure's
        if any(pos < o.rel_start < candidate.rel_start and unit_group(o.unit) == group and is_change(o) == change
               for o in self.phrase_of.groups.get(candidate.sentence_start, ()) if o.id != candidate.id):
            return ""
        _, before, after = self.around(candidate)
        own = before[last_mark(before, LIST_MARKS) + 1:] + after
        said = words()["measure_verbs"]  # 生产煤炭 says the coal output
        return thing if others and all(w in own or any(v in own for v in said.get(w, ())) for w in others) else ""

    def acted_on_alike(self, target: Figure, candidate: Figure) -> str:
        """The target's thing (four characters or more) when the candidate's own words name it whole
        and both say the same action on it, in either order: 引进优强企业130家 and 207家优强企业落户毕节
        (attract); or, for a target whose own words say only the action (…中欧班列市场化运营改革，全年开行
        3000列), the candidate's thing when the target's sentence names it before (中欧班列（义新欧）开行3005列);
        '' otherwise."""
        if target.unit in RATE_UNITS:
            return ""
        key = ("thing", target.id)
        if key not in self._memo:
            self._memo[key] = self.thing(target)
        thing = canonical(self._memo[key][0])
        acted = self.action(target)
        if not acted or not same_action(acted, self.action(candidate)) or 0 < len(thing) < MIN_PIECE:
            return ""
        _, before, after = self.around(candidate)  # its own list member only (not 、煤炭产能8亿吨 after 钢铁产能1.7亿吨)
        stop = after.find(LIST_MARKS)
        own = self.cleaned(before[last_mark(before, LIST_MARKS) + 1:] + (after if stop < 0 else after[:stop]))
        if not thing:
            return own if len(own) >= MIN_PIECE and own in self.cleaned(self.around(target)[0]) else ""
        return thing if thing in own and self.same_thing(target, candidate) else ""


def without_examples_before(kind: str) -> str:
    """'' where ``kind`` is examples closed by 等 right before the head (打通振华北路等断头路循环路5条: 振华北路 is one of the
    roads, no kind of them; held-out set 53, fix121c), but not a word holding 等 (中等职业学校: ``measure_equivalents.json``
    not_examples); ``kind`` otherwise. The caller keeps a clause with a 、 list whole (家电家居、电子产品等促消费活动: kinds
    listed, which narrow what is counted)."""
    if not kind.endswith("等") or any(kind.endswith(w) for w in read_json("measure_equivalents.json")["not_examples"]):
        return kind
    return ""


def spanned(kind: str) -> str:
    """``kind`` with a span of title levels in its one wording (国家和省级研发机构 -> 省级以上研发机构: ``baseline_scopes.json``
    level_spans), so two wordings of one span name one kind (held-out set 53, fix121c)."""
    spans = level_spans()
    for w in sorted(spans, key=len, reverse=True):
        if w in kind:
            return kind.replace(w, spans[w], 1)
    return kind


def _type_members(members: list[str]) -> bool:
    """Every member of a list is a type word of the head the last one names (建成都市型、城镇型、乡野型、自然生态型碧道70公里:
    ``type_list_ends``): the types name every kind of one thing, so the list sums nothing apart (held-out audit 48 河源 G2)."""
    ends = tuple(words()["type_list_ends"])
    return all(m.endswith(ends) for m in members[:-1]) and any(e in members[-1][:-1] for e in ends)


def _scope_free_members(members: list[str], key: str) -> bool:
    """Every member of a list names a group its key's scope_free_words say is no scope (失业人员和就业困难人员再就业: one
    measure of reemployment, the review's 失业人员再就业 its baseline; held-out audit 48 怒江 G2), so the list sums nothing apart."""
    free = tuple(sorted(words()["scope_free_words"].get(key, ()), key=len, reverse=True)) if key else ()
    return bool(free) and all(m in free for m in members[:-1]) and members[-1].startswith(free)

