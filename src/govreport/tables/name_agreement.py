"""When two names measure the same thing: the words and units a target and a review figure must
share before one is the other's baseline (tables/baselines.py): the same words in another order,
counters that count alike, one noun they end with, one stage of work, what holds the things counted.
The same scope: ``name_scopes``; names alike that measure two things: ``names_apart``."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.name_tasks import task_end
from govreport.extract.predicates import count_verb
from govreport.lexicon import read_json, unit_group, verbs
from govreport.tables.figures import Figure, canonical, parameters, words
from govreport.tables.likeness import Likeness
from govreport.tables.measures import RATE_UNITS
from govreport.tables.noun_words import noun_scope, noun_words
from govreport.tables.kinds_apart import first_action
from govreport.tables.verb_actions import _action_scan, actions, same_action


@cache
def _bare_names() -> frozenset[str]:
    return frozenset(read_json("baseline_scopes.json")["bare_names"])


def bare_name(name: str) -> bool:
    """The name says a measure only (营业收入增长, 投资增长: ``bare_names``, 增长 aside), no subject."""
    bare = _bare_names()
    return name in bare or name.removesuffix("增长") in bare


_LETTERS: Final[dict[str, str]] = {}  # name -> its letters (the baseline index asks again for each name it meets)


@cache
def _add_verb() -> re.Pattern[str]:
    """A verb of adding the year's things: 增加 (not 增加值), or one of ``tables_words.json:adding_verbs`` (新培育, 新建, 新修,
    新发展), none the start of a longer verb of data/verbs.csv (新建成 says built, not added)."""
    longer = [v for v in verbs() if len(v) > 2]
    alts = [re.escape(a) + "".join(f"(?!{re.escape(v[len(a):])})" for v in longer if v.startswith(a) and v != a)
            for a in sorted(words()["adding_verbs"], key=len, reverse=True)]
    return re.compile("|".join(["增加(?!值)", *alts]))


def one_verb(name: str) -> str:
    """A name with its verbs of adding written one way, wherever they stand (a heavy verb is moved after its object:
    基本农田新建面积): 增加 (not 增加值) is 新增 (audit 29: 增加工业余热供暖150万平方米 adds as 新增…1000万平方米 did), and so
    are 新培育 (新培育瞪羚企业18家 and 瞪羚企业分别新增15家, audit 44) and the flows of new things 新建, 新修 and 新发展 (held-out
    set 89 宝鸡: 新修改造基本农田 and 新建基本农田 count one flow; fix172c)."""
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
        letters = _LETTERS[name] = "".join(sorted(short_form(one_verb(name))))
    return letters


@cache
def _short_forms() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern of the long wordings of measure_equivalents.json name_short_forms, and each one's short form."""
    table = read_json("measure_equivalents.json")["name_short_forms"]
    return (re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True)))) if table else None), table


def short_form(name: str) -> str:
    """A name with each long wording in its short form (建成投入使用 -> 建成投用), so that two wordings of one measure are one name."""
    pattern, table = _short_forms()
    return pattern.sub(lambda m: table[m.group()], name) if pattern is not None else name


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


def anaphoric(target: Figure, other: Figure) -> bool:
    """Either name holds a word that points back (这方面, 此项: tables_words.json ``anaphors``): its words
    say no measure, so no match by wording (用于这方面的支出总额 is not 用于这些方面的支出 of another year's list)."""
    return any(w in target.indicator or w in other.indicator for w in words()["anaphors"])


def other_stage(like: Likeness, target: Figure, other: Figure) -> bool:
    """The target and a review figure name two different stages of work on what they count (加快建设 and
    开工建设: under way and a start; ``tables_words.json:stage_actions``): no baseline, even on one key.
    Other actions are no stage (改造 and 开工改造, 建设 and 加快建设 may be one measure)."""
    one, two = _stage(like, target), _stage(like, other)
    stages = words()["stage_actions"]
    return bool(one and two) and not same_action(one, two) and one in stages and two in stages


def another_action(like: Likeness, target: Figure, other: Figure) -> bool:
    """Both figures say an action on what they count, and two actions (``tables_actions.csv``): 拆除“两违”建筑 is not
    measured by 整治“两违”建筑, 新签约亿元以上项目 not by 亿元以上项目建成投产, whatever key both carry (the family keys' test,
    ``Likeness.same_thing``, for every key). A build against a stage of work (改造 and 开工改造, 建设 and 加快推进) is left to
    ``other_stage``, which keeps them one measure; a rate's 提高到 is its change, no action."""
    if target.unit in RATE_UNITS:
        return False
    one, two = _own_action(like, target), _own_action(like, other)
    if not (one and two) or same_action(one, two):
        return False
    return not ("build" in (one, two) and {one, two} - {"build"} <= set(words()["stage_actions"]))


def _own_action(like: Likeness, fig: Figure) -> str:
    """The figure's action where its own words say one, before it or after it up to the next 、 (实施营造林65万亩、…、水土流失治理…:
    none, not the last member's 治理). A figure right after 和/及/与 opens a member of its own: its action is in the words after it
    (完成2万亩以上撂荒地治理和5.7万亩高标准农田新建及改造任务: build, not the member before's 治理)."""
    _, before, after = like.around(fig)
    stop = after.find("、")
    own = after if stop < 0 else after[:stop]
    if before.endswith(("和", "及", "与")):
        m = first_action(_action_scan(), own)
        return actions()[m.group()] if m else ""
    return like.action(fig) if first_action(_action_scan(), before + own) else ""


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
