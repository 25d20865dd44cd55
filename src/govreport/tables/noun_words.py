"""The nouns of a name: its words without verbs, commitment and general words (``noun_words``), which say of what kind a
thing is where the verbs say what is done to it; likeness.py compares kinds on them, the baseline rules their scopes."""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache

from govreport.extract.keys import GENERAL_WORDS
from govreport.lexicon import longest_first, qualifier_words, verbs
from govreport.tables.figures import words
from govreport.first_chars import gated, gated_by
from govreport.tables.planned_leads import with_planned_leads
from govreport.tables.verb_actions import _alternation, actions

EDGES = "、和及与等的“”\"（）()·"
PREPOSITIONS = "将对把向为给由在从"  # 将2.8万亿元中央财政资金, 对新增2万亿元中央财政资金: the same funds
_GENERAL = re.compile(gated(GENERAL_WORDS.pattern))  # (its branches open with \d{4}: tried at every position ungated)


@cache
def _verb_noise() -> re.Pattern[str]:
    """Every verb the package knows (actions and data/verbs.csv), the commitment words and the words that
    say how a figure is held or that it is an estimate (稳定, 保持, 预计): they say what is done, not of what
    kind the thing is (稳定开行班列 and 年开行班列 count the same trains); nor do the flow words (新获认定, audit 48) or
    the verbs of founding (建立繁育核心群 and 新建牦牛繁育核心群: 建立 is no kind 立, held-out set 67 甘南 row 32, fix142b)."""
    w = words()
    items = sorted({*actions(), *verbs(), *w["flow_words"], *w["commitment_words"], *w["scope_adverbs"], *w["held_words"], *w["manner_words"], *w["founding_verbs"]} - {""}, key=longest_first)
    nouns = words()["measure_words"]  # 增加 is a verb, 增加值 a measure: a verb that starts a measure word is not cut from it
    after = w["verb_not_after"]  # 提供应急周转资金: 供应 is no verb after 提 (提供 应急), audit 43
    return re.compile(gated_by(with_planned_leads("|".join("".join(f"(?<!{re.escape(c)})" for c in after.get(v, ())) + re.escape(v) + "".join(f"(?!{re.escape(m[len(v):])})" for m in nouns
                                                                         if m.startswith(v) and m != v) for v in items)), [*items, *w["planned_verb_leads"]]))  # (计划实施: spot audit 38)


@cache
def _measure_end() -> re.Pattern[str]:
    return re.compile(gated_by("(?:" + _alternation(words()["measure_words"]).pattern + ")$", words()["measure_words"]))


def _kind_words(text: str) -> str:
    """What is left of a kind: nouns, without a qualifier or a preposition in front (超, 近; 将, 对), praise (优质), a manner
    (多种方式) or a pace (加快建设330个市重点项目: ``pace_adverbs``, fix174a)."""
    text = noun_words(text)
    text = text.removeprefix(next((w for w in qualifier_words("before") if text.startswith(w)), ""))
    return re.sub("|".join(words()["manner_words"] + words()["pace_adverbs"]), "", unpraised(text)).lstrip(PREPOSITIONS)  # 优质教育集团, 多种方式, 加快: no other kind


def unpraised(text: str) -> str:
    """``text`` without praise (新增公办优质学位 -> 新增公办学位): a quality word says how good, not which things (held-out 40b 揭阳 row 21)."""
    return re.sub("|".join(words()["evaluative_words"]), "", text)


def _unlabelled(text: str) -> str:
    """``text`` without a quoted campaign label opening it before a verb (“项目为王”新签约…: no kind; “专精特新”企业 stays)."""
    m = re.match(r"“[^“”]{2,8}”", text) if text.startswith("“") else None
    return text[m.end():] if m and _verb_noise().match(text, m.end()) else text


def _trailing_qualifier(text: str) -> str:  # the qualifier word (以上, 左右 …) a piece of text ends with, '' if none
    return next((w for w in qualifier_words("after") if text.endswith(w)), "")


@lru_cache(maxsize=8192)
def noun_words(text: str) -> str:
    """``text`` without verbs, commitment and general words (全市, 新增, 今年 …), list marks at its ends: the nouns that say of what kind a thing is."""
    return _GENERAL.sub("", _verb_noise().sub("", text)).strip(EDGES)


def noun_scope(modifier: str | None) -> str | None:
    """A key's scope words (extract.keys.key_modifier) without the action verbs it leaves in (投用 of 建成投用, 启动 of 启动建设): scope is compared on nouns only."""
    return None if modifier is None else noun_words(modifier)


def after_examples(own: str, before: str) -> str:
    """The last list member ``own`` without the examples a 等 closes inside it (…、供水供热等市政基础设施建设项目 ->
    市政基础设施建设项目): examples say which things are meant, not a narrower kind (held-out set 67 甘南 row 91, fix142b;
    used by ``examples_closed``).
    Only where ``before`` holds a list (a 、 ahead of ``own``) and 等 is no part of a word (高等, 等级: ``tables_words.json``
    examples_closer_words_not)."""
    cut = own.rfind("等")
    if cut <= 0 or len(own) - cut < 3 or "、" not in before[:len(before) - len(own)]:
        return own
    if any(own.find(w, max(cut - len(w) + 1, 0)) in range(cut - len(w) + 1, cut + 1) for w in words()["examples_closer_words_not"]):
        return own
    return own[cut + 1:]


def examples_closed(before: str) -> bool:
    """The last list member of ``before`` (the text before a figure) holds examples a 等 closes (see ``after_examples``):
    where both a target and a review figure say examples, these name no kinds to compare (桥梁、…管网等市政基础设施项目 and
    道路桥梁、…供水供热等市政基础设施建设项目); examples on one side only keep the kind check (家电家居、电子产品等促消费活动
    and 省市举办促消费活动: 省市 stays a kind)."""
    own = next((m for m in reversed(before.split("、")) if m), "")
    kind = after_examples(own, before)
    return kind != own and not any(c.isdigit() for c in kind)


def verbs_inserted(name: str, other: str) -> bool:
    """``other`` is ``name`` with only verbs put in (清洁能源和电网建设投资 and 清洁能源开发和电网建设投资: 开发 says what the
    money builds, no other action on another thing; held-out set 67 甘孜 row 8, fix142b); no join among them (建成 and
    建成和开工建设: two stages), nor a verb of a stage (开工建设4座水质净化厂 and 加快建设4座水质净化厂, 启动23个示范片区建设 and
    推进23个示范片区建设: the same works at another stage, ``tables_words.json`` stage_verbs)."""
    if len(name) < 4 or not _verb_noise().search(name):  # (its own action said in its name, not only in its clause)
        return False
    ops = SequenceMatcher(None, name, other, autojunk=False).get_opcodes()
    pieces = [other[j1:j2] for tag, _, _, j1, j2 in ops if tag != "equal"]
    return bool(pieces) and all(tag in ("equal", "insert") for tag, *_ in ops) \
        and all(_verb_noise().fullmatch(p) and not set(p) & set("、和及与或") and not any(w in p for w in words()["stage_verbs"]) for p in pieces)
