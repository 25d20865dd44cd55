"""Two goals one figure states for a pair of whole members that ``shared_members`` does not part (spot audit 38): a cut both
members take (行政成本、临聘人员均压减15%以上: 行政成本压减, 临聘人员压减), a share the last member names and the first, a
whole noun of its own, takes (公安综合窗口和“一站式”派出所占比均达到90%以上: 公安综合窗口占比), and a shortened first member
before the last one's measure (基本养老、医疗保险参保率稳定在95%以上: 基本养老保险参保率, kept only where each name has a key
of its own), and an investment an amount classes beside another measure, both to grow (确保5000万元以上投资和工业投资均增长10%:
5000万元以上投资增长, 工业投资增长; held-out set 90 徐州, fix172g). Each member is a goal of its own; one row for both loses the second (audit 56 崇左 #39)."""
from __future__ import annotations

import re
from dataclasses import replace

from govreport.extract.key_fits import meets_requirement
from govreport.extract.keys import indicator_english, indicator_key
from govreport.lexicon import clause_breaks, name_subjects, trie_pattern
from govreport.tables.clauses import first_mark, last_mark
from govreport.tables.figures import Figure, words
from govreport.tables.whole_part_changes import whole_of_part_change

# A、B均压减 / A和B占比均达到: two members, 均 and the verb right before the figure
EACH_PAIR = re.compile(r"^([^、和及，,；;。\d]{2,16})[、和]([^、和及，,；;。\d]{2,16})均([\u4e00-\u9fff]{1,3})$")
# 基本养老、医疗保险参保率稳定在: a short first member, the last member's measure after its own two-character kind
SHORT_PAIR = re.compile(r"^([\u4e00-\u9fff]{2,4})、([\u4e00-\u9fff]{5,12})(?:稳定在|保持在|达到|达)$")
# 5000万元以上投资和工业投资均增长: an investment an amount classes, another measure, 均 and the growth word before the figure
CLASSED_PAIR = re.compile(r"^([\d.]+[万亿]?元(?:及)?以上[^、和及，,；;。\d]{2,8})[、和]([^、和及，,；;。\d]{2,16})均([\u4e00-\u9fff]{2})$")
QUOTES = re.compile(r"[“”\"]")
SHARE_HEADS = ("占比", "比重", "比例")  # a share the last member of a pair names (两字: 率 alone is no head to give)


def goal_members(fig: Figure) -> list[Figure]:
    """One figure per member of a pair of goals sharing one per-cent figure (see the module), [] otherwise."""
    if fig.unit not in ("%", "个百分点"):
        return []
    before = fig.before
    clause = before[last_mark(before, clause_breaks()) + 1:]
    after = fig.after
    stop = first_mark(after, clause_breaks())
    if any(c.isdigit() for c in (after if stop < 0 else after[:stop])):
        return []  # another figure in the clause: not one figure for the pair
    if scoped := scope_members(clause) or (bound_share_members(clause) if fig.unit == "%" else []):
        return [replace(fig, indicator=n, indicator_key=(k := indicator_key(n, fig.unit, fig.direction)),
                        indicator_en=indicator_english(k, n)) for n in scoped]
    if fig.unit != "%":
        return []
    if whole := whole_of_part_change(before, clause):  # 总额达到X，其中B Y，分别增长N%: the total's growth and the part's
        return [replace(fig, indicator=whole, indicator_key=(k := indicator_key(whole, fig.unit, fig.direction)), indicator_en=indicator_english(k, whole)), fig]
    names = _pair_names(clause, fig)
    names = [QUOTES.sub("", n) for n in names]  # (names drop quote marks: 一站式派出所占比)
    return [replace(fig, indicator=n, indicator_key=(k := _fitting_key(n, fig)), indicator_en=indicator_english(k, n)) for n in names]


def _fitting_key(name: str, fig: Figure) -> str:
    """The member's key where its name holds the words the key requires, as the extractor asks of any figure
    (5000万元以上投资增长 is no fixed-asset investment's growth: ``key_requirements``), '' otherwise."""
    key = indicator_key(name, fig.unit, fig.direction)
    return key if meets_requirement(key, name, name) else ""


