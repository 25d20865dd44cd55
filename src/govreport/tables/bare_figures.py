"""Figures written without a unit that the targets table still reads as goals or baselines
(docs/assumptions.md#target-kinds):

- a price index with last year as 100 (居民消费价格指数控制在103左右) is a rise of 3 %: the CPI target,
  read as a rate so that it is compared with the review's CPI rise, a bracketed scope after the index's name
  (居民消费价格指数（市辖区）控制在103左右) looked through; a review's index right after its name with no verb, among
  the year's results (居民消费价格指数（市辖区）99.5), is the actual change (−0.5 %), a baseline;
- a count with no unit right before a noun of people (为80万重点群体提供就业帮扶, 提高6000万农村人口供水
  保障水平, 全省30万以上参保孕产妇…) counts people (人), unless the clause says how many there are
  (我国有2.9亿在校学生), and so does one right after 人口 (再减少农村贫困人口1000万以上, 农村贫困人口减少1000万);
  the review's actuals alike (6600多万农村人口饮水安全问题得到解决), so they can be baselines; where
  the name is only a verb (再解决), it is named for the people, what is done for them and the verb;
- a bare number after an index's name and 超/突破/达到 (融合指数超45) is the level of the index to reach, a goal;
- a count of people named only by a verb of enrolment (大规模扩招) is named for the schools the
  sentence names before it (高职院校扩招人数).
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import cache
from typing import Any, Final

from govreport.extract.keys import indicator_english, indicator_key
from govreport.extract.written_units import people_noun_follows
from govreport.lexicon import clause_breaks, indicator_registry, name_words, qualifier_words, verbs
from govreport.tables.baselines import PEOPLE_BEFORE
from govreport.tables.clauses import clause_before, first_mark
from govreport.tables.figures import Figure, words
from govreport.tables.member_classes import counted_class, own_class

INDEX_BASE = Decimal(100)
INDEX_SPAN = Decimal(30)  # an index of 70–130: a change of less than 30 % on last year
INDEX_VERB = re.compile(r"(?:控制在|保持在|稳定在|为|在|达到)$")
SCOPE_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,8}[）)]$")  # a bracketed scope after the index's name: the same index
INDEX_QUALIFIERS = {"左右": "about", "以内": "at_most", "以下": "at_most", "以上": "at_least"}
MULTIPLIED = re.compile(r"\d(?:\.\d+)?[多余]?[万亿]$")  # 80万: a count in ten thousands, no unit
HAS = re.compile(r"(?<![没])有")  # 我国有…: a statement of what there is
NOUN_REACH = 8  # the people noun stands within this many characters after the count
NEXT_MEMBER = re.compile(r"[和及、与](?=\d)")  # 1.1万失业人员和3500名…: the next member's count ends this one's noun
AGE_CLASS = re.compile(r"\d{1,3}周?岁(?:及|至\d{1,3}周?岁)?(?:以上|以下)?")  # an age class between a count and its people (audit 38, TR24#144)
SERVED_FOR = "为"  # 为13万困境留守儿童提供…: named by the namer for the service (name_owners.served_unit), no verb of the clause


@cache
def _index_wordings() -> dict[str, str]:
    """Registered wordings that name a price index (居民消费价格指数) -> their key."""
    return {w: ind.key for ind in indicator_registry().values() for w in ind.wordings
            if w.endswith("指数") and ind.measure == "growth_rate" and ind.unit_family == "percent"}


def price_index(fig: Figure, group: list[Figure]) -> Figure | None:
    """The figure read as the rise an index states (103 → 3 %), or None: a bare number of the plan
    part between 70 and 130 right after a registered price-index wording and a verb (控制在), with the
    year of the targets of its sentence."""
    if fig.unit or fig.value is None or abs(fig.value - INDEX_BASE) >= INDEX_SPAN:
        return None
    if fig.part == "review":
        return _review_index(fig, group)
    if not fig.text.isdigit():
        return None
    verb = INDEX_VERB.search(fig.clause_before)
    stem = fig.clause_before[:verb.start()] if verb else ""
    if verb and not stem:  # 居民消费价格指数（市辖区）控制在103左右: the bracket ends the clause, the index is before it (audit 57)
        stem = SCOPE_NOTE.sub("", fig.before[:len(fig.before) - len(verb.group())])
    key = next((k for w, k in _index_wordings().items() if stem.endswith(w)), "")
    if not key:
        return None
    after = fig.sentence[fig.rel_end:fig.rel_end + 2]
    listed = [f for f in group if f.role == "target" and f.year is not None]  # the goals it is listed with
    years, category = [f.year for f in listed], listed[0].category if listed else fig.category
    return replace(fig, value=fig.value - INDEX_BASE, unit="%", role="target", kind="change", category=category,
                   qualifier=INDEX_QUALIFIERS.get(after, ""), indicator_key=key,
                   indicator=indicator_registry()[key].name_zh,
                   indicator_en=indicator_registry()[key].name_en, year=years[0] if years else fig.year,
                   direction="increase" if fig.value >= INDEX_BASE else "decrease")


INDEX_GOAL = re.compile(r"([\u4e00-\u9fff“”]{2,16}?指数)(超过|超|突破|达到|达)$")  # 融合指数超(45): a level of an index to pass
INDEX_GOAL_QUALIFIERS = {"超过": "more_than", "超": "more_than", "突破": "more_than"}


def index_goal(fig: Figure, group: list[Figure]) -> Figure | None:
    """A bare number of the plan part right after an index's name and a verb of reaching or passing (大数据与三次产业融合指数超45:
    fix115b, held-out audit 49 遵义 G10): the level of the index to reach, a goal (a floor after 超/突破) of the year of the
    sentence's other goals; None for a price index (read above), a number with a unit, or no goal listed with it."""
    if fig.unit or fig.role != "label" or fig.value is None or fig.part != "plan" or not fig.text.replace(".", "", 1).isdigit():
        return None
    m = INDEX_GOAL.search(fig.clause_before)
    if m is None or fig.sentence[fig.rel_end:fig.rel_end + 1] not in ("", "，", ",", "。", "；", ";", "、"):
        return None
    listed = [f for f in group if f.role == "target" and f.year is not None]  # the goals it is listed with
    if not listed:
        return None
    return replace(fig, role="target", kind="level", category=listed[0].category, year=listed[0].year, qualifier=INDEX_GOAL_QUALIFIERS.get(m.group(2), ""), indicator=m.group(1),
                   indicator_key="", indicator_en="", direction="increase")


