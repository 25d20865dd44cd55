"""One noun under another wording, and measures another numerator or stage (audits 31, 32).

Where no baseline was found for a target, a review figure may still name the same measure in other words
(data/baseline_scopes.json): 新增贷款 and 金融机构贷款余额新增, 科技型中小企业 and 入库科技型中小企业, 工业治污工程 and
工业治污项目建成数, 新（改）建农村卫生户厕 and 新（改）建农村户厕, 小七孔接待游客量 and 小七孔景区全年接待游客量, 州五大主导产业…
and 五大主导产业…, 争创…示范村 and 被评为…示范村, 联办事项10件 and 10个. Both names are reduced alike (rewrites made, free
words, a place prefix and a measure word at the end taken off) and must be equal; or the review name is bare (产值增长,
交易额) and the subject the target names before it (新能源电池材料产业产值增长) stands earlier in the review figure's
sentence. One figure must fit: the same form, a counter alike, no average over years, a plausible amount.

And a review figure the matcher found still measures another thing (``other_measure``) when it is a share of GDP of another
numerator (绿色经济占GDP比重 for 数字经济增加值占GDP比重), approvals (新增获批…重点专科) for a target that names none, or a count
of new firms (新增规上服务业企业) for firms a service is done to (对40家规上工业企业开展数字化诊断).

The reduced names of a review are made once per baseline index; per target, a handful of dictionary look-ups.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import Final

from govreport.extract.numerals import CN_SMALL_UNITS, parse_chinese
from govreport.lexicon import name_subjects, read_json, trie_pattern
from govreport.report.chars import shared_run
from govreport.tables.example_fields import other_field_examples
from govreport.tables.baselines import BaselineIndex, Match, _form, plausible
from govreport.tables.clauses import own_clause
from govreport.tables.figures import Figure, canonical, words
from govreport.tables.measures import RATE_UNITS
from govreport.tables.name_agreement import counts_alike

MIN_NAME: Final = 4  # characters a reduced name must keep to be matched alone
SUBJECT_MIN: Final = 2
SERVED: Final = "对"  # 对40家规上工业企业开展数字化诊断: the firms a service is done to
BUILD: Final = "建设"  # 抓好60个省级临床重点专科建设: work on what is there (创建, 新建 a lab is what 获批 gives)
CREATE: Final = ("创建", "新建")
TITLED: Final = re.compile(r"^[\u4e00-\u9fff]{1,3}?(?:被评为|获评)")
SPEED: Final = "增速"  # a rate of growth, whatever verb states it
WINDOW: Final = 4  # a subject both sentences name before the figure: one run of this many characters

EXAMPLES: Final = "等"  # 荆楚购等促消费活动场次: a set named by examples counts the noun after 等
# 等 after a quoted name or a 、 list (“荆楚购”等, 甲、乙等), not inside a word (三级甲等)
BY_EXAMPLES: Final = re.compile(r"(?:[”」》)）]|、[\u4e00-\u9fff]{1,12})等")
PROJECTS: Final = "项目"
# verbs of working on a set of projects (tables_words.json project_set_verbs) opening a name: what is counted follows
WORKED: Final = re.compile("^(?:" + "|".join(words()["project_set_verbs"]) + ")+")
SERIES: Final = "系列"
SERIES_LABEL: Final = re.compile(r"“([^“”]{2,12})”系列")  # a brand before 系列 (“好地方·好生活”系列促消费活动)
BRAND_SERIES: Final = re.compile(r"“([^“”]{2,12})”[\u4e00-\u9fff]{0,6}系列")  # a brand, then what its series is (“乐购鞍山”促消费系列)
# a share of the whole its numerator is part of (新增制造业贷款占新增贷款比重): also written 占比 (新增制造业贷款占比54.1%, round fix84a)
WHOLE_SHARE: Final = re.compile(r"占([\u4e00-\u9fff]{2,10}?)的?(?:比重|比例)$")
SHARE_SHORT: Final = "占比"
SIZE_CLASS: Final = re.compile(r"(\d+)亿级企业")  # a revenue class of firms as _size_class writes it
# a programme's current phase and what its projects do (三北工程六期重点防沙治沙项目): the programme's projects (spot audit 36)
PHASE: Final = re.compile(r"(?<=工程)[一二三四五六七八九十]{1,2}期[\u4e00-\u9fff]{0,8}?(?=项目)")
_LAST: list[tuple[BaselineIndex, dict[str, list[Figure]], dict[str, list[Figure]]]] = []


@cache
def _data() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], re.Pattern[str], frozenset[str], tuple[str, ...],
                     tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    d = read_json("baseline_scopes.json")
    rewrites = dict(d["name_rewrites"])
    rewrite = re.compile("|".join(re.escape(w) for w in sorted(rewrites, key=len, reverse=True)))
    free = re.compile("|".join(re.escape(w) for w in sorted(d["name_free_words"], key=len, reverse=True)))
    ends = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(d["name_end_words"], key=len, reverse=True)) + ")$")
    places = tuple(sorted(d["name_place_prefixes"], key=len, reverse=True))
    return (rewrite, rewrites, free, ends, frozenset(d["counters_one"]), places, tuple(d["approval_words"]),
            tuple(d["share_marks"]), tuple(d["flow_heads"]), frozenset(d["bare_names"]))


@cache
def _rebuilds() -> tuple[str, ...]:
    """Works on buildings no approval gives (改扩建): a count of them is never measured by units approved (获批, 入选)."""
    return tuple(read_json("baseline_scopes.json")["rebuild_words"])


@lru_cache(maxsize=8192)  # (asked of one name by name_equivalents and list_baselines alike)
def reduced(name: str) -> str:
    """The name with rewrites made, free words, one place prefix and one end word taken off, synonyms replaced."""
    rewrite, rewrites, free, ends, _, places, _, _, _, _ = _data()
    titled = TITLED.search(name)  # (村被评为省级乡村振兴示范村: the count's noun before the title verb; the title counts)
    out = PHASE.sub("", name[titled.end():] if titled else name)
    out = free.sub("", rewrite.sub(lambda m: rewrites[m.group()], out))
    out = out.removeprefix(next((p for p in places if out.startswith(p)), ""))
    return canonical(ends.sub("", _whole_share(_size_class(_stock_of_a_flow(out)))))


def _stock_of_a_flow(name: str) -> str:
    """A running total named with the flow word its sentence opened with (新增标准机架5.4万架、累计达到12.1万架 names the
    second 新增标准机架累计数): the stock of the thing (标准机架数), the measure a goal of the stock (标准机架达到26万架) is
    compared with (spot audit 38 中卫 row 38); the flow words are baseline_scopes.json flow_heads."""
    if not name.endswith(("累计数", "累计")):
        return name
    head = next((w for w in read_json("baseline_scopes.json")["flow_heads"] if name.startswith(w)), "")
    return name[len(head):].replace("累计", "") if head else name


@cache
def _size_pattern() -> re.Pattern[str]:
    """过十亿元企业 after a revenue word (营业收入过十亿元企业) or <amount>亿级企业: group 1 or 2 is the amount."""
    d = read_json("baseline_scopes.json")
    revenue = "|".join(sorted(d["size_class_revenue"], key=len, reverse=True))
    other = "".join(f"(?<!{w})" for w in d["size_class_other_measures"])  # (产值过十亿元企业: another measure)
    over = "|".join(sorted(name_subjects()["over_words"], key=len, reverse=True))
    amount = "[0-9]+|[" + "".join(CN_SMALL_UNITS) + "一二三四五六七八九两]+"
    return re.compile(f"(?:(?:{revenue}|{other})(?:{over})({amount})亿元?(?:以上)?|({amount})亿级)(?=企业)")


def _size_class(name: str) -> str:
    """A revenue class of firms in one form, <amount>亿级企业 with the amount in digits: 营业收入过十亿元企业 and 十亿级企业
    (and 10亿级企业) name one class (spot audit 36 上饶 rows 10, 11)."""
    if "亿" not in name:
        return name
    return _size_pattern().sub(lambda m: f"{_digits(m.group(1) or m.group(2))}亿级", name)


def same_size_class(name: str, other: str) -> bool:
    """Both names hold one revenue class of firms, however written (十亿级企业 and 营业收入过十亿元企业): no other tier."""
    mine, theirs = SIZE_CLASS.findall(_size_class(name)), SIZE_CLASS.findall(_size_class(other))
    return bool(mine) and mine == theirs


def _digits(amount: str) -> str:
    """An amount in digits (十 -> 10), as written where it is no numeral."""
    if amount.isdigit():
        return amount
    try:
        return str(int(parse_chinese(amount)))
    except ValueError:
        return amount


def _whole_share(name: str) -> str:
    """X占Y比重 written X占比 where Y is the whole X is a part of (X ends with Y's head noun: 新增制造业贷款 of 新增贷款)."""
    found = WHOLE_SHARE.search(name)
    if found is None:
        return name
    part, whole = name[:found.start()], found.group(1)
    return part + SHARE_SHORT if len(part) > len(whole) and part.endswith(whole[-2:]) else name


def _series_noun(fig: Figure) -> str:
    """The review name less the quoted brand of a series its clause names (开展“乐购鞍山惠享美好”促消费系列活动400余场: 促消费系列活动场次),
    '' if none: a series named by its brand counts its noun, as a set named by examples the noun after 等, for a target whose name
    ends with it (组织促消费活动430场; spot 36 fix90b)."""
    label = BRAND_SERIES.search(fig.clause_before)
    return fig.indicator.replace(label.group(1), "", 1) if label and label.group(1) in fig.indicator else ""


def _unlabelled(target: Figure) -> str:
    """The target's name less the quoted label of a series its clause names (举办“好地方·好生活”系列促消费活动500场: the brand
    of the events, no scope of them; audit 40 YZ97)."""
    name = target.indicator
    if SERIES not in name:
        return name
    label = SERIES_LABEL.search(target.clause_before)
    return name.replace(label.group(1), "", 1) if label else name


def _counters_alike(a: str, b: str) -> bool:
    one = _data()[4]
    return counts_alike(a, b) or (a in one and b in one)


def _names(index: BaselineIndex) -> tuple[dict[str, list[Figure]], dict[str, list[Figure]]]:
    """Reduced name -> review figures, and the reduced noun after 等 of a name by examples -> review figures; made once per index."""
    if _LAST and _LAST[0][0] is index:
        return _LAST[0][1], _LAST[0][2]
    out: dict[str, list[Figure]] = {}
    counted: dict[str, list[Figure]] = {}
    for a in index.figures:
        if a.indicator and (a.id not in index.average or _stock_of_a_flow(a.indicator) != a.indicator):  # (a 累计 stock: spot 38)
            out.setdefault(reduced(a.indicator), []).append(a)
            if EXAMPLES in a.indicator and BY_EXAMPLES.search(a.clause_before) and len(noun := reduced(a.indicator.rsplit(EXAMPLES, 1)[1])) >= MIN_NAME:
                counted.setdefault(noun, []).append(a)
            elif EXAMPLES in a.indicator and BY_EXAMPLES.search(_with_mark(a)) and len(noun := reduced(a.indicator.rsplit(EXAMPLES, 1)[1])) >= MIN_NAME:
                counted.setdefault(EXAMPLES + noun, []).append(a)  # (across a 、: only for a target that names its set by examples too)
            elif (branded := _series_noun(a)) and len(noun := reduced(branded)) >= MIN_NAME:  # (spot 36 fix90b)
                counted.setdefault(noun, []).append(a)  # (“乐购鞍山惠享美好”促消费系列活动400余场: the series' noun, as after 等)
    _LAST[:] = [(index, out, counted)]
    return out, counted


def _with_mark(fig: Figure) -> str:
    """The figure's own clause with the mark before it: a list of examples runs across 、 (参加进博会、广交会等展会72场, spot audit 36
    丹东 row 43), which the clause alone (广交会等展会) no longer shows. Such a count is taken only by a target that names its set
    by examples before the same noun (参加广交会、进博会…等展会100场): 儿童剧免费公演、吉剧进社区等活动73场 is no count of every 活动."""
    return fig.before[max(len(fig.before) - len(fig.clause_before) - 1, 0):]


def _one_restated(found: list[Figure]) -> list[Figure]:
    """Review figures of one name, value and unit are one figure restated (a review paragraph printed twice, spot audit 36
    天水 rows 56, 82): the first stands for them."""
    if len(found) > 1 and len({(a.indicator, a.value, a.unit) for a in found}) == 1:
        return found[:1]
    return found


def _rate_form(fig: Figure) -> str:
    """_form, where a rate named …增速 is a change whatever verb reaches it (贷款增速均达到25%以上: 增速 is 增长, audit 34 NB24#52)."""
    return "change" if fig.unit in RATE_UNITS and fig.indicator.endswith(SPEED) else _form(fig)


def _fits(target: Figure, a: Figure) -> bool:
    return (_rate_form(a) == _rate_form(target) and _counters_alike(target.unit, a.unit) and plausible(target, a)
            and not other_field_examples(target, a))  # (文旅's …等14个项目开工建设 for 制造业's: audit 54)


def equivalent_match(target: Figure, index: BaselineIndex) -> Match | None:
    """The one review figure named as the target in other words (see the module's doc), or None."""
    names, counted = _names(index)
    bare = _data()[9]
    own = reduced(_unlabelled(target))
    if len(own) < SUBJECT_MIN + 1:
        return None
    found = [a for a in names.get(own, ()) if _fits(target, a)
             and (own not in bare or shared_run(target.before[-20:].replace(own, "|"), own_clause(a.before).replace(own, "|"), WINDOW))]  # (bare 交易额: one subject before both)
    how = "the same measure in other words"
    if not found and (work := WORKED.match(own)) and own.endswith(PROJECTS) and not (own[work.end():] == PROJECTS and target.clause_before.endswith(EXAMPLES)):
        # (加快推进7个涉南年度共建项目 and 6个涉南共建项目, audit 41 NC50; not 项目 alone where examples name the target's set:
        # 抓好…产业园等346个项目的落地转化 takes no bare 项目数 of another, held-out set 71 宜春 row 25, fix148a)
        found = [a for a in names.get(own[work.end():], ()) if _fits(target, a)]
    subject = ""
    if not found:
        for i in range(SUBJECT_MIN, len(own) - 1):  # a bare review name: the target's subject earlier in its sentence
            tail, subject = own[i:], own[:i]
            if tail not in bare:
                continue
            found = [a for a in names.get(tail, ()) if subject in a.before and _fits(target, a)]
            if found:
                how = f"the bare name '{tail}' after '{subject}' in its sentence"
                break
        subject = subject if found else ""
    if not found:  # (波浪式开展促消费系列活动场次 and 荆楚购等促消费活动场次: the noun after 等 ends the target's name)
        for i in range(len(own) - MIN_NAME + 1):
            found = [a for a in counted.get(own[i:], ()) or counted.get(own[i - 1:] if i and own[i - 1] == EXAMPLES else "", ())
                     if _fits(target, a)]
            if found:
                how = f"the noun '{own[i:]}' a set named by examples counts"
                break
    found = _one_restated(found)
    if len(found) != 1:
        return None
    fig = found[0]
    if subject and fig.indicator.startswith(own[len(subject):]):  # 服务业占…比重达49.7%，增加值增长7.5%: shown as 服务业增加值增长 (audit 46 达州 row 29)
        fig = replace(fig, indicator=subject + fig.indicator)
    return Match(fig, "same", 1.0, f"{how}: '{fig.indicator}' ({fig.text})", fig.year)


def _numerator(name: str, marks: tuple[str, ...]) -> str | None:
    mark = next((m for m in marks if m in name), None)
    return None if mark is None else reduced(name[:name.index(mark)].replace("增加值", ""))


def other_measure(target: Figure, fig: Figure) -> str:
    """Why a found review figure measures another thing (see the module's doc), '' if it does not."""
    _, _, _, _, _, _, approvals, marks, flows, _ = _data()
    if "占" in target.indicator and "占" in fig.indicator and not (target.indicator_key and target.indicator_key == fig.indicator_key):
        mine, theirs = _numerator(target.indicator, marks), _numerator(fig.indicator, marks)
        if mine is not None and theirs is not None and mine != theirs:
            return "a share of GDP of another numerator"
    if (any(w in fig.indicator for w in approvals) and (BUILD in target.indicator and not any(w in target.indicator for w in CREATE)
                                                        or any(w in target.indicator for w in _rebuilds()))
            and not any(w in target.indicator or w in target.clause_before for w in approvals)):  # (改扩建普通高中 and 5所学校获批…立项: audit 47)
        return "approvals, not the work the target names"
    if target.clause_before.endswith(SERVED) and fig.indicator.startswith(flows):
        return "a count of new firms, not of firms a service is done to"
    if target.unit in RATE_UNITS and fig.unit in RATE_UNITS and (grows_a_count(target) != grows_a_count(fig)) \
            and _names_amount(target) != _names_amount(fig):  # (重大项目完成投资增长4％ and 推进重大项目829个、增长18.3％: audit 49)
        return "the growth of a count, the other of an amount"
    return ""


@cache
def _count_growth() -> tuple[re.Pattern[str], tuple[str, ...]]:
    w = words()["count_growth"]
    return re.compile(r"\d(?:" + trie_pattern(w["counters"]) + r")、(?:同比)?增长$"), tuple(w["amount_words"])


def grows_a_count(fig: Figure) -> bool:
    """The figure is the growth of the count right before it in its 、 clause (推进重大项目829个、增长18.3％)."""
    return _count_growth()[0].search(fig.before) is not None


def _names_amount(fig: Figure) -> bool:
    """The figure's name says an amount (投资), not a count: ``tables_words.json`` count_growth amount_words."""
    return not grows_a_count(fig) and any(w in fig.indicator for w in _count_growth()[1])
