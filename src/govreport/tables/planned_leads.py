"""A plan word right before a verb (计划实施重点项目) says the action is planned, not of what kind the thing is.

Comparing two names' kinds (tables/likeness.py) drops verbs; a lead such as 计划 left before them would read as a
kind of project (计划…重点项目 against the review's 重大项目). Only where a verb follows: 投资计划 is a noun and stays.
"""
from __future__ import annotations

import re

from govreport.tables.figures import words


def with_planned_leads(verb_alternatives: str) -> str:
    """The regular-expression alternatives ``verb_alternatives`` preceded by one that matches a planned lead
    (data/tables_words.json planned_verb_leads) where one of those verbs follows it."""
    leads = "|".join(re.escape(w) for w in words()["planned_verb_leads"])
    return f"(?:{leads})(?=(?:{verb_alternatives}))|{verb_alternatives}" if leads else verb_alternatives
