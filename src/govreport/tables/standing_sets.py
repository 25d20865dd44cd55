"""Counts that size a standing set, a catalogue or a set done already, not amounts to produce (held-out set 75, fix154c):

- a designated set attended to under 抓好 (``tending_verbs``), each member of a 、/和 list, its noun closing on one of
  ``standing_nouns`` (less 发展) or holding one of ``standing_marks``: 抓好12个特色农产品优势区和
  26个“一县一业”特色农业产业发展, 突出抓好16条百亿特色产业链, 突出抓好519个省市重点项目 (the year's key-project list named
  alone, nothing done to it in the clause: its size; 加快推进335个省市重点项目建设 and 抓好年度投资150亿元的100个重点项目,
  a list a figure defines, stay goals: audits 30, 36);
- a catalogue to market: 抓好…220个重点项目的招商推介 (the clause closes on 的 + ``catalogue_ends``);
- a count after a relative clause of what is done already: 推进已签约入驻的57个…项目 (已 + an output verb + 的);
- firms whose move is sped up: 加快推进15家化工企业搬迁入园 (``pace_raising_verbs`` + ``relocated_ends``; 完成…搬迁 stays a goal).
Word lists: ``tables_words.json`` standing_sets (with held_sets tending_verbs, output_verbs, yearly_set_nouns).
"""
from __future__ import annotations

import re
from typing import Any

from govreport.lexicon import unit_field
from govreport.tables.clauses import clause_before, without_leads
from govreport.tables.figures import Figure, words
from govreport.tables.scoping_figures import own_clause_after

DIGIT = re.compile(r"\d")
MEMBER_END = re.compile(r"[、和及]")  # the count's own member of a list ends here


def _w() -> dict[str, Any]:
    return words()["standing_sets"]


def _lead(fig: Figure) -> str:
    """The clause before the count without its leading adverbs (突出抓好 -> 抓好)."""
    w = words()
    return without_leads(clause_before(fig.before), (*w["scope_adverbs"], *w["example_set_adverbs"]))


def done_already(fig: Figure) -> bool:
    """已 + an output verb opens a relative clause (no figure) closed by 的 right before the count: the set is done already
    (已签约入驻的57个), a label of what there is."""
    clause = clause_before(fig.before)
    at = clause.rfind("已")
    own = clause[at + 1:]
    return at >= 0 and own.endswith("的") and own.startswith(tuple(words()["output_verbs"])) and not DIGIT.search(own)


def tended_standing(fig: Figure) -> str:
    """Why a count under 抓好 sizes a standing set or a catalogue ('' when it does not)."""
    lead = _lead(fig)
    if not lead.startswith(tuple(words()["held_sets"]["tending_verbs"])):
        return ""
    w = _w()
    rest = own_clause_after(fig)
    if rest.endswith(tuple(w["catalogue_ends"])) and not DIGIT.search(rest.split("、")[-1]):
        return "the catalogue of a set to market (抓好…220个重点项目的招商推介), not an amount to produce"
    member = MEMBER_END.split(rest, maxsplit=1)[0]
    if DIGIT.search(member) or any(v in member for v in words()["output_verbs"]):
        return ""
    if member.removesuffix("发展").endswith(tuple(w["standing_nouns"])) or any(m in member for m in w["standing_marks"]) \
            or rest == member and member in words()["yearly_set_nouns"] and not DIGIT.search(lead):  # (抓好30个产业链项目建设: projects, a goal)
        return "a standing set attended to (抓好12个特色农产品优势区, 突出抓好519个省市重点项目), its size, not an amount to produce"
    return ""


def standing_set(fig: Figure) -> str:
    """Why a count sizes a standing set, a catalogue, a set done already or firms being moved ('' when it does not)."""
    if unit_field(fig.unit, "kind") != "count":
        return ""
    if done_already(fig):
        return "a count of what is done already (已签约入驻的57个…项目), a label of the set, not an amount to produce"
    if why := tended_standing(fig):
        return why
    rest = own_clause_after(fig)
    if _lead(fig) in words()["pace_raising_verbs"] and rest.endswith(tuple(_w()["relocated_ends"])) and not DIGIT.search(rest):
        return "firms whose move is sped up (加快推进15家化工企业搬迁入园), the set being moved, not an amount to produce"
    return ""
