"""Whether a plan figure states again a goal an earlier one states (a summary and its section): two names of one
amount alike in wording or in noun compound, unless they name different subjects; the key two restatements
share, and when two counts of one family key are two goals all the same (two paragraphs of one sub-heading). Moved from
targets.py, which was at its size limit."""
from __future__ import annotations

import re
from functools import cache
from difflib import SequenceMatcher

from govreport.extract.platform_subjects import platform_of
from govreport.tables.annex_scopes import without_said_scope
from govreport.tables.figures import Figure, similarity, words
from govreport.tables.likeness import common_head, family_key
from govreport.tables.verb_actions import actions, same_action
from govreport.tables.noun_words import noun_words
from govreport.tables.measures import RATE_UNITS
from govreport.tables.name_scopes import same_scope, scope_of
from govreport.tables.scope_groups import _scopes, name_words_of
from govreport.tables.package_sets import two_members
from govreport.tables.numbered_items import items_apart
from govreport.tables.sub_headings import sub_part
from govreport.tables.counted_nouns import nouns_apart, one_word_apart
from govreport.tables.names_apart import joined_industries_apart

RESTATED_MIN = 0.5  # wording similarity above which the same amount stated again is the same goal
# the subject a goal's phrase names by its class word (打造…新材料产业集群，力争产值突破600亿元)
NAMED_SUBJECT = re.compile(r"([\u4e00-\u9fff]{2,3})(?:产业集群|产业链|集群)")

LINE_BREAK = re.compile("\n")
NOUN_AFTER = re.compile(r"[^\d，,；;。、：:（(]*")
COPULA_END = ("有", "为", "是", "达到", "达")
SIZE_CLASS = re.compile(r"(?:\d+(?:\.\d+)?|[十百千]+)[万亿]*元(?:以上|级)")  # 百亿元以上产业集群 vs 50亿元以上…: two classes
# a member naming projects by example before 等 and their count (渠江华蓥永兴堤防等20个项目): whose projects a sentence's goals are
EXAMPLE_MEMBER = re.compile(r"([^\d，,；;。、：:（(“”]{2,24})等\d+[个项批]")


def compound(fig: Figure) -> str:
    """The noun compound a count names: the words right after it (66个重点项目), else those right
    before it (重点调度项目有66个), from its last 的 on."""
    after = NOUN_AFTER.match(fig.sentence, fig.rel_end)
    text = (after.group() if after else "") or fig.clause_before
    for end in COPULA_END:
        text = text.removesuffix(end)
    return text[text.rfind("的") + 1:]


