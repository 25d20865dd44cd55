"""The scope words of a name (which of the things a key measures: 小微 of 小微企业, a title level) and when a target's and a
review figure's agree (tables/baselines.py): a level on one side only, list members in another order, a scope the
review figure's list or wording names."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.keys import key_modifier
from govreport.lexicon import indicator_registry, name_words, read_json, verbs
from govreport.tables.figures import Figure, words
from govreport.tables.kinds_apart import level_form
from govreport.tables.noun_words import noun_scope, noun_words
from govreport.tables.scope_asides import without_asides


_SCOPES: Final[dict[tuple[str, str], str | None]] = {}  # (name, key) -> scope_of (asked again of a target at each review figure)


BRACKETED = re.compile(r"[（(]([^（）()]{1,2})[)）]")  # a character or two in brackets


def optional_verbs(name: str) -> str:
    """``name`` with the brackets dropped around an optional character of a verb (新（改）建 is 新建、改建:
    the verb 新改建 of data/verbs.csv, audit 44), so the bracket is no scope word; a bracketed noun stays
    (城市（县城）公共停车位)."""
    for m in reversed(list(BRACKETED.finditer(name))):
        plain = name[:m.start()] + m.group(1) + name[m.end():]
        lo, hi = m.start(), m.start() + len(m.group(1))
        if any(plain.find(v, max(0, hi - len(v)), lo + len(v)) >= 0 for v in verbs() if m.group(1) in v and len(v) > hi - lo):
            name = plain
    return name


def scope_of(name: str, key: str) -> str | None:
    """The scope words of ``key`` in ``name`` (noun_words.noun_scope), less the words
    tables_words.json scope_free_words lists for the key: who a relief is for and the levies it
    covers (减轻企业税收和社保缴费负担 and 为企业和个人减税降费 are one measure; 小微企业 stays 小微). Kept per (name, key)."""
    if (name, key) in _SCOPES:
        return _SCOPES[name, key]
    if len(_SCOPES) >= 4096:  # (a long-running process reads many reports)
        _SCOPES.clear()
    scope = _SCOPES[name, key] = without_asides(_scope_of(name, key))  # (向社会提供, 城市(县城): spot audit 37)
    return scope


def _scope_of(name: str, key: str) -> str | None:
    for word in name_words("basis"):  # 同口径一般公共预算收入: on what basis it is compared, no narrower set (audit 43 临沧 G1)
        name = name.replace(word, "")
    if name.startswith("年") and name[1:].startswith(tuple(words()["annual_flow_verbs"])):  # 年出栏生猪: the year's flow (audit 44)
        name = name[1:]
    became = max((name.rfind(v) + len(v) for v in words()["scope_becoming_verbs"] if v in name), default=0)
    name = re.sub("|".join(words()["scope_unlisted_verbs"]), "", name[became:])  # 更新水、气、热…管网: the work, not which pipes (no 更 left)
    name = re.sub("|".join(words()["scope_method_words"]), "", name)  # 整村推进农村户厕改造: how the work is done, not whose part
    scope = noun_scope(key_modifier(optional_verbs(name), key))  # (26家企业成为省级专精特新中小企业: 省级, spot audit 34)
    scope = _titled_villages(name, key, scope)
    if scope:  # 去年居民消费价格总水平: 去年 says when, not which prices; 促进城镇新增就业: 促进 says what was done for it
        opening = next((w for w in (*words()["scope_time_words"], *words()["scope_lead_verbs"], *_restating()) if scope.startswith(w)), "")  # (实际到位资金 is 到位资金)
        scope = scope[len(opening):]
        if any(w in scope for w in words()["scope_condition_words"]):  # 正常年景(下)粮食产量, 在正常情况下: a condition, not a scope
            ends = [scope.find(w) + len(w) for w in words()["scope_condition_words"] if w in scope]
            scope = scope[max(ends):] if ends else scope
    if scope in words()["scope_verb_remnants"] or scope in words()["scope_manner_adverbs"] or own_head(scope, key):  # (成 of 新建成高标准农田, named 成高标准农田新建面积: audit 35; 高标准 of 高标准改造: fix146a)
        return ""
    free = words()["scope_free_words"].get(key)
    return re.sub("|".join(free), "", scope).strip("和及与、") if scope and free else scope


@cache
def _whole_place_rests() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(rests, places, light verbs) of ``baseline_scopes.json`` whole_place_rests and data/verbs.csv, read once."""
    table = read_json("baseline_scopes.json")["whole_place_rests"]
    return frozenset(table["rests"]), tuple(table["places"]), tuple(v for v, kind in verbs().items() if kind == "light")


