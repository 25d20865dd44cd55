"""Plan figures that a frame puts outside the plan year's goals (held-out set 85, fix166c):

- an outlook: a figure among the favourable conditions listed before the goals (…持续发展具有多方面有利条件，…50多个产业
  项目陆续竣工投产，这必将支撑…回升), a forecast, no commitment;
- a multi-year campaign's totals: in a sentence naming an N年大会战/N年行动, the figures before a later 今年/年内 clause
  that gives the year's own figure (…三年大会战，计划实施项目334个，完成投资792.3亿元，今年计划投资226.4亿元) belong to the
  campaign; only the 今年 figure is the year's;
- a programme's task list: 全面完成 + N项 + a span (三年/五年) + …任务 (全面完成137项三年总体改革任务), the size of a
  multi-year programme's list, like a list size;
- a size threshold of a count right after it (各引进30亿元以上产业项目1～2个): the amount classes the projects counted.
Word lists: ``tables_words.json`` framed_outside_year.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import first_mark
from govreport.tables.figures import Figure, words


def _w() -> dict[str, Any]:
    return words()["framed_outside_year"]


@cache
def _campaign() -> re.Pattern[str]:
    """A multi-year campaign's name: a span (三年) and a campaign word (大会战)."""
    w = _w()
    spans = "|".join(map(re.escape, w["campaign_spans"]))
    kinds = "|".join(map(re.escape, sorted(w["campaign_words"], key=len, reverse=True)))
    return re.compile(rf"(?:{spans})年(?:{kinds})")


@cache
def _this_year() -> re.Pattern[str]:
    """A clause opening with the plan year's word (今年, 年内), a figure later in it."""
    years = "|".join(map(re.escape, _w()["this_year_words"]))
    return re.compile(rf"[，,；;](?:{years})[^，,；;。\d]*\d")


def outlook_figure(fig: Figure) -> bool:
    """A figure in a sentence that lists the favourable conditions (``outlook_leads`` before it) and closes on what they
    will bring (``outlook_closes`` after it): a forecast among the conditions, no goal."""
    w = _w()
    before, after = fig.sentence[:fig.rel_start], fig.sentence[fig.rel_end:]
    return any(c in before for c in w["outlook_leads"]) and any(c in after for c in w["outlook_closes"])


def campaign_total(fig: Figure) -> bool:
    """A figure after a multi-year campaign's name and before a later clause of the same sentence that opens with 今年/年内
    and gives a figure: the campaign's total, not the year's (the 今年 figure is)."""
    before = fig.sentence[:fig.rel_start]
    if _campaign().search(before) is None or any(y in before[before.rfind("，") + 1:] for y in _w()["this_year_words"]):
        return False
    return _this_year().search(fig.sentence, fig.rel_end) is not None


def programme_task_list(fig: Figure) -> bool:
    """全面完成 + N项/个 + a multi-year span + …任务/行动 (全面完成137项三年总体改革任务): the size of a programme's list."""
    if unit_field(fig.unit, "kind") != "count":
        return False
    w = _w()
    after = fig.after
    stop = first_mark(after, clause_breaks())
    rest = after if stop < 0 else after[:stop]
    return fig.clause_before.endswith(tuple(w["task_list_verbs"])) and rest.startswith(tuple(w["task_list_spans"])) \
        and rest.endswith(tuple(w["task_list_ends"]))


@cache
def _count_after() -> re.Pattern[str]:
    """以上 + a counted project noun + a count right after (30亿元以上产业项目1～2个)."""
    nouns = "|".join(map(re.escape, _w()["threshold_counted_nouns"]))
    return re.compile(rf"(?:及以上|以上)[\u4e00-\u9fff]{{0,6}}?(?:{nouns})\d")


def threshold_of_a_count(fig: Figure) -> bool:
    """An amount + 以上 + a project noun + its count (各引进30亿元以上产业项目1～2个): the size class of the projects counted,
    no amount to reach (the count after it is the goal)."""
    return unit_field(fig.unit, "kind") == "money" and _count_after().match(fig.sentence, fig.rel_end) is not None


def framed_outside_year(fig: Figure) -> str:
    """Why a frame puts ``fig`` outside the plan year's goals ('' when none does); see the module."""
    if outlook_figure(fig):
        return "a forecast among the favourable conditions (…有利条件，…50多个产业项目陆续竣工投产，这必将支撑…), not a goal"
    if campaign_total(fig):
        return "a multi-year campaign's total (…三年大会战，计划实施项目334个，…今年计划投资226.4亿元), not the plan year's"
    if programme_task_list(fig):
        return "the size of a multi-year programme's task list (全面完成137项三年总体改革任务), not an amount to produce"
    if threshold_of_a_count(fig):
        return "a size threshold of the count right after it (各引进30亿元以上产业项目1～2个), not a goal"
    return ""