def restates(phrase: str, other: str, fig: Figure | None = None, other_fig: Figure | None = None, heads: tuple[int, ...] = (),
             paragraphs: tuple[int, ...] = (), text: str = "") -> bool:
    """Two names of one amount that say the same goal: alike wording, or (counts) one noun
    compound's words in the other's order with the same head (重点项目 … 重点调度项目有66个).
    Phrases that name different subjects (新材料产业集群, 新能源产业集群) never restate each other."""
    if fig is not None and other_fig is not None and (size_class(fig) != size_class(other_fig) or items_apart(fig, other_fig)):
        return False  # 打造百亿元以上产业集群3个、50亿元以上3个: members of a list of size classes, two goals (audit 42 CD #126); （1）…（2）…
    if fig is not None and other_fig is not None and place_scope(fig) == place_scope(other_fig) and annex_restates(fig, other_fig, text):
        return True  # body 新建改建农牧林区公路550公里, annex 新改建农牧林区公路550公里 (held-out audit 41 G1)
    if fig is not None and other_fig is not None and place_scope(fig) == place_scope(other_fig) and names_the_other(fig, other_fig):
        return True  # 稳定405万亩的粮食播种面积 after 粮食播种面积稳定在405万亩左右 (held-out set 65, fix138a)
    if fig is not None and other_fig is not None and not fig.indicator_key and (fig.section, sub_part(heads, fig.start)) != (other_fig.section, sub_part(heads, other_fig.start)) \
            and fig.indicator not in other_fig.indicator and other_fig.indicator not in fig.indicator:
        return False  # 实施项目25个 under one heading, 实施技改项目25个 under another: two goals (audit 32)
    if fig is not None and other_fig is not None and place_scope(fig) != place_scope(other_fig):
        return False  # 兴宾区规上工业增加值增长10％ and the city's 10％: two places' goals (audit 49)
    if fig is not None and other_fig is not None and sub_city_apart(fig, other_fig):
        return False  # 支持灵山…产业发展，…新增就业1.5万人 and the city's 城镇新增就业1.5万人: two subjects' goals (set 61, fix132a)
    if fig is not None and other_fig is not None and (nouns_apart(fig, other_fig) or one_word_apart(fig, other_fig)):
        return False  # 新（改）建3所幼儿园、新（扩）建3所义务教育学校: two things counted (held-out set 78); 重点科技/产品创新项目 (fix175d)
    if fig is not None and other_fig is not None and (two_industries(fig, other_fig, paragraphs, text) or other_stage_opening(fig.indicator, other_fig.indicator)
                                                       or two_stages(fig, other_fig) or named_apart(fig, other_fig) or scopes_apart(fig, other_fig)
                                                       or joined_industries_apart(fig.indicator, other_fig.indicator)):  # (A和B制造业增加值: fix163b)
        return False  # 新引进项目30个 of 新材料产业, 30个 of 高端装备制造产业; 新签约…项目730个, 新开工…项目730个 (audit 53); 总收入, 地方 (spot 39)
    if named_subject(phrase, fig) != named_subject(other, other_fig) and None not in (
            named_subject(phrase, fig), named_subject(other, other_fig)):
        return False
    if similarity(phrase, other) >= RESTATED_MIN:
        return fig is None or other_fig is None or not (other_subjects(fig.indicator, other_fig.indicator) or two_members(fig, other_fig)
                                                        or other_action(fig.indicator, other_fig.indicator))
    if fig is None or other_fig is None or fig.unit in RATE_UNITS:
        return False
    short, long = sorted((compound(fig), compound(other_fig)), key=len)
    if len(short) < 4 or short[-2:] != long[-2:]:
        return False
    rest = iter(long)
    return all(c in rest for c in short)


NAMED_AFTER_OF = re.compile(r"的([\u4e00-\u9fff]{4,12})(?=[，,；;。]|$)")  # 405万亩的粮食播种面积, closing its clause
NAMED_MIN = 4  # characters of the earlier goal's name at least (粮食播种面积)


def names_the_other(fig: Figure, other: Figure) -> bool:
    """A figure followed by 的 and a noun closing its clause that is, word for word, the whole name of an earlier goal of
    the same amount (稳定405万亩的粮食播种面积 after 粮食播种面积稳定在405万亩左右): the earlier goal said again in a section."""
    m = NAMED_AFTER_OF.match(fig.sentence, fig.rel_end)
    return m is not None and len(other.indicator) >= NAMED_MIN and m.group(1) == other.indicator


# 附件：1.…, 附件1, or a title line alone of a year's numbered list of works (2021年10件惠民实事, held-out set 80): the annexed lists begin
# or a title line alone of a year's list of 民生工程 (九江市2016年重大民生工程, held-out set 82 G1, fix162d)
ANNEX_LINE = re.compile(r"^(?:附件[\d一二三四五六七八九十]*(?:[：:\s]|$)|\**\d{4}年[\u4e00-\u9fff]{0,6}[\d十]+件[\u4e00-\u9fff]{0,4}实事\**\s*$"
                        r"|\**[\u4e00-\u9fff]{0,8}\d{4}年[\u4e00-\u9fff]{0,4}民生工程\**\s*$)", re.M)
ANNEX_HEAD_MIN = 3  # characters the two names share at least (就业率, 滑冰场, 农牧林区公路长度)


@cache
def annex_start(text: str) -> int:
    """Where the report's annexes begin (the first line opening with 附件), the text's length if it has none."""
    found = ANNEX_LINE.search(text)
    return found.start() if found else len(text)


