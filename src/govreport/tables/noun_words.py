"""The nouns of a name: its words without verbs, commitment and general words (``noun_words``), which say of what kind a
thing is where the verbs say what is done to it; likeness.py compares kinds on them, the baseline rules their scopes."""
from __future__ import annotations

import re
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
    kind the thing is (稳定开行班列 and 年开行班列 count the same trains); nor do the flow words (新获认定, audit 48)."""
    w = words()
    items = sorted({*actions(), *verbs(), *w["flow_words"], *w["commitment_words"], *w["scope_adverbs"], *w["held_words"], *w["manner_words"]} - {""}, key=longest_first)
    nouns = words()["measure_words"]  # 增加 is a verb, 增加值 a measure: a verb that starts a measure word is not cut from it
    after = w["verb_not_after"]  # 提供应急周转资金: 供应 is no verb after 提 (提供 应急), audit 43
    return re.compile(gated_by(with_planned_leads("|".join("".join(f"(?<!{re.escape(c)})" for c in after.get(v, ())) + re.escape(v) + "".join(f"(?!{re.escape(m[len(v):])})" for m in nouns
                                                                         if m.startswith(v) and m != v) for v in items)), [*items, *w["planned_verb_leads"]]))  # (计划实施: spot audit 38)


@cache
def _measure_end() -> re.Pattern[str]:
    return re.compile(gated_by("(?:" + _alternation(words()["measure_words"]).pattern + ")$", words()["measure_words"]))


def _kind_words(text: str) -> str:
    """What is left of a kind: nouns, without a qualifier or a preposition in front (超, 近; 将, 对), praise (优质) or a manner
    (多种方式)."""
    text = noun_words(text)
    text = text.removeprefix(next((w for w in qualifier_words("before") if text.startswith(w)), ""))
    return re.sub("|".join(words()["manner_words"]), "", unpraised(text)).lstrip(PREPOSITIONS)  # 优质教育集团, 多种方式: no other kind


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
