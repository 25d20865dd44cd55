"""When two names measure the same thing: the words and units a target and a review figure must
share before one is the other's baseline (tables/baselines.py): the same words in another order,
counters that count alike, one noun they end with, the same scope, and not one modifier of two
different heads."""
from __future__ import annotations

import os
import re
from functools import cache
from typing import Final

from govreport.report.chars import common_tail
from govreport.extract.keys import key_modifier
from govreport.extract.name_tasks import task_end
from govreport.extract.predicates import count_verb
from govreport.lexicon import name_words, read_json, unit_group, verbs
from govreport.tables.figures import Figure, canonical, parameters, words
from govreport.tables.kinds_apart import level_form
from govreport.tables.likeness import Likeness, noun_scope, noun_words, same_action
from govreport.tables.scope_asides import without_asides


def two_heads(name: str, other: str) -> bool:
    """Two names that open with the same words and end in heads with no character in common
    (中央财政赤字 and 中央财政投资): one modifier of two different things. A change word both end with
    (``change_ends``: 增长) is left out first: 核心产业增加值增长 and 核心产业投资增长 are two measures (audit 50)."""
    end = next((e for e in words()["change_ends"] if name.endswith(e) and other.endswith(e)), "")
    name, other = name[:len(name) - len(end)], other[:len(other) - len(end)]
    n = len(os.path.commonprefix([name, other]))
    return n >= 2 and min(len(name), len(other)) - n >= 2 and not set(name[n:]) & set(other[n:])


def other_industry(name: str, other: str) -> bool:
    """Two names that end alike from an industry head on (产业增加值增长, 业增加值增长: ``industry_heads``)
    whose subjects before it share no character (数字经济核心 and 文化, 金融 and 文化产): two industries'
    measures, not one (audit 21: 金融业增加值增长 is not measured by 文化产业增加值增长)."""
    if "业" not in name or "业" not in other:  # the cheap test first
        return False
    tail = common_tail(name, other)
    if tail < 3 or tail >= min(len(name), len(other)):
        return False
    shared = name[-tail:]
    if any(shared.startswith(h) for h in words()["industry_heads"]) or shared in words()["industry_measures"]:  # (光伏新能源 and 数字产业营业收入)
        return not set(name[:-tail]) & set(other[:-tail])
    return _two_kinds(canonical(name), canonical(other))


def _two_kinds(name: str, other: str) -> bool:
    """Two names that open with one class of two characters or more (规上 is 规模以上) and end alike from an industry noun on
    (服务业营业收入增长; not 企业, 营业, 就业) whose words between share no character and are two or more each (规模以上生产性 and
    规模以上重点服务业营业收入: 生产性 and 重点, two kinds of services, audit 41 NC27); a word one name adds alone (重点) is none."""
    tail = common_tail(name, other)
    lead = len(os.path.commonprefix([name, other]))
    if lead < 2 or lead + tail >= min(len(name), len(other)):
        return False
    shared, at = name[-tail:], name[-tail:].find("业")
    if not 0 < at <= 2 or shared[at - 1] in NO_INDUSTRY:
        return False
    one, two = name[lead:-tail], other[lead:-tail]
    return min(len(one), len(two)) >= 2 and not set(one) & set(two)


@cache
def _bare_names() -> frozenset[str]:
    return frozenset(read_json("baseline_scopes.json")["bare_names"])


def bare_name(name: str) -> bool:
    """The name says a measure only (营业收入增长, 投资增长: ``bare_names``, 增长 aside), no subject."""
    bare = _bare_names()
    return name in bare or name.removesuffix("增长") in bare


def bare_for_subject(target: Figure, other: Figure) -> bool:
    """The target's name says a measure only (营业收入增长: ``bare_names``, 增长 aside) and the review figure's name gives
    it a subject (规上重点服务业营业收入增长) its sentence never names: the measure of another subject (力争市属国企资产总额
    增长20%以上、营业收入增长15%以上 is no 规上重点服务业's, audit 41 NC96)."""
    name = target.indicator
    if not other.indicator.endswith(name) or len(other.indicator) == len(name):
        return False
    if not bare_name(name):
        return False
    subject = other.indicator[:-len(name)]
    return noun_scope(subject) == subject and subject not in target.sentence


