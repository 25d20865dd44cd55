"""The groups of words two names must agree on (data/baseline_scopes.json ``groups``): a tier (五十亿级 is not 十亿级), a
scope, a title, a share of the stock for a rate, two levels or two project stages both named. ``other_scope`` names the group a
target and a review figure differ in; the refusals of baseline_refusals.py ask it first."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import read_json, unit_field
from govreport.tables.title_inserts import earlier_members_title, fuller_title
from govreport.tables.met_standards import standard_reached
from govreport.tables.pattern_hits import PatternHits
from govreport.tables.figures import Figure
from govreport.tables.clauses import clause_before
from govreport.tables.member_lists import own_member_context
from govreport.tables.measures import RATE_UNITS
from govreport.tables.class_baselines import figure_context as _context
from govreport.tables.list_member_words import member_words

ABOVE: Final = "以上"
COUNT_CLAUSE_END: Final = re.compile("[、，,；;。：:]")  # where the words after a count stop being its clause's


@cache
def _scopes() -> tuple[PatternHits, re.Pattern[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    data = read_json("baseline_scopes.json")
    groups = PatternHits(tuple((name, re.compile("|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))))
                               for name, ws in data["groups"].items()))
    cues = re.compile("(?:" + "|".join(re.escape(w) for w in data["stock_cues"]) + ")$")
    return groups, cues, tuple(data["flow_heads"]), frozenset(data["both_named"]), frozenset(data["shares_only"])


@cache
def _ranked() -> dict[str, list[str]]:
    return dict(read_json("baseline_scopes.json")["ranked"])


@cache
def _group_aliases() -> dict[str, str]:
    return dict(read_json("baseline_scopes.json")["group_aliases"])


@cache
def _one_way() -> dict[str, str]:
    """Groups refused only where the review's name says a word the target's does not, and the unit kind they hold for."""
    return dict(read_json("baseline_scopes.json")["one_way"])


@cache
def _one_way_later() -> tuple[str, ...]:
    """Words of a later stage that make a review name of signing one of that stage (新签新开工)."""
    return tuple(read_json("baseline_scopes.json")["one_way_later"])


@cache
def _name_only() -> frozenset[str]:
    return frozenset(read_json("baseline_scopes.json")["name_only"])


@cache
def _after_count() -> frozenset[str]:
    return frozenset(read_json("baseline_scopes.json")["after_count"])


@cache
def _before_count() -> frozenset[str]:
    return frozenset(read_json("baseline_scopes.json").get("before_count", ()))


def name_words_of(fig: Figure, group: re.Pattern[str], after: bool = False, before: bool = False) -> frozenset[str]:
    """The words of a ``name_only`` group the figure's name says (技改, 种草), none read from its clause (spot audit 58); with
    ``after`` (an ``after_count`` group), for a count whose name says none, the words after it up to the next mark
    (推动102家企业完成技改投资: firms of 技改, held-out audit 48); with ``before`` (a ``before_count`` group), the word
    that ends its clause right before the count (争列10个以上省级重点项目: a count listed, though the name drops the verb;
    held-out set 83, fix164c)."""
    aliases = _group_aliases()
    said = group.findall(fig.indicator)
    if not said and after and unit_field(fig.unit, "kind") == "count":
        said = group.findall(count_clause_after(fig.after))
    if not said and before and unit_field(fig.unit, "kind") == "count":
        lead = clause_before(fig.before)
        said = [w for w in group.findall(lead) if lead.endswith(w)]
    return frozenset(aliases.get(w, w) for w in said) - {""}  # (a word aliased to '': none, 申报创建)


@cache
def _qualifier_run_ends() -> tuple[str, ...]:
    return tuple(read_json("baseline_scopes.json")["qualifier_run_ends"])


def count_clause_after(after: str) -> str:
    """The words after a count up to the next mark, reading on past a 、 that only closes a qualifier of the noun the run ends
    with (以上企业开展高端化、智能化、绿色化技术改造: ``qualifier_run_ends``; held-out set 58, fix128c)."""
    m = COUNT_CLAUSE_END.search(after)
    while m is not None and m.group() == "、" and after[:m.start()].endswith(_qualifier_run_ends()):
        m = COUNT_CLAUSE_END.search(after, m.end())
    return after if m is None else after[:m.start()]


def scope_words(fig: Figure, group: re.Pattern[str], ranked: tuple[str, ...] = ()) -> frozenset[str]:
    """The words of one group the figure's name says, or failing that its clause; of a ``ranked`` group (highest first), a
    word followed by 以上 says the words above it too (省级以上 = 国家级、省级, audit 47)."""
    text = fig.indicator if group.search(fig.indicator) else _context(fig) + standard_reached(fig)  # (its own member's in a 分别 list: audit 56; 28个村达到“和美乡村”建设标准)
    aliases = _group_aliases()  # (技术改造 is 技改)
    found = {aliases.get(w, w) for w in member_words(text, fig.sentence[max(fig.rel_start, 0):], group)} - {""}  # (申报创建: the title sought, no application)
    for w in found & set(ranked):
        if w + ABOVE in text:
            found.update(ranked[:ranked.index(w)])
    return frozenset(found)


def other_scope(target: Figure, fig: Figure) -> str:
    """The group whose words the two figures do not share ('' if none)."""
    groups, _, _, both, shares = _scopes()
    seen = (target.indicator + "\n" + target.before, fig.indicator + "\n" + fig.before)  # where scope_words reads (name, clause)
    for name, group in groups.in_either(seen[0], seen[1]):  # a group in neither: both say none (each text searched once: pattern_hits)
        if name in shares and target.unit not in RATE_UNITS:  # (耕地保有量19.1亿亩 is the 18亿亩耕地红线 kept)
            continue
        after, lead = name in _after_count(), name in _before_count()
        mine, theirs = (name_words_of(target, group, after, lead), name_words_of(fig, group, after, lead)) if name in _name_only() else (scope_words(target, group), scope_words(fig, group))
        if (ranked := tuple(_ranked().get(name, ()))) and scope_words(target, group, ranked) == scope_words(fig, group, ranked):
            continue  # (国家级、省级 and 省级以上: one span of levels)
        if name in _one_way() and not (theirs - mine and unit_field(target.unit, "kind") == _one_way()[name]
                                       and not any(w in fig.indicator for w in _one_way_later())):
            continue  # (签约 projects are no baseline of projects built, spot audit 86; 新签新开工 counts 开工)
        if mine != theirs and (mine and theirs or name not in both) and not (name == "title" and (fuller_title(target.indicator, fig.indicator, group) or not mine and earlier_members_title(target.indicator, fig.indicator, own_member_context(_context(fig)), group))) \
                and (theirs or group.search(target.indicator) or group.search(own_member_context(_context(target)))):  # (和美乡村示范县1个、…未来乡村: the first's; 省级乡村振兴齐鲁样板…)
            return name
    return ""