def whole_place_rest(scope: str | None, before: str) -> str | None:
    """'' where ``scope`` is only what a whole place's 全 left of 全社会 (全市完成社会固定资产投资: 社会 is 全社会, no narrower
    part; ``baseline_scopes.json`` whole_place_rests, held-out set 90 株洲 row 3): its last place in ``before`` (the sentence
    before the figure) follows one of the places with at most light verbs between; ``scope`` as it is otherwise."""
    rests, places, light = _whole_place_rests()
    if scope not in rests or (at := before.rfind(scope)) < 0:
        return scope
    lead = before[:at]
    while not lead.endswith(places) and (verb := next((v for v in light if lead.endswith(v)), "")):
        lead = lead[:-len(verb)]  # (全市 is a light word of verbs.csv too: the place is looked for first)
    return "" if lead.endswith(places) else scope


@cache
def _restating() -> tuple[str, ...]:
    """Words that say on what basis a figure is counted, no part of it (``baseline_scopes.json`` restating_inserts): read
    between words by names_apart.narrowed, and as a name's opening here (实际到位市外资金 is 到位市外资金: held-out set 89
    衢州 row 14, fix171b)."""
    return tuple(read_json("baseline_scopes.json")["restating_inserts"])


def _titled_villages(name: str, key: str, scope: str | None) -> str | None:
    """The scope of a name whose villages carry a title word (示范村无害化卫生厕所改造: 村无害化, as 行政村无害化… reads): the
    registered 示范村 would take 村 away with the title, though the villages are where the work is done, whichever they are
    (tables_words.json inserted_title_words; held-out set 71 南充 row 58, fix148c). Only where more scope words follow 村."""
    for title in words()["inserted_title_words"]:
        if title + "村" in name:
            bare = noun_scope(key_modifier(optional_verbs(name.replace(title + "村", "村")), key))
            return bare if bare and len(bare) > 1 and bare.startswith("村") and bare[1:] == scope else scope
    return scope


def own_head(scope: str | None, key: str) -> bool:
    """Whether ``scope`` is only the head noun ``key``'s own registered name ends with (企业 of 小升规企业, before its
    wording: 87家企业实现“小升规” counts 小升规企业, no narrower set of firms; held-out set 58, fix128d)."""
    if not scope or len(scope) < 2 or (ind := indicator_registry().get(key)) is None:
        return False
    return ind.name_zh != scope and ind.name_zh.endswith(scope)


SPAN_UP = "以上"


def floor_of_span(target_scope: str | None, review_scope: str | None) -> bool:
    """The target's scope is a title level and 以上 (省级以上) and the review figure's that level alone (省级): the
    floor of the span, the bulk of what is added to it in a year (新增省级以上农业产业化龙头企业10家 and 新增省级龙头企业26家:
    held-out set 58 邵阳 row 46, fix128d); the other way round (a review span for a target's one level) stays apart."""
    if not target_scope or not review_scope or not target_scope.endswith(SPAN_UP):
        return False
    (lt, rt), (lr, rr) = (_level_split(level_form(s)) for s in (target_scope.removesuffix(SPAN_UP), review_scope))
    return bool(lt) and lt == lr and rt == rr == ""


def same_scope(a: str | None, b: str | None) -> bool:
    """Two figures of one indicator measure the same scope when the words before its wording
    agree (数字贸易 and 一般贸易 进出口 do not; nor 外贸进出口 in general and 一般贸易's);
    None (no wording found) is not held against them, nor a scope of neutral words only (城市 like 全市:
    ``tables_words.json:neutral_scopes``), nor a type word of the second when the first names no scope (水冲式)."""
    neutral = words()["neutral_scopes"]
    if a is None or b is None:
        return True
    leads = tuple(words()["scope_lead_words"])  # 流域地表水 and 地表水: where it is measured, not a part
    a, b = (s.removeprefix(next((n for n in neutral if s.startswith(n)), "")) for s in (a, b))  # 城镇供 is 供
    a, b = (s.removesuffix(next((n for n in words()["neutral_scope_ends"] if s.endswith(n) and len(s) - len(n) >= 2), "")) for s in (a, b))  # 产业项目 is 产业
    a, b = a.removeprefix(next((w for w in leads if a.startswith(w)), "")), \
        b.removeprefix(next((w for w in leads if b.startswith(w)), ""))
    if not a and 2 <= len(b) <= 4 and b[-1] in words()["type_scope_ends"]:
        return True  # 公厕 and 水冲式公厕: a type of the review's the target does not contradict
    if not a and _type_list(b) or not b and _type_list(a):
        return True  # 碧道 and 都市型、城镇型、乡野型、自然生态型碧道: types that name every kind (held-out audit 48)
    # the members of a list in another order (风电、光伏 and 光伏、风电): the same characters
    (la, ra), (lb, rb) = (_level_split(level_form(_unfiled(s))) for s in (a, b))  # 国家级 and 国家 (audit 37); 备案入库 (audit 48)
    if la != lb and la and lb:  # 国家 and 省: two levels, two sets
        return False
    a, b = (ra, rb) if not (la and lb) else (la + ra, lb + rb)  # a level on one side only: no other scope
    return a == b or (len(a) == len(b) and sorted(a) == sorted(b))