def subject_apart(target: Figure, other: Figure) -> bool:
    """``bare_for_subject`` either way round: a target of one subject (智能装备制造营业收入增长10%以上) and a review figure
    named by the measure alone in a sentence that never names that subject (9家开发区…，营业收入增长16.6%: the zones')
    measure the same thing of two subjects (audit 42 CD38)."""
    return bare_for_subject(target, other) or bare_for_subject(other, target)


NO_INDUSTRY: Final = "企营就作物毕"  # 企业, 营业, 就业 …: 业 closing no industry's name
_LETTERS: Final[dict[str, str]] = {}  # name -> its letters (the baseline index asks again for each name it meets)
_SCOPES: Final[dict[tuple[str, str], str | None]] = {}  # (name, key) -> scope_of (asked again of a target at each review figure)


@cache
def _add_verb() -> re.Pattern[str]:
    """An opening verb of adding: 增加 (not 增加值), or one of ``tables_words.json:adding_verbs`` (新培育)."""
    return re.compile("^(?:增加(?!值)|" + "|".join(words()["adding_verbs"]) + ")")


def one_verb(name: str) -> str:
    """A name with its opening verb of adding written one way: 增加 (not 增加值) is 新增 (audit 29: 增加工业余热供暖150万平方米
    adds as 新增…1000万平方米 did), and so is 新培育 (新培育瞪羚企业18家 and 瞪羚企业分别新增15家, audit 44)."""
    return _add_verb().sub("新增", name)


NAMED_AFTER: Final = re.compile(r"(?:以上)?([\u4e00-\u9fff、“”]{2,16})")  # 实施10条丁字路、断头路打通工程: what is counted, whole


def named_after(fig: Figure) -> str:
    """The nouns right after the figure to the next mark but 、 (10条丁字路、断头路打通工程): the whole of what it counts, which
    a name cut at the 、 loses (实施丁字路数) — kept for matching (audit 29)."""
    found = NAMED_AFTER.match(fig.sentence, fig.rel_end)
    return found.group(1) if found else ""


def name_letters(fig: Figure) -> str:
    """A name's characters in order of code point: two names with the same words in another
    order (清洁化替代公共领域车辆作业机械 and 公共领域车辆作业机械清洁化替代) agree."""
    name = fig.indicator
    letters = _LETTERS.get(name)
    if letters is None:
        if len(_LETTERS) >= 16384:  # (a long corpus run: kept bounded)
            _LETTERS.clear()
        letters = _LETTERS[name] = "".join(sorted(one_verb(name)))
    return letters


def counts_alike(a: str, b: str) -> bool:
    """Units that count the same things under one name: the same unit family, or counters a
    report uses for one another (首贷户2.0万家 and 首贷户3.4万户: ``tables_words.json:counters_alike``)."""
    return unit_group(a) == unit_group(b) or any(a in group and b in group for group in words()["counters_alike"])


@cache
def _measure_suffixes() -> tuple[str, ...]:
    """The measure words and counter suffixes, longest first, sorted once (not on every name)."""
    return tuple(sorted(words()["measure_words"] + ["数", "量"], key=len, reverse=True))


def measure_free(nouns: str) -> str:
    """Nouns without the measure word or counter suffix a name ends with (床位量 -> 床位)."""
    for w in _measure_suffixes():
        if nouns.endswith(w) and len(nouns) > len(w):
            return nouns[: -len(w)]
    return nouns


def _own_piece(piece: str) -> str:
    """A phrase's last piece as a noun counted: one spelling of it (``tables_words.json:own_noun_forms``,
    现代化牧场 -> 现代牧场) and without a task of building it (现代牧场建设任务 -> 现代牧场: the action is
    compared apart), unless less than a noun is left (改造任务 and 年度改造任务 stay whole)."""
    if "化" in piece:
        for word, form in words()["own_noun_forms"].items():
            piece = piece.replace(word, form)
    end = task_end(piece, len(piece))
    verb = count_verb().search(piece, 0, end) if end < len(piece) else None
    return piece[:verb.start()] if verb and verb.start() >= parameters()["baseline"]["min_own_noun_chars"] else piece