def _review_index(fig: Figure, group: list[Figure]) -> Figure | None:
    """A review's index written right after its name, a bracketed scope allowed between, with no verb and among the
    year's results (居民消费价格指数（市辖区）99.5: prices fell 0.5 %, audit 57), read as the actual change; else None."""
    stem = SCOPE_NOTE.sub("", fig.before)
    key = next((k for w, k in _index_wordings().items() if stem.endswith(w)), "") if fig.value is not None else ""
    years = [f.year for f in group if f.role == "actual" and f.year is not None]
    if not key or not years or fig.value is None:
        return None
    return replace(fig, value=fig.value - INDEX_BASE, unit="%", role="actual", kind="change", indicator_key=key,
                   indicator=indicator_registry()[key].name_zh, indicator_en=indicator_registry()[key].name_en,
                   year=years[0], direction="increase" if fig.value >= INDEX_BASE else "decrease")


def people_count(fig: Figure) -> Figure | None:
    """The figure counted in people (人) when it has no unit and a noun of people follows it
    (``tables_words.json:people_nouns``), a qualifier (以上) allowed between, or 人口 (and a change
    of it) stands right before it; else None. 人 the extractor read from the people noun after the count (27.21万农村人口:
    extract/written_units) leaves the count as bare as written here, a whole number too (800贫困人口): named for its people."""
    written_after = fig.unit == "人" and people_noun_follows(fig.after)
    if fig.unit and not written_after or fig.role not in ("target", "actual") or not (MULTIPLIED.search(fig.text) or written_after and fig.text.isdigit()):
        return None
    if PEOPLE_BEFORE.search(fig.clause_before):
        return replace(fig, unit="人")  # 再减少农村贫困人口1000万: the people the clause names
    clause = clause_before(fig.before)
    if HAS.search(clause) and not any(w in clause for w in words()["commitment_words"]):
        return None  # 我国有2.9亿在校学生, 13亿人口、9亿劳动力资源: how many there are, no goal
    after = fig.after
    after = after.removeprefix(next((w for w in qualifier_words("after") if after.startswith(w)), ""))
    age = m.group() if (m := AGE_CLASS.match(after)) else ""  # 29万65岁及以上老年人: the class of the people, kept in the name
    after = after[len(age):]
    stop = first_mark(after, clause_breaks())
    near = _own_noun_span((after if stop < 0 else after[:stop])[:NOUN_REACH])
    found = [near.find(n) + len(n) for n in words()["people_nouns"] if n in near]
    if any(c.isdigit() for c in near) or not found:
        return None
    helped = clause in words()["people_goal_verbs"]  # 帮助1.1万失业人员…: the people helped (fix130d)
    verb_of = bare_verb(clause)
    if len(fig.indicator) > 2 and clause != SERVED_FOR and (verb_of or helped) and not fig.indicator.startswith(clause):  # 发放…贷款，帮扶2万失业人员再就业
        name = clause + _helped_words(after if stop < 0 else after[:stop], near).replace("的", "") + "人数" if helped else \
            clause + near.replace("的", "") + "人数"  # the clause's own verb and people (帮扶失业人员再就业人数), not the clause before's
        key = indicator_key(name, "人", fig.direction)
        if verb_of and fig.indicator.endswith(verb_of + "人数"):  # 农村人口饮水安全问题解决人数: named whole by the extractor, as the
            name, key = fig.indicator, indicator_key(fig.indicator, "人", fig.direction) or key  # plan's count in 人 is (fix170h, fix172f)
        return replace(fig, unit="人", indicator=name, indicator_key=key, indicator_en=indicator_english(key, name) if key else "")
    noun = age + near[:max(found)]
    clause_after = after if stop < 0 else after[:stop]
    bare_noun = written_after and fig.indicator in (noun + "人数", noun + "数")  # (贫困人口人数 of 剩余1.8万贫困人口全部脱贫: the noun alone)
    if len(fig.indicator) > 2 and (noun not in fig.indicator or bare_noun) and (name := _outcome_name(clause, noun, clause_after)):
        key = indicator_key(name, "人", fig.direction)  # 年内剩余1.82万贫困人口全部脱贫: not the sentence's opening words (fix161d)
        return replace(fig, unit="人", indicator=name, indicator_key=key, indicator_en=indicator_english(key, name) if key else "")
    if len(fig.indicator) > 2 and not (verb := bare_verb(fig.indicator)):
        return replace(fig, unit="人")
    if len(fig.indicator) > 2:  # 再解决(6000万农村人口饮水安全问题): the people, what is done for them and the verb
        return replace(fig, unit="人", indicator=(near if stop < 0 else after[:stop]).replace("的", "") + verb + "人数")
    # a name lost with the unit (为, 全省): the people counted (重点群体人数)
    outcome = next((w for w in words()["people_outcomes"] if clause_after.startswith(noun + w)), "")
    if outcome or (name := _outcome_name("", noun, clause_after)):  # 完成1000万以上农村贫困人口脱贫任务: the people lifted out (农村贫困人口脱贫人数), keyed by that name
        name = noun + outcome + "人数" if outcome else name
        key = indicator_key(name, "人", fig.direction) or fig.indicator_key
        return replace(fig, unit="人", indicator=name, indicator_key=key,
                       indicator_en=indicator_english(key, name) if key else fig.indicator_en)
    return replace(fig, unit="人", indicator=noun + ("数" if noun.endswith("人口") else "人数"))