def annex_restates(fig: Figure, other: Figure, text: str) -> bool:
    """An annexed list's item (民生实事 with 牵头责任单位) stating an amount of a body goal before the annex, both names sharing
    three characters or more (就业率, 滑冰场, 农牧林区公路) and no other subject, their keys alike: the body goal restated in
    the list's own words (确保年末就业率达到90%以上 of 离校未就业高校毕业生 … 就业率达到90%以上; 新改建 … 新建改建…公路550公里),
    whatever its verb or list neighbours. Subjects that differ (城市 and 农村生活污水处理率) keep two goals unless one
    name's subject is said in the other's sentence (实施离校未就业高校毕业生…帮扶行动，确保年末就业率…)."""
    if not text or not other.start < annex_start(text) <= fig.start:
        return False
    if fig.indicator_key and other.indicator_key and fig.indicator_key != other.indicator_key or size_class(fig) != size_class(other) \
            or named_apart(fig, other) or scopes_apart(fig, other):
        return False
    head = common_head(fig.indicator, other.indicator)
    if len(head) < ANNEX_HEAD_MIN:
        return False
    if not other_subjects(without_said_scope(fig, other), other.indicator):
        return True  # 中心城区新建停车场 after 加快中心城区…，新建公共停车场 (fix162d)
    mine, theirs = fig.indicator[:fig.indicator.find(head)], other.indicator[:other.indicator.find(head)]
    return len(theirs) >= 2 and theirs in fig.sentence or len(mine) >= 2 and mine in other.sentence


def named_subject(phrase: str, fig: Figure | None) -> str | None:
    """The subject a goal names by a class word, in its phrase or the clause before it (建设…新食品
    产业集群，力争综合产值突破600亿元: 新食品), or None."""
    for text in (phrase, "" if fig is None else fig.before):
        if "集群" in text or "产业链" in text:
            found = NAMED_SUBJECT.findall(text)
            if found:
                return str(found[-1])
    return None


def part_named(fig: Figure) -> str:
    """The platform, industry or county a figure's sentence opens with and its name starts with (fix131a, fix132a), '' if none."""
    part = platform_of(fig.sentence)
    return part if part and fig.indicator.startswith(part) else ""


def sub_city_apart(fig: Figure, other: Figure) -> bool:
    """One of two goals named with the part of the city its sentence opens with (灵山玩具制造和服装纺织产业新增就业人数), the
    other's sentence naming that part nowhere: a part's goal and the city's, two goals of one amount (held-out set 61, fix132a)."""
    return any(part and part not in b.sentence for part, b in ((part_named(fig), other), (part_named(other), fig)))


def other_subjects(name: str, other: str) -> bool:
    """Two names that share their head but each name a subject of its own, with no character in common (物流业增加值增长
    and 金融业增加值增长; subjects of three characters or more: no two in a row): two goals of one size, not one stated
    twice (汽车充电设施 and 新能源汽车充电设施 name one thing, the second more fully)."""
    head = common_head(name, other)
    if len(head) < 2:
        return False
    mine, theirs = (noun_words(n[:n.find(head)]) for n in (name, other))
    if min(len(mine), len(theirs)) < 3:  # (…增速高于省平1个百分点 of 地区生产总值 and of 固定资产投资: two goals, audit 36 DY24 #3)
        short, long = sorted((mine, theirs), key=len)  # 水路 and 道路运输客货运周转量: 路 alone is no shared subject (audit 49 laibin #67)
        return bool(mine and theirs) and (not set(mine) & set(theirs) or len(short) == 2 and short not in long and len(long) >= 4)
    return not {mine[i:i + 2] for i in range(len(mine) - 1)} & {theirs[i:i + 2] for i in range(len(theirs) - 1)}


def restatement_key(fig: Figure, phrase: str) -> tuple[tuple, str]:
    """Two targets with this key state the same goal twice (a summary and its section), unless the
    key's scope words differ (增加1万个普惠性学前教育学位 … 增加1万个普通高中学位: two goals of one size);
    with the key, the scope (of an unkeyed figure: '')."""
    key = fig.indicator_key
    scope = (scope_of(fig.indicator, key) or "") if key else ""
    return (key + _named_place(scope) or phrase + size_class(fig), fig.value, fig.value_high, restated_unit(fig), fig.year), scope


def said_amount(fig: Figure) -> tuple:
    """The amount a target states, for finding it stated again: a count unit taken as the general classifier the same count
    is stated in elsewhere (tables_words.json restated_unit_aliases: 充电桩1000个 and, in the annex, 新建充电桩1000枪以上)."""
    return fig.value, fig.value_high, restated_unit(fig), fig.year


def restated_unit(fig: Figure) -> str:
    """``fig``'s unit, a count unit given as the general classifier (tables_words.json restated_unit_aliases: 枪 as 个)."""
    return str(words()["restated_unit_aliases"].get(fig.unit, fig.unit))