def same_own_noun(phrase: str, other: str) -> str:
    """The noun two name phrases end with when one's last piece ends the other's (仓储库 and
    仓储库, 改造任务 and 年度改造任务): three characters at least and not a generic word, since
    a short or generic noun (公厕, 项目) names too many things; '' otherwise."""
    a, b = _own_piece(phrase.rsplit("|", 1)[-1]), _own_piece(other.rsplit("|", 1)[-1])
    short, long = sorted((a, b), key=len)
    if len(short) < parameters()["baseline"]["min_own_noun_chars"] or not long.endswith(short) \
            or short in words()["generic_bigrams"] or short in words()["measure_words"] \
            or short in words()["comparison_words"]:  # 比上年 says against what, not what is counted
        return ""
    return short


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
    """The scope words of ``key`` in ``name`` (likeness.noun_scope), less the words
    tables_words.json scope_free_words lists for the key: who a relief is for and the levies it
    covers (减轻企业税收和社保缴费负担 and 为企业和个人减税降费 are one measure; 小微企业 stays 小微). Kept per (name, key)."""
    if (name, key) in _SCOPES:
        return _SCOPES[name, key]
    if len(_SCOPES) >= 4096:  # (a long-running process reads many reports)
        _SCOPES.clear()
    scope = _SCOPES[name, key] = without_asides(_scope_of(name, key))  # (向社会提供, 城市(县城): spot audit 37)
    return scope


def _scope_of(name: str, key: str) -> str | None:
    became = max((name.rfind(v) + len(v) for v in words()["scope_becoming_verbs"] if v in name), default=0)
    name = re.sub("|".join(words()["scope_unlisted_verbs"]), "", name[became:])  # 更新水、气、热…管网: the work, not which pipes (no 更 left)
    scope = noun_scope(key_modifier(optional_verbs(name), key))  # (26家企业成为省级专精特新中小企业: 省级, spot audit 34)
    if scope:  # 去年居民消费价格总水平: 去年 says when, not which prices; 促进城镇新增就业: 促进 says what was done for it
        opening = next((w for w in (*words()["scope_time_words"], *words()["scope_lead_verbs"]) if scope.startswith(w)), "")
        scope = scope[len(opening):]
        if any(w in scope for w in words()["scope_condition_words"]):  # 正常年景(下)粮食产量, 在正常情况下: a condition, not a scope
            ends = [scope.find(w) + len(w) for w in words()["scope_condition_words"] if w in scope]
            scope = scope[max(ends):] if ends else scope
    if scope in words()["scope_verb_remnants"]:  # (成 of 新建成高标准农田, named 成高标准农田新建面积: audit 35)
        return ""
    free = words()["scope_free_words"].get(key)
    return re.sub("|".join(free), "", scope).strip("和及与、") if scope and free else scope


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
    a, b = a.removeprefix(next((w for w in leads if a.startswith(w)), "")), \
        b.removeprefix(next((w for w in leads if b.startswith(w)), ""))
    if not a and 2 <= len(b) <= 4 and b[-1] in words()["type_scope_ends"]:
        return True  # 公厕 and 水冲式公厕: a type of the review's the target does not contradict
    # the members of a list in another order (风电、光伏 and 光伏、风电): the same characters
    (la, ra), (lb, rb) = (_level_split(level_form(_unfiled(s))) for s in (a, b))  # 国家级 and 国家 (audit 37); 备案入库 (audit 48)
    if la != lb and la and lb:  # 国家 and 省: two levels, two sets
        return False
    a, b = (ra, rb) if not (la and lb) else (la + ra, lb + rb)  # a level on one side only: no other scope
    return a == b or (len(a) == len(b) and sorted(a) == sorted(b))


def _unfiled(scope: str) -> str:
    """``scope`` without a filing word opening it (备案入库, 评价入库: how a firm is registered, not which firms, audit 48)."""
    return scope.removeprefix(next((w for w in words()["scope_procedure_words"] if scope.startswith(w)), ""))


def _level_split(scope: str) -> tuple[str, str]:
    """A title level opening ``scope`` (国家, 省 after level_form) and the rest; ('', scope) when it opens with none."""
    level = next((w for w in words()["scope_levels"] if scope.startswith(w)), "")
    return level, scope[len(level):]


