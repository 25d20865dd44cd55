"""A set named by its main part (以黑木耳为主的食用菌达15亿袋) counts the whole set: the part is its largest example, no
narrower kind. Like examples a 等 closes (栽培木耳、灵芝、桑黄等食用菌14亿袋), it names no kind to compare, so a target and a
review figure of one head noun whose kinds are only such parts or examples measure the same thing (held-out set 83 延边
row 41, fix164c). Words from data/tables_words.json main_kind_marks."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import trie_pattern
from govreport.tables.clauses import clause_before
from govreport.tables.figures import words
from govreport.tables.noun_words import examples_closed


@cache
def _main_part() -> re.Pattern[str]:
    marks = words()["main_kind_marks"]
    closes = trie_pattern(list(marks["closes"]))
    return re.compile(f"{re.escape(marks['open'])}[^，,。；;、\\d]{{1,{int(marks['longest_part'])}}}(?:{closes})([^，,。；;、\\d]*)$")


def named_by_main_part(before: str) -> bool:
    """The clause right before a figure names its set by a main part (以…为主的) and nothing after it but the head."""
    return _main_part().search(clause_before(before)) is not None


def kinds_only_examples(target_before: str, candidate_before: str) -> bool:
    """One side names its set by a main part and the other by a main part or by examples a 等 closes: neither says a kind."""
    mine, theirs = named_by_main_part(target_before), named_by_main_part(candidate_before)
    return (mine or theirs) and (mine or examples_closed(target_before)) and (theirs or examples_closed(candidate_before))