def place_scope(fig: Figure) -> str:
    """The named place below the city a keyed name is scoped to (兴宾区 of 兴宾区规上工业增加值增长: tables_words.json
    place_scope_ends), '' for any other: a county's goal is its own, not the city's of the same size said again (audit 49)."""
    return _named_place((scope_of(fig.indicator, fig.indicator_key) or "") if fig.indicator_key else "")


def _named_place(scope: str) -> str:
    """``scope`` where it is a named place (three characters or more ending in a place_scope_ends word) or a part of the place
    (县域: place_scope_parts), else ''."""
    return scope if len(scope) >= 3 and scope.endswith(tuple(words()["place_scope_ends"])) or scope in words()["place_scope_parts"] else ""


def size_class(fig: Figure) -> str:
    """The size classes a count's name holds (打造50亿元以上产业集群数: 50亿元以上), else the one written right after the
    count (开工2个10亿元以上产业项目), '' for most."""
    own = "".join(SIZE_CLASS.findall(fig.indicator)) if "元" in fig.indicator else ""
    after = SIZE_CLASS.match(fig.sentence, fig.rel_end)  # 开工2个10亿元以上产业项目 … 2个5亿元以上产业项目: two goals
    return own or (after.group() if after else "")


def paragraph_starts(text: str) -> tuple[int, ...]:
    """The offsets where the lines (paragraphs) of ``text`` start after the first: with ``sub_part``, equal for two
    offsets in one paragraph (``text`` '' gives one paragraph)."""
    return tuple(m.end() for m in LINE_BREAK.finditer(text))


def another_paragraphs_goal(fig: Figure, other: Figure, heads: tuple[int, ...], paragraphs: tuple[int, ...], text: str = "") -> bool:
    """Two counts of one size and a family key (tables_words.json family_keys: the key does not say which things) under one
    heading and sub-heading but in two paragraphs, neither name holding the other (推进21个现代物流重点项目建设 and, two
    paragraphs on, 实施善养养老服务中心等21个重点项目: audit 38, WH24#34): two goals of two subjects, not one stated again
    (a summary restates its goals under another heading; a rate restated explains its goal: 经济增长预期7%左右)."""
    if two_industries(fig, other, paragraphs, text):
        return True
    if not paragraphs or not family_key(fig.indicator_key) or fig.unit in RATE_UNITS:
        return False
    if (fig.section, sub_part(heads, fig.start)) != (other.section, sub_part(heads, other.start)) and other_examples(fig, other):
        return True  # 川渝科创基地等53个产业项目，完成投资50亿元以上 and, under 基础建设, 渠江…堤防等20个项目，完成投资50亿元以上 (audit 54 广安 #48)
    return ((fig.section, sub_part(heads, fig.start)) == (other.section, sub_part(heads, other.start))
            and sub_part(paragraphs, fig.start) != sub_part(paragraphs, other.start)
            and fig.indicator not in other.indicator and other.indicator not in fig.indicator)


COUNT_SUFFIXES = ("户数", "个数", "人数", "家数", "数", "量")  # what a count's name ends in after its measure


def other_action(name: str, other: str) -> bool:
    """Two names of one amount where one adds an action after the class both share (规模以上工业企业上云户数 and
    新增规模以上工业企业户数, audit 50 neijiang #18): another measure of that class, two goals, not one stated twice."""
    m = SequenceMatcher(None, name, other, autojunk=False).find_longest_match(0, len(name), 0, len(other))
    if m.size < 4:
        return False
    tails = []
    for text, end in ((name, m.a + m.size), (other, m.b + m.size)):
        tail = text[end:]
        tails.append(tail.removesuffix(next((s for s in COUNT_SUFFIXES if tail.endswith(s)), "")))
    return sorted(map(bool, tails)) == [False, True] and len(max(tails, key=len)) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in max(tails, key=len))


def opening_action(name: str) -> str:
    """The action (data/tables_actions.csv) of the longest verb a name opens with (新开工亿元以上项目数: start), '' if none."""
    verbs = [v for v in actions() if v and name.startswith(v)]
    return actions()[max(verbs, key=len)] if verbs else ""


def other_stage_opening(name: str, other: str) -> bool:
    """Two names of one amount opening with verbs of two stages of projects (tables_words.json restated_stage_actions:
    新签约亿元以上项目730个 and 新开工亿元以上项目730个, audit 53 xiaogan #33): two goals, not one stated again."""
    one, two = opening_action(name), opening_action(other)
    stages = set(words()["restated_stage_actions"])
    return bool(one and two) and not same_action(one, two) and {one, two} <= stages


