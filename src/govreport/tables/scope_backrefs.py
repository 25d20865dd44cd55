"""A scope word that refers back to the fuller scope its sentence named before (round fix84a, spot audit 35 惠州).

集中资源力量建设“3+7”产业园区，…，完成园区基础设施投资280亿元以上: 园区 is the 3+7产业园区 of the same sentence, so the
review's “3+7”产业园区完成基础设施投资322亿元 measures the same scope. Only a review scope that ends with the target's and stands
whole (quotes aside) earlier in the target's sentence is taken for it: 园区 alone is not every kind of park."""
from __future__ import annotations

from typing import Final

from govreport.lexicon import name_subjects
from govreport.tables.figures import words

QUOTES: Final = str.maketrans("", "", "“”\"'‘’「」")
MIN_SCOPE: Final = 2



def named_in_full(scope: str | None, fuller: str | None, before: str) -> bool:
    """``fuller`` (the review figure's scope) ends with ``scope`` (the target's), is longer, and the target's sentence
    before it (``before``) names it whole, quotes aside."""
    if not scope or not fuller or len(scope) < MIN_SCOPE or len(fuller) <= len(scope) or not fuller.endswith(scope):
        return False
    plain = before.translate(QUOTES)
    at = plain.rfind(scope)
    return fuller.translate(QUOTES) in plain[:at] if at >= 0 else False


def held_in_name(scope: str | None, fuller: str | None, name: str) -> bool:
    """The target names no scope before its wording (``scope`` empty) while its name holds the review figure's scope
    (``fuller``) whole: the scope is inside the wording the key matched (新(改)建农村户用卫生厕所户数, whose wording
    农村户用卫生厕所 holds the 农村 of 新(改)建农村厕所, spot audit 37), not a scope the target lacks. Only a rural or urban
    scope (name_subjects.json ``sibling_scopes``): another word inside a name is no such scope (闲置土地 in 批而未供土地)."""
    return scope == "" and fuller is not None and fuller in name_subjects()["sibling_scopes"] and fuller in name




SCOPE_GAP: Final = 2  # characters a place noun may take between the scope and the name (城市 in 县级以上城市集中式)
NAME_HEAD: Final = 3  # characters of the figure's name that must follow the scope


def scope_said_before(scope: str | None, fuller: str | None, before: str, name: str) -> bool:
    """The review figure's name keeps no scope (``fuller`` empty) while its clause (the sentence before it back to the last
    comma) names the target's scope right before the name's first words (县级以上城市集中式饮用水水源地水质达标率, named
    集中式饮用水水源地水质达标率, for 县级以上饮用水水源地水质达标率; held-out audit 45 梅州 G2): the name lost that scope. Not a
    scope that is another member of a list before it (全市和市区地方级财政收入分别增长20.2%、28.6%: 20.2% is 全市's)."""
    if fuller != "" or not scope or len(scope) < MIN_SCOPE or len(name) < NAME_HEAD:
        return False
    clause = before[max(before.rfind(m) for m in "，,；;。：:") + 1:]  # (、 joins its rates: 达标率、优良率)
    at = clause.find(scope)
    return at >= 0 and name[:NAME_HEAD] in clause[at + len(scope):at + len(scope) + SCOPE_GAP + NAME_HEAD]


ZONE_NAME_MIN: Final = 4  # characters of a zone's own name before its end word (江门大型 of 江门大型产业集聚区)


def zone_said_before(scope: str | None, fuller: str | None, before: str) -> bool:
    """The target names no scope while its sentence has just named the review figure's zone whole (高标准建设江门大型
    产业集聚区，新征土地1.5万亩 and 江门大型产业集聚区新征地2.4万亩): the zone (a name and a ``zone_ends`` word, read from the
    scope's end, so a lead word before it is left out) is the target's scope too. A zone end alone (园区) is no name."""
    if scope or not fuller:
        return False
    end = next((e for e in name_subjects()["zone_ends"] if fuller.endswith(e)), "")
    plain = before.translate(QUOTES)
    return bool(end) and any(fuller[-k:].translate(QUOTES) in plain for k in range(len(end) + ZONE_NAME_MIN, len(fuller) + 1))


PEOPLE_UNIT: Final = "人"


def said_before_count(scope: str | None, fuller: str | None, clause_before: str, unit: str) -> bool:
    """One figure names no scope (``scope`` empty) while its own clause ends, right before its count, with the other's scope
    (解决农村16.6万人饮水安全问题 and 解决27.21万农村人口饮水安全问题, scope 解决农村人口; the other way round 新解决农村6300多万人…
    and 再解决6000万农村人口…): the words went before the count in one part and after it in the other, and the name of the
    first lost them. The people noun closing the other's scope is the first's unit where it counts people in 人
    (tables_words.json people_nouns; held-out audit 90 株洲 2016 row 11, fix172d)."""
    if scope != "" or not fuller:
        return False
    if unit == PEOPLE_UNIT:
        fuller = fuller.removesuffix(next((n for n in words()["people_nouns"] if fuller.endswith(n)), ""))
    return len(fuller) >= MIN_SCOPE and clause_before.endswith(fuller)