def each_year_scope(target_scope: str | None, review_scope: str | None) -> bool:
    """The target's scope is a word of each year (每年: ``each_year_scopes``) before the review figure's own: a goal for each
    year of a plan, this one included, measured by the year's plain flow (每年新增“四上”企业100家 and 新增“四上”企业103家)."""
    lead = next((w for w in words()["each_year_scopes"] if target_scope and target_scope.startswith(w)), "")
    return bool(lead) and same_scope((target_scope or "")[len(lead):], review_scope or "")


def public_for_any(target_scope: str | None, review_scope: str | None, key: str) -> bool:
    """The review figure's scope is the target's with a word saying public things only (``public_scopes`` of the key:
    公共停车泊位 for 城市停车泊位): what a city builds is the public's, so it measures the target; not where the target says
    public itself and the review does not (城市公共停车泊位 and 停车泊位: every space added; held-out set 70, fix146a)."""
    public = words()["public_scopes"].get(key, ())
    if not review_scope or not public or target_scope and target_scope.endswith(tuple(public)):
        return False
    cut = next((w for w in public if review_scope.endswith(w)), "")
    return bool(cut) and same_scope(target_scope, review_scope[:-len(cut)])


def urban_for_unscoped(target_scope: str | None, review_scope: str | None, unit: str | None, scopes: list[str | None]) -> bool:
    """A target rate naming no scope and a review rate of the city proper (``urban_rate_scopes``: 市区空气优良率), where
    every review figure of the key (``scopes``) names that one: a city's unscoped goal is measured where it measures it,
    not where the review states the key of another scope too (held-out set 87, fix170i)."""
    return unit == "%" and not target_scope and review_scope in words()["urban_rate_scopes"] and all(s == review_scope for s in scopes)


def _type_list(scope: str) -> bool:
    """Whether ``scope`` is a run of two or more type words (都市型城镇型乡野型自然生态型: ``type_list_ends``), each of
    two to five characters with its end."""
    ends = "".join(words()["type_list_ends"])
    return re.fullmatch(f"(?:[^{ends}]{{1,4}}[{ends}]){{2,}}", scope) is not None


def _unfiled(scope: str) -> str:
    """``scope`` without a filing word opening it (备案入库, 评价入库: how a firm is registered, not which firms, audit 48)."""
    return scope.removeprefix(next((w for w in words()["scope_procedure_words"] if scope.startswith(w)), ""))


def _level_split(scope: str) -> tuple[str, str]:
    """A title level opening ``scope`` (国家, 省 after level_form) and the rest; ('', scope) when it opens with none."""
    level = next((w for w in words()["scope_levels"] if scope.startswith(w)), "")
    return level, scope[len(level):]


def scope_from_list(modifier: str | None, fig: Figure) -> bool:
    """A review figure whose name has no scope of its own stands in a 、 list whose earlier member names the
    target's scope (引进产业项目566个、新增到位资金410亿元 for 新增产业到位资金410亿元): that scope is the list's,
    so the two measure the same thing (audit 19, B24#51), or the clause before it in its sentence opens with that scope; or whose name holds that scope inside its wording (一般公共预算民生支出占比
    and 民生支出占一般公共预算支出比重: X占Y比重 and Y X占比 are one share, audit 30 MY24#96)."""
    if not modifier or scope_of(fig.indicator, fig.indicator_key) != "":
        return False
    if len(modifier) >= 2 and modifier in noun_words(fig.indicator):
        return True
    before = fig.before
    cut = max(before.rfind(c) for c in "，,；;。：:")
    members = before[cut + 1:].split("、")[:-1]
    if len(modifier) >= 2 and cut > 0 and before[max(before.rfind(c, 0, cut) for c in "，,；;。：:") + 1:].startswith(modifier):
        return True  # (清洁能源开发和电网建设投资达249亿元，新增发电装机285万千瓦: the clause before opens with it, audit 33)
    return any(modifier in m for m in members)