def _outcome_name(clause: str, noun: str, rest: str) -> str:
    """The name of a count of people by what happens to them, an adverb of the whole between the noun and the outcome
    (剩余1.82万贫困人口全部脱贫: tables_words.json people_outcome_adverbs) and a lead word of the clause kept
    (剩余: people_outcome_leads, the people still to be lifted out): 剩余贫困人口脱贫人数; '' when no outcome follows."""
    tail = rest[len(noun):] if noun and rest.startswith(noun) else ""
    tail = tail.removeprefix(next((w for w in words()["people_outcome_adverbs"] if tail.startswith(w)), ""))
    outcome = next((w for w in words()["people_outcomes"] if tail.startswith(w)), "")
    lead = next((w for w in words()["people_outcome_leads"] if clause.endswith(w)), "")
    return lead + noun + outcome + "人数" if outcome else ""


def _own_noun_span(near: str) -> str:
    """The words after a bare count up to the next member of its list (帮助1.1万失业人员和3500名就业困难人员:
    失业人员, not the next member's count; held-out set 60 铁岭, fix130d), else all of them."""
    joint = NEXT_MEMBER.search(near)
    return near[:joint.start()] if joint else near


HELPED_REACH = 12  # the words of the people helped and what is done for them (就业困难人员就近就业), to the clause's end