SEGMENT_MARKS = re.compile(r"[、，,；;：:]")
STRETCH_ENDS = "。！？!?\n"  # where a stretch of text ends (a ；-sentence does not)
# an industry's name alone as the opening clause of a stretch (食品产业，), the name without 产业 kept
STRETCH_OPENER = re.compile(r"\s*(?:\d+[.．、])?([\u4e00-\u9fff]{2,8})产业[，,：:]")


def segment_stage(fig: Figure) -> str:
    """The project stage (tables_words.json segment_stages) named in the figure's own segment of its sentence, from the
    last 、，； before it (新开工 of 力争年内新开工重大项目100个; 竣工 of …、竣工100个), '' if none."""
    marks = list(SEGMENT_MARKS.finditer(fig.before))
    segment = fig.before[marks[-1].end():] if marks else fig.before
    found = [(w, s) for w, s in words()["segment_stages"] if w in segment]
    if not found:  # a count before its noun and stage (推动100个重点项目开工，100个重点项目竣工: spot 39)
        after = SEGMENT_MARKS.search(fig.after)
        segment = fig.after[:after.start() if after else len(fig.after)]
        found = [(w, s) for w, s in words()["segment_stages"] if w in segment]
    return max(found, key=lambda p: len(p[0]))[1] if found else ""


def two_stages(fig: Figure, other: Figure) -> bool:
    """Two figures of one sentence whose own segments name two stages of projects (新开工重大项目100个、竣工100个,
    audit 56 崇左): two goals of one size, not one stated again."""
    if fig.sentence_start != other.sentence_start:
        return False
    one, two = segment_stage(fig), segment_stage(other)
    return bool(one and two) and one != two


def sentence_topic(fig: Figure) -> str:
    """The industry a figure's sentence is about, named in its opening clause before the figure (大力发展新材料产业，…:
    the four characters before tables_words.json topic_heads, 展新材料), '' if none."""
    opening = re.split(r"[，,；;：:]", fig.sentence[:fig.rel_start], maxsplit=1)[0] if fig.rel_start else ""
    for head in words()["topic_heads"]:
        at = opening.find(head)
        if at >= 2:
            return opening[max(0, at - 4):at]
    return ""


def subjects_apart(fig: Figure, other: Figure) -> bool:
    """Two goals of one amount and one phrase, both unkeyed, whose names each say a subject of their own (工艺美术产业规模产值
    增长 and 食品产业规模产值增长, their clauses only 规模产值增长6%: fix99d 莆田 2025): two goals, not one stated again."""
    return not fig.indicator_key and not other.indicator_key and other_subjects(fig.indicator, other.indicator)


def stretch_topic(fig: Figure, text: str) -> str:
    """The industry a stretch of text up to a full stop is about where its opening clause is that industry's name alone
    (食品产业，开工…产业园；规模产值增长6%。: 食品, whatever ；-sentence of the stretch the figure is in), '' if none."""
    if not text:
        return ""
    start = max(text.rfind(c, 0, fig.sentence_start) for c in STRETCH_ENDS) + 1
    found = STRETCH_OPENER.match(text, start, fig.start)
    return found.group(1) if found else ""


def two_industries(fig: Figure, other: Figure, paragraphs: tuple[int, ...], text: str = "") -> bool:
    """Two figures in two sentences of one paragraph whose opening clauses name two industries (大力发展新材料产业，新引进项目30个、
    …。大力发展高端装备制造产业，新引进项目35个、新开工30个…; audit 53 huainan line 29): each sentence's goals are its industry's own.
    So are two figures anywhere in stretches that open with two industries' names alone (工艺美术产业，…；规模产值增长6%。 and
    新能源产业，…；规模产值增长6%。: spot 39)."""
    one, two = stretch_topic(fig, text), stretch_topic(other, text)
    if one and two and not one.endswith(two) and not two.endswith(one):  # (大力发展新材料产业， and 新材料产业，: one)
        return True
    if not paragraphs or fig.sentence_start == other.sentence_start or sub_part(paragraphs, fig.start) != sub_part(paragraphs, other.start):
        return False
    one, two = sentence_topic(fig), sentence_topic(other)
    return bool(one and two) and one != two


