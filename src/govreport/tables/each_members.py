"""A plan 分别 list read member by member against the review (audit 39).

力争省级及以上园区技工贸总收入、规模工业增加值、亩均税收分别增长15%、9%、18%: the k-th figure after 分别 is the k-th member's
(the member's last characters name it: 技工贸总收入, 规模工业增加值, 亩均税收). A review figure whose name holds another member's
noun and not the target's own (省级及以上产业园区亩均税收增长 31.1% for 技工贸总收入 15%) measures that other member: no baseline
of the target (``other_member``). The review figure whose name ends with the member's own noun and the target's change word
and holds the words the target's name puts before the member (省级及以上 … 亩均税收增长) is its baseline (``own_member_match``),
where exactly one fits (same form, a counter alike, no average over years, plausible): the review's city-wide 规模工业增加值增长
is not the parks' (no 省级及以上 in its name). The scope may name the zone in a shorter word (园区 for 产业园区).
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.baselines import BaselineIndex, Match, _form, plausible
from govreport.tables.clauses import last_mark
from govreport.tables.figures import Figure, words
from govreport.tables.kinds_apart import shared_by_each
from govreport.tables.name_agreement import counts_alike

EACH: Final = "分别"
BREAKS: Final = "，,；;。：:"
NOUN: Final = 4  # the last characters of a member that name it (贸总收入, 业增加值, 亩均税收)
MIN_OWN: Final = 3
SEPARATORS: Final = re.compile(r"[、和及]")  # between the figures of the list
NEXT_FIGURE: Final = re.compile(r"[^，,；;。\d]{0,4}[、和及][\d.]")  # another figure of the list after the target's


def _member(target: Figure) -> tuple[list[str], int] | None:
    """The members of the 分别 list the target's figure stands in, and its place among them; None if not in one."""
    before = target.before
    at = before.rfind(EACH)
    if at < 0:
        return None
    cut = last_mark(before[:at], BREAKS) + 1
    members = [m for m in before[cut:at].split("、") if m]
    after = before[at + len(EACH):]
    if any(c in after for c in BREAKS) or len(members) < 2 or min(map(len, members)) < MIN_OWN:
        return None  # (一、二、三产增加值分别增长…: members that share the last one's head)
    if len({m[-2:] for m in members}) < len(members):
        return None  # (高新技术企业、科技型企业分别突破…: one head, the members told apart by what comes before it)
    k = len(SEPARATORS.findall(after))  # (…分别增长12%和15%: the second)
    return (members, k) if k < len(members) else None


def _listed(target: Figure) -> tuple[list[str], int] | None:
    """The members of the target's 分别 list and its own index, or None when it stands in none (a cheap test first).
    One rate shared by the list (接待游客人次、旅游花费分别增长10%以上) gives each member a row of its own: the member the
    target's name holds alone is its own, not the first (spot 38 中卫 row 42)."""
    found = _member(target) if EACH in target.before else None
    if found is None:
        return None
    members, k = found
    if k or NEXT_FIGURE.match(target.sentence, target.rel_end) is not None:  # (新签约、新落地…项目分别达到2000个和1100个: one each)
        return found
    named = [j for j, m in enumerate(members) if _noun(m) in target.indicator]
    return (members, named[0]) if len(named) == 1 else found


def _noun(member: str) -> str:
    return member[-NOUN:]


def other_member(target: Figure, fig: Figure) -> bool:
    """The review figure names another member of the target's 分别 list, not the target's own."""
    found = _listed(target)
    if found is None:
        return False
    members, k = found
    if _noun(members[k]) in fig.indicator:
        return False
    return any(_noun(m) in fig.indicator for j, m in enumerate(members) if j != k)


def _no_other_subject(words_before: str, target: Figure) -> bool:
    """The review name's words before the member (its subject) are none, neutral (城市) or said in the target's own
    sentence: a target naming no subject before its member (港口吞吐量、集装箱量分别增长6%、8%) is the place's, not one
    named site's (中哈物流合作基地集装箱量增长10.1%, audit 53 LYG#50)."""
    return not words_before or words_before in words()["neutral_scopes"] or words_before in target.sentence


def _own_member(target: Figure) -> str | None:
    """The target's own member of its 分别 list as its name says it (the member's longest ending of at least
    MIN_OWN characters inside the name), "" where the name says none, or None for no such list."""
    found = _listed(target)
    if found is None:
        return None
    members, k = found
    member, name = members[k], target.indicator
    return next((member[i:] for i in range(len(member) - MIN_OWN + 1) if member[i:] in name), "")


def named_site_member(target: Figure, fig: Figure) -> bool:
    """The target is a member of a 分别 list whose name puts no subject before its member (港口吞吐量、集装箱量分别增长6%、8%:
    the place's) and the review figure's name is that member's with a subject before it that is not neutral nor said in the
    target's sentence (中哈物流合作基地集装箱量增长10.1%): one named site's, no baseline by any path (audit 53 LYG#50; held
    for every path since fix172e, when a later member's phrase became its own name)."""
    own, name = _own_member(target), target.indicator
    if not own or name.find(own) > 0:
        return False  # (a scope of its own before the member: own_member_match reads it)
    tail = name[name.find(own):]
    return fig.indicator.endswith(tail) and len(fig.indicator) > len(tail) and not _no_other_subject(fig.indicator[:-len(tail)], target)


SCOPE_INSERT: Final = 2  # the most characters a review name may add inside the target's scope (园区 → 产业园区)


def _scope_in(scope: str, before: str) -> bool:
    """Whether the review name's words before the member (``before``) are the target's scope with one word of up to two
    characters inside it (省级及以上园区 in 省级及以上产业园区: the zone the 分别 list's first member names, given to
    every member, fix150i)."""
    return any(before[:i] + before[i + n:] == scope for n in range(1, SCOPE_INSERT + 1)
                for i in range(1, len(before) - n) if len(before) - n == len(scope))


def own_member_match(target: Figure, index: BaselineIndex) -> Match | None:
    """The one review figure of the target's own member, change word and scope (see the module's doc), or None."""
    own, name = _own_member(target), target.indicator
    if not own:
        return None
    at = name.find(own)
    scope, tail = name[:at], name[at:]
    fits = [a for a in index.figures if a.indicator.endswith(tail) and (scope in a.indicator or _scope_in(scope, a.indicator[:len(a.indicator) - len(tail)])) and a.id not in index.average
            and (scope or _no_other_subject(a.indicator[:len(a.indicator) - len(tail)], target))
            and _form(a) == _form(target) and counts_alike(target.unit, a.unit) and plausible(target, a)]
    if len(fits) != 1:
        return None
    fig = fits[0]
    return Match(fig, "same", 1.0, f"the review's figure of the member '{own}' of the target's 分别 list ({fig.indicator}, {fig.text})", fig.year)


LIST_JOINS: Final = re.compile(r"[、和及与]")  # a list whose members each_heads names apart


def each_of_fused_kinds(target: Figure, fig: Figure) -> bool:
    """The target's clause ends in 各 with no list before it (实施技改技创项目各150个): 各 hands the count to each kind fused in
    one word (技改 and 技创), so the figure is one kind's, and a review figure without 各 (实施技改技创项目319个) counts them
    all: no baseline of it (spot audit 37 营口 row 18). A 、/和 list's members are named apart (each_heads) and keep theirs."""
    own = re.split(r"[，,；;。：:\n]", target.before)[-1]  # (the clause up to 、: a list's member starts after it)
    return shared_by_each(own) and not LIST_JOINS.search(own) and not shared_by_each(fig.clause_before)