def narrowed(name: str, other: str) -> bool:
    """``other`` names a part of ``name``'s thing: it holds the target's words before their common
    measure (核心产业 of 核心产业增加值增长) and adds a noun after them (规上数字经济核心产业制造业增加值增长:
    its manufacturing part)."""
    tail = common_tail(name, other)
    if tail < 2:
        return False
    stem, wider = name[:-tail], other[:-tail]
    pos = wider.rfind(stem)
    if len(stem) < 2 or pos < 0 or noun_scope(stem) != stem:  # (新增就业参保 and 新增城镇就业参保: a verb, no head)
        return False
    extra = wider[pos + len(stem):]
    return len(extra) >= 2 and noun_scope(extra) == extra



def prefixed_part(name: str, other: str) -> bool:
    """``other`` is ``name``'s measure with a defining modifier put before it (产业投资增长 and 高技术产业投资增长: the high-tech
    part, data/name_words.csv ``part_prefix``): another measure, as 规上 is another scope (audit 46 徐州 row 15)."""
    tail = common_tail(name, other)
    if tail < 4 or tail < len(name) - 2:  # (the target's words, all but a verb or a scope of two characters)
        return False
    extra = other[:-tail]
    return extra.endswith(name_words("part_prefix")) and not name[:-tail].endswith(name_words("part_prefix"))


LATER_MEMBER: Final = re.compile(r"、[^，,；;。、]*$")  # the figure is a later member of a 、 list


def named_before_bare(keyed: list[Figure], phrase: str) -> list[Figure]:
    """Of review figures of one key, a later 、 member named by no more than a bare synonym (制造业贷款增长35%、投资增长23.8%:
    the manufacturing list's 投资增长) only where none names the target's words (固定资产投资（不含农户）…增长5.9%, audit 46 达州)."""
    if len(keyed) < 2 or len(phrase) < 4:
        return keyed
    bare = [a for a in keyed if phrase not in a.indicator and LATER_MEMBER.search(a.before)]
    return [a for a in keyed if a not in bare] if bare and len(bare) < len(keyed) and any(phrase in a.indicator for a in keyed) else keyed


def own_member(target: Figure, alike: list[tuple[tuple, str]], scored: list[tuple]) -> tuple[tuple, str]:
    """Of review figures that name the target's thing before them (``alike``: scored rows with that thing, best first), a
    member of the best one's 分别 list whose own name says the thing when the best one's does not: 制造业、普惠小微贷款余额分别增长
    22%和29% gives 普惠小微贷款增长 the 29%, not the first member's 22% that stands right after the list's words (audit 46 徐州
    row 20); else the best one. The target's own name must say the thing too."""
    (best, thing) = alike[0]
    fig = best[5]
    if thing in fig.indicator or thing not in target.indicator or "分别" not in fig.before:  # (一产 of 一二三产分别: 三产 is no thing of it)
        return alike[0]
    return next(((s, thing) for s in scored if s[5].sentence_start == fig.sentence_start and s[5] is not fig and thing in s[5].indicator
                 and s[5].unit == fig.unit and s[5].rel_start > fig.rel_start), alike[0])


def borrowed_only(target: Figure, phrase: str, other_phrase: str) -> bool:
    """A later 、 member with a noun of its own (规上工业增加值增长7.5%、制造业增长8.5%以上: 制造业) whose short phrase borrowed the
    member before's words (规上工业增加值|制造业): a review figure alike in none of its own words is no baseline (audit 46 达州 row 12)."""
    pieces = phrase.split("|")
    if len(pieces) < 2 or not LATER_MEMBER.search(target.before):
        return False
    earlier, own = target.before.rsplit("、", 1)
    mine = "".join(pieces[1:])
    if pieces[0] not in earlier or len(mine) < 2 or noun_scope(mine) != mine or not all(p in own for p in pieces[1:] if p):
        return False  # (老楼加装电梯新开工1000部、完工600部: a verb of its own, the noun is the member before's)
    return not any(mine[i:i + 2] in other_phrase for i in range(len(mine) - 1))