def _helped_words(rest: str, near: str) -> str:
    """The words after a count of people a helping verb opens (帮助5.4万就业困难人员就近就业): the rest of the clause when
    short and holding no other figure, else the count's own noun and what happens to the whole list (帮助1.1万失业人员和
    3500名就业困难人员实现就业: 失业人员实现就业; fix130d)."""
    if len(rest) <= HELPED_REACH and not any(c.isdigit() for c in rest):
        return rest
    return near + _shared_outcome(rest, near)


def _shared_outcome(rest: str, near: str) -> str:
    """What happens to every member of a list of people, after the last one (1.1万失业人员和3500名就业困难人员实现就业:
    实现就业, a ``people_outcomes`` word at its end), when the count's own words stop at the next member; else ''."""
    if not near or not rest.startswith(near) or len(rest) == len(near):
        return ""
    ends = [rest.rfind(n) + len(n) for n in words()["people_nouns"] if n in rest[len(near):]]
    tail = rest[max(ends):] if ends else ""
    return tail if 2 <= len(tail) <= 4 and tail.endswith(tuple(words()["people_outcomes"])) else ""


def bare_verb(name: str) -> str:
    """The verb a name is made of alone, after an adverb of repetition (再解决: 解决; data/verbs.csv
    or data/name_words.csv kind result), else ''."""
    name = name.removeprefix(next((w for w in name_words("modal") if name.startswith(w)), ""))  # 要再解决: a modal first
    verb = name.removeprefix(next((w for w in name_words("lead_verb") if name.startswith(w)), ""))
    return verb if verb in verbs() or verb in name_words("result") else ""


def enrolled(fig: Figure) -> Figure | None:
    """A count of people named only by a verb of enrolment (大规模扩招: ``tables_words.json:
    enrolment_verbs``, a degree adverb allowed before it) with the schools that enrol them named
    earlier in the sentence (school_nouns, the last before the figure): named for those schools
    (改革完善高职院校考试招生办法，…，今年大规模扩招100万人 -> 高职院校扩招人数); else None."""
    if not fig.indicator.endswith(_enrolment_ends()):  # nearly every figure: one test in C
        return None
    w = words()
    verb = next((v for v in w["enrolment_verbs"] if fig.indicator in (v + "人数", v + "数")
                 or fig.indicator.endswith(v + "人数") and fig.indicator[:-len(v) - 2] in w["degree_adverbs"]), "")
    before = fig.sentence[:fig.rel_end - len(fig.text)]
    school = max(((before.rfind(n), n) for n in w["school_nouns"] if n in before), default=(-1, ""))[1] if verb else ""
    return replace(fig, indicator=school + verb + "人数") if school else None


_ONCE: Final[dict[str, Any]] = {}  # accessors made once (not functools.cache: a direct look-up on each of thousands of calls)


def _enrolment_ends() -> tuple[str, ...]:
    """The endings a name of enrolment has (扩招人数, 扩招数)."""
    return _ONCE.get("enrolment_ends") or _ONCE.setdefault("enrolment_ends", tuple(v + end for v in words()["enrolment_verbs"] for end in ("人数", "数")))


def read_bare(figs: list[Figure], groups: dict[int, list[Figure]]) -> list[Figure]:
    """``figs`` with the bare figures above read as goals (the others as they are)."""
    out = []
    for f in figs:
        # (a bare index value is a quantity once its index is read, 指数控制在103左右: a price index's still states a rise)
        index = (price_index(f, groups.get(f.sentence_start, [])) or index_goal(f, groups.get(f.sentence_start, []))) if f.role == "label" or not f.unit else None
        out.append(index or (None if f.role == "label" else people_count(f) or enrolled(f)
                                                                 or own_class(f, groups.get(f.sentence_start, [])) or counted_class(f)) or f)
    return out
