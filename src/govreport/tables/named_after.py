"""Figures the words after them show to be no goal (held-out set 72 阳泉): a count whose members are named next
(再新增3件，即继续提高…、建立…、加大…): the list's size, the members are the goals; a price or an amount named as an
advantage to use (用好战略性新兴产业0.3元电价优势): a condition the plan exploits, nothing to reach. Words:
tables_words.json ``list_size_leads``, ``advantage_ends``."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words
from govreport.tables.scoping_figures import own_clause_after

DIGIT = re.compile(r"\d")


@cache
def _members_next() -> re.Pattern[str]:
    """The count's noun (no figure, at most 8 characters), then 即 opening the named members."""
    leads = "|".join(map(re.escape, sorted(words()["list_size_leads"], key=len, reverse=True)))
    return re.compile(rf"[^，,；;。：:\d]{{0,8}}?(?:{leads})")


def sizes_a_list_named_next(fig: Figure) -> bool:
    """A count whose members 即 names right after it: the size of that list, not an amount to produce."""
    return unit_field(fig.unit, "kind") == "count" and _members_next().match(fig.sentence, fig.rel_end) is not None


def names_an_advantage(fig: Figure) -> bool:
    """A figure whose own clause ends with an advantage word and holds no other figure (0.3元电价优势)."""
    own = own_clause_after(fig)
    return own.endswith(tuple(words()["advantage_ends"])) and not DIGIT.search(own)
