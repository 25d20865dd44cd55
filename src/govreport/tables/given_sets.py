"""Counts of a set that is given, not produced (held-out set 69, fix145f):

- where the things counted next lie: 动工建设非中心组团15个流域11个项目 (15个流域 scopes the 11 projects, the goal);
- a first batch already defined, sped up: 加快首批总投资1518亿元的74个重大项目建设 (加快74个重大项目建设, no batch word,
  stays the year's projects, a goal).
Word lists: ``tables_words.json`` speeding_verbs, paced_work_verbs, kept_batches, scope_count_nouns.
"""
from __future__ import annotations

import re

from govreport.lexicon import unit_field, verbs
from govreport.tables.clauses import clause_before
from govreport.tables.figures import Figure, words
from govreport.tables.worked_sets import GOAL_VERBS

# a short noun, then another count of things and the noun it counts (流域11个项目)
NEXT_COUNT = re.compile(r"([\u4e00-\u9fff]{1,6}?)\d+(?:\.\d+)?([\u4e00-\u9fff])(?=[\u4e00-\u9fff])")


def scopes_the_next_count(fig: Figure) -> bool:
    """A count whose noun (a place or a stretch of ``scope_count_nouns``: 流域, 片区) runs straight, no mark and no verb, into
    another count of things (15个流域11个项目): where the things of the second count lie, the second the goal."""
    if unit_field(fig.unit, "kind") != "count":
        return False
    m = NEXT_COUNT.match(fig.after)
    if m is None or unit_field(m.group(2), "kind") != "count" or m.group(2) == "次":
        return False
    noun = m.group(1)
    return noun.endswith(tuple(words()["scope_count_nouns"])) and not any(v in noun for v in verbs())


def sped_first_batch(fig: Figure) -> bool:
    """A pace verb (``speeding_verbs``, ``paced_work_verbs``: 加快) opening the count's clause, then a batch already
    defined (``kept_batches.batches``: 首批) and no goal verb before the count (加快首批总投资1518亿元的74个重大项目建设):
    the defined batch sped up, no count to produce."""
    w = words()
    clause = clause_before(fig.before)
    verb = next((v for v in sorted((*w["speeding_verbs"], *w["paced_work_verbs"]), key=len, reverse=True) if clause.startswith(v)), "")
    rest = clause[len(verb):]
    return bool(verb) and rest.startswith(tuple(w["kept_batches"]["batches"])) and not any(g in rest for g in GOAL_VERBS)


def given_set(fig: Figure) -> str:
    """Why a count is of a set given, not produced ('' when it is not)."""
    if scopes_the_next_count(fig):
        return "where the things counted next lie (15个流域11个项目), not an amount to produce"
    if unit_field(fig.unit, "kind") == "count" and sped_first_batch(fig):
        return "a first batch already defined, sped up (加快首批…74个重大项目建设), not an amount to produce"
    return ""