def other_examples(fig: Figure, other: Figure) -> bool:
    """Two sentences that each name the projects their goals are of by example (…等53个产业项目，完成投资50亿元以上),
    with no two characters in a row in common: two subjects, so an amount of one family key under each heading is two
    goals, not a summary restated (a summary names no examples)."""
    one, two = ([_without_verbs(m) for m in EXAMPLE_MEMBER.findall(f.before)] for f in (fig, other))
    if not one or not two:
        return False
    pairs = ({m[i:i + 2] for m in found for i in range(len(m) - 1)} for found in (one, two))
    return not set.intersection(*pairs)


def _without_verbs(member: str) -> str:
    """``member`` without the verbs it opens with (加快推进严家河水库: 严家河水库): tables_words.json project_set_verbs, output_verbs."""
    w = words()
    leading = tuple(w["project_set_verbs"]) + tuple(w["output_verbs"])
    while member.startswith(leading):
        member = member[len(next(v for v in leading if member.startswith(v))):]
    return member


def named_apart(fig: Figure, other: Figure) -> bool:
    """Two names of one amount that each name a word of one group both must name alike (data/baseline_scopes.json groups in
    ``both_named``: revenue, stage, monitored …) and name two: 一般公共预算总收入增长3% and 地方一般公共预算收入增长3%, 100个重点项目
    开工 and 100个重点项目竣工, 小流域省控断面 and 木兰溪流域国省控断面 (spot 39) are two goals. Read from the names only."""
    groups, _, _, both, _ = _scopes()
    for name, group in groups.in_either(fig.indicator, other.indicator):
        if name in both:
            mine, theirs = name_words_of(fig, group), name_words_of(other, group)
            if mine and theirs and mine != theirs:
                return True
    return False


def scopes_apart(fig: Figure, other: Figure) -> bool:
    """Two figures of one key whose key scopes are both stated and differ, neither holding the other (小流域省控断面 and
    木兰溪流域国省控断面 水质优良比例): two goals however alike their wording, as ``restatement_key`` keeps them under the key (spot 39);
    a scope that adds words to the other's (主城区新增公共停车泊位 and 新增公共停车泊位) may say one goal more fully."""
    key = fig.indicator_key
    if not key or key != other.indicator_key:
        return False
    mine, theirs = scope_of(fig.indicator, key) or "", scope_of(other.indicator, key) or ""
    return bool(mine and theirs) and mine not in theirs and theirs not in mine and not same_scope(mine, theirs)


def each_names_more(fig: Figure, other: Figure) -> bool:
    """Two counts of one key where one names a project stage the other does not (``segment_stages`` words in its name:
    重点项目开工数) and the other a key scope the first does not (实施数字化转型重点项目数): neither says less than the other, as a
    summary restated does, so they are two goals (spot 39)."""
    key = fig.indicator_key
    if not key or key != other.indicator_key:
        return False
    stages = [{s for w, s in words()["segment_stages"] if w in f.indicator} for f in (fig, other)]
    scopes = [bool(scope_of(f.indicator, key)) for f in (fig, other)]
    return any(stages[i] - stages[1 - i] and scopes[1 - i] and not scopes[i] for i in (0, 1))


def two_goals(fig: Figure, other: Figure, heads: tuple[int, ...], paragraphs: tuple[int, ...], text: str = "") -> bool:
    """Two targets of one restatement key that are two goals all the same: another paragraph's or industry's, two stages, two
    words of one group, each naming more than the other, two unkeyed names of subjects of their own, or two members of one
    list (another school level: held-out audit 52 清远 G7), a part of the city's and the city's (fix132a), or two numbered items (fix146e)."""
    return another_paragraphs_goal(fig, other, heads, paragraphs, text) or two_stages(fig, other) or named_apart(fig, other) \
        or each_names_more(fig, other) or subjects_apart(fig, other) or _members_apart(fig, other) or sub_city_apart(fig, other) \
        or items_apart(fig, other) or nouns_apart(fig, other)  # 3所幼儿园 and 3所社区老年学校 (held-out set 78)


def _members_apart(fig: Figure, other: Figure) -> bool:
    """Two members of one list whose names neither holds the other (幼儿园学位2000个、…、普通高中学位2000个以上: another school
    level; 推进300个重点项目、300个加快前期重点项目…办理, one name inside the other, stays one row)."""
    mine, theirs = fig.indicator.removesuffix("数"), other.indicator.removesuffix("数")
    return two_members(fig, other) and mine not in theirs and theirs not in mine