def _pair_names(clause: str, fig: Figure) -> list[str]:
    """The two members' names (see the module), [] when the clause is none of the three pairs."""
    w = words()
    if (m := EACH_PAIR.match(clause)) is not None:
        first, last, verb = m.groups()
        if verb in w["each_cut_verbs"] and not first.endswith(tuple(w["share_ends"])) and not last.endswith(tuple(w["share_ends"])):
            return [first + verb, last + verb]  # 行政成本、临聘人员均压减15%以上
        head = next((h for h in SHARE_HEADS if last.endswith(h) and len(last) > len(h) + 1), "")
        if head and verb in ("达到", "达", "保持", "超过") and len(first) >= 4 and not first.endswith(tuple(w["share_ends"])):
            return [first + head, last]  # 公安综合窗口和“一站式”派出所占比均达到90%以上
        return []
    if (c := CLASSED_PAIR.match(_without_goal_word(clause))) is not None:
        first, last, verb = c.groups()
        growth = name_subjects()["threshold_growth"]
        if verb in growth["growth_words"] and first.split("以上")[-1].startswith(tuple(growth["nouns"])):
            return [first + verb, last + verb]  # 确保5000万元以上投资和工业投资均增长10%以上 (held-out set 90 徐州, fix172g)
        return []
    if (s := SHORT_PAIR.match(clause)) is not None:
        first, last = s.groups()
        name = first + last[2:]
        keys = indicator_key(name, fig.unit, fig.direction), indicator_key(last, fig.unit, fig.direction)
        if last.endswith("率") and all(keys) and keys[0] != keys[1]:
            return [name, last]  # 基本养老、医疗保险参保率稳定在95%以上: 基本养老保险参保率 and 医疗保险参保率
    return []


def _without_goal_word(clause: str) -> str:
    """The clause without a goal word opening it (确保, 力争: ``stated_goal_words``)."""
    return next((clause[len(g):] for g in words()["stated_goal_words"] if clause.startswith(g)), clause)


def _alternation(key: str) -> str:
    """One regex alternation of a ``tables_words.json`` word list, longest first."""
    return trie_pattern(list(words()[key]))


def bound_share_members(clause: str) -> list[str]:
    """Each member's share of the whole a 、 list bound by 均 + a floor is stated of (争取预算内资金、专项债券均不少于全省总额的
    10%: 预算内资金占全省比重 and 专项债券占全省比重): 均 gives the bound to every member, so one row for the list loses all
    but one goal, and its name keeps the bound word (held-out set 83 楚雄 row 50); [] for any other clause."""
    pattern = (rf"^(?:{_alternation('stated_goal_words')})?((?:[^、和及，,；;。\d]{{2,12}}、)+[^、和及，,；;。\d]{{2,12}})"
               rf"均(?:{_alternation('each_bound_words')})占?({_alternation('each_share_wholes')})(?:总额|总量)?的?$")
    if (m := re.match(pattern, clause)) is None:
        return []
    members = m.group(1).split("、")
    if any(x.endswith(tuple(words()["share_ends"])) for x in members) or len(set(members)) < len(members):
        return []  # members that are rates or shares already (…普及率、…覆盖率均达到全省的…) are no amounts to take a share of
    return [f"{x}占{m.group(2)}比重" for x in members]


def scope_members(clause: str) -> list[str]:
    """One measure per scope written side by side before it and bound by 均 (州内省内市场占有率均提高2个百分点: 州内市场占有率
    提高 and 省内市场占有率提高): each scope is a goal of its own, and one row for both names neither (held-out set 83 延边
    row 21); [] for any other clause."""
    scopes = _alternation("each_scope_words")
    pattern = rf"^(?:{_alternation('stated_goal_words')})?({scopes})({scopes})([\u4e00-\u9fff]{{2,10}}?)均([\u4e00-\u9fff]{{1,3}})$"
    if (m := re.match(pattern, clause)) is None or m.group(1) == m.group(2):
        return []
    first, second, measure, verb = m.groups()
    tail = verb if verb in words()["each_scope_verbs"] else ""
    return [first + measure + tail, second + measure + tail]
