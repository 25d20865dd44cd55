"""Plan figures that speak about a goal or report a result instead of setting one (held-out set 82, fix162c): a higher
level's range a goal was set against (是按照全省预期6%—6.5%的上限目标来考虑的), the gap in points between the growth goal
and last year's outcome (今年预期经济增长速度较上年只提高1个百分点), and a result the plan part reports as reached, the
counted thing the subject of a completion marker (1.3万名返乡拉面人已全部返岗复工, 769所学校…率先实现开学开课).
Words: tables_words.json ``goal_remarks``."""
from __future__ import annotations

import re
from functools import cache

from govreport.cue_words import cue_pattern
from govreport.lexicon import trie_pattern
from govreport.tables.figures import Figure, words
from govreport.tables.measures import list_clause
from govreport.tables.scoping_figures import own_clause_after

POINT_UNITS = ("个百分点", "百分点")


@cache
def _cited() -> re.Pattern[str]:
    """按照/参照 + a higher level + its expectation or goal, right before the figure (按照全省预期)."""
    w = words()["goal_remarks"]
    return re.compile(rf"(?:{trie_pattern(w['cite_leads'])})(?:{trie_pattern(w['higher_levels'])})"
                      rf"[^，,；;。\d]{{0,6}}?(?:{trie_pattern(w['goal_words'])})(?:的|为|是)?$")


@cache
def _gap() -> re.Pattern[str]:
    """预期/目标 … 速度/增速 较上年 (只)提高, right before a change in points: the goal against last year's outcome."""
    w = words()["goal_remarks"]
    return re.compile(rf"(?:{trie_pattern(w['goal_words'])})[^，,；;。\d]{{0,8}}?(?:{trie_pattern(w['gap_measures'])})"
                      rf"(?:比|较)(?:上年|去年)[^，,；;。\d]{{0,2}}?(?:{trie_pattern(w['gap_verbs'])})$")


@cache
def _subject() -> re.Pattern[str]:
    """What may stand before a counted subject in its clause: a whole place and another count with its noun (全市769所学校)."""
    w = words()["goal_remarks"]
    return re.compile(rf"^(?:{trie_pattern(w['subject_places'])})?(?:\d[\d.]*[万亿]?[\u4e00-\u9fff]{{1,6}})?$")


def cited_reference(fig: Figure) -> bool:
    """A figure right after 按照/参照/对照 + 全省/全国 + 预期/目标: the higher level's figure the goal was set against."""
    return _cited().search(fig.clause_before) is not None


def restated_gap(fig: Figure) -> bool:
    """A change in points after 预期…速度较上年 (提高/回落): how far the growth goal stands from last year's rate, which the
    goal and the review state already (not 目标…比上年多100万人, ``non_targets.GOAL_COMPARED``)."""
    return fig.unit in POINT_UNITS and _gap().search(fig.clause_before) is not None


def reported_result(fig: Figure) -> bool:
    """In a plan part, a count that is the subject of its clause (nothing before it but a whole place and another count)
    and a completion marker later in that clause (已全部, 已经, 率先实现) with no word of commitment (力争, 确保, 将): a
    result of the year so far, not a goal; a count after a verb, in its 、 list too (推动…签约落地、66个已签约项目开工建设),
    is no subject, and a marker right after the count (30个已开工项目) only qualifies what is counted."""
    if fig.part != "plan" or not _subject().match(list_clause(fig)):
        return False
    after = own_clause_after(fig)  # (the marker after the noun, its predicate: 66个已签约项目开工建设 counts signed projects)
    if not any(m in after[1:] for m in words()["goal_remarks"]["done_markers"]):
        return False
    return cue_pattern("commit", "plan").search(fig.clause_before + after) is None


@cache
def _set_above() -> re.Pattern[str]:
    """A higher government opening the clause (after 同时/另外), then a verb of setting a goal (``other_setters``,
    ``set_verbs``: 自治区制定今年经济增长): its goal, which the plan quotes to explain its own."""
    w = words()["goal_remarks"]
    return re.compile(rf"^(?:{trie_pattern(w['set_leads'])})?(?:{trie_pattern(w['other_setters'])})"
                      rf"(?:{trie_pattern(w['set_verbs'])})[^，,；;。\d]{{0,12}}$")


def higher_goal(fig: Figure) -> bool:
    """A figure whose clause opens with a higher government that set or put forward a goal and closes on 目标
    (同时，自治区制定今年经济增长7%—7.5%的目标): that government's goal, context for the city's own (held-out set 87
    柳州, fix170c); 完成省下达的…目标 opens with the city's own verb and stays a goal."""
    return _set_above().search(fig.clause_before) is not None \
        and any(g in own_clause_after(fig) for g in words()["goal_remarks"]["goal_words"])


def goal_remark(fig: Figure) -> str:
    """Why the figure remarks on a goal or reports a result ('' when it does neither)."""
    if higher_goal(fig):
        return "a higher government's goal quoted as context (自治区制定今年经济增长7%—7.5%的目标), not a goal of this report"
    if cited_reference(fig):
        return "a higher level's figure a goal was set against (按照全省预期6%—6.5%的上限目标), not a goal of this report"
    if restated_gap(fig):
        return "the growth goal's gap from last year's rate (预期经济增长速度较上年提高1个百分点), stated again, not a goal"
    if reported_result(fig):
        return "a result already reached that the plan part reports (1.3万名…已全部返岗复工), not a goal"
    return ""