def industry_measure_apart(name: str, other: str) -> bool:
    """``name`` is a bare industry and its change (制造业增长: its output), ``other`` puts a noun between them (制造业贷款增长: loans
    to it), another measure (audit 46 达州 row 12); 工业税收净入库增长 for 工业税收增长 names a measure in both."""
    tail = common_tail(name, other)
    stem = name[:-tail] if tail else name
    extra = other[len(stem):len(other) - tail] if other.startswith(stem) else ""
    return tail >= 2 and stem.endswith("业") and len(extra) >= 2 and noun_scope(extra) == extra


def anaphoric(target: Figure, other: Figure) -> bool:
    """Either name holds a word that points back (这方面, 此项: tables_words.json ``anaphors``): its words
    say no measure, so no match by wording (用于这方面的支出总额 is not 用于这些方面的支出 of another year's list)."""
    return any(w in target.indicator or w in other.indicator for w in words()["anaphors"])


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


def other_stage(like: Likeness, target: Figure, other: Figure) -> bool:
    """The target and a review figure name two different stages of work on what they count (加快建设 and
    开工建设: under way and a start; ``tables_words.json:stage_actions``): no baseline, even on one key.
    Other actions are no stage (改造 and 开工改造, 建设 and 加快建设 may be one measure)."""
    one, two = _stage(like, target), _stage(like, other)
    stages = words()["stage_actions"]
    return bool(one and two) and not same_action(one, two) and one in stages and two in stages


def _stage(like: Likeness, fig: Figure) -> str:
    """The figure's action, or work under way where a build is said with a word that it goes on in its clause
    (加快建设4座水质净化厂: ``tables_words.json:under_way_words``; a build elsewhere, 加快建设 agreeing with 建设)."""
    action = like.action(fig)
    return "under_way" if action == "build" and any(w in fig.clause_before for w in words()["under_way_words"]) else action


HELD_COUNT: Final = re.compile(r"\d+所")  # a count of the schools that hold the places


def holder(fig: Figure) -> str:
    """What holds the things a family key counts, named in the nearest clause of its sentence that counts them (新建、改扩建城区小学7所，
    新增学位5960个: 城区小学; 新建、改扩建12所公办幼儿园，其中建成8所，新增学位1560个: 公办幼儿园; 新建（改扩建）学校104所、增加学位1.6万余个:
    学校): the nouns ending in a head of ``tables_words.json:holder_heads`` for the key, '' if none."""
    heads = "|".join(words()["holder_heads"].get(fig.indicator_key or "", ()))
    if not heads:
        return ""
    for clause in reversed(re.split("[，,；;。：:]", fig.before)):
        if not HELD_COUNT.search(clause):  # (建成硒谷小学、…配套幼儿园: named schools, no set counted; 普通高中高质量发展)
            continue
        clause = re.sub(r"[（(][^（）()]*[)）]|\d+所|[和及与]", "、", clause)  # (12所公办幼儿园, 中小学和幼儿园: members)
        found = [noun_words(n) for n in re.findall(f"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{{0,8}}?(?:{heads})", clause)]
        if any(found):
            return "、".join(n for n in found if n)
    return ""


def other_holders(target: Figure, other: Figure) -> bool:
    """Both name what holds the things counted, and the two share no word (城区小学 and 学校, 公办幼儿园 and 学校): a part is
    not measured by the whole (新增学位5960个 of 7 城区小学 against 增加学位1.6万余个 of 104 学校, audit 44); one side naming none is no conflict."""
    mine, theirs = canonical(holder(target)), canonical(holder(other))
    return bool(mine and theirs) and not any(mine[i:i + 2] in theirs for i in range(len(mine) - 1))


def other_share_word(name: str, other: str) -> bool:
    """Two shares ending in different share words (``tables_words.json:share_ends``), one a degree (…度): 新引进八大新兴产业链
    项目集聚度 (how many new projects gather in the parks) is not measured by 八大新兴产业链项目占比 (the chains' share of the
    projects, audit 44); 比重, 占比 and 比例 stay one measure."""
    ends = words()["share_ends"]
    mine = next((w for w in ends if name.endswith(w)), "")
    theirs = next((w for w in ends if other.endswith(w)), "")
    return bool(mine and theirs) and mine != theirs and (mine.endswith("度") or theirs.endswith("度"))
