"""Figures that label, size or set what the plan works on rather than state an amount to reach (held-out set 70, fix146e):

- a city's size class (加快兰考县、尉氏县30万人小城市建设), a line's design speed (争取350公里时速南宁-湛江高铁…);
- a fare set by decision (市区公交线路统一实行1元票价);
- a quoted campaign's own set of actions (深入开展“健康开封”18个专项行动; 实施18个专项行动 stays a goal);
- the fields a list of examples closes on (规范提升建筑工地、住宅小区物业服务等14项行业管理);
- the size of the numbered list that follows (今年新增12件，分别是：（1）…).
Word lists: ``tables_words.json`` set_labels.
"""
from __future__ import annotations

import re
from typing import Any

from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import clause_before, first_mark, without_leads
from govreport.tables.figures import Figure, words

QUOTED_NAME = re.compile(r"[“\"][^”\"，,；;。]{2,12}[”\"]")  # “健康开封”: a campaign's name in quotes
LIST_FOLLOWS = re.compile(r"[，,]?(?:分别是|分别为|具体是|具体为|包括)[：:]?\s*[（(]1[）)]")  # …12件，分别是：（1）


def _w() -> dict[str, Any]:
    return words()["set_labels"]


def _own_after(fig: Figure) -> str:
    """The figure's clause after it, to the next clause break."""
    after = fig.after
    stop = first_mark(after, clause_breaks())
    return after if stop < 0 else after[:stop]


def campaign_set(fig: Figure) -> bool:
    """A count right after a verb of carrying on a campaign (``campaign_verbs``: 深入开展) and the campaign's quoted name,
    counting its actions (``campaign_nouns``): the campaign's fixed set, no amount to produce."""
    clause = without_leads(clause_before(fig.before), _w()["campaign_adverbs"])
    verb = next((v for v in _w()["campaign_verbs"] if clause.startswith(v)), "")
    return bool(verb) and QUOTED_NAME.fullmatch(clause, len(verb)) is not None and _own_after(fig) in _w()["campaign_nouns"]


def set_label(fig: Figure) -> str:
    """Why ``fig`` labels, sizes or sets what the plan works on ('' when it does not)."""
    w, kind = _w(), unit_field(fig.unit, "kind")
    at = fig.rel_end
    if kind == "people" and fig.sentence.startswith(tuple(w["city_size_nouns"]), at):
        return "the size class of a city (30万人小城市), a label, not a goal"
    if kind == "length" and fig.sentence.startswith(tuple(w["speed_nouns"]), at):
        return "a design speed (350公里时速…高铁), a label, not a goal"
    if kind == "money" and fig.sentence.startswith(tuple(w["fare_nouns"]), at) \
            and fig.clause_before.endswith(tuple(w["fare_verbs"])):
        return "a fare set by decision (统一实行1元票价), a setting, not an outcome to produce"
    if kind != "count":
        return ""
    if campaign_set(fig):
        return "a quoted campaign's own set of actions (深入开展“健康开封”18个专项行动), not an amount to produce"
    if clause_before(fig.before).endswith("等") and _own_after(fig) in w["field_nouns"]:
        return "the fields a list of examples closes on (…物业服务等14项行业管理), not an amount to produce"
    if fig.unit in w["list_units"] and LIST_FOLLOWS.match(fig.sentence, at):
        return "the size of the numbered list that follows (今年新增12件，分别是：（1）…), not an amount to produce"
    return ""
